"""Search by CDSA schedule: the same answers as a brute-force filter over every exhibit by the catalogue's
listings, one index range newest first, kept right through edits, catalogue additions and migrations."""

import json
from decimal import Decimal

import pytest

from caseapp.core.schedules import ROMAN
from caseapp.store.contract import SearchQuery, UnknownFilter
from caseapp.store.contract.terms import SCHEDULE_TERMS
from tests.conftest import DATA, reads_one_term_range_in_order, with_generated

IN_FORCE = ("I", "II", "III", "IV", "V", "VI", "IX")


@pytest.fixture(scope="module")
def generated(sample_app, tmp_path_factory):
    """The sample data (lab results among it) and 1,500 generated IDS rows (every kind of catalogue name)."""
    return with_generated(sample_app, tmp_path_factory.mktemp("ids"), 1500, seed=11)


def _schedules(app, name):
    substance = app.catalogue.find(name)
    return {listing.schedule for listing in substance.schedules} if substance else set()


def _brute_force(app, schedule, match_on):
    everything = app.search(SearchQuery(limit=10**6))
    keep = []
    for row in everything:
        suspected, confirmed = _schedules(app, row.substance), _schedules(app, row.lab_substance)
        wanted = {"either": suspected | confirmed, "suspected": suspected, "confirmed": confirmed}[match_on]
        if schedule in wanted:
            keep.append((row.case_number, row.exhibit_number))
    return keep


@pytest.mark.parametrize("match_on", ["either", "suspected", "confirmed"])
@pytest.mark.parametrize("schedule", IN_FORCE)
def test_schedule_search_equals_a_brute_force_filter(generated, schedule, match_on):
    query = SearchQuery(schedule=schedule, match_on=match_on, limit=10**6)
    found = [(r.case_number, r.exhibit_number) for r in generated.search(query)]
    assert found == _brute_force(generated, schedule, match_on)
    assert generated.count(query) == len(found)
    assert generated.totals(query).exhibits == len(found)


def test_the_generated_data_reaches_several_schedules(generated):
    """The brute-force comparison above is not vacuous: most schedules have exhibits."""
    assert sum(generated.count(SearchQuery(schedule=s)) > 0 for s in IN_FORCE) >= 5
    assert generated.count(SearchQuery(schedule="I", match_on="confirmed")) > 0


def test_schedule_combines_with_other_filters(generated):
    query = SearchQuery(schedule="I", country="Canada", limit=10**6)
    rows = generated.search(query)
    assert rows and all(r.country == "CA" for r in rows)
    assert all("I" in _schedules(generated, r.substance) | _schedules(generated, r.lab_substance) for r in rows)
    # a substance filter and a schedule that does not list it find nothing
    assert generated.count(SearchQuery(substance="cocaine", schedule="IV")) == 0
    assert generated.count(SearchQuery(substance="cocaine", schedule="I")) == generated.count(
        SearchQuery(substance="cocaine"))


@pytest.mark.parametrize("text", ["i", "Schedule I", " schedule i ", "1"])
def test_schedule_is_read_in_its_usual_spellings(generated, text):
    assert generated.count(SearchQuery(schedule=text)) == generated.count(SearchQuery(schedule="I"))


@pytest.mark.parametrize("text,message", [("VII", "repealed"), ("8", "repealed"), ("X", "not a schedule"),
                                          ("cocaine", "not a schedule")])
def test_a_schedule_not_in_force_is_a_clear_error(generated, text, message):
    with pytest.raises(UnknownFilter, match=message):
        generated.search(SearchQuery(schedule=text))


def test_a_schedule_search_reads_one_index_range_without_sorting(generated, backend):
    plan = " ".join(generated._finder.explain(SearchQuery(schedule="II")))
    assert reads_one_term_range_in_order(plan, backend), plan


def test_schedule_terms_are_index_rows_only(generated):
    """exhibits.terms (hashed by the audit ledger) never holds a schedule term; the index does."""
    db = generated._db
    marks = ",".join("?" * len(SCHEDULE_TERMS))
    stored = {term for (terms,) in db.execute("SELECT terms FROM exhibits") for term in json.loads(terms)}
    assert stored and not stored & set(SCHEDULE_TERMS)
    assert db.execute(f"SELECT count(*) FROM exhibit_terms WHERE term IN ({marks})",
                      list(SCHEDULE_TERMS)).fetchone()[0] > 0
    assert generated.verify().ok


def test_an_edited_exhibit_moves_to_its_new_schedule(fresh_app, users):
    from caseapp.core.model import Case, Exhibit, Location, Quantity
    from caseapp.services.workflow import Workflow

    olga = users["olga"]
    workflow = fresh_app.service(Workflow)
    case = workflow.create(olga, Case(location=Location(country="CA"), exhibits=[
        Exhibit(substance="cocaine", quantity=Quantity(Decimal(1), "kg"))])).value
    assert fresh_app.count(SearchQuery(schedule="I")) == 1
    case.exhibits[0].substance = "khat"
    workflow.update(olga, case.case_number, case, version=case.version)
    assert fresh_app.count(SearchQuery(schedule="I")) == 0
    assert fresh_app.count(SearchQuery(schedule="IV")) == 1
    assert fresh_app.verify().ok


def test_verify_catches_a_removed_or_planted_schedule_row(tmp_path, open_app):
    from caseapp.services.transfer import import_file

    app = open_app(tmp_path / "db.sqlite3")
    app.initialise(timezone="UTC")
    assert import_file(app, DATA / "sample_ids.csv", actor="tester").value.committed
    db = app._db
    term, occurred, exhibit_id = db.execute(
        "SELECT term, occurred_at, exhibit_id FROM exhibit_terms WHERE term = 'v:I' LIMIT 1").fetchone()
    with db.conn:
        db.execute("DELETE FROM exhibit_terms WHERE term = ? AND exhibit_id = ?", [term, exhibit_id])
    report = app.verify()
    assert not report.ok and any("search index" in p for p in report.problems)
    with db.conn:
        db.execute("INSERT INTO exhibit_terms VALUES (?, ?, ?)", [term, occurred, exhibit_id])
    assert app.verify().ok
    with db.conn:
        db.execute("INSERT INTO exhibit_terms VALUES ('v:IV', ?, ?)", [occurred, exhibit_id])
    assert not app.verify().ok
    app.close()


def test_the_migration_derives_the_schedule_terms_of_existing_exhibits(tmp_path, open_app, backend):
    """A database written before schedule terms existed gets them on open, and verifies."""
    if backend != "sqlite":
        pytest.skip("SQLite's migration 0009: a server database starts with the schema past it")
    from caseapp.services.transfer import import_file

    path = tmp_path / "db.sqlite3"
    app = open_app(path)
    app.initialise(timezone="UTC")
    assert import_file(app, DATA / "sample_ids.csv", actor="tester").value.committed
    before = app.count(SearchQuery(schedule="I"))
    assert before > 0
    marks = ",".join("?" * len(SCHEDULE_TERMS))
    with app._db.conn:  # as the release before this one left it
        app._db.execute(f"DELETE FROM exhibit_terms WHERE term IN ({marks})", list(SCHEDULE_TERMS))
        app._db.execute("DELETE FROM _sqlite_migrations WHERE name = '0009_schedule_terms'")
    app.close()
    app = open_app(path)
    assert app.count(SearchQuery(schedule="I")) == before
    assert app.verify().ok
    app.close()


def test_every_schedule_term_is_one_the_removal_list_knows():
    assert {t.split(":")[1] for t in SCHEDULE_TERMS} == set(ROMAN)

