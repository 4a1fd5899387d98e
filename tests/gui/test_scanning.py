"""Scanning in the main window, offscreen, with key events as a keyboard-wedge scanner sends them (a label's
characters and Enter, 2 ms a key) and as people type (pauses of 80-200 ms, fast bursts, Enter in fields): a scan
opens what it names and never lands in a text field; nothing a person types is lost or reordered."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from caseapp.core.custody import CustodyEvent
from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.gui.dialogs.receive import ReceiveDialog
from caseapp.gui.main_window import MainWindow
from caseapp.services.custody import Custody
from caseapp.services.locations import Locations
from caseapp.services.workflow import Workflow


class Keyboard:
    """Key events as the window system delivers them: stamped with the time they were typed (events without a
    time are a program's, which the detector leaves alone), offered to the shortcuts first, then pressed and
    released, into whatever has focus; a real wait between keys, so the window's timers fire as they would."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.clock = 1_000_000

    def stroke(self, key: int, text: str, gap_ms: int) -> None:
        self.qtbot.wait(gap_ms)
        self.clock += gap_ms
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):  # Qt offers a press to the shortcuts first
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            event.setTimestamp(self.clock)
            QApplication.sendEvent(QApplication.focusWidget(), event)

    def type(self, text: str, gap_ms: int = 2, enter: bool = True) -> None:
        for char in text:
            self.stroke(_key_of(char), char, gap_ms)
        if enter:
            self.stroke(Qt.Key.Key_Return.value, "\r", gap_ms)

    def key(self, key: Qt.Key, gap_ms: int = 120) -> None:
        self.stroke(key.value, "", gap_ms)


def _key_of(char: str) -> int:
    if char.isalpha() and char.isascii():
        return Qt.Key.Key_A.value + ord(char.upper()) - ord("A")
    return ord(char) if ord(char) < 0x7F else Qt.Key.Key_unknown.value


@pytest.fixture
def keyboard(qtbot) -> Keyboard:
    return Keyboard(qtbot)


def keys(keyboard: Keyboard, text: str, *, delay_ms: int = 2, enter: bool = True) -> None:
    """Type `text` (and Enter) into whatever has focus, `delay_ms` between keys: 2 is a scanner."""
    keyboard.type(text, delay_ms, enter)


def human(keyboard: Keyboard, text: str, pauses=(80, 200, 120, 95, 160)) -> None:
    """A person: one key at a time, with pauses in which every timer fires."""
    for index, char in enumerate(text):
        keyboard.type(char, pauses[index % len(pauses)], enter=False)
    keyboard.qtbot.wait(60)


@pytest.fixture
def case_number(disk_app, users) -> str:
    case = Workflow(disk_app).create(users["olga"], Case(
        occurred_at="2026-11-20T10:00", location=Location(country="CA"),
        exhibits=[Exhibit(substance="fentanyl", quantity=Quantity(Decimal("12.5"), "g")),
                  Exhibit(substance="cocaine", quantity=Quantity(Decimal("1"), "kg"))])).value
    return case.case_number


@pytest.fixture
def window(qtbot, disk_app, users, case_number) -> MainWindow:
    window = MainWindow(disk_app, users["olga"])
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_a_scanned_exhibit_opens_its_case_at_its_custody(qtbot, keyboard, window, case_number):
    window.table.setFocus()
    keys(keyboard, f"{case_number}/02")
    tab = window.current_case_tab()
    assert tab is not None and tab.case_number == case_number
    assert tab.tabs.currentWidget() is tab.custody and tab.custody.selected_exhibit() == "02"
    assert "Scanned exhibit" in window.statusBar().currentMessage()


def test_a_scan_into_a_text_field_does_not_land_there(qtbot, keyboard, window, case_number):
    window.filter.setFocus()
    human(keyboard, "cocaine ")
    keys(keyboard, case_number)
    assert window.filter.text() == "cocaine "
    assert window.current_case_tab() is not None and window.current_case_tab().case_number == case_number


def test_a_person_typing_with_pauses_loses_nothing(qtbot, keyboard, window):
    window.filter.setFocus()
    text = "Vault B/shelf-3 CBSA.2024"
    human(keyboard, text)
    keyboard.key(Qt.Key.Key_Return)
    assert window.filter.text() == text and window.current_case_tab() is None


