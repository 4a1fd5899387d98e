"""Inventory audits on the server signed in as each account's own login: an officer records one through the
services (the grants allow it), nobody changes or deletes one with psql on their own credentials, and an admin
cannot record one."""

from __future__ import annotations

import psycopg
import pytest

from caseapp.services.inventory import InventoryAudits
from tests.inventory_data import SHELF, stock_shelf
from tests.store.test_server_logins import as_login, psql, server, verifies  # noqa: F401 (fixture)

pytestmark = pytest.mark.usefixtures("fast_password_hashing")


def test_an_officer_records_an_audit_and_no_login_changes_it(server):  # noqa: F811
    url, people = server
    app = as_login(url, "olga")
    try:
        number = stock_shelf(app, people["olga"])
        audit = app.service(InventoryAudits).record(people["olga"], SHELF, [f"{number}/01"]).value
        assert [i.exhibit_number for i in audit.result.missing] == ["02"]
    finally:
        app.close()
    for login in ("olga", "sam", "ada"):
        with psql(url, login) as conn:
            for statement in ("UPDATE inventory_audits SET missing = '[]'", "DELETE FROM inventory_audits"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(statement)
            assert conn.execute("SELECT count(*) FROM inventory_audits").fetchone() == (1,)
    assert verifies(url)
