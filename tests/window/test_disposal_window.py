"""The disposal of two exhibits in the real window, keys through the X server: an officer requests it from the
case's custody tab, a supervisor authorises it in Evidence > Disposals, an officer scans each item with a
keyboard-wedge scanner (the label's characters and Enter, 2 ms a key) in the witnessed destruction and saves the
certificate. What the window stored is read back from another process."""

from __future__ import annotations

from pypdf import PdfReader

from caseapp.services.app import CaseApp
from caseapp.services.auth import Accounts
from caseapp.services.disposal import Disposal
from tests.conftest import PASSWORD, fixed_clock
from tests.disposal_data import disposal_case
from tests.window.driver import Window


def _prepared(path) -> str:
    app = CaseApp.open(path, clock=fixed_clock)
    try:
        users = {login: app.service(Accounts).authenticate(login, PASSWORD) for login in ("olga", "sam")}
        return disposal_case(app, users)
    finally:
        app.close()


def scan(window: Window, code: str) -> None:
    """A keyboard-wedge scanner: the code's characters 2 ms apart, then Enter."""
    window.type(code, delay_ms=2, pause=0.1)
    window.key("Return", pause=0.3)


def open_disposals(window: Window) -> str:
    window.key("alt+f", pause=0.3)  # File menu, then right to Evidence (File, Case, Search, Evidence)
    window.key("Right", "Right", "Right", pause=0.3)
    window.key("d", pause=0.5)
    dialog = window.wait_for("^Disposals$")
    window.focus(dialog)
    return dialog


def test_an_officer_requests_a_supervisor_authorises_and_each_item_is_scanned_before_destruction(window,
                                                                                                   tmp_path):
    number = _prepared(window.database)
    # olga requests the disposal of both exhibits from the case's custody tab
    window.start("olga", PASSWORD)
    window.key("ctrl+l")
    window.type(number, pause=0.3)
    window.key("Return", pause=1.0)
    window.key("ctrl+Tab", pause=0.8)  # Record -> Custody
    window.key("alt+x", pause=0.3)
    window.key("alt+d", pause=0.5)
    request = window.wait_for("^Request disposal$")
    window.focus(request)
    window.key("alt+e", "Down", "space", pause=0.2)  # exhibit 01 came ticked (the chosen one); tick 02
    window.key("alt+r")
    window.type("Case closed; appeal period over", pause=0.2)
    window.key("alt+q", pause=1.0)
    window.wait_gone("^Request disposal$")
    assert window.quit() == 0 and window.problems() == []

    # sam authorises it in Evidence > Disposals
    window.start("sam", PASSWORD)
    disposals = open_disposals(window)
    window.key("alt+a", pause=0.5)
    decision = window.wait_for("^Authorise disposal D-2026-1$")
    window.focus(decision)
    window.key("alt+l")
    window.type("CDSA s.26; order of Justice Roy")
    window.key("alt+h")
    window.type("HC-DA-2026-0117")
    window.key("alt+r")
    window.type("No further evidentiary use")
    window.key("alt+a", pause=1.0)
    window.wait_gone("^Authorise disposal")
    window.focus(disposals)
    window.key("Escape", pause=0.5)
    assert window.quit() == 0 and window.problems() == []

    # li scans each item, a stray label is refused, two witnesses, confirm, then the certificate
    window.start("li", PASSWORD)
    disposals = open_disposals(window)
    window.key("alt+w", pause=0.8)
    destruction = window.wait_for("^Witnessed destruction D-2026-1$")
    window.focus(destruction)
    scan(window, f"{number}/01")
    scan(window, "LOC:VAULT-A.3")
    scan(window, f"{number}/02")
    for chord, text in (("alt+1", "olga"), ("alt+2", "Cst. Marie Roy"), ("alt+m", "incineration"),
                        ("alt+p", "Incinerator, Mississauga")):
        window.key(chord)
        window.type(text)
    window.screenshot(tmp_path / "destruction.png")
    window.key("alt+c", pause=1.5)
    window.key("alt+e", pause=1.0)
    saving = window.wait_for("^Certificate of batch D-2026-1$")
    window.focus(saving)
    certificate = tmp_path / "certificate-D-2026-1.pdf"
    window.key("ctrl+a")
    window.type(str(certificate), pause=0.3)
    window.key("Return", pause=1.5)
    window.wait_gone("^Certificate of batch")
    window.focus(destruction)
    window.key("Escape", pause=0.5)
    window.focus(disposals)
    window.key("Escape", pause=0.5)
    assert window.quit() == 0 and window.problems() == []

    app = CaseApp.open(window.database)
    try:
        batch = app.service(Disposal).batch("D-2026-1")
        assert (batch.status, batch.method, batch.requested.actor, batch.authorised.actor, batch.disposed.actor) == (
            "disposed", "destruction", "olga", "sam", "li")
        assert (batch.requested.reason, batch.legal_basis, batch.authorisation) == (
            "Case closed; appeal period over", "CDSA s.26; order of Justice Roy", "HC-DA-2026-0117")
        assert (batch.witnesses, batch.means, batch.place) == (("olga", "Cst. Marie Roy"), "incineration",
                                                               "Incinerator, Mississauga")
        assert [i.code for i in batch.items] == [f"{number}/01", f"{number}/02"]
        assert app.verify().ok
    finally:
        app.close()
    text = " ".join(PdfReader(certificate).pages[0].extract_text().split())
    assert "Certificate of destruction" in text and "HC-DA-2026-0117" in text and "Cst. Marie Roy" in text
