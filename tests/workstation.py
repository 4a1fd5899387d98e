"""Real processes on one database file, for the tests that several processes share it.

- `python -m tests.workstation DB LOGIN`: a window-like process. Like the window it holds its own connection
  and a worker's (CaseApp opened twice in one process: the window's, and the one its search worker and
  background tasks open), saves cases through the workflow as the case tab does, and searches on the worker's
  connection. It reads one JSON command a line on stdin and answers one JSON line on stdout:
    {"op": "save", "tag": T}    -> {"ok": true, "case": NUMBER} or {"ok": false, "error": "DatabaseBusy: ..."}
    {"op": "edit", "case": NUMBER, "narrative": TEXT}
                                -> {"ok": true, "version": the case's new version}: the stored case with its
                                   narrative replaced, saved as the case tab saves it (with its version)
    {"op": "search", "text": T} -> {"ok": true, "cases": [NUMBER, ...]} (on the worker's connection)
    {"op": "count"}             -> {"ok": true, "window": cases seen on the window's connection, "worker": on the
                                    worker's}
    {"op": "wal"}               -> {"ok": true, "inode": the inode of the -wal file this process writes}
    {"op": "quit"}              -> {"ok": true}, both connections closed
  An unexpected exception answers {"ok": false, "traceback": ...}: the tests fail on it.
- Window: the test side of that process.
- cli(db, *args): `python -m caseapp.cli` as users run it.
- run_cli(argv, log, small_cache): caseapp.cli.main(argv) in a process forked from a forkserver that has
  caseapp imported already (the crash test kills a hundred of them: no interpreter start-up per run, so
  the kill lands in the command's own work).
- case_content(tag): the case a window saves for a tag, and its fields as read back.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import traceback
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "correct horse battery"  # tests.conftest.PASSWORD (not imported: this module runs without pytest)


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env["CASEAPP_PASSWORD"] = PASSWORD
    env.pop("CASEAPP_DB", None)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [env.get("PYTHONPATH")])])
    return env


def cli(db: Path, *args: str, user: str | None = "olga", timeout: float = 120) -> subprocess.CompletedProcess[str]:
    head = ["--user", user] if user else []
    return subprocess.run([sys.executable, "-m", "caseapp.cli", "--db", str(db), *head, *args], cwd=ROOT,
                          env=environment(), capture_output=True, text=True, timeout=timeout)


def case_content(tag: str) -> dict[str, str]:
    """What a case saved for `tag` holds, in the form `caseapp-cli show --format json` prints it."""
    grams = sum(ord(c) for c in tag) % 900 + 100
    return {"narrative": f"seized at the port, tag {tag}", "conveyance": f"truck {tag}",
            "grams": f"{grams}.5", "substance": "cocaine"}


def _case(tag: str) -> Any:
    from caseapp.core.model import Case, Exhibit, Location, Quantity

    content = case_content(tag)
    return Case(occurred_at="2026-11-20", location=Location(country="CA"), narrative=content["narrative"],
                conveyance=content["conveyance"],
                exhibits=[Exhibit(substance=content["substance"], quantity=Quantity(Decimal(content["grams"]), "g"))])


def run_cli(argv: list[str], log: str, small_cache: bool = False) -> None:
    """The CLI's main(argv), its output in the file `log`; `small_cache`: a 50-page cache, so that an
    import spills its pages into the write-ahead log long before it commits. Password hashes are made with
    the tests' cheap argon2 parameters (tests/conftest.py), so a login costs no time a kill could land in."""
    handle = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(handle, 1)
    os.dup2(handle, 2)
    os.close(handle)
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115 - the process's own stdout
    sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    os.environ["CASEAPP_PASSWORD"] = PASSWORD
    os.environ.pop("CASEAPP_DB", None)
    from argon2 import PasswordHasher

    import caseapp.services.auth as auth

    auth.make_hasher = lambda: PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    if small_cache:
        import caseapp.store.sqlite.db as db

        configure = db._configure

        def configure_small(database: Any) -> None:
            configure(database)
            database.execute("PRAGMA cache_size = 50")

        db._configure = configure_small
    from caseapp.cli import main

    code = main(argv)
    sys.stdout.flush()
    sys.stderr.flush()
    sys.exit(code)


def _serve(db: str, login: str) -> None:
    from caseapp.core.errors import CaseAppError
    from caseapp.services.app import CaseApp
    from caseapp.services.auth import Accounts
    from caseapp.services.workflow import Workflow
    from caseapp.store.contract import SearchQuery

    window = CaseApp.open(db)
    worker = CaseApp.open(db)  # the worker's connection, opened while the window's is open
    user = Accounts(window).authenticate(login, PASSWORD)
    workflow = Workflow(window)
    wal = Path(f"{db}-wal")
    answer: dict[str, Any] = {"ok": True, "ready": True}
    print(json.dumps(answer), flush=True)
    for line in sys.stdin:
        command = json.loads(line)
        op = command["op"]
        try:
            if op == "save":
                answer = {"ok": True, "case": workflow.create(user, _case(command["tag"])).value.case_number}
            elif op == "edit":
                stored = window.get_case(command["case"])
                stored.narrative = command["narrative"]
                saved = workflow.update(user, command["case"], stored, version=stored.version).value
                answer = {"ok": True, "version": saved.version}
            elif op == "search":
                rows = worker.search(SearchQuery(text=command["text"]))
                answer = {"ok": True, "cases": sorted({row.case_number for row in rows})}
            elif op == "count":
                answer = {"ok": True, "window": window.counts()[0], "worker": worker.counts()[0]}
            elif op == "wal":
                answer = {"ok": True, "inode": _open_inode(wal)}
            elif op == "quit":
                break
            else:
                answer = {"ok": False, "traceback": f"unknown command {op}"}
        except CaseAppError as exc:
            answer = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
        except Exception:  # noqa: BLE001 - reported to the test, which fails on it
            answer = {"ok": False, "traceback": traceback.format_exc()}
        print(json.dumps(answer), flush=True)
    worker.close()
    window.close()
    print(json.dumps({"ok": True}), flush=True)


def _open_inode(path: Path) -> int | None:
    """The inode of the file `path` that this process holds open (through /proc), or None."""
    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{fd}").removesuffix(" (deleted)") == str(path):
                return os.stat(f"/proc/self/fd/{fd}").st_ino
        except OSError:
            continue
    return None


@dataclass
class Window:
    """The test's handle on a window-like process: on a database file, or a server database's URL."""

    db: Path | str
    login: str = "olga"

    def __post_init__(self) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.workstation", str(self.db), self.login], cwd=ROOT,
                                     env=environment(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        ready = self._read()
        assert ready.get("ready"), ready

    def _read(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise AssertionError(f"the window process ended: {self.proc.stderr.read() if self.proc.stderr else ''}")
        answer: dict[str, Any] = json.loads(line)
        assert "traceback" not in answer, answer["traceback"]
        return answer

    def ask(self, **command: Any) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()
        return self._read()

    def save(self, tag: str) -> dict[str, Any]:
        return self.ask(op="save", tag=tag)

    def wal_inode(self) -> int | None:
        return self.ask(op="wal")["inode"]

    def quit(self) -> None:
        if self.proc.poll() is None:
            self.ask(op="quit")
            self.proc.wait(timeout=60)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


if __name__ == "__main__":
    _serve(sys.argv[1], sys.argv[2])
