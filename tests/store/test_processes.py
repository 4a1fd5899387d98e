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
import re
import signal
import sqlite3
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import generate_ids, make_users_database
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


CLI_COMMANDS = {
    "user list": ["user", "list"],
    "verify": ["verify"],
    "search": ["search", "cocaine"],
    "export": ["export", "--format", "csv"],
    "backup": ["backup", "{tmp}/backup.sqlite3"],
}


@pytest.mark.parametrize("command", CLI_COMMANDS.values(), ids=CLI_COMMANDS.keys())
def test_a_cli_run_while_the_window_holds_two_connections_loses_none_of_its_later_saves(db, window, command):
    before = window.save("before")
    assert before["ok"], before
    wal = window.wal_inode()
    assert wal is not None and os.stat(f"{db}-wal").st_ino == wal

    done = cli(db, *(part.format(tmp=db.parent) for part in command),
               user="ada" if command[:2] == ["user", "list"] else "olga")  # listing accounts is an admin's
    assert done.returncode == 0, done.stderr

    after = window.save("after")
    assert after["ok"], after
    assert window.wal_inode() == wal == os.stat(f"{db}-wal").st_ino  # the window's log is still the file there
    assert shown(db, after["case"]) == case_content("after")  # another process sees the later save
    verified = cli(db, "verify", user=None)
    assert verified.returncode == 0, verified.stdout + verified.stderr


# -- many processes at once for a while ----------------------------------------------------------------------
# Four importers, two window-like processes saving and searching, CLI readers and backups, all at once.
SECONDS = float(os.environ.get("CASEAPP_PROCESSES_SECONDS", "40"))  # a minute or more for a soak run
IMPORT_ROWS = 100
READER_COMMANDS = (["search", "cocaine"], ["verify"], ["user", "list"], ["search", "heroin", "--format", "csv"],
                   ["export", "--format", "csv"])


@dataclass
class Run:
    """What every process was told and answered during the busy run."""

    imports: list[subprocess.CompletedProcess[str]] = field(default_factory=list)
    readers: list[subprocess.CompletedProcess[str]] = field(default_factory=list)
    backups: list[tuple[Path, subprocess.CompletedProcess[str]]] = field(default_factory=list)
    saves: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (tag, answer)
    searches: list[dict[str, Any]] = field(default_factory=list)
    wal_at_start: list[int | None] = field(default_factory=list)
    wal_at_end: list[int | None] = field(default_factory=list)
    wal_on_disk_at_end: int = 0
    seen_at_end: list[dict[str, Any]] = field(default_factory=list)  # each window's counts, both connections
    exported: dict[str, dict[str, Any]] = field(default_factory=dict)  # case number -> case, read after the run
    verify: subprocess.CompletedProcess[str] | None = None
    import_entries: int = 0


def _until(deadline: float, step: Callable[[int], None]) -> Callable[[], None]:
    def loop() -> None:
        turn = 0
        while time.monotonic() < deadline:
            step(turn)
            turn += 1
    return loop


