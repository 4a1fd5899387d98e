"""The stores' plain records: audit entries, attachments, accounts, and what verify and a backup's check
report. Plain data, the same whatever database they were read from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    actor: str | None
    action: str
    entity: str
    entity_id: str | None
    detail: dict[str, Any]
    hash: str


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    entries: int
    first_bad_id: int | None = None
    message: str = ""


@dataclass(frozen=True)
class Attachment:
    """One attachment's metadata (no bytes). exhibit_id/exhibit_number are None for one on the case."""

    id: int
    case_id: int
    case_number: str
    exhibit_id: int | None
    exhibit_number: str | None
    file_name: str
    media_type: str
    size: int
    sha256: str
    caption: str
    added_by: str
    added_at: str
    removed_by: str | None = None
    removed_at: str | None = None
    removed_reason: str | None = None

    @property
    def removed(self) -> bool:
        return self.removed_at is not None


@dataclass(frozen=True)
class UserRecord:
    id: int
    login: str
    display_name: str
    badge: str
    role: str
    password_hash: str
    active: bool
    failed_logins: int
    locked_until: str | None
    created_at: str
    updated_at: str
    public_key: str | None = None  # Ed25519, hex: checks the signatures of this user's audit entries
    key_salt: str | None = None  # argon2id parameters and salt deriving the key from the password


@dataclass
class VerifyReport:
    ok: bool = True
    problems: list[str] = field(default_factory=list)
    first_bad_entry: int | None = None
    entries: int = 0
    rows_checked: int = 0
    latest_hash: str = ""
    notes: list[str] = field(default_factory=list)  # not problems: what the checks could not prove
    admin_key: str = ""  # fingerprint of the first admin's first signing key, the root of the signatures

    def fail(self, message: str, entry: int | None = None) -> None:
        self.ok = False
        self.problems.append(message)
        if entry is not None and (self.first_bad_entry is None or entry < self.first_bad_entry):
            self.first_bad_entry = entry


@dataclass(frozen=True)
class DatabaseFacts:
    """What a backup file holds (read without changing it)."""

    chain_hash: str
    cases: int
    exhibits: int
    schema: str
    integrity: str  # "ok" or the database's first complaint
