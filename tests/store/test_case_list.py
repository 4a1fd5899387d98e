"""The case list's paging, sorting and filters, against a small fixture with known answers."""

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.services.transfer import import_file
from caseapp.store.contract import CaseListQuery
from caseapp.store.sqlite.case_list import SORTS


@pytest.fixture
def loaded(fresh_app, data_dir):
    assert import_file(fresh_app, data_dir / "sample_ids.csv", actor="tester").value.committed
    assert import_file(fresh_app, data_dir / "sample.json", actor="tester").value.committed
    return fresh_app


def numbers(app, query, offset=0, limit=1000):
    return [r.case_number for r in app.case_page(query, offset, limit)]


def test_newest_first_by_default_and_paging_neither_skips_nor_repeats(loaded):
    everything = numbers(loaded, CaseListQuery())
    assert len(everything) == loaded.case_count(CaseListQuery()) == loaded.counts()[0]
    rows = loaded.case_page(CaseListQuery(), 0, 1000)
    dates = [r.occurred_at for r in rows]
    assert dates == sorted(dates, reverse=True)
    paged = [n for offset in range(0, len(everything), 3) for n in numbers(loaded, CaseListQuery(), offset, 3)]
    assert paged == everything


@pytest.mark.parametrize("sort", sorted(SORTS))
def test_every_sort_orders_both_ways_and_pages_consistently(loaded, sort):
    up = numbers(loaded, CaseListQuery(sort=sort, descending=False))
    down = numbers(loaded, CaseListQuery(sort=sort, descending=True))
    assert up == list(reversed(down))
    assert sorted(up) == sorted(numbers(loaded, CaseListQuery()))
    paged = [n for offset in range(0, len(up), 2) for n in numbers(loaded, CaseListQuery(sort=sort, descending=False),
                                                                   offset, 2)]
    assert paged == up


def test_sort_by_case_number(loaded):
    listed = numbers(loaded, CaseListQuery(sort="case_number", descending=False))
    assert listed == sorted(listed)


def test_unknown_sort_is_refused(loaded):
    with pytest.raises(ValueError, match="cannot sort"):
        loaded.case_page(CaseListQuery(sort="narrative; DROP TABLE cases"), 0, 10)


def test_undated_draft_is_listed_first_newest_first(fresh_app):
    fresh_app.record_case(Case(occurred_at="2024-01-02", location=Location(country="CA")), actor="olga")
    undated = fresh_app.record_case(Case(location=Location(country="CA")), actor="olga").value
    rows = fresh_app.case_page(CaseListQuery(), 0, 10)
    assert rows[0].case_number == undated.case_number and rows[0].occurred_at is None


def test_row_totals_substances_kg_and_hazard(fresh_app):
    case = Case(occurred_at="2024-01-02", location=Location(country="CA"), officers=["Officer Zoë"], exhibits=[
        Exhibit(substance="fentanyl", form="powder", quantity=Quantity(Decimal("12.5"), "g")),
        Exhibit(substance="cocaine", form="powder", quantity=Quantity(Decimal("1"), "kg")),
        Exhibit(substance="cocaine", form="powder", quantity=Quantity(None, "g")),
    ])
    stored = fresh_app.record_case(case, actor="olga").value
    (row,) = fresh_app.case_page(CaseListQuery(), 0, 10)
    assert row.case_number == stored.case_number
    assert row.substances == ("Fentanyl", "Cocaine")
    assert row.exhibits == 3
    assert row.kg_mg == 1_012_500
    assert row.kg_partial and not row.kg_estimate
    assert row.hazard
    assert row.officer == "Officer Zoë"


def test_status_filter(loaded):
    assert loaded.case_count(CaseListQuery(status="approved")) == 0
    drafts = numbers(loaded, CaseListQuery(status="draft"))
    assert len(drafts) == loaded.case_count(CaseListQuery(status="draft")) > 0


def test_case_number_prefix_filter(loaded):
    first = numbers(loaded, CaseListQuery(sort="case_number", descending=False))[0]
    found = numbers(loaded, CaseListQuery(text=first[:-2].lower()))
    assert first in found
    assert all(n.startswith(first[:-2]) for n in found)
    assert numbers(loaded, CaseListQuery(text=first)) == [first]


@pytest.mark.parametrize("sort", ["occurred_at", "case_number", "place"])
def test_text_filter_finds_the_case_whatever_the_sort(loaded, sort):
    found = numbers(loaded, CaseListQuery(text="ink bottles", sort=sort))
    assert "CBSA-2024-000101" in found
    assert len(found) == len(set(found)) == loaded.case_count(CaseListQuery(text="ink bottles"))


def test_text_filter_in_date_order_matches_the_general_path(loaded):
    fast = numbers(loaded, CaseListQuery(text="cocaine"))
    assert sorted(fast) == sorted(numbers(loaded, CaseListQuery(text="cocaine", sort="case_number")))
    paged = [n for offset in range(0, len(fast), 2) for n in numbers(loaded, CaseListQuery(text="cocaine"), offset, 2)]
    assert paged == fast


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=30))
def test_any_text_in_the_filter_never_raises(loaded, text):
    query = CaseListQuery(text=text)
    assert len(loaded.case_page(query, 0, 5)) <= 5
    assert loaded.case_count(query) >= 0
