"""Rows going into the store: the table layouts, case numbering, and BulkWriter, which buffers
normalised cases with their exhibits, persons, search terms and full-text rows and writes them with
executemany inside the caller's transaction."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from sqlite_utils import Database

from caseapp.core import i18n, vocab
from caseapp.core.agency import AGENCY_CODE_KEY
from caseapp.core.countries import country_name
from caseapp.core.errors import Duplicate
from caseapp.core.model import Case, Exhibit, SourceRecord
from caseapp.core.substances import Catalogue
from caseapp.store.contract.terms import case_terms, derived_terms, exhibit_substance_terms
from caseapp.store.sqlite.audit import Ledger

CASE_COLUMNS = (
    "id", "case_number", "occurred_at", "recorded_at", "agency", "unit", "officers", "place_name",
    "address", "city", "region", "country", "lat", "lon", "place_type", "detection", "transport",
    "conveyance", "concealment", "concealment_text", "routing", "origin_country", "departure_country",
    "transit_countries", "destination_country", "narrative", "status", "created_by", "created_at",
    "updated_by", "updated_at", "approved_by", "approved_at", "version", "source",
)
EXHIBIT_COLUMNS = (
    "id", "case_id", "number", "occurred_at", "kind", "substance", "substance_id", "group_id",
    "family_id", "form", "quantity", "unit", "quantity_unknown", "approximate", "count", "count_unit",
    "measure", "packages", "packaging", "field_test", "lab_substance", "lab_substance_id", "lab_purity",
    "lab_name", "lab_certificate", "hazard", "hazard_manual", "description", "kg_mg", "kg_estimate", "terms",
)
PERSON_COLUMNS = ("id", "case_id", "position", "role", "name", "date_of_birth", "nationality")
FTS_COLUMNS = ("rowid", "substance", "description", "place", "concealment", "narrative")


def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


INSERT_CASE = _insert_sql("cases", CASE_COLUMNS)
INSERT_EXHIBIT = _insert_sql("exhibits", EXHIBIT_COLUMNS)
INSERT_PERSON = _insert_sql("persons", PERSON_COLUMNS)
INSERT_EXHIBIT_REPLACE = INSERT_EXHIBIT.replace("INSERT INTO", "INSERT OR REPLACE INTO", 1)
INSERT_FTS = _insert_sql("exhibits_fts", FTS_COLUMNS)
TERMS_BATCH = 50_000  # exhibits whose search terms wait to be written together (larger runs in key order)
FTS_BATCH = 50_000  # full-text rows
#: the index rows of the terms an exhibit's row lists (exhibits.terms), made in SQL from what is stored, in
#: the table's key order, for the exhibits of one run of ids
INDEX_TERMS = (
    "INSERT OR IGNORE INTO exhibit_terms (term, occurred_at, exhibit_id) "
    "SELECT j.value, e.occurred_at, e.id FROM exhibits e, json_each(e.terms) j WHERE e.id BETWEEN ? AND ? "
    "ORDER BY 1, 2 DESC, 3"
)
#: the schedule terms derived from the stored ones (index rows only, never in exhibits.terms)
INSERT_TERM = "INSERT OR IGNORE INTO exhibit_terms (term, occurred_at, exhibit_id) VALUES (?, ?, ?)"

_PREFIX_CLEAN = re.compile(r"[^A-Z0-9]+")


def case_number_prefix(agency: str) -> str:
    cleaned = _PREFIX_CLEAN.sub("", agency.upper())
    return cleaned[:12] or "CASE"


def format_case_number(prefix: str, year: int, serial: int) -> str:
    return f"{prefix}-{year:04d}-{serial:06d}"


_CASE_NUMBER = re.compile(r"([A-Z0-9]{1,12})-(\d{4})-(\d{6})")


def parse_case_number(number: str) -> tuple[str, int, int] | None:
    """(prefix, year, serial) of a number in the generated form CODE-YYYY-NNNNNN, else None."""
    match = _CASE_NUMBER.fullmatch(number)
    return (match[1], int(match[2]), int(match[3])) if match else None


def highest_serial(db: Database, prefix: str, year: int) -> int | None:
    """The highest serial of the stored case numbers PREFIX-YEAR-NNNNNN (a range on the unique index:
    LIKE would scan the whole table)."""
    stem = f"{prefix}-{year:04d}-"
    top = db.execute(
        "SELECT max(case_number) FROM cases WHERE case_number >= ? AND case_number < ? AND length(case_number) = ?",
        [stem, stem[:-1] + ".", len(format_case_number(prefix, year, 0))],
    ).fetchone()[0]
    return int(top[-6:]) if top and top[-6:].isdigit() else None


def exhibit_number(position: int) -> str:
    return f"{position:02d}"


def _free_number(taken: set[str]) -> str:
    position = 1
    while exhibit_number(position) in taken:
        position += 1
    return exhibit_number(position)


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


# json.dumps with options builds a new encoder on every call; these are built once.
_JSON = json.JSONEncoder(ensure_ascii=False)
_COMPACT_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def case_row(case: Case) -> tuple[Any, ...]:
    """The cases row of a case, in the table's column order."""
    loc = case.location
    return (
        case.id, case.case_number, case.occurred_at, case.recorded_at, case.agency, case.unit,
        _json_list(case.officers), loc.name, loc.address, loc.city, loc.region,
        loc.country, _text(loc.lat), _text(loc.lon), loc.place_type, case.detection, case.transport,
        case.conveyance, case.concealment, case.concealment_text, case.routing, case.origin_country,
        case.departure_country, _json_list(case.transit_countries), case.destination_country,
        case.narrative, case.status, case.created_by, case.created_at, case.updated_by,
        case.updated_at, case.approved_by, case.approved_at, case.version,
        _source_json(case.source),
    )


