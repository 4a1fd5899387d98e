"""Import speed of an IDS file against two references measured in the same run:

- floor: a plain csv reader feeding one bare executemany of the same rows into one table;
- sqlite-utils: `sqlite-utils insert DB raw FILE.tsv --tsv` of the same rows.

The import is the real one (parse, normalise, validate, index, full text, audit) through the same
service the command line uses, in a process of its own, so its peak resident memory is its own.

sql_only: the same stored rows (cases, exhibits, search terms, full text, audit ledger rows) copied by
INSERT ... SELECT from the imported database into an empty one: what SQLite's own code spends writing them,
with no Python per row. Its ratio to the floor bounds what any import into this schema can reach.

bound: what any import must spend at least, each part measured alone: reading the file (csv_s: the csv
module over the file, nothing kept), writing the rows (sql_only_s) and hashing them for the audit ledger
(hash_only_s: caseapp's row_hash of every stored cases and exhibits row, read back from the database).
Last line:
    rows=N exhibits=E import_s=I floor_s=F floor_ratio=I/F sqlite_utils_s=S ratio=I/S peak_rss_mb=M
    sql_only_s=Q sql_only_ratio=Q/F csv_s=C hash_only_s=H bound_ratio=(C+Q+H)/F

    python bench/import_speed.py --rows 300000
    python bench/import_speed.py --rows 1000000 --runs 3   (best and worst of three)
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import resource
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
from caseapp.store.sqlite.audit import row_hash  # noqa: E402


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


def caseapp_import(source: Path, db: Path) -> dict[str, float]:
    """The import in this process (run as a child: --child); its time, exhibits and peak RSS."""
    gc.collect()
    started = time.perf_counter()
    app = CaseApp.open(db)
    report = import_file(app, source, actor="bench").value  # the plain import: whole or nothing
    app.close()
    elapsed = time.perf_counter() - started
    if not report.committed:
        raise SystemExit(f"import failed: {report.errors[:3]}")
    return {"seconds": elapsed, "exhibits": report.exhibits, "peak_rss_mb": peak_rss_kb() / 1024}


def peak_rss_kb() -> int:
    """This process's peak resident memory: VmHWM, which starts anew at exec; ru_maxrss does not on Linux (a
    child inherits the high-water mark its parent had when it forked)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux


SQL_ONLY_TABLES = ("cases", "exhibits", "exhibit_terms", "audit_rows")


def sql_only(imported: Path, work: Path) -> float:
    """Seconds to copy the imported rows into an empty database of the same schema in SQLite's own code."""
    target = work / "sql_only.db"
    for old in work.glob("sql_only.db*"):
        old.unlink()
    CaseApp.open(target).close()  # the schema
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA cache_size = -65536")
    conn.execute("ATTACH ? AS src", [str(imported)])
    started = time.perf_counter()
    with conn:
        for table in SQL_ONLY_TABLES:
            conn.execute(f"INSERT INTO main.{table} SELECT * FROM src.{table}")
        conn.execute("INSERT INTO main.exhibits_fts (rowid, substance, description, place, concealment, narrative) "
                     "SELECT rowid, substance, description, place, concealment, narrative FROM src.exhibits_fts "
                     "ORDER BY rowid")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def csv_only(source: Path) -> float:
    """Seconds for the csv module to read every row of the file (the reading any import must do)."""
    started = time.perf_counter()
    with source.open(newline="", encoding="utf-8") as handle:
        for _ in csv.reader(handle, delimiter=";"):
            pass
    return time.perf_counter() - started


def hash_only(imported: Path) -> float:
    """Seconds to compute the audit ledger's row hash of every stored case and exhibit (read back in
    rowid order, as the ledger records them, a batch at a time; only the hashing is timed): the hashing any
    import into this ledger must do."""
    conn = sqlite3.connect(imported)
    spent = 0.0
    for table in ("cases", "exhibits"):
        cursor = conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
        while batch := cursor.fetchmany(10_000):
            started = time.perf_counter()
            for row in batch:
                row_hash(table, row)
            spent += time.perf_counter() - started
    conn.close()
    return spent


def child_import(source: Path, db: Path) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, "--child", str(source), str(db)], check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=300_000)
    parser.add_argument("--file", type=Path, help="an existing IDS file (default: generate --rows rows)")
    parser.add_argument("--skip-sqlite-utils", action="store_true")
    parser.add_argument("--runs", type=int, default=1, help="repeat floor and import; print best and worst")
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(caseapp_import(*args.child)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = args.file
        if source is None:
            source = work / "ids.csv"
            subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--exhibits", str(args.rows),
                            "--out", str(source)], check=True, capture_output=True)
        rows = sum(1 for _ in source.open(encoding="utf-8")) - 1
        su_s = float("nan") if args.skip_sqlite_utils else sqlite_utils_insert(source, work)
        print(f"sqlite-utils insert --tsv: {su_s:.2f} s")
        results = []
        for run in range(args.runs):
            for old in work.glob("*.db*"):
                if not old.name.startswith("su.db"):
                    old.unlink()
            floor_s = floor(source, work / "floor.db")
            done = child_import(source, work / "caseapp.db")
            done["sql_only"] = sql_only(work / "caseapp.db", work)
            done["csv"] = csv_only(source)
            done["hash_only"] = hash_only(work / "caseapp.db")
            ratio = done["seconds"] / floor_s
            results.append((ratio, floor_s, done))
            print(f"run {run + 1}: floor {floor_s:.2f} s, import {done['seconds']:.2f} s "
                  f"({int(done['exhibits'])} exhibits), {ratio:.2f}x the floor, peak RSS {done['peak_rss_mb']:.0f} MB")
        results.sort(key=lambda r: r[0])
        best, worst = results[0], results[-1]
        line = _line(rows, su_s, *best)
        if len(results) > 1:
            print(f"worst of {len(results)}: {_line(rows, su_s, *worst)}")
            line += f" runs={len(results)} worst_import_s={worst[2]['seconds']:.2f} worst_floor_ratio={worst[0]:.2f}"
        print(line)


def _line(rows: int, su_s: float, ratio: float, floor_s: float, done: dict[str, float]) -> str:
    return (f"rows={rows} exhibits={int(done['exhibits'])} import_s={done['seconds']:.2f} floor_s={floor_s:.2f} "
            f"floor_ratio={ratio:.2f} sqlite_utils_s={su_s:.2f} ratio={done['seconds'] / su_s:.2f} "
            f"peak_rss_mb={done['peak_rss_mb']:.0f} sql_only_s={done['sql_only']:.2f} "
            f"sql_only_ratio={done['sql_only'] / floor_s:.2f} csv_s={done['csv']:.2f} "
            f"hash_only_s={done['hash_only']:.2f} "
            f"bound_ratio={(done['csv'] + done['sql_only'] + done['hash_only']) / floor_s:.2f}")

if __name__ == "__main__":
    main()
