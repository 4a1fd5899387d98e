"""verify, the part about who made each entry and what it may record (the hashes are verify.py's part).

A forger who can write the file can recompute every hash, so hashes alone prove nothing against them. This
module checks what they cannot recompute without a secret or without showing their hand:
1. each entry's signature, by the key its actor had on record at that point of the chain; an actor with a key
   cannot have unsigned entries, and after keys exist an entry made by no user must be a system action
   (store/actions.py);
2. who may record keys: a new account's key is signed by an admin (the first admin's by itself), a new
   password's key by the user's previous key or an admin; the first admin's first key is the root, whose
   fingerprint `verify --admin-key` compares with one printed earlier;
3. each entry's rows fit its action (a "login" records only its own users row, an "attach" only attachments
   of its case...), and each live account's role, state and key are the ones the chain gave it;
4. each attachment's SHA-256 and size are the ones its "attach" entry recorded.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby
from typing import Any, Protocol

from sqlite_utils import Database

from caseapp.core.signing import SignatureChecker, fingerprint, normal_fingerprint
from caseapp.store.actions import ACTIONS, KEY_ACTIONS, Scope, Until, case_of_entity, rule_for
from caseapp.store.sqlite.audit import AUDITED_TABLES


class Report(Protocol):
    notes: list[str]
    admin_key: str

    def fail(self, message: str, entry: int | None = None) -> None: ...


@dataclass
class _Account:
    role: str
    active: bool = True
    key: str | None = None
    salt: str | None = None
    key_entry: int | None = None  # the entry that recorded the key
    endorsed: bool = False  # the key traces back to the first admin's through admins' signatures


@dataclass(frozen=True)
class _Entry:
    action: str
    case: str | None
    user: str | None  # the login a user entry names, folded


# Each live row's owner: its case number, or for users its login. Rows in rowid (= id) order.
_OWNERS = {
    "cases": "SELECT id, case_number FROM cases ORDER BY id",
    "persons": "SELECT p.id, c.case_number FROM persons p JOIN cases c ON c.id = p.case_id ORDER BY p.id",
    "exhibits": "SELECT e.id, c.case_number FROM exhibits e JOIN cases c ON c.id = e.case_id ORDER BY e.id",
    "attachments": "SELECT a.id, c.case_number FROM attachments a JOIN cases c ON c.id = a.case_id ORDER BY a.id",
    "custody_events": "SELECT v.id, c.case_number FROM custody_events v JOIN exhibits e ON e.id = v.exhibit_id "
                      "JOIN cases c ON c.id = e.case_id ORDER BY v.id",
    "users": "SELECT id, login FROM users ORDER BY id",
    "external_numbers": "SELECT n.id, c.case_number FROM external_numbers n JOIN cases c ON c.id = n.case_id "
                        "ORDER BY n.id",
}


def check_entries(db: Database, report: Report, admin_key: str | None = None) -> None:
    walk = _Walk(report)
    for row in db.execute("SELECT id, actor, action, entity, entity_id, detail, hash, signature FROM audit_log "
                          "ORDER BY id"):
        walk.entry(*row)
    walk.rows(db)
    walk.accounts_match(db)
    walk.attachments_match(db)
    walk.finish(admin_key)


def first_admin_fingerprint(db: Database) -> str:
    """The fingerprint of the first admin's first key, as the chain recorded it ('' when there is none)."""
    first_admin: str | None = None
    cursor = db.execute("SELECT action, actor, entity_id, detail FROM audit_log WHERE entity = 'user' "
                        "AND action IN ('user_create', 'login', 'user_password') ORDER BY id")
    try:  # read until the first admin's first key, usually the first row: the statement is ended at once
        for action, actor, entity_id, detail_text in cursor:
            detail = _detail(detail_text)
            if first_admin is None:
                if action != "user_create" or not detail.get("first_admin"):
                    continue
                first_admin = str(entity_id).casefold()
            key = detail.get("public_key")
            if isinstance(key, str) and str(entity_id).casefold() == first_admin == str(actor).casefold():
                return _fingerprint(key)
        return ""
    finally:
        cursor.close()


