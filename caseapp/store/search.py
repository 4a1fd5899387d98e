"""SearchQuery -> rows (one per matching exhibit, newest first) and counts.

The same query object serves the command line, the GUI and the reports. Substance and group filters
drive from exhibit_terms (one index range, already in date order); the rest are checks on the joined
case and exhibit. Free text goes through FTS5 with every user term quoted, so no typed text can
break the MATCH syntax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlite_utils import Database

from caseapp.core.substances import Catalogue
from caseapp.core.text import name_key
from caseapp.store.writer import exhibit_id_of_fts_rowid_sql, fts_rowid

_LAST_ID = (1 << 32) - 1


@dataclass(frozen=True)
class SearchQuery:
    substance: str | None = None
    analogues: bool = False
    group: str | None = None
    date_from: date | None = None
    date_to: date | None = None  # inclusive
    country: str | None = None  # ISO code of the country seized in
    origin: str | None = None  # ISO code of the origin (producing) country
    text: str | None = None
    limit: int = 100
    offset: int = 0


@dataclass(frozen=True)
class SearchRow:
    case_number: str
    exhibit_number: str
    occurred_at: str | None
    substance: str | None
    substance_id: str | None
    lab_substance: str | None
    group: str | None
    quantity: Decimal | None
    unit: str | None
    kg_mg: int | None
    kg_estimate: bool
    hazard: bool
    country: str | None
    origin_country: str | None
    place: str
    status: str


class UnknownFilter(ValueError):
    """A filter names something the catalogue does not know (for example a group)."""


_PHRASE = re.compile(r'"([^"]*)"')
_HAS_WORD = re.compile(r"\w", re.UNICODE)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def fts_match_expression(text: str) -> str | None:
    """A safe FTS5 MATCH expression from free text: quoted phrases stay phrases, every other word is
    quoted and prefix-matched; all terms must match. None when nothing searchable remains."""
    parts: list[str] = []
    text = _CONTROL.sub(" ", text)  # a NUL ends the string inside SQLite's FTS parser
    for index, chunk in enumerate(_PHRASE.split(text)):
        if index % 2 == 1:  # inside quotes: a phrase
            if _HAS_WORD.search(chunk):
                parts.append('"' + chunk.replace('"', '""') + '"')
            continue
        for word in chunk.split():
            if _HAS_WORD.search(word):
                parts.append('"' + word.replace('"', '""') + '"*')
    return " ".join(parts) if parts else None


ROW_COLUMNS = (
    "c.case_number, e.number, e.occurred_at, e.substance, e.substance_id, e.lab_substance, e.group_id, "
    "e.quantity, e.unit, e.kg_mg, e.kg_estimate, e.hazard, c.country, c.origin_country, "
    "c.place_name, c.city, c.status, e.quantity_unknown"
)


class CaseSearch:
    def __init__(self, db: Database, catalogue: Catalogue) -> None:
        self.db = db
        self.catalogue = catalogue

    def substance_term(self, query: SearchQuery) -> str | None:
        if not query.substance:
            return None
        substance = self.catalogue.find(query.substance)
        if substance is None:
            return "u:" + name_key(query.substance)
        if query.analogues and substance.family:
            return "f:" + substance.family
        return "s:" + substance.id

    def group_term(self, query: SearchQuery) -> str | None:
        if not query.group:
            return None
        group = self.catalogue.find_group(query.group)
        if group is None:
            raise UnknownFilter(f"'{query.group}' is not a substance group")
        return "g:" + group.id

    def _plan(self, query: SearchQuery) -> tuple[str, str, list[Any], str]:
        """(FROM clause, WHERE clause, parameters, ORDER BY) for a query."""
        where: list[str] = []
        params: list[Any] = []
        terms = [t for t in (self.substance_term(query), self.group_term(query),
                             "c:" + query.country if query.country else None,
                             "o:" + query.origin if query.origin else None) if t]
        expression = fts_match_expression(query.text) if query.text else None
        if expression is not None and not terms:
            # text drives: matches come newest first off the full-text rowid order, no sort
            source = (f"exhibits_fts f JOIN exhibits e ON e.id = {exhibit_id_of_fts_rowid_sql('f.rowid')} "
                      "JOIN cases c ON c.id = e.case_id")
            where.append("exhibits_fts MATCH ?")
            params.append(expression)
            if query.date_from:
                where.append("f.rowid >= ?")
                params.append(fts_rowid(query.date_from.isoformat(), _LAST_ID))
            if query.date_to:
                where.append("f.rowid < ?")
                params.append(fts_rowid((query.date_to + timedelta(days=1)).isoformat(), _LAST_ID))
            return source, " AND ".join(where), params, "f.rowid DESC"
        if terms:
            source = ("exhibit_terms t JOIN exhibits e ON e.id = t.exhibit_id "
                      "JOIN cases c ON c.id = e.case_id")
            where.append("t.term = ?")
            params.append(terms[0])
            for extra in terms[1:]:
                where.append("EXISTS (SELECT 1 FROM exhibit_terms t2 WHERE t2.term = ? "
                             "AND t2.occurred_at = t.occurred_at AND t2.exhibit_id = t.exhibit_id)")
                params.append(extra)
            sort_col, id_col = "t.occurred_at", "t.exhibit_id"
        else:
            source = "exhibits e JOIN cases c ON c.id = e.case_id"
            sort_col, id_col = "e.occurred_at", "e.id"
        if query.date_from:
            where.append(f"{sort_col} >= ?")
            params.append(query.date_from.isoformat())
        if query.date_to:
            where.append(f"{sort_col} < ?")
            params.append((query.date_to + timedelta(days=1)).isoformat())
        if expression is not None:
            where.append(f"e.id IN (SELECT {exhibit_id_of_fts_rowid_sql('rowid')} FROM exhibits_fts "
                         "WHERE exhibits_fts MATCH ?)")
            params.append(expression)
        clause = " AND ".join(where) if where else "1"
        return source, clause, params, f"{sort_col} DESC, {id_col}"

    def rows(self, query: SearchQuery) -> list[SearchRow]:
        source, clause, params, order = self._plan(query)
        sql = f"SELECT {ROW_COLUMNS} FROM {source} WHERE {clause} ORDER BY {order} LIMIT ? OFFSET ?"
        cursor = self.db.execute(sql, [*params, query.limit, query.offset])
        return [_row(r) for r in cursor.fetchall()]

    def count(self, query: SearchQuery) -> int:
        source, clause, params, _ = self._plan(query)
        if source.startswith("exhibit_terms t") and "MATCH" not in clause:
            # nothing to check on the exhibit or its case: count the covering term range alone
            source = "exhibit_terms t"
        elif source.startswith("exhibits_fts f"):
            source = "exhibits_fts f"  # the matches alone
        return int(self.db.execute(f"SELECT count(*) FROM {source} WHERE {clause}", params).fetchone()[0])

    def explain(self, query: SearchQuery) -> list[str]:
        source, clause, params, order = self._plan(query)
        sql = f"SELECT {ROW_COLUMNS} FROM {source} WHERE {clause} ORDER BY {order} LIMIT ? OFFSET ?"
        return [r[3] for r in self.db.execute("EXPLAIN QUERY PLAN " + sql, [*params, query.limit, query.offset])]


def _row(r: tuple[Any, ...]) -> SearchRow:
    (case_number, number, occurred_at, substance, substance_id, lab_substance, group_id, quantity, unit,
     kg_mg, kg_estimate, hazard, country, origin, place_name, city, status, quantity_unknown) = r
    return SearchRow(
        case_number=case_number, exhibit_number=number, occurred_at=occurred_at or None,
        substance=substance, substance_id=substance_id, lab_substance=lab_substance, group=group_id,
        quantity=None if quantity is None or quantity_unknown else Decimal(quantity), unit=unit,
        kg_mg=kg_mg, kg_estimate=bool(kg_estimate), hazard=bool(hazard), country=country,
        origin_country=origin, place=", ".join(filter(None, (place_name, city))), status=status,
    )
