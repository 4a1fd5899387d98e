"""The evidence room's dates (core.deadlines): legal deadlines, disposal review, lab and check-out overdue."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from caseapp.core import deadlines as d

DAYS = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))


def test_three_months_from_the_last_day_of_a_long_month_ends_on_the_last_day_of_a_short_one():
    assert d.add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert d.add_months(date(2027, 11, 30), 3) == date(2028, 2, 29)
    assert d.add_months(date(2026, 1, 31), 3) == date(2026, 4, 30)
    assert d.add_months(date(2026, 10, 15), 3) == date(2027, 1, 15)


@given(DAYS)
def test_s490_falls_three_calendar_months_after_the_seizure(seized):
    s490 = next(x for x in d.legal_deadlines(seized, seized, 14) if x.code == d.S490)
    months = (s490.due.year - seized.year) * 12 + s490.due.month - seized.month
    assert months == 3
    assert s490.due.day == seized.day or (s490.due.day < seized.day and (s490.due + timedelta(days=1)).day == 1)
    assert 89 <= (s490.due - seized).days <= d.LONGEST_DAYS


@given(DAYS, st.integers(-400, 400), st.integers(1, 60))
def test_a_deadline_is_near_exactly_when_it_falls_within_the_warning_days_or_has_passed(seized, offset, warning):
    today = seized + timedelta(days=offset)
    for deadline in d.legal_deadlines(seized, today, warning):
        assert deadline.days_left == (deadline.due - today).days
        assert deadline.near == (deadline.days_left <= warning)
        assert deadline.passed == (deadline.due < today)
    cdsa = next(x for x in d.legal_deadlines(seized, today, warning) if x.code == d.CDSA24)
    assert cdsa.due == seized + timedelta(days=60)


@given(DAYS, st.integers(-400, 400), st.integers(1, 60))
def test_a_seizure_before_the_earliest_day_shown_has_no_deadline_shown(seized, offset, warning):
    today = seized + timedelta(days=offset)
    shown = d.shown_deadlines(seized, today, warning)
    if seized < d.earliest_seizure_shown(today, warning):
        assert shown == []
    assert all(x.days_left >= -warning for x in shown)


@given(DAYS, st.integers(1, 3650), st.integers(0, 4000))
def test_an_exhibit_is_due_for_review_from_the_day_its_retention_ends(seized, retention, offset):
    today = seized + timedelta(days=offset)
    due = d.review_date(seized, retention) <= today
    assert due == (seized <= d.latest_seizure_due_for_review(today, retention))


@given(DAYS, st.integers(1, 365), st.integers(0, 800))
def test_a_lab_result_is_overdue_from_the_nth_day_after_sending(sent, days, offset):
    today = sent + timedelta(days=offset)
    assert d.lab_overdue(sent, today, days) == (offset >= days)


def test_a_check_out_is_overdue_the_day_after_it_is_due_and_dates_that_are_not_dates_are_none():
    assert not d.checkout_overdue(date(2026, 11, 25), date(2026, 11, 25))
    assert d.checkout_overdue(date(2026, 11, 24), date(2026, 11, 25))
    assert d.day_of("2026-11-25T10:00") == date(2026, 11, 25) and d.day_of("2026-11-25") == date(2026, 11, 25)
    assert d.day_of("") is None and d.day_of("25/11/2026") is None and d.day_of(None) is None
