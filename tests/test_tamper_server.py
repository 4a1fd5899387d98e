"""Tamper evidence on the server: each raw change the database owner can make with psql (UPDATE, DELETE, INSERT
on any table, a planted trigger) is caught by `caseapp-cli --db postgresql://... verify` (exit 3), as on SQLite.
One database is built per session and copied (CREATE DATABASE ... TEMPLATE) for each test."""

from __future__ import annotations

import io

import psycopg
import pytest

from caseapp.cli import main
from caseapp.services.app import CaseApp
from tests.conftest import SAMPLE_CASE, fixed_clock, populate
from tests.pg_server import new_pg_database

JSON_CASE = SAMPLE_CASE


@pytest.fixture(scope="module")  # its accounts are server logins, dropped at the module's end (conftest)
def template(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = new_pg_database()
    app = CaseApp.open(url, clock=fixed_clock)
    try:
        populate(app, tmp_path_factory.mktemp("scan"))
        assert app.verify().ok, app.verify().problems
    finally:
        app.close()
    return url


@pytest.fixture
def db(template: str) -> str:
    return new_pg_database(copy_of=template)


def verify(url: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--db", url, "verify"], out=out, err=err)
    return code, out.getvalue() + err.getvalue()


def raw(url: str, sql: str) -> None:
    """What the owner can do with psql: any statement, committed."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(sql)  # type: ignore[arg-type]


def test_an_untouched_server_database_verifies(db: str) -> None:
    code, text = verify(db)
    assert code == 0, text


ATTACKS = {
    "update a case": "UPDATE cases SET narrative = 'nothing here' WHERE case_number = 'CBSA-2024-000101'",
    "update an exhibit's weight": "UPDATE exhibits SET quantity = '0.1', kg_mg = 100 WHERE id = (SELECT min(id) FROM "
                                  "exhibits)",
    "delete a person": "DELETE FROM persons WHERE id = (SELECT max(id) FROM persons)",
    "insert a case": "INSERT INTO cases (id, case_number, recorded_at, created_at, updated_at) "
                     "VALUES (9999, 'TEST-2026-999999', '2026-01-01', '2026-01-01', '2026-01-01')",
    "promote an officer": "UPDATE users SET role = 'admin' WHERE login = 'olga'",
    "change a setting": "UPDATE settings SET value = 'Europe/Paris' WHERE key = 'timezone'",
    "rewrite an audit entry": "UPDATE audit_log SET actor = 'ada' WHERE id = (SELECT max(id) FROM audit_log)",
    "drop the newest entry": "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)",
    "rewrite a row hash": "UPDATE audit_rows SET row_hash = repeat('0', 64) WHERE (tbl, row_id, audit_id) = "
                          "(SELECT tbl, row_id, audit_id FROM audit_rows WHERE tbl = 'cases' "
                          "ORDER BY audit_id DESC, row_id LIMIT 1)",
    "hide an exhibit from a substance search": "DELETE FROM exhibit_terms WHERE term LIKE 's:%' AND exhibit_id = "
                                               "(SELECT min(exhibit_id) FROM exhibit_terms)",
    "hide an exhibit from text search": "DELETE FROM exhibit_words WHERE word = 'fentanyl'",
    "plant a word": "INSERT INTO exhibit_words (word, key) SELECT 'innocent', max(key) FROM exhibit_words",
    "change an attachment's bytes": "UPDATE attachments SET content = 'forged'::bytea",
    "move the case counter": "UPDATE case_number_counters SET last = last + 5",
    "switch a rule off": "ALTER TABLE cases DISABLE TRIGGER cases_rules",
    "rewrite a rule": "CREATE OR REPLACE FUNCTION cases_rules() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                      "RETURN NEW; END $$",
    "plant a trigger": "CREATE FUNCTION hide() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                       "DELETE FROM exhibit_words WHERE word = 'fentanyl'; RETURN NEW; END $$; "
                       "CREATE TRIGGER hide AFTER INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION hide()",
}


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_a_raw_change_by_the_owner_is_caught(db: str, attack: str) -> None:
    raw(db, ATTACKS[attack])
    code, text = verify(db)
    assert code == 3, (attack, text)
