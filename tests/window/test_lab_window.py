"""The real window takes an exhibit to the lab and enters its result, by keyboard alone (keys through the X
server); then the confirmed substance is searched from another process, as a second user would."""

from __future__ import annotations

import io
import os
import time
from pathlib import Path

from pypdf import PdfReader

from caseapp.cli import main
from caseapp.services.app import CaseApp
from caseapp.services.auth import Accounts
from caseapp.services.custody import Custody
from tests.conftest import PASSWORD, fixed_clock
from tests.lab_cases import make_lab_case

SHOTS = os.environ.get("CASEAPP_SHOTS")  # a folder to save screenshots in, to look at the window


def _prepare(path) -> str:
    app = CaseApp.open(path, clock=fixed_clock)
    try:
        accounts = Accounts(app)
        users = {login: accounts.authenticate(login, PASSWORD) for login in ("olga", "li", "sam")}
        return make_lab_case(app, users)
    finally:
        app.close()


def _shot(window, name: str) -> None:
    if SHOTS:
        window.screenshot(Path(SHOTS) / name)


def test_an_exhibit_goes_to_the_lab_and_its_result_is_found_by_search(window, monkeypatch):
    number = _prepare(window.database)
    window.start("li", PASSWORD)
    window.key("ctrl+l", pause=0.5)  # the case list's filter
    window.type(number, pause=0.5)
    window.key("Tab", "Return", pause=1.5)  # into the list, open the case
    window.key("ctrl+Tab", pause=0.8)  # Record -> Custody
    window.key("alt+y", pause=1.0)  # Request analysis…
    request = window.wait_for("^Request analysis")
    window.focus(request)
    window.type("Health Canada DAS", delay_ms=2)
    window.field("alt+y", "identification, purity")
    _shot(window, "window_lab_request.png")
    window.key("Return", pause=1.5)
    window.wait_gone("^Request analysis")
    form = window.database.parent / "request-form.pdf"
    window.focus(window.wait_for("^Save the request-for-analysis form"))
    window.key("ctrl+a")
    window.type(str(form))
    window.key("Return", pause=1.5)
    window.wait_gone("^Save the request-for-analysis form")
    window.focus(window.main_window)
    window.key("alt+u", pause=1.0)  # Lab result… for the exhibit now at the lab
    result = window.wait_for("^Lab result")
    window.focus(result)
    window.field("alt+p", "12.5")
    window.field("alt+c", "CERT-2026-77")
    window.field("alt+w", "98.3 g")
    window.field("alt+y", "olga")
    window.key("alt+s")
    window.type("Carfentanil", delay_ms=2)  # as a scanner or a quick typist would
    _shot(window, "window_lab_result.png")
    window.key("Return", pause=1.0)
    if window.windows("^Lab result"):  # the completer's list took the first Return
        window.key("Return", pause=1.0)
    window.wait_gone("^Lab result")
    time.sleep(0.5)
    _shot(window, "window_lab_done.png")
    assert window.quit() == 0
    assert window.problems() == []

    app = CaseApp.open(window.database)
    try:
        events, state = Custody(app).history(number, "01")
        assert [e.type for e in events][-2:] == ["sent_to_lab", "result_received"]
        assert events[-2].holder == "Health Canada DAS" and events[-2].purpose == "identification, purity"
        assert events[-1].weight == "98.3 g" and events[-1].counted_by == ("li", "olga") and not state.at_lab
        lab = app.get_case(number).exhibits[0].lab
        assert (lab.substance, str(lab.purity_percent), lab.certificate) == ("Carfentanil", "12.5", "CERT-2026-77")
    finally:
        app.close()
    monkeypatch.setenv("CASEAPP_PASSWORD", PASSWORD)
    out, err = io.StringIO(), io.StringIO()
    assert main(["--db", str(window.database), "search", "fentanyl", "--analogues", "--match", "confirmed"],
                out=out, err=err) == 0, err.getvalue()
    assert number in out.getvalue() and "Carfentanil" in out.getvalue()
    assert f"LR-{number}-1" in "".join(page.extract_text() for page in PdfReader(form).pages)
    pdf = window.database.parent / "form.pdf"
    assert main(["--db", str(window.database), "--user", "li", "lab-form", f"LR-{number}-1", "--pdf", str(pdf)],
                out=out, err=err) == 0, err.getvalue()
