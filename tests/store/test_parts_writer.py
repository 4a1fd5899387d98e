"""An IDS import written by parts stores exactly what the row-by-row writer stores for the same file: the
same cases, exhibits, search terms, full text and audited row hashes, and verify passes."""

import csv
import sqlite3

import pytest

from caseapp.core.validation import Severity, validate
from caseapp.io.ids import HEADER, read_ids
from caseapp.services.app import CaseApp
from caseapp.services.transfer import import_file
from caseapp.store.contract.parts import PartsMismatch
from caseapp.store.sqlite import parts_writer
from tests.conftest import DATA, fixed_clock, generate_ids
from tests.io.test_ids_parts import hostile_rows

TABLES = {
    "cases": "SELECT * FROM cases ORDER BY id",
    "exhibits": "SELECT * FROM exhibits ORDER BY id",
    "exhibit_terms": "SELECT * FROM exhibit_terms ORDER BY term, occurred_at, exhibit_id",
    "exhibits_fts": "SELECT rowid, substance, description, place, concealment, narrative FROM exhibits_fts "
                    "ORDER BY rowid",
    "audit_rows": "SELECT tbl, row_id, row_hash FROM audit_rows ORDER BY tbl, row_id",
    "counters": "SELECT * FROM case_number_counters ORDER BY prefix, year",
}


def row_by_row(app: CaseApp, path) -> int:
    """The import as it was before IDS files were read by parts: each row made a Case, validated, written."""
    now = app.local_now()
    written = 0
    with app.change("import", "file", path.name, actor=None) as work:
        writer = app._store.bulk_writer(actor=None, at=app.now_utc_text(), ledger=work.ledger)
        for record in read_ids(path, catalogue=app.catalogue):
            if record.case is None or any(i.severity == Severity.ERROR for i in record.issues):
                continue
            record.case.status = "draft"
            if validate(record.case, app.catalogue, now=now, complete=True, imported=True).errors:
                continue
            writer.add(record.case)
            written += 1
        writer.flush()
    return written


def stored(path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {name: conn.execute(sql).fetchall() for name, sql in TABLES.items()}
    finally:
        conn.close()


def hostile_file(path, rows: int):
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(hostile_rows(rows, seed=3))
    return path


@pytest.mark.parametrize("source", ["generated", "sample", "hostile"])
def test_parts_store_what_the_row_by_row_writer_stores(tmp_path, catalogue, source):
    path = {"generated": lambda: generate_ids(tmp_path / "ids.csv", 2500, seed=9),
            "sample": lambda: DATA / "sample_ids.csv",
            "hostile": lambda: hostile_file(tmp_path / "hostile.csv", 3000)}[source]()
    apps = {}
    for name in ("parts", "rows"):
        app = apps[name] = CaseApp.open(tmp_path / f"{name}.db", catalogue=catalogue, clock=fixed_clock)
        app.initialise(timezone="UTC")
    report = import_file(apps["parts"], path, skip_invalid=True).value
    written = row_by_row(apps["rows"], path)
    assert report.committed and report.imported == written > 0
    for app in apps.values():
        check = app.verify()
        assert check.ok, check.problems
        app.close()
    assert stored(tmp_path / "parts.db") == stored(tmp_path / "rows.db")


def test_an_assembled_row_that_differs_from_the_whole_row_imports_nothing(fresh_app, monkeypatch):
    # as if the parts of a row gave their search terms in another order than the whole row does
    monkeypatch.setattr(parts_writer, "in_case_term_order", lambda terms: tuple(sorted(terms, reverse=True)))
    before = fresh_app.counts()
    with pytest.raises(PartsMismatch, match="line 2: the exhibit row"):
        import_file(fresh_app, DATA / "sample_ids.csv", actor="tester")
    assert fresh_app.counts() == before
