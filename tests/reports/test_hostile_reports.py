"""Reports under hostile sizes: whatever text is stored (an import keeps values up to 12 MiB), the case report,
the labels and the summary print it, wrapped, split over pages or cut with a note, and never crash. The long
builds run in a child process whose peak memory is measured; no test asserts a time (see
bench/hostile_reports.py for the figures)."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from reportlab.lib.units import mm

from caseapp.core.custody import CustodyEvent
from caseapp.core.model import Case, Exhibit, LabResult, Location, Person, Quantity
from caseapp.reports.barcodes import code128
from caseapp.reports.case_data import AuditRecord, CaseReportData
from caseapp.reports.case_report import write_case_report
from caseapp.reports.case_sections import narrative_pieces
from caseapp.reports.fitting import ELLIPSIS, Text, fit_line, qr_value_ok, text_width
from caseapp.reports.labels import ExhibitLabel, exhibit_labels, fit_details, write_labels
from caseapp.reports.styles import styles
from caseapp.reports.summary import write_summary
from caseapp.store.contract import LargestRow, MonthRow, SearchQuery, SearchTotals, SummaryData, SummaryRow
from tests.reports.conftest import attachment_row

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]
NO_CODES = "(too long for a barcode or QR code)"



def case(number: str = "HOSTILE-2026-000001", **changes) -> Case:
    made = Case(occurred_at="2026-11-20T14:30", case_number=number, agency="CBSA", officers=["Zoë Tremblay"],
                location=Location(name="Port of Vancouver", country="CA"), narrative="Short.",
                exhibits=[Exhibit(substance="cocaine", number="01", quantity=Quantity(Decimal("12.5"), "g"))])
    return replace(made, **changes)


def data(made: Case, **changes) -> CaseReportData:
    base = CaseReportData(case=made, agency="CBSA", zone=ZoneInfo("UTC"), generated_at=NOW,
                          printed_by="Sgt Sam Okafor (sam)", chain_hash="ab" * 32)
    return replace(base, **changes)


def build(report: CaseReportData) -> tuple[bytes, int]:
    out = io.BytesIO()
    pages = write_case_report(report, out)
    return out.getvalue(), pages


def unspaced(texts: list[str]) -> str:
    return "".join("".join(texts).split())


def body_count(texts: list[str], letter: str) -> int:
    """How often `letter` is printed outside the lines cut with an ellipsis (running header and footer)."""
    return sum(line.count(letter) for text in texts for line in text.splitlines() if ELLIPSIS not in line)


# -- the case report ------------------------------------------------------------------------------------

def test_an_agency_of_1500_characters_without_spaces_prints_whole_over_continuation_rows(pdf_pages):
    pdf, pages = build(data(case(), agency="A" * 1500))
    texts = pdf_pages(pdf)
    assert pages == len(texts) >= 2
    assert body_count(texts, "A") >= 1500  # the header, continued on page two
    assert ELLIPSIS in texts[1]  # the running header of page two, cut to its line


def test_a_case_number_of_5000_characters_prints_whole_without_codes(pdf_pages):
    number = "N" * 5000
    pdf, pages = build(data(case(number)))
    texts = pdf_pages(pdf)
    assert pages == len(texts)
    assert NO_CODES in " ".join(texts[0].split())
    assert body_count(texts, "N") >= 5000


def test_every_printable_field_of_one_5000_character_word_prints_whole(pdf_pages):
    words = {key: letter * 5000 for key, letter in
             (("description", "d"), ("person", "q"), ("notes", "k"), ("caption", "c"), ("reason", "r"),
              ("unit", "u"), ("holder", "h"), ("officer", "g"))}
    made = case(unit=words["unit"], persons=[Person("suspect", words["person"])], created_by=words["officer"],
                exhibits=[Exhibit(substance="cocaine", number="01", description=words["description"],
                                  lab=LabResult(words["description"], Decimal("1"), "lab", "cert"))])
    content = b"not a picture"
    report = data(made, custody={"01": [CustodyEvent("seized", "2026-11-20T15:00", "olga", holder=words["holder"],
                                                     notes=words["notes"], seq=1)]},
                  attachments=[(attachment_row("a.bin", "application/octet-stream", 13,
                                               hashlib.sha256(content).hexdigest(), caption=words["caption"]),
                                content)],
                  audit=[AuditRecord("2026-11-25T12:00:00Z", "olga", "update", {"reason": words["reason"]})],
                  printed_by="p" * 5000)
    pdf, pages = build(report)
    text = unspaced(pdf_pages(pdf))
    assert pages > 1
    for word in words.values():
        assert text.count(word[0]) >= len(word)


def test_a_long_unbroken_word_is_broken_once_per_width_not_a_character_at_a_time():
    paragraph = Text("w" * 5000, styles()["cell"])
    width, height = paragraph.wrap(20 * mm, 1e6)
    assert paragraph._splitLongWordCount == 0  # ReportLab's own splitting (7 µs a character) never ran
    assert width <= 20 * mm and all(text_width(line.words[0].text if hasattr(line, "words") else "", 8) <= 20 * mm
                                    for line in paragraph.blPara.lines)
    assert "".join(paragraph.getPlainText().split()) == "w" * 5000


def test_narrative_pieces_lose_nothing_and_cut_long_lines_at_spaces():
    text = ("word " * 2000 + "\n\nshort line\n" + "x" * 7000)
    pieces, left_out = narrative_pieces(text, limit=len(text), piece=3000)
    assert left_out == 0 and all(len(p) <= 3000 for p in pieces)
    assert pieces[0].endswith(" ") and "" in pieces  # cut after a space; the empty line kept
    assert "".join("".join(pieces).split()) == "".join(text.split())
    assert sum(map(len, pieces)) == len(text) - text.count("\n")


def test_narrative_pieces_stop_at_the_limit_and_count_the_rest():
    pieces, left_out = narrative_pieces("a" * 10_000, limit=4_000, piece=3_000)
    assert "".join(pieces) == "a" * 4_000 and left_out == 6_000


CHILD_SETUP = """
import io
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo
from caseapp.core.model import Case, Exhibit, LabResult, Location, Quantity
from caseapp.reports.case_data import CaseReportData
from caseapp.reports.case_report import write_case_report

