"""The server enforces the disposal workflow's roles itself (store/postgres/disposal_rules.py): psql on an
officer's own credentials cannot authorise or refuse a disposal, nobody writes one in another's name, and the
requester cannot authorise their own request; the data stays as it was."""

from __future__ import annotations

import json

import psycopg
import pytest

from caseapp.services.app import CaseApp
from caseapp.services.auth import Accounts
from caseapp.services.disposal import Disposal
from tests.conftest import PASSWORD, fixed_clock
from tests.disposal_data import disposal_case
from tests.store.test_server_logins import as_login, psql, server, verifies

__all__ = ["server"]  # the fixture, imported for the tests below
pytestmark = pytest.mark.usefixtures("fast_password_hashing")


@pytest.fixture
def requested(server):
    """An approved, analysed case and batch D-2026-1 of its exhibit 01, requested by `requester` signed in."""
    url, people = server
    owner = CaseApp.open(url, clock=fixed_clock)
    try:
        for login in ("olga", "sam"):  # their signing keys, for the entries recorded in their names
            owner.service(Accounts).authenticate(login, PASSWORD)
        number = disposal_case(owner, people)
        exhibit_id = owner.get_case(number).exhibits[0].id
    finally:
        owner.close()

    def request(login: str) -> tuple[str, str, int]:
        app = as_login(url, login)
        try:
            app.service(Disposal).request(people[login], [(number, "01")], reason="closed", method="return")
        finally:
            app.close()
        return url, number, exhibit_id
    return request


def _insert(url: str, login: str, exhibit_id: int, type_: str, actor: str) -> None:
    detail = json.dumps({"batch": "D-2026-1", "legal_basis": "s.490", "reason": "forged"}, sort_keys=True)
    with psql(url, login) as conn:
        seq = conn.execute("SELECT max(seq) + 1 FROM custody_events WHERE exhibit_id = %s", [exhibit_id]).fetchone()[0]
        conn.execute("INSERT INTO custody_events (exhibit_id, seq, type, at, actor, detail, recorded_at) "
                     "VALUES (%s, %s, %s, '2026-11-25T11:00', %s, %s, '2026-11-25T11:00:00Z')",
                     [exhibit_id, seq, type_, actor, detail])


def _disposal_rows(url: str) -> int:
    with psycopg.connect(url) as owner:
        return owner.execute("SELECT count(*) FROM custody_events WHERE type LIKE 'disposal_%'").fetchone()[0]


@pytest.mark.parametrize("type_", ["disposal_authorised", "disposal_refused"])
def test_an_officer_cannot_authorise_or_refuse_a_disposal_with_psql(requested, type_):
    url, _, exhibit_id = requested("olga")
    before = _disposal_rows(url)
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="only a supervisor does"):
        _insert(url, "li", exhibit_id, type_, "li")
    assert _disposal_rows(url) == before and verifies(url)


def test_nobody_records_a_disposal_event_in_another_name(requested):
    url, _, exhibit_id = requested("olga")
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="in the name of sam"):
        _insert(url, "li", exhibit_id, "disposal_authorised", "sam")


def test_the_requester_cannot_authorise_their_own_request_on_the_server(requested):
    url, _, exhibit_id = requested("sam")
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="requested this disposal"):
        _insert(url, "sam", exhibit_id, "disposal_authorised", "sam")


def test_a_supervisor_signed_in_authorises_and_verify_accepts_the_servers_rule(requested, server):
    url, number, _ = requested("olga")
    _, people = server
    app = as_login(url, "sam")
    try:
        batch = app.service(Disposal).authorise(people["sam"], "D-2026-1", legal_basis="s.490(9) order",
                                                reason="owner entitled").value
    finally:
        app.close()
    assert batch.status == "authorised" and verifies(url)
