"""After a workflow step the status bar names the step (Submitted, Returned, Approved), not "Saved"; after a
new case is saved its Attachments panel no longer says attachments wait for the case to be saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from caseapp.gui.dialogs import reason as dialogs_reason
from caseapp.services.workflow import Workflow
from tests.gui.test_main_window import complete_case, window_for

WAITING = "once the case is saved"


def test_the_status_bar_names_the_workflow_step(qtbot, disk_app, users, dialogs, monkeypatch):
    case = Workflow(disk_app).create(users["olga"], complete_case()).value
    number = case.case_number
    officer = window_for(qtbot, disk_app, users["olga"])
    tab = officer.open_case(number)
    tab.submit_button.setFocus()
    qtbot.keyClick(tab.submit_button, Qt.Key.Key_Space)
    assert officer.statusBar().currentMessage() == f"Submitted {number}"

    supervisor = window_for(qtbot, disk_app, users["sam"])
    review = supervisor.open_case(number)
    monkeypatch.setattr(dialogs_reason, "ask_text", staticmethod(lambda *a, **k: ("Weigh it again", True)))
    review.return_button.setFocus()
    qtbot.keyClick(review.return_button, Qt.Key.Key_Space)
    assert supervisor.statusBar().currentMessage() == f"Returned {number}"

    tab.reload()
    tab.form.narrative.setPlainText("weighed again")
    tab.save()
    assert officer.statusBar().currentMessage() == f"Saved {number}"
    tab.submit()
    review.reload()
    dialogs.answer = dialogs.answer.Yes
    review.approve()
    assert supervisor.statusBar().currentMessage() == f"Approved {number}"


def waiting_shown(widget) -> bool:
    return any(WAITING in label.text() and label.isVisible() for label in widget.findChildren(QLabel))


def test_a_saved_new_case_offers_attachments_without_the_waiting_note(qtbot, disk_app, users):
    window = window_for(qtbot, disk_app, users["olga"])
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    tab = window.current_case_tab()
    assert waiting_shown(tab)
    assert not tab.attachments.add_button.isVisible()
    tab.form.occurred.setText("2026-01-02 10:00")
    tab.form.country.setText("Canada")
    tab.form.occurred.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.case_number is not None)
    assert not waiting_shown(tab)
    assert tab.attachments.add_button.isVisible()