def _fingerprint(public_text: str | None) -> str:
    try:
        return fingerprint(public_text) if public_text else ""
    except ValueError:  # not hex: the entry recording it fails its signature check
        return ""


def _detail(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}  # the chain check reports it
    return value if isinstance(value, dict) else {}


class _Walk:
    def __init__(self, report: Report) -> None:
        self.report = report
        self.accounts: dict[str, _Account] = {}
        self.first_admin: str | None = None
        self.root: str | None = None
        self.first_account_entry: int | None = None
        self.first_key_entry: int | None = None
        self.unsigned = 0
        self.entries: dict[int, _Entry] = {}
        self.attached: dict[int, tuple[int, str, int]] = {}
        self.latest_users_entry: dict[int, int] = {}
        self.checker = SignatureChecker()

    def fail(self, message: str, entry: int | None = None) -> None:
        self.report.fail(message, entry)

    # -- 1 and 2: signatures and keys, entry by entry --------------------------------------------------
    def entry(self, entry_id: int, actor: str | None, action: str, entity: str, entity_id: str | None,
              detail_text: str, digest: str, signature: str | None) -> None:
        rule = rule_for(action)
        if rule is None:
            self.fail(f"audit entry {entry_id}: '{action}' is not an action the application records", entry_id)
            return
        detail = _detail(detail_text)
        login = actor.casefold() if actor else None
        target = entity_id.casefold() if entity == "user" and entity_id else None
        self.entries[entry_id] = _Entry(action, case_of_entity(entity, entity_id), target)
        account = self.accounts.get(login) if login else None
        recorded = detail.get("public_key") if action in KEY_ACTIONS else None
        recorded = recorded if isinstance(recorded, str) else None
        enrolling = bool(recorded and login and login == target and (
            (action == "user_create" and detail.get("first_admin") and not self.accounts)
            or (account is not None and account.key is None)))
        signer = recorded if enrolling else account.key if account else None
        who = actor or "no user"
        if signature:
            if signer is None:
                self.fail(f"audit entry {entry_id} ({action}) is signed, but {who} had no key on record then",
                          entry_id)
            elif not self.checker.valid(signer, digest, signature):
                self.fail(f"audit entry {entry_id} ({action}): its signature is not {who}'s: the entry was "
                          "written or changed by someone without their key", entry_id)
        elif signer is not None and (enrolling or not rule.may_be_unsigned):
            since = f" since entry {account.key_entry}" if account and account.key_entry else ""
            self.fail(f"audit entry {entry_id} ({action}) in the name of {who} is not signed, though {who}'s "
                      f"entries are signed{since}", entry_id)
        elif self.first_key_entry is not None and actor is None and not rule.system:
            self.fail(f"audit entry {entry_id} ({action}) was made by no user: after accounts have keys only "
                      "set-up and failed sign-ins are", entry_id)
        elif self.first_key_entry is not None and actor is not None and account is None:
            self.fail(f"audit entry {entry_id} ({action}) names {who}, who has no account", entry_id)
        else:
            self.unsigned += 1
        if account is not None:
            self._actor_allowed(entry_id, action, who, account, target)
        self._apply(entry_id, action, detail, login, target, account, recorded, enrolling)

    def _actor_allowed(self, entry_id: int, action: str, who: str, account: _Account, target: str | None) -> None:
        rule = ACTIONS[action]
        reset = action == "user_password" and target != who.casefold()
        roles = frozenset({"admin"}) if reset else rule.roles
        if roles is not None and account.role not in roles:
            self.fail(f"audit entry {entry_id} ({action}) was made by {who}, whose role ({account.role}) does not "
                      "allow it", entry_id)
        elif not account.active:
            self.fail(f"audit entry {entry_id} ({action}) was made by {who} after the account was deactivated",
                      entry_id)

    def _apply(self, entry_id: int, action: str, detail: dict[str, Any], login: str | None, target: str | None,
               account: _Account | None, recorded: str | None, enrolling: bool) -> None:
        """What an entry changes about accounts and keys."""
        if action == "attach" and isinstance(detail.get("attachment"), int):
            # the first attach entry of an attachment holds its hash (a second one is refused by adds_only)
            size = detail.get("size")
            attached = (entry_id, str(detail.get("sha256")), size if isinstance(size, int) else -1)
            self.attached.setdefault(detail["attachment"], attached)
        if action == "bundle_import" and isinstance(detail.get("attachments"), list):
            # a hand-over package's attachments: each one's hash, as an attach entry holds it
            for item in detail["attachments"]:
                if isinstance(item, dict) and isinstance(item.get("attachment"), int):
                    size = item.get("size")
                    self.attached.setdefault(item["attachment"], (entry_id, str(item.get("sha256")),
                                                                  size if isinstance(size, int) else -1))
        if target is None:
            return
        subject = self.accounts.get(target)
        if action == "user_create":
            if subject is not None:
                self.fail(f"audit entry {entry_id} creates the account {target} a second time", entry_id)
                return
            if self.first_account_entry is None:
                self.first_account_entry = entry_id
                if detail.get("first_admin"):
                    self.first_admin = target
            subject = self.accounts[target] = _Account(role=str(detail.get("role")))
            if recorded is None and self.first_key_entry is not None:
                self.fail(f"audit entry {entry_id} creates the account {target} without a signing key", entry_id)
        elif action == "user_deactivate" and subject is not None:
            subject.active = False
        if subject is None or recorded is None:
            if action == "user_password" and subject is not None and subject.key is not None:
                self.fail(f"audit entry {entry_id} changes {target}'s password without recording the new key",
                          entry_id)
            return
        if action == "login" and not enrolling:
            self.fail(f"audit entry {entry_id}: a sign-in replaces {target}'s signing key", entry_id)
            return
        if enrolling:
            endorsed = target == self.first_admin and self.root is None
            if endorsed:
                self.root = recorded
        elif login == target:  # one's own new password, signed by the previous key
            endorsed = subject.endorsed
        else:  # an admin's signature: the admin's own trust passes on
            endorsed = bool(account and account.endorsed and account.role == "admin")
        subject.key, subject.salt, subject.key_entry = recorded, detail.get("key_salt"), entry_id
        subject.endorsed = endorsed
        if self.first_key_entry is None:
            self.first_key_entry = entry_id

    # -- 3: rows fit their entries' actions -------------------------------------------------------------
    def rows(self, db: Database) -> None:
        for table in AUDITED_TABLES:
            owners = _owners(db, table)
            owner = next(owners, None)
            filed = db.execute("SELECT row_id, audit_id FROM audit_rows WHERE tbl = ? ORDER BY row_id, audit_id",
                               [table])
            for row_id, group in groupby(filed, key=lambda r: r[0]):
                while owner is not None and owner[0] < row_id:
                    owner = next(owners, None)
                live = owner[1] if owner is not None and owner[0] == row_id else None
                if not self._row(table, row_id, [audit_id for _, audit_id in group], live):
                    break  # one problem per table, as the hash checks report

    def _row(self, table: str, row_id: int, audit_ids: list[int], live: str | None) -> bool:
        first_case: str | None = None
        for position, audit_id in enumerate(audit_ids):
            entry = self.entries.get(audit_id)
            if entry is None:
                continue  # no such entry, or one of unknown action: reported already
            rule = ACTIONS[entry.action]
            problem = ""
            if table not in rule.tables:
                changes = ", ".join(sorted(rule.tables)) or "no rows"
                problem = f"records {table} row {row_id}, but a {entry.action} entry changes {changes}"
            elif rule.rows_until is Until.ACCOUNTS and self.first_account_entry is not None \
                    and audit_id > self.first_account_entry:
                problem = f"records {table} row {row_id} after accounts exist"
            elif rule.rows_until is Until.KEYS and self.first_key_entry is not None \
                    and audit_id > self.first_key_entry:
                problem = f"records {table} row {row_id} after accounts have keys"
            elif (rule.scope is Scope.NEW or rule.adds_only) and position:
                problem = f"records {table} row {row_id}, which entry {audit_ids[0]} recorded before (it only adds)"
            elif rule.scope is Scope.CASE:
                case = (entry.case or "").strip()
                first_case = first_case or case
                owner = live if live is not None else first_case
                if case != owner:
                    problem = f"of case {case} records {table} row {row_id}, which belongs to case {owner}"
            elif rule.scope is Scope.OWN_USER and (live or "").casefold() != entry.user:
                problem = f"about {entry.user} records the users row of {live}"
            if problem:
                self.fail(f"audit entry {audit_id} ({entry.action}) {problem}", audit_id)
                return False
            if table == "users":
                self.latest_users_entry[row_id] = audit_id
        return True

    def accounts_match(self, db: Database) -> None:
        for row_id, login, role, active, key, salt in db.execute(
                "SELECT id, login, role, active, public_key, key_salt FROM users ORDER BY id"):
            account = self.accounts.get(str(login).casefold())
            entry = self.latest_users_entry.get(row_id)
            if account is None:
                self.fail(f"the account {login} has no user_create entry", entry)
            elif role != account.role:
                self.fail(f"the account {login} has the role {role}, but the audit chain gave it {account.role}",
                          entry)
            elif bool(active) != account.active:
                self.fail(f"the account {login} is {'active' if active else 'deactivated'}, but the audit chain "
                          "says otherwise", entry)
            elif key != account.key or salt != account.salt:
                self.fail(f"the account {login}'s signing key is not the one the audit chain recorded for it "
                          f"(entry {account.key_entry})", entry)
            else:
                continue
            return

    # -- 4: attachments against their attach entries ----------------------------------------------------
    def attachments_match(self, db: Database) -> None:
        for attachment_id, sha256, size in db.execute("SELECT id, sha256, size FROM attachments ORDER BY id"):
            recorded = self.attached.get(attachment_id)
            if recorded is None:
                self.fail(f"attachment {attachment_id} has no attach entry")
                return
            entry_id, digest, recorded_size = recorded
            if digest != sha256 or recorded_size != size:
                self.fail(f"attachment {attachment_id}: its SHA-256 {str(sha256)[:16]}... ({size} bytes) is not the "
                          f"{digest[:16]}... ({recorded_size} bytes) its attach entry {entry_id} recorded")
                return

    # -- summary ------------------------------------------------------------------------------------------
    def finish(self, admin_key: str | None) -> None:
        report = self.report
        report.admin_key = _fingerprint(self.root)
        if self.unsigned:
            unsigned = "1 audit entry is" if self.unsigned == 1 else f"{self.unsigned:,} audit entries are"
            report.notes.append(f"{unsigned} unsigned: set-up, failed sign-ins, and entries made before accounts "
                                "had signing keys")
        keyless = sorted(login for login, a in self.accounts.items() if a.key is None)
        if keyless:
            report.notes.append("no signing key yet (accounts made before keys; one is made at the next sign-in): "
                                + ", ".join(keyless))
        unendorsed = sorted(login for login, a in self.accounts.items() if a.key is not None and not a.endorsed)
        if unendorsed:
            report.notes.append("signing keys no admin signed (made at the account's first sign-in after the "
                                "upgrade to signed entries): " + ", ".join(unendorsed))
        if admin_key:
            given = normal_fingerprint(admin_key)
            if not report.admin_key:
                self.fail("the audit chain records no key of the first admin, so --admin-key cannot be checked")
            elif given != report.admin_key:
                self.fail(f"the first admin's key in this database has the fingerprint {report.admin_key[:16]}..., "
                          f"not {given[:16]}...: the chain was rewritten from its start, or this is another "
                          "database")


def _owners(db: Database, table: str) -> Iterator[tuple[int, str]]:
    sql = _OWNERS.get(table)
    if sql is not None:
        yield from db.execute(sql)
