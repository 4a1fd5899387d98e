"""Rows of an IDS import assembled from their parts (caseapp.io.ids_parts) instead of a Case each.

Each distinct part is turned into stored values once. For a single cell: the cases row of the part's own
case, compared with the row of the same neutral case with that cell blank, gives the columns the cell decides
(its "diff"), and likewise its search terms. For a drug with an amount: the exhibit's row. A row of the file
is the blank template with its parts' diffs laid over it, written through the BulkWriter (ids, case numbers,
audit ledger, search terms and full text as for any import).

The first row and every SAMPLE-th row after it are also made whole (row_to_case, normalise, case_row,
exhibit_row, fts_row) and compared; a difference stops the import (PartsMismatch) before anything assembled
wrong is committed. tests/store/test_parts_writer.py holds whole imports to the row-by-row writer.
"""

from __future__ import annotations

from typing import Any

from caseapp.core.model import Case, SourceRecord
from caseapp.store.contract.parts import SAMPLE, Part, PartsMismatch, PartsRow, PartsSource, remember
from caseapp.store.contract.terms import case_terms, derived_terms, exhibit_substance_terms, in_case_term_order
from caseapp.store.sqlite.audit import Ledger
from caseapp.store.sqlite.writer import (
    _COMPACT_JSON,
    CASE_COLUMNS,
    BulkWriter,
    RowStore,
    _json_list,
    _source_json,
    case_row,
    exhibit_number,
    exhibit_row,
    fts_concealment_text,
    fts_place_text,
    fts_row,
    stamp_new,
)

_AT = {name: CASE_COLUMNS.index(name) for name in CASE_COLUMNS}
#: the columns of a cases row that are the row's own, whatever its parts
OWN = frozenset((_AT["id"], _AT["case_number"], _AT["source"]))
FIRST = exhibit_number(1)  # the number of a case's one exhibit
OCCURRED, PLACE, REGION, COUNTRY, PLACE_TYPE, CONCEALMENT, SOURCE = (
    _AT[c] for c in ("occurred_at", "place_name", "region", "country", "place_type", "concealment", "source"))


