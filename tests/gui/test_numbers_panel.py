"""Other agencies' numbers in the window: typed on a case tab's Numbers tab and read back from the store; a lab
sample number scanned into the case list's filter (a keyboard wedge: its characters and Enter, 2 ms a key) opens
the case at its exhibit; a bad number is said and nothing is written."""

import os
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.gui.main_window import MainWindow
from caseapp.services.numbers import ExternalNumbers
from caseapp.services.workflow import Workflow

SHOTS = os.environ.get("CASEAPP_SCREENSHOTS")


def window_with_case(qtbot, app, user):
    number = Workflow(app).create(user, Case(
        occurred_at="2026-11-20T10:00", location=Location(country="CA"),
        exhibits=[Exhibit(substance="cocaine", quantity=Quantity(Decimal("1"), "kg")),
                  Exhibit(substance="fentanyl", quantity=Quantity(Decimal("12"), "g"))])).value.case_number
    window = MainWindow(app, user)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window, number


def scan(qtbot, widget, code):
    """A keyboard-wedge scanner: each character of the code, then Enter, 2 ms apart."""
    for character in code:
        QTest.keyClicks(widget, character, Qt.KeyboardModifier.NoModifier, 2)
    QTest.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, 2)


def test_a_number_typed_on_the_case_tab_is_stored_and_shown(qtbot, disk_app, users):
    window, number = window_with_case(qtbot, disk_app, users["olga"])
    tab = window.open_case(number)
    tab.tabs.setCurrentWidget(tab.numbers)
    panel = tab.numbers
    panel.kind.setCurrentIndex(panel.kind.findData("lab"))
    panel.where.setCurrentIndex(panel.where.findData("02"))
    qtbot.keyClicks(panel.value, "HC 2026/0042")
    qtbot.keyClick(panel.value, Qt.Key.Key_Return)
    stored = ExternalNumbers(disk_app).for_case(number)
    assert [(n.kind, n.value, n.exhibit_number, n.added_by) for n in stored] == [("lab", "HC 2026/0042", "02", "olga")]
    assert panel.table.rowCount() == 1 and panel.table.item(0, 1).text() == "HC 2026/0042"
    assert panel.value.text() == "" and "Added Lab sample number HC 2026/0042" in panel.note.text()
    assert tab.history.isEnabled()
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "numbers-tab.png"))


def test_a_bad_number_is_said_and_nothing_is_written(qtbot, disk_app, users):
    window, number = window_with_case(qtbot, disk_app, users["olga"])
    tab = window.open_case(number)
    panel = tab.numbers
    qtbot.keyClicks(panel.value, "--//")
    qtbot.keyClick(panel.value, Qt.Key.Key_Return)
    assert "has no letter or digit" in panel.note.text()
    assert ExternalNumbers(disk_app).for_case(number, include_removed=True) == []


def test_a_scanned_lab_sample_number_in_the_filter_opens_the_case_at_its_exhibit(qtbot, disk_app, users):
    window, number = window_with_case(qtbot, disk_app, users["olga"])
    ExternalNumbers(disk_app).add(users["olga"], number, "lab", "HC 2026/0042", exhibit_number="02")
    window.focus_filter()
    scan(qtbot, window.filter, "HC20260042")
    tab = window.current_case_tab()
    assert tab is not None and tab.case_number == number
    assert tab.tabs.currentWidget() is tab.custody and tab.custody.selected_exhibit() == "02"
    assert "HC 2026/0042 is the Lab sample number of" in window.statusBar().currentMessage()


def test_a_number_scanned_into_the_search_panels_words_opens_its_case(qtbot, disk_app, users):
    window, number = window_with_case(qtbot, disk_app, users["olga"])
    ExternalNumbers(disk_app).add(users["olga"], number, "crown", "CR-VAN-26-88")
    window.show_search()
    window.search_panel.text.setFocus()
    scan(qtbot, window.search_panel.text, "cr van 26 88")
    tab = window.current_case_tab()
    assert tab is not None and tab.case_number == number
    assert tab.tabs.currentIndex() == 0  # a number of the case itself: the case opens on its record
