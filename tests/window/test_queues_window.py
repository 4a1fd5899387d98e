"""The work queues in the real window: a click on a queue in the side panel lists its rows, Enter opens the case
at the exhibit, and the custody event recorded there by keyboard takes the exhibit off the queue (read back from
the store afterwards)."""

from __future__ import annotations

import time

from caseapp.services.app import CaseApp
from caseapp.services.auth import Accounts
from caseapp.services.custody import Custody
from caseapp.services.numbers import ExternalNumbers
from caseapp.services.queues import Queues
from tests.conftest import PASSWORD, fixed_clock
from tests.services.queue_data import fill
from tests.window.driver import _xdotool


def _signed_in(app: CaseApp) -> dict:
    accounts = Accounts(app)
    return {login: accounts.authenticate(login, PASSWORD) for login in ("olga", "li", "sam")} | {
        "ada": accounts.authenticate("ada", PASSWORD)}


def test_a_queue_clicked_in_the_side_panel_opens_its_exhibit_and_the_result_recorded_clears_it(window, tmp_path):
    app = CaseApp.open(window.database, clock=fixed_clock)
    try:
        cases = fill(app, _signed_in(app))
    finally:
        app.close()
    window.start("olga", PASSWORD)
    time.sleep(1.5)  # the counts arrive from their worker
    # the side panel's fourth queue, "At the lab, no result", under the menu, the toolbar and the panel's title
    _xdotool(window.display, "mousemove", "--window", window.main_window, "60", "119", "click", "1")
    time.sleep(0.8)  # its rows, in the Work queue tab, the first selected and the keys in the table
    window.screenshot(tmp_path / "queue-rows.png")
    window.key("Return", pause=1.5)  # opens the case at exhibit 02, on its Custody tab
    window.screenshot(tmp_path / "case-at-exhibit.png")
    window.key("alt+r", pause=1.0)  # Record event…: at the lab, the dialog offers result received
    dialog = window.wait_for("^Record custody event")
    window.focus(dialog)
    window.key("Tab")
    window.type("2026-11-24 16:00", pause=0.3)
    window.key("Return", pause=1.0)
    window.wait_gone("^Record custody event")
    assert window.quit() == 0
    assert window.problems() == []
    app = CaseApp.open(window.database, clock=fixed_clock)
    try:
        events, state = Custody(app).history(cases["recent"], "02")
        assert [e.type for e in events][-1] == "result_received" and events[-1].at == "2026-11-24T16:00"
        assert state is not None and not state.at_lab
        olga = Accounts(app).authenticate("olga", PASSWORD)
        assert Queues(app).rows(olga, "lab") == []
    finally:
        app.close()


def test_a_lab_sample_number_scanned_into_the_filter_opens_its_exhibit_for_the_result(window, tmp_path):
    app = CaseApp.open(window.database, clock=fixed_clock)
    try:
        people = _signed_in(app)
        cases = fill(app, people)
        ExternalNumbers(app).add(people["olga"], cases["recent"], "lab", "HC 2026/0042", exhibit_number="02")
    finally:
        app.close()
    window.start("olga", PASSWORD)
    window.key("ctrl+l")  # the case list's filter
    window.type("HC20260042", delay_ms=2)  # a keyboard-wedge scanner: the code, then Enter, 2 ms a key
    window.key("Return", pause=1.5)
    window.screenshot(tmp_path / "scanned-number.png")
    window.key("alt+r", pause=1.0)  # Record event…: the exhibit at the lab, the dialog offers result received
    window.focus(window.wait_for("^Record custody event"))
    window.key("Tab")
    window.type("2026-11-24 16:30", pause=0.3)
    window.key("Return", pause=1.0)
    window.wait_gone("^Record custody event")
    assert window.quit() == 0
    assert window.problems() == []
    app = CaseApp.open(window.database, clock=fixed_clock)
    try:
        events, state = Custody(app).history(cases["recent"], "02")
        assert events[-1].type == "result_received" and events[-1].at == "2026-11-24T16:30"
        assert events[-1].actor == "olga" and state is not None and not state.at_lab
    finally:
        app.close()
