"""Search speed on a large database, through the same SearchQuery API the CLI and GUI use.

Builds the database once by importing generated IDS rows (bench/generate.py) through the real import,
or reuses --db. Each figure is the median of --repeat runs, warm cache. The floor is the same first
page read straight off the term index with no join. Every query's plan is printed. Last line:
    exhibits=N first_page_ms=X count_ms=Y text_ms=Z floor_ms=F ratio=X/F

    python bench/search.py --exhibits 1000000 --db /tmp/bench-1m.sqlite3
    python bench/search.py --exhibits 1000000 --db postgresql://localhost/bench   (an empty database or a built one)
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from caseapp.core.location import database_location  # noqa: E402
from caseapp.services.app import CaseApp  # noqa: E402
from caseapp.services.transfer import import_file  # noqa: E402
from caseapp.store.contract import SearchQuery  # noqa: E402
from caseapp.store.contract.terms import substance_term  # noqa: E402


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def build(db: str | Path, exhibits: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "ids.csv"
        subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--exhibits", str(exhibits),
                        "--drugs", "catalogue", "--out", str(source)], check=True)
        app = CaseApp.open(db)
        started = time.perf_counter()
        report = import_file(app, source, actor="bench", skip_invalid=True).value
        print(f"built {db}: {report.exhibits} exhibits in {time.perf_counter() - started:.1f} s")
        app._db.execute("VACUUM ANALYZE" if app.location.server else "ANALYZE")  # the server: visibility map too
        app.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--exhibits", type=int, default=1_000_000)
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "caseapp-bench-search.sqlite3"),
                        help="a database file, or a postgresql:// URL (built when it holds no exhibits)")
    parser.add_argument("--repeat", type=int, default=21)
    args = parser.parse_args()
    location = database_location(args.db)
    if location.path is not None and not location.path.exists():
        build(location.path, args.exhibits)
    elif location.server and CaseApp.open(location).counts()[1] == 0:
        build(args.db, args.exhibits)
    app = CaseApp.open(location)
    print(f"database: {app.location}")
    exhibits = app._store.count_exhibits()
    analogues = SearchQuery(substance="fentanyl", analogues=True, limit=100)
    text = SearchQuery(text="postal", limit=100)
    queries = {
        "substance with analogues": analogues,
        "substance alone": SearchQuery(substance="cocaine", limit=100),
        "group": SearchQuery(group="opioids", limit=100),
        "schedule I": SearchQuery(schedule="I", limit=100),
        "schedule IV": SearchQuery(schedule="IV", limit=100),
        "schedule I + country": SearchQuery(schedule="I", country="CA", limit=100),
        "country": SearchQuery(country="CA", limit=100),
        "origin": SearchQuery(origin="CO", limit=100),
        "date range": SearchQuery(date_from=__import__("datetime").date(2014, 1, 1),
                                  date_to=__import__("datetime").date(2014, 12, 31), limit=100),
        "free text": text,
        "transport (mail, 1.2%)": SearchQuery(transport="mail", limit=100),
        "concealment (baggage)": SearchQuery(concealment="baggage", limit=100),
        "place type": SearchQuery(place_type="airport", limit=100),
        "departure": SearchQuery(departure="NL", limit=100),
        "destination": SearchQuery(destination="US", limit=100),
        "region": SearchQuery(region="Ontario", limit=100),
        "status": SearchQuery(status="draft", limit=100),
        "hazard only": SearchQuery(hazard=True, limit=100),
        "kg range (>= 100 kg)": SearchQuery(kg_min=__import__("decimal").Decimal(100), limit=100),
        "confirmed only": SearchQuery(substance="cocaine", match_on="confirmed", limit=100),
        "largest first (cocaine)": SearchQuery(substance="cocaine", order="largest", limit=100),
        "three filters": SearchQuery(substance="fentanyl", analogues=True, origin="CN", transport="mail",
                                     limit=100),
    }
    for name, query in queries.items():
        ms = median_ms(lambda q=query: app.search(q), args.repeat)
        rows = len(app.search(query))
        print(f"{name:<26} first page {ms:8.2f} ms ({rows} rows)  plan: {' | '.join(app._finder.explain(query))}")
    totals_ms = median_ms(lambda: app.totals(analogues), 3)
    print(f"totals of the analogue search (seizures, exhibits, kg): {totals_ms:.1f} ms")
    first_page = median_ms(lambda: app.search(analogues), args.repeat)
    count = median_ms(lambda: app.count(analogues), max(3, args.repeat // 4))
    text_ms = median_ms(lambda: app.search(text), args.repeat)
    term = substance_term(app.catalogue, analogues)
    conn = app._db.conn
    floor = median_ms(lambda: conn.execute(
        "SELECT exhibit_id FROM exhibit_terms WHERE term = ? ORDER BY occurred_at DESC, exhibit_id LIMIT 100",
        [term]).fetchall(), args.repeat)
    print(f"count of the analogue search: {app.count(analogues)} exhibits")
    print(f"exhibits={exhibits} first_page_ms={first_page:.2f} count_ms={count:.2f} text_ms={text_ms:.2f} "
          f"floor_ms={floor:.3f} ratio={first_page / floor:.1f}")


if __name__ == "__main__":
    main()
