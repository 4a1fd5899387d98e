"""The summary by CDSA schedule against a brute-force count over every matching exhibit."""

import pytest

from caseapp.store.contract import SearchQuery
from tests.conftest import with_generated


@pytest.fixture(scope="module")
def generated(sample_app, tmp_path_factory):
    return with_generated(sample_app, tmp_path_factory.mktemp("ids"), 1200, seed=5)


def _brute_force(app, query):
    """schedule key -> (seizures, exhibits, kg_mg, without_kg), counting each exhibit under the schedules of
    the substance it counts under (the lab's, else the suspected one)."""
    cases, exhibits, kg, without = {}, {}, {}, {}
    for row in app.search(SearchQuery(**{**query.__dict__, "limit": 10**6})):
        substance = app.catalogue.find(row.lab_substance if row.lab_substance else row.substance)
        keys = {li.schedule for li in substance.schedules} if substance else set()
        for key in keys or {""}:
            cases.setdefault(key, set()).add(row.case_number)
            exhibits[key] = exhibits.get(key, 0) + 1
            kg[key] = kg.get(key, 0) + (row.kg_mg or 0)
            without[key] = without.get(key, 0) + (row.kg_mg is None)
    return {k: (len(cases[k]), exhibits[k], kg[k], without[k]) for k in cases}


@pytest.mark.parametrize("query", [SearchQuery(), SearchQuery(country="Canada"), SearchQuery(group="opioids"),
                                   SearchQuery(schedule="I"), SearchQuery(substance="zzz unlisted herb")])
def test_by_schedule_equals_a_brute_force_count(generated, query):
    data = generated._stores.summaries.summary(query)
    found = {r.key: (r.seizures, r.exhibits, r.kg_mg, r.without_kg) for r in data.schedules}
    assert found == _brute_force(generated, query)
    assert [r.key for r in data.schedules] == sorted(found, key=lambda k: ("I II III IV V VI VII VIII IX".split()
                                                                          + [""]).index(k))
    if query == SearchQuery():
        assert len(found) >= 4 and data.schedules[0].label == "Schedule I"
