"""Import speed on a PostgreSQL server against its floor measured in the same run: a plain csv reader feeding
one bare COPY of the same rows into one table of text columns (psycopg's copy API). The import is the real one
(parse, normalise, validate, index, words, audit) through the service the command line uses, into an empty
database. The bound, as in bench/import_speed.py: what any import into this schema must spend, each part
measured alone: reading the file (csv_s), the server writing the stored rows (sql_only_s: the imported
cases, exhibits, search terms, words and ledger rows copied by INSERT ... SELECT into empty tables of the same
definition, indexes included) and hashing them for the audit ledger (hash_only_s). Last line:
    rows=N exhibits=E import_s=I copy_floor_s=F floor_ratio=I/F csv_s=C sql_only_s=Q hash_only_s=H
    bound_ratio=(C+Q+H)/F

    python bench/import_server.py --db postgresql://localhost/empty_db --rows 300000
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402

from caseapp.services.app import CaseApp  # noqa: E402
from caseapp.services.transfer import import_file  # noqa: E402
from caseapp.store.sqlite.audit import row_hash  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from import_speed import csv_only  # noqa: E402

STORED = {"cases": "id", "exhibits": "id", "exhibit_terms": "term, occurred_at DESC, exhibit_id",
          "exhibit_words": "word, key DESC", "audit_rows": "tbl, row_id, audit_id"}


def sql_only(url: str) -> float:
    """Seconds for the server to write the imported rows again into empty copies of their tables (indexes
    included), each read in its key order."""
    spent = 0.0
    with psycopg.connect(url, autocommit=True) as conn:
        for table, order in STORED.items():
            conn.execute(f"CREATE TEMP TABLE again_{table} (LIKE {table} INCLUDING ALL)")
            started = time.perf_counter()
            conn.execute(f"INSERT INTO again_{table} SELECT * FROM {table} ORDER BY {order}")
            spent += time.perf_counter() - started
    return spent


def hash_only(url: str) -> float:
    """Seconds to hash every stored case and exhibit as the ledger does (read back a batch at a time; only
    the hashing is timed)."""
    spent = 0.0
    with psycopg.connect(url) as conn:
        for table in ("cases", "exhibits"):
            with conn.cursor(name=f"read_{table}") as cursor:
                cursor.execute(f"SELECT * FROM {table} ORDER BY id")
                while batch := cursor.fetchmany(10_000):
                    started = time.perf_counter()
                    for row in batch:
                        row_hash(table, row)
                    spent += time.perf_counter() - started
    return spent


def copy_floor(source: Path, url: str) -> float:
    started = time.perf_counter()
    with psycopg.connect(url) as conn, source.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle, delimiter=";")
        header = next(reader)
        conn.execute(f"CREATE TEMP TABLE raw ({', '.join(f'c{i} text' for i in range(len(header)))})")
        with conn.cursor() as cursor, cursor.copy("COPY raw FROM STDIN") as copy:
            for row in reader:
                copy.write_row(row)
        conn.commit()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True, help="an empty database: postgresql://...")
    parser.add_argument("--rows", type=int, default=300_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "ids.csv"
        subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--exhibits", str(args.rows), "--out",
                        str(source)], check=True, capture_output=True)
        floor = copy_floor(source, args.db)
        print(f"bare COPY of the rows: {floor:.2f} s")
        started = time.perf_counter()
        app = CaseApp.open(args.db)
        report = import_file(app, source, actor="bench", skip_invalid=True).value
        app.close()
        elapsed = time.perf_counter() - started
        csv_s, sql_s, hash_s = csv_only(source), sql_only(args.db), hash_only(args.db)
        print(f"rows={args.rows} exhibits={report.exhibits} import_s={elapsed:.1f} copy_floor_s={floor:.2f} "
              f"floor_ratio={elapsed / floor:.1f} csv_s={csv_s:.2f} sql_only_s={sql_s:.2f} hash_only_s={hash_s:.2f} "
              f"bound_ratio={(csv_s + sql_s + hash_s) / floor:.2f}")


if __name__ == "__main__":
    main()
