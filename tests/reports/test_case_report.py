"""The case incident report: every field printed as typed, fonts embedded, long cases flowing over pages
with the header repeated, byte-identical output for the same input, the DRAFT mark, the audited print."""

from __future__ import annotations

import hashlib
import io
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PIL import Image
from pypdf import PdfReader

from caseapp.core.custody import CustodyEvent
from caseapp.core.errors import NotFound
from caseapp.core.model import Case, Exhibit, LabResult, Location, Quantity
from caseapp.core.normalise import normalise_case
from caseapp.core.substances import default_catalogue
from caseapp.reports.case_data import AuditRecord, CaseReportData
from caseapp.reports.case_report import watermark_text, write_case_report
from caseapp.reports.values import hazard_text, local_time, quantity_text
from caseapp.services import reports
from caseapp.services.attachments import Attachments
from caseapp.services.auth import Accounts, PermissionDenied
from caseapp.services.custody import Custody
from caseapp.services.workflow import Workflow
from tests.reports.conftest import attachment_row

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
CHAIN = "ab" * 32
CASE = "CBSA-2024-000101"
HEADER_WORDS = ("No.", "Kind / form", "Substance", "Quantity", "kg-eq.", "Packages", "Field test", "Lab result",
                "Hazard")



def build(data: CaseReportData) -> tuple[bytes, int]:
    out = io.BytesIO()
    pages = write_case_report(data, out)
    return out.getvalue(), pages


def sample_data(app, **changes) -> CaseReportData:
    data = CaseReportData(case=app.get_case(CASE), agency="CBSA", zone=ZoneInfo("UTC"), generated_at=NOW,
                          printed_by="Sgt Sam Okafor (sam)", chain_hash=CHAIN,
                          people={"olga": "Officer Olga Nowak"}, catalogue=app.catalogue)
    return replace(data, **changes)


