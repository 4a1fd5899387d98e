"""Lab requests and results through the service, on both back ends: all or nothing, audited, the confirmed
substance used by search; weight continuity and two-person counts."""

from decimal import Decimal

import pytest

from caseapp.core import room
from caseapp.core.custody import CustodyError, CustodyEvent
from caseapp.core.errors import CaseAppError
from caseapp.services.custody import Custody
from caseapp.services.lab import LabRequests, WeightChecks, request_case
from caseapp.services.settings import update_room_settings
from caseapp.store.contract.queries import SearchQuery
from tests.lab_cases import make_lab_case


@pytest.fixture
def lab_case(users_app, users):
    return users_app, users, make_lab_case(users_app, users)


def test_a_request_sends_each_exhibit_in_one_audited_transaction(lab_case):
    app, users, number = lab_case
    done = LabRequests(app).request(users["olga"], number, ["01", "2"], lab="HC Drug Analysis",
                                    samples={"01": "2 g", "02": "1.5 g"}, tests="identification, purity",
                                    at="2026-11-22T09:00")
    assert done.value.number == f"LR-{number}-1" and request_case(done.value.number) == number
    for exhibit, sample in (("01", "2 g"), ("02", "1.5 g")):
        events, state = Custody(app).history(number, exhibit)
        assert events[-1].type == "sent_to_lab" and events[-1].batch == done.value.number
        assert events[-1].sample_weight == sample and state.at_lab and state.holder == "HC Drug Analysis"
    entry = app._audit.entries("case", number)[-1]
    assert entry.action == "lab_request" and entry.detail["exhibits"] == ["01", "02"]
    form = LabRequests(app).form(done.value.number)
    assert [i.exhibit.number for i in form.items] == ["01", "02"] and form.items[0].seal_number == "S-01"
    assert form.items[0].gross_weight == "100.4 g" and form.officer == "olga" and form.tests.startswith("ident")
    assert LabRequests(app).next_number(number) == f"LR-{number}-2"
    assert app.verify().ok


def test_a_request_with_one_impossible_exhibit_sends_none_and_names_it(lab_case):
    app, users, number = lab_case
    LabRequests(app).request(users["olga"], number, ["02"], lab="Lab A", at="2026-11-21T09:00")
    before = app._audit.latest_hash()
    with pytest.raises(CustodyError) as refused:
        LabRequests(app).request(users["olga"], number, ["01", "02", "07"], lab="Lab B",
                                 samples={"09": "1 g"}, at="2026-11-22T09:00")
    problems = " | ".join(refused.value.problems)
    assert "exhibit 02: sent_to_lab: the exhibit is already at the lab" in problems
    assert "no exhibit 07" in problems and "sample 09" in problems
    assert Custody(app).history(number, "01")[1].at_lab is False and app._audit.latest_hash() == before


@pytest.mark.parametrize("lab,exhibits,message", [("", ["01"], "lab:"), ("Lab", [], "exhibits:")])
def test_a_request_without_lab_or_exhibits_is_refused(lab_case, lab, exhibits, message):
    app, users, number = lab_case
    before = app._audit.latest_hash()
    with pytest.raises(CustodyError, match=message):
        LabRequests(app).request(users["olga"], number, exhibits, lab=lab)
    assert app._audit.latest_hash() == before


def test_a_result_confirms_the_substance_for_search_on_an_approved_case(lab_case):
    app, users, number = lab_case
    LabRequests(app).request(users["olga"], number, ["01"], lab="HC Lab", samples={"01": "2 g"},
                             at="2026-11-22T09:00")
    assert not app.search(SearchQuery(substance="fentanyl", analogues=True, match_on="confirmed"))
    state = LabRequests(app).result(users["li"], number, "01", substance="carfentanil", purity="12.5",
                                    certificate="CERT-77", weight="98.1 g", counted_by=["li", "olga"],
                                    at="2026-11-25T11:00").value
    assert not state.at_lab and state.holder == "olga"
    case = app.get_case(number)
    lab = case.exhibits[0].lab
    assert lab is not None and lab.purity_percent == Decimal("12.5") and lab.certificate == "CERT-77"
    assert lab.lab == "HC Lab" and case.status == "approved" and case.exhibits[1].lab is None
    found = app.search(SearchQuery(substance="fentanyl", analogues=True, match_on="confirmed"))
    assert [(r.case_number, r.exhibit_number) for r in found] == [(number, "01")]
    by_name = app.search(SearchQuery(substance="Carfentanil"))
    assert [(r.case_number, r.exhibit_number) for r in by_name] == [(number, "01")]
    entry = app._audit.entries("exhibit", f"{number}/01")[-1]
    assert entry.action == "lab_result" and entry.detail["certificate"] == "CERT-77"
    assert WeightChecks(app).for_case(number)["01"] == []  # 100.4 -> 98.1 g: the 2 g sample explains it
    assert app.verify().ok