class PartsWriter:
    """Writes the PartsRows of one import through a BulkWriter, inside the caller's transaction."""

    def __init__(self, store: RowStore, reader: PartsSource, *, actor: str | None, at: str,
                 ledger: Ledger | None) -> None:
        self.bulk = BulkWriter(store, actor=actor, at=at, ledger=ledger)
        self.catalogue = store.catalogue
        self.actor, self.at = actor, at
        self.reader = reader
        self._prefix = _COMPACT_JSON.encode({"format": reader.source_format, "cells": []})[:-2]
        self.template = self._case_row(self._blank(reader.single))
        self._without: dict[int, tuple[tuple[Any, ...], frozenset[str]]] = {}
        self._singles: dict[int, tuple[tuple[tuple[int, Any], ...], tuple[str, ...]]] = {}
        self._drugs: dict[int, tuple[tuple[str, ...], tuple[str, ...], str]] = {}
        self._amounts: dict[int, tuple[Any, ...]] = {}
        self._cells: dict[str, str] = {}
        self._terms_json: dict[tuple[str, ...], str] = {}
        self._rows = 0

    @property
    def first_case_id(self) -> int | None:
        return self.bulk.first_case_id

    def _blank(self, positions: tuple[int, ...]) -> Case:
        """The neutral row's case with these cells blank (its issues do not matter: only its stored values)."""
        row = list(self.reader.neutral_cells)
        for position in positions:
            row[position] = ""
        case, _ = self.reader.checked(tuple(row))
        return case

    def _case_row(self, case: Case) -> tuple[Any, ...]:
        stamp_new(case, self.actor, self.at)
        return case_row(case)

    def _single(self, position: int, part: Part) -> tuple[tuple[tuple[int, Any], ...], tuple[str, ...]]:
        """The columns one cell decides and the case terms it gives."""
        without = self._without.get(position)
        if without is None:
            case = self._blank((position,))
            without = self._without[position] = (self._case_row(case), frozenset(case_terms(case)))
        own = self._case_row(part.case)
        diff = tuple((j, value) for j, value in enumerate(own) if j not in OWN and value != without[0][j])
        known = (diff, tuple(t for t in case_terms(part.case) if t not in without[1]))
        remember(self._singles, part.serial, known, 4)
        return known

    def _drug(self, part: Part) -> tuple[tuple[str, ...], tuple[str, ...], str]:
        """A drug's substance terms, the schedule terms they derive, and its full-text substance."""
        exhibit = part.case.exhibits[0]
        terms = exhibit_substance_terms(self.catalogue, exhibit.substance, None)
        known = (terms, derived_terms(self.catalogue, terms),
                 fts_row("", 0, exhibit.substance, None, "", "", "", "", "")[1])
        remember(self._drugs, part.serial, known)
        return known

    def add(self, row: PartsRow) -> None:
        case = list(self.template)
        gathered: list[str] = []
        singles = self._singles
        for position, part in zip(self.reader.single, row.singles, strict=True):
            known = singles.get(part.serial) or self._single(position, part)
            for j, value in known[0]:
                case[j] = value
            gathered.extend(known[1])
        case_id, exhibit_id = self.bulk.new_ids()
        case[0], case[1], case[SOURCE] = case_id, self.bulk.next_number(), self._source(row.raw)
        substance_terms, derived, fts_substance = self._drugs.get(row.drug.serial) or self._drug(row.drug)
        stored_terms = substance_terms + in_case_term_order(gathered)
        terms_text = self._terms_json.get(stored_terms)
        if terms_text is None:
            terms_text = _json_list(list(stored_terms))
            remember(self._terms_json, stored_terms, terms_text)
        amount = self._amounts.get(row.amount.serial)
        if amount is None:
            amount = exhibit_row(0, 0, row.amount.exhibit, "", self.catalogue, "")
            remember(self._amounts, row.amount.serial, amount)
        sort_key = case[OCCURRED] or ""
        exhibit = (exhibit_id, case_id, FIRST, sort_key, *amount[4:-1], terms_text)
        place_text = fts_place_text(case[PLACE], "", "", case[REGION], case[COUNTRY], case[PLACE_TYPE])
        fts = fts_row(sort_key, exhibit_id, None, None, "", "", place_text,
                      fts_concealment_text(case[CONCEALMENT], ""), "")
        fts = (fts[0], fts_substance, *fts[2:])
        stored = tuple(case)
        if self._rows % SAMPLE == 0:
            self._check(row, stored, exhibit, derived, fts)
        self._rows += 1
        self.bulk.queue(stored, exhibit, derived, fts)

    def _source(self, raw: list[str]) -> str:
        """The row's Case.source as stored (_source_json), from each cell's JSON text, kept."""
        texts = []
        for cell in raw:
            text = self._cells.get(cell)
            if text is None:
                text = _COMPACT_JSON.encode(self.reader.restore(cell))
                remember(self._cells, cell, text, 4)
            texts.append(text)
        return self._prefix + ",".join(texts) + "]}"

    def _check(self, row: PartsRow, stored: tuple[Any, ...], exhibit: tuple[Any, ...], derived: tuple[str, ...],
               fts: tuple[Any, ...]) -> None:
        """An assembled row against the same row made whole by the row-by-row rules and writer."""
        case = row.case(self.catalogue)
        case.id, case.case_number = stored[0], stored[1]
        whole_case = self._case_row(case)
        whole_source = _source_json(SourceRecord(self.reader.source_format, row.cells))
        item = case.exhibits[0]
        item.number = FIRST
        terms = exhibit_substance_terms(self.catalogue, item.substance, None)
        whole_exhibit = exhibit_row(exhibit[0], stored[0], item, case.occurred_at or "", self.catalogue,
                                    _json_list(list(terms + case_terms(case))))
        loc = case.location
        whole_fts = fts_row(case.occurred_at or "", exhibit[0], item.substance, None, item.description,
                            item.packaging, fts_place_text(loc.name, loc.address, loc.city, loc.region, loc.country,
                                                           loc.place_type),
                            fts_concealment_text(case.concealment, case.concealment_text), case.narrative)
        found = [name for name, assembled, whole in (
            ("case", stored, whole_case), ("source", stored[SOURCE], whole_source), ("exhibit", exhibit, whole_exhibit),
            ("schedule terms", derived, derived_terms(self.catalogue, terms)), ("full text", fts, whole_fts))
            if assembled != whole]
        if found:
            raise PartsMismatch(f"line {row.line}: the {', '.join(found)} row assembled from its parts differs from "
                                "the row made whole; nothing was imported")

    def flush(self) -> None:
        self.bulk.flush()
