"""Crash safety: a process killed with SIGKILL (no handler, no rollback, no clean close) at any moment.

- An import is all there or not there at all: after each kill the database passes `verify` and SQLite's
  integrity check, holds either the cases it held before or those plus every record of the file (never
  some), one exhibit per case, and one `import` audit entry per whole file imported.
- A backup killed mid-copy leaves the live database intact and nothing under the backup's name.

The imports run the CLI's own main(). A hundred are killed, in children forked from a forkserver that has
caseapp imported and that use the tests' cheap argon2 parameters: no interpreter start-up and no slow login
per run, so each kill lands in the import's own work. Every chain of runs on one database ends with an
import left to finish by `python -m caseapp.cli` as users run it (real argon2: it rehashes the password).
Half of the killed imports run with a small page cache, so that the import's pages spill into the
write-ahead log before the commit and a kill leaves uncommitted frames for recovery to discard (with the
shipped 64 MiB cache a file this size stays in memory until COMMIT).
"""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from caseapp.services.app import CaseApp
from caseapp.services.auth import Accounts
from caseapp.services.transfer import import_file
from tests.conftest import PASSWORD, make_users_database
from tests.conftest import generate_ids as generate_shared_ids
from tests.workstation import run_cli

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")

ROOT = Path(__file__).resolve().parent.parent
ROWS = 500  # one case with one exhibit per IDS row
RUNS = 100
CHAIN = 20  # runs on one database, then a fresh copy of the template
REAL_COMMAND = CHAIN - 1  # `python -m caseapp.cli` in its own interpreter (last: its argon2 rehash stays in its chain)
FINISH = {0, REAL_COMMAND}  # positions in a chain left to finish, so the database grows between kills (0 times one)
SEED = 20261125

# The CLI whose backup copies one page a step and stops half-way, saying so on stdout, until killed.
STALLED_BACKUP_CLI = (
    "import sqlite3, sys, time\n"
    "import caseapp.services.backup as backup\n"
    "def stalled(db, destination, pages_per_step=1):\n"
    "    target = sqlite3.connect(str(destination))\n"
    "    def progress(status, remaining, total):\n"
    "        if remaining <= total // 2:\n"
    "            print('half', flush=True)\n"
    "            time.sleep(120)\n"
    "    db.conn.backup(target, pages=1, progress=progress)\n"
    "backup.backup_database = stalled\n"
    "from caseapp.cli import main\n"
    "sys.exit(main())\n"
)


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env["CASEAPP_PASSWORD"] = PASSWORD
    env.pop("CASEAPP_DB", None)
    return env


def command(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "caseapp.cli", "--db", str(db), *args]


