"""The case list: one row per case, a page at a time, sorted and filtered in SQL.

Newest first (the default) and a status filter are range walks of the two cases_list_* indexes, so
the first page of a million cases reads a few hundred index entries. Sorting by another column scans
the cases table with a bounded top-N sort (measured in bench/gui_open.py). Per-case totals
(substances, kg-equivalent, hazard) are read for the page's cases only.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from caseapp.core import i18n
from caseapp.store.contract.queries import CASE_LIST_SORTS, CaseListQuery, CaseListRow
from caseapp.store.sqlite.search import fts_match_expression
from caseapp.store.sqlite.writer import exhibit_id_of_fts_rowid_sql

#: sort key (CASE_LIST_SORTS) -> SQL expression; each tie is broken by id, so paging never skips or repeats a row
SORTS: dict[str, str] = {
    "occurred_at": "coalesce(c.occurred_at, '~')",
    "case_number": "c.case_number",
    "place": "c.place_name",
    "origin": "c.origin_country",
    "status": "c.status",
    "officer": "c.officers",
}
assert tuple(SORTS) == CASE_LIST_SORTS

_ROW = ("c.id, c.case_number, c.occurred_at, c.place_name, c.city, c.country, c.origin_country, c.status, "
        "c.officers, c.created_by, c.version")

#: what a case number looks like while it is typed: letters, a hyphen, then digits (CBSA-2024-0001)
_CASE_NUMBER = re.compile(r"^[A-Za-z]{1,12}-\d[\d-]*$")


@dataclass(slots=True)
class _Totals:
    substances: list[str] = field(default_factory=list)
    exhibits: int = 0
    kg_mg: int | None = None
    estimate: bool = False
    partial: bool = False
    hazard: bool = False


class CaseListStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _where(self, query: CaseListQuery) -> tuple[str, list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        if query.status:
            clauses.append("c.status = ?")
            params.append(query.status)
        text = query.text.strip()
        if text and _CASE_NUMBER.match(text):
            # a case number typed whole or in part: a range of its unique index
            stem = text.upper()
            clauses.append("c.case_number >= ? AND c.case_number < ?")
            params.extend([stem, stem + "\U0010ffff"])
        elif text:
            match = fts_match_expression(text)
            if match is None:
                clauses.append("1 = 0")  # nothing searchable typed (only punctuation): nothing matches
            else:
                clauses.append(
                    f"c.id IN (SELECT e.case_id FROM exhibits e WHERE e.id IN "
                    f"(SELECT {exhibit_id_of_fts_rowid_sql('rowid')} FROM exhibits_fts WHERE exhibits_fts MATCH ?))"
                )
                params.append(match)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def _order(self, query: CaseListQuery) -> str:
        if query.sort not in SORTS:
            raise ValueError(i18n.translate(
                "Database", "cannot sort the case list by {sort!r}").format(
                sort=query.sort))
        direction = "DESC" if query.descending else "ASC"
        return f" ORDER BY {SORTS[query.sort]} {direction}, c.id {direction}"

    def page(self, query: CaseListQuery, offset: int, limit: int) -> list[CaseListRow]:
        match = self._text_by_date(query)
        if match is not None:
            rows = self._page_by_text(query, match, offset, limit)
        else:
            where, params = self._where(query)
            rows = self.db.execute(
                f"SELECT {_ROW} FROM cases c{where}{self._order(query)} LIMIT ? OFFSET ?", [*params, limit, offset]
            ).fetchall()
        if not rows:
            return []
        totals = self._totals([r[0] for r in rows])
        result = []
        for r in rows:
            t = totals.get(r[0]) or _Totals()
            result.append(CaseListRow(
                id=r[0], case_number=r[1], occurred_at=r[2], place_name=r[3], city=r[4], country=r[5],
                origin_country=r[6], status=r[7], officers=tuple(json.loads(r[8] or "[]")), created_by=r[9],
                version=r[10], substances=tuple(t.substances), exhibits=t.exhibits, kg_mg=t.kg_mg,
                kg_estimate=t.estimate, kg_partial=t.partial, hazard=t.hazard,
            ))
        return result

    def _text_by_date(self, query: CaseListQuery) -> str | None:
        """The FTS expression when words filter a list in date order: then the matches are read straight
        off the full-text rowids, which are numbered by seizure time, newest first with no sort."""
        text = query.text.strip()
        if query.sort != "occurred_at" or query.status or not text or _CASE_NUMBER.match(text):
            return None
        return fts_match_expression(text)

    def _page_by_text(self, query: CaseListQuery, match: str, offset: int, limit: int) -> list[tuple[Any, ...]]:
        """Matching exhibits stream newest first; their cases are taken in that order, each once, and
        the stream stops at the end of the page."""
        cursor = self._matching_cases(query, match)
        seen: set[int] = set()
        ids: list[int] = []
        for (case_id,) in cursor:
            if case_id in seen:
                continue
            seen.add(case_id)
            if len(seen) > offset:
                ids.append(case_id)
                if len(ids) == limit:
                    break
        cursor.close()
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        by_id = {r[0]: r for r in self.db.execute(f"SELECT {_ROW} FROM cases c WHERE c.id IN ({marks})", ids)}
        return [by_id[i] for i in ids if i in by_id]

    def _matching_cases(self, query: CaseListQuery, match: str) -> Any:
        """A cursor over the case ids of the matching exhibits in the list's date order (repeats kept)."""
        direction = "DESC" if query.descending else "ASC"
        return self.db.execute(
            "SELECT e.case_id FROM exhibits_fts f JOIN exhibits e "
            f"ON e.id = {exhibit_id_of_fts_rowid_sql('f.rowid')} WHERE exhibits_fts MATCH ? "
            f"ORDER BY f.rowid {direction}", [match])

    def _totals(self, case_ids: list[int]) -> dict[int, _Totals]:
        marks = ",".join("?" * len(case_ids))
        totals: dict[int, _Totals] = {}
        for case_id, substance, lab, kg_mg, estimate, hazard in self.db.execute(
            "SELECT case_id, substance, lab_substance, kg_mg, kg_estimate, hazard FROM exhibits "
            f"WHERE case_id IN ({marks}) ORDER BY case_id, number", case_ids
        ):
            total = totals.setdefault(case_id, _Totals())
            name = lab or substance  # a lab result names the substance better than a field guess
            if name and name not in total.substances:
                total.substances.append(name)
            total.exhibits += 1
            if kg_mg is None:
                total.partial = True
            else:
                total.kg_mg = (total.kg_mg or 0) + kg_mg
                total.estimate = total.estimate or bool(estimate)
            total.hazard = total.hazard or bool(hazard)
        return totals

    def count(self, query: CaseListQuery) -> int:
        where, params = self._where(query)
        return int(self.db.execute(f"SELECT count(*) FROM cases c{where}", params).fetchone()[0])

    def plan(self, query: CaseListQuery) -> list[str]:
        where, params = self._where(query)
        return [row[3] for row in self.db.execute(
            f"EXPLAIN QUERY PLAN SELECT c.id FROM cases c{where}{self._order(query)} LIMIT 200", params
        )]
