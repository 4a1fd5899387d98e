"""Storage locations on a server, each account signed in as its own login: the server's grants hold the rule
the service holds (supervisors and admins add and change locations; officers only read them), so psql on an
officer's own credentials can do no more than the window."""

from __future__ import annotations

import psycopg
import pytest

from caseapp.core.location import database_location
from caseapp.services.app import CaseApp
from caseapp.services.auth import Accounts
from caseapp.services.locations import Locations
from tests.conftest import PASSWORD, fixed_clock, make_users

pytestmark = pytest.mark.usefixtures("fast_password_hashing")


@pytest.fixture
def url(pg_url: str) -> str:
    app = CaseApp.open(pg_url, clock=fixed_clock)
    try:
        app.initialise(timezone="UTC")
        make_users(app)
    finally:
        app.close()
    return pg_url


def _signed_in(url: str, login: str) -> CaseApp:
    app = CaseApp.open(database_location(url).signed_in(login, PASSWORD), clock=fixed_clock)
    app.service(Accounts).authenticate(login, PASSWORD)
    return app


def test_a_supervisor_signed_in_as_their_login_adds_a_location_that_verifies(url):
    app = _signed_in(url, "sam")
    try:
        sam = app.service(Accounts).authenticate("sam", PASSWORD)
        app.service(Locations).add(sam, "VAULT-A", "Vault A", kind="vault")
        app.service(Locations).update(sam, "VAULT-A", name="Vault A (north)")
        assert [x.name for x in app.service(Locations).list()] == ["Vault A (north)"]
    finally:
        app.close()
    owner = CaseApp.open(url, clock=fixed_clock)
    try:
        assert owner.verify().ok
    finally:
        owner.close()


@pytest.mark.parametrize("sql", [
    "INSERT INTO storage_locations (code, name, kind, active, created_by, created_at) "
    "VALUES ('L9', 'Locker 9', 'locker', 1, 'olga', '2026-11-25T12:00:00Z')",
    "UPDATE storage_locations SET name = 'Elsewhere'",
    "DELETE FROM storage_locations",
])
def test_an_officer_cannot_write_locations_with_psql(url, sql):
    app = _signed_in(url, "sam")
    try:
        app.service(Locations).add(app.service(Accounts).authenticate("sam", PASSWORD), "VAULT-A", "Vault A")
    finally:
        app.close()
    with psycopg.connect(database_location(url).signed_in("olga", PASSWORD).url, autocommit=True) as olga:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            olga.execute(sql)  # type: ignore[arg-type]
        assert olga.execute("SELECT code, name FROM storage_locations").fetchall() == [("VAULT-A", "Vault A")]


def test_nobody_deletes_a_location_even_a_supervisor_with_psql(url):
    with psycopg.connect(database_location(url).signed_in("sam", PASSWORD).url, autocommit=True) as sam:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            sam.execute("DELETE FROM storage_locations")
