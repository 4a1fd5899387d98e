"""The work queues' side panel: counts for the signed-in user, a queue's rows in the main area (urgent ones in
red), Enter opening the case at the exhibit, and counts following a change made in the window."""

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from caseapp.core.custody import CustodyEvent
from caseapp.gui.main_window import MainWindow
from caseapp.gui.widgets.queue_panel import URGENT
from caseapp.services.custody import Custody
from tests.services.queue_data import fill

SHOTS = os.environ.get("CASEAPP_SCREENSHOTS")  # a folder to save the panel's screenshots in, when set


def window_for(qtbot, app, user):
    window = MainWindow(app, user)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def counts_shown(window):
    panel = window.queues
    return {panel.list.item(r).data(Qt.ItemDataRole.UserRole): panel.list.item(r).text()
            for r in range(panel.list.count())}


def test_the_panel_counts_each_queue_of_the_user(qtbot, disk_app, users):
    fill(disk_app, users)
    window = window_for(qtbot, disk_app, users["olga"])
    qtbot.waitUntil(lambda: window.queues.counts != {})
    shown = counts_shown(window)
    assert shown["drafts"] == "My drafts (2)" and shown["checked-out"] == "Checked out past due (1)"
    assert "review" not in shown
    assert window.queues.list.item(0).font().bold()
    sam = window_for(qtbot, disk_app, users["sam"])
    qtbot.waitUntil(lambda: sam.queues.counts != {})
    assert counts_shown(sam)["review"] == "Awaiting my review (1)"


def test_enter_on_a_queue_row_opens_the_case_at_its_exhibit(qtbot, disk_app, users):
    cases = fill(disk_app, users)
    window = window_for(qtbot, disk_app, users["olga"])
    qtbot.waitUntil(lambda: window.queues.counts != {})
    panel = window.queues
    item = next(panel.list.item(r) for r in range(panel.list.count())
                if panel.list.item(r).data(Qt.ItemDataRole.UserRole) == "lab")
    panel.list.setCurrentItem(item)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    view = panel.view
    assert window.tabs.currentWidget() is view and view.model.rowCount() == 1
    assert view.model.data(view.model.index(0, 3), Qt.ItemDataRole.ForegroundRole).color() == URGENT
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "queue-lab.png"))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    tab = window.current_case_tab()
    assert tab.case_number == cases["recent"]
    assert tab.tabs.currentWidget() is tab.custody and tab.custody.selected_exhibit() == "02"


def test_counts_follow_a_change_made_in_the_window(qtbot, disk_app, users):
    cases = fill(disk_app, users)
    window = window_for(qtbot, disk_app, users["olga"])
    qtbot.waitUntil(lambda: window.queues.counts.get("checked-out") == 1)
    window.queues.show_queue("checked-out")
    done = Custody(disk_app).record(users["olga"], cases["recent"], "01",
                                    CustodyEvent(type="checked_in", at="2026-11-24T10:00", actor=""))
    window.hub.announce(done.changes)
    qtbot.waitUntil(lambda: window.queues.counts.get("checked-out") == 0, timeout=5000)
    assert window.queues.view.model.rowCount() == 0
    assert counts_shown(window)["checked-out"] == "Checked out past due (0)"


def test_the_panel_shows_no_queue_it_cannot_read(qtbot, disk_app, users):
    window = window_for(qtbot, disk_app, users["olga"])
    window.queues.show_queue("review")  # not an officer's queue: refused, said, nothing shown
    assert "not a queue" in window.queues.note.text()
    assert window.tabs.indexOf(window.queues.view) < 0
