"""Users: accounts, password hashes and failed-login counts (kept in the database, not in memory)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from caseapp.core import i18n
from caseapp.store.contract.records import UserRecord
from caseapp.store.contract.stores import ServerLogins

USER_COLUMNS = ("id", "login", "display_name", "badge", "role", "password_hash", "active", "failed_logins",
                "locked_until", "created_at", "updated_at", "public_key", "key_salt")


def _record(row: tuple[Any, ...]) -> UserRecord:
    values = dict(zip(USER_COLUMNS, row, strict=True))
    values["active"] = bool(values["active"])
    return UserRecord(**values)


class UserStore:
    logins: ServerLogins | None = None  # an SQLite file's accounts are the application's own (argon2 hashes)

    def __init__(self, db: Database) -> None:
        self.db = db

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM users").fetchone()[0])

    def _columns(self) -> str:
        return ", ".join(USER_COLUMNS)

    def get(self, login: str) -> UserRecord | None:
        row = self.db.execute(f"SELECT {self._columns()} FROM users WHERE login = ?", [login]).fetchone()
        return _record(row) if row else None

    def list(self) -> list[UserRecord]:
        return [_record(r) for r in self.db.execute(f"SELECT {self._columns()} FROM users ORDER BY login")]

    def add(self, *, login: str, display_name: str, badge: str, role: str, password_hash: str, at: str,
            public_key: str | None = None, key_salt: str | None = None) -> int:
        cursor = self.db.execute(
            "INSERT INTO users (login, display_name, badge, role, password_hash, created_at, updated_at, "
            "public_key, key_salt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [login, display_name, badge, role, password_hash, at, at, public_key, key_salt],
        )
        return int(cursor.lastrowid or 0)

    def update(self, user_id: int, *, at: str, **changes: Any) -> None:
        allowed = {"display_name", "badge", "role", "password_hash", "active", "failed_logins", "locked_until",
                   "public_key", "key_salt"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(i18n.translate("Database", "cannot change {sorted}").format(sorted=sorted(unknown)))
        assignments = ", ".join(f"{name} = ?" for name in changes)
        self.db.execute(f"UPDATE users SET {assignments}, updated_at = ? WHERE id = ?",
                        [*changes.values(), at, user_id])
