"""Accounts and logins: argon2 password hashes (rehashed when the parameters change), a lock after
repeated failures counted in the database, deactivation instead of deletion, and the role checks.
Every change to an account, and every login and failed login, is an audit entry.

Each account also has a signing key derived from its password (core.signing): the public half is stored with
the account and recorded in the entry that sets it, signed by an admin (a new account, a reset), by the user's
previous key (their own password change) or by itself (the first admin; an account made before keys, at its
first sign-in). Signing in puts the private key in the session's keyring (CaseApp.keys) for the audit log."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from caseapp.core.changes import Changes, Done
from caseapp.core.errors import CaseAppError, DiskFull, NotFound, NotSignedIn
from caseapp.core.i18n import QT_TRANSLATE_NOOP, translate
from caseapp.core.signing import KeyDerivation, KeyFormatError, derive_key, public_key_text
from caseapp.services.app import CaseApp
from caseapp.services.refusal_words import role_word
from caseapp.store.contract import UserRecord
from caseapp.store.contract.stores import ServerLogins

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


class PasswordRefused(AuthError):
    """A password the rules refuse (too short, too easy to guess, typed twice differently)."""


class LoginRefused(AuthError):
    """A login name that is not allowed, or taken."""


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


LOGIN_RULE = QT_TRANSLATE_NOOP("Accounts", "1 to 64 characters: letters a-z, digits and . _ - (starting with a "
                                          "letter or digit); kept in lower case")
_LOGIN = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
PASSWORD_MAX_CHECKED = 72  # zxcvbn's limit; a longer passphrase is judged on its first 72 characters
MIN_PASSWORD_SCORE = 3  # zxcvbn: 3 "safely unguessable" (about 10^8 guesses and up)


@dataclass(frozen=True)
class Account:
    """An account as listed to an admin: everything but the password hash."""
    login: str
    display_name: str
    badge: str
    role: str
    active: bool
    failed_logins: int
    locked_until: str | None
    locked: bool  # locked now (locked_until is in the future)


#: what an account's change changes: the accounts, and the audit log that records it
ACCOUNTS_CHANGED = Changes(users=True, audit=True)


def normal_login(text: str) -> str:
    """The login as stored, or AuthError. Compatibility forms are folded first (fullwidth letters are the
    same login), then only ASCII letters, digits and . _ - remain allowed: no look-alikes (a Cyrillic а),
    no invisible or control characters, no bidi overrides."""
    login = unicodedata.normalize("NFKC", text).strip().lower()
    if not _LOGIN.fullmatch(login):
        raise LoginRefused(translate("Accounts", "a login name is {rule}").format(
            rule=translate("Accounts", LOGIN_RULE)))
    return login


def _lookup_login(text: str) -> str | None:
    """The typed login as it would be stored, or None when no account can have it."""
    try:
        return normal_login(text)
    except AuthError:
        return None


def check_password_rules(password: str, *, names: tuple[str, ...] = ()) -> None:
    """Refuse short passwords and guessable ones: common passwords, keyboard runs, repeats, dates, and
    passwords built on the user's own login, name or badge (`names`), as judged by zxcvbn."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise PasswordRefused(translate("Accounts", "a password needs at least {count} characters").format(
            count=MIN_PASSWORD_LENGTH))
    if password.strip() != password:
        raise PasswordRefused(translate("Accounts", "a password cannot start or end with spaces"))
    from zxcvbn import zxcvbn  # a large word list: loaded only when a password is set

    own = [part for name in names for part in (name, *re.split(r"[\s._-]+", name)) if len(part) >= 3]
    result = zxcvbn(password[:PASSWORD_MAX_CHECKED], user_inputs=own)
    if result["score"] < MIN_PASSWORD_SCORE:
        warning = translate("PasswordFeedback", str(result["feedback"].get("warning") or "")).rstrip(".")
        reason = f" ({warning[0].lower() + warning[1:]})" if warning else ""
        raise PasswordRefused(translate("Accounts", "that password is too easy to guess{reason}: use three or four "
                                        "unrelated words, not your name, login or badge").format(reason=reason))


def _locked(record: UserRecord, now: datetime) -> bool:
    return bool(record.locked_until and record.locked_until > now.isoformat())


