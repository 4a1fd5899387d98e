"""Weight and count continuity (core.continuity): tolerance, samples as expected losses, two counters."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseapp.core.continuity import counting_problems, discrepancies, measure, weighings
from caseapp.core.custody import CustodyEvent
from caseapp.core.model import Quantity
from caseapp.core.room import RoomSettings

SETTINGS = RoomSettings()


def ev(type_, weight="", **fields):
    return CustodyEvent(type=type_, at="2026-11-20", actor="olga", weight=weight, **fields)


def seized(weight="100 g"):
    return ev("seized", weight, holder="olga", location="Desk")


def test_a_reweighing_within_two_percent_is_not_flagged_and_beyond_it_is():
    assert discrepancies(None, [seized("1 kg"), ev("reweighed", "980 g")], SETTINGS) == []
    found = discrepancies(None, [seized("1 kg"), ev("reweighed", "979 g")], SETTINGS)
    assert [(d.seq, d.before, d.after, d.difference, d.tolerance) for d in found] == [
        (2, "1 kg", "979 g", Decimal("-21"), Decimal("20"))]


def test_one_gram_is_the_floor_of_the_tolerance_for_small_exhibits():
    assert discrepancies(None, [seized("10 g"), ev("reweighed", "9 g")], SETTINGS) == []
    assert len(discrepancies(None, [seized("10 g"), ev("reweighed", "8.9 g")], SETTINGS)) == 1


def test_the_sample_sent_to_the_lab_explains_the_drop_in_the_weight_back():
    history = [seized("100 g"), ev("sent_to_lab", holder="Lab", sample_weight="5 g"),
               ev("result_received", "95.2 g")]
    assert discrepancies(None, history, SETTINGS) == []
    history[-1] = ev("result_received", "90 g")
    assert [d.explained for d in discrepancies(None, history, SETTINGS)] == [Decimal("5")]


def test_the_recorded_quantity_is_the_first_weight_when_the_seizure_gave_none():
    assert [w.text for w in weighings(Quantity(Decimal("2"), "kg"), [seized(""), ev("sealed", "1.9 kg")])] == [
        "2 kg", "1.9 kg"]
    assert len(discrepancies(Quantity(Decimal("2"), "kg"), [seized(""), ev("sealed", "1.9 kg")], SETTINGS)) == 1


def test_a_correction_of_a_weight_is_what_is_compared():
    history = [seized("100 g"), ev("reweighed", "50 g"),
               CustodyEvent("correction", "2026-11-20", "olga", weight="99.5 g", corrects=2, notes="typo")]
    assert discrepancies(None, history, SETTINGS) == []


def test_counts_are_exact_and_volumes_are_not_compared():
    assert len(discrepancies(None, [seized("500 tablets"), ev("reweighed", "499 tablets")], SETTINGS)) == 1
    assert measure("2 l") is None and discrepancies(None, [seized("2 l"), ev("reweighed", "1 l")], SETTINGS) == []


@pytest.mark.parametrize("kind,counted,refused", [
    ("drug", (), True), ("drug", ("olga",), True), ("drug", ("olga", " OLGA "), True),
    ("drug", ("olga", "li"), False), ("currency", ("li",), True), ("equipment", (), False),
])
def test_drugs_and_cash_are_weighed_by_two_people(kind, counted, refused):
    assert bool(counting_problems(kind, ev("reweighed", "10 g", counted_by=counted))) is refused


def test_an_event_without_a_weight_needs_no_counters():
    assert counting_problems("drug", ev("sealed", seal_number="S-1")) == []


@given(before=st.decimals(min_value=Decimal("0.001"), max_value=Decimal("1000000"), places=3),
       change=st.decimals(min_value=Decimal("-1000000"), max_value=Decimal("1000000"), places=3),
       sample=st.decimals(min_value=Decimal("0"), max_value=Decimal("1000"), places=3))
def test_a_weight_is_flagged_exactly_when_it_leaves_the_tolerated_band(before, change, sample):
    after = before + change
    if after <= 0:
        return
    history = [seized(f"{before} g")]
    if sample > 0:
        history.append(ev("sent_to_lab", holder="Lab", sample_weight=f"{sample} g"))
        history.append(ev("result_received", f"{after} g"))
    else:
        history.append(ev("reweighed", f"{after} g"))
    tolerance = max(before * Decimal("0.02"), Decimal(1))
    expected = change > tolerance or change < -(sample + tolerance)
    assert bool(discrepancies(None, history, SETTINGS)) is expected
