"""Both back ends answer alike: the same cases imported into SQLite and into PostgreSQL give the same search
rows, counts, totals, rows per case and summaries for every filter of SearchQuery, each order and paging,
and the same case list pages for every sort, direction and quick filter."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from caseapp.services.app import CaseApp
from caseapp.services.transfer import import_file
from caseapp.store.contract import CASE_LIST_SORTS, CaseListQuery, CaseRow, SearchQuery
from tests.conftest import DATA, generate_ids, open_backend


@pytest.fixture(scope="module")
def both(catalogue, tmp_path_factory) -> Iterator[tuple[CaseApp, CaseApp]]:
    ids = generate_ids(tmp_path_factory.mktemp("same") / "generated.csv", 1200, seed=11)
    apps = []
    for backend in ("sqlite", "postgresql"):
        app = open_backend(backend, None, catalogue)
        app.initialise(agency_code="TEST", timezone="UTC")
        for path in (DATA / "sample_ids.csv", DATA / "sample.json", ids):
            assert import_file(app, path, actor="tester").value.committed
        apps.append(app)
    yield apps[0], apps[1]
    for app in apps:
        app.close()


def _values(app: CaseApp, field: str, how_many: int = 3) -> list[str]:
    """Values of a case field that occur in the data, most common first."""
    seen: dict[str, int] = {}
    for case in app._store.iter_cases():
        on = case.location if field in ("region", "place_type", "country") else case
        values = case.transit_countries if field == "transit_countries" else [getattr(on, field)]
        for value in values:
            if value:
                seen[value] = seen.get(value, 0) + 1
    return sorted(seen, key=lambda v: (-seen[v], v))[:how_many]


def queries(app: CaseApp) -> list[SearchQuery]:
    asked: list[SearchQuery] = [
        SearchQuery(), SearchQuery(substance="cocaine"), SearchQuery(substance="fentanyl", analogues=True),
        SearchQuery(substance="heroin", match_on="confirmed"), SearchQuery(substance="cocaine", match_on="suspected"),
        SearchQuery(substance="zzz unlisted herb", match_on="suspected"), SearchQuery(group="opioids"),
        SearchQuery(group="cocaine-type"), SearchQuery(schedule="I"), SearchQuery(schedule="III", match_on="confirmed"),
        SearchQuery(match_on="confirmed"), SearchQuery(date_from=date(2015, 1, 1), date_to=date(2016, 12, 31)),
        SearchQuery(date_from=date(2020, 6, 1)), SearchQuery(status="draft"), SearchQuery(hazard=True),
        SearchQuery(kg_min=Decimal("0.5")), SearchQuery(kg_max=Decimal("0.01")),
        SearchQuery(kg_min=Decimal("1"), kg_max=Decimal("100"), substance="cocaine"),
        SearchQuery(officer="tester"), SearchQuery(country="CA", origin="CO"),
    ]
    fields = {"country": "country", "origin": "origin_country", "departure": "departure_country",
              "transit": "transit_countries", "destination": "destination_country", "transport": "transport",
              "concealment": "concealment", "place_type": "place_type", "region": "region", "agency": "agency"}
    for name, field in fields.items():
        asked.extend(SearchQuery(**{name: value}) for value in _values(app, field))
    for text in ("cocaine", "coc", "COCAÏNE", "hidden", '"hidden compartment"', "airport terminal", "mdma/ecstasy",
                 "a", "x-ray", "?!", "Straße", "zz"):
        asked.append(SearchQuery(text=text))
        asked.append(SearchQuery(text=text, substance="cocaine"))
        asked.append(SearchQuery(text=text, date_from=date(2014, 1, 1), date_to=date(2018, 12, 31)))
    asked += [dataclasses.replace(q, order=order) for q in asked[:12] for order in ("oldest", "largest")]
    asked += [dataclasses.replace(q, limit=7, offset=5) for q in asked[:30]]
    return asked


def _case_rows(rows: list[CaseRow]) -> list[CaseRow]:
    """The substances of a case row are listed as an aggregate meets them, in no order either engine fixes."""
    return [dataclasses.replace(r, substances=tuple(sorted(r.substances))) for r in rows]


def test_every_search_gives_the_same_answer_on_both(both: tuple[CaseApp, CaseApp]) -> None:
    sqlite, server = both
    asked = queries(sqlite)
    found_any = 0
    for query in asked:
        rows = sqlite.search(query)
        assert server.search(query) == rows, query
        assert server.count(query) == sqlite.count(query), query
        assert server.totals(query) == sqlite.totals(query), query
        assert _case_rows(server.search_cases(query)) == _case_rows(sqlite.search_cases(query)), query
        found_any += bool(rows)
    assert found_any > len(asked) // 2  # the queries reach the data, not only empty answers


def test_every_summary_is_the_same_on_both(both: tuple[CaseApp, CaseApp]) -> None:
    sqlite, server = both
    for query in queries(sqlite)[:40]:
        assert server._stores.summaries.summary(query) == sqlite._stores.summaries.summary(query), query


def test_every_case_list_page_is_the_same_on_both(both: tuple[CaseApp, CaseApp]) -> None:
    sqlite, server = both
    filters = [CaseListQuery(sort=sort, descending=descending) for sort in CASE_LIST_SORTS
               for descending in (True, False)]
    filters += [CaseListQuery(status="draft"), CaseListQuery(text="TEST-2026-0000"), CaseListQuery(text="cocaine"),
                CaseListQuery(text="coc", descending=False), CaseListQuery(text='"hidden compartment"'),
                CaseListQuery(text="cocaine", sort="place"), CaseListQuery(text="?!")]
    for query in filters:
        assert server.case_count(query) == sqlite.case_count(query), query
        for offset in (0, 50, 333):
            assert server.case_page(query, offset, 60) == sqlite.case_page(query, offset, 60), (query, offset)