@pytest.mark.parametrize("fields,message", [
    ({"substance": ""}, "substance:"),
    ({"substance": "cocaine", "purity": "140"}, "purity:"),
    ({"substance": "cocaine", "purity": "abc"}, "purity:"),
    ({"substance": "cocaine", "weight": "90 g", "counted_by": ["li"]}, "counted_by:"),
    ({"substance": "cocaine", "weight": "ninety"}, "weight"),
])
def test_a_bad_result_is_refused_and_changes_nothing(lab_case, fields, message):
    app, users, number = lab_case
    LabRequests(app).request(users["olga"], number, ["01"], lab="HC Lab", at="2026-11-22T09:00")
    before, version = app._audit.latest_hash(), app.get_case(number).version
    with pytest.raises(CustodyError, match=message):
        LabRequests(app).result(users["li"], number, "01", at="2026-11-25T11:00", **fields)
    assert app._audit.latest_hash() == before and app.get_case(number).version == version
    assert app.get_case(number).exhibits[0].lab is None and Custody(app).history(number, "01")[1].at_lab


def test_a_result_for_an_exhibit_not_at_the_lab_is_refused(lab_case):
    app, users, number = lab_case
    with pytest.raises(CustodyError, match="not at a lab"):
        LabRequests(app).result(users["li"], number, "02", substance="heroin", at="2026-11-25T11:00")


def test_a_reweighing_beyond_tolerance_is_a_discrepancy(lab_case):
    app, users, number = lab_case
    Custody(app).record(users["olga"], number, "02", CustodyEvent("reweighed", "2026-11-23T10:00", "",
                                                                  weight="47.5 g", counted_by=("olga", "li")))
    found = WeightChecks(app).discrepancies()
    assert [(d.case_number, d.exhibit_number, d.discrepancy.after) for d in found] == [(number, "02", "47.5 g")]
    update_room_settings(app, users["ada"], {room.TOLERANCE_GRAMS_KEY: "3"})
    assert WeightChecks(app).discrepancies() == []


def test_a_drug_reweighed_by_one_person_is_refused(lab_case):
    app, users, number = lab_case
    before = app._audit.latest_hash()
    with pytest.raises(CustodyError, match="counted_by: a drug or cash exhibit"):
        Custody(app).record(users["olga"], number, "01", CustodyEvent("reweighed", "2026-11-23T10:00", "",
                                                                      weight="100 g", counted_by=("olga",)))
    assert app._audit.latest_hash() == before


def test_a_request_number_that_is_not_one_is_refused(lab_case):
    app, _, _ = lab_case
    with pytest.raises(CaseAppError, match="not a lab request number"):
        LabRequests(app).form("nonsense")


def test_a_raw_change_to_a_confirmed_substance_is_caught(lab_case):
    app, users, number = lab_case
    LabRequests(app).request(users["olga"], number, ["01"], lab="HC Lab", at="2026-11-22T09:00")
    LabRequests(app).result(users["li"], number, "01", substance="cocaine", at="2026-11-25T11:00")
    assert app.verify().ok
    app._db.execute("UPDATE exhibits SET lab_substance = 'sugar' WHERE lab_substance IS NOT NULL")
    assert not app.verify().ok


def test_the_summary_counts_the_confirmed_substance(lab_case):
    from caseapp.services.summary import gather_summary

    app, users, number = lab_case
    LabRequests(app).request(users["olga"], number, ["01"], lab="HC Lab", at="2026-11-22T09:00")
    LabRequests(app).result(users["li"], number, "01", substance="carfentanil", at="2026-11-25T11:00")
    names = [row.label for row in gather_summary(app, users["li"], SearchQuery()).substances]
    assert "Carfentanil" in names and "Cocaine" not in names