def start(cmd: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(cmd, cwd=ROOT, env=environment(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def make_database(path: Path) -> None:
    make_users_database(path)


def generate_ids(path: Path, rows: int) -> Path:
    return generate_shared_ids(path, rows, seed=7)


def state(db: Path) -> tuple[int, int, int]:
    """(cases, exhibits, committed imports) after checking the whole database."""
    app = CaseApp.open(db)
    try:
        report = app.verify()
        assert report.ok, report.problems
        assert app._db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        cases, exhibits = app.counts()
        imports = app._db.execute("SELECT count(*) FROM audit_log WHERE action = 'import'").fetchone()[0]
    finally:
        app.close()
    return cases, exhibits, imports


def forked(argv: list[str], log: Path, *, small_cache: bool) -> multiprocessing.process.BaseProcess:
    """The CLI's main(argv) in a child of a forkserver that has caseapp imported: a hundred kills cost no
    interpreter start-up each, and each kill lands in the command's own work."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["caseapp.cli", "tests.workstation"])
    child = context.Process(target=run_cli, args=(argv, str(log), small_cache))
    child.start()
    return child


def test_an_import_killed_at_any_moment_is_all_there_or_not_at_all(tmp_path):
    template = tmp_path / "template.sqlite3"
    source = tmp_path / "seizures.csv"
    make_database(template)
    generate_ids(source, ROWS)
    log = tmp_path / "import.log"
    rng = random.Random(SEED)
    kills = finished = 0
    longest: float | None = None  # a whole import's time here (measured), up to 2 s: the kills land within it
    total = 0
    db = tmp_path / "cases.sqlite3"
    warm = forked(["--version"], log, small_cache=False)  # the forkserver starts and imports caseapp once
    warm.join(timeout=60)
    assert warm.exitcode == 0, log.read_text(errors="replace")
    for run in range(RUNS):
        position = run % CHAIN
        if position == 0:  # a fresh database every CHAIN runs: it grows between kills, its checks stay cheap
            db = tmp_path / f"cases-{run // CHAIN}.sqlite3"
            shutil.copyfile(template, db)
            total = 0
        argv = ["--db", str(db), "--user", "olga", "import", "--quiet", str(source)]
        if position == REAL_COMMAND:  # as users run it: its own interpreter, left to finish
            done = subprocess.run(command(db, *argv[2:]), cwd=ROOT, env=environment(), capture_output=True)
            assert done.returncode == 0, done.stderr.decode(errors="replace")
            code = 0
        else:
            started = time.monotonic()
            child = forked(argv, log, small_cache=run % 2 == 1 and position not in FINISH)
            if position in FINISH:
                child.join(timeout=180)
                longest = longest or min(2.0, time.monotonic() - started)
            else:
                child.join(timeout=rng.uniform(0.01, longest or 2.0))
                if child.is_alive():
                    child.kill()  # SIGKILL: no handler, no rollback, no clean close
                    kills += 1
                child.join(timeout=60)
            code = child.exitcode
            child.close()
        if code == 0:
            finished += 1
            possible = {total + ROWS}
        else:
            assert code == -signal.SIGKILL, log.read_text(errors="replace")
            possible = {total, total + ROWS}
        cases, exhibits, imports = state(db)
        assert cases in possible, f"run {run}: {cases} cases, expected one of {sorted(possible)}"
        assert exhibits == cases and imports * ROWS == cases
        total = cases
    left_to_finish = len(FINISH) * RUNS // CHAIN
    assert finished >= left_to_finish
    assert kills >= (RUNS - left_to_finish) // 2, "the imports finished before they could be killed"


def test_a_backup_killed_mid_copy_leaves_the_database_and_no_file_under_its_name(tmp_path):
    db = tmp_path / "cases.sqlite3"
    source = tmp_path / "seizures.csv"
    make_database(db)
    generate_ids(source, ROWS)
    app = CaseApp.open(db)
    try:
        Accounts(app).authenticate("olga", PASSWORD)  # her entries are signed
        assert import_file(app, source, actor="olga").value.committed
    finally:
        app.close()
    before = state(db)
    backups = tmp_path / "backups"
    backups.mkdir()

    # Stopped half-way through the copy, for certain: the copy is being written under a temporary name.
    dest = backups / "stalled.sqlite3"
    proc = subprocess.Popen([sys.executable, "-c", STALLED_BACKUP_CLI, "--db", str(db), "--user", "ada", "backup",
                             str(dest)], cwd=ROOT, env=environment(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        line = proc.stdout.readline() if proc.stdout else b""
        assert line.strip() == b"half", proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        partial = list(backups.glob(".caseapp-backup-*.sqlite3"))
        assert len(partial) == 1  # the copy under way, under a temporary name
        assert not dest.exists()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert not dest.exists() and not (backups / "stalled.sqlite3.json").exists()
    assert state(db) == before

    # A whole backup leaves its file and its record, nothing else (no temporary file, -wal or -shm).
    litter = sorted(p.name for p in backups.iterdir() if p.name.startswith(".caseapp-backup-"))
    done = subprocess.run(command(db, "--user", "ada", "backup", str(backups / "whole.sqlite3")), cwd=ROOT,
                          env=environment(), capture_output=True)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert sorted(p.name for p in backups.iterdir() if not p.name.startswith("killed-")) == sorted(
        [*litter, "whole.sqlite3", "whole.sqlite3.json"])

    # The real command killed at random moments: nothing under DEST's name, or a whole, sound copy.
    rng = random.Random(SEED)
    for run in range(6):
        dest = backups / f"killed-{run}.sqlite3"
        proc = start(command(db, "--user", "ada", "backup", str(dest)))
        try:
            proc.wait(timeout=rng.uniform(0.05, 2.0))
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode in (0, -signal.SIGKILL), err.decode(errors="replace")
        if dest.exists():
            copy = sqlite3.connect(f"{dest.resolve().as_uri()}?mode=ro", uri=True)
            try:
                assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
                assert copy.execute("SELECT count(*) FROM cases").fetchone()[0] == before[0]
            finally:
                copy.close()
        assert state(db) == before
    # Besides whole copies (and their records), only the killed copies' temporary files remain.
    kept = sorted(p.name for p in backups.iterdir() if p.name.startswith("killed-"))
    assert all(name.endswith((".sqlite3", ".sqlite3.json")) for name in kept), kept
    assert all((backups / name.removesuffix(".json")).exists() for name in kept)
