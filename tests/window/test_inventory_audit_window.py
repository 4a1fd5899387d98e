"""The real window on an X server (on a database file, and on a PostgreSQL server signed in as the officer's
own login): an evidence technician opens Evidence > Inventory audit (Ctrl+Shift+I),
scans the shelf's LOC: label and every exhibit on it with a keyboard-wedge scanner (xdotool types each code's
characters and Enter 2 ms a key, as a scanner does), finishes the audit, and leaves;
the audit is then read back from another process."""

from __future__ import annotations

import psycopg

from caseapp.core.location import database_location
from caseapp.services.app import CaseApp
from caseapp.services.auth import Accounts
from caseapp.services.inventory import InventoryAudits
from tests.conftest import PASSWORD
from tests.inventory_data import SHELF, stock_shelf
from tests.window.test_server_window import server_window  # noqa: F401 (fixture)

SCANNER_DELAY_MS = 2


def scan(window, code: str) -> None:
    window.type(code, pause=0.0, delay_ms=SCANNER_DELAY_MS)
    window.key("Return", pause=0.15)


def stock(where: str) -> str:
    """The shelf stocked by officer olga, signed in as herself (on a server: her own login); its case number."""
    location = database_location(where)
    app = CaseApp.open(location.signed_in("olga", PASSWORD) if location.server else location)
    try:
        return stock_shelf(app, app.service(Accounts).authenticate("olga", PASSWORD))
    finally:
        app.close()


def audit_the_shelf(window, number: str, shots) -> None:
    window.start("olga", PASSWORD)
    window.key("ctrl+shift+i", pause=0.3)
    dialog = window.wait_for("^Inventory audit")
    window.focus(dialog)
    scan(window, f"LOC:{SHELF}")
    for code in (f"{number}/01", f"{number}/04", f"{number}/1", "CBSA-2026-000099/01"):
        scan(window, code)
    window.screenshot(shots / "inventory-audit-window.png")
    window.key("alt+f", pause=1.0)  # Finish and record
    window.key("Escape", pause=0.5)
    window.wait_gone("^Inventory audit")
    assert window.quit() == 0
    assert window.problems() == []


def check_recorded(where: str, number: str) -> None:
    app = CaseApp.open(where)
    try:
        audits = app.service(InventoryAudits).recent()
        assert len(audits) == 1
        result = audits[0].result
        assert (audits[0].location, audits[0].actor) == (SHELF, "olga")
        assert result.scanned == (f"{number}/01", f"{number}/04", f"{number}/1", "CBSA-2026-000099/01")
        assert [i.exhibit_number for i in result.found] == ["01"]
        assert [i.exhibit_number for i in result.missing] == ["02"]
        assert [i.exhibit_number for i in result.unexpected] == ["04"]
        assert [u.text for u in result.unknown] == ["CBSA-2026-000099/01"]
        assert result.duplicates == (f"{number}/1",)
        assert app.verify().ok
    finally:
        app.close()


def test_a_shelf_scanned_in_the_real_window_is_recorded(window, tmp_path):
    number = stock(str(window.database))
    audit_the_shelf(window, number, tmp_path)
    check_recorded(str(window.database), number)


def test_a_shelf_scanned_in_the_real_window_on_a_server_is_recorded_by_the_officers_login(
        server_window, pg_url, tmp_path):  # noqa: F811 (the fixture)
    number = stock(pg_url)
    audit_the_shelf(server_window, number, tmp_path)
    check_recorded(pg_url, number)
    with psycopg.connect(pg_url, autocommit=True) as owner:
        assert owner.execute("SELECT actor FROM audit_log WHERE action = 'inventory_audit'").fetchone() == ("olga",)