def long_case(exhibits: int = 60, narrative: int = 20_000) -> Case:
    names = ("fentanyl", "cocaine", "heroin", "carfentanil", "methamphetamine",
             "4-fluoro-alpha-pyrrolidinovalerophenone hydrochloride mixed with an unknown cutting agent")
    words = "Zoë 王小明 <b>unclosed & 5 < 6 the parcel was opened in front of two witnesses".split()
    text = " ".join(words[i % len(words)] for i in range(narrative // 5))[:narrative - 4] + " END"
    case = Case(occurred_at="2024-03-05T14:30", case_number="LONG-2024-000001", agency="CBSA",
                officers=["Officer Zoë Tremblay"], location=Location(country="CA"), narrative=text,
                exhibits=[Exhibit(substance=names[i % len(names)], form="powder",
                                  quantity=Quantity(Decimal(f"{i + 1}.25"), "g"), packages=i + 1,
                                  packaging="zip-lock bags", field_test="positive",
                                  lab=LabResult("Carfentanil", Decimal("3.5"), "Health Canada DAS", f"DAS-{i:03d}")
                                  if i % 4 == 0 else None, description=f"bag number {i + 1}")
                          for i in range(exhibits)])
    case = normalise_case(case, default_catalogue())
    for index, exhibit in enumerate(case.exhibits, start=1):
        exhibit.number = f"{index:02d}"
    return case


def pure_data(case: Case, **changes) -> CaseReportData:
    data = CaseReportData(case=case, agency="CBSA", zone=ZoneInfo("America/Vancouver"), generated_at=NOW,
                          printed_by="Sgt Sam Okafor (sam)", chain_hash=CHAIN, catalogue=default_catalogue())
    return replace(data, **changes)


# -- everything typed, printed as typed -----------------------------------------------------------------

def test_every_field_of_the_sample_case_is_printed(sample_case_app, users, pdf_pages, flat):
    out = io.BytesIO()
    pages = reports.case_report(sample_case_app, users["sam"], CASE, out)
    texts = pdf_pages(out.getvalue())
    assert pages == len(texts) >= 2
    text = flat(" ".join(texts))
    expected = [
        "CBSA", "Case incident report", CASE, "2024-03-05 14:30 UTC", "Vancouver International Mail Centre",
        "Officer Zoë Tremblay", "Officer Li Wei", "Mail or courier interception",
        "International Mail Centre", "1 Mail Way", "Richmond", "British Columbia", "Canada (CA)",
        "49.1951, -123.1790", "Post office / mail centre",
        "China (CN)", "Hong Kong (HK)", "Japan (JP)",
        "China (CN) → China (CN) → Hong Kong (HK) → Japan (JP) → Canada (CA)",
        "Inbound", "Mail", "EMS tracking EE123456789CN", "Goods: printer ink bottles",
        "Addressee", "Jean-François Côté", "1988-02-29", "Sender", "王小明",
        "Furanylfentanyl", "Carfentanil", "Powder", "12.50 g", "Net", "0.0125 kg", "ink bottles", "Positive",
        "3.5 %", "Health Canada DAS", "DAS-24-0042", "white powder in ink bottle, black cap",
        "~5000 tablets", "blue M30 counterfeit tablets", "Tablet press", "Heroin", "unknown (g)",
        "X-ray showed anomalies in two ink bottles. <b>unclosed & 5 < 6. Field test positive for fentanyl.",
        "Officer Olga Nowak (olga)", "printed by Sgt Sam Okafor (sam)", "Generated 2026-11-25 12:00 UTC",
    ]
    missing = [item for item in expected if item not in text]
    assert missing == []
    assert text.count("HAZARD") == 2  # exhibits 01 and 02 (fentanyl-class), not 03 or 04
    assert all(f"Page {n} of {pages}" in page for n, page in enumerate(texts, start=1))


def test_fonts_are_all_embedded_and_none_is_helvetica(sample_case_app, users, pdf_fonts):
    out = io.BytesIO()
    reports.case_report(sample_case_app, users["sam"], CASE, out)
    fonts = pdf_fonts(out.getvalue())
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in name or "Courier" in name for name in fonts)
    assert any("DroidSansFallback" in name for name in fonts)  # 王小明
    assert b"Helvetica" not in out.getvalue()


def test_pdffonts_finds_no_font_that_is_not_embedded(sample_case_app, users, tmp_path):
    path = tmp_path / "case.pdf"
    with open(path, "wb") as out:
        reports.case_report(sample_case_app, users["sam"], CASE, out)
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    assert rows
    assert all(row[-5] == "yes" for row in rows), listing  # the "emb" column


def test_metadata_names_the_report_the_printer_and_the_time(sample_case_app, users):
    out = io.BytesIO()
    reports.case_report(sample_case_app, users["sam"], CASE, out)
    meta = PdfReader(io.BytesIO(out.getvalue())).metadata
    assert meta.title == f"Case incident report {CASE}"
    assert meta.author == "Sgt Sam Okafor (sam)"
    assert CASE in meta.subject and "draft" in meta.subject
    assert CASE in meta["/Keywords"] and "case incident report" in meta["/Keywords"]
    assert meta["/CreationDate"].startswith("D:20261125120000")


# -- long cases ------------------------------------------------------------------------------------------

def test_sixty_exhibits_and_a_long_narrative_flow_over_pages_with_the_header_repeated(pdf_pages, flat):
    pdf, pages = build(pure_data(long_case(60, 20_000)))
    texts = pdf_pages(pdf)
    assert pages == len(texts) >= 6
    first = next(i for i, t in enumerate(texts) if "Exhibits (60)" in t)
    last = next(i for i, t in enumerate(texts) if "bag number 60" in flat(t))
    assert last > first  # the table runs over several pages
    for index in range(first, last + 1):
        page = flat(texts[index])
        assert all(word in page for word in HEADER_WORDS), index
        assert page.count("Kind / form") == 1, index  # once per page, never again mid-page
    everything = flat(" ".join(texts))
    assert all(f"bag number {n} " in everything for n in range(1, 61))
    assert everything.count("HAZARD") == sum(1 for e in long_case(60, 0).exhibits if e.hazard_flag)
    assert "END" in flat(texts[-1]) or "END" in everything  # the narrative printed to its last word
    narrative_pages = [i for i, t in enumerate(texts) if "王小明" in t and "<b>unclosed & 5 < 6" in flat(t)]
    assert len(narrative_pages) >= 2


def test_a_cell_taller_than_a_page_is_continued_not_cut(pdf_pages, flat):
    case = long_case(3, 100)
    words = [f"w{i:05d}" for i in range(2500)]
    case.exhibits[1].description = " ".join(words)  # about 14 pages of one narrow cell
    case.concealment_text = " ".join(words[:1500])  # a key-value row over a page long
    pdf, pages = build(pure_data(case))
    text = flat(" ".join(pdf_pages(pdf)))
    assert pages >= 5
    assert "w02499" in text and "w01499" in text
    assert all(f"w{i:05d}" in text for i in range(0, 2500, 7))
    assert "02 cont." in text


def test_fifty_exhibits_and_a_long_narrative_build():
    # how fast is bench/reports.py's business; here: it builds, over several pages
    _, pages = build(pure_data(long_case(50, 20_000)))
    assert pages >= 5


# -- the same input, the same bytes -------------------------------------------------------------------

def test_the_same_input_gives_the_same_bytes(sample_case_app):
    first, _ = build(sample_data(sample_case_app))
    build(pure_data(long_case(5, 300)))  # another document in between: no state carried over
    second, _ = build(sample_data(sample_case_app))
    assert first == second


def test_the_same_input_gives_the_same_bytes_in_another_process(tmp_path):
    here, _ = build(pure_data(long_case(8, 2_000)))
    script = (f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); import io; "
              "import test_case_report as t; sys.stdout.buffer.write(t.build(t.pure_data(t.long_case(8, 2000)))[0])")
    there = subprocess.run([sys.executable, "-c", script], capture_output=True, check=True).stdout
    assert hashlib.sha256(here).hexdigest() == hashlib.sha256(there).hexdigest()


