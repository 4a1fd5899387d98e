"""The lab in the custody tab, typed into like a user: a request for analysis, the lab's result, the weight
discrepancy flag, and the evidence room settings dialog. What counts is what the services read back."""

from __future__ import annotations

import os
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from caseapp.core import room
from caseapp.core.custody import CustodyEvent
from caseapp.gui.dialogs.lab import LabRequestDialog, LabResultDialog
from caseapp.gui.dialogs.room_settings import RoomSettingsDialog
from caseapp.gui.widgets.custody_tab import CustodyTab
from caseapp.gui.widgets.lab_buttons import FLAG_RED
from caseapp.services.custody import Custody
from caseapp.services.settings import read_room_settings
from caseapp.store.contract.queries import SearchQuery
from tests.lab_cases import make_lab_case

SHOTS = os.environ.get("CASEAPP_SHOTS")  # a folder to save screenshots in, to look at the dialogs


@pytest.fixture
def number(disk_app, users) -> str:
    return make_lab_case(disk_app, users)


@pytest.fixture
def tab(qtbot, disk_app, users, number) -> CustodyTab:
    widget = CustodyTab(disk_app, users["li"])
    qtbot.addWidget(widget)
    widget.resize(1200, 420)
    widget.show_case(number)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text, delay=2)


def press(qtbot, button) -> None:
    assert button.isEnabled()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def send_to_lab(qtbot, tab: CustodyTab) -> LabRequestDialog:
    press(qtbot, tab.lab.request_button)
    dialog = tab.lab.dialog
    assert isinstance(dialog, LabRequestDialog)
    qtbot.waitExposed(dialog)
    assert dialog.chosen() == ["01"]  # the exhibit chosen in the tab
    dialog.set_chosen("02", True)
    type_into(qtbot, dialog.lab_edit, "HC Drug Analysis")
    dialog.at_edit.clear()
    type_into(qtbot, dialog.at_edit, "2026-11-22 09:00")
    type_into(qtbot, dialog.tests_edit, "identification, purity")
    type_into(qtbot, dialog.sample_edits["01"], "2 g")
    type_into(qtbot, dialog.sample_edits["02"], "0.5 g")
    dialog.form_check.setChecked(False)
    return dialog


def test_a_request_from_the_tab_sends_the_chosen_exhibits_and_saves_the_form(qtbot, tab, disk_app, number,
                                                                             tmp_path, monkeypatch, opened_urls):
    form = tmp_path / "form"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(form), "PDF (*.pdf)"))
    dialog = send_to_lab(qtbot, tab)
    dialog.form_check.setChecked(True)
    if SHOTS:
        dialog.grab().save(f"{SHOTS}/lab_request.png")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.lab_edit, Qt.Key.Key_Return)
    for exhibit, sample in (("01", "2 g"), ("02", "0.5 g")):
        events, state = Custody(disk_app).history(number, exhibit)
        assert (events[-1].type, events[-1].sample_weight, events[-1].batch) == ("sent_to_lab", sample,
                                                                                 f"LR-{number}-1")
        assert state.holder == "HC Drug Analysis" and events[-1].purpose == "identification, purity"
    assert tab.lab.result_button.isEnabled()
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "form.pdf").pages)
    assert f"LR-{number}-1" in text and "0.5 g" in text and opened_urls
    again = tmp_path / "again.pdf"
    assert tab.lab.form_button.isEnabled() and tab.lab.form_again(again) == 1
    assert f"LR-{number}-1" in "".join(page.extract_text() for page in PdfReader(again).pages)


def test_a_refused_request_keeps_the_dialog_open_with_every_reason(qtbot, tab, disk_app, number):
    assert not tab.lab.form_button.isEnabled()  # no request yet
    press(qtbot, tab.lab.request_button)
    dialog = tab.lab.dialog
    type_into(qtbot, dialog.sample_edits["01"], "two grams")
    qtbot.keyClick(dialog.sample_edits["01"], Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "Lab:" in dialog.error_label.text() and "sample_weight" in dialog.error_label.text()
    assert dialog.sample_edits["01"].text() == "two grams"
    assert not Custody(disk_app).history(number, "01")[1].at_lab
    dialog.reject()


def test_the_result_confirms_the_substance_and_search_finds_it(qtbot, tab, disk_app, number):
    dialog = send_to_lab(qtbot, tab)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.lab_edit, Qt.Key.Key_Return)
    tab.exhibit_table.selectRow(0)
    press(qtbot, tab.lab.result_button)
    result = tab.lab.dialog
    assert isinstance(result, LabResultDialog) and result.lab_edit.text() == "HC Drug Analysis"
    type_into(qtbot, result.substance_edit, "Carfentanil")
    type_into(qtbot, result.purity_edit, "12.5")
    type_into(qtbot, result.certificate_edit, "CERT-1")
    type_into(qtbot, result.weight_edit, "98 g")
    result.at_edit.clear()
    type_into(qtbot, result.at_edit, "2026-11-24 10:00")
    if SHOTS:
        result.grab().save(f"{SHOTS}/lab_result.png")
    qtbot.keyClick(result.weight_edit, Qt.Key.Key_Return)
    assert result.isVisible() and "counted_by" in result.error_label.text()  # li alone weighed it
    type_into(qtbot, result.counter_edits[1], "olga")
    with qtbot.waitSignal(result.accepted):
        qtbot.keyClick(result.counter_edits[1], Qt.Key.Key_Return)
    lab = disk_app.get_case(number).exhibits[0].lab
    assert lab.substance == "Carfentanil" and lab.purity_percent == Decimal("12.5") and lab.certificate == "CERT-1"
    hits = disk_app.search(SearchQuery(substance="fentanyl", analogues=True, match_on="confirmed"))
    assert [(h.case_number, h.exhibit_number) for h in hits] == [(number, "01")]