def build(made):
    out = io.BytesIO()
    write_case_report(CaseReportData(case=made, agency="CBSA", zone=ZoneInfo("UTC"),
                                     generated_at=datetime(2026, 11, 25, 12, 0, tzinfo=UTC),
                                     printed_by="Sgt Sam Okafor (sam)", chain_hash="ab" * 32), out)
    return out.getvalue()

base = Case(occurred_at="2026-11-20T14:30", case_number="HOSTILE-2026-000001", agency="CBSA",
            location=Location(country="CA"), narrative="Short.",
            exhibits=[Exhibit(substance="cocaine", number="01", quantity=Quantity(Decimal("12.5"), "g"))])
"""


def run_child(script: str, tmp_path: Path) -> dict:
    """Run `script` (which sets `pdf`) in a child; its peak memory in MB and the PDF come back."""
    probe = textwrap.dedent("""
        import json, sys
        sys.path.insert(0, {root!r})
        {setup}
        {script}
        open({out!r}, "wb").write(pdf)
        peak_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
        print(json.dumps({{"peak_mb": peak_kb / 1024}}))
    """).format(root=str(ROOT), setup=CHILD_SETUP, script=textwrap.dedent(script), out=str(tmp_path / "out.pdf"))
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    return {**json.loads(done.stdout.strip().splitlines()[-1]), "pdf": (tmp_path / "out.pdf").read_bytes()}


def test_the_child_measures_its_own_peak_not_the_test_runner_s(tmp_path):
    """Linux carries a parent's peak resident size into a child's getrusage(ru_maxrss) across fork and exec: a
    test runner grown to 500 MB made every child look as large. The child's own peak is its VmHWM."""
    held = bytearray(400 * 2**20)
    held[::4096] = b"\x01" * len(held[::4096])  # touched: resident in this process
    result = run_child("pdf = b''", tmp_path)
    assert result["peak_mb"] < 300
    del held


