"""Storage locations and receiving/transferring exhibits by scanning, through the services, on both back ends:
who may do what, every refusal naming its value and changing nothing, one transaction for a whole receipt."""

from __future__ import annotations

from decimal import Decimal

import pytest

from caseapp.core.custody import CustodyError, CustodyEvent
from caseapp.core.errors import CaseAppError, Duplicate, NotFound
from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.core.storage import LocationError
from caseapp.services.auth import PermissionDenied
from caseapp.services.custody import Custody
from caseapp.services.locations import Locations
from caseapp.services.receiving import Receiving
from caseapp.services.workflow import Workflow


@pytest.fixture
def room(fresh_app, users):
    """Two locations (a vault and a shelf in it) and a case of three exhibits, each seized by olga."""
    app = fresh_app
    app.service(Locations).add(users["sam"], "VAULT-A", "Vault A", kind="vault")
    app.service(Locations).add(users["sam"], "VAULT-A.3", "Vault A, shelf 3", kind="shelf", parent="vault-a")
    case = app.service(Workflow).create(users["olga"], Case(
        occurred_at="2026-11-20T10:00", location=Location(country="CA"),
        exhibits=[Exhibit(substance="fentanyl", quantity=Quantity(Decimal("12.5"), "g")),
                  Exhibit(substance="cocaine", quantity=Quantity(Decimal("1"), "kg")),
                  Exhibit(substance="cannabis", quantity=Quantity(Decimal("3"), "kg"))])).value
    for number in ("01", "02", "03"):
        app.service(Custody).record(users["olga"], case.case_number, number, CustodyEvent(
            "seized", "2026-11-20T10:05", "", holder="olga", location="Mail centre"))
    return app, case.case_number


def _count(app) -> int:
    return len(app._audit.entries())


def test_locations_are_added_listed_and_audited(room, users):
    app, _ = room
    listed = app.service(Locations).list()
    assert [(x.code, x.kind, x.parent) for x in listed] == [("VAULT-A", "vault", ""), ("VAULT-A.3", "shelf", "VAULT-A")]
    assert app.service(Locations).get("vault-a.3").name == "Vault A, shelf 3"
    assert [e.action for e in app.history("location", "VAULT-A.3")] == ["location_add"]
    assert app.verify().ok


def test_a_location_is_renamed_and_deactivated_by_a_supervisor(room, users):
    app, _ = room
    app.service(Locations).update(users["ada"], "VAULT-A.3", name="Vault A, top shelf")
    app.service(Locations).update(users["sam"], "VAULT-A.3", active=False)
    found = app.service(Locations).get("VAULT-A.3")
    assert (found.name, found.active, found.changed_by) == ("Vault A, top shelf", False, "sam")
    assert [x.code for x in app.service(Locations).list(include_inactive=False)] == ["VAULT-A"]
    assert app.verify().ok


@pytest.mark.parametrize(("code", "name", "kind", "parent", "error", "message"), [
    ("VAULT-A", "Again", "vault", "", Duplicate, "already used"),
    ("vault-a", "Again", "vault", "", Duplicate, "already used"),
    ("BAD CODE", "Shelf", "shelf", "", LocationError, "'BAD CODE' is not valid"),
    ("-X", "Shelf", "shelf", "", LocationError, "'-X' is not valid"),
    ("S1", "   ", "shelf", "", LocationError, "needs a name"),
    ("S1", "Shelf", "drawer", "", LocationError, "kind 'drawer'"),
    ("S1", "Shelf", "shelf", "NOWHERE", LocationError, "NOWHERE does not exist"),
])
def test_bad_locations_are_refused_naming_the_value_and_change_nothing(room, users, code, name, kind, parent,
                                                                     error, message):
    app, _ = room
    before = _count(app)
    with pytest.raises(error, match=message):
        app.service(Locations).add(users["sam"], code, name, kind=kind, parent=parent)
    assert len(app.service(Locations).list()) == 2 and _count(app) == before


def test_a_location_cannot_end_up_inside_itself(room, users):
    app, _ = room
    with pytest.raises(LocationError, match="inside itself"):
        app.service(Locations).update(users["sam"], "VAULT-A", parent="VAULT-A.3")
    assert app.service(Locations).get("VAULT-A").parent == ""


def test_officers_may_list_but_not_manage_locations(room, users):
    app, _ = room
    with pytest.raises(PermissionDenied):
        app.service(Locations).add(users["olga"], "L1", "Locker 1", kind="locker")
    with pytest.raises(PermissionDenied):
        app.service(Locations).update(users["olga"], "VAULT-A", active=False)
    assert len(app.service(Locations).list()) == 2


def test_a_raw_change_to_a_location_is_caught(room):
    app, _ = room
    app._db.execute("UPDATE storage_locations SET name = 'Somewhere else' WHERE code = 'VAULT-A.3'")
    report = app.verify()
    assert not report.ok and "storage_locations" in str(report.problems)


def test_a_raw_insert_of_a_location_is_caught(room):
    app, _ = room
    app._db.execute("INSERT INTO storage_locations (code, name, kind, active, created_by, created_at) "
                    "VALUES ('FAKE', 'Fake shelf', 'shelf', 1, 'sam', '2026-11-25T12:00:00Z')")
    assert not app.verify().ok