def test_a_weight_beyond_tolerance_is_flagged_red_on_the_exhibit(qtbot, tab, disk_app, users, number):
    Custody(disk_app).record(users["olga"], number, "02", CustodyEvent(
        "reweighed", "2026-11-23T10:00", "", weight="47.5 g", counted_by=("olga", "li")))
    tab.reload()
    if SHOTS:
        tab.grab().save(f"{SHOTS}/custody_tab_flag.png")
    state_cell = tab.exhibit_table.item(1, 4)
    assert "weight discrepancy (1)" in state_cell.text() and state_cell.foreground().color() == FLAG_RED
    assert "47.5 g against 50 g" in state_cell.toolTip()
    assert "discrepancy" not in tab.exhibit_table.item(0, 4).text()
    tab.exhibit_table.selectRow(0)
    assert "counted by olga and li" in tab.event_table.item(1, 7).text()  # the sealed event's weighers


def test_the_room_settings_dialog_saves_through_the_service(qtbot, disk_app, users):
    dialog = RoomSettingsDialog(None, disk_app, users["ada"])
    qtbot.addWidget(dialog)
    dialog.show()
    if SHOTS:
        dialog.grab().save(f"{SHOTS}/room_settings.png")
    percent = dialog.edits[room.TOLERANCE_PERCENT_KEY]
    percent.selectAll()
    type_into(qtbot, percent, "150")
    qtbot.keyClick(percent, Qt.Key.Key_Return)
    assert dialog.isVisible() and "0 to 100" in dialog.error_label.text()
    assert read_room_settings(disk_app) == room.RoomSettings()
    percent.selectAll()
    type_into(qtbot, percent, "3")
    retention = dialog.edits[room.RETENTION_PREFIX + "drug"]
    retention.selectAll()
    type_into(qtbot, retention, "730")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(retention, Qt.Key.Key_Return)
    saved = read_room_settings(disk_app)
    assert saved.tolerance_percent == Decimal("3") and saved.retention_for("drug") == 730


def test_the_custody_dialog_names_the_two_people_who_weigh_a_drug(qtbot, disk_app, users, number):
    from caseapp.gui.dialogs.custody_event import CustodyEventDialog

    _, state = Custody(disk_app).history(number, "02")
    dialog = CustodyEventDialog(disk_app, users["li"], number, "02", state)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("reweighed"))
    assert dialog.form.isRowVisible(dialog.labels["counted_by"]) and dialog.counted_edits[1].isVisible()
    type_into(qtbot, dialog.at_edit, "2026-11-23 10:00")
    type_into(qtbot, dialog.edits["weight"], "50.1 g")
    type_into(qtbot, dialog.counted_edits[0], "li")
    qtbot.keyClick(dialog.counted_edits[0], Qt.Key.Key_Return)
    assert dialog.isVisible() and "counted by" in dialog.error_label.text().lower()
    type_into(qtbot, dialog.counted_edits[1], "olga")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.counted_edits[1], Qt.Key.Key_Return)
    events, _ = Custody(disk_app).history(number, "02")
    assert (events[-1].type, events[-1].weight, events[-1].counted_by) == ("reweighed", "50.1 g", ("li", "olga"))
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("transferred"))
    assert not dialog.form.isRowVisible(dialog.labels["counted_by"])


def test_a_time_that_is_not_one_is_named_and_nothing_is_sent(qtbot, tab, disk_app, number):
    press(qtbot, tab.lab.request_button)
    dialog = tab.lab.dialog
    type_into(qtbot, dialog.lab_edit, "HC Lab")
    dialog.at_edit.clear()
    type_into(qtbot, dialog.at_edit, "yesterday")
    qtbot.keyClick(dialog.at_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error_label.text().startswith("When:")
    assert not Custody(disk_app).history(number, "01")[1].at_lab
    dialog.reject()
