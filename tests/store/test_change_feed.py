"""The change feed a window follows (store.contract.feed): what another process commits reaches it as one notice
per audit entry, on both back ends (the server's trigger and LISTEN/NOTIFY; an SQLite file's data_version
polled); a server connection that was cut off catches up on what it missed; verify accepts the application's
own notify trigger but not one changed behind its back."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from caseapp.services.app import CaseApp
from caseapp.services.workflow import Workflow
from caseapp.store.contract import ChangeFeed, ChangeNotice
from tests.conftest import SERVER_ONLY
from tests.gui.test_main_window import complete_case
from tests.workstation import Window


def notices_until(feed: ChangeFeed, found, timeout: float = 20.0) -> list[ChangeNotice]:
    """What the feed hands out until `found(notices)` holds (or the time runs out)."""
    seen: list[ChangeNotice] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not found(seen):
        seen += feed.wait(0.5)
    return seen


def created(number: str):
    return lambda seen: any(n.action == "create" and n.entity_id == number for n in seen)


@pytest.fixture
def shared(open_app, tmp_path: Path) -> CaseApp:
    """A database on disk (or on the server), open in this process."""
    app = open_app(tmp_path / "cases.sqlite3")
    app.initialise(agency_code="TEST", timezone="UTC")
    return app


@pytest.fixture
def users_app(shared: CaseApp) -> CaseApp:
    """The `users` fixture's accounts are made in the shared database (the other process signs in as olga)."""
    return shared


@pytest.fixture
def feed(shared: CaseApp) -> Iterator[ChangeFeed]:
    opened = shared.change_feed()
    opened.wait(0)  # the server's feed connects and listens on its first wait
    yield opened
    opened.close()


def where(app: CaseApp) -> str | Path:
    return app.location.url or app.path  # type: ignore[return-value]


def test_a_case_another_process_saves_reaches_the_feed_with_its_number_and_actor(shared, users, feed):
    other = Window(where(shared))
    try:
        number = other.save("from the other workstation")["case"]
    finally:
        other.quit()
    seen = notices_until(feed, created(number))
    entry = next(n for n in seen if n.action == "create")
    assert (entry.entity, entry.entity_id, entry.actor) == ("case", number, "olga")
    assert entry.audit_id == shared.history("case", number)[-1].id


def test_each_entry_is_handed_out_once_in_order(shared, feed, users):
    workflow = Workflow(shared)
    numbers = [workflow.create(users["olga"], complete_case(day)).value.case_number for day in (20, 21, 22)]
    seen = notices_until(feed, created(numbers[-1]))
    ids = [n.audit_id for n in seen]
    assert ids == sorted(set(ids))
    assert [n.entity_id for n in seen if n.action == "create"] == numbers
    assert feed.wait(0.3) == []


def _server_only(app: CaseApp) -> str:
    assert app.location.url is not None
    return app.location.url



@SERVER_ONLY
def test_a_server_feed_cut_off_catches_up_on_what_was_committed_meanwhile(shared, feed, users):
    url = _server_only(shared)
    with psycopg.connect(url, autocommit=True) as admin:  # the server ends every session, as a restart does
        ended = admin.execute("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = "
                              "current_database() AND pid <> pg_backend_pid()").fetchone()
    assert ended is not None and ended[0] >= 2  # the feed's and the application's
    number = Workflow(shared).create(users["olga"], complete_case()).value.case_number
    seen = notices_until(feed, created(number))
    assert created(number)(seen), seen


@SERVER_ONLY
def test_the_notice_is_sent_by_the_server_for_any_client_that_appends_an_entry(shared):
    """A client that writes with psql (no caseapp code) still announces: the trigger sends the notice."""
    url = _server_only(shared)
    with psycopg.connect(url, autocommit=True) as listener, psycopg.connect(url, autocommit=True) as writer:
        listener.execute("LISTEN caseapp_changes")
        # an entry that follows the chain's head (the server refuses any other: rules.py)
        writer.execute("INSERT INTO audit_log (id, at, actor, action, entity, entity_id, detail, prev_hash, hash) "
                       "SELECT id + 1, '2026-11-25T12:00:00Z', 'someone', 'update', 'case', 'X-1', '{}', hash, 'h' "
                       "FROM audit_head")
        payloads = [n.payload for n in listener.notifies(timeout=10, stop_after=1)]
    assert payloads and '"entity_id" : "X-1"' in payloads[0] and '"actor" : "someone"' in payloads[0]


@SERVER_ONLY
def test_verify_accepts_the_notify_trigger_but_not_a_changed_one(shared):
    url = _server_only(shared)
    assert shared.verify().ok, shared.verify().problems
    with psycopg.connect(url, autocommit=True) as owner:
        owner.execute("CREATE OR REPLACE FUNCTION caseapp_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
                      "BEGIN UPDATE cases SET narrative = ''; RETURN NULL; END $$")
    report = shared.verify()
    assert not report.ok
    assert any("audit_log_notify on audit_log is not the application's" in p for p in report.problems)