GOLDEN_PAGE_1 = """\
DRAFT
CBSA
Case incident report
Case CBSA-2024-000101
Status: Draft — not approved
Version 1
CBSA-2024-000101
Event
Date / time
2024-03-05 14:30 UTC
Recorded
2026-11-25 12:00 UTC
Agency
CBSA
Unit
Vancouver International Mail Centre
Officers
Officer Zoë Tremblay
Officer Li Wei
Detection
Mail or courier interception
Place
Name
International Mail Centre
Place type
Post office / mail centre
Address
1 Mail Way
City
Richmond
Region
British Columbia
Country
Canada (CA)
Latitude,
longitude
49.1951, -123.1790
Route
Origin
China (CN)
Departure
China (CN)
Transit
Hong Kong (HK)
Japan (JP)
Destination
Canada (CA)
Path
China (CN) → China (CN) → Hong Kong (HK) → Japan (JP) → Canada (CA)
Routing
Inbound
Transport
Mail
Conveyance
EMS tracking EE123456789CN
Concealment
Goods: printer ink bottles
People
Role
Name
Date of birth
Nationality
Addressee
Jean-François Côté
1988-02-29
Canada (CA)
Sender
王小明
—
China (CN)
Exhibits (4)
No.
Kind /
form
Substance
Quantity
kg-eq.
Packages
Field
test
Lab result
CDSA
Hazard
01
Drug
Powder
Furanylfentanyl
lab-confirmed:
Carfentanil
white powder in
ink bottle, black
cap
12.50 g
Net
0.0125
kg
2
ink bottles
Positive
purity 3.5 %
lab Health
Canada DAS
cert.
DAS-24-0042
Sched.
I-16(3)
HAZARD
fentanyl-
class
02
Drug
Tablet
Fentanyl
blue M30
counterfeit tablets
~5000
tablets
—
—
—
—
Sched.
I-16(5)
HAZARD
fentanyl-
class
03
Equipment
Tablet press
1 unit
—
—
—
—
Sched.
IX-1
—
04
Drug
Powder
Heroin
unknown (g)
—
—
—
—
Sched.
I-1(10)
—
kg-eq.: kilogram-equivalent; "~" marks an estimate (a volume at 1 L = 1 kg, or a count at a typical unit mass).
A quantity marked "~" was entered as approximate.
CDSA: schedule-item of the Controlled Drugs and Substances Act (Canada) listing the substance, lab-confirmed first;
"class": covered only by a class item (e.g. I-16, fentanyls and their analogues).
Case CBSA-2024-000101 · Case incident report
Page 1 of 2
Generated 2026-11-25 12:00 UTC · printed by Sgt Sam Okafor (sam)
Audit chain hash abababababababababababababababababababababababababababababababab
"""


