"""The request-for-analysis form: what it prints, in English and French, deterministic, embedded fonts,
printed again from the events, audited."""

import io
from datetime import UTC, datetime

import pytest

from caseapp.reports.lab_form import LabFormData, LabFormItem, write_lab_form
from caseapp.services.lab import LabRequests
from caseapp.services.lab_print import lab_form
from tests.lab_cases import make_lab_case


@pytest.fixture
def request_number(users_app, users):
    number = make_lab_case(users_app, users)
    return LabRequests(users_app).request(users["olga"], number, ["01", "02"], lab="Health Canada DAS Burnaby",
                                          samples={"01": "2 g", "02": "0.5 g"}, tests="identification & purity",
                                          notes="handle 02 with gloves <i>", at="2026-11-22T09:00").value.number


def _print(app, user, number, lang):
    out = io.BytesIO()
    pages = lab_form(app, user, number, out, lang=lang)
    return pages, out.getvalue()


def test_the_form_names_the_request_each_exhibit_and_the_signature_lines(users_app, users, request_number,
                                                                        pdf_pages, flat, pdf_fonts):
    pages, pdf = _print(users_app, users["olga"], request_number, "en")
    text = flat(" ".join(pdf_pages(pdf)))
    assert pages == 1
    for expected in ("Request for analysis", request_number, "RCMP", "Health Canada DAS Burnaby",
                     "identification & purity", "handle 02 with gloves <i>", "Cocaine, powder",
                     "white powder in a vacuum-sealed bag <b>", "S-01", "100.4 g", "2 g", "S-02", "0.5 g",
                     "HAZARD", "Released by (submitting officer)", "Received at the laboratory by"):
        assert expected in text, expected
    assert all(pdf_fonts(pdf).values())


def test_the_form_prints_in_french(users_app, users, request_number, pdf_pages, flat):
    _, pdf = _print(users_app, users["olga"], request_number, "fr")
    text = flat(" ".join(pdf_pages(pdf)))
    assert "Demande d'analyse" in text and "Poids de l'échantillon" in text and "Reçu au laboratoire par" in text
    assert "Cocaïne, poudre" in text


def test_each_print_is_audited_with_its_request(users_app, users, request_number):
    _print(users_app, users["li"], request_number, "en")
    entry = [e for e in users_app._audit.entries() if e.action == "print"][-1]
    assert (entry.actor, entry.detail["report"], entry.detail["request"]) == ("li", "lab_form", request_number)


def test_the_same_data_gives_the_same_bytes():
    data = LabFormData(
        request_number="LR-X-1", agency="CBSA", case_number="X", lab="Lab", submitted_at="2026-11-22T09:00",
        officer="Olga", tests="purity", notes="", zone=UTC, generated_at=datetime(2026, 11, 25, 12, tzinfo=UTC),
        printed_by="Li", chain_hash="ab" * 32,
        items=(LabFormItem("01", "Cocaine", "S-1", "10 g", "1 g", None),
               LabFormItem("02", "Carfentanil\nblue pills", "S-2", "5 g", "", "HAZARD")))
    first, second = io.BytesIO(), io.BytesIO()
    write_lab_form(data, first)
    write_lab_form(data, second)
    assert first.getvalue() == second.getvalue()


def test_an_unknown_request_is_refused_and_nothing_is_printed(users_app, users, request_number):
    out = io.BytesIO()
    with pytest.raises(Exception, match="no lab request"):
        lab_form(users_app, users["olga"], request_number[:-1] + "9", out)
    assert out.getvalue() == b""


def test_the_case_report_flags_a_weight_beyond_tolerance(users_app, users, pdf_pages, flat):
    from caseapp.core.custody import CustodyEvent
    from caseapp.services import reports
    from caseapp.services.custody import Custody

    number = make_lab_case(users_app, users)
    Custody(users_app).record(users["olga"], number, "02", CustodyEvent(
        "reweighed", "2026-11-23T10:00", "", weight="47.5 g", counted_by=("olga", "li")))
    out = io.BytesIO()
    reports.case_report(users_app, users["olga"], number, out, lang="en")
    text = flat(" ".join(pdf_pages(out.getvalue())))
    assert "Weight discrepancy: Reweighed on 2026-11-23 10:00: 47.5 g against 50 g" in text
    assert text.count("Weight discrepancy") == 1 and "counted by: olga; li" in text
