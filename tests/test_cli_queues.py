"""caseapp-cli queue: the queues with their counts, one queue's rows, and a name that is not a queue."""

import pytest

from caseapp.services.app import CaseApp
from tests.conftest import fixed_clock, make_users
from tests.services.queue_data import fill
from tests.test_cli import passwords, run  # noqa: F401  (passwords: the same autouse fixture)


@pytest.fixture
def queued(db_path, monkeypatch):
    """The queue data in a file, and the command line on the tests' clock (2026-11-25), as the queues are
    dated from today."""
    opened = CaseApp.open.__func__
    monkeypatch.setattr(CaseApp, "open", classmethod(lambda cls, where, **kw: opened(cls, where, **{
        "clock": fixed_clock, **kw})))
    app = CaseApp.open(db_path)
    app.initialise(timezone="UTC")
    cases = fill(app, make_users(app))
    app.close()
    return db_path, cases


def test_the_queues_are_listed_with_their_counts_for_the_user(queued):
    db, cases = queued
    code, out, err = run("--user", "olga", "queue", db=db)
    assert code == 0, err
    counts = {line.split()[0]: int(line.split()[1]) for line in out.splitlines()}
    assert list(counts) == ["drafts", "returned", "checked-out", "lab", "deadlines", "disposal-review",
                            "discrepancies"]
    assert (counts["drafts"], counts["returned"], counts["checked-out"], counts["lab"], counts["discrepancies"]) \
        == (2, 1, 1, 1, 1)
    code, out, _ = run("queue", "--user", "sam", db=db)
    assert code == 0 and "review" in out.split()


def test_one_queues_rows_name_the_exhibit_and_mark_what_is_overdue(queued):
    db, cases = queued
    code, out, err = run("queue", "checked-out", "--user", "olga", db=db)
    assert code == 0, err
    first, last = out.splitlines()
    assert first.split() == ["!", f"{cases['recent']}/01", "2026-11-20", "-5", "d", "checked_out", "Crown", "·",
                             "court"]
    assert last.startswith("1 in checked-out")


def test_a_name_that_is_not_a_queue_and_a_missing_user_are_refused(queued):
    db, _ = queued
    code, out, err = run("--user", "olga", "queue", "overdue", db=db)
    assert code == 1 and "'overdue' is not a queue; the queues are: drafts" in err and out == ""
    code, _, err = run("queue", db=db)
    assert code == 1 and "give --user NAME" in err