def test_fast_bursts_and_edits_keep_their_order(qtbot, keyboard, window):
    window.filter.setFocus()
    keys(keyboard, "abcd", delay_ms=3, enter=False)  # a burst as fast as a scan, but no Enter: a person's
    keyboard.key(Qt.Key.Key_Backspace, gap_ms=3)  # a key that is not text gives the held ones back first
    keys(keyboard, "xy", delay_ms=3, enter=False)
    qtbot.wait(80)
    human(keyboard, "z!")
    assert window.filter.text() == "abcxyz!"


def test_an_unknown_scan_is_named_and_given_back_as_typed(qtbot, keyboard, window):
    entered: list[str] = []
    window.filter.returnPressed.connect(lambda: entered.append(window.filter.text()))
    window.filter.setFocus()
    keys(keyboard, "NO-SUCH-CASE")
    assert window.filter.text() == "NO-SUCH-CASE" and entered == ["NO-SUCH-CASE"]
    qtbot.wait(20)
    message = window.statusBar().currentMessage()
    assert "NO-SUCH-CASE" in message and window.current_case_tab() is None


def test_a_scanned_exhibit_that_does_not_exist_is_named(qtbot, keyboard, window, case_number):
    window.filter.setFocus()
    keys(keyboard, f"{case_number}/07")
    qtbot.wait(20)
    assert "has no exhibit 07" in window.statusBar().currentMessage() and window.current_case_tab() is None
    assert window.filter.text() == f"{case_number}/07"  # given back as typed: nothing is lost


def test_the_scan_box_takes_a_code_typed_slowly(qtbot, keyboard, window, case_number):
    window.scanning.box.setFocus()
    human(keyboard, case_number, pauses=(90,))
    keyboard.key(Qt.Key.Key_Return)
    assert window.current_case_tab() is not None and window.current_case_tab().case_number == case_number
    assert window.scanning.box.text() == ""


def test_typing_in_the_case_form_with_pauses_is_kept(qtbot, keyboard, window, case_number):
    tab = window.open_case(case_number)
    field = tab.form.agency
    field.setFocus()
    field.clear()
    human(keyboard, "Port of Montreal, berth 12")
    assert field.text() == "Port of Montreal, berth 12"


def test_a_scanned_location_opens_receive_with_it(qtbot, keyboard, window, disk_app, users, case_number):
    disk_app.service(Locations).add(users["sam"], "VAULT-A.3", "Vault A, shelf 3", kind="shelf")
    window.table.setFocus()
    keys(keyboard, "LOC:VAULT-A.3")
    dialog = window.scanning.receive_dialog
    assert dialog is not None and dialog.isVisible() and dialog.target is not None
    assert dialog.target.code == "VAULT-A.3"
    for number in ("01", "02"):
        disk_app.service(Custody).record(users["olga"], case_number, number, CustodyEvent(
            "seized", "2026-11-20T10:05", "", holder="olga", location="Desk"))
    keys(keyboard, f"{case_number}/01")  # the scan field has focus; the window's detector stays out of dialogs
    keys(keyboard, f"{case_number}/02")
    assert [line.code for line in dialog.lines] == [f"{case_number}/01", f"{case_number}/02"]
    dialog.close()


def test_a_programs_synthetic_keys_are_not_held(qtbot, window):
    """Key events without a time (QTest's, an automation tool's) arrive at once, as without the detector."""
    from PySide6.QtTest import QTest

    window.filter.setFocus()
    QTest.keyClicks(window.filter, "TEST-2026")
    assert window.filter.text() == "TEST-2026" and not window.scanning.detector.holding


def test_typing_in_a_dialog_over_the_window_is_never_held(qtbot, keyboard, window, disk_app, users):
    """A dialog reads its own scans (Receive by scanning): the window's detector stays out of its keys, so a
    person typing there with pauses, fast bursts and Enter keeps every key in order."""
    dialog = window.scanning.receive()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.target_edit.setFocus()
    keyboard.type("Court", 3, enter=False)
    assert not window.scanning.detector.holding and dialog.target_edit.text() == "Court"
    human(keyboard, " clerk B")
    keyboard.key(Qt.Key.Key_Return)
    assert dialog.target is not None and dialog.target.holder == "Court clerk B"
    dialog.close()


