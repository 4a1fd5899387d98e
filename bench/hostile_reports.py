"""Reports under hostile sizes: each case incident report, label sheet and summary below is built by the
pure builders in a process of its own, and its peak memory (ru_maxrss of the child), time, page count and
outcome are printed. Nothing is asserted (tests/reports/test_hostile_reports.py guards the behaviour).

    python bench/hostile_reports.py [--only NAME] [--timeout 300] [--out FOLDER]

--out keeps the PDFs (render them with `pdftoppm -png -r 60`). Last line:
    hostile_reports=N worst_s=X worst_mb=Y failed=Z
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from caseapp.core.custody import CustodyEvent  # noqa: E402
from caseapp.core.model import Case, Exhibit, LabResult, Location, Person, Quantity  # noqa: E402
from caseapp.reports.case_data import AuditRecord, CaseReportData  # noqa: E402
from caseapp.reports.case_report import write_case_report  # noqa: E402
from caseapp.reports.labels import exhibit_labels, write_labels  # noqa: E402
from caseapp.store.contract import Attachment  # noqa: E402

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
CHAIN = "ab" * 32
WORD = 5_000  # one unbroken word


def word(letter: str, size: int = WORD) -> str:
    return letter * size



def plain_case(number: str = "HOSTILE-2026-000001") -> Case:
    return Case(occurred_at="2026-11-20T14:30", case_number=number, agency="CBSA", officers=["Zoë Tremblay"],
                location=Location(name="Port of Vancouver", country="CA"), narrative="A short narrative.",
                exhibits=[Exhibit(substance="cocaine", number="01", quantity=Quantity(Decimal("12.5"), "g"))])


def data_of(case: Case, **changes: object) -> CaseReportData:
    data = CaseReportData(case=case, agency="CBSA", zone=ZoneInfo("UTC"), generated_at=NOW,
                          printed_by="Sgt Sam Okafor (sam)", chain_hash=CHAIN)
    return replace(data, **changes)  # type: ignore[arg-type]


def hostile_exhibit(number: str, letter: str = "e") -> Exhibit:
    w = word(letter)
    return Exhibit(substance=w, form=w, number=number, quantity=Quantity(Decimal("1"), w), count=None,
                   measure=w, packages=3, packaging=w, field_test=w, description=w,
                   lab=LabResult(w, Decimal("1.5"), w, w), hazard_flag=True)


def every_field_case(letter: str = "x") -> CaseReportData:
    """Every printable field one unbroken word of 5,000 characters."""
    w = word(letter)
    case = Case(occurred_at=w, case_number=w, agency=w, unit=w, officers=[w, w], detection=w, transport=w,
                conveyance=w, concealment=w, concealment_text=w, routing=w, origin_country=w, departure_country=w,
                transit_countries=[w, w], destination_country=w,
                location=Location(name=w, address=w, city=w, region=w, country=w, place_type=w),
                persons=[Person(w, w, w, w)], narrative=w, exhibits=[hostile_exhibit(w, letter)],
                created_by=w, created_at=w, updated_by=w, updated_at=w, recorded_at=w, status="draft")
    custody = {w: [CustodyEvent(type=w, at=w, actor=w, holder=w, from_holder=w, location=w, seal_number=w,
                                purpose=w, due_date=w, tracking_number=w, method=w, authority=w, witnesses=(w, w),
                                weight=w, notes=w, seq=1)]}
    content = b"not a picture"
    attachments = [(Attachment(id=1, case_id=1, case_number=w, exhibit_id=1, exhibit_number=w, file_name=w,
                               media_type=w, size=13, sha256=hashlib.sha256(content).hexdigest(), caption=w,
                               added_by=w, added_at=w, removed_by=w, removed_at=w, removed_reason=w), content)]
    audit = [AuditRecord(w, w, w, {"reason": w, "changes": {w: 1}, "version": w}),
             AuditRecord(w, w, "attach", {"file_name": w, "exhibit": w, "sha256": w}),
             AuditRecord(w, w, "print", {"report": w, "pages": w, "chain_hash": w})]
    return data_of(case, agency=w, printed_by=w, chain_hash=w, custody=custody, attachments=attachments,
                   audit=audit, people={w: w})


def narrative_case(size: int = 5_000_000) -> CaseReportData:
    line = "The parcel was opened in front of two witnesses; 王小明 signed for it. <b>unclosed & 5 < 6\n"
    text = (line * (size // len(line) + 1))[:size]
    return data_of(replace(plain_case(), narrative=text))


def many_exhibits_case(count: int = 501) -> CaseReportData:
    exhibits = [hostile_exhibit(f"{i:03d}", "abcdefghij"[i % 10]) for i in range(1, count + 1)]
    return data_of(replace(plain_case(), exhibits=exhibits))


def report(make: Callable[[], CaseReportData]) -> Callable[[io.BytesIO], int]:
    return lambda out: write_case_report(make(), out)


def labels(case: Case, *, sheet: bool) -> Callable[[io.BytesIO], int]:
    return lambda out: write_labels(exhibit_labels(case, None, ZoneInfo("UTC")), out, sheet=sheet,
                                    generated_at=NOW, footer="Hostile labels", author="Sgt Sam Okafor (sam)")


def label_case() -> Case:
    w = word("s")
    exhibits = [replace(hostile_exhibit(f"{i:02d}", "s"), substance=w) for i in range(1, 16)]
    return replace(plain_case(), officers=[word("o")], occurred_at=word("d"), exhibits=exhibits,
                   location=Location(name=word("p"), city=word("c"), country="CA"))


def summary(out: io.BytesIO) -> int:
    from caseapp.reports.summary import write_summary
    from caseapp.store.contract import LargestRow, MonthRow, SearchQuery, SearchTotals, SummaryData, SummaryRow

    w = word("s")
    rows = tuple(SummaryRow(f"k{i}", w, 1, 1, 1_000_000, False, 0) for i in range(60))
    largest = tuple(LargestRow(w, w, w, w, True, 1_000_000, False, w, w, w) for _ in range(20))
    data = SummaryData(query=SearchQuery(substance=w, agency=w, text=w, officer=w),
                       totals=SearchTotals(60, 60, 60_000_000, False, 0), groups=rows, substances=rows,
                       months=(MonthRow("2026-01", 1, 1, 1, False), MonthRow("2026-02", 2, 2, 2, False)),
                       undated=None, origins=rows, transports=rows, concealments=rows, largest=largest,
                       first_month="2026-01", last_month="2026-02")
    return write_summary(data, out, title=w, agency=w, generated_at=NOW, printed_by=w, timezone_name="UTC")


CASES: dict[str, Callable[[io.BytesIO], int]] = {
    "report: agency of 1,500 characters without spaces": report(lambda: data_of(plain_case(), agency=word("A", 1500))),
    "report: case number of 5,000 characters": report(lambda: data_of(plain_case(word("N")))),
    "labels: case number of 5,000 characters (sheet)": labels(plain_case(word("N")), sheet=True),
    "labels: case number of 5,000 characters (single)": labels(plain_case(word("N")), sheet=False),
    "report: every field one 5,000-character word": report(every_field_case),
    "report: narrative of 5 MB": report(narrative_case),
    "report: 501 exhibits with 5,000-character fields": report(many_exhibits_case),
    "labels: 5,000-character substance, officer, date (sheet)": labels(label_case(), sheet=True),
    "labels: 5,000-character substance, officer, date (single)": labels(label_case(), sheet=False),
    "summary: 5,000-character names, places, title, agency": summary,
}


def run_one(name: str, out_folder: Path | None) -> None:
    out = io.BytesIO()
    pages = CASES[name](out)
    if out_folder is not None:
        slug = "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")[:60]
        (out_folder / f"{slug}.pdf").write_bytes(out.getvalue())
    print(f"pages={pages} bytes={len(out.getvalue())}")


def measure(name: str, timeout: float, out_folder: Path | None) -> tuple[str, float, float, str]:
    probe = ("import resource, subprocess, sys, time\n"
             "start = time.perf_counter()\n"
             "try:\n"
             "    proc = subprocess.run(sys.argv[2:], capture_output=True, text=True, timeout=float(sys.argv[1]))\n"
             "    outcome = (proc.stdout.strip() or 'ok') if proc.returncode == 0 else "
             "'FAILED: ' + (proc.stderr.strip().splitlines() or ['exit %d' % proc.returncode])[-1][:160]\n"
             "except subprocess.TimeoutExpired:\n"
             "    outcome = 'TIMED OUT after %s s' % sys.argv[1]\n"
             "took = time.perf_counter() - start\n"
             "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
             "print(peak, took, outcome)\n")
    child = [sys.executable, __file__, "--child", name, *(["--out", str(out_folder)] if out_folder else [])]
    result = subprocess.run([sys.executable, "-c", probe, str(timeout), *child], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    peak, took, outcome = result.stdout.strip().split(" ", 2)
    return name, float(peak), float(took), outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="run the cases whose name contains this text")
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--out", type=Path, help="keep the PDFs in this folder")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    if args.child:
        run_one(args.child, args.out)
        return
    print(f"python {sys.version.split()[0]}; each build in its own process, ru_maxrss of that process "
          f"(the interpreter, ReportLab and the fonts alone take about 80 MB)")
    worst_s = worst_mb = 0.0
    failed = ran = 0
    for name in CASES:
        if args.only and args.only not in name:
            continue
        started = time.perf_counter()
        _, peak, took, outcome = measure(name, args.timeout, args.out)
        took = took or time.perf_counter() - started
        print(f"{name}: {took:.2f} s, peak {peak:,.0f} MB, {outcome}", flush=True)
        worst_s, worst_mb = max(worst_s, took), max(worst_mb, peak)
        failed += not outcome.startswith("pages=")
        ran += 1
    print(f"hostile_reports={ran} worst_s={worst_s:.2f} worst_mb={worst_mb:.0f} failed={failed}")


if __name__ == "__main__":
    main()
