"""The disposal dialogs, driven as a user would (offscreen): request from the custody tab, a supervisor's
authorisation in Evidence > Disposals, and the witnessed destruction where each item's label is scanned (its
characters and Enter, 2 ms a key) before Confirm is enabled. What counts is what the service reads back."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from caseapp.gui.dialogs.destruction import DestructionDialog
from caseapp.gui.dialogs.disposal import DecisionDialog, DisposalsDialog, RequestDisposalDialog
from caseapp.gui.widgets.custody_tab import CustodyTab
from caseapp.services.custody import Custody
from caseapp.services.disposal import Disposal
from tests.disposal_data import disposal_case

SHOTS = os.environ.get("CASEAPP_SCREENSHOTS")  # a folder to save each dialog's picture in, to look at


def shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, f"{name}.png"))


@pytest.fixture
def number(disk_app, users) -> str:
    return disposal_case(disk_app, users)


def scan(qtbot, dialog: DestructionDialog, code: str) -> None:
    """What a keyboard-wedge scanner does: the code's characters, 2 ms apart, then Enter."""
    dialog.scan_edit.setFocus()
    qtbot.keyClicks(dialog.scan_edit, code, delay=2)
    qtbot.keyClick(dialog.scan_edit, Qt.Key.Key_Return, delay=2)


def test_a_request_from_the_custody_tab_ticks_the_chosen_exhibit(qtbot, disk_app, users, number):
    tab = CustodyTab(disk_app, users["olga"])
    qtbot.addWidget(tab)
    tab.show_case(number)
    tab.exhibit_table.selectRow(1)
    dialog = tab.request_disposal()
    assert isinstance(dialog, RequestDisposalDialog) and dialog.chosen() == ["02"]
    qtbot.waitExposed(dialog)
    dialog.exhibit_list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("destruction"))
    dialog.reason_edit.setFocus()
    qtbot.keyClicks(dialog.reason_edit, "Case closed; appeal period over")
    shot(dialog, "request-disposal")
    qtbot.mouseClick(dialog.request_button, Qt.MouseButton.LeftButton)
    batch = disk_app.service(Disposal).batch("D-2026-1")
    assert [i.code for i in batch.items] == [f"{number}/01", f"{number}/02"]
    assert batch.requested.reason == "Case closed; appeal period over"
    assert disk_app.service(Custody).states(number)["01"].disposal == "requested"
    tab.exhibit_table.selectRow(0)
    last = tab.event_table.rowCount() - 1
    assert "batch D-2026-1; reason Case closed" in tab.event_table.item(last, 7).text()


def test_a_refused_request_shows_each_reason_and_writes_nothing(qtbot, disk_app, users):
    draft = disposal_case(disk_app, users, approve=False)
    dialog = RequestDisposalDialog(disk_app, users["olga"], draft, "01")
    qtbot.addWidget(dialog)
    dialog.reason_edit.setPlainText("closed")
    dialog.submit()
    assert f"{draft}/01: case {draft} is draft, not approved" in dialog.error_label.text()
    assert dialog.result() == 0 and disk_app.service(Disposal).batches() == []


def _requested(disk_app, users, number):
    disk_app.service(Disposal).request(users["olga"], [(number, "01"), (number, "02")], reason="closed",
                                       method="destruction")


