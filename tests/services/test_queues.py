"""Work queues through the service, on both back ends, with real cases and custody."""

import pytest

from caseapp.core.errors import CaseAppError
from caseapp.services.queues import Queues
from caseapp.services.settings import update_room_settings
from tests.services.queue_data import fill


@pytest.fixture
def filled(fresh_app, users):
    return fresh_app, users, fill(fresh_app, users)


def _counts(app, user):
    return {c.name: c.count for c in Queues(app).counts(user)}


def _keys(rows):
    return [(r.case_number, r.exhibit_number) for r in rows]


def test_each_queue_counts_what_it_lists_for_its_user(filled):
    app, users, cases = filled
    queues = Queues(app)
    for login in ("olga", "li", "sam"):
        counts = _counts(app, users[login])
        assert counts == {name: len(queues.rows(users[login], name)) for name in counts}, login
    assert "review" not in _counts(app, users["olga"]) and _counts(app, users["sam"])["review"] == 1


def test_drafts_and_returned_cases_are_their_officers_and_review_is_for_another_supervisor(filled):
    app, users, cases = filled
    queues = Queues(app)
    assert {r.case_number for r in queues.rows(users["olga"], "drafts")} == {cases["recent"], cases["older"]}
    assert {r.case_number for r in queues.rows(users["li"], "drafts")} == {cases["old"]}
    assert _keys(queues.rows(users["olga"], "returned")) == [(cases["returned"], "")]
    assert queues.rows(users["li"], "returned") == []
    assert _keys(queues.rows(users["sam"], "review")) == [(cases["submitted"], "")]


def test_an_exhibit_checked_out_past_its_due_date_is_listed_and_one_not_yet_due_is_not(filled):
    app, users, cases = filled
    rows = Queues(app).rows(users["li"], "checked-out")
    assert _keys(rows) == [(cases["recent"], "01")]
    assert (rows[0].date, rows[0].days, rows[0].urgent, rows[0].what, rows[0].detail) == (
        "2026-11-20", -5, True, "checked_out", "Crown · court")


def test_an_exhibit_at_the_lab_past_the_agency_days_is_listed_until_the_days_are_raised(filled):
    app, users, cases = filled
    rows = Queues(app).rows(users["olga"], "lab")
    assert _keys(rows) == [(cases["recent"], "02")] and rows[0].days == -55
    assert (rows[0].what, rows[0].detail) == ("lab", "Health Canada lab · LAB-7")
    update_room_settings(app, users["ada"], {"room_lab_overdue_days": "56"})
    assert Queues(app).rows(users["olga"], "lab") == []
    update_room_settings(app, users["ada"], {"room_lab_overdue_days": "55"})
    assert len(Queues(app).rows(users["olga"], "lab")) == 1


def test_legal_deadlines_are_computed_from_the_seizure_and_red_when_near(filled):
    app, users, cases = filled
    rows = Queues(app).rows(users["olga"], "deadlines")
    got = [(r.case_number, r.what, r.date, r.days, r.urgent) for r in rows]
    assert got == [
        (cases["older"], "cdsa24", "2026-11-19", -6, True),
        (cases["recent"], "cdsa24", "2026-11-24", -1, True),
        (cases["older"], "s490", "2026-12-20", 25, False),
        (cases["recent"], "s490", "2026-12-25", 30, False),
    ]
    update_room_settings(app, users["ada"], {"room_deadline_warning_days": "28"})
    assert [r.urgent for r in Queues(app).rows(users["olga"], "deadlines")] == [True, True, True, False]


def test_exhibits_past_their_kinds_retention_are_due_for_review_but_not_once_disposed(filled):
    app, users, cases = filled
    rows = Queues(app).rows(users["olga"], "disposal-review")
    assert [(r.case_number, r.exhibit_number, r.date, r.detail) for r in rows] == [
        (cases["submitted"], "01", "2025-03-01", "equipment"),
        (cases["returned"], "01", "2025-03-02", "equipment"),
        (cases["old"], "01", "2026-01-10", "drug")]
    update_room_settings(app, users["ada"], {"room_retention_days_equipment": "36500"})
    assert _keys(Queues(app).rows(users["olga"], "disposal-review")) == [(cases["old"], "01")]


def test_a_reweighing_beyond_the_tolerance_is_a_discrepancy(filled):
    app, users, cases = filled
    rows = Queues(app).rows(users["olga"], "discrepancies")
    assert [(r.case_number, r.exhibit_number, r.what, r.detail) for r in rows] == [
        (cases["recent"], "04", "weight", "100 g -> 97 g")]
    update_room_settings(app, users["ada"], {"room_weight_tolerance_percent": "3"})
    assert Queues(app).rows(users["olga"], "discrepancies") == []


def test_a_name_that_is_not_a_queue_is_refused_with_the_names(filled):
    app, users, _ = filled
    with pytest.raises(CaseAppError, match="'mine' is not a queue; the queues are: drafts, returned"):
        Queues(app).rows(users["olga"], "mine")
    with pytest.raises(CaseAppError, match="not a queue"):
        Queues(app).rows(users["olga"], "review")


def test_reading_queues_writes_nothing(filled):
    app, users, _ = filled
    before = len(app._audit.entries())
    for login in ("olga", "sam"):
        for name in Queues(app).names(users[login]):
            Queues(app).rows(users[login], name)
    assert len(app._audit.entries()) == before and app.verify().ok
