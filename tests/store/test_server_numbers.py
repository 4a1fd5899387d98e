"""External numbers on a server, signed in as each login: officers add and remove them through the services; an
admin cannot add one; with psql on a login's own credentials a number cannot be rewritten or deleted."""

from __future__ import annotations

import psycopg
import pytest

from caseapp.services.app import CaseApp
from caseapp.services.numbers import ExternalNumbers
from tests.store.test_server_logins import as_login, draft, psql, server  # noqa: F401  (server: the fixture)

pytestmark = pytest.mark.usefixtures("fast_password_hashing")


def test_numbers_are_added_and_removed_signed_in_and_cannot_be_rewritten_by_hand(server):  # noqa: F811
    url, people = server
    app = as_login(url, "olga")
    try:
        number = draft(app, people["olga"])
        added = app.service(ExternalNumbers).add(people["olga"], number, "rcmp", "2026-1").value
        app.service(ExternalNumbers).remove(people["olga"], added.id, "typo")
        kept = app.service(ExternalNumbers).add(people["olga"], number, "rcmp", "2026-2").value
    finally:
        app.close()
    with psql(url, "li") as connection:
        for statement in ("UPDATE external_numbers SET value = 'forged'", "DELETE FROM external_numbers"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(statement)
    admin = as_login(url, "ada")
    try:
        with pytest.raises(Exception, match="officer|supervisor|permission"):
            admin.service(ExternalNumbers).add(people["ada"], number, "rcmp", "2026-3")
        assert [n.value for n in admin.service(ExternalNumbers).for_case(number)] == [kept.value]
    finally:
        admin.close()
    owner = CaseApp.open(url)
    try:
        assert owner.verify().ok  # verify is the owner's: it reads what logins may not
    finally:
        owner.close()


def test_psql_cannot_add_a_number_in_anothers_name_nor_remove_anothers(server):  # noqa: F811
    url, people = server
    app = as_login(url, "olga")
    try:
        number = draft(app, people["olga"])
        added = app.service(ExternalNumbers).add(people["olga"], number, "rcmp", "2026-1").value
    finally:
        app.close()
    with psql(url, "li") as connection:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="in the name of who adds it"):
            connection.execute("INSERT INTO external_numbers (case_id, kind, value, key, added_by, added_at) "
                               "SELECT case_id, 'crown', 'X', 'x', 'olga', added_at FROM external_numbers")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="only olga or a supervisor"):
            connection.execute("UPDATE external_numbers SET removed_by = 'li', removed_at = 'now', "
                               "removed_reason = 'mine now'")
    with psql(url, "sam") as connection:
        connection.execute("UPDATE external_numbers SET removed_by = 'sam', removed_at = 'now', removed_reason = 'r'")
    owner = CaseApp.open(url)
    try:  # the supervisor's removal by hand is allowed by the rules but has no audit entry: verify says so
        assert owner.service(ExternalNumbers).get(added.id).removed_by == "sam"
        report = owner.verify()
        assert not report.ok and any("external_numbers" in p for p in report.problems)
    finally:
        owner.close()
