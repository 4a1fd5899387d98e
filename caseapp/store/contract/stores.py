"""What the services ask of the stores: one Protocol per store, and `Stores`, the set of them that one open
database hands out. The SQLite back end (caseapp.store.sqlite) implements them; a server back end would
implement the same, so nothing above the store depends on which one is open.

Writes happen inside `Cases.transaction()`; each change files the rows it touched in the `Ledger` of the
audit entry that records it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, Protocol

from caseapp.core.custody import CustodyEvent
from caseapp.core.inventory import AuditResult, InventoryAudit, ShelfItem
from caseapp.core.model import Case
from caseapp.core.storage import StorageLocation
from caseapp.core.substances import Catalogue, Substance
from caseapp.store.contract.disposals import Disposals
from caseapp.store.contract.figures import LARGEST, SummaryData
from caseapp.store.contract.numbers import ExternalNumber
from caseapp.store.contract.parts import PartsSource, PartsWriter
from caseapp.store.contract.queries import (
    CaseListQuery,
    CaseListRow,
    CaseRow,
    SearchQuery,
    SearchRow,
    SearchTotals,
)
from caseapp.store.contract.queues import CaseCandidate, ExhibitCandidate
from caseapp.store.contract.records import Attachment, AuditEntry, ChainCheck, UserRecord

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


class Ledger(Protocol):
    """The rows one audit entry changes, with their hashes after the change: what a service files in it. A
    store is handed back the ledger its own audit trail made (typed `LedgerOf` where it takes one)."""

    def record_live(self, table: str, rowids: Sequence[int]) -> None: ...


#: a ledger made by the same back end's AuditTrail.ledger(), passed back to it (each back end reads its own)
LedgerOf = Any


class Settings(Protocol):
    def setting(self, key: str, default: str | None = None) -> str | None: ...

    def set_setting(self, key: str, value: str) -> int:
        """Set a setting; returns its row id (for the audit ledger)."""
        ...


class CaseWriter(Protocol):
    """Cases written in batches inside the caller's transaction (an import)."""

    first_case_id: int | None
    written_cases: int
    written_exhibits: int

    def add(self, case: Case) -> Case: ...

    def flush(self) -> None: ...


class Cases(Settings, Protocol):
    """Cases with their persons and exhibits (and the search terms and full text kept beside), the settings,
    and the write transaction."""

    catalogue: Catalogue

    def transaction(self) -> AbstractContextManager[None]: ...

    def add(self, case: Case, *, actor: str | None, at: str, ledger: LedgerOf | None = None) -> Case: ...

    def bulk_writer(self, *, actor: str | None, at: str, batch_size: int = 2000,
                    ledger: LedgerOf | None = None) -> CaseWriter: ...

    def parts_writer(self, reader: PartsSource, *, actor: str | None, at: str,
                     ledger: LedgerOf | None = None) -> PartsWriter:
        """A writer of rows read by parts (an IDS file), inside the caller's transaction; a back end without its
        own returns CasesOfParts over its bulk_writer."""
        ...

    def replace(self, old: Case, new: Case, *, actor: str | None, at: str, ledger: LedgerOf) -> Case: ...

    def write_lab_result(self, case: Case, exhibit_number: str, *, actor: str | None, at: str,
                         ledger: LedgerOf) -> None: ...

    def get(self, case_number: str) -> Case | None: ...

    def get_by_id(self, case_id: int) -> Case | None: ...

    def iter_cases(self, batch_size: int = 500) -> Iterator[Case]: ...

    def custody_event_count(self, exhibit_id: int) -> int: ...

    def attachment_count(self, exhibit_id: int) -> int: ...

    def set_status(self, case: Case, status: str, *, actor: str | None, at: str,
                   approved_by: str | None = None, approved_at: str | None = None) -> int: ...

    def count_cases(self) -> int: ...

    def count_exhibits(self) -> int: ...


