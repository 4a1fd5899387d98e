"""SearchQuery -> rows (one per matching exhibit, newest first), counts, totals and per-case rows.

The same query object serves the command line, the GUI and the reports. Every filter on a substance,
group, family or a case's field (countries, transport, concealment, place type, agency, region,
officer) is a term of exhibit_terms, one index range already in date order; with several, the most
selective drives and the others are probed by key. Status, hazard, kg-equivalent range and
suspected/confirmed are checks on the joined rows. Free text goes through FTS5 with every user term
quoted, so no typed text can break the MATCH syntax.
"""

from __future__ import annotations

import json
import re
from datetime import timedelta
from decimal import Decimal
from typing import Any

from sqlite_utils import Database

from caseapp.core import i18n, vocab
from caseapp.core.substances import Catalogue
from caseapp.core.text import name_key
from caseapp.store.contract.queries import (
    MATCH_ON,
    ORDERS,
    CaseRow,
    SearchQuery,
    SearchRow,
    SearchTotals,
    UnknownFilter,
)
from caseapp.store.contract.terms import asked_substance, query_terms, schedule_code
from caseapp.store.sqlite.writer import exhibit_id_of_fts_rowid_sql, fts_rowid

_LAST_ID = (1 << 32) - 1
# conditions both engines read (PostgreSQL has no integer truth values)
NOTHING = "1 = 0"
EVERYTHING = "1 = 1"


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
    "c.place_name, c.city, c.status, e.quantity_unknown, e.form, c.transport, c.concealment, c.agency, "
    "c.officers, c.created_by"
)

#: how many index entries of a term are counted to judge which filter is the most selective
_PROBE = 20_000


