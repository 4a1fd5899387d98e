"""Scanning in the real window, with real key events through the X server: a keyboard-wedge scanner is xdotool
typing a label's characters 2 ms apart and Enter. A location label scanned in the main window opens Receive or
transfer by scanning; three exhibit labels follow and Confirm stores them there, read back through the command
line from another process. And a person typing into the case form with pauses keeps every character."""

from __future__ import annotations

import io
import random
import time
from decimal import Decimal

from caseapp.cli import main
from caseapp.core.custody import CustodyEvent
from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.services.app import CaseApp
from caseapp.services.auth import Accounts
from caseapp.services.custody import Custody
from caseapp.services.locations import Locations
from caseapp.services.workflow import Workflow
from tests.conftest import PASSWORD, fixed_clock
from tests.window.driver import _xdotool

SCANNER_DELAY_MS = 2


def scan(window, text: str) -> None:
    """What a keyboard-wedge scanner sends: the label's characters 2 ms apart, then Enter."""
    window.check_alive()
    _xdotool(window.display, "type", "--clearmodifiers", "--delay", str(SCANNER_DELAY_MS), "--", text)
    _xdotool(window.display, "key", "--clearmodifiers", "Return")
    time.sleep(0.4)


def _room(path) -> str:
    app = CaseApp.open(path, clock=fixed_clock)
    try:
        sam = Accounts(app).authenticate("sam", PASSWORD)
        olga = Accounts(app).authenticate("olga", PASSWORD)
        app.service(Locations).add(sam, "VAULT-A.3", "Vault A, shelf 3", kind="shelf")
        case = app.service(Workflow).create(olga, Case(
            occurred_at="2026-11-20T10:00", location=Location(country="CA"),
            exhibits=[Exhibit(substance="fentanyl", quantity=Quantity(Decimal("12.5"), "g")),
                      Exhibit(substance="cocaine", quantity=Quantity(Decimal("1"), "kg")),
                      Exhibit(substance="cannabis", quantity=Quantity(Decimal("3"), "kg"))])).value
        for number in ("01", "02", "03"):
            app.service(Custody).record(olga, case.case_number, number, CustodyEvent(
                "seized", "2026-11-20T10:05", "", holder="olga", location="Mail centre"))
        return str(case.case_number)
    finally:
        app.close()


def _custody(database, case_number: str, exhibit: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    assert main(["--db", str(database), "custody", case_number, exhibit], out=out, err=err) == 0, err.getvalue()
    return out.getvalue()


def test_a_location_and_three_exhibits_scanned_in_the_window_are_stored_there(window, tmp_path):
    number = _room(window.database)
    window.start("olga", PASSWORD)
    scan(window, "LOC:VAULT-A.3")  # in the main window: opens Receive or transfer by scanning with it
    dialog = window.wait_for("^Receive or transfer by scanning")
    window.focus(dialog)
    for exhibit in ("01", "02", "03"):
        scan(window, f"{number}/{exhibit}")
    window.screenshot(tmp_path / "receive-window.png")
    window.key("alt+c", pause=1.0)  # Confirm
    window.key("Escape", pause=0.5)
    assert window.quit() == 0
    assert window.problems() == []
    for exhibit in ("01", "02", "03"):
        shown = _custody(window.database, number, exhibit)
        assert "stored          olga         at VAULT-A.3" in shown and "now: held by olga at VAULT-A.3" in shown


def test_a_person_typing_in_the_case_form_with_pauses_is_not_taken_for_a_scanner(window):
    window.start("olga", PASSWORD)
    window.key("ctrl+n")
    window.wait_for("^caseapp — olga")
    pauses = random.Random(18)
    for char in "2026-11-20 14:30":
        window.type(char, pause=pauses.uniform(0.08, 0.2))
    time.sleep(0.4)
    window.key("alt+n")  # Place name
    place = "Port of Vancouver, berth 12"
    for char in place[:9]:
        window.type(char, pause=pauses.uniform(0.08, 0.2))
    window.type(place[9:], pause=0.3)  # a fast typist's burst, 12 ms a key
    window.key("Return", pause=0.3)  # Enter in a field
    window.key("ctrl+s", pause=1.0)
    assert window.quit() == 0
    assert window.problems() == []
    app = CaseApp.open(window.database)
    try:
        cases = list(app._store.iter_cases())
        assert [(c.occurred_at, c.location.name) for c in cases] == [("2026-11-20T14:30", place)]
    finally:
        app.close()
