"""Every filter of the search alone and combined, against the fixture with known answers (case
numbers, newest first). Case fields are stored as in tests/data; see test_search.py for substances."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseapp.store.contract import SearchQuery, UnknownFilter
from tests.conftest import reads_one_term_range_in_order


@pytest.fixture(scope="module")
def loaded(sample_app):
    return sample_app


CBSA = "CBSA-2024-000101"
RCMP = "RCMP-2026-000001"


def c(n):
    return f"CASE-2026-{n:06d}"


FILTERS = [
    # (query, expected (case, exhibit) newest first)
    ({"region": "british columbia"}, [(CBSA, "01"), (CBSA, "02"), (CBSA, "03"), (CBSA, "04"), (c(2), "01")]),
    ({"region": "BRITISH-COLUMBIA", "substance": "carfentanil"}, [(CBSA, "01"), (c(2), "01")]),
    ({"departure": "Hong Kong"}, [(c(2), "01")]),
    ({"departure": "HK"}, [(c(2), "01")]),
    ({"transit": "japan"}, [(CBSA, "01"), (CBSA, "02"), (CBSA, "03"), (CBSA, "04")]),
    ({"destination": "Thailand"}, [(c(7), "01")]),
    ({"destination": "CL", "origin": "Bolivia"}, [(c(6), "01")]),
    ({"transport": "Mail", "date_to": date(2020, 1, 1)}, [(c(1), "01")]),
    ({"transport": "commercial air"}, [(c(2), "01"), (c(4), "01")]),
    ({"concealment": "freight"}, [(c(8), "01"), (c(9), "01")]),
    ({"place_type": "seaport"}, [(c(8), "01"), (c(9), "01")]),
    ({"place_type": "Post office / mail centre", "country": "Canada"},
     [(CBSA, "01"), (CBSA, "02"), (CBSA, "03"), (CBSA, "04"), (c(1), "01")]),
    ({"agency": "rcmp"}, [(RCMP, "01"), (RCMP, "02")]),
    ({"officer": "tremblay"}, [(CBSA, "01"), (CBSA, "02"), (CBSA, "03"), (CBSA, "04")]),
    ({"officer": "Zoe TREMBLAY", "substance": "heroin"}, [(CBSA, "04")]),
    ({"officer": "Li Wei", "hazard": True}, [(CBSA, "01"), (CBSA, "02")]),
    ({"officer": "nobody here"}, []),
    ({"officer": "!!!"}, []),
    ({"status": "draft", "origin": "MX"}, [(RCMP, "01"), (RCMP, "02"), (c(3), "01")]),
    ({"status": "approved"}, []),
    ({"hazard": True, "date_to": date(2016, 12, 31)}, [(c(3), "01"), (c(2), "01"), (c(1), "01")]),
    ({"kg_min": Decimal("1")}, [(c(4), "01"), (c(9), "01")]),
    ({"kg_min": Decimal("0.1"), "kg_max": Decimal("0.5")}, [(RCMP, "01"), (c(1), "01"), (c(6), "01")]),
    ({"kg_max": Decimal("0.0125")}, [(CBSA, "01"), (c(2), "01")]),
    # suspected, lab-confirmed or either
    ({"substance": "carfentanil"}, [(CBSA, "01"), (c(2), "01")]),
    ({"substance": "carfentanil", "match_on": "suspected"}, [(c(2), "01")]),
    ({"substance": "carfentanil", "match_on": "confirmed"}, [(CBSA, "01")]),
    ({"substance": "furanylfentanyl", "match_on": "confirmed"}, []),
    ({"substance": "fentanyl", "analogues": True, "match_on": "suspected"},
     [(CBSA, "01"), (CBSA, "02"), (c(3), "01"), (c(2), "01"), (c(1), "01")]),
    ({"match_on": "confirmed"}, [(CBSA, "01")]),
    ({"group": "opioids", "match_on": "confirmed"}, [(CBSA, "01")]),
    ({"substance": "zzz unlisted herb", "match_on": "suspected"}, [(c(11), "01")]),
    ({"substance": "ZZZ-unlisted herb", "match_on": "confirmed"}, []),
    # orders
    ({"kg_min": Decimal("0.1"), "order": "largest"}, [(c(9), "01"), (c(4), "01"), (c(1), "01"), (RCMP, "01"),
                                                       (c(6), "01")]),
    ({"origin": "CN", "order": "oldest"}, [(c(1), "01"), (c(2), "01"), (CBSA, "01"), (CBSA, "02"), (CBSA, "03"),
                                           (CBSA, "04")]),
    ({"text": "printer", "order": "oldest"}, [(CBSA, "01"), (CBSA, "02"), (CBSA, "03"), (CBSA, "04")]),
    ({"text": "ink", "transport": "mail", "hazard": True}, [(CBSA, "01"), (CBSA, "02")]),
]


@pytest.mark.parametrize("query,expected", FILTERS, ids=[str(q) for q, _ in FILTERS])
def test_filter_table(loaded, query, expected):
    rows = loaded.search(SearchQuery(**query))
    assert [(r.case_number, r.exhibit_number) for r in rows] == expected
    assert loaded.count(SearchQuery(**query)) == len(expected)
    totals = loaded.totals(SearchQuery(**query))
    assert totals.exhibits == len(expected) and totals.seizures == len({case for case, _ in expected})


def test_totals_sum_kg_and_mark_estimates(loaded):
    totals = loaded.totals(SearchQuery(country="AU"))
    assert (totals.seizures, totals.exhibits, totals.kg_mg, totals.kg_estimate, totals.without_kg) == (
        1, 1, 20_000_000, True, 0)
    totals = loaded.totals(SearchQuery(substance="heroin"))
    assert totals.kg_mg == 0 and totals.without_kg == 3 and not totals.kg_estimate


def test_results_grouped_per_case(loaded):
    cases = loaded.search_cases(SearchQuery(origin="CN"))
    assert [r.case_number for r in cases] == [CBSA, c(2), c(1)]
    first = cases[0]
    assert first.exhibits == 4 and first.substances == ("Carfentanil", "Fentanyl", "Tablet press", "Heroin")
    assert first.kg_mg == 12_500 and first.hazard
    largest = loaded.search_cases(SearchQuery(origin="CN", order="largest"))
    assert [r.case_number for r in largest] == [c(1), CBSA, c(2)]


@pytest.mark.parametrize("query,message", [
    ({"match_on": "maybe"}, "not one of"),
    ({"order": "random"}, "not an order"),
    ({"group": "space dust", "match_on": "confirmed"}, "not a substance group"),
])
def test_bad_choices_are_clear_errors(loaded, query, message):
    with pytest.raises(UnknownFilter, match=message):
        loaded.search(SearchQuery(**query))


def test_each_single_filter_reads_one_index_range_without_sorting(loaded, backend):
    for query in (SearchQuery(transport="mail"), SearchQuery(officer="tremblay"), SearchQuery(transit="JP"),
                  SearchQuery(agency="RCMP"), SearchQuery(place_type="airport"), SearchQuery(region="Ontario")):
        plan = " ".join(loaded._finder.explain(query))
        assert reads_one_term_range_in_order(plan, backend), (query, plan)


def test_an_edited_case_is_found_by_its_new_values_only(fresh_app):
    from caseapp.core.model import Case, Location
    from caseapp.services.auth import Accounts
    from caseapp.services.workflow import Workflow

    accounts = Accounts(fresh_app)
    admin = accounts.create_first_admin("ada", "correct horse battery").value
    accounts.add_user(admin, "olga", "correct horse battery", role="officer")
    olga = accounts.authenticate("olga", "correct horse battery")
    case = Workflow(fresh_app).create(olga, Case(location=Location(country="CA"), transport="mail",
                                                 officers=["Zoë Tremblay"])).value
    assert fresh_app.count(SearchQuery(transport="mail")) == 0  # no exhibit yet: nothing to list
    from caseapp.core.model import Exhibit, Quantity

    case.exhibits = [Exhibit(substance="cocaine", quantity=Quantity(Decimal(1), "kg"))]
    case = Workflow(fresh_app).update(olga, case.case_number, case, version=case.version).value
    assert fresh_app.count(SearchQuery(transport="mail", officer="tremblay")) == 1
    case.transport = "commercial_air"
    case.officers = ["Li Wei"]
    Workflow(fresh_app).update(olga, case.case_number, case, version=case.version)
    assert fresh_app.count(SearchQuery(transport="mail")) == 0
    assert fresh_app.count(SearchQuery(officer="tremblay")) == 0
    assert fresh_app.count(SearchQuery(transport="commercial air", officer="wei")) == 1
    assert fresh_app.count(SearchQuery(officer="olga")) == 0  # the officers named, not the login
    assert fresh_app.verify().ok


TEXT = st.one_of(st.none(), st.text(max_size=20))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(substance=TEXT, region=TEXT, origin=TEXT, transit=TEXT, transport=TEXT, concealment=TEXT,
       place_type=TEXT, agency=TEXT, officer=TEXT, status=TEXT, text=TEXT, analogues=st.booleans(),
       hazard=st.booleans(), match_on=st.sampled_from(["either", "suspected", "confirmed"]),
       kg_min=st.one_of(st.none(), st.decimals(min_value=0, max_value=10**6, allow_nan=False, places=3)),
       order=st.sampled_from(["newest", "oldest", "largest"]))
def test_any_text_in_any_field_never_raises(loaded, **fields):
    query = SearchQuery(limit=5, **fields)
    rows = loaded.search(query)
    assert len(rows) <= 5
    assert loaded.count(query) >= len(rows)
    loaded.totals(query)
    loaded.search_cases(query)
