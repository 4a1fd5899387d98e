"""The search index of a big import is written in batches, apart from the rows it indexes: every exhibit of
every batch gets its terms, whichever batch boundary it falls on."""

import pytest

from caseapp.services.transfer import import_file
from caseapp.store.contract import SearchQuery
from caseapp.store.sqlite import cases, writer
from tests.conftest import generate_ids


@pytest.mark.parametrize("terms_batch", [1, 7, 10_000])
def test_every_exhibit_is_indexed_whatever_the_batches(fresh_app, tmp_path, monkeypatch, terms_batch):
    monkeypatch.setattr(writer, "TERMS_BATCH", terms_batch)
    monkeypatch.setattr(writer, "FTS_BATCH", max(terms_batch, 3))
    made = writer.BulkWriter

    def small_batches(store, **options):  # a partial flush every 5 cases
        return made(store, **{**options, "batch_size": 5})

    monkeypatch.setattr(cases, "BulkWriter", small_batches)
    monkeypatch.setattr(cases.CaseStore, "bulk_writer", lambda self, **options: small_batches(self, **options))
    source = generate_ids(tmp_path / "ids.csv", 60, seed=5)
    report = import_file(fresh_app, source, actor="tester").value
    assert report.committed and report.imported == 60
    # every exhibit is found by the term of the country it was seized in, and by its substance's group
    by_country = sum(fresh_app.count(SearchQuery(country=code)) for code in _countries(fresh_app))
    assert by_country == 60
    check = fresh_app.verify()
    assert check.ok, check.problems


def _countries(app):
    countries = {row.country for row in app.search(SearchQuery(limit=1000))}
    assert None not in countries
    return countries