@pytest.fixture(scope="module")
def busy_run(tmp_path_factory) -> Run:
    folder = tmp_path_factory.mktemp("busy")
    db = folder / "cases.sqlite3"
    with pytest.MonkeyPatch.context() as patch:  # cheap password hashes, as the per-test fixture makes them
        from argon2 import PasswordHasher

        import caseapp.services.auth as auth

        patch.setattr(auth, "make_hasher", lambda: PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
        make_users_database(db)
    source = generate_ids(folder / "seizures.csv", IMPORT_ROWS, seed=11)
    (folder / "backups").mkdir()
    run = Run()
    windows = [Window(db), Window(db)]
    run.wal_at_start = [w.wal_inode() for w in windows]
    deadline = time.monotonic() + SECONDS

    def importer(_turn: int) -> None:
        run.imports.append(cli(db, "import", "--quiet", str(source)))

    def reader(turn: int) -> None:
        command = READER_COMMANDS[turn % len(READER_COMMANDS)]
        run.readers.append(cli(db, *command, user="ada" if command[:2] == ["user", "list"] else "olga"))

    def backup(turn: int) -> None:
        target = folder / "backups" / f"b{turn}.sqlite3"
        run.backups.append((target, cli(db, "backup", str(target), user="ada")))
        time.sleep(1)

    def window_user(turn: int) -> None:
        window = windows[turn % 2]
        tag = f"w{turn % 2}-{turn}"
        answer = window.save(tag)
        run.saves.append((tag, answer))
        if turn % 10 == 0 and answer["ok"]:
            run.searches.append(window.ask(op="search", text=tag))
        time.sleep(0.05)  # an officer types between saves

    threads = [threading.Thread(target=_until(deadline, step))
               for step in (importer, importer, importer, importer, reader, backup, window_user)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        run.seen_at_end = [w.ask(op="count") for w in windows]
        run.wal_at_end = [w.wal_inode() for w in windows]
        run.wal_on_disk_at_end = os.stat(f"{db}-wal").st_ino
    finally:
        for window in windows:
            window.quit()
    exported = cli(db, "export")
    assert exported.returncode == 0, exported.stderr
    run.exported = {case["case_number"]: case for case in json.loads(exported.stdout)["cases"]}
    run.verify = cli(db, "verify", user=None)
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        run.import_entries = conn.execute("SELECT count(*) FROM audit_log WHERE action = 'import'").fetchone()[0]
    finally:
        conn.close()
    return run


def _refused_clearly(done: subprocess.CompletedProcess[str]) -> bool:
    return done.returncode == 1 and done.stderr.startswith("caseapp-cli: ") and "busy" in done.stderr


def _imported(done: subprocess.CompletedProcess[str]) -> int:
    found = re.search(r"imported (\d+) cases", done.stdout)
    assert found, done.stdout + done.stderr
    return int(found.group(1))


def test_every_command_at_once_lands_or_is_refused_with_a_clear_message(busy_run):
    for done in [*busy_run.imports, *busy_run.readers, *(d for _, d in busy_run.backups)]:
        assert "Traceback" not in done.stderr, done.stderr
        assert done.returncode == 0 or _refused_clearly(done), (done.args, done.returncode, done.stderr)
    for _tag, answer in busy_run.saves:
        assert answer["ok"] or answer["error"].startswith("DatabaseBusy: "), answer
    assert len([d for d in busy_run.imports if d.returncode == 0]) >= 4  # the run did overlap some imports
    assert len([a for _, a in busy_run.saves if a["ok"]]) >= 10


def test_every_landed_commit_is_seen_by_every_process(busy_run):
    landed = sum(_imported(d) for d in busy_run.imports if d.returncode == 0)
    landed += len([a for _, a in busy_run.saves if a["ok"]])
    assert len(busy_run.exported) == landed  # a fresh process
    for seen in busy_run.seen_at_end:  # the windows' own connections and their workers'
        assert seen["window"] == seen["worker"] == landed
    assert busy_run.import_entries == len([d for d in busy_run.imports if d.returncode == 0])
    for search in busy_run.searches:  # the worker's connection found the window's own save
        assert search["ok"] and len(search["cases"]) == 1, search


def test_every_case_reported_saved_is_there_with_its_content(busy_run):
    for tag, answer in busy_run.saves:
        if answer["ok"]:
            case = busy_run.exported[answer["case"]]
            exhibit = case["exhibits"][0]
            assert {"narrative": case["narrative"], "conveyance": case["conveyance"], "grams": exhibit["quantity"],
                    "substance": exhibit["substance"].lower()} == case_content(tag)


def test_no_write_ahead_log_was_replaced_under_a_live_connection(busy_run):
    assert None not in busy_run.wal_at_start
    assert busy_run.wal_at_end == busy_run.wal_at_start == [busy_run.wal_on_disk_at_end] * 2


def test_the_database_verifies_and_every_backup_is_a_sound_anchor(busy_run):
    assert busy_run.verify is not None and busy_run.verify.returncode == 0, busy_run.verify
    landed = [(path, done) for path, done in busy_run.backups if done.returncode == 0]
    assert landed
    for path, done in landed:
        chain = re.search(r"chain hash ([0-9a-f]+)", done.stdout)
        assert chain, done.stdout
        copy = cli(path, "verify", "--anchor", chain.group(1), user=None)
        assert copy.returncode == 0, copy.stdout + copy.stderr
