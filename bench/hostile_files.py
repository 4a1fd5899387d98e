"""Hostile files against each reader: peak memory and time of `caseapp-cli import --dry-run`, each in its
own process (ru_maxrss of the child). Prints one line per file; nothing is asserted (the limits are tested
in tests/test_hostile_files.py).

    python bench/hostile_files.py [--big]      # --big adds the 2 GB file of NUL bytes (written to a temp folder)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from caseapp.io.csvio import HEADER as CSV_HEADER  # noqa: E402
from caseapp.io.ids import HEADER as IDS_HEADER  # noqa: E402
from caseapp.io.limits import MAX_LINE_CHARS, MAX_RECORD_ITEMS, MAX_TEXT_CHARS  # noqa: E402

PASSWORD = "hostile files bench"
CASE = {"occurred_at": "2024-01-01", "location": {"country": "CA"},
        "exhibits": [{"substance": "cocaine", "quantity": "1", "unit": "g"}]}


def fill(path: Path, head: bytes, block: bytes, total: int, tail: bytes = b"") -> None:
    with path.open("wb") as out:
        out.write(head)
        written = 0
        while written < total:
            piece = block[: total - written]
            out.write(piece)
            written += len(piece)
        out.write(tail)


def files(folder: Path, big: bool) -> dict[str, tuple[str, Callable[[Path], None]]]:
    csv_head = ",".join(CSV_HEADER).encode() + b"\n"
    ids_head = ";".join(IDS_HEADER).encode() + b"\n"
    nul = b"\0" * (1 << 20)
    made: dict[str, tuple[str, Callable[[Path], None]]] = {
        "json: 200 KB of nested brackets": ("x.json", lambda p: p.write_bytes(
            b'{"cases": [' + b"[" * 100_000 + b"]" * 100_000 + b"]}")),
        "json: a 5,000-digit integer": ("x.json", lambda p: p.write_bytes(b'{"a": 1' + b"0" * 5000 + b"}")),
        "json: a case of values just under the limit": ("x.json", lambda p: p.write_bytes(
            b'{"cases": [{"narrative": [' + b"1," * (MAX_RECORD_ITEMS - 1000) + b"1]}]}")),
        "json: a text value just under the limit (wide characters)": ("x.json", lambda p: p.write_text(
            json.dumps({"cases": [{**CASE, "narrative": "\U0001f600" * ((MAX_TEXT_CHARS - 4096) // 4)}]},
                       ensure_ascii=False), encoding="utf-8")),
        "json: 100 MB of one string": ("x.json", lambda p: fill(p, b'{"cases": [{"narrative": "', b"x" * (1 << 20),
                                                                100 << 20, b'"}]}')),
        "csv: 200 MB of NUL bytes, no newline": ("x.csv", lambda p: fill(p, b"", nul, 200 << 20)),
        "csv: a line just under the limit (wide characters)": ("x.csv", lambda p: fill(
            p, csv_head, "\U0001f600".encode() * 4096, (MAX_LINE_CHARS - 100) * 4, b"\n")),
        "csv: a quoted cell of 200 MB over many lines": ("x.csv", lambda p: fill(p, csv_head + b'"', b"a\n" * 4096,
                                                                                 200 << 20, b'"\n')),
        "ids: 200 MB of NUL bytes after the header": ("x.csv", lambda p: fill(p, ids_head, nul, 200 << 20)),
        "ids: a line just under the limit": ("x.csv", lambda p: fill(p, ids_head, b"x" * (1 << 20),
                                                                     MAX_LINE_CHARS - 100, b"\n")),
    }
    if big:
        made["csv: 2 GB of NUL bytes, no newline"] = ("x.csv", lambda p: fill(p, b"", nul, 2 << 30))
    return made


def measure(db: Path, path: Path) -> tuple[int, float, float, str]:
    probe = ("import resource, subprocess, sys, time\n"
             "start = time.perf_counter()\n"
             "proc = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
             "took = time.perf_counter() - start\n"
             "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
             "print(proc.returncode, peak, took, proc.stderr.strip().splitlines()[-1:] or [''])\n")
    cli = [sys.executable, "-c", "import sys; from caseapp.cli import main; sys.exit(main())"]
    env = {**os.environ, "CASEAPP_PASSWORD": PASSWORD, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", probe, *cli, "--db", str(db), "--user", "olga", "import",
                             str(path), "--dry-run", "--quiet"], capture_output=True, text=True, env=env)
    code, peak, took, *rest = result.stdout.split(" ", 3)
    return int(code), float(peak), float(took), " ".join(rest).strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", action="store_true")
    args = parser.parse_args()
    from caseapp.services.app import CaseApp
    from caseapp.services.auth import Accounts

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db = folder / "bench.sqlite3"
        app = CaseApp.open(db)
        try:
            app.initialise(timezone="UTC")
            admin = Accounts(app).create_first_admin("ada", PASSWORD).value
            Accounts(app).add_user(admin, "olga", PASSWORD, role="officer")
        finally:
            app.close()
        print(f"python {sys.version.split()[0]}, ru_maxrss of each caseapp-cli import --dry-run; "
              f"the interpreter and caseapp alone take about 60 MB")
        for label, (file_name, make) in files(folder, args.big).items():
            path = folder / file_name
            make(path)
            size = path.stat().st_size
            code, peak, took, message = measure(db, path)
            print(f"{label}: {size / 1e6:,.1f} MB file, exit {code}, peak {peak:,.0f} MB, {took:.2f} s; {message}")
            path.unlink()


if __name__ == "__main__":
    main()
