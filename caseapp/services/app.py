"""CaseApp: the one object the CLI and the GUI talk to. It opens the database and hands out the
use cases (record a case, import, export, search) with validation, one transaction each and an audit
entry for every change."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlite_utils import Database

from caseapp.core.agency import AGENCY_CODE_KEY, TIMEZONE_KEY, time_zone
from caseapp.core.agency import agency_code as checked_agency_code
from caseapp.core.errors import CaseAppError, NotFound, ValidationFailed
from caseapp.core.model import Case
from caseapp.core.normalise import normalise_case
from caseapp.core.signing import Keyring
from caseapp.core.substances import Catalogue, default_catalogue
from caseapp.core.validation import ValidationReport, validate
from caseapp.store.audit import AuditLog
from caseapp.store.case_list import CaseListQuery, CaseListRow, CaseListStore
from caseapp.store.cases import CaseStore
from caseapp.store.catalogue import LocalCatalogueStore
from caseapp.store.db import checkpoint, open_database, schema_version
from caseapp.store.search import CaseRow, CaseSearch, SearchQuery, SearchRow, SearchTotals
from caseapp.store.users import UserStore
from caseapp.store.verify import VerifyReport, verify_database
from caseapp.store.verify_entries import first_admin_fingerprint

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


class CaseApp:
    def __init__(self, db: Database, *, catalogue: Catalogue | None = None, clock: Clock = system_clock,
                 path: Path | None = None, keys: Keyring | None = None) -> None:
        self.db = db
        # The signing keys of the users signed in to this session (services.auth fills it at sign-in). A
        # window's worker connections are opened with the window's keyring, so their entries are signed too.
        self.keys = keys if keys is not None else Keyring()
        self.path = path
        self.clock = clock
        self.bundled_catalogue = catalogue or default_catalogue()
        self.catalogue = self.bundled_catalogue
        self.store = CaseStore(db, self.catalogue)
        self.finder = CaseSearch(db, self.catalogue)
        self.audit = AuditLog(db, self.keys)
        self.case_list = CaseListStore(db)
        self.refresh_catalogue()

    def refresh_catalogue(self) -> None:
        """The bundled catalogue with the agency's own entries (added by admins) merged in."""
        local = LocalCatalogueStore(self.db).entries()
        self.catalogue = self.bundled_catalogue.with_additions(local) if local else self.bundled_catalogue
        self.store.catalogue = self.catalogue
        self.finder.catalogue = self.catalogue

    @classmethod
    def open(cls, path: str | os.PathLike[str], **kwargs: object) -> CaseApp:
        return cls(open_database(path), path=None if str(path) == ":memory:" else Path(path), **kwargs)  # type: ignore[arg-type]

    def close(self) -> None:
        self.db.close()

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the database file (before the file is replaced or copied)."""
        checkpoint(self.db)

    # -- time ---------------------------------------------------------------------------------
    def timezone(self) -> ZoneInfo | None:
        name = self.store.setting(TIMEZONE_KEY)
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
                   actor: str | None = None) -> None:
        """Migrate and record the database's creation; on a new database (no accounts yet) also set the agency
        code and time zone. Once accounts exist only an admin changes them (services.settings)."""
        if timezone:
            timezone = time_zone(timezone)
        if agency_code:
            agency_code = checked_agency_code(agency_code)
        with self.store.transaction():
            if (agency_code or timezone) and UserStore(self.db).count() > 0:
                raise CaseAppError("accounts exist: the agency settings are changed by an admin (Admin > Agency "
                                   "settings in the window, or caseapp-cli --user ADMIN init --agency/--timezone)")
            changes = {}
            ledger = self.audit.ledger()
            rowids = []
            if agency_code:
                rowids.append(self.store.set_setting(AGENCY_CODE_KEY, agency_code))
                changes[AGENCY_CODE_KEY] = agency_code
            if timezone:
                rowids.append(self.store.set_setting(TIMEZONE_KEY, timezone))
                changes[TIMEZONE_KEY] = timezone
            ledger.record_live("settings", rowids)
            if changes or not self.audit.entries():
                self.audit.append(at=self.now_utc_text(), actor=actor, action="init", entity="database",
                                  entity_id=None, detail={"schema": schema_version(self.db), **changes},
                                  ledger=ledger)

    # -- cases --------------------------------------------------------------------------------
    def check(self, case: Case, *, complete: bool = False) -> tuple[Case, ValidationReport]:
        normal = normalise_case(case, self.catalogue)
        return normal, validate(normal, self.catalogue, now=self.local_now(), complete=complete)

    def record_case(self, case: Case, *, actor: str | None) -> Case:
        """Validate and save a new case (a draft may be incomplete) in one transaction, audited."""
        normal, report = self.check(case)
        if not report.ok:
            raise ValidationFailed(
                "the case was not saved: " + "; ".join(str(i) for i in report.errors), report
            )
        at = self.now_utc_text()
        with self.store.transaction():
            ledger = self.audit.ledger()
            stored = self.store.add(normal, actor=actor, at=at, ledger=ledger)
            self.audit.append(at=at, actor=actor, action="create", entity="case",
                              entity_id=stored.case_number, detail={"exhibits": len(stored.exhibits)},
                              ledger=ledger)
        return stored

    def get_case(self, case_number: str) -> Case:
        case = self.store.get(case_number.strip())
        if case is None:
            raise NotFound(f"no case {case_number}")
        return case

    # -- integrity ------------------------------------------------------------------------------
    def verify(self, anchor: str | None = None, admin_key: str | None = None) -> VerifyReport:
        """The database checked against its audit trail; `anchor` is a chain hash printed earlier (on a
        report or with a backup) that must still be in the chain, so removing the newest entries shows;
        `admin_key` is the first admin's key fingerprint printed earlier, the root every signature is
        trusted from, so a chain rewritten from its start with keys of its own shows."""
        report = verify_database(self.db, admin_key=admin_key)
        if anchor:
            digest = anchor.strip().lower()
            if not self.audit.has_hash(digest):
                report.fail(f"the anchor hash {digest[:16]}... is not in the audit chain: entries were removed "
                            "or the chain was rewritten")
        return report

    def admin_key_fingerprint(self) -> str:
        """The fingerprint of the first admin's first signing key ('' before there is one): printed on
        reports and beside backups, for `verify --admin-key`."""
        return first_admin_fingerprint(self.db)

    # -- search -------------------------------------------------------------------------------
    def search(self, query: SearchQuery) -> list[SearchRow]:
        return self.finder.rows(query)

    def count(self, query: SearchQuery) -> int:
        return self.finder.count(query)

    def totals(self, query: SearchQuery) -> SearchTotals:
        return self.finder.totals(query)

    def search_cases(self, query: SearchQuery) -> list[CaseRow]:
        """The matches grouped by case."""
        return self.finder.case_rows(query)

    # -- the case list --------------------------------------------------------------------------
    def case_page(self, query: CaseListQuery, offset: int, limit: int) -> list[CaseListRow]:
        return self.case_list.page(query, offset, limit)

    def case_count(self, query: CaseListQuery) -> int:
        return self.case_list.count(query)

    def counts(self) -> tuple[int, int]:
        """(cases, exhibits) in the database."""
        return self.store.count_cases(), self.store.count_exhibits()