def _source_json(source: SourceRecord | None) -> str | None:
    if source is None:
        return None
    data: dict[str, Any] = {"format": source.format, "cells": source.cells}
    if source.claims:  # absent when none: the rows written before claims existed keep their bytes and hashes
        data["claims"] = dict(source.claims)
    return _COMPACT_JSON.encode(data)


def _json_list(values: list[str]) -> str:
    return _JSON.encode(values) if values else "[]"


def exhibit_row(exhibit_id: int, case_id: int, exhibit: Exhibit, sort_key: str, catalogue: Catalogue,
                terms_text: str) -> tuple[Any, ...]:
    """The exhibits row of a normalised exhibit, in the table's column order."""
    substance = catalogue.substances.get(exhibit.substance_id or "")
    lab = exhibit.lab
    lab_substance = catalogue.find(lab.substance) if lab else None
    q = exhibit.quantity
    count = exhibit.count
    return (
        exhibit_id, case_id, exhibit.number, sort_key, exhibit.kind, exhibit.substance,
        exhibit.substance_id, substance.group if substance else None,
        substance.family if substance else None, exhibit.form,
        _text(q.value) if q else None, q.unit if q else None, int(bool(q and q.value is None)),
        int(bool(q and q.approximate)), _text(count.value) if count else None,
        count.unit if count else None, exhibit.measure, exhibit.packages, exhibit.packaging,
        exhibit.field_test, lab.substance if lab else None, lab_substance.id if lab_substance else None,
        _text(lab.purity_percent) if lab else None, lab.lab if lab else "",
        lab.certificate if lab else "", int(exhibit.hazard_flag),
        None if exhibit.hazard is None else int(exhibit.hazard), exhibit.description,
        exhibit.kg_mg, int(exhibit.kg_estimate), terms_text,
    )


def stamp_new(case: Case, actor: str | None, at: str) -> None:
    """Whoever writes the record here created it, now, whatever a file claims (files' claims are kept in
    case.source): ownership, the workflow and the signatures go by who entered the case in this database."""
    case.recorded_at = case.created_at = case.updated_at = at
    case.created_by = case.updated_by = actor
    case.approved_by = case.approved_at = None  # an approval is a supervisor's act here (Workflow.approve)
    case.version = case.version or 1


class RowStore(Protocol):
    """What the writer needs of the case store (caseapp.store.sqlite.cases.CaseStore): its database and
    catalogue, the agency code setting and the case number counters."""

    db: Database
    catalogue: Catalogue

    def setting(self, key: str, default: str | None = None) -> str | None: ...

    def case_number_exists(self, case_number: str) -> bool: ...

    def reserve_case_numbers(self, prefix: str, year: int, how_many: int) -> int: ...

    def release_case_numbers(self, prefix: str, year: int, *, reserved_last: int, used_last: int) -> None: ...


