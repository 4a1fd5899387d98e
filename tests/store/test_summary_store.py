"""The period summary's figures against the fixture with known answers (tests/data: 13 cases, 17
exhibits; see test_search_filters.py), and their consistency with the search for any query."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseapp.core.model import Case, Exhibit, LabResult, Location, Quantity
from caseapp.store.contract import NO_SUBSTANCE, UNKNOWN, UNLISTED_GROUP, SearchQuery, UnknownFilter
from caseapp.store.sqlite.summary import month_range

CBSA = "CBSA-2024-000101"
RCMP = "RCMP-2026-000001"


def c(n):
    return f"CASE-2026-{n:06d}"


@pytest.fixture(scope="module")
def loaded(sample_app):
    return sample_app


def summary(app, **query):
    return app._stores.summaries.summary(SearchQuery(**query))


def figures(rows):
    """key -> (seizures, exhibits, kg_mg, estimate, without_kg)"""
    return {r.key: (r.seizures, r.exhibits, r.kg_mg, r.kg_estimate, r.without_kg) for r in rows}


def test_everything_by_group_counts_a_case_once_per_group(loaded):
    data = summary(loaded)
    assert (data.totals.seizures, data.totals.exhibits, data.totals.kg_mg, data.totals.kg_estimate,
            data.totals.without_kg) == (13, 17, 23_213_700, True, 10)
    assert figures(data.groups) == {
        "precursors": (1, 1, 20_000_000, True, 0),  # 20 L of acetic anhydride: an estimate
        "cocaine-type": (3, 3, 2_700_000, False, 0),
        # furanylfentanyl 0.5 kg, carfentanil 12.5 g (CBSA, lab) + 1.2 g; the CBSA case has three opioids
        "opioids": (6, 8, 513_700, False, 5),
        "amphetamine-type-stimulants": (1, 1, 0, False, 1),
        "cannabis-type": (1, 1, 0, False, 1),
        "equipment": (1, 1, 0, False, 1),
        UNLISTED_GROUP: (1, 1, 0, False, 1),
        NO_SUBSTANCE: (1, 1, 0, False, 1),  # the RCMP case's banknotes
    }
    assert [r.key for r in data.groups][:3] == ["precursors", "cocaine-type", "opioids"]  # largest kg first
    assert data.groups[-1].key == NO_SUBSTANCE  # the bucket without a substance last


def test_by_substance_counts_the_lab_result_over_the_suspected_substance(loaded):
    data = summary(loaded)
    by_substance = figures(data.substances)
    assert by_substance["carfentanil"] == (2, 2, 13_700, False, 0)  # CBSA 01 was suspected furanylfentanyl
    assert by_substance["furanylfentanyl"] == (1, 1, 500_000, False, 0)
    assert by_substance["heroin"] == (3, 3, 0, False, 3)
    assert by_substance["fentanyl"] == (2, 2, 0, False, 2)
    assert by_substance["cocaine"] == (2, 2, 2_450_000, False, 0)
    assert by_substance["acetic-anhydride"] == (1, 1, 20_000_000, True, 0)
    assert by_substance["u:zzzunlistedherb"] == (1, 1, 0, False, 1)
    labels = {r.key: r.label for r in data.substances}
    assert labels["u:zzzunlistedherb"] == "Zzz unlisted herb" and labels["carfentanil"] == "Carfentanil"
    assert labels[NO_SUBSTANCE] == "No substance recorded"
    assert [r.key for r in data.substances][:2] == ["acetic-anhydride", "cocaine"]


def test_by_origin_transport_and_concealment_with_unknown_buckets(loaded):
    data = summary(loaded)
    origins = figures(data.origins)
    assert origins["CN"] == (3, 6, 513_700, False, 3)
    assert origins["MX"] == (2, 3, 250_000, False, 2)
    assert origins[UNKNOWN] == (2, 2, 20_000_000, True, 1)  # Australia's acetic anhydride, the unlisted herb
    assert {r.key: r.label for r in data.origins}["TR"] == "Türkiye"
    assert data.origins[-1].key == UNKNOWN  # unknown last, whatever its size
    transports = figures(data.transports)
    assert transports["mail"] == (2, 5, 512_500, False, 3)
    assert transports[UNKNOWN] == (1, 1, 0, False, 1)  # "Unknown" in the IDS file
    concealments = figures(data.concealments)
    assert concealments["vehicle"] == (4, 5, 250_000, False, 4)
    assert concealments["goods"] == (2, 5, 12_500, False, 4)
    assert concealments[UNKNOWN][:2] == (2, 2)
    for rows in (data.origins, data.transports, data.concealments):  # one bucket per case: they add up
        assert sum(r.seizures for r in rows) == 13 and sum(r.exhibits for r in rows) == 17
        assert sum(r.kg_mg for r in rows) == 23_213_700


def test_months_fill_the_whole_range_and_flag_estimates(loaded):
    data = summary(loaded)
    assert (data.first_month, data.last_month) == ("2012-08", "2024-03")
    assert [m.month for m in data.months] == month_range("2012-08", "2024-03") and len(data.months) == 140
    by_month = {m.month: (m.seizures, m.exhibits, m.kg_mg, m.kg_estimate) for m in data.months}
    assert by_month["2024-03"] == (1, 4, 12_500, False)
    assert by_month["2023-12"] == (1, 2, 250_000, False)
    assert by_month["2015-06"] == (1, 1, 20_000_000, True)
    assert by_month["2020-01"] == (0, 0, 0, False)
    assert sum(m.seizures for m in data.months) == 13 and data.undated is None

    year = summary(loaded, date_from=date(2016, 1, 1), date_to=date(2016, 12, 31))
    assert [m.month for m in year.months] == [f"2016-{n:02d}" for n in range(1, 13)]
    assert {m.month: m.seizures for m in year.months if m.seizures} == {
        "2016-02": 1, "2016-03": 1, "2016-07": 1, "2016-09": 1}


def test_largest_seizures_are_exhibits_largest_first(loaded):
    data = summary(loaded)
    assert [(r.case_number, r.exhibit_number, r.kg_mg) for r in data.largest] == [
        (c(9), "01", 20_000_000), (c(4), "01", 2_350_000), (c(1), "01", 500_000), (RCMP, "01", 250_000),
        (c(6), "01", 100_000), (CBSA, "01", 12_500), (c(2), "01", 1_200)]
    first, cbsa = data.largest[0], data.largest[5]
    assert first.kg_estimate and first.substance == "Acetic anhydride" and first.origin == ""
    assert first.place == "Sydney, Australia" and first.occurred_at == "2015-06-05"
    assert cbsa.substance == "Carfentanil" and cbsa.lab_confirmed and cbsa.origin == "China"
    assert cbsa.place == "International Mail Centre, Richmond, Canada"
    top = loaded._stores.summaries.summary(SearchQuery(), largest=2).largest
    assert [r.case_number for r in top] == [c(9), c(4)]


QUERIES = [
    {},
    {"substance": "fentanyl", "analogues": True},
    {"substance": "carfentanil", "match_on": "confirmed"},
    {"group": "opioids"},
    {"origin": "CN"},
    {"date_from": date(2016, 1, 1), "date_to": date(2016, 12, 31)},
    {"text": "ink"},
    {"text": "printer", "hazard": True},
    {"kg_min": Decimal("0.1")},
    {"transport": "mail", "officer": "tremblay"},
    {"status": "draft", "origin": "MX"},
    {"substance": "zzz unlisted herb"},
]


@pytest.mark.parametrize("query", QUERIES, ids=[str(q) for q in QUERIES])
def test_totals_are_the_search_totals(loaded, query):
    data = summary(loaded, **query)
    assert data.totals == loaded.totals(SearchQuery(**query))
    assert data.query == SearchQuery(**query)


def test_fentanyl_and_analogues(loaded):
    data = summary(loaded, substance="fentanyl", analogues=True)
    assert (data.totals.seizures, data.totals.exhibits) == (4, 5)
    assert figures(data.groups) == {"opioids": (4, 5, 513_700, False, 2)}
    assert set(figures(data.substances)) == {"carfentanil", "furanylfentanyl", "fentanyl"}


def test_no_match_is_an_empty_summary(loaded):
    data = summary(loaded, substance="no such thing at all")
    assert data.empty and data.totals.seizures == 0 and data.totals.kg_mg == 0
    assert data.groups == data.substances == data.origins == data.largest == ()
    assert data.months == () and data.first_month is None
    dated = summary(loaded, substance="no such thing at all", date_from=date(2030, 1, 1), date_to=date(2030, 3, 31))
    assert [(m.month, m.seizures) for m in dated.months] == [("2030-01", 0), ("2030-02", 0), ("2030-03", 0)]


def test_bad_filter_is_refused_and_leaves_no_transaction_or_scratch_table(loaded, backend):
    with pytest.raises(UnknownFilter):
        summary(loaded, group="space dust")
    assert not loaded._db.conn.in_transaction
    summary(loaded)
    assert not loaded._db.conn.in_transaction
    if backend == "sqlite":  # its scratch tables (the server folds in the client: it makes none)
        assert loaded._db.execute("SELECT count(*) FROM temp.sqlite_master").fetchone()[0] == 0


def test_inside_a_callers_transaction_only_its_own_work_is_undone(fresh_app):
    fresh_app.record_case(Case(occurred_at="2025-01-02", location=Location(country="CA"),
                               exhibits=[Exhibit(substance="cocaine", quantity=Quantity(Decimal("2"), "kg"))]),
                          actor="tester")
    with fresh_app._store.transaction():
        data = summary(fresh_app)
        assert fresh_app._db.conn.in_transaction
    assert data.totals.kg_mg == 2_000_000 and not fresh_app._db.conn.in_transaction


def test_unlisted_names_and_verbatim_values_are_their_own_lines(fresh_app):
    def record(day, substance, *, lab=None, origin=None, transport=None, concealment=None):
        exhibits = [Exhibit(substance=s, quantity=Quantity(Decimal("1"), "kg"),
                            lab=LabResult(substance=lab) if lab else None) for s in substance]
        fresh_app.record_case(Case(occurred_at=f"2025-03-{day:02d}", location=Location(country="FR"),
                                   origin_country=origin, transport=transport, concealment=concealment,
                                   exhibits=exhibits), actor="tester")

    record(1, ["Herb X", "herb-x"], origin="Atlantis", transport="hovercraft", concealment="inside a melon")
    record(2, ["HERB X"], origin="Atlantis", transport="Hovercraft")
    record(3, ["cocaine"], lab="mystery powder", origin="CO", transport="mail")
    record(4, ["cocaine", "heroin", "crack cocaine"], transport="unknown")
    data = summary(fresh_app)
    substances = figures(data.substances)
    # one case with two exhibits of the same unlisted name counts once, spellings merge by name key
    assert substances["u:herbx"] == (2, 3, 3_000_000, False, 0)
    assert {r.key: r.label for r in data.substances}["u:herbx"] == "Herb X"
    assert substances["u:mysterypowder"] == (1, 1, 1_000_000, False, 0)  # the lab's unlisted result wins
    assert substances["cocaine"] == (1, 1, 1_000_000, False, 0)
    groups = figures(data.groups)
    assert groups[UNLISTED_GROUP] == (3, 4, 4_000_000, False, 0)
    assert groups["cocaine-type"] == (1, 2, 2_000_000, False, 0)  # cocaine and crack in one case: once
    assert groups["opioids"] == (1, 1, 1_000_000, False, 0)
    assert figures(data.origins)["Atlantis"][:2] == (2, 3)
    assert {r.key: r.label for r in data.origins}["Atlantis"] == "Atlantis"
    transports = figures(data.transports)
    assert transports["hovercraft"][:2] == (1, 2) and transports["Hovercraft"][:2] == (1, 1)
    assert transports[UNKNOWN][:2] == (1, 3)  # "unknown" and not recorded are one bucket
    assert figures(data.concealments)["inside a melon"][:2] == (1, 2)
    assert data.totals == fresh_app.totals(SearchQuery())


TEXT = st.one_of(st.none(), st.sampled_from(["fentanyl", "cocaine", "heroin", "CN", "mail", "zzz"]),
                 st.text(max_size=8))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(substance=TEXT, origin=TEXT, transport=TEXT, text=TEXT, analogues=st.booleans(), hazard=st.booleans(),
       match_on=st.sampled_from(["either", "suspected", "confirmed"]),
       date_from=st.one_of(st.none(), st.dates(date(2010, 1, 1), date(2026, 1, 1))))
def test_any_query_gives_consistent_figures(loaded, **fields):
    query = SearchQuery(**fields)
    data = loaded._stores.summaries.summary(query)
    totals = data.totals
    assert totals == loaded.totals(query)
    for rows in (data.groups, data.substances, data.origins, data.transports, data.concealments):
        assert sum(r.exhibits for r in rows) == totals.exhibits
        assert sum(r.kg_mg for r in rows) == totals.kg_mg
        assert sum(r.without_kg for r in rows) == totals.without_kg
    for rows in (data.origins, data.transports, data.concealments):
        assert sum(r.seizures for r in rows) == totals.seizures
    assert sum(m.seizures for m in data.months) + (data.undated.seizures if data.undated else 0) == totals.seizures
    assert sum(r.seizures for r in data.groups) <= sum(r.seizures for r in data.substances)
    assert all(r.seizures <= totals.seizures for r in data.groups)
    assert len(data.largest) == min(20, totals.exhibits - totals.without_kg)
    assert [r.kg_mg for r in data.largest] == sorted((r.kg_mg for r in data.largest), reverse=True)
