"""Import speed on a PostgreSQL server against its floor measured in the same run: a plain csv reader feeding
one bare COPY of the same rows into one table of text columns (psycopg's copy API). The import is the real one
(parse, normalise, validate, index, words, audit) through the service the command line uses, into an empty
database. Last line:
    rows=N exhibits=E import_s=I copy_floor_s=F floor_ratio=I/F

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
        print(f"rows={args.rows} exhibits={report.exhibits} import_s={elapsed:.1f} copy_floor_s={floor:.2f} "
              f"floor_ratio={elapsed / floor:.1f}")


if __name__ == "__main__":
    main()