@dataclass
class BulkWriter:
    """Buffers normalised cases and writes them with executemany, inside the caller's transaction.

    Ids are assigned here (max(id) + 1 onwards, under the write lock), so exhibits, terms and
    full-text rows can be batched with their case.
    """

    store: RowStore
    actor: str | None
    at: str
    batch_size: int = 2000
    cases: list[tuple[Any, ...]] = field(default_factory=list)
    persons: list[tuple[Any, ...]] = field(default_factory=list)
    exhibits: list[tuple[Any, ...]] = field(default_factory=list)
    unindexed: list[int] = field(default_factory=list)  # exhibits whose search terms are not written yet
    derived: list[tuple[str, str, int]] = field(default_factory=list)  # their schedule terms' index rows
    fts: list[tuple[Any, ...]] = field(default_factory=list)
    written_cases: int = 0
    written_exhibits: int = 0
    _numbers_seen: set[str] = field(default_factory=set)
    _next_case_id: int = 0
    _next_exhibit_id: int = 0
    _next_person_id: int = 0
    ledger: Ledger | None = None
    replace_exhibits: bool = False  # an update rewrites kept exhibits under their ids
    first_case_id: int | None = None
    _serials: dict[tuple[str, int], tuple[int, int]] = field(default_factory=dict)
    _prefix: str | None = None
    _given_top: dict[tuple[str, int], int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        db = self.store.db
        self._next_case_id = int(db.execute("SELECT coalesce(max(id), 0) FROM cases").fetchone()[0]) + 1
        self._next_exhibit_id = int(db.execute("SELECT coalesce(max(id), 0) FROM exhibits").fetchone()[0]) + 1
        self._next_person_id = int(db.execute("SELECT coalesce(max(id), 0) FROM persons").fetchone()[0]) + 1
        self._term_cache: dict[tuple[str | None, str | None], tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self._terms_json: dict[tuple[str, ...], str] = {}

    def check_number(self, case_number: str) -> None:
        """Raise Duplicate when a given case number exists already (in the database or this batch)."""
        if case_number in self._numbers_seen or self.store.case_number_exists(case_number):
            raise Duplicate(i18n.translate(
                "Database", "case number {case_number} already exists").format(
                case_number=case_number))

    def next_number(self) -> str:
        """The next CODE-YYYY-NNNNNN, CODE being this database's agency code (its settings; "CASE" when
        none is set), never the agency typed on the case: "Canada Border Services Agency" typed in full
        must not become "CANADABORDER". Serials are reserved a thousand at a time past the highest number
        already in the database, so no per-case query is needed; numbers given by hand in this same
        batch are skipped."""
        if self._prefix is None:
            self._prefix = case_number_prefix(self.store.setting(AGENCY_CODE_KEY) or "CASE")
        prefix = self._prefix
        key = (prefix, int(self.at[:4]))
        while True:
            next_serial, end = self._serials.get(key, (0, 0))
            if next_serial >= end:
                next_serial = self.store.reserve_case_numbers(prefix, key[1], 1000)
                end = next_serial + 1000
            self._serials[key] = (next_serial + 1, end)
            number = format_case_number(prefix, key[1], next_serial)
            if number not in self._numbers_seen:
                return number

    def add(self, case: Case) -> Case:
        if case.case_number:
            self.check_number(case.case_number)
            number = case.case_number
            given = parse_case_number(number)
            if given is not None:  # a counter never stays below a number in its own form (verify checks)
                key = given[:2]
                self._given_top[key] = max(self._given_top.get(key, 0), given[2])
        else:
            number = self.next_number()
        self._numbers_seen.add(number)
        case_id = self._next_case_id
        self._next_case_id += 1
        if self.first_case_id is None:
            self.first_case_id = case_id
        case.id = case_id
        case.case_number = number
        stamp_new(case, self.actor, self.at)
        self.cases.append(case_row(case))
        self.add_children(case)
        if len(self.cases) >= self.batch_size:
            self._flush(partial=True)
        return case

    def queue(self, case: tuple[Any, ...], exhibit: tuple[Any, ...], derived: tuple[str, ...],
              fts: tuple[Any, ...]) -> None:
        """A case of one exhibit whose rows were made elsewhere (caseapp.store.sqlite.parts_writer), under the
        ids and number this writer handed out (new_ids, next_number); `derived`: its schedule terms."""
        if self.first_case_id is None:
            self.first_case_id = case[0]
        # numbers handed out by next_number come from reserved serials: none is kept (memory stays flat)
        self.cases.append(case)
        self.exhibits.append(exhibit)
        self.unindexed.append(exhibit[0])
        self.derived.extend((term, exhibit[3], exhibit[0]) for term in derived)
        self.fts.append(fts)
        if len(self.cases) >= self.batch_size:
            self._flush(partial=True)

    def new_ids(self) -> tuple[int, int]:
        """The ids of a new case and of its one exhibit."""
        case_id, exhibit_id = self._next_case_id, self._next_exhibit_id
        self._next_case_id += 1
        self._next_exhibit_id += 1
        return case_id, exhibit_id

    def add_children(self, case: Case, exhibit_ids: dict[str, int] | None = None) -> None:
        """Persons, exhibits, search terms and full-text rows of a case whose row is written already or
        buffered. exhibit_ids keeps the ids of exhibits that exist (an update), by exhibit number."""
        assert case.id is not None
        case_id = case.id
        loc = case.location
        for position, person in enumerate(case.persons, start=1):
            self.persons.append((self._next_person_id, case_id, position, person.role, person.name,
                                 person.date_of_birth, person.nationality))
            self._next_person_id += 1
        sort_key = case.occurred_at or ""
        place_text = fts_place_text(loc.name, loc.address, loc.city, loc.region, loc.country, loc.place_type)
        concealment_text = fts_concealment_text(case.concealment, case.concealment_text)
        places = case_terms(case)
        taken = {e.number for e in case.exhibits if e.number}
        if taken:  # numbers given by hand are kept: the other exhibits take the lowest numbers free, not "01"
            for exhibit in case.exhibits:
                if not exhibit.number:
                    exhibit.number = _free_number(taken)
                    taken.add(exhibit.number)
        for position, exhibit in enumerate(case.exhibits, start=1):
            known = (exhibit_ids or {}).get(exhibit.number or "")
            self._add_exhibit(case_id, position, exhibit, sort_key, place_text, concealment_text,
                              case.narrative, known, places)

    def _add_exhibit(self, case_id: int, position: int, exhibit: Exhibit, sort_key: str, place_text: str,
                     concealment_text: str, narrative: str, exhibit_id: int | None = None,
                     places: tuple[str, ...] = ()) -> None:
        if exhibit_id is None:
            exhibit_id = self._next_exhibit_id
            self._next_exhibit_id += 1
        exhibit.id = exhibit_id
        exhibit.number = exhibit.number or exhibit_number(position)
        lab_name = exhibit.lab.substance if exhibit.lab else None
        substance_terms, derived = self._terms(exhibit.substance, lab_name)
        self.exhibits.append(exhibit_row(exhibit_id, case_id, exhibit, sort_key, self.store.catalogue,
                                         self._terms_text(substance_terms + places)))
        # the index rows of the stored terms are made in SQL from exhibits.terms (_write_index); the schedule
        # terms are index rows only (terms.derived_terms)
        self.unindexed.append(exhibit_id)
        self.derived.extend((term, sort_key, exhibit_id) for term in derived)
        self.fts.append(fts_row(sort_key, exhibit_id, exhibit.substance, lab_name, exhibit.description,
                                exhibit.packaging, place_text, concealment_text, narrative))

    def _terms_text(self, terms: tuple[str, ...]) -> str:
        """The exhibit's terms as stored (a JSON list); few distinct lists occur, so they are kept."""
        text = self._terms_json.get(terms)
        if text is None:
            text = _json_list(list(terms))
            if len(self._terms_json) < 100_000:
                self._terms_json[terms] = text
        return text

    def _terms(self, suspected: str | None, confirmed: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(the substance terms stored with the exhibit, the schedule terms derived from them)."""
        key = (suspected, confirmed)
        cached = self._term_cache.get(key)
        if cached is not None:
            return cached
        catalogue = self.store.catalogue
        terms = exhibit_substance_terms(catalogue, suspected, confirmed)
        both = (terms, derived_terms(catalogue, terms))
        if len(self._term_cache) < 100_000:
            self._term_cache[key] = both
        return both

    def flush(self) -> None:
        """Write everything buffered."""
        self._flush(partial=False)

    def _flush(self, *, partial: bool) -> None:
        """Write what is buffered. A partial flush (a batch of cases is full) leaves search terms and
        full-text rows buffered until there are many: written in key order, larger runs cost less."""
        conn = self.store.db.conn
        if self.cases or self.exhibits or self.persons:
            if self.ledger is not None:
                for table, rows in (("cases", self.cases), ("persons", self.persons), ("exhibits", self.exhibits)):
                    for row in rows:
                        self.ledger.record_row(table, row[0], row)
            conn.executemany(INSERT_CASE, self.cases)
            conn.executemany(INSERT_PERSON, self.persons)
            conn.executemany(INSERT_EXHIBIT_REPLACE if self.replace_exhibits else INSERT_EXHIBIT, self.exhibits)
            self.written_cases += len(self.cases)
            self.written_exhibits += len(self.exhibits)
        for buffer in (self.cases, self.persons, self.exhibits):
            buffer.clear()
        # the index rows are made from the exhibits rows, so after them
        if not partial or len(self.unindexed) >= TERMS_BATCH or len(self.fts) >= FTS_BATCH:
            self._write_index()
        if partial:
            return
        # serials reserved but not used go back, so case numbers run on without gaps
        for (prefix, year), (next_serial, end) in self._serials.items():
            if next_serial < end:
                self.store.release_case_numbers(prefix, year, reserved_last=end - 1, used_last=next_serial - 1)
        self._serials.clear()
        for (prefix, year), serial in self._given_top.items():
            self.store.db.execute("UPDATE case_number_counters SET last = ? WHERE prefix = ? AND year = ? AND last < ?",
                                  [serial, prefix, year, serial])
        self._given_top.clear()

    def _write_index(self) -> None:
        """Search terms and full-text rows, in key order: the terms table is keyed (term, date newest
        first, exhibit), and FTS5 writes its pending rows out as a segment whenever a rowid is lower than the
        one before (in random order, one tiny segment per row)."""
        conn = self.store.db.conn
        if self.unindexed:
            for low, high in _runs(self.unindexed):
                conn.execute(INDEX_TERMS, (low, high))
            self.unindexed.clear()
        if self.derived:
            self.derived.sort(key=_term_order)
            conn.executemany(INSERT_TERM, self.derived)
            self.derived.clear()
        if self.fts:
            self.fts.sort()
            conn.executemany(INSERT_FTS, self.fts)
            self.fts.clear()


def _runs(ids: list[int]) -> list[tuple[int, int]]:
    """Sorted ids as runs of consecutive ids (an import writes one run; an edit a few ids)."""
    runs: list[tuple[int, int]] = []
    for exhibit_id in sorted(ids):
        if runs and exhibit_id <= runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], max(runs[-1][1], exhibit_id))
        else:
            runs.append((exhibit_id, exhibit_id))
    return runs


def _term_order(row: tuple[str, str, int]) -> str:
    """The terms table's key order as one string: term, then date newest first (the date's characters
    inverted, which sorts ISO text in reverse). Rows of one term and date keep their order (the sort is
    stable), which is exhibit id order as they were added."""
    return row[0] + "\x00" + row[1].translate(_INVERT) + _AFTER


_INVERT = {c: 0x10FF00 - c for c in range(128)}
_AFTER = "\U0010ffff"  # after every inverted character: a date sorts after the longer dates it begins

_ID_SPACE = 1 << 32
_EPOCH = date(1900, 1, 1).toordinal()


def fts_rowid(occurred_at: str | None, exhibit_id: int) -> int:
    """The full-text row of an exhibit is numbered by seizure time (minutes since 1900) and then exhibit
    id, so a text search reads its matches newest first straight off FTS5's rowid order, with no sort.
    Within one minute, lower exhibit ids come first when read in descending order."""
    minutes = 0
    if occurred_at:
        try:
            day = date.fromisoformat(occurred_at[:10])
            minutes = (day.toordinal() - _EPOCH) * 1440
            if len(occurred_at) >= 16:
                minutes += int(occurred_at[11:13]) * 60 + int(occurred_at[14:16])
        except ValueError:
            minutes = 0
    return max(minutes, 0) * _ID_SPACE + (_ID_SPACE - 1 - exhibit_id)


def fts_place_text(name: str, address: str, city: str, region: str, country: str | None,
                   place_type: str | None) -> str:
    """The `place` column of a case's full-text rows (the country and place type by name, so that words
    of them are found)."""
    return " ".join(filter(None, (name, address, city, region, country_name(country),
                                  vocab.PLACE_TYPE.label(place_type))))


def fts_concealment_text(concealment: str | None, concealment_text: str) -> str:
    return " ".join(filter(None, (vocab.CONCEALMENT.label(concealment), concealment_text)))


def fts_row(sort_key: str, exhibit_id: int, substance: str | None, lab_substance: str | None, description: str,
            packaging: str, place_text: str, concealment_text: str, narrative: str) -> tuple[Any, ...]:
    """An exhibit's full-text row as written (rowid first, then FTS_COLUMNS' text columns); verify rebuilds
    it from the stored rows with this same function."""
    return (fts_rowid(sort_key, exhibit_id), " ".join(filter(None, (substance, lab_substance))),
            " ".join(filter(None, (description, packaging))), place_text, concealment_text, narrative)


def exhibit_id_of_fts_rowid_sql(column: str) -> str:
    """SQL giving the exhibit id of a full-text rowid (the inverse of fts_rowid's low bits)."""
    return f"({_ID_SPACE - 1} - ({column} & {_ID_SPACE - 1}))"
