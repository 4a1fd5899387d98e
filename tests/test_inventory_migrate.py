"""Inventory audits move with the database: `migrate --to` copies a file's audits to the server (ids, rows and
their ledger hashes: verify passes, the missing queue is the same), and a server's `backup` writes them back into
a file that verifies."""

from __future__ import annotations

import io
from pathlib import Path

from caseapp.cli import main
from caseapp.services.app import CaseApp
from caseapp.services.inventory import InventoryAudits
from tests.conftest import PASSWORD, fixed_clock, make_users
from tests.inventory_data import SHELF, stock_shelf
from tests.test_migrate_to_server import give_logins_passwords


def run(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue() + err.getvalue()


def test_audits_are_copied_to_the_server_and_backed_up_from_it(tmp_path: Path, pg_url: str, monkeypatch) -> None:
    path = tmp_path / "cases.sqlite3"
    app = CaseApp.open(path, clock=fixed_clock)
    try:
        app.initialise(agency_code="TEST", timezone="UTC")
        olga = make_users(app)["olga"]
        number = stock_shelf(app, olga)
        app.service(InventoryAudits).record(olga, SHELF, [f"{number}/01"])
        expected = (app.service(InventoryAudits).recent(), app.service(InventoryAudits).unresolved_missing())
    finally:
        app.close()
    code, text = run("--db", str(path), "migrate", "--to", pg_url)
    assert code == 0 and "verify on the copy: intact" in text, text
    server = CaseApp.open(pg_url)
    try:
        audits = server.service(InventoryAudits)
        assert (audits.recent(), audits.unresolved_missing()) == expected
        assert [i.exhibit_number for i in audits.recorded_at(SHELF)] == ["01", "02", "03"]
    finally:
        server.close()
    give_logins_passwords(pg_url)
    monkeypatch.setenv("CASEAPP_PASSWORD", PASSWORD)
    backup = tmp_path / "from-server.sqlite3"
    code, text = run("--db", pg_url, "--user", "ada", "backup", str(backup))
    assert code == 0, text
    copy = CaseApp.open(backup)
    try:
        assert copy.service(InventoryAudits).recent() == expected[0] and copy.verify().ok
    finally:
        copy.close()
