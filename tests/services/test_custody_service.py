"""Custody through the service: permissions, persistence, audit, refusals that change nothing."""

from decimal import Decimal

import pytest
from argon2 import PasswordHasher

from caseapp.core.custody import CustodyError, CustodyEvent
from caseapp.core.errors import CaseAppError
from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.services.auth import Accounts, PermissionDenied
from caseapp.services.custody import Custody
from caseapp.services.workflow import Workflow
from tests.conftest import PASSWORD


@pytest.fixture
def setup(fresh_app):
    accounts = Accounts(fresh_app, hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    admin = accounts.create_first_admin("admin", PASSWORD).value
    accounts.add_user(admin, "olga", PASSWORD, role="officer")
    olga = accounts.authenticate("olga", PASSWORD)
    case = Workflow(fresh_app).create(olga, Case(
        occurred_at="2026-11-20T10:00", location=Location(country="CA"),
        exhibits=[Exhibit(substance="fentanyl", quantity=Quantity(Decimal("12.5"), "g")),
                  Exhibit(substance="cocaine", quantity=Quantity(Decimal("1"), "kg"))])).value
    return fresh_app, admin, olga, case.case_number


def event(type_, at, **fields):
    return CustodyEvent(type=type_, at=at, actor="", **fields)


def test_custody_is_recorded_derived_and_audited(setup):
    app, _, olga, number = setup
    custody = Custody(app)
    custody.record(olga, number, "01", event("seized", "2026-11-20T10:05", holder="olga", location="Mail centre"))
    custody.record(olga, number, "1", event("sealed", "2026-11-20T10:10", seal_number="S-0042"))
    state = custody.record(olga, number, "01", event("transferred", "2026-11-21T09:00", from_holder="olga",
                                                     holder="Vault clerk", location="Vault B shelf 3")).value
    assert (state.holder, state.location) == ("Vault clerk", "Vault B shelf 3")
    events, again = custody.history(number, "01")
    assert [e.type for e in events] == ["seized", "sealed", "transferred"] and again == state
    assert events[0].actor == "olga"
    assert custody.states(number)["02"] is None
    assert [e.action for e in app._audit.entries("exhibit", f"{number}/01")] == [
        "custody_seized", "custody_sealed", "custody_transferred"]
    assert app.verify().ok


def test_an_impossible_event_is_refused_and_nothing_is_written(setup):
    app, _, olga, number = setup
    custody = Custody(app)
    custody.record(olga, number, "01", event("seized", "2026-11-20T10:05", holder="olga", location="Mail centre"))
    entries = len(app._audit.entries())
    with pytest.raises(CustodyError):
        custody.record(olga, number, "01", event("transferred", "2026-11-21T09:00", from_holder="someone else",
                                                 holder="Vault clerk"))
    assert len(custody.history(number, "01")[0]) == 1 and len(app._audit.entries()) == entries


def test_admins_do_not_record_custody_and_unknown_exhibits_are_named(setup):
    app, admin, olga, number = setup
    with pytest.raises(PermissionDenied):
        Custody(app).record(admin, number, "01", event("seized", "2026-11-20T10:05", holder="a", location="b"))
    with pytest.raises(CaseAppError, match="no exhibit 07"):
        Custody(app).history(number, "07")


def test_a_raw_change_to_custody_is_caught(setup):
    app, _, olga, number = setup
    Custody(app).record(olga, number, "01", event("seized", "2026-11-20T10:05", holder="olga", location="Desk"))
    app._db.execute("UPDATE custody_events SET detail = '{\"holder\": \"nobody\"}'")
    assert not app.verify().ok


def test_an_exhibit_with_custody_cannot_be_removed_from_the_case(setup):
    app, _, olga, number = setup
    Custody(app).record(olga, number, "02", event("seized", "2026-11-20T10:05", holder="olga", location="Desk"))
    only_first = app.get_case(number)
    only_first.exhibits = only_first.exhibits[:1]
    with pytest.raises(CaseAppError, match="custody events"):
        Workflow(app).update(olga, number, only_first)


def test_editing_a_case_keeps_its_exhibits_and_their_custody(setup):
    app, _, olga, number = setup
    custody = Custody(app)
    custody.record(olga, number, "01", event("seized", "2026-11-20T10:05", holder="olga", location="Desk"))
    exhibit_ids = [e.id for e in app.get_case(number).exhibits]
    changed = app.get_case(number)
    changed.narrative = "Reweighed at the station."
    changed.exhibits[0].description = "white powder, double bagged"
    Workflow(app).update(olga, number, changed)
    after = app.get_case(number)
    assert [e.id for e in after.exhibits] == exhibit_ids
    assert after.exhibits[0].description == "white powder, double bagged"
    assert len(custody.history(number, "01")[0]) == 1
    assert app.verify().ok
    from caseapp.store.contract import SearchQuery

    assert [r.exhibit_number for r in app.search(SearchQuery(text="double bagged"))] == ["01"]
    assert [r.exhibit_number for r in app.search(SearchQuery(substance="fentanyl"))] == ["01"]
