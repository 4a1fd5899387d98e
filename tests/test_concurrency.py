"""Eight real processes saving and editing cases at once against one database (bench/concurrency.py, for a
short time): every save lands or is refused with a message, the counts in the database are exact, case numbers
run without gaps or duplicates, and verify finds one intact chain. On the test server and on one SQLite file.
No figure of speed is asserted: the bench prints them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from caseapp.services.app import CaseApp
from caseapp.store.contract import CaseListQuery

ROOT = Path(__file__).resolve().parent.parent
HOT_CASES = 3 * 4  # bench/concurrency.py: 3 hot cases for each officer, one officer per two processes


def run_bench(db: str, report: Path, processes: int = 8, seconds: int = 12) -> dict:
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "concurrency.py"), "--db", db, "--processes",
                           str(processes), "--seconds", str(seconds), "--report", str(report)],
                          cwd=ROOT, capture_output=True, text=True, timeout=seconds + 900)
    assert done.returncode == 0, done.stdout + done.stderr
    last = done.stdout.strip().splitlines()[-1]
    # the bench's last line names every figure it prints (their values are the bench's to report, not tested)
    assert last.startswith(f"processes {processes}, "), last
    assert all(name in last for name in ("saves", "refused", "saves/s", "p50", "p99")), last
    return json.loads(report.read_text(encoding="utf-8"))


@pytest.mark.parametrize("where", ["postgresql", "sqlite"])
def test_eight_processes_saving_and_editing_at_once_lose_nothing(where, pg_url, tmp_path):
    db = pg_url if where == "postgresql" else str(tmp_path / "cases.sqlite3")
    result = run_bench(db, tmp_path / "report.json")
    assert result["problems"] == []
    assert result["verify"].startswith("intact: ")
    assert result["created"] > 0 and result["edits"] > 0
    assert result["saves"] == result["created"] + result["edits"]
    assert sum(result["refused_by_message"].values()) == result["refused"]
    # refused by a version check, or (a loaded machine) told the database is busy: a message either way
    assert all("changed" in message or message.startswith("the database is busy")
               for message in result["refused_by_message"]), result["refused_by_message"]
    app = CaseApp.open(db)  # read back here, not only by the bench
    try:
        assert app.counts()[0] == HOT_CASES + result["created"]
        numbers = [r.case_number for r in app.case_page(CaseListQuery(sort="case_number", descending=False), 0,
                                                        100_000)]
        assert [int(n.rsplit("-", 1)[1]) for n in numbers] == list(range(1, len(numbers) + 1))
        assert app.verify().ok
    finally:
        app.close()