class Search(Protocol):
    catalogue: Catalogue

    def rows(self, query: SearchQuery) -> list[SearchRow]: ...

    def count(self, query: SearchQuery) -> int: ...

    def totals(self, query: SearchQuery) -> SearchTotals: ...

    def case_rows(self, query: SearchQuery) -> list[CaseRow]: ...

    def explain(self, query: SearchQuery) -> list[str]: ...


class CaseList(Protocol):
    def page(self, query: CaseListQuery, offset: int, limit: int) -> list[CaseListRow]: ...

    def count(self, query: CaseListQuery) -> int: ...

    def plan(self, query: CaseListQuery) -> list[str]: ...


class AuditTrail(Protocol):
    """The append-only, hash-chained audit log."""

    def ledger(self) -> Ledger:
        """The ledger of the next entry (passed back to append)."""
        ...

    def has_hash(self, digest: str) -> bool: ...

    def latest_hash(self) -> str: ...

    def append(self, *, at: str, actor: str | None, action: str, entity: str, entity_id: str | None,
               detail: dict[str, Any], ledger: LedgerOf | None = None,
               signing_key: Ed25519PrivateKey | None = None) -> str: ...

    def entries(self, entity: str | None = None, entity_id: str | None = None) -> list[AuditEntry]: ...

    def row_writers(self, table: str, row_id: int, actions: Sequence[str]) -> set[str]: ...

    def verify_chain(self) -> ChainCheck: ...


class Users(Protocol):
    def count(self) -> int: ...

    def get(self, login: str) -> UserRecord | None: ...

    def list(self) -> list[UserRecord]: ...

    def add(self, *, login: str, display_name: str, badge: str, role: str, password_hash: str, at: str,
            public_key: str | None = None, key_salt: str | None = None) -> int: ...

    def update(self, user_id: int, *, at: str, **changes: Any) -> None: ...

    @property
    def logins(self) -> ServerLogins | None:
        """The accounts' logins on the database server (PostgreSQL), which then checks their passwords; None on
        an SQLite file, whose accounts are the application's own (argon2 hashes in users)."""


class ServerLogins(Protocol):
    def create(self, login: str, password: str | None, role: str) -> None:
        """The server login of a new account (None: one that cannot sign in until an admin sets a password)."""

    def set_password(self, login: str, password: str) -> None: ...

    def set_enabled(self, login: str, enabled: bool) -> None: ...

    def check(self, login: str, password: str) -> bool:
        """Whether the server accepts this login and password (a connection of its own, closed at once)."""


class Custody(Protocol):
    def events(self, exhibit_id: int) -> list[CustodyEvent]: ...

    def add(self, exhibit_id: int, event: CustodyEvent, *, recorded_at: str) -> int: ...

    def weighed_exhibits(self) -> list[tuple[str, str]]: ...


class Attachments(Protocol):
    def add(self, *, case_id: int, exhibit_id: int | None, file_name: str, media_type: str, size: int,
            sha256: str, content: bytes, caption: str, added_by: str, added_at: str) -> int: ...

    def get(self, attachment_id: int) -> Attachment | None: ...

    def list_for_case(self, case_id: int, include_removed: bool = False) -> list[Attachment]: ...

    def count(self) -> int: ...

    def content(self, attachment_id: int) -> bytes: ...

    def mark_removed(self, attachment_id: int, *, removed_by: str, removed_at: str, reason: str) -> bool: ...


class LocalCatalogue(Protocol):
    """The agency's own catalogue entries, kept beside the bundled catalogue."""

    def entries(self) -> list[Substance]: ...

    def add(self, substance: Substance, *, actor: str, at: str) -> int: ...

    def resolve_unlisted(self, catalogue: Catalogue, substance: Substance, ledger: LedgerOf) -> int: ...


