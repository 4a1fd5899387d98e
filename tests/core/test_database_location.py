"""Where the database is: a file path, ':memory:' or a postgresql:// URL; anything else that looks like a URL is
refused (it used to become a folder named 'postgresql:' beside the user)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from caseapp.core.errors import DatabaseError
from caseapp.core.location import DatabaseLocation, database_location
from caseapp.paths import DB_ENV, default_database


@pytest.mark.parametrize("text", ["cases.sqlite3", "/var/lib/caseapp/cases.sqlite3", "sub/dir/x.db", "C:\\data\\x.db",
                                  "weird:name.sqlite3"])
def test_a_path_is_an_sqlite_file(text: str) -> None:
    where = database_location(text)
    assert where.kind == "sqlite"
    assert where.path == Path(text)
    assert where.url is None


def test_memory_is_an_sqlite_database_without_a_file() -> None:
    where = database_location(":memory:")
    assert (where.kind, where.path, where.url) == ("sqlite", None, None)


@pytest.mark.parametrize("url", ["postgresql://localhost/cases", "postgres://u:secret@db.example:5433/cases",
                                 "postgresql:///cases?host=/run/postgresql", "POSTGRESQL://h/db",
                                 "postgresql://"])
def test_a_postgresql_url_is_the_server(url: str) -> None:
    where = database_location(url)
    assert where.kind == "postgresql"
    assert where.url == url
    assert where.path is None


def test_a_password_in_the_url_is_not_shown() -> None:
    where = database_location("postgresql://officer:hunter2@db.example/cases")
    assert "hunter2" not in str(where)
    assert "db.example/cases" in str(where)


@pytest.mark.parametrize("text", ["mysql://host/db", "http://x", "sqlite:///cases.db", "file:///tmp/x.sqlite3",
                                  "postgresql:cases", "postgres:", "jdbc:postgresql://h/db", "", "   "])
def test_any_other_url_like_text_is_refused(text: str) -> None:
    with pytest.raises(DatabaseError) as caught:
        database_location(text)
    message = str(caught.value)
    assert "postgresql://" in message and "file" in message


def test_a_path_object_stays_a_path() -> None:
    assert database_location(Path("postgresql:")).kind == "sqlite"  # a Path was chosen as a file already


def test_the_environment_is_decided_by_the_same_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DB_ENV, "mysql://h/db")
    with pytest.raises(DatabaseError):
        default_database(None)
    monkeypatch.setenv(DB_ENV, "postgresql://h/db")
    assert default_database(None) == DatabaseLocation("postgresql", None, "postgresql://h/db")
    assert default_database("x.sqlite3").path == Path("x.sqlite3")  # --db wins over the environment


@pytest.mark.parametrize("how", ["--db", "env"])
@pytest.mark.parametrize("text", ["mysql://host/db", "sqlite:///cases.db", "http://x"])
def test_the_cli_refuses_a_foreign_url_and_creates_nothing(tmp_path: Path, how: str, text: str) -> None:
    env = {**os.environ, DB_ENV: text} if how == "env" else {k: v for k, v in os.environ.items() if k != DB_ENV}
    argv = [sys.executable, "-m", "caseapp.cli", *(["--db", text] if how == "--db" else []), "init"]
    done = subprocess.run(argv, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert "not a database location" in done.stderr
    assert list(tmp_path.iterdir()) == []  # no folder named after the scheme
