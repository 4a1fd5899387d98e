"""Several real processes on one database file: a window-like process with its worker connection, the CLI,
a backup and concurrent importers. Every save either lands and is seen by every process, or is refused
with a clear message; the write-ahead log is never deleted under a live connection; verify stays intact.

Closing any descriptor of a file drops every POSIX lock the process holds on it, so a process that opened
and closed its own database file with Python's open() looked, to the next process closing its connection,
as if it were not there: that process deleted the live -wal and the window's later saves went into an
unlinked file that no other process ever saw.
"""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest

from tests.conftest import make_users_database
from tests.workstation import Window, case_content, cli

pytestmark = pytest.mark.skipif(not Path("/proc/self/fd").is_dir() or not hasattr(signal, "SIGKILL"),
                                reason="POSIX processes with /proc")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cases.sqlite3"
    make_users_database(path)
    return path


@pytest.fixture
def window(db: Path):
    opened = Window(db)
    yield opened
    opened.quit()


def shown(db: Path, case_number: str) -> dict[str, str]:
    """A case as another process reads it back, in case_content's terms."""
    done = cli(db, "show", "--format", "json", case_number, user=None)
    assert done.returncode == 0, done.stderr
    case = json.loads(done.stdout)
    exhibit = case["exhibits"][0]
    return {"narrative": case["narrative"], "conveyance": case["conveyance"], "grams": exhibit["quantity"],
            "substance": exhibit["substance"].lower()}


def test_a_cli_run_while_the_window_holds_two_connections_loses_none_of_its_later_saves(db, window):
    before = window.save("before")
    assert before["ok"], before
    wal = window.wal_inode()
    assert wal is not None and os.stat(f"{db}-wal").st_ino == wal

    for command in (["user", "list"], ["verify"], ["search", "cocaine"]):
        done = cli(db, *command)
        assert done.returncode == 0, done.stderr

    after = window.save("after")
    assert after["ok"], after
    assert window.wal_inode() == wal == os.stat(f"{db}-wal").st_ino  # the window's log is still the file there
    assert shown(db, after["case"]) == case_content("after")  # another process sees the later save
    verified = cli(db, "verify", user=None)
    assert verified.returncode == 0, verified.stdout + verified.stderr