class CaseSearch:
    def __init__(self, db: Database, catalogue: Catalogue) -> None:
        self.db = db
        self.catalogue = catalogue

    # -- what the query asks, as terms and checks -----------------------------------------------------
    def terms(self, query: SearchQuery) -> list[str]:
        """The query's index terms (caseapp.store.contract.terms); any one reads newest first."""
        return query_terms(self.catalogue, query)

    def _substance_ids(self, query: SearchQuery) -> list[str] | None:
        """Catalogue ids a suspected or confirmed substance must be among; None when no filter names any."""
        ids = self._named_ids(query)
        if query.schedule and query.schedule.strip() and (ids is not None or not query.substance):
            code = schedule_code(self.catalogue, query.schedule)
            listed = [s.id for s in self.catalogue.substances_in_schedule(code)]
            ids = listed if ids is None else [i for i in ids if i in frozenset(listed)]
        return ids

    def _named_ids(self, query: SearchQuery) -> list[str] | None:
        if query.substance:
            substance = self.catalogue.find(query.substance)
            if substance is None:
                return None
            if query.analogues and substance.family:
                return [s.id for s in self.catalogue.family_members(substance.family)]
            return [substance.id]
        if query.group:
            group = self.catalogue.find_group(query.group)
            if group is None:
                raise UnknownFilter(i18n.translate(
                    "Database", "'{group}' is not a substance group").format(
                    group=query.group))
            groups = {g.id for g in self.catalogue.subgroups(group.id)}
            below = True
            while below:  # every level under the group
                more = {g.id for g in self.catalogue.groups.values() if g.parent in groups} - groups
                groups |= more
                below = bool(more)
            return [s.id for s in self.catalogue.substances.values() if s.group in groups]
        return None

    def _checks(self, query: SearchQuery) -> tuple[list[str], list[Any]]:
        """Conditions on the joined exhibit (e) and case (c) rows that no term covers."""
        where: list[str] = []
        params: list[Any] = []
        if query.match_on not in MATCH_ON:
            raise UnknownFilter(i18n.translate(
                "Database", "'{match_on}' is not one of {join}").format(
                match_on=query.match_on, join=', '.join(MATCH_ON)))
        if query.match_on == "confirmed" and not (query.substance or query.group or query.schedule):
            where.append("e.lab_substance IS NOT NULL")
        elif query.match_on == "suspected":
            # the terms name the suspected or the confirmed substance: keep the suspected matches
            ids = self._substance_ids(query)
            if ids is not None:
                where.append(f"e.substance_id IN ({','.join('?' * len(ids))})" if ids else NOTHING)
                params.extend(ids)
            elif query.substance:
                where.append("name_key(e.substance) = ?")
                params.append(name_key(asked_substance(query.substance)))
        if query.status:
            where.append("c.status = ?")
            params.append(vocab.CASE_STATUS.code_for(query.status) or query.status.strip())
        if query.hazard:
            where.append("e.hazard = 1")
        for bound, operator in ((query.kg_min, ">="), (query.kg_max, "<=")):
            if bound is not None:
                where.append(f"e.kg_mg {operator} ?")
                params.append(int((Decimal(bound) * 1_000_000).to_integral_value()))
        return where, params

    def _drive(self, terms: list[str]) -> list[str]:
        """The terms with the most selective first: it drives the index walk, the others are probes."""
        if len(terms) < 2:
            return terms
        sizes = {t: self.db.execute(
            "SELECT count(*) FROM (SELECT 1 FROM exhibit_terms WHERE term = ? LIMIT ?)", [t, _PROBE]
        ).fetchone()[0] for t in terms}
        return sorted(terms, key=lambda t: sizes[t])

    def _plan(self, query: SearchQuery) -> tuple[str, str, list[Any], str]:
        """(FROM clause, WHERE clause, parameters, ORDER BY) for a query."""
        if query.order not in ORDERS:
            raise UnknownFilter(i18n.translate(
                "Database", "'{order}' is not an order ({join})").format(
                order=query.order, join=', '.join(ORDERS)))
        where: list[str] = []
        params: list[Any] = []
        terms = self._drive(self.terms(query))
        checks, check_params = self._checks(query)
        expression = fts_match_expression(query.text) if query.text else None
        if query.text and expression is None:
            where.append(NOTHING)  # only punctuation typed: nothing to find
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
            where.extend(checks)
            params.extend(check_params)
            orders = {"newest": "f.rowid DESC", "oldest": "e.occurred_at ASC, e.id",
                      "largest": "e.kg_mg IS NULL, e.kg_mg DESC, f.rowid DESC"}
            return source, " AND ".join(where), params, orders[query.order]
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
        where.extend(checks)
        params.extend(check_params)
        clause = " AND ".join(where) if where else EVERYTHING
        # oldest first keeps a case's exhibits in their order (a small sort within each date)
        orders = {"newest": f"{sort_col} DESC, {id_col}", "oldest": f"{sort_col} ASC, {id_col}",
                  "largest": f"e.kg_mg IS NULL, e.kg_mg DESC, {sort_col} DESC, {id_col}"}
        return source, clause, params, orders[query.order]

    # -- answers --------------------------------------------------------------------------------------
    def rows(self, query: SearchQuery) -> list[SearchRow]:
        source, clause, params, order = self._plan(query)
        sql = f"SELECT {ROW_COLUMNS} FROM {source} WHERE {clause} ORDER BY {order} LIMIT ? OFFSET ?"
        cursor = self.db.execute(sql, [*params, query.limit, query.offset])
        return [_row(r) for r in cursor.fetchall()]

    def count(self, query: SearchQuery) -> int:
        source, clause, params, _ = self._plan(query)
        joined = "e." in clause or "c." in clause
        if source.startswith("exhibit_terms t") and "MATCH" not in clause and not joined:
            # nothing to check on the exhibit or its case: count the covering term range alone
            source = "exhibit_terms t"
        elif source.startswith("exhibits_fts f") and not joined:
            source = "exhibits_fts f"  # the matches alone
        return int(self.db.execute(f"SELECT count(*) FROM {source} WHERE {clause}", params).fetchone()[0])

    def totals(self, query: SearchQuery) -> SearchTotals:
        """Seizures (cases), exhibits and the kg-equivalent summed over every match."""
        source, clause, params, _ = self._plan(query)
        if "c." not in clause:  # nothing to check on the case: its rows need not be read
            source = source.replace(" JOIN cases c ON c.id = e.case_id", "")
        cases, exhibits, kg, estimate, without = self.db.execute(
            f"SELECT count(DISTINCT e.case_id), count(*), coalesce(sum(e.kg_mg), 0), coalesce(max(e.kg_estimate), 0), "
            f"count(*) - count(e.kg_mg) FROM {source} WHERE {clause}", params).fetchone()
        return SearchTotals(int(cases), int(exhibits), int(kg), bool(estimate), int(without))

    def case_rows(self, query: SearchQuery) -> list[CaseRow]:
        """The matches grouped by case, the case's newest match first (or largest total)."""
        source, clause, params, _ = self._plan(query)
        date = "max(e.occurred_at)"
        orders = {"newest": f"{date} DESC, e.case_id DESC", "oldest": f"{date} ASC, e.case_id ASC",
                  "largest": "sum(e.kg_mg) IS NULL, sum(e.kg_mg) DESC, e.case_id DESC"}
        sql = (f"SELECT c.case_number, {date}, group_concat(coalesce(e.lab_substance, e.substance), char(31)), "
               "count(*), sum(e.kg_mg), max(e.kg_estimate), max(e.hazard), c.country, c.origin_country, "
               f"c.place_name, c.city, c.status FROM {source} WHERE {clause} GROUP BY e.case_id "
               f"ORDER BY {orders[query.order]} LIMIT ? OFFSET ?")
        result = []
        for (number, occurred, names, count, kg, estimate, hazard, country, origin, place, city,
             status) in self.db.execute(sql, [*params, query.limit, query.offset]):
            result.append(CaseRow(number, occurred or None, tuple(dict.fromkeys(n for n in (names or "").split("\x1f")
                                                                                if n)),
                                  int(count), kg, bool(estimate), bool(hazard), country, origin,
                                  ", ".join(filter(None, (place, city))), status))
        return result

    def explain(self, query: SearchQuery) -> list[str]:
        source, clause, params, order = self._plan(query)
        sql = f"SELECT {ROW_COLUMNS} FROM {source} WHERE {clause} ORDER BY {order} LIMIT ? OFFSET ?"
        return [r[3] for r in self.db.execute("EXPLAIN QUERY PLAN " + sql, [*params, query.limit, query.offset])]


def _row(r: tuple[Any, ...]) -> SearchRow:
    (case_number, number, occurred_at, substance, substance_id, lab_substance, group_id, quantity, unit,
     kg_mg, kg_estimate, hazard, country, origin, place_name, city, status, quantity_unknown, form, transport,
     concealment, agency, officers, created_by) = r
    names = json.loads(officers or "[]")
    return SearchRow(
        case_number=case_number, exhibit_number=number, occurred_at=occurred_at or None,
        substance=substance, substance_id=substance_id, lab_substance=lab_substance, group=group_id,
        quantity=None if quantity is None or quantity_unknown else Decimal(quantity), unit=unit,
        kg_mg=kg_mg, kg_estimate=bool(kg_estimate), hazard=bool(hazard), country=country,
        origin_country=origin, place=", ".join(filter(None, (place_name, city))), status=status,
        form=form, transport=transport, concealment=concealment, agency=agency or "",
        officer=names[0] if names else (created_by or ""),
    )
