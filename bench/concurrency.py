#!/usr/bin/env python3
"""Many workstations saving at once against one database: N real processes (multiprocessing, spawned: each its
own interpreter and connection, not threads) record new cases and edit existing ones for a given time, as
officers at their windows do (through the services: Workflow.create, and Workflow.update with the version the
edit was read at, as the case tab saves).

    python bench/concurrency.py --db postgresql://USER@HOST/DB [--processes 8] [--seconds 60] [--report FILE]
    python bench/concurrency.py --db cases.sqlite3 --processes 4 --seconds 20      (one SQLite file)

Processes 2k and 2k+1 sign in as the same officer (one officer at two workstations) and edit the same few
"hot" cases, so some edits are refused by the version check ("changed since it was opened"); the others edit
their own newest cases. Every save either lands or is refused with a message (counted by message); anything
else fails the run. Afterwards, against the database: cases added = creates that landed, 'create' and 'update'
audit entries = saves that landed, each case's version = 1 + its edits that landed, case numbers of each
agency and year 1..n without gaps or duplicates, and `caseapp-cli verify` intact (exit 0: one unbroken chain,
every row as its entry recorded it). An empty database is set up first (agency BENCH, an admin, officers
bench1..); a database the bench set up before is reused (its password: CASEAPP_PASSWORD, else the bench's).

The last line: processes, seconds, saves, refused, saves per second, p50 and p99 latency in ms of the saves
that landed (a save: validation, the transaction and its audit entry). The exit status is 0 when every check
held, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import re
import statistics
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from caseapp.core.errors import CaseAppError, ConcurrentChange, DatabaseBusy  # noqa: E402
from caseapp.core.location import database_location  # noqa: E402
from caseapp.core.model import Case, Exhibit, Location, Quantity  # noqa: E402
from caseapp.services.app import CaseApp  # noqa: E402
from caseapp.services.auth import Accounts, User  # noqa: E402
from caseapp.services.workflow import Workflow, WorkflowError  # noqa: E402
from caseapp.store.contract import CaseListQuery  # noqa: E402

PASSWORD = os.environ.get("CASEAPP_PASSWORD") or "bench concurrency 2026"
ADMIN = "benchadmin"
HOT = 3  # hot cases per officer, edited by both of its processes
CREATE_SHARE = 0.4  # of the saves, new cases; the rest are edits (half of them of a hot case)


def officer(process: int) -> str:
    return f"bench{process // 2 + 1}"


def new_case(process: int, serial: int) -> Case:
    grams = Decimal(random.randint(1, 50_000)) / 10
    return Case(occurred_at="2026-11-20T10:00", location=Location(country="CA", city="Richmond"),
                narrative=f"bench process {process} case {serial}", conveyance=f"truck {process}-{serial}",
                exhibits=[Exhibit(substance=random.choice(["cocaine", "heroin", "fentanyl", "cannabis"]),
                                  form="powder", quantity=Quantity(grams, "g"))])


@dataclass
class Tally:
    """What one process did: saves that landed (with their latency), refusals by message, edits per case."""

    process: int
    created: list[str] = field(default_factory=list)
    edited: Counter[str] = field(default_factory=Counter)
    refused: Counter[str] = field(default_factory=Counter)
    failed: list[str] = field(default_factory=list)  # anything but landed or refused with a message
    latencies_ms: list[float] = field(default_factory=list)


def _refusal(exc: CaseAppError) -> str:
    """The message of a refusal, without the case number and versions (to count them by kind)."""
    return re.sub(r"[A-Z]+-\d{4}-\d+|\d+", "#", str(exc))[:120]


def work(db: str, process: int, hot: list[str], ready: Any, start: Any, deadline: Any, results: Any) -> None:
    """One workstation: sign in, wait for the others, save until the deadline (time.monotonic(), the same clock
    in every process), report its Tally."""
    tally = Tally(process)
    try:
        # signed in as the officer's own login (on a server each account is one, and the server's rules apply)
        app = CaseApp.open(database_location(db).signed_in(officer(process), PASSWORD))
        user = Accounts(app).authenticate(officer(process), PASSWORD)
        workflow = Workflow(app)
        random.seed(process)
        ready.put(process)
        start.wait()
        serial = 0
        while time.monotonic() < deadline.value:
            serial += 1
            _save(app, workflow, user, process, serial, hot, tally)
        app.close()
    except Exception as exc:  # noqa: BLE001 - reported: the run fails on it
        tally.failed.append(f"{type(exc).__name__}: {exc}")
        ready.put(process)  # not left waiting for
    results.put({"process": process, "created": tally.created, "edited": dict(tally.edited),
                 "refused": dict(tally.refused), "failed": tally.failed, "latencies_ms": tally.latencies_ms})


def _save(app: CaseApp, workflow: Workflow, user: User, process: int, serial: int, hot: list[str],
          tally: Tally) -> None:
    creating = random.random() < CREATE_SHARE or not tally.created
    number = ""
    try:
        if creating:
            case = new_case(process, serial)
        else:
            number = random.choice(hot) if random.random() < 0.5 else random.choice(tally.created[-5:])
            case = app.get_case(number)  # as the tab opens it: the version it saves against
            case.narrative = f"edited by process {process} at save {serial}"
            time.sleep(random.uniform(0, 0.02))  # the officer types
        began = time.perf_counter()
        if creating:
            done = workflow.create(user, case)
            tally.created.append(done.value.case_number or "")
        else:
            workflow.update(user, number, case, version=case.version)
            tally.edited[number] += 1
        tally.latencies_ms.append((time.perf_counter() - began) * 1000)
    except (WorkflowError, ConcurrentChange, DatabaseBusy) as exc:  # refused, with the message a user reads
        tally.refused[_refusal(exc)] += 1
    except CaseAppError as exc:
        tally.failed.append(f"{type(exc).__name__}: {exc}")


def set_up(db: str, processes: int) -> tuple[CaseApp, list[str]]:
    """The database with the bench's accounts (made on an empty one) and each officer's hot cases."""
    app = CaseApp.open(db)
    accounts = Accounts(app)
    if not accounts.has_users():
        app.initialise(agency_code="BENCH", timezone="UTC")
        admin = accounts.create_first_admin(ADMIN, PASSWORD).value
    else:
        admin = accounts.authenticate(ADMIN, PASSWORD)
    logins = sorted({officer(p) for p in range(processes)})
    known = {u.login for u in accounts.list_users(admin)}
    for login in logins:
        if login not in known:
            accounts.add_user(admin, login, PASSWORD, role="officer")
    hot: list[str] = []
    for login in logins:
        user = accounts.authenticate(login, PASSWORD)
        for serial in range(HOT):
            hot.append(Workflow(app).create(user, new_case(-1, serial)).value.case_number or "")
    return app, hot


def run(db: str, processes: int, seconds: float) -> dict[str, Any]:
    app, hot = set_up(db, processes)
    before_cases = app.counts()[0]
    before_version = {number: app.get_case(number).version for number in hot}
    context = multiprocessing.get_context("spawn")
    ready, start, results, deadline = context.Queue(), context.Event(), context.Queue(), context.Value("d", 0.0)
    workers = [context.Process(target=work, args=(db, p, hot[HOT * (p // 2):HOT * (p // 2 + 1)], ready, start,
                                                  deadline, results)) for p in range(processes)]
    for worker in workers:
        worker.start()
    for _ in workers:  # every process signed in: the timed run starts for all at once
        ready.get(timeout=600)
    began = time.monotonic()
    deadline.value = began + seconds
    start.set()
    tallies = [results.get(timeout=seconds + 600) for _ in workers]
    elapsed = time.monotonic() - began  # the last save begun before the deadline has ended
    for worker in workers:
        worker.join()
    return check(db, app, tallies, before_cases, before_version, processes, seconds, elapsed)


def check(db: str, app: CaseApp, tallies: list[dict[str, Any]], before_cases: int, before_version: dict[str, int],
          processes: int, seconds: float, elapsed: float) -> dict[str, Any]:
    created = [n for t in tallies for n in t["created"]]
    edited: Counter[str] = Counter()
    for t in tallies:
        edited.update(t["edited"])
    refused: Counter[str] = Counter()
    for t in tallies:
        refused.update(t["refused"])
    problems = [f"process {t['process']}: {f}" for t in tallies for f in t["failed"]]
    cases_now = app.counts()[0]
    if cases_now - before_cases != len(created):
        problems.append(f"{len(created)} new cases landed but the database holds {cases_now - before_cases} more")
    if len(set(created)) != len(created):
        problems.append("a case number was handed out twice")
    for number, times in edited.items():
        expected = before_version.get(number, 1) + times
        version = app.get_case(number).version
        if version != expected:
            problems.append(f"{number}: version {version} after {times} edits that landed (expected {expected})")
    for number in created:
        entries = [e.action for e in app.history("case", number)]
        if entries.count("create") != 1 or entries.count("update") != edited.get(number, 0):
            problems.append(f"{number}: audit entries {Counter(entries)} for 1 create and {edited.get(number, 0)} "
                            "edits that landed")
    problems += numbering_gaps(app)
    verify = subprocess.run([sys.executable, "-m", "caseapp.cli", "--db", db, "verify"], cwd=ROOT,
                            capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    if verify.returncode != 0:
        problems.append(f"verify exit {verify.returncode}: {verify.stderr.strip() or verify.stdout.strip()}")
    app.close()
    latencies = sorted(ms for t in tallies for ms in t["latencies_ms"])
    saves = len(latencies)
    return {
        "processes": processes, "seconds": seconds, "elapsed": round(elapsed, 1), "saves": saves,
        "created": len(created), "edits": sum(edited.values()), "refused": sum(refused.values()),
        "refused_by_message": dict(refused), "saves_per_second": round(saves / elapsed, 1) if elapsed else 0.0,
        "p50_ms": round(statistics.median(latencies), 1) if latencies else 0.0,
        "p99_ms": round(latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))], 1) if latencies else 0.0,
        "verify": verify.stdout.strip(), "problems": problems,
    }


def numbering_gaps(app: CaseApp) -> list[str]:
    """Case numbers of each agency and year run 1..n: no gap, no duplicate."""
    serials: dict[str, list[int]] = {}
    offset, page = 0, 5000
    while True:
        rows = app.case_page(CaseListQuery(sort="case_number", descending=False), offset, page)
        for row in rows:
            prefix, _, serial = row.case_number.rpartition("-")
            serials.setdefault(prefix, []).append(int(serial))
        if len(rows) < page:
            break
        offset += page
    problems = []
    for prefix, found in serials.items():
        if sorted(found) != list(range(1, len(found) + 1)):
            missing = sorted(set(range(1, max(found) + 1)) - set(found))[:10]
            problems.append(f"{prefix}: {len(found)} numbers up to {max(found)}; missing {missing}, "
                            f"{len(found) - len(set(found))} duplicates")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="a postgresql:// URL, or an SQLite file")
    parser.add_argument("--processes", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--report", type=Path, help="write the figures and checks as JSON here too")
    args = parser.parse_args(argv)
    result = run(args.db, args.processes, args.seconds)
    if args.report:
        args.report.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"created {result['created']}, edits {result['edits']}; refused by message: "
          f"{json.dumps(result['refused_by_message'])}")
    print(f"verify: {result['verify']}")
    for problem in result["problems"]:
        print(f"PROBLEM: {problem}")
    print(f"processes {result['processes']}, seconds {result['seconds']:g}, saves {result['saves']}, refused "
          f"{result['refused']}, {result['saves_per_second']} saves/s, p50 {result['p50_ms']} ms, "
          f"p99 {result['p99_ms']} ms")
    return 0 if not result["problems"] else 1


if __name__ == "__main__":
    sys.exit(main())
