"""CaseApp: the one object the CLI and the GUI talk to. It opens the database and hands out the
use cases (record a case, import, export, search) with validation, one transaction each and an audit
entry for every change."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from caseapp.core import i18n
from caseapp.core.agency import AGENCY_CODE_KEY, TIMEZONE_KEY, time_zone
from caseapp.core.agency import agency_code as checked_agency_code
from caseapp.core.changes import Changes, Done
from caseapp.core.errors import CaseAppError, DatabaseError, NotFound, ValidationFailed
from caseapp.core.location import DatabaseLocation, database_location
from caseapp.core.model import Case
from caseapp.core.normalise import normalise_case
from caseapp.core.signing import Keyring
from caseapp.core.substances import Catalogue, default_catalogue
from caseapp.core.validation import ValidationReport, validate
from caseapp.store.contract import (
    AuditEntry,
    CaseListQuery,
    CaseListRow,
    CaseRow,
    ChangeFeed,
    Ledger,
    SearchQuery,
    SearchRow,
    SearchTotals,
    Stores,
    VerifyReport,
)
from caseapp.store.sqlite.db import Connection, backup_database, checkpoint, open_database, schema_version
from caseapp.store.sqlite.errors import translated as file_errors
from caseapp.store.sqlite.feed import FileFeed
from caseapp.store.sqlite.stores import SqliteStores
from caseapp.store.sqlite.verify import verify_database
from caseapp.store.sqlite.verify_entries import first_admin_fingerprint

if TYPE_CHECKING:
    from caseapp.store.postgres.db import PgDatabase

__all__ = ["CaseApp", "Change", "Clock", "database_errors", "system_clock"]

Clock = Callable[[], datetime]
S = TypeVar("S")


@contextmanager
def database_errors() -> Iterator[None]:
    """Run a block with either back end's driver errors raised as the application's (DatabaseBusy, DiskFull,
    DatabaseError): a read outside a transaction (a damaged page, a server gone away) included. The server's
    driver is imported only when a server was opened (a workstation on its file never loads psycopg)."""
    with file_errors():
        try:
            yield
        except Exception as exc:
            if "psycopg" in sys.modules:
                from caseapp.store.postgres.errors import is_driver_error, translate

                if is_driver_error(exc):
                    raise translate(exc) from None  # type: ignore[arg-type]
            raise


def _on_server(db: object) -> bool:
    """Whether a connection is the server back end's (store.postgres.db.PgDatabase), without importing it."""
    return getattr(db, "dialect", "sqlite") == "postgresql"


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass
class Change:
    """One unit of work, handed out by `CaseApp.change`: its time, the ledger its rows are recorded in, and
    the audit entry's action, actor, id and detail, which the work may fill in until the block ends (a login
    learns only inside the transaction whether it succeeded). `skip()` leaves the entry out (nothing to
    record after all); `hash` is the appended entry's hash once the block has ended."""

    at: str
    ledger: Ledger
    action: str
    actor: str | None
    entity_id: str | None
    detail: dict[str, Any] = field(default_factory=dict)
    skipped: bool = False
    hash: str | None = None

    def skip(self) -> None:
        self.skipped = True


