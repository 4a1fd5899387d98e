"""Accounts on the server: each is a login of PostgreSQL (rules.py), whose SCRAM verifier is made here from
the password (core.scram) and handed to the owner's functions, so no password reaches the server's logs.

A login that is not an admin reads the users table without the two secret-bearing columns (the password
hash, empty on a server but kept by a database copied from a file, and the salt of each signing key, which
with the public key would let a password be guessed offline): they come back as '' and, for the session's
own account, its salt through caseapp_own_key_salt()."""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.conninfo import make_conninfo

from caseapp.core.errors import DatabaseError
from caseapp.core.scram import scram_verifier
from caseapp.store.postgres.db import PgDatabase, connect_failure
from caseapp.store.postgres.errors import translated
from caseapp.store.sqlite.users import USER_COLUMNS, UserStore


class PgUserStore(UserStore):
    db: PgDatabase  # type: ignore[assignment]

    def __init__(self, db: PgDatabase) -> None:
        super().__init__(db)  # type: ignore[arg-type]  # speaks the stores' dialect
        self.logins = PgLogins(db)
        self._read: str | None = None  # the columns this session reads (its privileges: asked once)

    def _columns(self) -> str:
        if self._read is None:
            row = self.db.execute("SELECT has_column_privilege('users', 'password_hash', 'SELECT')").fetchone()
            self._read = ", ".join(USER_COLUMNS) if row and row[0] else self._without_secrets()
        return self._read

    @staticmethod
    def _without_secrets() -> str:
        return ", ".join(
            "CASE WHEN login = session_user THEN caseapp_own_key_salt() END AS key_salt" if c == "key_salt"
            else "'' AS password_hash" if c == "password_hash" else c for c in USER_COLUMNS)

    def update(self, user_id: int, *, at: str, **changes: Any) -> None:
        """As on a file; a login that is not an admin changes only its own row's keys after a new password,
        through the owner's function (it has no UPDATE on users)."""
        row = self.db.execute("SELECT has_table_privilege('users', 'UPDATE')").fetchone()
        if row and row[0]:
            super().update(user_id, at=at, **changes)
            return
        own = {"password_hash", "failed_logins", "locked_until", "public_key", "key_salt"}
        if set(changes) - own:
            raise DatabaseError(f"only an admin changes {', '.join(sorted(set(changes) - own))} of an account")
        with translated():
            self.db.execute("SELECT caseapp_update_own_account(?, ?, ?)",
                                [changes.get("public_key"), changes.get("key_salt"), at])



class PgLogins:
    """The logins of one server database's accounts, through the owner's functions (rules.py)."""

    def __init__(self, db: PgDatabase) -> None:
        self.db = db

    def create(self, login: str, password: str | None, role: str) -> None:
        verifier = scram_verifier(password) if password is not None else None
        with translated():
            self.db.execute("SELECT caseapp_create_login(?, ?, ?)", [login, verifier, role])

    def set_password(self, login: str, password: str) -> None:
        with translated():
            self.db.execute("SELECT caseapp_set_password(?, ?)", [login, scram_verifier(password)])

    def set_enabled(self, login: str, enabled: bool) -> None:
        with translated():
            self.db.execute("SELECT caseapp_set_login_enabled(?, ?::int <> 0)", [login, int(enabled)])

    def check(self, login: str, password: str) -> bool:
        """A connection of its own as `login`: True when the server accepts the password, False when it
        refuses the login or password; DatabaseError when the server cannot be reached."""
        conninfo = make_conninfo(self.db.url, user=login, password=password, connect_timeout=10)
        try:
            psycopg.connect(conninfo).close()
        except psycopg.OperationalError as exc:
            if getattr(exc, "sqlstate", None) in ("28P01", "28000") or "authentication failed" in str(exc) \
                    or "not permitted to log in" in str(exc):
                return False
            raise DatabaseError(connect_failure(self.db.url, exc)) from None
        return True
