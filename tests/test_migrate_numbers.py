"""External numbers survive `migrate --to postgresql://...`: copied with their ids, found on the server, verified,
and a number added there after the copy takes the next id."""

from __future__ import annotations

from pathlib import Path

from caseapp.services.app import CaseApp
from caseapp.services.auth import Accounts
from caseapp.services.numbers import ExternalNumbers
from tests.conftest import PASSWORD, fixed_clock, populate
from tests.test_migrate_to_server import give_logins_passwords, run


def test_numbers_are_copied_to_the_server_and_go_on_there(tmp_path: Path, pg_url: str) -> None:
    path = tmp_path / "cases.sqlite3"
    app = CaseApp.open(path, clock=fixed_clock)
    try:
        olga = populate(app, tmp_path)["olga"]
        first = app.service(ExternalNumbers).add(olga, "CBSA-2024-000101", "lab", "HC 2026/0042",
                                                 exhibit_number="01").value
    finally:
        app.close()
    code, text = run("--db", str(path), "migrate", "--to", pg_url)
    assert code == 0 and "verify on the copy: intact" in text, text
    give_logins_passwords(pg_url)
    server = CaseApp.open(pg_url)
    try:
        assert server.service(ExternalNumbers).find("hc20260042") == [first]
        olga = server.service(Accounts).authenticate("olga", PASSWORD)
        more = server.service(ExternalNumbers).add(olga, "CBSA-2024-000101", "crown", "CR-1").value
        assert more.id == first.id + 1 and server.verify().ok
    finally:
        server.close()