def test_a_5_mb_narrative_prints_its_first_million_characters_in_bounded_memory(tmp_path, pdf_pages):
    result = run_child("""
        line = "The parcel was opened in front of two witnesses; <b>unclosed & 5 < 6\\n"
        pdf = build(replace(base, narrative=(line * 80_000)[:5_000_000]))
    """, tmp_path)
    assert result["peak_mb"] < 500
    text = " ".join(" ".join(pdf_pages(result["pdf"])[-3:]).split())
    assert "Narrative continues: 4,000,000 characters not printed" in text


def test_501_exhibits_of_5000_character_fields_print_in_bounded_memory(tmp_path, pdf_pages):
    result = run_child("""
        def exhibit(n):
            w = "abcdefghij"[n % 10] * 5000
            return Exhibit(substance=w, form=w, number=f"{n:03d}", quantity=Quantity(Decimal("1"), w),
                           packages=3, packaging=w, description=w, lab=LabResult(w, Decimal("1.5"), w, w))
        pdf = build(replace(base, exhibits=[exhibit(n) for n in range(1, 502)]))
    """, tmp_path)
    assert result["peak_mb"] < 500
    texts = [" ".join(t.split()) for t in pdf_pages(result["pdf"])]
    assert any("more characters not printed: see the database" in t for t in texts)
    assert any("501" in t for t in texts)


def test_codes_are_only_made_for_payloads_that_scan():
    assert code128("CBSA-2024-000101", 62 * mm, 11 * mm) is not None
    assert code128("N" * 5000, 62 * mm, 11 * mm) is None
    assert qr_value_ok("CBSA-2024-000101/01") and not qr_value_ok("N" * 5000) and not qr_value_ok("")


def test_one_line_texts_shrink_then_are_cut_with_an_ellipsis():
    assert fit_line("Case 1", 100, 7.5, 5) == ("Case 1", 7.5)
    text, size = fit_line("A" * 5000, 300, 7.5, 5)
    assert size == 5 and text.endswith(ELLIPSIS) and text_width(text, 5) <= 300


# -- labels and summary -------------------------------------------------------------------------------------

def test_labels_of_a_5000_character_case_number_print_without_codes(pdf_pages):
    labels = exhibit_labels(case("N" * 5000), None, ZoneInfo("UTC"))
    for sheet in (True, False):
        out = io.BytesIO()
        assert write_labels(labels, out, sheet=sheet, generated_at=NOW) == 1
        assert NO_CODES in " ".join(pdf_pages(out.getvalue())[0].split())


def test_a_label_with_5000_character_values_is_cut_with_an_ellipsis_inside_its_box():
    label = ExhibitLabel("C-1", "01", "s" * 5000, "q" * 5000, "d" * 5000, "o" * 5000, "HAZARD")
    paragraph = fit_details(label, 60 * mm, 20 * mm, 7.5)
    width, height = paragraph.wrap(60 * mm, 20 * mm)
    assert height <= 20 * mm and ELLIPSIS in paragraph.getPlainText()
    assert paragraph._splitLongWordCount == 0  # broken once per width, not by ReportLab a character at a time


def test_a_summary_with_5000_character_names_and_places_prints_every_row(pdf_pages):
    name = "s" * 5000
    rows = tuple(SummaryRow(f"k{i}", name, 1, 1, 1_000_000, False, 0) for i in range(3))
    largest = (LargestRow("C-1", "01", "2026-01-02", name, True, 1_000_000, False, "CA", name, "p" * 5000),)
    summary = SummaryData(query=SearchQuery(agency="a" * 5000), totals=SearchTotals(3, 3, 3_000_000, False, 0),
                          groups=rows, substances=rows, months=(MonthRow("2026-01", 3, 3, 3_000_000, False),),
                          undated=None, origins=rows, transports=rows, concealments=rows, largest=largest,
                          first_month="2026-01", last_month="2026-01")
    out = io.BytesIO()
    pages = write_summary(summary, out, title="t" * 5000, agency="a" * 5000, generated_at=NOW,
                          printed_by="b" * 5000, timezone_name="UTC")
    texts = pdf_pages(out.getvalue())
    assert pages == len(texts) > 1
    assert unspaced(texts).count("s" * 100) >= 6 * 50  # every row's name, whole, in five tables and the largest
    assert unspaced(texts).count("p") >= 5000
