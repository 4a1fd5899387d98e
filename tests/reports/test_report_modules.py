"""The reports share their pieces through modules of their own (values, barcodes, flowables, fitting,
styles), never through the case report: the labels and the summary print without importing it."""

from __future__ import annotations

import re
from pathlib import Path

REPORTS = Path(__file__).resolve().parents[2] / "caseapp" / "reports"
IMPORTS_CASE_REPORT = re.compile(r"^\s*(from|import) caseapp\.reports\.case_(report|sections|records|layout)\b", re.M)


def test_labels_and_summary_do_not_borrow_from_the_case_report():
    for name in ("labels.py", "summary.py", "charts.py", "barcodes.py", "flowables.py", "values.py", "fitting.py",
                 "styles.py"):
        assert not IMPORTS_CASE_REPORT.search((REPORTS / name).read_text(encoding="utf-8")), name


def test_the_services_take_shared_helpers_from_the_shared_modules():
    services = REPORTS.parent / "services"
    for path in services.glob("*.py"):
        for names in re.findall(r"^from caseapp\.reports\.case_report import (.+)$", path.read_text(encoding="utf-8"),
                                re.M):
            assert {n.strip() for n in names.split(",")} <= {"AuditRecord", "CaseReportData", "write_case_report"}, path
