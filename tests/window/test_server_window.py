"""The real window on a PostgreSQL server: it asks for the login first and signs in to the server as that
account's own login (it holds no other credentials), so what an officer types is written under the server's
rules in the officer's own name; then every field is read back by the database's owner and compared."""

from __future__ import annotations

import psycopg
import pytest

from caseapp.services.app import CaseApp
from tests.conftest import PASSWORD
from tests.window.conftest import make_agency
from tests.window.driver import Window
from tests.window.seizures import SEIZURES
from tests.window.test_three_seizures import check_stored, type_seizure


@pytest.fixture
def server_window(x_display, pg_url, tmp_path, request):
    make_agency(pg_url)
    # the URL names no user (libpq would take the system user, who has no role on the test server): the
    # window can only work by signing in as the account's own login
    driver = Window(x_display, pg_url.replace("://postgres@", "://"), tmp_path / "home")
    yield driver
    failed = getattr(request.node, "rep_call", None) is not None and request.node.rep_call.failed
    if failed and driver.alive():
        print(f"screenshot at failure: {driver.screenshot(tmp_path / 'failure.png')}")
    driver.kill()


def test_a_seizure_typed_on_the_server_is_written_by_the_officers_own_login(server_window, pg_url):
    server_window.start("olga", PASSWORD)
    seizure = SEIZURES[0]
    type_seizure(server_window, seizure)
    assert server_window.quit() == 0
    assert server_window.problems() == []
    app = CaseApp.open(pg_url)
    try:
        check_stored(app, "CBSA-2026-000001", seizure)
        assert app.get_case("CBSA-2026-000001").created_by == "olga"
        assert app.verify().ok
    finally:
        app.close()
    with psycopg.connect(pg_url, autocommit=True) as owner:
        assert owner.execute("SELECT actor FROM audit_log WHERE action = 'create'").fetchone()[0] == "olga"
