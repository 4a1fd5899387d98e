"""Accounts and logins: argon2 password hashes (rehashed when the parameters change), a lock after
repeated failures counted in the database, deactivation instead of deletion, and the role checks.
Every change to an account, and every login and failed login, is an audit entry."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from caseapp.core.errors import CaseAppError, NotFound
from caseapp.services.app import CaseApp
from caseapp.store.users import UserRecord, UserStore

MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
MIN_PASSWORD_LENGTH = 10


class Role(StrEnum):
    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class AuthError(CaseAppError):
    """A login refused, or an action the user's role does not allow."""


class PermissionDenied(AuthError):
    pass


@dataclass(frozen=True)
class User:
    login: str
    display_name: str
    badge: str
    role: Role
    active: bool = True

    @classmethod
    def from_record(cls, record: UserRecord) -> User:
        return cls(record.login, record.display_name, record.badge, Role(record.role), record.active)


def check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AuthError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    if password.strip() != password:
        raise AuthError("a password cannot start or end with spaces")


def _login_name(login: str) -> str:
    cleaned = login.strip()
    if not cleaned or any(c.isspace() for c in cleaned) or len(cleaned) > 64:
        raise AuthError("a login name is 1 to 64 characters without spaces")
    return cleaned


def make_hasher() -> PasswordHasher:
    """argon2id with argon2-cffi's current recommended parameters; hashes made with others are rehashed
    at the next good login."""
    return PasswordHasher()


class Accounts:
    def __init__(self, app: CaseApp, hasher: PasswordHasher | None = None) -> None:
        self.app = app
        self.users = UserStore(app.db)
        self.hasher = hasher or make_hasher()

    # -- helpers --------------------------------------------------------------------------------
    def _audit(self, action: str, login: str, actor: str | None, detail: dict[str, object], user_id: int) -> None:
        ledger = self.app.audit.ledger()
        ledger.record_live("users", [user_id])
        self.app.audit.append(at=self.app.now_utc_text(), actor=actor, action=action, entity="user",
                              entity_id=login, detail=detail, ledger=ledger)

    def _require(self, actor: User, role: Role, what: str) -> None:
        if actor.role is not role:
            raise PermissionDenied(f"{what} needs the {role} role ({actor.login} is {actor.role})")

    def _get(self, login: str) -> UserRecord:
        record = self.users.get(login.strip())
        if record is None:
            raise NotFound(f"no user {login}")
        return record

    # -- first run ------------------------------------------------------------------------------
    def has_users(self) -> bool:
        return self.users.count() > 0

    def create_first_admin(self, login: str, password: str, *, display_name: str = "", badge: str = "") -> User:
        login = _login_name(login)
        check_password_rules(password)
        with self.app.store.transaction():
            if self.has_users():
                raise AuthError("the first admin exists already; an admin adds users with 'user add'")
            user_id = self.users.add(login=login, display_name=display_name or login, badge=badge,
                                     role=Role.ADMIN, password_hash=self.hasher.hash(password),
                                     at=self.app.now_utc_text())
            self._audit("user_create", login, login, {"role": Role.ADMIN, "first_admin": True}, user_id)
        return User(login, display_name or login, badge, Role.ADMIN)

    # -- logging in -----------------------------------------------------------------------------
    def authenticate(self, login: str, password: str) -> User:
        """The user, or AuthError. Failures are counted in the database; too many lock the account."""
        now = self.app.clock()
        with self.app.store.transaction():
            record = self.users.get(login.strip())
            if record is None:
                self.app.audit.append(at=self.app.now_utc_text(), actor=None, action="login_failed",
                                      entity="user", entity_id=login.strip()[:64], detail={"reason": "unknown"})
        if record is None:  # the failed attempt is committed to the audit log, then refused
            raise AuthError("wrong login name or password")
        with self.app.store.transaction():
            if not record.active:
                raise AuthError(f"the account {record.login} is deactivated")
            if record.locked_until and record.locked_until > now.isoformat():
                raise AuthError(f"the account {record.login} is locked after {MAX_FAILED_LOGINS} failed logins; "
                                f"try again after {record.locked_until[:16].replace('T', ' ')} UTC")
            try:
                self.hasher.verify(record.password_hash, password)
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                failed = record.failed_logins + 1
                locked = (now + timedelta(minutes=LOCK_MINUTES)).isoformat() if failed >= MAX_FAILED_LOGINS else None
                self.users.update(record.id, at=self.app.now_utc_text(), failed_logins=failed, locked_until=locked)
                self._audit("login_failed", record.login, None, {"failed_logins": failed, "locked": bool(locked)},
                            record.id)
                failure = AuthError("wrong login name or password")
            else:
                changes: dict[str, object] = {}
                if record.failed_logins or record.locked_until:
                    changes.update(failed_logins=0, locked_until=None)
                if self.hasher.check_needs_rehash(record.password_hash):
                    changes["password_hash"] = self.hasher.hash(password)
                if changes:
                    self.users.update(record.id, at=self.app.now_utc_text(), **changes)
                self._audit("login", record.login, record.login, {"rehashed": "password_hash" in changes}, record.id)
                return User.from_record(record)
        raise failure

    # -- administration -------------------------------------------------------------------------
    def add_user(self, actor: User, login: str, password: str, *, role: str, display_name: str = "",
                 badge: str = "") -> User:
        self._require(actor, Role.ADMIN, "adding users")
        login = _login_name(login)
        try:
            role_value = Role(role)
        except ValueError:
            raise AuthError(f"'{role}' is not a role (officer, supervisor, admin)") from None
        check_password_rules(password)
        with self.app.store.transaction():
            if self.users.get(login) is not None:
                raise AuthError(f"the login {login} is taken (users are deactivated, never deleted)")
            user_id = self.users.add(login=login, display_name=display_name or login, badge=badge, role=role_value,
                                     password_hash=self.hasher.hash(password), at=self.app.now_utc_text())
            self._audit("user_create", login, actor.login, {"role": role_value, "badge": badge}, user_id)
        return User(login, display_name or login, badge, role_value)

    def list_users(self, actor: User) -> list[UserRecord]:
        return self.users.list()

    def deactivate(self, actor: User, login: str) -> None:
        self._require(actor, Role.ADMIN, "deactivating users")
        with self.app.store.transaction():
            record = self._get(login)
            if not record.active:
                raise AuthError(f"{record.login} is already deactivated")
            admins = [u for u in self.users.list() if u.role == Role.ADMIN and u.active]
            if record.role == Role.ADMIN and len(admins) == 1:
                raise AuthError(f"{record.login} is the last active admin")
            self.users.update(record.id, at=self.app.now_utc_text(), active=0)
            self._audit("user_deactivate", record.login, actor.login, {"active": [True, False]}, record.id)

    def change_password(self, actor: User, login: str, new_password: str) -> None:
        record = self._get(login)
        if actor.login.casefold() != record.login.casefold():
            self._require(actor, Role.ADMIN, "changing another user's password")
        check_password_rules(new_password)
        with self.app.store.transaction():
            self.users.update(record.id, at=self.app.now_utc_text(), password_hash=self.hasher.hash(new_password),
                              failed_logins=0, locked_until=None)
            self._audit("user_password", record.login, actor.login, {}, record.id)
