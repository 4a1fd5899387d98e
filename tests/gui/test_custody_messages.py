"""The custody event dialog's messages: one bullet per problem, each whole (a problem whose own words hold a
';' is not cut in two), and times quoted as the officer typed them, not in ISO form."""

from __future__ import annotations

from PySide6.QtCore import Qt

from caseapp.services.custody import Custody
from tests.gui.test_custody_tab import case_number, open_dialog, tab, type_and_tab  # noqa: F401 - fixtures


def test_a_number_problem_and_a_time_problem_are_two_whole_bullets(qtbot, tab, disk_app, case_number):  # noqa: F811
    dialog = open_dialog(qtbot, tab)
    dialog.at_edit.setFocus()
    type_and_tab(qtbot, dialog, "2026-12-01 10:00", "olga")  # in the future (the clock is fixed)
    qtbot.keyClicks(dialog.location_edit, "Desk")
    dialog.edits["weight"].setFocus()
    qtbot.keyClicks(dialog.edits["weight"], "1,000 g")
    qtbot.keyClick(dialog.edits["weight"], Qt.Key.Key_Return)

    assert dialog.isVisible() and dialog.error_label.isVisible()
    lines = dialog.error_label.text().splitlines()
    assert len(lines) == 2, lines
    assert all(line.startswith("• ") and line.endswith(".") for line in lines)
    assert any("no group separators; use '.' for decimals)" in line for line in lines), lines
    time_line = next(line for line in lines if "future" in line)
    assert "'2026-12-01 10:00'" in time_line
    assert "T10:00" not in dialog.error_label.text()
    assert Custody(disk_app).history(case_number, "01")[0] == []


def test_a_time_typed_with_a_slash_date_is_quoted_as_typed(qtbot, tab, case_number):  # noqa: F811
    dialog = open_dialog(qtbot, tab)
    dialog.at_edit.setFocus()
    type_and_tab(qtbot, dialog, "2026-12-01 7:00", "olga")
    qtbot.keyClicks(dialog.location_edit, "Desk")
    qtbot.keyClick(dialog.location_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "'2026-12-01 7:00'" in dialog.error_label.text()
    assert "T07:00" not in dialog.error_label.text()
