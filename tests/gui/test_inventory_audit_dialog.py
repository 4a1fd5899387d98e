"""Evidence > Inventory audit, offscreen: a keyboard-wedge scanner types each code's characters and Enter 2 ms
apart into the dialog; the four lists follow each scan, Finish records the audit (read back through the
service), the report is printed from the dialog and from the past audits, and scans not recorded are never
dropped without a question."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from caseapp.gui.dialogs.inventory_audit import InventoryAuditDialog
from caseapp.gui.dialogs.print_options import PrintOptions
from caseapp.gui.inventory_window import print_audit
from caseapp.gui.main_window import MainWindow
from caseapp.services.inventory import InventoryAudits
from tests.gui.conftest import wait_finished
from tests.inventory_data import SHELF, stock_shelf

KEY_DELAY_MS = 2  # a scanner's pace


def scan(widget, code: str) -> None:
    """What a keyboard-wedge scanner does: the code's characters, then Enter, 2 ms a key."""
    for char in code:
        QTest.keyClicks(widget, char, Qt.KeyboardModifier.NoModifier, KEY_DELAY_MS)
    QTest.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, KEY_DELAY_MS)


@pytest.fixture
def shelf(disk_app, users):
    return disk_app, users, stock_shelf(disk_app, users["olga"])


@pytest.fixture
def dialog(qtbot, shelf):
    app, users, _ = shelf
    printed: list[int] = []
    dialog = InventoryAuditDialog(app, users["olga"], printed.append)
    dialog.printed = printed  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def texts(dialog: InventoryAuditDialog, name: str) -> list[str]:
    listing = dialog.lists[name]
    return [listing.item(i).text() for i in range(listing.count())]


def test_a_shelf_scanned_at_scanner_speed_is_audited_and_recorded(qtbot, shelf, dialog, tmp_path):
    app, _, number = shelf
    dialog.location_edit.setFocus()
    scan(dialog.location_edit, f"LOC:{SHELF}")
    assert QApplication.focusWidget() is dialog.scan_edit and dialog.location_edit.isReadOnly()
    assert dialog.boxes["missing"].title() == "Missing (2)"
    for code in (f"{number}/01", f"{number}/04", "TEST-2026-000099/01", f"{number}/01"):
        scan(QApplication.focusWidget(), code)
    assert texts(dialog, "found") == [f"{number}/01 · Fentanyl · seal S-1"]
    assert texts(dialog, "missing") == [f"{number}/02 · Cocaine · seal S-2"]
    assert texts(dialog, "unexpected") == [f"{number}/04 · Cannabis herb · seal S-4 · custody: VAULT-B.1 (olga)"]
    assert texts(dialog, "unknown") == ["TEST-2026-000099/01 · no such exhibit in this database"]
    assert f"Scanned twice: {number}/01" in dialog.status.text()
    dialog.grab().save(str(Path(tmp_path) / "inventory-audit.png"))
    QTest.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    stored = app.service(InventoryAudits).recent()
    assert len(stored) == 1 and stored[0].result.scanned == (f"{number}/01", f"{number}/04", "TEST-2026-000099/01",
                                                             f"{number}/01")
    assert [i.exhibit_number for i in stored[0].result.missing] == ["02"] and stored[0].actor == "olga"
    assert not dialog.scan_edit.isEnabled() and dialog.print_button.isEnabled()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the report offered: Enter prints it
    assert dialog.printed == [stored[0].id]  # type: ignore[attr-defined]
    assert dialog.past.rowCount() == 1 and dialog.past.item(0, 1).text() == SHELF


def test_a_wrong_location_is_said_beside_the_field_and_nothing_is_lost(qtbot, shelf, dialog, dialogs):
    app, _, number = shelf
    dialog.location_edit.setFocus()
    scan(dialog.location_edit, f"{number}/01")
    assert "is not a storage location" in dialog.problem.text() and dialog.problem.isVisibleTo(dialog)
    assert not dialog.scan_edit.isEnabled() and dialogs.shown == []
    dialog.location_edit.clear()
    scan(dialog.location_edit, SHELF)
    dialog.scan_edit.setText("z" * 300)  # a paste, not a label
    QTest.keyClick(dialog.scan_edit, Qt.Key.Key_Return)
    assert "a label carries at most 200" in dialog.problem.text() and dialog.scans == []
    scan(dialog.scan_edit, f"{number}/02")
    assert not dialog.problem.isVisibleTo(dialog)
    dialogs.answer = dialogs.answer.Cancel
    dialog.reject()  # Escape with a scan not recorded: asked, kept
    assert dialog.isVisible() and dialogs.texts("question")[0].startswith("Scans not recorded: 1 codes")
    assert app.service(InventoryAudits).recent() == []


def test_the_window_opens_the_audit_from_the_evidence_menu_and_prints_its_report(qtbot, shelf, tmp_path, opened_urls):
    app, users, number = shelf
    window = MainWindow(app, users["olga"])
    qtbot.addWidget(window)
    assert window.inventory_action.isVisible() or not window.isVisible()
    dialog = window.inventory_audit()
    scan(dialog.location_edit, SHELF)
    scan(dialog.scan_edit, f"{number}/01")
    scan(dialog.scan_edit, f"{number}/02")
    recorded = dialog.finish()
    assert recorded is not None and recorded.result.clean
    target = tmp_path / "audit.pdf"
    task = print_audit(window, recorded.id, target, PrintOptions("fr"))
    wait_finished(qtbot, task)
    assert target.read_bytes().startswith(b"%PDF") and opened_urls == [str(target)]
    assert [e.action for e in app._audit.entries("inventory_audit", str(recorded.id))] == ["print"]
    dialog.close()
    window.close()


def test_admins_are_not_offered_the_audit(qtbot, shelf):
    app, users, _ = shelf
    window = MainWindow(app, users["ada"])
    qtbot.addWidget(window)
    assert not window.inventory_action.isVisible()
    window.close()
