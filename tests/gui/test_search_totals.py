"""The search panel's totals line says what the listed results add up to: nothing when a filter is refused
(the rows are cleared with it), and "no kg-equivalent" rather than "0 kg" when no exhibit found has one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_search_panel import loaded, panel, settle  # noqa: F401 - fixtures


def shown(qtbot, panel) -> None:  # noqa: F811
    panel.resize(1200, 800)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    for char in text:
        qtbot.wait(15)
        qtbot.keyClick(widget, char)


def test_an_invalid_filter_clears_the_totals_with_the_results(qtbot, panel):  # noqa: F811
    shown(qtbot, panel)
    type_into(qtbot, panel.substance, "fentanyl")
    settle(qtbot, panel)
    assert "exhibits" in panel.totals_label.text()
    type_into(qtbot, panel.date_from, "2016-13")  # not a date: refused with a message
    qtbot.waitUntil(lambda: panel.message.isVisible() and "From" in panel.message.text(), timeout=5000)
    assert panel.model.rowCount() == 0
    assert panel.totals_label.text() == ""
    assert panel.totals is None


def test_a_search_whose_exhibits_have_no_kg_equivalent_says_so(qtbot, panel):  # noqa: F811
    shown(qtbot, panel)
    panel.analogues.setChecked(False)
    type_into(qtbot, panel.substance, "methamphetamine")  # 3 thousand tablets: no kg-equivalent
    settle(qtbot, panel)
    text = panel.totals_label.text()
    assert "<b>1</b> exhibit" in text
    assert "no kg-equivalent" in text
    assert "0 kg" not in text


def test_a_search_with_kg_shows_the_sum(qtbot, panel):  # noqa: F811
    shown(qtbot, panel)
    panel.analogues.setChecked(False)
    type_into(qtbot, panel.substance, "cocaine")
    settle(qtbot, panel)
    assert "2.45 kg" in panel.totals_label.text()


def test_an_invalid_first_search_shows_no_totals(qtbot, panel):  # noqa: F811
    shown(qtbot, panel)
    type_into(qtbot, panel.date_to, "2016-99")
    qtbot.keyClick(panel.date_to, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.message.text().startswith("To"), timeout=5000)
    assert panel.totals_label.text() == ""


def test_filter_labels_have_room_for_their_letters_drawn_apart(qtbot, panel):  # noqa: F811
    """A mnemonic's underline draws its letter apart from the next, without kerning: "To" was cut to "Tc"."""
    from PySide6.QtWidgets import QLabel
    shown(qtbot, panel)
    for label in panel.findChildren(QLabel):
        if label.buddy() is None or not label.text():
            continue
        text = label.text().replace("&", "")
        metrics = label.fontMetrics()
        assert label.width() >= sum(metrics.horizontalAdvance(ch) for ch in text), text