def test_page_one_text_matches_the_golden_copy(sample_case_app, pdf_pages):
    pdf, _ = build(sample_data(sample_case_app))
    lines = [line.strip() for line in pdf_pages(pdf)[0].splitlines() if line.strip()]
    assert lines == GOLDEN_PAGE_1.splitlines()


# -- draft mark, status ----------------------------------------------------------------------------------

def test_draft_mark_on_every_page_of_a_draft_and_none_on_an_approved_case(sample_case_app, users, pdf_pages, flat):
    draft = io.BytesIO()
    reports.case_report(sample_case_app, users["sam"], CASE, draft)
    texts = pdf_pages(draft.getvalue())
    assert all("DRAFT" in text for text in texts)

    workflow = Workflow(sample_case_app)
    workflow.submit(users["olga"], CASE)
    submitted = io.BytesIO()
    reports.case_report(sample_case_app, users["sam"], CASE, submitted)
    assert all("NOT APPROVED — SUBMITTED" in text for text in pdf_pages(submitted.getvalue()))

    workflow.approve(users["sam"], CASE)
    approved = io.BytesIO()
    reports.case_report(sample_case_app, users["sam"], CASE, approved)
    texts = pdf_pages(approved.getvalue())
    assert not any("DRAFT" in text or "NOT APPROVED" in text for text in texts)
    assert "Status: Approved by Sgt Sam Okafor (sam), 2026-11-25 12:00 UTC" in flat(texts[0])


def test_watermark_words():
    assert watermark_text(Case(status="draft")) == "DRAFT"
    assert watermark_text(Case(status="returned")) == "NOT APPROVED — RETURNED"
    assert watermark_text(Case(status="approved")) is None


# -- the audit trail, attachments, custody ---------------------------------------------------------------

def test_print_is_audited_with_the_chain_hash_printed(sample_case_app, users, pdf_pages, flat):
    before = sample_case_app._audit.latest_hash()
    out = io.BytesIO()
    pages = reports.case_report(sample_case_app, users["li"], CASE, out)
    entry = sample_case_app._audit.entries("case", CASE)[-1]
    assert (entry.action, entry.actor, entry.entity, entry.entity_id) == ("print", "li", "case", CASE)
    assert entry.detail["report"] == "case" and entry.detail["pages"] == pages
    assert entry.detail["chain_hash"] == before
    assert entry.detail["sha256"] == hashlib.sha256(out.getvalue()).hexdigest()
    texts = pdf_pages(out.getvalue())
    assert all(before in text for text in texts)  # every page footer anchors the chain
    assert f"verify --anchor {before}" in flat(" ".join(texts))
    assert sample_case_app.verify(anchor=before).ok
    again = io.BytesIO()
    reports.case_report(sample_case_app, users["li"], CASE, again)
    assert "Printed" in flat(" ".join(pdf_pages(again.getvalue())))  # the first print is in the history


def test_anyone_signed_in_may_print_an_unknown_case_is_not_found(sample_case_app, users):
    entries = len(sample_case_app._audit.entries())
    with pytest.raises(NotFound):
        reports.case_report(sample_case_app, users["sam"], "NO-SUCH-CASE", io.BytesIO())
    assert len(sample_case_app._audit.entries()) == entries
    assert reports.case_report(sample_case_app, users["ada"], CASE, io.BytesIO()) >= 1
    Accounts(sample_case_app).deactivate(users["ada"], "olga")  # after olga signed in: the database decides
    with pytest.raises(PermissionDenied, match="deactivated"):
        reports.case_report(sample_case_app, users["olga"], CASE, io.BytesIO())


def picture(tmp_path: Path) -> Path:
    path = tmp_path / "boot of the car.jpg"
    Image.new("RGB", (900, 600), (30, 60, 120)).save(path, quality=90)
    return path


