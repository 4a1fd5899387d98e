"""Inventory audits through the service, on both back ends: what a shelf holds, recording an audit (audited,
verified), refusals that change nothing, and the missing exhibits that stay listed until a reasoned custody
event accounts for them."""

from __future__ import annotations

import pytest

from caseapp.core.inventory import Away, Unknown
from caseapp.services.auth import PermissionDenied
from caseapp.services.custody import Custody
from caseapp.services.inventory import InventoryAudits, InventoryError
from tests.inventory_data import OTHER_SHELF, SHELF, event, stock_shelf


@pytest.fixture
def shelf(fresh_app, users):
    return fresh_app, users, stock_shelf(fresh_app, users["olga"])


def test_the_exhibits_recorded_at_a_location_are_found_case_blind_and_trimmed(shelf):
    app, _, number = shelf
    items = app.service(InventoryAudits).recorded_at(f"LOC:{SHELF.lower()}")
    assert [(i.exhibit_number, i.seal_number, i.away) for i in items] == [
        ("01", "S-1", Away.NO), ("02", "S-2", Away.NO), ("03", "S-3", Away.CHECKED_OUT)]
    assert {i.case_number for i in items} == {number}


def test_an_exhibit_moved_away_is_no_longer_recorded_at_its_old_shelf(shelf):
    app, users, number = shelf
    app.service(Custody).record(users["olga"], number, "02", event("stored", "2026-11-22T09:00",
                                                                  location=OTHER_SHELF))
    assert [i.exhibit_number for i in app.service(InventoryAudits).recorded_at(SHELF)] == ["01", "03"]
    assert [i.exhibit_number for i in app.service(InventoryAudits).recorded_at(OTHER_SHELF)] == ["02", "04"]


def test_an_audit_is_recorded_with_its_four_lists_and_one_audit_entry(shelf):
    app, users, number = shelf
    scans = [f"{number}/01", f"{number}/4", f"{number}/01", "LOC:VAULT-A.3", "NOT A CODE", f"{number}/09",
             "ZZZ-2026-000001/01", number]
    done = app.service(InventoryAudits).record(users["olga"], f"LOC:{SHELF}", scans, started_at="2026-11-23T08:00")
    recorded = done.value
    result = recorded.result
    assert [i.exhibit_number for i in result.found] == ["01"]
    assert [i.exhibit_number for i in result.missing] == ["02"]  # 03 is checked out: not expected
    assert [(i.exhibit_number, i.location) for i in result.unexpected] == [("04", OTHER_SHELF)]
    assert [(u.text, u.why) for u in result.unknown] == [
        ("LOC:VAULT-A.3", Unknown.LOCATION), ("NOT A CODE", Unknown.NOT_A_CODE),
        (f"{number}/09", Unknown.NO_SUCH_EXHIBIT), ("ZZZ-2026-000001/01", Unknown.NO_SUCH_EXHIBIT),
        (number, Unknown.CASE)]
    assert result.duplicates == (f"{number}/01",)
    assert result.scanned == tuple(scans)
    assert (recorded.location, recorded.actor, recorded.started_at) == (SHELF, "olga", "2026-11-23T08:00")
    again = app.service(InventoryAudits).get(recorded.id)
    assert again == recorded and app.service(InventoryAudits).recent()[0] == recorded
    entries = app._audit.entries("location", SHELF)
    assert [e.action for e in entries] == ["inventory_audit"]
    assert entries[0].detail["missing"] == 1 and entries[0].detail["unexpected"] == 1
    assert app.verify().ok, app.verify().problems


@pytest.mark.parametrize(("location", "started", "message"), [
    ("   ", None, "location is required"),
    ("PER:olga", None, "is not a storage location"),
    ("CBSA-2024-000101/01", None, "is not a storage location"),
    ("LOC:", None, "is not a storage location"),
    (SHELF, "yesterday", "is not a date and time"),
    (SHELF, "2099-01-01T00:00", "after the audit's end"),
    ("x" * 201, None, "location of 201 characters: a location is at most 200"),
])
def test_a_bad_audit_is_refused_with_a_clear_message_and_nothing_is_written(shelf, location, started, message):
    app, users, _ = shelf
    entries = len(app._audit.entries())
    with pytest.raises(InventoryError, match=message):
        app.service(InventoryAudits).record(users["olga"], location, [], started_at=started)
    assert len(app._audit.entries()) == entries and app.service(InventoryAudits).recent() == []


