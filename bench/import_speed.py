"""Import speed of an IDS file against two references measured in the same run:

- floor: a plain csv reader feeding one bare executemany of the same rows into one table;
- sqlite-utils: `sqlite-utils insert DB raw FILE.tsv --tsv` of the same rows.

The import is the real one (parse, normalise, validate, index, full text, audit) through the same
service the command line uses. Last line:
    rows=N floor_s=F sqlite_utils_s=S import_s=I floor_ratio=I/F ratio=I/S

    python bench/import_speed.py --rows 300000
"""

from __future__ import annotations

import argparse
import csv
import gc
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from caseapp.services.app import CaseApp  # noqa: E402
from caseapp.services.transfer import import_file  # noqa: E402


def floor(source: Path, db: Path) -> float:
    started = time.perf_counter()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = WAL")
    with source.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle, delimiter=";")
        header = next(reader)
        conn.execute(f"CREATE TABLE raw ({', '.join(h + ' TEXT' for h in header)})")
        conn.executemany(f"INSERT INTO raw VALUES ({', '.join('?' * len(header))})", reader)
    conn.commit()
    conn.close()
    return time.perf_counter() - started


def sqlite_utils_insert(source: Path, work: Path) -> float:
    tsv = work / "rows.tsv"
    with source.open(newline="", encoding="utf-8") as handle, tsv.open("w", newline="", encoding="utf-8") as out:
        csv.writer(out, delimiter="\t").writerows(csv.reader(handle, delimiter=";"))
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "sqlite_utils", "insert", str(work / "su.db"), "raw", str(tsv), "--tsv"],
                   check=True, capture_output=True)
    return time.perf_counter() - started


def caseapp_import(source: Path, db: Path) -> tuple[float, int]:
    gc.collect()
    started = time.perf_counter()
    app = CaseApp.open(db)
    report = import_file(app, source, actor="bench", skip_invalid=True).value
    app.close()
    elapsed = time.perf_counter() - started
    if not report.committed:
        raise SystemExit(f"import failed: {report.errors[:3]}")
    return elapsed, report.exhibits


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=300_000)
    parser.add_argument("--file", type=Path, help="an existing IDS file (default: generate --rows rows)")
    parser.add_argument("--skip-sqlite-utils", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = args.file
        if source is None:
            source = work / "ids.csv"
            subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--exhibits", str(args.rows),
                            "--out", str(source)], check=True, capture_output=True)
        rows = sum(1 for _ in source.open(encoding="utf-8")) - 1
        floor_s = floor(source, work / "floor.db")
        su_s = float("nan") if args.skip_sqlite_utils else sqlite_utils_insert(source, work)
        import_s, exhibits = caseapp_import(source, work / "caseapp.db")
        print(f"floor (csv + one executemany): {floor_s:.2f} s")
        print(f"sqlite-utils insert --tsv:     {su_s:.2f} s")
        print(f"caseapp import ({exhibits} exhibits): {import_s:.2f} s")
        print(f"rows={rows} floor_s={floor_s:.2f} sqlite_utils_s={su_s:.2f} import_s={import_s:.2f} "
              f"floor_ratio={import_s / floor_s:.2f} ratio={import_s / su_s:.2f}")


if __name__ == "__main__":
    main()
