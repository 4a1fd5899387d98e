"""Every store of one server database, as the contract's `Stores`.

The stores whose SQL both engines run as written (store.sqlite's cases, users, custody, attachments, catalogue,
audit trail, search and case list) are used here on the server connection (db.PgDatabase); what differs in
substance is this package's: the transaction, the full text, the summary and verify."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import psycopg

from caseapp.core.signing import Keyring
from caseapp.core.substances import Catalogue
from caseapp.store.contract.stores import Stores
from caseapp.store.postgres.db import PgDatabase
from caseapp.store.postgres.errors import translate, translated
from caseapp.store.postgres.inventory import PgInventoryStore
from caseapp.store.postgres.search import PgCaseList, PgSearch
from caseapp.store.postgres.summary import PgSummaryStore
from caseapp.store.postgres.users import PgUserStore
from caseapp.store.sqlite.attachments import AttachmentStore
from caseapp.store.sqlite.audit import AuditLog
from caseapp.store.sqlite.cases import CaseStore
from caseapp.store.sqlite.catalogue import LocalCatalogueStore
from caseapp.store.sqlite.custody import CustodyStore
from caseapp.store.sqlite.disposals import DisposalStore
from caseapp.store.sqlite.locations import LocationStore
from caseapp.store.sqlite.numbers import NumberStore
from caseapp.store.sqlite.queues import QueueStore


class PgCaseStore(CaseStore):
    db: PgDatabase  # type: ignore[assignment]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction. Writers are serialised as SQLite's BEGIN IMMEDIATE serialises them: the
        lock on audit_log (which every change ends by appending to) is taken first (by a function of the
        owner's, since logins may not lock the table; the chain's trigger refuses an entry that does not follow
        the head whatever a client does), so ids given as max + 1
        and the chain's next entry are this transaction's alone; a writer waits lock_timeout for it, then
        is told the database is busy. Nested calls become savepoints."""
        db = self.db
        if db.in_transaction:
            with translated(), db.atomic():
                yield
            return
        try:
            db.execute("BEGIN")  # on a new connection when the server ended this one
            db.raw.execute("SELECT caseapp_write_lock()")  # LOCK TABLE audit_log, for logins too (rules.py)
        except psycopg.Error as exc:
            if db.in_transaction:
                db.raw.execute("ROLLBACK")
            raise translate(exc) from None
        try:
            yield
            db.raw.execute("COMMIT")
        except BaseException as exc:
            if db.in_transaction:
                db.raw.execute("ROLLBACK")
            if isinstance(exc, psycopg.Error):
                raise translate(exc) from None
            raise


class PgStores:
    def __init__(self, db: PgDatabase, catalogue: Catalogue, keys: Keyring) -> None:
        shared = db  # type: ignore[assignment]  # speaks the stores' dialect (db.PgDatabase)
        self.cases = PgCaseStore(shared, catalogue)  # type: ignore[arg-type]
        self.search = PgSearch(shared, catalogue)  # type: ignore[arg-type]
        self.case_list = PgCaseList(shared)  # type: ignore[arg-type]
        self.audit = AuditLog(shared, keys)  # type: ignore[arg-type]
        self.users = PgUserStore(shared)  # type: ignore[arg-type]
        self.custody = CustodyStore(shared)  # type: ignore[arg-type]
        self.attachments = AttachmentStore(shared)  # type: ignore[arg-type]
        self.catalogue = LocalCatalogueStore(shared)  # type: ignore[arg-type]
        self.summaries = PgSummaryStore(shared, self.search)  # type: ignore[arg-type]
        self.inventory = PgInventoryStore(shared)  # type: ignore[arg-type]
        self.disposals = DisposalStore(shared)  # type: ignore[arg-type]
        self.queues = QueueStore(shared)  # type: ignore[arg-type]
        self.numbers = NumberStore(shared)  # type: ignore[arg-type]
        self.locations = LocationStore(shared)  # type: ignore[arg-type]

    def use_catalogue(self, catalogue: Catalogue) -> None:
        self.cases.catalogue = catalogue
        self.search.catalogue = catalogue


def _implements_the_contract(stores: PgStores) -> Stores:
    return stores