class Locations(Protocol):
    """The evidence room's storage locations, found by code whatever its case."""

    def get(self, code: str) -> StorageLocation | None: ...

    def list(self, *, include_inactive: bool = True) -> list[StorageLocation]: ...

    def add(self, location: StorageLocation) -> int: ...

    def update(self, location_id: int, *, name: str, kind: str, parent: str, active: bool, changed_by: str,
               changed_at: str) -> None: ...


class Summaries(Protocol):
    def summary(self, query: SearchQuery, *, largest: int = LARGEST) -> SummaryData: ...


class InventoryAudits(Protocol):
    """Inventory audits of storage locations (store.sqlite.inventory)."""

    def recorded_at(self, location: str) -> list[ShelfItem]: ...

    def exhibits(self, codes: Iterable[tuple[str, str]]) -> dict[str, ShelfItem]: ...

    def cases(self, numbers: Iterable[str]) -> set[str]: ...

    def reasoned_events_after(self, exhibit_ids: Sequence[int], mark: int) -> set[int]: ...

    def custody_mark(self) -> int: ...

    def add(self, result: AuditResult, *, started_at: str, finished_at: str, actor: str, custody_mark: int,
            recorded_at: str) -> int: ...

    def get(self, audit_id: int) -> InventoryAudit | None: ...

    def recent(self, limit: int = 200) -> list[InventoryAudit]: ...

    def with_missing(self) -> list[tuple[InventoryAudit, int]]: ...
class Queues(Protocol):
    """The work queues' candidates (core.queues decides on them)."""

    def cases_of_status(self, status: str, *, created_by: str | None = None, not_by: str | None = None,
                        limit: int = 500) -> list[CaseCandidate]: ...

    def count_of_status(self, status: str, *, created_by: str | None = None, not_by: str | None = None) -> int: ...

    def away(self, out_type: str, back_type: str, *, sent_before: str | None = None) -> list[ExhibitCandidate]: ...

    def seized_since(self, day: str) -> list[CaseCandidate]: ...

    def seized_before(self, cutoffs: dict[str, str], other: str, *, limit: int = 500) -> list[ExhibitCandidate]: ...

    def count_seized_before(self, cutoffs: dict[str, str], other: str) -> int: ...

    def with_event(self, event_type: str) -> list[ExhibitCandidate]: ...


class Numbers(Protocol):
    """Other agencies' numbers of cases and exhibits (store.contract.numbers)."""

    def add(self, *, case_id: int, exhibit_id: int | None, kind: str, value: str, key: str, added_by: str,
            added_at: str) -> int: ...

    def get(self, number_id: int) -> ExternalNumber | None: ...

    def for_case(self, case_id: int, include_removed: bool = False) -> list[ExternalNumber]: ...

    def find(self, key: str, *, limit: int = 50) -> list[ExternalNumber]: ...

    def same(self, case_id: int, exhibit_id: int | None, kind: str, key: str) -> int | None: ...

    def mark_removed(self, number_id: int, *, removed_by: str, removed_at: str, reason: str) -> bool: ...


class Stores(Protocol):
    """Every store of one open database."""

    @property
    def cases(self) -> Cases: ...

    @property
    def search(self) -> Search: ...

    @property
    def case_list(self) -> CaseList: ...

    @property
    def audit(self) -> AuditTrail: ...

    @property
    def users(self) -> Users: ...

    @property
    def custody(self) -> Custody: ...

    @property
    def attachments(self) -> Attachments: ...

    @property
    def catalogue(self) -> LocalCatalogue: ...

    @property
    def summaries(self) -> Summaries: ...

    @property
    def inventory(self) -> InventoryAudits: ...

    @property
    def disposals(self) -> Disposals: ...

    @property
    def queues(self) -> Queues: ...

    @property
    def numbers(self) -> Numbers: ...

    @property
    def locations(self) -> Locations: ...

    def use_catalogue(self, catalogue: Catalogue) -> None:
        """The catalogue the stores resolve substance names with from now on (the agency's own entries
        merged in)."""
        ...
