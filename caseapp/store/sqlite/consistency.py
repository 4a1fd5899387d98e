"""Checks of what the audit chain does not cover, for verify (and so for restore):

- the schema: every table, index, trigger and view in sqlite_master against what the migrations create
  (applied once to an empty in-memory database), so a planted trigger, a dropped index or a changed table
  definition shows;
- the full-text rows: each exhibit's row holds, under the rowid the writer gives it, the text the writer
  would make from the stored case and exhibit (a blanked row hides a case from text search, a shifted
  rowid moves it out of date order);
- the case number counters: each holds the highest serial used in its prefix and year (a counter pushed
  past it makes gaps in the numbering; one held below it contradicts the writer).
"""

from __future__ import annotations

import functools
from typing import Protocol

from sqlite_utils import Database

from caseapp.store.sqlite.migrations import migrations
from caseapp.store.sqlite.writer import (
    fts_concealment_text,
    fts_place_text,
    fts_row,
    fts_rowid,
    highest_serial,
)


class Report(Protocol):
    def fail(self, message: str, entry: int | None = None) -> None: ...


SchemaObject = tuple[str, str, str]  # type, table, normalised SQL ("" for SQLite's own automatic indexes)


def _normal_sql(sql: str | None) -> str:
    return " ".join((sql or "").split()).rstrip(";")


def _schema(db: Database) -> dict[str, SchemaObject]:
    return {name: (kind, table, _normal_sql(sql)) for kind, name, table, sql in db.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' "
        "AND name <> 'sqlite_sequence'")}


@functools.cache
def expected_schema() -> dict[str, SchemaObject]:
    """sqlite_master as the migrations make it, computed once per process."""
    db = Database(memory=True)
    try:
        migrations.apply(db)
        return _schema(db)
    finally:
        db.close()


def check_schema(db: Database, report: Report) -> bool:
    """False when the schema differs (the caller then skips checks that rely on it)."""
    expected = expected_schema()
    actual = _schema(db)
    ok = True
    for name in sorted(set(actual) - set(expected)):
        kind, table, _ = actual[name]
        report.fail(f"{kind} {name} on {table} is not the application's: it was added outside the application")
        ok = False
    for name in sorted(set(expected) - set(actual)):
        kind, table, _ = expected[name]
        report.fail(f"{kind} {name} on {table} is missing: it was removed outside the application")
        ok = False
    for name in sorted(set(expected) & set(actual)):
        if expected[name] != actual[name]:
            kind = actual[name][0]
            report.fail(f"{kind} {name} differs from the application's definition: it was changed outside the "
                        "application")
            ok = False
    return ok


def check_full_text(db: Database, report: Report) -> None:
    """Each exhibit's full-text row, found under the rowid the writer gives it, holds the writer's text. With
    the count check of verify (as many rows as exhibits) nothing else can hide in the index."""
    db.conn.create_function("caseapp_fts_rowid", 2, fts_rowid, deterministic=True)
    case_texts: tuple[int, str, str] = (0, "", "")  # a case's exhibits come together: its texts are made once
    for (exhibit_id, number, case_id, case_number, occurred, substance, lab, description, packaging, place_name,
         address, city, region, country, place_type, concealment, concealment_text, narrative, *stored) in db.execute(
        "SELECT e.id, e.number, c.id, c.case_number, e.occurred_at, e.substance, e.lab_substance, e.description, "
        "e.packaging, c.place_name, c.address, c.city, c.region, c.country, c.place_type, c.concealment, "
        "c.concealment_text, c.narrative, f.rowid, f.substance, f.description, f.place, f.concealment, "
        "f.narrative FROM exhibits e JOIN cases c ON c.id = e.case_id "
        "LEFT JOIN exhibits_fts f ON f.rowid = caseapp_fts_rowid(e.occurred_at, e.id) ORDER BY e.id"
    ):
        if case_texts[0] != case_id:
            case_texts = (case_id, fts_place_text(place_name, address, city, region, country, place_type),
                          fts_concealment_text(concealment, concealment_text))
        expected = fts_row(occurred or "", exhibit_id, substance, lab, description, packaging, case_texts[1],
                           case_texts[2], narrative)
        if stored[0] is None:
            which = f"exhibit {number} of case {case_number}"
            report.fail(f"the full-text index was changed outside the application ({which}: no row under its "
                        f"rowid {expected[0]}, so text search misses it or lists it out of date order)")
            return
        if tuple(stored) != expected:
            which = f"exhibit {number} of case {case_number}"
            columns = ("substance", "description", "place", "concealment", "narrative")
            changed = [c for c, a, b in zip(columns, stored[1:], expected[1:], strict=True) if a != b]
            report.fail(f"the full-text index was changed outside the application ({which}: its "
                        f"{', '.join(changed)} text differs from the case)")
            return


def check_counters(db: Database, report: Report) -> None:
    for prefix, year, last in db.execute(
            "SELECT prefix, year, last FROM case_number_counters ORDER BY prefix, year").fetchall():
        top = highest_serial(db, str(prefix), int(year)) if isinstance(year, int) else None
        if not isinstance(last, int) or last != (top or 0):
            used = f"the highest number used is {prefix}-{year}-{top:06d}" if top else "no case uses it"
            where = "beyond" if not isinstance(last, int) or last > (top or 0) else "below"
            report.fail(f"the case number counter {prefix}-{year} was changed outside the application (it is at "
                        f"{last}, {where} what was used: {used})")
            return
