"""caseapp-cli lab-request, lab-form, lab-result and custody --counted-by, on a database file."""

import io

import pytest
from pypdf import PdfReader

from caseapp.cli import main
from caseapp.services.app import CaseApp
from caseapp.services.custody import Custody
from caseapp.store.contract.queries import SearchQuery
from tests.conftest import PASSWORD, fixed_clock, make_users
from tests.lab_cases import make_lab_case


def run(*args, db):
    out, err = io.StringIO(), io.StringIO()
    code = main(["--db", str(db), *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def lab_db(tmp_path, monkeypatch):
    monkeypatch.setenv("CASEAPP_PASSWORD", PASSWORD)
    path = tmp_path / "lab.sqlite3"
    app = CaseApp.open(path, clock=fixed_clock)
    app.initialise(timezone="UTC")
    number = make_lab_case(app, make_users(app))
    app.close()
    return path, number


def _open(path):
    return CaseApp.open(path, clock=fixed_clock)


def test_a_request_the_form_again_and_the_result_from_the_command_line(lab_db, tmp_path):
    path, number = lab_db
    form = tmp_path / "form.pdf"
    code, out, err = run("--user", "olga", "lab-request", number, "01", "02", "--lab", "HC Lab", "--sample",
                         "01=2 g", "--sample", "2=0.5 g", "--tests", "purity", "--at", "2026-11-22 09:00",
                         "--pdf", str(form), "--lang", "fr", db=path)
    assert code == 0, err
    request = f"LR-{number}-1"
    assert out.startswith(f"{request}: 2 exhibits sent to HC Lab") and "Demande d'analyse" in "".join(
        p.extract_text() for p in PdfReader(form).pages)
    again = tmp_path / "again.pdf"
    code, out, err = run("--user", "li", "lab-form", request, "--pdf", str(again), db=path)
    assert code == 0 and out == f"{again}: 1 page\n", err
    code, out, err = run("--user", "li", "lab-result", number, "01", "--substance", "carfentanil", "--purity",
                         "30", "--certificate", "C-9", "--weight", "98.2 g", "--counted-by", "li", "--counted-by",
                         "olga", "--at", "2026-11-24 10:00", db=path)
    assert code == 0, err
    app = _open(path)
    try:
        events, state = Custody(app).history(number, "01")
        assert [e.type for e in events][-2:] == ["sent_to_lab", "result_received"]
        assert events[-2].sample_weight == "2 g" and events[-1].counted_by == ("li", "olga")
        assert Custody(app).history(number, "02")[0][-1].sample_weight == "0.5 g"
        hits = app.search(SearchQuery(substance="fentanyl", analogues=True, match_on="confirmed"))
        assert [(h.case_number, h.exhibit_number) for h in hits] == [(number, "01")]
        assert app.verify().ok
    finally:
        app.close()


@pytest.mark.parametrize("args,message", [
    (["--sample", "01"], "EXHIBIT=WEIGHT"),
    (["--sample", "01=1 g", "--sample", "01=2 g"], "given twice"),
    (["--sample", "01=two grams"], "sample_weight"),
    (["--at", "yesterday"], "--at"),
])
def test_a_bad_request_is_refused_with_its_reason_and_records_nothing(lab_db, tmp_path, args, message):
    path, number = lab_db
    code, out, err = run("--user", "olga", "lab-request", number, "01", "--lab", "HC Lab", *args,
                         "--pdf", str(tmp_path / "f.pdf"), db=path)
    assert code == 1 and message in err and not (tmp_path / "f.pdf").exists()
    app = _open(path)
    try:
        assert not Custody(app).history(number, "01")[1].at_lab
    finally:
        app.close()


def test_a_form_that_cannot_be_written_stops_the_request_before_anything_is_recorded(lab_db, tmp_path):
    path, number = lab_db
    code, _, err = run("--user", "olga", "lab-request", number, "01", "--lab", "HC Lab", "--pdf",
                       str(tmp_path / "missing" / "form.pdf"), db=path)
    assert code == 1 and "does not exist" in err
    code, _, err = run("--user", "olga", "lab-request", number, "01", "--lab", "HC Lab", "--pdf", str(path), db=path)
    assert code == 1
    app = _open(path)
    try:
        assert not Custody(app).history(number, "01")[1].at_lab
    finally:
        app.close()


def test_custody_counted_by_names_two_people_for_a_drug(lab_db):
    path, number = lab_db
    code, _, err = run("--user", "olga", "custody", number, "01", "reweighed", "--weight", "100.2 g",
                       "--counted-by", "olga", "--at", "2026-11-21 10:00", db=path)
    assert code == 1 and "counted_by" in err
    code, out, err = run("--user", "olga", "custody", number, "01", "reweighed", "--weight", "100.2 g",
                         "--counted-by", "olga", "--counted-by", "li", "--at", "2026-11-21 10:00", db=path)
    assert code == 0, err
    assert "counted by olga, li" in run("custody", number, "01", db=path)[1]


def test_a_result_for_an_exhibit_not_at_the_lab_is_refused(lab_db):
    path, number = lab_db
    code, _, err = run("--user", "li", "lab-result", number, "02", "--substance", "heroin", db=path)
    assert code == 1 and "not at a lab" in err