def test_admins_do_not_record_audits(shelf):
    app, users, _ = shelf
    with pytest.raises(PermissionDenied):
        app.service(InventoryAudits).record(users["ada"], SHELF, [])
    assert app.service(InventoryAudits).recent() == []


def test_a_missing_exhibit_stays_listed_until_a_custody_event_gives_a_reason(shelf):
    app, users, number = shelf
    audits = app.service(InventoryAudits)
    first = audits.record(users["olga"], SHELF, [f"{number}/01"]).value
    assert [(m.item.exhibit_number, m.audit_id) for m in audits.unresolved_missing()] == [("02", first.id)]
    custody = app.service(Custody)
    custody.record(users["olga"], number, "02", event("stored", "2026-11-24T09:00", location=SHELF))
    assert [m.item.exhibit_number for m in audits.unresolved_missing()] == ["02"]  # no reason given
    custody.record(users["olga"], number, "02", event(
        "stored", "2026-11-24T10:00", location=SHELF, notes="found behind the shelf, put back"))
    assert audits.unresolved_missing() == []
    second = audits.record(users["olga"], SHELF, []).value  # missing again, in a later audit
    assert [(m.item.exhibit_number, m.audit_id) for m in audits.unresolved_missing()] == [
        ("01", second.id), ("02", second.id)]


def test_a_shelf_is_read_through_the_location_index(shelf, backend):
    app, _, _ = shelf
    store = app._stores.inventory
    sql = f"SELECT DISTINCT exhibit_id FROM custody_events WHERE {store.LOCATION_KEY} = lower(trim(?))"
    if backend == "sqlite":
        plan = " ".join(str(row[-1]) for row in app._db.execute("EXPLAIN QUERY PLAN " + sql, [SHELF]))
        assert "SEARCH custody_events USING" in plan and "INDEX custody_events_location" in plan, plan
    else:
        app._db.execute("SET enable_seqscan = off")  # a table of a few rows: ask whether the index can serve
        plan = " ".join(str(row[0]) for row in app._db.execute("EXPLAIN " + sql, [SHELF]))
        assert "custody_events_location" in plan, plan


@pytest.mark.parametrize("attack", [
    "UPDATE inventory_audits SET missing = '[]'",
    "UPDATE inventory_audits SET actor = 'sam'",
    "DELETE FROM inventory_audits",
    "INSERT INTO inventory_audits (location, started_at, finished_at, actor, scanned, found, missing, unexpected, "
    "unknown, duplicates, custody_mark, recorded_at) VALUES ('X', 'a', 'b', 'olga', '[]', '[]', '[]', '[]', '[]', "
    "'[]', 0, 'c')",
])
def test_a_raw_change_to_an_audit_is_caught_by_verify(shelf, attack):
    app, users, number = shelf
    app.service(InventoryAudits).record(users["olga"], SHELF, [f"{number}/01"])
    assert app.verify().ok
    app._db.execute(attack)
    report = app.verify()
    assert not report.ok and "inventory_audits" in " ".join(report.problems), report.problems


@pytest.mark.parametrize(("scans", "message"), [
    (["A/01"] * 20001, "20001 codes scanned: an audit takes at most 20000"),
    (["A/01", "y" * 201], "a scanned code of 201 characters: a label carries at most 200"),
])
def test_too_many_or_too_long_scans_are_refused_and_nothing_is_written(shelf, scans, message):
    app, users, _ = shelf
    entries = len(app._audit.entries())
    with pytest.raises(InventoryError, match=message):
        app.service(InventoryAudits).record(users["olga"], SHELF, scans)
    assert len(app._audit.entries()) == entries and app.service(InventoryAudits).recent() == []
