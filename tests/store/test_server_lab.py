"""The lab on a shared server, each account signed in as its own login: an officer sends exhibits of an
approved case to the lab and records the result (the confirmed substance), which the server's rules allow
for a result and for nothing else of the approved case."""

from __future__ import annotations

import psycopg
import pytest

from caseapp.services.app import CaseApp
from caseapp.services.auth import Accounts
from caseapp.services.lab import LabRequests
from caseapp.store.contract.queries import SearchQuery
from tests.conftest import PASSWORD, fixed_clock
from tests.lab_cases import make_lab_case
from tests.store.test_server_logins import as_login, psql, server, verifies  # noqa: F401 - the fixture

pytestmark = pytest.mark.usefixtures("fast_password_hashing")


@pytest.fixture
def lab_server(server):  # noqa: F811 - the fixture imported above
    url, people = server
    owner = CaseApp.open(url, clock=fixed_clock)  # the owner sets the case up; the tests sign in as logins
    try:
        accounts = Accounts(owner)
        people_here = {login: accounts.authenticate(login, PASSWORD) for login in ("olga", "li", "sam")}
        number = make_lab_case(owner, people_here)
    finally:
        owner.close()
    return url, people, number


def test_an_officer_signed_in_as_themself_records_a_lab_result_on_an_approved_case(lab_server):
    url, people, number = lab_server
    app = as_login(url, "li")
    try:
        LabRequests(app).request(people["li"], number, ["01"], lab="HC Lab", samples={"01": "2 g"},
                                 at="2026-11-22T09:00")
        LabRequests(app).result(people["li"], number, "01", substance="carfentanil", purity="40",
                                weight="98.2 g", counted_by=["li", "olga"], at="2026-11-24T10:00")
        assert app.get_case(number).exhibits[0].lab.substance == "Carfentanil"
        hits = app.search(SearchQuery(substance="fentanyl", analogues=True, match_on="confirmed"))
        assert [(h.case_number, h.exhibit_number) for h in hits] == [(number, "01")]
    finally:
        app.close()
    assert verifies(url)


def test_an_officer_still_cannot_change_what_was_seized_on_an_approved_case(lab_server):
    url, _, number = lab_server
    with psql(url, "li") as conn, pytest.raises(psycopg.Error, match="may not change exhibits"):
        conn.execute("UPDATE exhibits SET description = 'changed' WHERE case_id = "
                     "(SELECT id FROM cases WHERE case_number = %s)", [number])


def test_the_lab_columns_do_not_change_without_a_result_recorded_in_the_same_transaction(lab_server):
    url, _, number = lab_server
    with psql(url, "li") as conn, pytest.raises(psycopg.Error, match="may not change exhibits"):
        conn.execute("UPDATE exhibits SET lab_substance = 'sugar' WHERE case_id = "
                     "(SELECT id FROM cases WHERE case_number = %s)", [number])
    assert verifies(url)
