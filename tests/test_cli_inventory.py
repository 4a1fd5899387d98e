"""caseapp-cli inventory-audit: codes as arguments or on standard input, the four lists printed, the audit
recorded and printed, past audits listed, the missing queue, and refusals that record nothing."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseapp.cli import main
from caseapp.services.app import CaseApp
from tests.conftest import PASSWORD, fixed_clock, make_users
from tests.inventory_data import SHELF, stock_shelf


@pytest.fixture
def shelf_db(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "cases.sqlite3"
    app = CaseApp.open(path, clock=fixed_clock)
    try:
        app.initialise(agency_code="TEST", timezone="UTC")
        people = make_users(app)
        number = stock_shelf(app, people["olga"])
    finally:
        app.close()
    return path, number


def run(db: Path, *argv: str, stdin: str | None = None) -> tuple[int, str, str]:
    if stdin is not None:  # a real process: standard input as a scanner's lines arrive
        proc = subprocess.run([sys.executable, "-m", "caseapp.cli", "--db", str(db), *argv], input=stdin,
                              capture_output=True, text=True, env={**os.environ, "CASEAPP_PASSWORD": PASSWORD})
        return proc.returncode, proc.stdout, proc.stderr
    out, err = io.StringIO(), io.StringIO()
    os.environ["CASEAPP_PASSWORD"] = PASSWORD
    try:
        code = main(["--db", str(db), *argv], out=out, err=err)
    finally:
        del os.environ["CASEAPP_PASSWORD"]
    return code, out.getvalue(), err.getvalue()


def test_an_audit_from_arguments_prints_the_four_lists_and_is_recorded(shelf_db, tmp_path):
    db, number = shelf_db
    pdf = tmp_path / "audit.pdf"
    code, out, err = run(db, "--user", "olga", "inventory-audit", f"LOC:{SHELF}", f"{number}/01", f"{number}/04",
                         "junk", "--pdf", str(pdf), "--lang", "en")
    assert code == 0, err
    assert f"audit 1 of {SHELF} recorded: 3 codes scanned" in out
    assert "found: 1\n" in out and "missing: 1\n" in out and f"  {number}/02 · " in out
    assert "unexpected: 1\n" in out and "custody: VAULT-B.1 (olga)" in out
    assert "unknown: 1\n  junk · not a code of this application" in out
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Inventory audit report" in text and f"{number}" in text and "VAULT-B.1" in text
    code, out, _ = run(db, "inventory-audit", "--list")
    assert code == 0 and out.startswith(f"1\t{SHELF}\t") and "missing 1" in out
    code, out, _ = run(db, "inventory-audit", "--missing")
    assert re.fullmatch(rf"{number}/02\tmissing from {re.escape(SHELF)} since audit 1 \(\d{{4}}-[\d-]+T[\d:]+\)\n", out)
    assert run(db, "verify")[0] == 0
    app = CaseApp.open(db)
    try:  # one sign-in for the audit and its print
        assert [e.action for e in app._audit.entries() if e.actor == "olga"][-3:] == ["login", "inventory_audit",
                                                                                      "print"]
    finally:
        app.close()


def test_codes_one_per_line_on_standard_input(shelf_db):
    db, number = shelf_db
    code, out, err = run(db, "--user", "olga", "inventory-audit", SHELF.lower(), "-",
                         stdin=f"{number}/01\r\n\n{number}/02\n{number}/2\n")
    assert code == 0, err
    assert "found: 2\n" in out and "missing: 0\n" in out and f"scanned more than once: {number}/2" in out


def test_a_report_is_printed_again_by_id(shelf_db, tmp_path):
    db, number = shelf_db
    assert run(db, "--user", "olga", "inventory-audit", SHELF, f"{number}/01")[0] == 0
    pdf = tmp_path / "again.pdf"
    code, out, err = run(db, "--user", "sam", "inventory-audit", "--report", "1", "--pdf", str(pdf), "--lang", "en")
    assert code == 0, err and out == f"{pdf}: 1 page\n"
    assert "Sgt Sam Okafor" in PdfReader(pdf).pages[0].extract_text()


@pytest.mark.parametrize(("argv", "message"), [
    (("inventory-audit",), "give a LOCATION"),
    (("inventory-audit", SHELF, "--list"), "give a LOCATION"),
    (("inventory-audit", "--report", "7", "--pdf", "x.pdf"), "no inventory audit 7"),
    (("inventory-audit", "--report", "1"), "give --pdf"),
    (("inventory-audit", "PER:olga", "X/01"), "is not a storage location"),
    (("inventory-audit", SHELF, "-", "X/01"), "give it alone"),
    (("inventory-audit", SHELF, "X/01", "--started", "soon"), "is not a date and time"),
])
def test_a_bad_command_says_why_and_records_nothing(shelf_db, argv, message):
    db, _ = shelf_db
    code, _, err = run(db, "--user", "olga", *argv)
    assert code == 1 and message in err, err
    assert run(db, "inventory-audit", "--list")[1] == ""


def test_an_audit_needs_a_user(shelf_db):
    db, number = shelf_db
    code, _, err = run(db, "inventory-audit", SHELF, f"{number}/01")
    assert code == 1 and "--user" in err