def current_user(app: CaseApp, user: User, roles: Iterable[Role] | None = None, what: str = "this") -> User:
    """`user` as the database knows them now, for a service about to change data: refused when the account
    was deactivated or locked since it signed in, or when its current role is not one of `roles`. An open
    window keeps its User object for hours; its rights must end when an admin ends them."""
    record = app._stores.users.get(user.login)
    what = translate("Refusals", what)  # the callers mark what they do with QT_TRANSLATE_NOOP("Refusals", ...)
    if record is None:
        raise PermissionDenied(translate("Accounts", "there is no account {login}: {what} is refused").format(
            login=user.login, what=what))
    if not record.active:
        raise PermissionDenied(translate("Accounts", "the account {login} is deactivated: {what} is refused").format(
            login=record.login, what=what))
    if _locked(record, app.clock()):
        raise PermissionDenied(translate("Accounts", "the account {login} is locked after failed logins: {what} is "
                                         "refused until an admin unlocks it or the lock ends").format(
            login=record.login, what=what))
    fresh = User.from_record(record)
    allowed = tuple(roles) if roles is not None else None
    if allowed is not None and fresh.role not in allowed:
        needed = translate("Accounts", " or ").join(role_word(r) for r in allowed)
        raise PermissionDenied(translate("Accounts", "{what} needs the {needed} role ({login} is {role})").format(
            what=what, needed=needed, login=fresh.login, role=role_word(fresh.role)))
    return fresh


def check_actor(app: CaseApp, login: str | None, what: str) -> None:
    """For services that take a login rather than a User (import, export, backup): once accounts exist, the
    login must be an account that is active and not locked."""
    users = app._stores.users
    if login is None or users.count() == 0:
        return
    current_user(app, User(login, login, "", Role.OFFICER), None, what)


def make_hasher() -> PasswordHasher:
    """argon2id with argon2-cffi's current recommended parameters; hashes made with others are rehashed
    at the next good login."""
    return PasswordHasher()


def make_key_derivation() -> KeyDerivation:
    """argon2id parameters for new signing keys (tests patch this, as make_hasher, to cheap ones); a key is
    re-derived with the parameters stored beside its salt."""
    return KeyDerivation()


@dataclass(frozen=True)
class _NewKey:
    key: Ed25519PrivateKey
    public_key: str
    key_salt: str

    def detail(self) -> dict[str, str]:
        return {"public_key": self.public_key, "key_salt": self.key_salt}


def new_signing_key(password: str) -> _NewKey:
    """A fresh salt and the key it gives `password` (slow: call before any write transaction)."""
    salt = make_key_derivation().new_salt_text()
    key = derive_key(password, salt)
    return _NewKey(key, public_key_text(key), salt)


def _own_key(record: UserRecord, password: str) -> Ed25519PrivateKey:
    """The account's key from its password (slow), or AuthError when it is not the key on record: the users
    row was changed outside the application."""
    try:
        key = derive_key(password, record.key_salt or "")
    except KeyFormatError:
        key = None
    if key is None or public_key_text(key) != record.public_key:
        raise AuthError(translate("Accounts", "the signing key on record for {login} does not come from this "
                                  "password: the account was changed outside the application; ask an admin to run "
                                  "verify").format(login=record.login))
    return key


