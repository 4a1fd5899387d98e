"""Search and the case list on the server: the shared SQL of store.sqlite.search and case_list (terms, checks,
orders, totals), with free text read from exhibit_words instead of FTS5."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Any

from caseapp.store.contract.queries import CaseListQuery, SearchQuery
from caseapp.store.postgres.db import PgDatabase
from caseapp.store.postgres.db import _translate as translated_sql
from caseapp.store.postgres.text_search import driving_keys, exhibit_of_key, matching_exhibits, word_matches
from caseapp.store.sqlite.case_list import CaseListStore
from caseapp.store.sqlite.search import NOTHING, CaseSearch

_CASE_NUMBER = re.compile(r"^[A-Za-z]{1,12}-\d[\d-]*$")  # as the case list's quick filter reads a case number


class PgSearch(CaseSearch):
    def _plan(self, query: SearchQuery) -> tuple[str, str, list[Any], str]:
        if not query.text:
            return super()._plan(query)
        source, clause, params, order = super()._plan(dataclasses.replace(query, text=""))
        asked = word_matches(query.text)
        if asked is None:
            return source, f"{clause} AND {NOTHING}", params, order
        source_params: list[Any] = []
        if source.startswith("exhibits e"):  # no term: the text drives, newest first off the word index
            drive, source_params, asked_rest = driving_keys(self.db, asked)
            source = f"{drive} JOIN exhibits e ON e.id = {exhibit_of_key('f.key')} JOIN cases c ON c.id = e.case_id"
            orders = {"newest": "f.key DESC", "oldest": "e.occurred_at ASC, e.id",
                      "largest": "e.kg_mg IS NULL, e.kg_mg DESC, f.key DESC"}
            order = orders[query.order]
            asked = asked_rest
        where, word_params = matching_exhibits(asked, "e.id")
        clause = " AND ".join([clause, *where])
        return source, clause, [*source_params, *params, *word_params], order

    def explain(self, query: SearchQuery) -> list[str]:
        """The plan the server can follow for the rows, with sorts and sequential scans priced out: on a small
        table the planner rightly prefers reading everything, so this asks whether an index gives the rows in
        order (a Sort in this plan means none can), not what it would choose for ten rows."""
        return _explain(self.db, self._sql_of(query))

    def _sql_of(self, query: SearchQuery) -> tuple[str, list[Any]]:
        source, clause, params, order = self._plan(query)
        return (f"SELECT e.id FROM {source} WHERE {clause} ORDER BY {order} LIMIT ? OFFSET ?",
                [*params, query.limit, query.offset])


class PgCaseList(CaseListStore):
    db: PgDatabase  # type: ignore[assignment]  # the server's connection, which speaks the stores' SQL

    def _where(self, query: CaseListQuery) -> tuple[str, list[object]]:
        text = query.text.strip()
        if not text or _CASE_NUMBER.match(text):
            return super()._where(query)
        where, params = super()._where(dataclasses.replace(query, text=""))
        asked = word_matches(text)
        if asked is None:
            condition = NOTHING
        else:
            checks, values = matching_exhibits(asked, "e.id")
            condition = f"c.id IN (SELECT e.case_id FROM exhibits e WHERE {' AND '.join(checks)})"
            params = [*params, *values]
        return (f"{where} AND {condition}" if where else f" WHERE {condition}"), params

    def _order(self, query: CaseListQuery) -> str:
        """SQLite sorts NULL before any value; the server after: a column that may be NULL says where they go
        (the date sort is over coalesce(), never NULL, and keeps its index)."""
        order = super()._order(query)
        if query.sort == "occurred_at":
            return order
        direction = "DESC" if query.descending else "ASC"
        nulls = "NULLS LAST" if query.descending else "NULLS FIRST"
        return order.replace(f" {direction},", f" {direction} {nulls},", 1)

    def _text_by_date(self, query: CaseListQuery) -> str | None:
        text = query.text.strip()
        if query.sort != "occurred_at" or query.status or not text or _CASE_NUMBER.match(text):
            return None
        return text if word_matches(text) is not None else None

    def _matching_cases(self, query: CaseListQuery, match: str) -> Any:
        asked = word_matches(match)
        assert asked is not None
        drive, params, rest = driving_keys(self.db, asked)
        where, values = matching_exhibits(rest, "e.id")
        direction = "DESC" if query.descending else "ASC"
        sql = (f"SELECT e.case_id FROM {drive} JOIN exhibits e ON e.id = {exhibit_of_key('f.key')}"
               f"{' WHERE ' + ' AND '.join(where) if where else ''} ORDER BY f.key {direction}")
        return self._streamed(sql, [*params, *values])

    def _streamed(self, sql: str, params: list[Any]) -> Iterator[tuple[Any, ...]]:
        """Rows read from a server-side cursor a few hundred at a time, so the page's loop stops reading when
        the page is full, as SQLite's stepping does (a plain cursor would fetch every match first); closing
        the generator ends the cursor."""
        raw = self.db.raw
        with raw.transaction(), raw.cursor(name="case_list_matches") as cursor:
            cursor.itersize = 500
            cursor.execute(translated_sql(sql)[0], params)
            yield from cursor

    def plan(self, query: CaseListQuery) -> list[str]:
        where, params = self._where(query)
        return _explain(self.db, (f"SELECT c.id FROM cases c{where}{self._order(query)} LIMIT 200", params))


def _explain(db: Any, statement: tuple[str, list[Any]]) -> list[str]:
    sql, params = statement
    with db.raw.transaction():
        for setting in ("enable_sort", "enable_seqscan", "enable_bitmapscan"):
            db.raw.execute("SELECT set_config(%s, 'off', true)", [setting])
        lines = [r[0] for r in db.execute("EXPLAIN " + sql, params)]
        for setting in ("enable_sort", "enable_seqscan", "enable_bitmapscan"):
            db.raw.execute("SELECT set_config(%s, 'on', true)", [setting])
    return lines
