"""The work queues read indexes, not every exhibit (think of a million): the plans SQLite makes for their
candidate queries, and for finding an external number."""

import pytest

from caseapp.services.app import CaseApp
from caseapp.store.sqlite import queues


@pytest.fixture
def db():
    app = CaseApp.open(":memory:")
    app.initialise(timezone="UTC")
    yield app._db
    app.close()


def plan(db, sql, params):
    return "\n".join(row[-1] for row in db.execute("EXPLAIN QUERY PLAN " + sql, params))


def test_exhibits_out_of_the_room_are_read_from_the_custody_type_index(db):
    sql = (f"{queues._EXHIBIT} WHERE e.id IN (SELECT x.exhibit_id FROM custody_events x WHERE x.type IN (?, ?) "
           f"GROUP BY x.exhibit_id) AND {queues._NOT_DISPOSED}")
    found = plan(db, sql, ["checked_out", "checked_in"])
    assert "SEARCH x USING COVERING INDEX custody_events_type (type=?)" in found
    assert "SEARCH d USING COVERING INDEX custody_events_type (type=? AND exhibit_id=?)" in found
    assert "SCAN" not in found


def test_seizures_and_retention_are_read_by_date_and_kind(db):
    since = plan(db, "SELECT c.case_number FROM cases c WHERE c.occurred_at >= ?", ["2026-01-01"])
    assert "USING INDEX cases_occurred (occurred_at>?)" in since
    where, params = queues.QueueStore._review_where({"drug": "2025-01-01", "currency": "2025-06-01"}, "2025-01-01")
    review = plan(db, f"SELECT count(*) FROM exhibits e WHERE {where}", params)
    assert review.count("exhibits_kind_occurred (kind=? AND occurred_at<?)") == 2 and "SCAN" not in review


def test_a_number_is_found_through_its_key(db):
    found = plan(db, "SELECT id FROM external_numbers n WHERE n.key = ? AND n.removed_at IS NULL", ["hc42"])
    assert "USING INDEX external_numbers_key (key=?)" in found