def test_attachments_custody_and_workflow_are_printed(sample_case_app, users, tmp_path, pdf_pages, flat):
    olga, sam = users["olga"], users["sam"]
    attachments = Attachments(sample_case_app)
    photo = attachments.add(olga, CASE, picture(tmp_path), caption="Parcel as opened").value
    pdf_path = tmp_path / "lab certificate.pdf"
    pdf_path.write_bytes(b"%PDF-1.4 not really")
    certificate = attachments.add(olga, CASE, pdf_path, exhibit_number="01").value
    custody = Custody(sample_case_app)
    custody.record(olga, CASE, "01", CustodyEvent("seized", "2024-03-05T15:00", "", holder="Officer Olga Nowak",
                                                  location="Mail centre bench 4", weight="12.50 g"))
    custody.record(olga, CASE, "01", CustodyEvent("sealed", "2024-03-05T15:20", "", seal_number="SEAL-000042"))
    workflow = Workflow(sample_case_app)
    workflow.submit(olga, CASE)
    workflow.return_case(sam, CASE, "Add the scale certificate number")

    out = io.BytesIO()
    reports.case_report(sample_case_app, sam, CASE, out)
    texts = pdf_pages(out.getvalue())
    text = flat(" ".join(texts))
    for item in ("boot of the car.jpg", photo.sha256, "Parcel as opened", "lab certificate.pdf", certificate.sha256,
                 "Exhibit 01: 2 events", "Seized", "Mail centre bench 4", "12.50 g", "Sealed", "SEAL-000042",
                 "No custody events recorded for exhibits 02, 03, 04.", "Submitted", "Returned",
                 "Add the scale certificate number", "NOT APPROVED — RETURNED"):
        assert item in text, item
    images = [obj for page in PdfReader(io.BytesIO(out.getvalue())).pages
              for obj in (page["/Resources"].get("/XObject") or {}).values()
              if obj.get_object().get("/Subtype") == "/Image"]
    assert len(images) == 1  # the photo as a thumbnail; the PDF attachment listed only


def test_bytes_that_do_not_match_their_hash_are_flagged_and_not_shown(pdf_pages, flat):
    data = b"\x89PNG not the bytes that were hashed"
    fake = attachment_row("scene.png", "image/png", len(data), "0" * 64)
    pdf, _ = build(pure_data(long_case(1, 10), attachments=[(fake, data)]))
    assert "DO NOT MATCH THIS SHA-256" in flat(" ".join(pdf_pages(pdf)))


def test_audit_records_and_removed_attachments_are_listed(pdf_pages, flat):
    removed = attachment_row("old.jpg", "image/jpeg", 10, "1" * 64, removed_by="sam", removed_at="2026-11-24T09:00:00Z",
                             removed_reason="duplicate of photo 2")
    audit = [AuditRecord("2026-11-20T10:00:00Z", "olga", "submit", {"status": ["draft", "submitted"]}),
             AuditRecord("2026-11-21T10:00:00Z", "sam", "return", {"reason": "weigh again"}),
             AuditRecord("2026-11-22T10:00:00Z", "olga", "amend", {"reason": "scale fixed",
                                                                    "changes": {"narrative": ["a", "b"]}})]
    pdf, _ = build(pure_data(long_case(1, 10), audit=audit, attachments=[(removed, None)]))
    text = flat(" ".join(pdf_pages(pdf)))
    for item in ("weigh again", "scale fixed", "changed: narrative", "Draft → Submitted", "duplicate of photo 2",
                 "REMOVED", "2026-11-20 02:00 PST"):
        assert item in text, item


# -- helpers ---------------------------------------------------------------------------------------------

def test_text_helpers():
    zone = ZoneInfo("Europe/London")
    assert local_time("2024-07-01T09:30", zone) == "2024-07-01 09:30 BST"
    assert local_time("2024-07-01", zone) == "2024-07-01"
    assert local_time("sometime in July", zone) == "sometime in July"
    assert quantity_text(Quantity(Decimal("12.50"), "g")) == "12.50 g"
    assert quantity_text(Quantity(Decimal("5000"), "tablet", approximate=True)) == "~5000 tablets"
    assert quantity_text(Quantity(None, "g")) == "unknown (g)"
    catalogue = default_catalogue()
    assert hazard_text(Exhibit(hazard_flag=True, substance="Carfentanil"), catalogue) == "HAZARD — fentanyl-class"
    assert hazard_text(Exhibit(hazard_flag=True, substance="cocaine"), catalogue) == "HAZARD"
    assert hazard_text(Exhibit(hazard_flag=False, substance="fentanyl"), catalogue) is None


