"""Opening a server database: init makes the schema in an empty database, migrations are named and recorded,
a database of a newer caseapp or of something else is refused, and a server that cannot be reached is a clear
message without the password."""

from __future__ import annotations

import io
import os

import psycopg
import pytest

from caseapp.cli import main
from caseapp.core.errors import DatabaseError
from caseapp.services.app import CaseApp
from caseapp.services.auth import Accounts
from caseapp.store.postgres.schema import MIGRATIONS
from tests.conftest import PASSWORD


def test_init_makes_the_schema_in_an_empty_database_and_records_its_migrations(pg_url: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert main(["--db", pg_url, "init", "--timezone", "UTC"], out=out, err=err) == 0, err.getvalue()
    with psycopg.connect(pg_url) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM schema_migrations ORDER BY name")]
        entries = conn.execute("SELECT action, detail FROM audit_log ORDER BY id").fetchall()
    assert names == [name for name, _ in MIGRATIONS]
    assert entries[0][0] == "init" and MIGRATIONS[-1][0] in entries[0][1]
    assert main(["--db", pg_url, "verify"], out=out, err=err) == 0


def test_a_newer_schema_is_refused_as_on_sqlite(pg_url: str) -> None:
    CaseApp.open(pg_url).close()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("INSERT INTO schema_migrations (name) VALUES ('9999_from_the_future')")
    with pytest.raises(DatabaseError, match=r"was written by a newer version of caseapp \(schema 9999_from_the_future"
                                            r"\); update caseapp to open it"):
        CaseApp.open(pg_url)


def test_a_database_of_something_else_is_refused_and_left_alone(pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id integer)")
    with pytest.raises(DatabaseError, match="not a caseapp database"):
        CaseApp.open(pg_url)
    with psycopg.connect(pg_url) as conn:
        tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
    assert tables == ["invoices"]


def test_a_server_that_cannot_be_reached_is_a_message_without_the_password() -> None:
    with pytest.raises(DatabaseError) as caught:
        CaseApp.open("postgresql://officer:hunter2@127.0.0.1:1/cases?connect_timeout=2")
    assert "cannot connect" in str(caught.value) and "hunter2" not in str(caught.value)


def test_the_cli_refuses_an_unreachable_server_with_exit_1() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert main(["--db", "postgresql://127.0.0.1:1/cases?connect_timeout=2", "verify"], out=out, err=err) == 1
    assert "cannot connect" in err.getvalue()


@pytest.mark.parametrize("url", [
    "postgresql://officer@127.0.0.1:1/cases?connect_timeout=2&password=hunter2",   # password as a parameter
    "postgresql://officer:hun@ter2@127.0.0.1:1/cases?connect_timeout=2",           # an @ not percent-encoded
    "postgresql://officer:hunter2%@127.0.0.1:1/cases",                             # a stray %
    "postgresql://officer:hunter2@127.0.0.1:1/cases?sslmod=require",               # a parameter misspelt
])
def test_a_url_the_server_cannot_take_is_one_line_without_any_of_the_password(url: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert main(["--db", url, "verify"], out=out, err=err) == 1
    message = err.getvalue()
    assert "cannot connect" in message and message.count("\n") == 1
    assert "hunter" not in message and "ter2" not in message


def test_a_refused_connection_is_one_line_saying_so() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert main(["--db", "postgresql://127.0.0.1:1/cases?connect_timeout=2", "verify"], out=out, err=err) == 1
    assert err.getvalue().count("\n") == 1 and "Is the server running on that host" in err.getvalue()


def test_a_role_that_may_not_create_the_schema_is_told_to_own_the_database_in_one_line(pg_url: str) -> None:
    """createdb without -O leaves the database to the server's admin: the role of the URL then may not create
    caseapp's tables, which used to print the server's SQL context over three lines."""
    role = f"visitor_{os.getpid()}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'visitor pass'")  # the test server asks roles for one
        conn.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    try:
        out, err = io.StringIO(), io.StringIO()
        url = pg_url.replace("://postgres@", f"://{role}:visitor%20pass@")
        assert main(["--db", url, "init", "--timezone", "UTC"], out=out, err=err) == 1
        message = err.getvalue()
        assert message.count("\n") == 1 and "LINE 1" not in message, message
        assert "permission denied for schema public" in message and "createdb -O" in message, message
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"DROP ROLE {role}")


def test_a_session_is_a_second_connection_to_the_same_database(pg_url: str) -> None:
    app = CaseApp.open(pg_url)
    app.initialise(timezone="UTC")
    other = app.session()
    try:
        assert other.has_history() and str(other.location) == str(app.location)
    finally:
        other.close()
        app.close()


def test_a_server_gone_away_mid_command_is_a_message_not_a_traceback(pg_url: str) -> None:
    """A driver error outside a transaction (here the server ends the session and takes no new ones, so the
    read's second try on a new connection fails too) comes out as the application's."""
    from caseapp.services.app import database_errors

    app = CaseApp.open(pg_url)
    app.initialise(timezone="UTC")
    server, name = pg_url.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f"ALTER DATABASE {name} ALLOW_CONNECTIONS false")
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", [name])
    with pytest.raises(DatabaseError, match="cannot connect .* not currently accepting connections"), \
            database_errors():
        app.counts()
    app.close()


def test_sessions_take_connections_from_a_pool_and_give_them_back(pg_url: str) -> None:
    """Ten workers' sessions one after another use the pool's few connections, not ten logins."""
    app = CaseApp.open(pg_url)
    app.initialise(timezone="UTC")
    try:
        for _ in range(10):
            session = app.session()
            with session.reading():
                assert session.has_history()
            session.close()
        again = app.session()
        assert not again._db.in_transaction and again.counts() == (0, 0)
        again.close()
        with psycopg.connect(pg_url) as conn:
            backends = conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                                    ).fetchone()[0]
        assert backends <= 4  # the app's own, the pool's one or two, this probe
    finally:
        app.close()


def _end_sessions_of(url: str) -> None:
    """What a server restart (or a failover, or an idle timeout) does to the application's connections."""
    with psycopg.connect(url, autocommit=True) as conn:
        ended = conn.execute("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                             "WHERE datname = current_database() AND pid <> pg_backend_pid()").fetchone()
    assert ended is not None and ended[0] >= 1


def test_a_window_outlives_a_server_restart_its_next_read_and_write_go_through(pg_url: str) -> None:
    """A server restart used to leave the window's connection dead: its next save raised the driver's
    AdminShutdown (an 'unexpected error' with a traceback) and every later one failed until caseapp restarted."""
    app = CaseApp.open(pg_url)
    try:
        app.initialise(timezone="America/Toronto")
        accounts = Accounts(app)
        ada = accounts.create_first_admin("ada", PASSWORD).value
        _end_sessions_of(pg_url)
        assert str(app.timezone()) == "America/Toronto"  # a read: the connection is opened again
        _end_sessions_of(pg_url)
        accounts.add_user(ada, "olga", PASSWORD, role="officer")  # a write: its transaction on a new connection
        assert accounts.authenticate("olga", PASSWORD).login == "olga"
        assert app.verify().ok
    finally:
        app.close()
