"""`caseapp-cli disposal` on both back ends: the whole workflow from the command line, the refusals with their
messages (nothing written), and the custody command pointing disposal steps to it."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from caseapp.services.disposal import Disposal
from tests.conftest import make_users
from tests.disposal_data import disposal_case
from tests.test_cli import passwords, run  # noqa: F401  (passwords: the autouse fixture giving CASEAPP_PASSWORD)


@pytest.fixture
def ready(open_app, tmp_path):
    """(the --db value, the case number, the app): an approved case analysed by the lab, users of PEOPLE."""
    app = open_app(tmp_path / "disposal.sqlite3")
    app.initialise(timezone="UTC")
    users = make_users(app)
    number = disposal_case(app, users)
    db = app.location.url if app.location.server else app.path
    return db, number, app


def _entries(app) -> int:
    """Audit entries other than logins (each command that logs in writes one)."""
    return len([e for e in app._audit.entries() if e.action != "login"])


def test_the_whole_workflow_from_the_command_line(ready, tmp_path):
    db, number, app = ready
    code, out, err = run("--user", "olga", "disposal", "request", number, "01", "2", "--reason", "case closed",
                         "--method", "destruction", db=db)
    assert code == 0, err
    assert out.startswith("D-2026-1  destruction awaiting authorisation") and f"{number}/02" in out
    code, out, err = run("--user", "sam", "disposal", "authorise", "D-2026-1", "--legal-basis", "CDSA s.26",
                         "--reason", "no further use", "--hc-authorisation", "HC-DA-2026-0117", db=db)
    assert code == 0 and "authorised by sam" in out, err
    code, out, err = run("--user", "li", "disposal", "destroy", "D-2026-1", "--witness", "olga", "--witness",
                         "Cst. Marie Roy", "--method", "incineration", "--place", "Incinerator",
                         "--scanned", f"{number}/01", f"{number}/02", "--weight", f"{number}/02=999.1 g", db=db)
    assert code == 0 and "disposed of by li" in out and "999.1 g" in out, err
    code, out, _ = run("custody", number, "01", db=db)
    assert "disposal_authorised" in out
    assert "batch D-2026-1; legal basis CDSA s.26; authorisation HC-DA-2026-0117" in out
    code, out, _ = run("disposal", "list", db=db)
    assert code == 0 and "D-2026-1  destruction disposed of" in out
    pdf = tmp_path / "certificate.pdf"
    code, out, err = run("--user", "sam", "disposal", "certificate", "D-2026-1", "--out", str(pdf), "--lang", "en",
                         db=db)
    assert code == 0 and out == f"{pdf}: 1 page\n", err
    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "Certificate of destruction" in text and "HC-DA-2026-0117" in text and "999.1 g" in text
    yearly = tmp_path / "yearly.pdf"
    code, _, err = run("--user", "olga", "disposal", "yearly", "2026", "--out", str(yearly), "--lang", "en", db=db)
    assert code == 0, err
    assert "All substances 2 1.012" in " ".join(PdfReader(yearly).pages[0].extract_text().split())
    assert app.verify().ok


@pytest.mark.parametrize(("step", "message"), [
    (["--user", "li", "disposal", "authorise", "D-2026-1", "--legal-basis", "x", "--reason", "y"],
     "needs the supervisor role"),
    (["--user", "sam", "disposal", "authorise", "D-2026-1", "--legal-basis", "x", "--reason", "y"],
     "/01: Fentanyl is a controlled substance (CDSA schedule I): Health Canada's destruction authorisation"),
    (["--user", "li", "disposal", "destroy", "D-2026-1", "--witness", "a", "--witness", "b", "--method", "fire",
      "--scanned", "{n}/01", "{n}/02"], "batch D-2026-1 is awaiting authorisation, not authorised"),
    (["--user", "sam", "disposal", "refuse", "D-2026-7", "--reason", "y"], "there is no disposal batch D-2026-7"),
    (["--user", "olga", "disposal", "request", "{n}", "09", "--reason", "r", "--method", "return"],
     "has no exhibit 09"),
    (["--user", "li", "disposal", "destroy", "D-2026-1", "--witness", "a", "--witness", "b", "--method", "fire",
      "--weight", "12 g"], "--weight '12 g': give CODE=AMOUNT"),
    (["disposal", "request", "{n}", "01", "--reason", "r", "--method", "return"], "give --user NAME"),
])
def test_each_refusal_says_why_and_writes_nothing(ready, step, message):
    db, number, app = ready
    assert run("--user", "olga", "disposal", "request", number, "01", "02", "--reason", "closed", "--method",
               "destruction", db=db)[0] == 0
    entries = _entries(app)
    code, _, err = run(*[s.format(n=number) for s in step], db=db)
    assert code == 1 and message.format(n=number) in err
    assert _entries(app) == entries and app.service(Disposal).batch("D-2026-1").status == "requested"


def test_an_item_not_scanned_is_named(ready):
    db, number, app = ready
    run("--user", "olga", "disposal", "request", number, "01", "--reason", "closed", "--method", "return", db=db)
    run("--user", "sam", "disposal", "authorise", "D-2026-1", "--legal-basis", "s.490(9)", "--reason", "owner",
        db=db)
    code, _, err = run("--user", "li", "disposal", "destroy", "D-2026-1", "--witness", "olga", "--witness", "Roy",
                       "--method", "returned to owner", "--scanned", f"{number}/02", db=db)
    assert code == 1 and f"{number}/02 is not an exhibit of batch D-2026-1" in err
    assert f"{number}/01: not scanned" in err


@pytest.mark.parametrize("event", ["disposal_requested", "disposal_authorised", "disposal_refused", "disposed"])
def test_the_custody_command_points_disposal_steps_to_the_disposal_command(ready, event):
    db, number, app = ready
    entries = _entries(app)
    code, _, err = run("--user", "olga", "custody", number, "01", event, "--method", "x", db=db)
    assert code == 1 and "recorded through the disposal workflow" in err and "caseapp-cli disposal" in err
    assert _entries(app) == entries
