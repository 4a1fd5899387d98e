"""The real window on an X server: an evidence technician opens Evidence > Inventory audit (Ctrl+Shift+I),
scans the shelf's LOC: label and every exhibit on it with a keyboard-wedge scanner (xdotool types each code's
characters and Enter 2 ms a key, as a scanner does), finishes the audit, and leaves; the audit is then read
back from another process."""

from __future__ import annotations

from caseapp.services.app import CaseApp
from caseapp.services.auth import Accounts
from caseapp.services.inventory import InventoryAudits
from tests.conftest import PASSWORD
from tests.inventory_data import SHELF, stock_shelf

SCANNER_DELAY_MS = 2


def scan(window, code: str) -> None:
    window.type(code, pause=0.0, delay_ms=SCANNER_DELAY_MS)
    window.key("Return", pause=0.15)


def test_a_shelf_scanned_in_the_real_window_is_recorded(window, tmp_path):
    app = CaseApp.open(window.database)
    try:
        number = stock_shelf(app, app.service(Accounts).authenticate("olga", PASSWORD))
    finally:
        app.close()
    window.start("olga", PASSWORD)
    window.key("ctrl+shift+i", pause=0.3)
    dialog = window.wait_for("^Inventory audit")
    window.focus(dialog)
    scan(window, f"LOC:{SHELF}")
    for code in (f"{number}/01", f"{number}/04", f"{number}/1", "CBSA-2026-000099/01"):
        scan(window, code)
    window.screenshot(tmp_path / "inventory-audit-window.png")
    window.key("alt+f", pause=1.0)  # Finish and record
    window.key("Escape", pause=0.5)
    window.wait_gone("^Inventory audit")
    assert window.quit() == 0
    assert window.problems() == []
    app = CaseApp.open(window.database)
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