class CaseApp:
    """The facade. Its database, stores and audit log (`_db`, `_store`, `_finder`, `_audit`, `_case_list`) are
    private to caseapp.services: the window, the CLI, io and reports go through its methods and services."""

    def __init__(self, db: Connection | PgDatabase, *, catalogue: Catalogue | None = None, clock: Clock = system_clock,
                 path: Path | None = None, keys: Keyring | None = None,
                 location: DatabaseLocation | None = None) -> None:
        self._db = db
        # where the database is (a file, memory or a server): str() of it is what the window shows
        self.location = location or DatabaseLocation("sqlite", path, None)
        # The signing keys of the users signed in to this session (services.auth fills it at sign-in). A
        # window's worker sessions share the window's keyring, so their entries are signed too.
        self.keys = keys if keys is not None else Keyring()
        self.path = path
        self.clock = clock
        self.bundled_catalogue = catalogue or default_catalogue()
        self.catalogue = self.bundled_catalogue
        # the only place that knows which back end is open; everything else goes through the contract's Stores
        self._services: dict[object, object] = {}  # the service objects handed out by service()
        if _on_server(db):
            from caseapp.store.postgres.stores import PgStores

            self._stores: Stores = PgStores(db, self.catalogue, self.keys)  # type: ignore[arg-type]
        else:
            self._stores = SqliteStores(db, self.catalogue, self.keys)  # type: ignore[arg-type]
        self._store = self._stores.cases
        self._finder = self._stores.search
        self._audit = self._stores.audit
        self._case_list = self._stores.case_list
        self.refresh_catalogue()

    def refresh_catalogue(self) -> None:
        """The bundled catalogue with the agency's own entries (added by admins) merged in."""
        local = self._stores.catalogue.entries()
        self.catalogue = self.bundled_catalogue.with_additions(local) if local else self.bundled_catalogue
        self._stores.use_catalogue(self.catalogue)

    @classmethod
    def open(cls, where: str | os.PathLike[str] | DatabaseLocation, **kwargs: Any) -> CaseApp:
        """The database at `where`: a file path, ':memory:', or a postgresql:// URL (core.location decides;
        any other URL is refused before anything is created)."""
        location = database_location(where)
        if location.url is not None:
            from caseapp.store.postgres.db import open_server

            return cls(open_server(location.url, str(location)), location=location, **kwargs)
        target = ":memory:" if location.path is None else location.path
        return cls(open_database(target), path=location.path, location=location, **kwargs)

    @property
    def has_sessions(self) -> bool:
        """Whether session() can open a second connection (a file or a server; not a database in memory)."""
        return self.path is not None or self.location.server

    def session(self) -> CaseApp:
        """A new CaseApp on a connection of its own to the same database, with this one's clock, keyring and
        catalogue: for a worker thread (a connection belongs to the thread that opens it, so call this in the
        worker), which closes it when done. An in-memory database has no second connection."""
        if not self.has_sessions:
            raise DatabaseError(i18n.translate(
                "Database", "an in-memory database cannot be opened a second time (a worker needs a file)"))
        if self.location.url is not None:  # a connection from the process's pool (opened and migrated already)
            from caseapp.store.postgres.db import pooled

            return CaseApp(pooled(self.location.url), location=self.location, clock=self.clock, keys=self.keys,
                           catalogue=self.bundled_catalogue)
        return CaseApp.open(self.location, clock=self.clock, keys=self.keys, catalogue=self.bundled_catalogue)

    def change_feed(self) -> ChangeFeed:
        """What other connections commit from now on (store.contract.feed), on a connection of its own: call it
        in the thread that waits on the feed, which closes it."""
        if self.location.url is not None:
            from caseapp.store.postgres.feed import ServerFeed

            return ServerFeed(self.location.url)
        if self.path is None:
            raise DatabaseError("an in-memory database has no other connections to follow")
        return FileFeed(self.path)

    def describe(self) -> str:
        """The back end and where, for the window: "SQLite: PATH", or "PostgreSQL: user@host:port/database" as
        the session connected (never a password)."""
        if _on_server(self._db):
            from caseapp.store.postgres.db import server_identity

            return f"PostgreSQL: {server_identity(self._db)}"  # type: ignore[arg-type]
        return f"SQLite: {self.location}"

    def close(self) -> None:
        self._db.close()

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the database file (before the file is replaced or copied)."""
        if not _on_server(self._db):  # the server has no write-ahead log file of ours
            checkpoint(self._db)  # type: ignore[arg-type]

    # -- the services, one object each, reached from the facade ------------------------------------
    def service(self, kind: Callable[[CaseApp], S]) -> S:
        """The one `kind` service bound to this app, made on first use: `app.service(Workflow)`,
        `app.service(Accounts)`... The facade names no service module, so the services may import it without
        a circle."""
        made = self._services.get(kind)
        if made is None:
            made = self._services[kind] = kind(self)
        return made  # type: ignore[no-any-return]

    @contextmanager
    def change(self, action: str, entity: str, entity_id: str | None = None, *, actor: str | None,
               detail: dict[str, Any] | None = None, at: str | None = None,
               signing_key: Ed25519PrivateKey | None = None) -> Iterator[Change]:
        """One transaction and its audit entry: `with app.change("update", "case", number, actor=login) as
        work:` writes through the stores, records the rows it wrote in `work.ledger` and may add to
        `work.detail` (or set `work.entity_id`, for a record numbered inside the transaction); the entry is
        appended when the block ends (unless the block called `work.skip()`), and nothing is written if it
        raises. `at` is the entry's time (default: now); `signing_key` signs the entry instead of the actor's
        key from the keyring (a password change is signed with the key it replaces). Driver errors come out
        as DatabaseBusy, DiskFull or DatabaseError, with everything rolled back."""
        with self._store.transaction():
            work = Change(at=at or self.now_utc_text(), ledger=self._audit.ledger(), action=action, actor=actor,
                          entity_id=entity_id, detail=dict(detail or {}))
            yield work
            if not work.skipped:
                work.hash = self._audit.append(at=work.at, actor=work.actor, action=work.action, entity=entity,
                                               entity_id=work.entity_id, detail=work.detail, ledger=work.ledger,
                                               signing_key=signing_key)

    @contextmanager
    def together(self) -> Iterator[None]:
        """Several changes kept all or none: each `change()` inside keeps its own audit entry (a savepoint), and
        nothing is committed until the block ends (a receipt by scanning: one custody event per exhibit)."""
        with self._store.transaction():
            yield

    @contextmanager
    def reading(self) -> Iterator[None]:
        """One consistent read of several stores (a report's case, custody and audit entries), no entry."""
        with self._store.transaction():
            yield

    # -- settings and the audit trail, read -------------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        return self._store.setting(key, default)

    def history(self, entity: str, entity_id: str | None) -> list[AuditEntry]:
        """The audit entries about one record, oldest first."""
        return self._audit.entries(entity, entity_id)

    def case_history(self, case_number: str) -> list[AuditEntry]:
        """The case's own entries and its exhibits' custody entries, oldest first."""
        found = {e.id: e for e in self._audit.entries("case", case_number)}
        case = self._store.get(case_number)
        for exhibit in case.exhibits if case is not None else []:
            for entry in self._audit.entries("exhibit", f"{case_number}/{exhibit.number}"):
                found[entry.id] = entry
        return [found[k] for k in sorted(found)]

    def has_history(self) -> bool:
        """Whether the audit log has any entry (a new database file has none until initialise)."""
        return self._audit.has_entries()

    def exhibit_ties(self, exhibit_id: int) -> tuple[int, int]:
        """(custody events, attachments) of a stored exhibit: what keeps it from leaving its case."""
        return self._store.custody_event_count(exhibit_id), self._store.attachment_count(exhibit_id)

    # -- time ---------------------------------------------------------------------------------
    def timezone(self) -> ZoneInfo | None:
        name = self._store.setting(TIMEZONE_KEY)
        if not name:
            return None
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            return None

    def now_utc_text(self) -> str:
        return self.clock().astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")

    def local_now(self) -> datetime:
        """Now in the agency's time zone (setting 'timezone'; the machine's zone when unset), naive."""
        zone = self.timezone()
        moment = self.clock()
        local = moment.astimezone(zone) if zone else moment.astimezone()
        return local.replace(tzinfo=None)

    # -- set-up -------------------------------------------------------------------------------
    def initialise(self, *, agency_code: str | None = None, timezone: str | None = None,
                   actor: str | None = None) -> Done[None]:
        """Migrate and record the database's creation; on a new database (no accounts yet) also set the agency
        code and time zone. Once accounts exist only an admin changes them (services.settings)."""
        if timezone:
            timezone = time_zone(timezone)
        if agency_code:
            agency_code = checked_agency_code(agency_code)
        with self.change("init", "database", actor=actor) as work:
            if (agency_code or timezone) and self._stores.users.count() > 0:
                raise CaseAppError(i18n.translate(
                    "Database", "accounts exist: the agency settings are changed by an admin (Admin > Agency "
                                "settings in the window, or caseapp-cli --user ADMIN init --agency/--timezone)"))
            changes = {}
            rowids = []
            if agency_code:
                rowids.append(self._store.set_setting(AGENCY_CODE_KEY, agency_code))
                changes[AGENCY_CODE_KEY] = agency_code
            if timezone:
                rowids.append(self._store.set_setting(TIMEZONE_KEY, timezone))
                changes[TIMEZONE_KEY] = timezone
            work.ledger.record_live("settings", rowids)
            if changes or not self._audit.has_entries():
                work.detail.update({"schema": self._schema_version(), **changes})
            else:
                work.skip()
        return Done(None, Changes(settings=True, audit=True))

    def _schema_version(self) -> str:
        if _on_server(self._db):
            from caseapp.store.postgres.db import schema_version as server_schema_version

            return server_schema_version(self._db)  # type: ignore[arg-type]
        return schema_version(self._db)  # type: ignore[arg-type]

    # -- cases --------------------------------------------------------------------------------
    def check(self, case: Case, *, complete: bool = False) -> tuple[Case, ValidationReport]:
        normal = normalise_case(case, self.catalogue)
        return normal, validate(normal, self.catalogue, now=self.local_now(), complete=complete)

    def record_case(self, case: Case, *, actor: str | None) -> Done[Case]:
        """Validate and save a new case (a draft may be incomplete) in one transaction, audited."""
        normal, report = self.check(case)
        if not report.ok:
            raise ValidationFailed(
                "the case was not saved: " + "; ".join(str(i) for i in report.errors), report
            )
        with self.change("create", "case", actor=actor) as work:
            stored = self._store.add(normal, actor=actor, at=work.at, ledger=work.ledger)
            work.entity_id = stored.case_number
            work.detail["exhibits"] = len(stored.exhibits)
        return Done(stored, Changes.case(stored.case_number))

    def get_case(self, case_number: str) -> Case:
        case = self._store.get(case_number.strip())
        if case is None:
            raise NotFound(i18n.translate("Database", "no case {case_number}").format(case_number=case_number))
        return case

    # -- integrity ------------------------------------------------------------------------------
    def verify(self, anchor: str | None = None, admin_key: str | None = None) -> VerifyReport:
        """The database checked against its audit trail; `anchor` is a chain hash printed earlier (on a
        report or with a backup) that must still be in the chain, so removing the newest entries shows;
        `admin_key` is the first admin's key fingerprint printed earlier, the root every signature is
        trusted from, so a chain rewritten from its start with keys of its own shows."""
        if _on_server(self._db):
            from caseapp.store.postgres.verify import verify_server

            report = verify_server(self._db, admin_key=admin_key, catalogue=self.catalogue)  # type: ignore[arg-type]
        else:
            report = verify_database(self._db, admin_key=admin_key, catalogue=self.catalogue)  # type: ignore[arg-type]
        if anchor:
            digest = anchor.strip().lower()
            if not self._audit.has_hash(digest):
                report.fail(f"the anchor hash {digest[:16]}... is not in the audit chain: entries were removed "
                            "or the chain was rewritten")
        return report

    def copy_to_server(self, where: str | DatabaseLocation) -> tuple[dict[str, int], VerifyReport]:
        """Copy this SQLite database whole into an empty server database (`migrate --to`): rows per table, and
        verify's report on the copy (its chain hash is this file's)."""
        location = database_location(where)
        if location.url is None:
            raise DatabaseError(i18n.translate(
                "Database", "{location} is not a server: migrate --to takes a postgresql:// URL").format(
                location=location))
        if self.location.server:
            raise DatabaseError(i18n.translate("Database", "this database is on a server already"))
        from caseapp.store.postgres.copy import copy_into, is_empty_server_database
        from caseapp.store.postgres.db import connect, open_server

        probe = connect(location.url)
        try:
            empty = is_empty_server_database(probe)
        finally:
            probe.close()
        if not empty:
            raise DatabaseError(i18n.translate(
                "Database", "{location} is not empty: a copy goes into an empty database").format(
                location=location))
        target = open_server(location.url, str(location))
        try:
            copied = copy_into(self._db, target, was_empty=empty)
        finally:
            target.close()
        copy = CaseApp.open(location, catalogue=self.bundled_catalogue, clock=self.clock)
        try:
            report = copy.verify()
            # each account becomes a server login, which cannot sign in until it has a password: the file's
            # argon2 hashes cannot become the server's SCRAM verifiers (the owner gives the first admin one
            # with ALTER ROLE ... PASSWORD; that admin then sets the others' with 'user passwd')
            users = copy._stores.users
            for record in users.list():
                try:
                    assert users.logins is not None  # a server's
                    users.logins.create(record.login, None, record.role)
                except DatabaseError as exc:  # a login of that name exists on the server (another database's)
                    report.notes.append(f"account {record.login} has no login of its own here: {exc}; the "
                                        "server's administrator grants the existing login the group "
                                        f"{record.role} of this database if it is the same person")
            return copied, report
        finally:
            copy.close()

    def copy_to_file(self, target: Path) -> None:
        """A consistent copy of the database as an SQLite file (a backup): the file's own with the online backup
        API, a server's through a snapshot copied row by row (the application's own format, read by restore and
        verify like any other file)."""
        if not _on_server(self._db):
            backup_database(self._db, target)  # type: ignore[arg-type]
            return
        from caseapp.store.postgres.copy import copy_out
        from caseapp.store.postgres.errors import translated as server_errors

        copy = open_database(target)
        try:
            with server_errors():
                copy_out(self._db, copy)  # type: ignore[arg-type]
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()

    def admin_key_fingerprint(self) -> str:
        """The fingerprint of the first admin's first signing key ('' before there is one): printed on
        reports and beside backups, for `verify --admin-key`."""
        return first_admin_fingerprint(self._db)  # type: ignore[arg-type]  # the server's speaks the same SQL

    # -- search -------------------------------------------------------------------------------
    def search(self, query: SearchQuery) -> list[SearchRow]:
        return self._finder.rows(query)

    def count(self, query: SearchQuery) -> int:
        return self._finder.count(query)

    def totals(self, query: SearchQuery) -> SearchTotals:
        return self._finder.totals(query)

    def search_cases(self, query: SearchQuery) -> list[CaseRow]:
        """The matches grouped by case."""
        return self._finder.case_rows(query)

    # -- the case list --------------------------------------------------------------------------
    def case_page(self, query: CaseListQuery, offset: int, limit: int) -> list[CaseListRow]:
        return self._case_list.page(query, offset, limit)

    def case_count(self, query: CaseListQuery) -> int:
        return self._case_list.count(query)

    def counts(self) -> tuple[int, int]:
        """(cases, exhibits) in the database."""
        return self._store.count_cases(), self._store.count_exhibits()