def test_keys_typed_into_a_table_cell_follow_the_editor_they_open(qtbot, keyboard, window):
    """The first key typed on an exhibit cell opens its editor, which takes the keys after it: keys given back
    go where the focus is when each is delivered, as without the detector (they used to go to the table and
    leave "c" of "Carfentanil")."""
    from caseapp.gui.models.exhibits import COLUMN

    tab = window.new_case()
    view = tab.form.exhibits.view
    view.setFocus()
    view.setCurrentIndex(tab.form.exhibits.model.index(0, COLUMN["substance"]))
    keyboard.type("Carfentanil", 12, enter=False)  # a fast typist's burst
    qtbot.wait(80)
    keyboard.key(Qt.Key.Key_Tab)
    assert tab.form.exhibits.model.rows[0].cells.get("substance") == "Carfentanil"


KEYSTROKES = st.lists(st.tuples(st.sampled_from(list("abcxyz -.") + ["BACKSPACE", "ENTER"]),
                                st.sampled_from([2, 3, 5, 12, 45, 90, 150])), min_size=1, max_size=24)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(strokes=KEYSTROKES)
def test_any_mix_of_typing_speeds_loses_and_reorders_nothing(qtbot, keyboard, window, strokes):
    """Bursts as fast as a scanner, pauses, Backspace and Enter in any order: the field ends as a plain field
    would with the same keys (a scan of a code this window does not know is given back as typed)."""
    field = QLineEdit(window)
    bar = window.addToolBar("typing")  # not the status bar: its messages hide the widgets added to it
    bar.addWidget(field)
    field.show()
    field.setFocus()
    expected = ""
    for key, gap in strokes:
        if key == "BACKSPACE":
            keyboard.key(Qt.Key.Key_Backspace, gap)
            expected = expected[:-1]
        elif key == "ENTER":
            keyboard.key(Qt.Key.Key_Return, gap)
        else:
            keyboard.type(key, gap, enter=False)
            expected += key
    qtbot.wait(60)
    assert field.text() == expected and window.current_case_tab() is None
    window.removeToolBar(bar)
    bar.deleteLater()


def test_text_composed_by_an_input_method_comes_after_the_held_keys(qtbot, keyboard, window):
    from PySide6.QtGui import QInputMethodEvent

    window.filter.setFocus()
    keyboard.type("d", 90, enter=False)  # held for a moment
    composed = QInputMethodEvent()
    composed.setCommitString("é")
    QApplication.sendEvent(window.filter, composed)
    human(keyboard, "tat")
    assert window.filter.text() == "détat"


def test_the_enter_of_a_scan_that_opens_a_dialog_does_not_reach_the_dialog(qtbot, keyboard, window, disk_app, users):
    disk_app.service(Locations).add(users["sam"], "VAULT-A.3", "Vault A, shelf 3", kind="shelf")
    window.table.setFocus()
    taken: list[str] = []
    original = ReceiveDialog.take_target
    ReceiveDialog.take_target = lambda self: (taken.append(self.target_edit.text()), original(self))[1]
    try:
        keys(keyboard, "LOC:VAULT-A.3")
    finally:
        ReceiveDialog.take_target = original
    assert taken == ["LOC:VAULT-A.3"]  # once, when the dialog opened with it; the scan's Enter went nowhere


def test_a_shortcut_acts_after_the_keys_typed_before_it(qtbot, keyboard, window, case_number):
    """Ctrl+S right after typing saves what was typed: keys held back reach their field before the shortcut
    acts (the save used to go first, and the last characters were left unsaved)."""
    tab = window.open_case(case_number)
    tab.form.agency.setFocus()
    keyboard.type("RCMP", 5, enter=False)
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier, "\x13")
    keyboard.clock += 5
    event.setTimestamp(keyboard.clock)
    QApplication.sendEvent(QApplication.focusWidget(), event)
    qtbot.wait(100)
    assert disk_app_agency(window, case_number) == "RCMP" and not tab.form.is_dirty()


def disk_app_agency(window, case_number: str) -> str:
    return window.app.get_case(case_number).agency or ""
