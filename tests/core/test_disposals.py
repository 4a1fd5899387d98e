"""A disposal batch folded from its custody events, batch numbers, and the yearly totals: pure functions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseapp.core.custody import CustodyEvent
from caseapp.core.disposals import BatchItem, batch_number, fold, weight_mg, yearly_rows


@pytest.mark.parametrize(("existing", "expected"), [
    ([], "D-2026-1"),
    (["D-2026-1", "D-2026-2"], "D-2026-3"),
    (["D-2026-9", "D-2026-10"], "D-2026-11"),  # by number, not by text
    (["D-2025-40", "L-2026-7", "D-2026-x"], "D-2026-1"),  # other years and other kinds of batch do not count
])
def test_the_next_batch_number_of_a_year(existing, expected):
    assert batch_number(2026, existing) == expected


@pytest.mark.parametrize(("text", "mg"), [("12.5 g", 12_500), ("1 kg", 1_000_000), ("0 g", 0), ("250 mg", 250),
                                          ("3 tablets", None), ("2 L", None), ("many g", None), ("", None)])
def test_a_weight_in_milligrams_only_for_masses(text, mg):
    assert weight_mg(text) == mg


def _event(type_: str, at: str, actor: str, **fields: object) -> CustodyEvent:
    return CustodyEvent(type=type_, at=at, actor=actor, batch="D-2026-1", **fields)  # type: ignore[arg-type]


def _disposed(means: str = "incineration", weight: str = "10 g", method: str = "destruction",
              at: str = "2026-11-25T10:00"):
    events = []
    for number in ("01", "02"):
        events += [("C-1", number, _event("disposal_requested", "2026-11-24T09:00", "olga", reason="closed",
                                          method=method)),
                   ("C-1", number, _event("disposal_authorised", "2026-11-24T10:00", "sam", legal_basis="s.26",
                                          reason="ok", authorisation="HC-1")),
                   ("C-1", number, _event("disposed", at, "li", method=means, location="Incinerator",
                                          witnesses=("olga", "Roy"), weight=weight, authority="HC-1"))]
    items = {"C-1/01": BatchItem("C-1", "01", "drug", "Cocaine", "S-1", "12 g"),
             "C-1/02": BatchItem("C-1", "02", "drug", "Heroin", "S-2", "3 tablets")}
    return fold("D-2026-1", events, items)


def test_a_batch_is_folded_from_its_events_with_the_weights_destroyed():
    batch = _disposed()
    assert (batch.status, batch.method, batch.requested.actor, batch.authorised.actor, batch.disposed.actor) == (
        "disposed", "destruction", "olga", "sam", "li")
    assert (batch.legal_basis, batch.authorisation, batch.means, batch.place, batch.witnesses) == (
        "s.26", "HC-1", "incineration", "Incinerator", ("olga", "Roy"))
    assert [(i.code, i.weight) for i in batch.items] == [("C-1/01", "10 g"), ("C-1/02", "10 g")]
    assert batch.year == 2026


def test_no_request_no_batch():
    assert fold("D-2026-1", [("C-1", "01", _event("disposal_refused", "2026-11-24T09:00", "sam"))], {}) is None


def test_the_year_counts_only_destructions_disposed_of_that_year():
    rows = yearly_rows([_disposed(), _disposed(means="chemical", weight="2 tablets"),
                        _disposed(method="return"), _disposed(at="2025-12-31T23:00")], 2026)
    assert [(r.substance, r.means, r.exhibits, r.milligrams, r.unweighed) for r in rows] == [
        ("Cocaine", "chemical", 1, 0, 1), ("Cocaine", "incineration", 1, 10_000, 0),
        ("Heroin", "chemical", 1, 0, 1), ("Heroin", "incineration", 1, 10_000, 0)]


@given(st.lists(st.integers(min_value=1, max_value=10_000), max_size=20))
def test_a_new_batch_number_is_never_one_already_given(numbers):
    existing = [f"D-2026-{n}" for n in numbers]
    assert batch_number(2026, existing) not in existing
