"""A table of searches against a fixed fixture with known answers."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseapp.services.transfer import import_file
from caseapp.store.contract import SearchQuery, UnknownFilter
from caseapp.store.sqlite.search import fts_match_expression
from tests.conftest import reads_one_term_range_in_order


@pytest.fixture
def loaded(fresh_app, data_dir):
    assert import_file(fresh_app, data_dir / "sample_ids.csv", actor="tester").value.committed
    assert import_file(fresh_app, data_dir / "sample.json", actor="tester").value.committed
    return fresh_app


def places(app, **query):
    return [(r.place, r.substance) for r in app.search(SearchQuery(**query))]


CASES = [
    # (query, expected (substance) list newest first)
    ({"substance": "fentanyl"}, ["Fentanyl", "Fentanyl"]),
    ({"substance": "Furanyl-fentanyl"}, ["Furanylfentanyl", "Furanylfentanyl"]),
    ({"substance": "furanylfentanyl"}, ["Furanylfentanyl", "Furanylfentanyl"]),
    ({"substance": "fentanyl", "analogues": True},
     ["Furanylfentanyl", "Fentanyl", "Fentanyl", "Carfentanil", "Furanylfentanyl"]),
    ({"substance": "carfentanil"}, ["Furanylfentanyl", "Carfentanil"]),  # lab-confirmed matches too
    ({"substance": "cocaine"}, ["Cocaine", "Cocaine"]),
    ({"substance": "cocaine", "analogues": True}, ["Crack cocaine", "Cocaine", "Cocaine"]),
    ({"substance": "zzz unlisted herb"}, ["Zzz unlisted herb"]),
    ({"group": "opioids", "date_from": date(2016, 1, 1), "date_to": date(2016, 12, 31)},
     ["Fentanyl", "Carfentanil", "Furanylfentanyl"]),
    ({"substance": "heroin", "country": "KE"}, ["Heroin"]),
    ({"origin": "CN", "date_to": date(2016, 12, 31)}, ["Carfentanil", "Furanylfentanyl"]),
    ({"text": "ink bottles"}, ["Furanylfentanyl", "Fentanyl", "Tablet press", "Heroin"]),
    ({"text": "crack-cocaine"}, ["Crack cocaine", None]),
    ({"text": "\"hidden compartment\""}, ["Crack cocaine", None]),
    ({"text": "kingst"}, ["Crack cocaine", None]),  # prefix matching
    ({"text": "munchen"}, ["Cocaine"]),  # accents folded
    ({"substance": "fentanyl", "analogues": True, "text": "printer"}, ["Furanylfentanyl", "Fentanyl"]),
    ({"substance": "nothing like this"}, []),
]


@pytest.mark.parametrize("query,expected", CASES, ids=[str(q) for q, _ in CASES])
def test_search_table(loaded, query, expected):
    rows = loaded.search(SearchQuery(**query))
    assert [r.substance for r in rows] == expected
    assert loaded.count(SearchQuery(**query)) == len(expected)


def test_rows_carry_what_the_cli_prints(loaded):
    row = loaded.search(SearchQuery(substance="carfentanil"))[-1]
    assert row.case_number and row.exhibit_number == "01"
    assert row.occurred_at == "2016-07-14" and row.group == "fentanyls"
    assert str(row.quantity) == "1.2" and row.unit == "g" and row.kg_mg == 1200
    assert row.origin_country == "CN" and row.place == "Vancouver" and row.hazard


def test_results_are_newest_first_and_page(loaded):
    everything = loaded.search(SearchQuery(limit=1000))
    dates = [r.occurred_at for r in everything]
    assert dates == sorted(dates, reverse=True)
    page = loaded.search(SearchQuery(limit=3, offset=3))
    assert page == everything[3:6]


def test_an_unknown_group_is_a_clear_error(loaded):
    with pytest.raises(UnknownFilter, match="not a substance group"):
        loaded.search(SearchQuery(group="space dust"))


@pytest.mark.parametrize("text", ["crack-cocaine", "terminal 2.", '"', '""', "a\"b", "NOT", "OR AND",
                                  "*", "(", "'; DROP TABLE cases; --", "col:val", "^x", "NEAR(a b)", "-"])
def test_odd_text_never_breaks_the_match(loaded, text):
    loaded.search(SearchQuery(text=text))
    loaded.count(SearchQuery(text=text))


def test_text_with_nothing_searchable_is_no_text_filter():
    assert fts_match_expression(" . - ") is None
    assert fts_match_expression('terminal 2.') == '"terminal"* "2."*'


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text())
def test_any_free_text_never_raises(loaded, text):
    loaded.search(SearchQuery(text=text, limit=5))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text())
def test_any_substance_text_never_raises(loaded, text):
    loaded.search(SearchQuery(substance=text, analogues=True, limit=5))


def test_substance_search_uses_the_term_index(loaded, backend):
    plan = " ".join(loaded._finder.explain(SearchQuery(substance="fentanyl", analogues=True)))
    assert reads_one_term_range_in_order(plan, backend), plan


def test_text_search_reads_newest_first_off_the_full_text_index(loaded):
    plan = " ".join(loaded._finder.explain(SearchQuery(text="airport")))
    assert "TEMP B-TREE" not in plan
    rows = loaded.search(SearchQuery(text="airport"))
    dates = [r.occurred_at for r in rows]
    assert rows and dates == sorted(dates, reverse=True)
    ranged = loaded.search(SearchQuery(text="airport", date_from=date(2015, 1, 1), date_to=date(2015, 12, 31)))
    assert [r.place for r in ranged] == ["München"]
    assert loaded.count(SearchQuery(text="airport")) == len(rows)


def test_full_text_rowids_order_by_time_then_exhibit():
    from caseapp.store.sqlite.writer import fts_rowid

    assert fts_rowid("2016-01-02", 5) > fts_rowid("2016-01-01T23:59", 5)
    assert fts_rowid("2016-01-01", 5) > fts_rowid("2016-01-01", 6)  # read descending: exhibit 5 first
    assert fts_rowid(None, 1) < fts_rowid("1900-01-01T00:01", 1)
