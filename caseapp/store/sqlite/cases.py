"""CaseStore: cases, their persons and exhibits, with the search terms and full-text rows kept beside.

Everything SQL about cases lives here. Callers hand in normalised core objects (see
caseapp.core.normalise) and get core objects back; they never see rows or cursors.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from sqlite_utils import Database

from caseapp.core import i18n
from caseapp.core.errors import ConcurrentChange
from caseapp.core.model import Case, Exhibit, LabResult, Location, Person, Quantity, SourceRecord
from caseapp.core.substances import Catalogue
from caseapp.store.contract.parts import PartsSource
from caseapp.store.sqlite.audit import Ledger
from caseapp.store.sqlite.editing import replace_case
from caseapp.store.sqlite.errors import translate, translated
from caseapp.store.sqlite.lab_results import write_lab_result
from caseapp.store.sqlite.parts_writer import PartsWriter
from caseapp.store.sqlite.writer import (
    CASE_COLUMNS,
    EXHIBIT_COLUMNS,
    BulkWriter,
    highest_serial,
)


def _decimal(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


class CaseStore:
    def __init__(self, db: Database, catalogue: Catalogue) -> None:
        self.db = db
        self.catalogue = catalogue

    # -- transactions -------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction (BEGIN IMMEDIATE: take the write lock up front, so two workstations
        wait on busy_timeout instead of failing half-way). Nested calls become savepoints. A driver error
        anywhere in it (a lock held too long, a full disk, a damaged file) rolls it back and is raised as
        the application's own (store.errors): DatabaseBusy, DiskFull or DatabaseError."""
        conn = self.db.conn
        if conn.in_transaction:
            with translated(), self.db.atomic():
                yield
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise translate(exc) from None
        try:
            yield
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise translate(exc) from None
            raise

    # -- settings -----------------------------------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> int:
        """Set a setting; returns its rowid (for the audit ledger)."""
        self.db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value]
        )
        return int(self.db.execute("SELECT rowid FROM settings WHERE key = ?", [key]).fetchone()[0])

    # -- numbering ----------------------------------------------------------------------------
    def reserve_case_numbers(self, prefix: str, year: int, how_many: int) -> int:
        """Reserve `how_many` serials for prefix-year; returns the first. Inside a transaction."""
        row = self.db.execute(
            "SELECT last FROM case_number_counters WHERE prefix = ? AND year = ?", [prefix, year]
        ).fetchone()
        last = row[0] if row else 0
        # a case number given by hand or imported may already use a higher serial
        last = max(last, highest_serial(self.db, prefix, year) or 0)
        self.db.execute(
            "INSERT INTO case_number_counters (prefix, year, last) VALUES (?, ?, ?) "
            "ON CONFLICT (prefix, year) DO UPDATE SET last = excluded.last",
            [prefix, year, last + how_many],
        )
        return last + 1

    def release_case_numbers(self, prefix: str, year: int, *, reserved_last: int, used_last: int) -> None:
        """Give back the end of a reservation (inside the transaction that made it)."""
        self.db.execute(
            "UPDATE case_number_counters SET last = ? WHERE prefix = ? AND year = ? AND last = ?",
            [used_last, prefix, year, reserved_last],
        )

    def case_number_exists(self, case_number: str) -> bool:
        return self.db.execute(
            "SELECT 1 FROM cases WHERE case_number = ?", [case_number]
        ).fetchone() is not None

    # -- writing ------------------------------------------------------------------------------
    def add(self, case: Case, *, actor: str | None, at: str, ledger: Ledger | None = None) -> Case:
        """Insert one normalised case (inside a transaction). Returns it with ids and numbers."""
        writer = BulkWriter(self, actor=actor, at=at, batch_size=1, ledger=ledger)
        stored = writer.add(case)
        writer.flush()
        return stored

    def parts_writer(self, reader: PartsSource, *, actor: str | None, at: str,
                     ledger: Ledger | None = None) -> PartsWriter:
        return PartsWriter(self, reader, actor=actor, at=at, ledger=ledger)

    def bulk_writer(self, *, actor: str | None, at: str, batch_size: int = 2000,
                    ledger: Ledger | None = None) -> BulkWriter:
        return BulkWriter(self, actor=actor, at=at, batch_size=batch_size, ledger=ledger)

    def replace(self, old: Case, new: Case, *, actor: str | None, at: str, ledger: Ledger) -> Case:
        """Write `new` (normalised) over the stored `old` inside the caller's transaction."""
        return replace_case(self, old, new, actor=actor, at=at, ledger=ledger)

    def write_lab_result(self, case: Case, exhibit_number: str, *, actor: str | None, at: str,
                         ledger: Ledger) -> None:
        """Write the lab result of one exhibit of `case` (normalised) and nothing else of the case."""
        write_lab_result(self, case, exhibit_number, actor=actor, at=at, ledger=ledger)

    # -- reading ------------------------------------------------------------------------------
    def get(self, case_number: str) -> Case | None:
        row = self.db.execute(
            f"SELECT {', '.join(CASE_COLUMNS)} FROM cases WHERE case_number = ?", [case_number]
        ).fetchone()
        if row is None:
            return None
        return next(iter(self._assemble([row])))

    def get_by_id(self, case_id: int) -> Case | None:
        row = self.db.execute(
            f"SELECT {', '.join(CASE_COLUMNS)} FROM cases WHERE id = ?", [case_id]
        ).fetchone()
        return next(iter(self._assemble([row]))) if row else None

    def iter_cases(self, batch_size: int = 500) -> Iterator[Case]:
        """Every case in id order, read in batches so memory stays flat."""
        last_id = 0
        while True:
            rows = self.db.execute(
                f"SELECT {', '.join(CASE_COLUMNS)} FROM cases WHERE id > ? ORDER BY id LIMIT ?",
                [last_id, batch_size],
            ).fetchall()
            if not rows:
                return
            yield from self._assemble(rows)
            last_id = rows[-1][0]

    def custody_event_count(self, exhibit_id: int) -> int:
        return int(self.db.execute("SELECT count(*) FROM custody_events WHERE exhibit_id = ?",
                                   [exhibit_id]).fetchone()[0])

    def attachment_count(self, exhibit_id: int) -> int:
        return int(self.db.execute("SELECT count(*) FROM attachments WHERE exhibit_id = ?",
                                   [exhibit_id]).fetchone()[0])

    def set_status(self, case: Case, status: str, *, actor: str | None, at: str,
                   approved_by: str | None = None, approved_at: str | None = None) -> int:
        """Change a case's status (with the version check); returns the new version."""
        cursor = self.db.execute(
            "UPDATE cases SET status = ?, approved_by = ?, approved_at = ?, version = version + 1 "
            "WHERE id = ? AND version = ?", [status, approved_by, approved_at, case.id, case.version])
        if cursor.rowcount != 1:
            raise ConcurrentChange(i18n.translate(
                "Database", "case {case_number} was changed by someone else; reopen it").format(
                case_number=case.case_number))
        return case.version + 1

    def count_cases(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM cases").fetchone()[0])

    def count_exhibits(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM exhibits").fetchone()[0])

    def _assemble(self, case_rows: list[tuple[Any, ...]]) -> list[Case]:
        ids = [r[0] for r in case_rows]
        marks = ",".join("?" * len(ids))
        exhibits: dict[int, list[Exhibit]] = {i: [] for i in ids}
        for row in self.db.execute(
            f"SELECT {', '.join(EXHIBIT_COLUMNS)} FROM exhibits WHERE case_id IN ({marks}) "
            "ORDER BY case_id, number", ids
        ):
            exhibits[row[1]].append(_exhibit_from_row(dict(zip(EXHIBIT_COLUMNS, row, strict=True))))
        persons: dict[int, list[Person]] = {i: [] for i in ids}
        for row in self.db.execute(
            f"SELECT case_id, role, name, date_of_birth, nationality FROM persons WHERE case_id IN ({marks}) "
            "ORDER BY case_id, position", ids
        ):
            persons[row[0]].append(Person(role=row[1], name=row[2], date_of_birth=row[3], nationality=row[4]))
        cases = []
        for row in case_rows:
            values = dict(zip(CASE_COLUMNS, row, strict=True))
            cases.append(_case_from_row(values, persons[values["id"]], exhibits[values["id"]]))
        return cases


def _case_from_row(r: dict[str, Any], persons: list[Person], exhibits: list[Exhibit]) -> Case:
    return Case(
        id=r["id"], case_number=r["case_number"], occurred_at=r["occurred_at"], recorded_at=r["recorded_at"],
        agency=r["agency"], unit=r["unit"], officers=json.loads(r["officers"]),
        location=Location(
            name=r["place_name"], address=r["address"], city=r["city"], region=r["region"],
            country=r["country"], lat=_decimal(r["lat"]), lon=_decimal(r["lon"]), place_type=r["place_type"],
        ),
        detection=r["detection"], transport=r["transport"], conveyance=r["conveyance"],
        concealment=r["concealment"], concealment_text=r["concealment_text"], routing=r["routing"],
        origin_country=r["origin_country"], departure_country=r["departure_country"],
        transit_countries=json.loads(r["transit_countries"]), destination_country=r["destination_country"],
        persons=persons, narrative=r["narrative"], exhibits=exhibits, status=r["status"],
        created_by=r["created_by"], created_at=r["created_at"], updated_by=r["updated_by"],
        updated_at=r["updated_at"], approved_by=r["approved_by"], approved_at=r["approved_at"],
        version=r["version"], source=_source(r["source"]),
    )


def _source(text: str | None) -> SourceRecord | None:
    if not text:
        return None
    data = json.loads(text)
    claims = data.get("claims") or {}
    return SourceRecord(data["format"], tuple(data["cells"]), tuple((k, v) for k, v in claims.items()))


def _exhibit_from_row(r: dict[str, Any]) -> Exhibit:
    quantity = None
    if r["quantity_unknown"]:
        quantity = Quantity(None, r["unit"], bool(r["approximate"]))
    elif r["quantity"] is not None:
        quantity = Quantity(Decimal(r["quantity"]), r["unit"], bool(r["approximate"]))
    count = Quantity(Decimal(r["count"]), r["count_unit"]) if r["count"] is not None else None
    lab = None
    if r["lab_substance"] or r["lab_purity"] is not None or r["lab_name"] or r["lab_certificate"]:
        lab = LabResult(r["lab_substance"], _decimal(r["lab_purity"]), r["lab_name"], r["lab_certificate"])
    return Exhibit(
        id=r["id"], number=r["number"], kind=r["kind"], substance=r["substance"],
        substance_id=r["substance_id"], form=r["form"], quantity=quantity, count=count,
        measure=r["measure"], packages=r["packages"], packaging=r["packaging"], field_test=r["field_test"],
        lab=lab, description=r["description"],
        hazard=None if r["hazard_manual"] is None else bool(r["hazard_manual"]),
        kg_mg=r["kg_mg"], kg_estimate=bool(r["kg_estimate"]), hazard_flag=bool(r["hazard"]),
    )