class Accounts:
    def __init__(self, app: CaseApp, hasher: PasswordHasher | None = None) -> None:
        self.app = app
        self.users = app._stores.users
        self.hasher = hasher or make_hasher()

    # -- helpers --------------------------------------------------------------------------------
    def _admin(self, actor: User, what: str) -> User:
        return current_user(self.app, actor, (Role.ADMIN,), what)

    def _get(self, login: str) -> UserRecord:
        key = _lookup_login(login)
        record = self.users.get(key) if key else None
        if record is None:
            raise NotFound(f"no user {login.strip()}")
        return record

    # -- first run ------------------------------------------------------------------------------
    def has_users(self) -> bool:
        return self.users.count() > 0

    def create_first_admin(self, login: str, password: str, *, display_name: str = "",
                           badge: str = "") -> Done[User]:
        login = normal_login(login)
        display_name, badge = _plain(display_name, QT_TRANSLATE_NOOP("Accounts", "display name")), _plain(
            badge, QT_TRANSLATE_NOOP("Accounts", "badge"))
        check_password_rules(password, names=(login, display_name, badge))
        password_hash = self._password_hash(password)  # slow: before the write lock is taken
        signing = new_signing_key(password)  # slow too
        with self.app.change("user_create", "user", login, actor=login,
                             detail={"role": Role.ADMIN, "first_admin": True, **signing.detail()}) as work:
            if self.has_users():
                raise AuthError(translate("Accounts", "the first admin exists already; an admin adds users with "
                                          "'user add'"))
            if self.users.logins is not None:  # made in this transaction: a failure below leaves no login behind
                self.users.logins.create(login, password, Role.ADMIN)
            user_id = self.users.add(login=login, display_name=display_name or login, badge=badge,
                                     role=Role.ADMIN, password_hash=password_hash, at=self.app.now_utc_text(),
                                     public_key=signing.public_key, key_salt=signing.key_salt)
            work.ledger.record_live("users", [user_id])
            # the one who typed the password is here: signed in, and the entry is signed with the new key
            self.app.keys.add(login, signing.key)
        return Done(User(login, display_name or login, badge, Role.ADMIN), ACCOUNTS_CHANGED)

    # -- logging in -----------------------------------------------------------------------------
    def authenticate(self, login: str, password: str) -> User:
        """The user, or AuthError. Failures are counted in the database; too many lock the account.

        The password is verified (argon2, ~0.1 s and 64 MiB) before the write lock is taken, so logins on
        several workstations do not queue behind each other; the count is then updated from the row as it
        is inside the transaction, so parallel failures are all counted."""
        if self.users.logins is not None:
            return self._authenticate_on_server(self.users.logins, login, password)
        key = _lookup_login(login)
        record = self.users.get(key) if key else None
        if record is None:
            with self.app.change("login_failed", "user", login.strip()[:64], actor=None, detail={"reason": "unknown"}):
                pass
            raise AuthError(translate("Accounts", "wrong login name or password"))
        self._refuse_closed(record)
        try:
            self.hasher.verify(record.password_hash, password)
            good = True
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            good = False
        new_hash = self.hasher.hash(password) if good and self.hasher.check_needs_rehash(record.password_hash) \
            else None
        # the signing key, derived (slow) before the write lock: an account made before keys gets one now
        enrolled = new_signing_key(password) if good and record.public_key is None else None
        signing_key = enrolled.key if enrolled else _own_key(record, password) if good else None
        with self.app.change("login", "user", record.login, actor=None) as work:
            current = self.users.get(record.login)
            if current is None or current.password_hash != record.password_hash \
                    or current.public_key != record.public_key:
                raise AuthError(translate("Accounts", "the account changed while signing in (a new password?); try "
                                          "again"))
            self._refuse_closed(current)
            if good:
                assert signing_key is not None
                changes: dict[str, object] = {}
                if current.failed_logins or current.locked_until:
                    changes.update(failed_logins=0, locked_until=None)
                if new_hash is not None:
                    changes["password_hash"] = new_hash
                if enrolled is not None:
                    changes.update(public_key=enrolled.public_key, key_salt=enrolled.key_salt)
                if changes:
                    self.users.update(current.id, at=self.app.now_utc_text(), **changes)
                self.app.keys.add(current.login, signing_key)
                detail: dict[str, object] = {"rehashed": new_hash is not None}
                if enrolled is not None:
                    detail.update(enrolled.detail(), key="first sign-in since keys")
                work.ledger.record_live("users", [current.id])
                work.actor, work.entity_id = current.login, current.login
                work.detail.update(detail)
                return User.from_record(current)
            failed = current.failed_logins + 1
            locked = (self.app.clock() + timedelta(minutes=LOCK_MINUTES)).isoformat() \
                if failed >= MAX_FAILED_LOGINS else None
            self.users.update(current.id, at=self.app.now_utc_text(), failed_logins=failed, locked_until=locked)
            work.ledger.record_live("users", [current.id])
            work.action, work.entity_id = "login_failed", current.login
            work.detail.update({"failed_logins": failed, "locked": bool(locked)})
        # after the commit: the failure stays counted
        raise AuthError(translate("Accounts", "wrong login name or password"))

    def _authenticate_on_server(self, logins: ServerLogins, login: str, password: str) -> User:
        """On a server the password is the server's to check: a connection as the login (each account is a
        server login, rules.py). Failed attempts are the server's to limit and log (its authentication
        settings, e.g. auth_delay), since a refused connection reaches no database to count them in; the
        account's state (deactivated) is checked here as on a file. A good sign-in is audited in the login's
        own name."""
        key = _lookup_login(login)
        record = self.users.get(key) if key else None
        if record is not None:
            self._refuse_closed(record)  # as on a file: a deactivated account is told so
        if key is None or not logins.check(key, password) or record is None:
            raise AuthError(translate("Accounts", "wrong login name or password"))
        signing_key = _own_key(record, password) if record.public_key is not None else None
        with self.app.change("login", "user", record.login, actor=record.login):
            if signing_key is not None:
                self.app.keys.add(record.login, signing_key)
        return User.from_record(record)

    def _password_hash(self, password: str) -> str:
        """The application's own hash of a password (argon2), kept in users on a file; on a server the server
        keeps the login's SCRAM verifier, and users holds no hash."""
        return "" if self.users.logins is not None else self.hasher.hash(password)

    def sign_in_for_a_copy(self, login: str, password: str) -> tuple[User, bool]:
        """(the user, whether the login's audit entry was written), for a command that only reads the database
        (a backup to another disk). As authenticate; but when the disk holding the database is full, so that
        no login entry (nor a failure count) can be written, the password is still checked against the stored
        hash and the account's state, and a good login signs in unrecorded: the caller notes it where it can
        (the backup's record). A full disk must not prevent copying the database off it."""
        try:
            return self.authenticate(login, password), True
        except DiskFull:
            pass  # rolled back by the store: nothing of the login was written
        key = _lookup_login(login)
        record = self.users.get(key) if key else None
        if record is None:
            raise AuthError(translate("Accounts", "wrong login name or password"))
        self._refuse_closed(record)
        try:
            self.hasher.verify(record.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            raise AuthError(translate("Accounts", "wrong login name or password (the disk is full: the failure is "
                                      "not counted)")) from None
        if record.public_key is not None:  # the backup's own entry is signed if the disk lets it be written
            self.app.keys.add(record.login, _own_key(record, password))
        return User.from_record(record), False

    def _refuse_closed(self, record: UserRecord) -> None:
        if not record.active:
            raise AuthError(translate("Accounts", "the account {login} is deactivated").format(
                login=record.login))
        if _locked(record, self.app.clock()):
            assert record.locked_until is not None
            raise AuthError(translate("Accounts", "the account {login} is locked after {count} failed logins; try "
                                      "again after {moment} UTC, or ask an admin to unlock it").format(
                login=record.login, count=MAX_FAILED_LOGINS, moment=record.locked_until[:16].replace("T", " ")))

    # -- administration -------------------------------------------------------------------------
    def add_user(self, actor: User, login: str, password: str, *, role: str, display_name: str = "",
                 badge: str = "") -> Done[User]:
        actor = self._admin(actor, "adding users")
        login = normal_login(login)
        try:
            role_value = Role(role)
        except ValueError:
            raise AuthError(translate("Accounts", "'{role}' is not a role (officer, supervisor, admin)").format(
                role=role)) from None
        display_name, badge = _plain(display_name, QT_TRANSLATE_NOOP("Accounts", "display name")), _plain(
            badge, QT_TRANSLATE_NOOP("Accounts", "badge"))
        check_password_rules(password, names=(login, display_name, badge))
        if self.users.get(login) is not None:  # said before the slow hash; checked again below
            raise LoginRefused(translate("Accounts", "the login {login} is taken (users are deactivated, never "
                                "deleted)").format(login=login))
        password_hash = self._password_hash(password)
        signing = new_signing_key(password)  # the new user's key, whose public half the admin signs
        with self.app.change("user_create", "user", login, actor=actor.login,
                             detail={"role": role_value, "badge": badge, **signing.detail()}) as work:
            if self.users.get(login) is not None:
                raise LoginRefused(translate("Accounts", "the login {login} is taken (users are deactivated, never "
                                "deleted)").format(login=login))
            if self.users.logins is not None:
                self.users.logins.create(login, password, role_value)
            user_id = self.users.add(login=login, display_name=display_name or login, badge=badge, role=role_value,
                                     password_hash=password_hash, at=self.app.now_utc_text(),
                                     public_key=signing.public_key, key_salt=signing.key_salt)
            work.ledger.record_live("users", [user_id])
        return Done(User(login, display_name or login, badge, role_value), ACCOUNTS_CHANGED)

    def list_users(self, actor: User) -> list[Account]:
        """Every account, without password hashes. Admins only."""
        self._admin(actor, "listing accounts")
        return [Account(r.login, r.display_name, r.badge, r.role, r.active, r.failed_logins, r.locked_until,
                        self.is_locked(r)) for r in self.users.list()]

    def is_locked(self, record: UserRecord) -> bool:
        return _locked(record, self.app.clock())

    def deactivate(self, actor: User, login: str) -> Done[None]:
        actor = self._admin(actor, "deactivating users")
        with self.app.change("user_deactivate", "user", actor=actor.login, detail={"active": [True, False]}) as work:
            record = self._get(login)
            if not record.active:
                raise AuthError(translate("Accounts", "{login} is already deactivated").format(login=record.login))
            admins = [u for u in self.users.list() if u.role == Role.ADMIN and u.active]
            if record.role == Role.ADMIN and len(admins) == 1:
                raise AuthError(translate("Accounts", "{login} is the last active admin").format(login=record.login))
            self.users.update(record.id, at=self.app.now_utc_text(), active=0)
            if self.users.logins is not None:
                self.users.logins.set_enabled(record.login, False)  # the server refuses its sign-ins too
            work.ledger.record_live("users", [record.id])
            work.entity_id = record.login
        return Done(None, ACCOUNTS_CHANGED)

    def unlock(self, actor: User, login: str) -> Done[None]:
        """End a failed-login lock before its time (the admin has checked who was trying); audited."""
        actor = self._admin(actor, "unlocking accounts")
        with self.app.change("user_unlock", "user", actor=actor.login) as work:
            record = self._get(login)
            if not self.is_locked(record) and not record.failed_logins:
                raise AuthError(translate("Accounts", "{login} is not locked").format(login=record.login))
            self.users.update(record.id, at=self.app.now_utc_text(), failed_logins=0, locked_until=None)
            work.ledger.record_live("users", [record.id])
            work.entity_id = record.login
            work.detail.update(failed_logins=[record.failed_logins, 0], locked_until=record.locked_until)
        return Done(None, ACCOUNTS_CHANGED)

    def change_password(self, actor: User, login: str, new_password: str) -> Done[None]:
        """A user changes their own password; an admin sets anyone's (a reset, which also ends a lock)."""
        record = self._get(login)
        own = actor.login.casefold() == record.login.casefold()
        actor = current_user(self.app, actor, None if own else (Role.ADMIN,),
                             "changing a password" if own else "changing another user's password")
        check_password_rules(new_password, names=(record.login, record.display_name, record.badge))
        password_hash = self._password_hash(new_password)
        signing = new_signing_key(new_password)
        # One's own change is signed with the key it replaces (an account made before keys: with the new one);
        # an admin's reset with the admin's key.
        signer = self._own_signer(record, signing) if own else None
        with self.app.change("user_password", "user", record.login, actor=actor.login,
                             detail={"reset": not own, **signing.detail()}, signing_key=signer) as work:
            current = self.users.get(record.login)
            if current is None or current.public_key != record.public_key:
                raise AuthError(translate("Accounts", "the account {login} changed meanwhile (a new password?); try "
                                          "again").format(login=record.login))
            self.users.update(record.id, at=self.app.now_utc_text(), password_hash=password_hash,
                              failed_logins=0, locked_until=None, public_key=signing.public_key,
                              key_salt=signing.key_salt)
            if self.users.logins is not None:
                self.users.logins.set_password(record.login, new_password)
            work.ledger.record_live("users", [record.id])
        if own:
            self.app.keys.add(record.login, signing.key)
        return Done(None, ACCOUNTS_CHANGED)

    def _own_signer(self, record: UserRecord, signing: _NewKey) -> Ed25519PrivateKey:
        if record.public_key is None:
            return signing.key
        key = self.app.keys.get(record.login)
        if key is None or public_key_text(key) != record.public_key:
            raise NotSignedIn(translate("Accounts", "{login} is not signed in here with their current key: sign in "
                                        "again").format(login=record.login))
        return key

    def sign_out(self, user: User) -> None:
        """Forget the user's signing key (the window closing, a session ending)."""
        self.app.keys.drop(user.login)


_UNSAFE_IN_NAMES = {"Cc", "Cs", "Co", "Zl", "Zp"}
_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _plain(text: str, what: str) -> str:
    """A display name or badge: one line, no control characters, no bidi overrides (which would reorder
    what is printed after them on reports and terminals)."""
    value = unicodedata.normalize("NFC", " ".join(text.split()))
    if len(value) > 120 or any(unicodedata.category(c) in _UNSAFE_IN_NAMES or c in _BIDI_CONTROLS for c in value):
        raise AuthError(translate("Accounts", "a {what} is one line of at most 120 characters, without control or "
                                  "direction-override characters").format(what=translate("Accounts", what)))
    return value