def test_only_a_supervisor_may_authorise_in_the_disposals_dialog(qtbot, disk_app, users, number):
    _requested(disk_app, users, number)
    officer = DisposalsDialog(disk_app, users["li"])
    qtbot.addWidget(officer)
    assert not officer.authorise_button.isEnabled() and "Only a supervisor" in officer.authorise_button.toolTip()
    dialog = DisposalsDialog(disk_app, users["sam"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    shot(dialog, "disposals")
    assert dialog.authorise_button.isEnabled() and "1 batch(es) awaiting" in dialog.note_label.text()
    decision = dialog.make_decision(refuse=False)
    assert isinstance(decision, DecisionDialog)
    qtbot.addWidget(decision)
    decision.legal_edit.setText("CDSA s.26")
    decision.reason_edit.setText("no further use")
    decision.submit()  # no Health Canada number for fentanyl and cocaine: refused, the form kept
    assert "Health Canada's destruction authorisation number is required" in decision.error_label.text()
    assert disk_app.service(Disposal).batch("D-2026-1").status == "requested"
    decision.hc_edit.setText("HC-DA-2026-0117")
    shot(decision, "authorise")
    decision.submit()
    assert decision.result() == 1 and disk_app.service(Disposal).batch("D-2026-1").authorisation == "HC-DA-2026-0117"


@pytest.fixture
def destruction(qtbot, disk_app, users, number) -> DestructionDialog:
    _requested(disk_app, users, number)
    disk_app.service(Disposal).authorise(users["sam"], "D-2026-1", legal_basis="CDSA s.26", reason="r",
                                         authorisation="HC-1")
    dialog = DestructionDialog(disk_app, users["li"], "D-2026-1")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_confirm_waits_for_every_item_scanned_and_two_witnesses(qtbot, disk_app, users, number, destruction,
                                                                tmp_path):
    dialog = destruction
    dialog.witness1_edit.setText("olga")
    dialog.witness2_edit.setText("Cst. Marie Roy")
    dialog.means_edit.setText("incineration")
    dialog.place_edit.setText("Incinerator, Mississauga")
    scan(qtbot, dialog, f"{number}/01")
    assert not dialog.confirm_button.isEnabled() and f"{number}/02" in dialog.confirm_button.toolTip()
    scan(qtbot, dialog, f"{number}/03")  # not in the batch: refused loudly, nothing ticked
    assert dialog.feedback_label.text().startswith(f"REFUSED: {number}/03 is not an item of batch D-2026-1")
    assert dialog.scanned == [f"{number}/01"] and dialog.scan_edit.text() == ""
    scan(qtbot, dialog, "LOC:VAULT-A.3")
    assert "REFUSED: LOC:VAULT-A.3" in dialog.feedback_label.text()
    scan(qtbot, dialog, f"{number}/2")
    assert dialog.confirm_button.isEnabled() and dialog.scan_edit.hasFocus()
    shot(dialog, "destruction-scanned")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    batch = disk_app.service(Disposal).batch("D-2026-1")
    assert (batch.status, batch.witnesses, batch.disposed.actor) == ("disposed", ("olga", "Cst. Marie Roy"), "li")
    assert disk_app.service(Custody).states(number)["02"].disposed
    assert dialog.certificate_button.isVisible() and not dialog.confirm_button.isVisible()
    shot(dialog, "destruction-done")
    assert dialog.save_certificate(tmp_path / "certificate.pdf") == 1
    assert (tmp_path / "certificate.pdf").read_bytes().startswith(b"%PDF")
    assert disk_app._audit.entries("disposal", "D-2026-1")[-1].action == "print"


def test_enter_from_the_scanner_never_presses_confirm(qtbot, destruction, number):
    dialog = destruction
    for edit, text in ((dialog.witness1_edit, "olga"), (dialog.witness2_edit, "Roy"), (dialog.means_edit, "fire")):
        edit.setText(text)
    scan(qtbot, dialog, f"{number}/01")
    scan(qtbot, dialog, f"{number}/02")
    scan(qtbot, dialog, f"{number}/02")  # a second scan of the last item: Enter again, still nothing recorded
    assert dialog.confirm_button.isEnabled() and dialog.changes.custody == frozenset()
    assert "scanned already" in dialog.feedback_label.text()


def test_a_batch_not_authorised_has_nothing_to_scan(qtbot, disk_app, users, number):
    _requested(disk_app, users, number)
    dialog = DestructionDialog(disk_app, users["li"], "D-2026-1")
    qtbot.addWidget(dialog)
    assert "awaiting authorisation" in dialog.summary_label.text()
    assert not dialog.scan_edit.isEnabled() and not dialog.confirm_button.isEnabled()
    assert isinstance(RequestDisposalDialog(disk_app, users["olga"], number).exhibit_list, QListWidget)


def test_the_yearly_report_is_written_from_the_disposals_dialog(qtbot, disk_app, users, destruction, number,
                                                                  tmp_path):
    for edit, text in ((destruction.witness1_edit, "olga"), (destruction.witness2_edit, "Roy"),
                       (destruction.means_edit, "incineration")):
        edit.setText(text)
    scan(qtbot, destruction, f"{number}/01")
    scan(qtbot, destruction, f"{number}/02")
    assert destruction.confirm()
    dialog = DisposalsDialog(disk_app, users["sam"])
    qtbot.addWidget(dialog)
    assert dialog.certificate_button.isEnabled() and not dialog.destroy_button.isEnabled()
    assert dialog.yearly(2026, tmp_path / "destroyed-2026.pdf") == 1
    assert disk_app._audit.entries("disposal", "2026")[-1].detail["report"] == "disposal_yearly"


def test_the_custody_form_offers_no_disposal_outside_the_witnessed_scanning(qtbot, disk_app, users, number):
    """A destruction recorded in the generic custody form would skip the scan of each item: only the disposal
    dialogs record one (the command line refuses `custody ... disposed` the same way)."""
    from caseapp.gui.dialogs.custody_event import CustodyEventDialog

    dialog = CustodyEventDialog(disk_app, users["olga"], number, "01", None)
    qtbot.addWidget(dialog)
    offered = {dialog.type_combo.itemData(i) for i in range(dialog.type_combo.count())}
    assert "disposed" not in offered and "disposal_requested" not in offered and "seized" in offered