def test_exhibits_scanned_to_a_location_are_stored_there_in_one_go(room, users):
    app, number = room
    receiving = app.service(Receiving)
    target = receiving.target("LOC:vault-a.3")
    done = receiving.confirm(users["olga"], target, [f"{number}/01", f"{number}/2", f" {number}/03\r"],
                             at="2026-11-21T09:00")
    assert [line.code for line in done.value] == [f"{number}/01", f"{number}/02", f"{number}/03"]
    for exhibit in ("01", "02", "03"):
        events, state = app.service(Custody).history(number, exhibit)
        assert (events[-1].type, events[-1].location, events[-1].actor) == ("stored", "VAULT-A.3", "olga")
        assert (state.holder, state.location) == ("olga", "VAULT-A.3")
        assert app.history("exhibit", f"{number}/{exhibit}")[-1].action == "custody_stored"
    assert done.changes.custody == frozenset({number})
    assert app.verify().ok


def test_exhibits_scanned_to_a_person_are_transferred(room, users):
    app, number = room
    receiving = app.service(Receiving)
    receiving.confirm(users["olga"], receiving.target("PER:li"), [f"{number}/01"], at="2026-11-21T09:00")
    events, state = app.service(Custody).history(number, "01")
    assert (events[-1].type, events[-1].from_holder, state.holder) == (
        "transferred", "olga", "Officer Li Wei (li)")


def test_one_refused_exhibit_refuses_the_whole_receipt_with_every_reason(room, users):
    app, number = room
    custody = app.service(Custody)
    custody.record(users["olga"], number, "02", CustodyEvent("sent_to_lab", "2026-11-20T11:00", "", holder="Lab"))
    receiving = app.service(Receiving)
    target = receiving.target("LOC:VAULT-A.3")
    before = _count(app)
    codes = [f"{number}/01", f"{number}/02", f"{number}/01", f"{number}/09", "NOPE!", "LOC:VAULT-A", number]
    with pytest.raises(CustodyError) as refused:
        receiving.confirm(users["olga"], target, codes, at="2026-11-21T09:00")
    problems = refused.value.problems
    assert [p.split(":", 1)[0] for p in problems] == [
        f"{number}/02", f"{number}/01", f"{number}/09", "NOPE!", "LOC", number]
    assert "at the lab" in problems[0] and "scanned twice" in problems[1] and "unknown exhibit" in problems[2]
    assert "unknown code" in problems[3]
    assert _count(app) == before
    assert [e.type for e in custody.history(number, "01")[0]] == ["seized"]


def test_a_failure_half_way_through_a_receipt_writes_nothing(room, users, monkeypatch):
    app, number = room
    custody = app.service(Custody)
    real = custody.record
    calls = []

    def record_then_fail(user, case_number, exhibit_number, event):
        calls.append(exhibit_number)
        if len(calls) == 3:
            raise CustodyError("the third one fails")
        return real(user, case_number, exhibit_number, event)

    monkeypatch.setattr(custody, "record", record_then_fail)
    before = _count(app)
    receiving = app.service(Receiving)
    with pytest.raises(CustodyError, match="third"):
        receiving.confirm(users["olga"], receiving.target("LOC:VAULT-A"), [f"{number}/01", f"{number}/02",
                                                                         f"{number}/03"], at="2026-11-21T09:00")
    assert _count(app) == before
    assert all(len(real.__self__.history(number, n)[0]) == 1 for n in ("01", "02", "03"))


def test_already_there_is_a_problem(room, users):
    app, number = room
    receiving = app.service(Receiving)
    target = receiving.target("LOC:VAULT-A")
    receiving.confirm(users["olga"], target, [f"{number}/01"], at="2026-11-21T09:00")
    lines = receiving.check(users["olga"], target, [f"{number}/01"], at="2026-11-21T10:00")
    assert lines[0].problem == "already there" and lines[0].location == "VAULT-A"


@pytest.mark.parametrize(("text", "error", "message"), [
    ("LOC:NOWHERE", NotFound, "no storage location NOWHERE"),
    ("PER:nobody", NotFound, "no account nobody"),
    ("   ", CaseAppError, "scan a person or a location first"),
])
def test_a_bad_target_is_named(room, text, error, message):
    app, _ = room
    with pytest.raises(error, match=message):
        app.service(Receiving).target(text)


def test_an_inactive_location_receives_nothing(room, users):
    app, _ = room
    app.service(Locations).update(users["sam"], "VAULT-A", active=False)
    with pytest.raises(LocationError, match="no longer in use"):
        app.service(Receiving).target("LOC:VAULT-A")


def test_a_typed_holder_name_is_a_person_target(room):
    app, _ = room
    target = app.service(Receiving).target("  Court  clerk ")
    assert (target.kind, target.holder) == ("person", "Court clerk")


def test_a_location_taken_out_of_use_after_it_was_scanned_receives_nothing(room, users):
    app, number = room
    receiving = app.service(Receiving)
    target = receiving.target("LOC:VAULT-A")
    app.service(Locations).update(users["sam"], "VAULT-A", active=False)
    with pytest.raises(LocationError, match="no longer in use"):
        receiving.confirm(users["olga"], target, [f"{number}/01"], at="2026-11-21T09:00")
    assert [e.type for e in app.service(Custody).history(number, "01")[0]] == ["seized"]