def test_emoji_print_as_themselves_in_an_embedded_font(pdf_pages, flat, pdf_fonts):
    case = long_case(exhibits=1, narrative=40)
    case.narrative = "Pills stamped 💊 in a box marked 🚢 ⚠ fragile"
    case.exhibits[0].description = "smiley 😀 press"
    pdf, _ = build(pure_data(case))
    text = flat(" ".join(pdf_pages(pdf)))
    for emoji in "💊🚢⚠😀":
        assert emoji in text
    fonts = pdf_fonts(pdf)
    assert any("Symbola" in name for name in fonts) and all(fonts.values())


def test_a_character_no_bundled_font_draws_prints_as_its_code_point_not_a_box(pdf_pages, flat):
    case = long_case(exhibits=1, narrative=40)
    case.narrative = "test tube 🧪 family 👨\u200d👩\u200d👧 flag 🇨🇦 red heart ❤️"
    pdf, _ = build(pure_data(case))
    text = flat(" ".join(pdf_pages(pdf)))
    assert "test tube [U+1F9EA]" in text  # Unicode 11: newer than the bundled symbol font
    assert "👨" in text and "👧" in text and "❤" in text and "🇨🇦" in text


def test_every_character_printed_is_drawn_by_a_font_that_has_it():
    from caseapp.reports.styles import _coverage, runs

    text = "Zoë 王小明 한국 💊 🧪 👨\u200d👩\u200d👧 ❤️ \u202eevil\u202c \U000e0101 tab\tend"
    for font, chunk in runs(text):
        assert all(ord(char) in _coverage(font) or char in "\t " for char in chunk), (font, chunk)


def test_an_imported_files_claims_are_its_word_not_the_cases_history(fresh_app, users, tmp_path, pdf_pages, flat):
    """Issue 12, finding 6: a draft claiming "created_by": "li", "approved_by": "sam" printed "Created li",
    "Approved sam" and pre-filled sam in the signature block, and li owned the case. The importer is the
    creator; the claims are kept apart and printed as the file's."""
    import json

    from caseapp.services.transfer import import_file

    forged = {"case_number": "X-2024-000009", "occurred_at": "2024-03-05", "location": {"country": "CA"},
              "exhibits": [{"substance": "cocaine", "quantity": "1", "unit": "kg"}], "status": "draft",
              "created_by": "li", "approved_by": "sam", "approved_at": "2024-03-06T09:00:00Z"}
    path = tmp_path / "forged.json"
    path.write_text(json.dumps({"cases": [forged]}), encoding="utf-8")
    assert import_file(fresh_app, path, actor="olga").value.committed
    case = fresh_app.get_case("X-2024-000009")
    assert (case.created_by, case.approved_by, case.approved_at) == ("olga", None, None)
    assert case.source.claims == (("created_by", "li"), ("approved_by", "sam"),
                                  ("approved_at", "2024-03-06T09:00:00Z"))
    with pytest.raises(PermissionDenied, match="only olga edits"):
        Workflow(fresh_app).update(users["li"], "X-2024-000009", case)
    out = io.BytesIO()
    reports.case_report(fresh_app, users["olga"], "X-2024-000009", out)
    text = flat(" ".join(pdf_pages(out.getvalue())))
    assert "Created Officer Olga Nowak (olga)" in text and "Approved not approved" in text
    assert "Per the imported file created by li; approved by sam 2024-03-06T09:00:00Z (as the file states" in text
    assert "Sgt Sam Okafor" not in text  # nowhere: not as approver, not in the signature block


def test_each_exhibit_names_its_cdsa_schedule(catalogue):
    from caseapp.core.model import Exhibit, LabResult
    from caseapp.reports.case_sections import schedule_text

    assert schedule_text(Exhibit(substance="heroin"), catalogue) == "Sched. I-1(10)"
    # the lab-confirmed substance decides; an analogue the Act does not name is covered by the class item
    unnamed = next(s for s in catalogue.substances.values()
                   if s.schedules and s.schedules[0].by_class and s.schedules[0].item == "16")
    assert schedule_text(Exhibit(substance="heroin", lab=LabResult(substance=unnamed.name)), catalogue) == \
        "Sched. I-16 (class)"
    assert schedule_text(Exhibit(substance="cannabis herb"), catalogue) == "—"
    assert schedule_text(Exhibit(substance="zzz unlisted herb"), catalogue) == "—"
    assert schedule_text(Exhibit(substance="heroin"), None) == "—"
