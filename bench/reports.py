"""Report speed: the case incident report of a 50-exhibit case, and the period summary over a large
database, through the same service calls the window and the command line use (each writes an audited
PDF). Each figure is the median of --repeat runs after one warm-up run (the first report of a process
also loads the bundled fonts: about half a second). Last line:
    exhibits=N case_report_s=X summary_s=Y

    python bench/reports.py --db /tmp/caseapp-bench-search.sqlite3
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from caseapp.core.model import Case, Exhibit, LabResult, Location, Person, Quantity  # noqa: E402
from caseapp.services.app import CaseApp  # noqa: E402
from caseapp.services.auth import Role, User  # noqa: E402
from caseapp.services.reports import case_report  # noqa: E402
from caseapp.services.summary import summary_report  # noqa: E402
from caseapp.store.contract import SearchQuery  # noqa: E402


def median_s(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm: fonts registered, caches filled (a running app has done both)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def fifty_exhibit_case() -> Case:
    substances = ["fentanyl", "carfentanil", "cocaine", "heroin", "methamphetamine", "MDMA", "4-ANPP"]
    exhibits = [
        Exhibit(substance=substances[i % len(substances)], form="powder",
                quantity=Quantity(Decimal(f"{i + 1}.25"), "g"), measure="net", packages=i % 4 + 1,
                packaging="heat-sealed bag", field_test="positive", description=f"bag {i + 1} of 50, marked «{i}»",
                lab=LabResult("fentanyl", Decimal("12.5"), "Health Canada DAS", f"DAS-{i:04d}") if i % 3 == 0
                else None)
        for i in range(50)
    ]
    return Case(occurred_at="2026-11-20T14:30", agency="BENCH", unit="Mail Centre", officers=["Zoë Tremblay"],
                location=Location(name="International Mail Centre", city="Richmond", country="CA"),
                transport="mail", origin_country="CN", persons=[Person("addressee", "王小明")],
                narrative="Fifty bags found in printer ink bottles. " * 40, exhibits=exhibits)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "caseapp-bench-search.sqlite3")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not args.db.exists():
        sys.exit(f"{args.db} does not exist: build it with bench/search.py first")
    user = User("bench", "Bench Supervisor", "", Role.SUPERVISOR)

    with tempfile.TemporaryDirectory() as folder:
        small = CaseApp.open(Path(folder) / "case.sqlite3")
        small.initialise(agency_code="BENCH", timezone="UTC")
        number = small.record_case(fifty_exhibit_case(), actor="bench").value.case_number or ""
        case_s = median_s(lambda: case_report(small, user, number, io.BytesIO()), args.repeat)
        pages = case_report(small, user, number, io.BytesIO())
        small.close()
    print(f"case report, 50 exhibits: {case_s:.3f} s ({pages} pages)")

    app = CaseApp.open(args.db)
    exhibits = app._store.count_exhibits()
    queries = {
        "everything": SearchQuery(),
        "fentanyl and analogues": SearchQuery(substance="fentanyl", analogues=True),
    }
    figures = {}
    for name, query in queries.items():
        figures[name] = median_s(lambda q=query: summary_report(app, user, q, io.BytesIO()), args.repeat)
        print(f"summary of {name}: {figures[name]:.2f} s")
    app.close()
    print(f"exhibits={exhibits} case_report_s={case_s:.3f} summary_s={figures['everything']:.2f}")


if __name__ == "__main__":
    main()
