"""Exhibit labels: one per exhibit on sheets or single pages, the barcode value printed, HAZARD on the
hazardous exhibits only, text that fits its label, embedded fonts, the same bytes, the audited print."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from caseapp.core.errors import CaseAppError, NotFound
from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.core.normalise import normalise_case
from caseapp.core.substances import default_catalogue
from caseapp.reports.labels import A4_2X7, ELLIPSIS, ExhibitLabel, exhibit_labels, fit_details, write_labels
from caseapp.services import reports
from caseapp.services.workflow import Workflow

CASE = "CBSA-2024-000101"
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def build(labels, *, sheet: bool, **kwargs) -> tuple[bytes, int]:
    out = io.BytesIO()
    pages = write_labels(labels, out, sheet=sheet, generated_at=NOW, **kwargs)
    return out.getvalue(), pages


def many(count: int, *, hazard_every: int = 3) -> list[ExhibitLabel]:
    return [ExhibitLabel("MANY-2026-000001", f"{n:02d}", "Cocaine, powder", f"{n}.5 g net", "2026-11-20 10:00",
                         "Officer Olga Nowak", "HAZARD" if n % hazard_every == 0 else None)
            for n in range(1, count + 1)]


def test_one_single_label_page_per_exhibit_with_hazard_only_where_flagged(sample_case_app, users, pdf_pages, flat):
    out = io.BytesIO()
    pages = reports.labels(sample_case_app, users["olga"], CASE, out, sheet=False)
    texts = [flat(t) for t in pdf_pages(out.getvalue())]
    assert pages == len(texts) == 4
    for number, text in zip(("01", "02", "03", "04"), texts, strict=True):
        assert f"{CASE}/{number}" in text  # the barcode's value, printed under it
        assert f"Case {CASE} · Exhibit {number}" in text
        assert "Seized 2024-03-05 14:30" in text
        assert "Officer Zoë Tremblay; Officer Li Wei" in text
    assert [("HAZARD — fentanyl-class" in t) for t in texts] == [True, True, False, False]
    assert [("HAZARD" in t) for t in texts] == [True, True, False, False]
    assert "Furanylfentanyl, powder (lab: Carfentanil)" in texts[0]
    assert "12.50 g net, 2 packages" in texts[0]
    assert "~5000 tablets" in texts[1]
    assert "unknown (g)" in texts[3]
    box = PdfReader(io.BytesIO(out.getvalue())).pages[0].mediabox
    assert (round(float(box.width) / mm), round(float(box.height) / mm)) == (100, 60)


def test_a_sheet_holds_every_label_of_the_case(sample_case_app, users, pdf_pages, flat):
    out = io.BytesIO()
    pages = reports.labels(sample_case_app, users["olga"], CASE, out, sheet=True)
    texts = pdf_pages(out.getvalue())
    assert pages == len(texts) == 1
    text = flat(texts[0])
    assert all(f"{CASE}/{n}" in text for n in ("01", "02", "03", "04"))
    assert text.count("HAZARD — fentanyl-class") == 2
    assert "sheet 1 of 1" in text


def test_many_labels_take_several_sheets_of_fourteen(pdf_pages, flat):
    labels = many(30)
    pdf, pages = build(labels, sheet=True, footer="Case MANY-2026-000001 exhibit labels")
    texts = [flat(t) for t in pdf_pages(pdf)]
    assert A4_2X7.per_page == 14 and pages == len(texts) == 3
    for page, text in enumerate(texts):
        shown = labels[page * 14:(page + 1) * 14]
        assert all(label.value in text for label in shown)
        assert text.count("HAZARD") == sum(1 for label in shown if label.hazard)
        assert f"sheet {page + 1} of 3" in text


def test_labels_are_deterministic_and_use_embedded_fonts_only(pdf_fonts):
    labels = many(16) + [ExhibitLabel("CJK-1", "01", "王小明的粉末", "1 g", "2026-11-20", "Zoë", "HAZARD")]
    for sheet in (True, False):
        first, _ = build(labels, sheet=sheet)
        second, _ = build(labels, sheet=sheet)
        assert first == second
        fonts = pdf_fonts(first)
        assert fonts and all(fonts.values()), fonts
        assert not any("Helvetica" in name or "Courier" in name for name in fonts)
        assert any("DroidSansFallback" in name for name in fonts)


def test_long_text_is_shrunk_or_shortened_never_spilled(pdf_pages, flat):
    fits = ExhibitLabel("LONG-2026-000001", "01", "4-fluoro-alpha-pyrrolidinovalerophenone hydrochloride, powder",
                        "1234.5678 g gross, 12 packages", "2026-11-20 10:00", "Officer Jean-François Côté-Tremblay",
                        "HAZARD — fentanyl-class")
    absurd = ExhibitLabel("LONG-2026-000001", "02", "substance " * 200, "1 g", "2026-11-20", "officer " * 100, None)
    for sheet in (True, False):
        pdf, pages = build([fits, absurd], sheet=sheet)
        texts = [flat(t) for t in pdf_pages(pdf)]
        text = " ".join(texts)
        assert fits.substance in text and fits.officer in text  # shrunk or wrapped at spaces, but whole
        assert ELLIPSIS in text  # the absurd one is shortened, marked as such
        assert "LONG-2026-000001/02" in text
    width, height = 60 * mm, 15 * mm
    paragraph = fit_details(absurd, width, height, 7.5)
    assert paragraph.wrap(width, height)[1] <= height


def test_a_value_code128_cannot_carry_gets_the_qr_code_alone(pdf_pages, flat):
    label = ExhibitLabel("ZOË-2026-王", "01", "Cocaine", "1 g", "2026-11-20", "Zoë")
    pdf, _ = build([label], sheet=False)
    text = "".join(pdf_pages(pdf)[0].split())  # pypdf puts a space where the font changes
    assert "ZOË-2026-王/01(QRonly)" in text


def test_exhibit_labels_from_a_case():
    catalogue = default_catalogue()
    case = normalise_case(Case(occurred_at="2026-11-20T10:00", case_number="X-1", officers=["Olga"],
                               location=Location(country="CA"),
                               exhibits=[Exhibit(substance="cocaine", quantity=Quantity(None, "g"), hazard=True),
                                         Exhibit(kind="currency", description="CAD banknotes",
                                                 quantity=Quantity(15000, "unit"))]), catalogue)
    for index, exhibit in enumerate(case.exhibits, start=1):
        exhibit.number = f"{index:02d}"
    first, second = exhibit_labels(case, catalogue, ZoneInfo("UTC"))
    assert (first.value, first.hazard, first.quantity) == ("X-1/01", "HAZARD", "unknown (g)")
    assert (second.substance, second.hazard) == ("Currency: CAD banknotes", None)


def test_printing_labels_is_audited(sample_case_app, users):
    before = sample_case_app._audit.latest_hash()
    out = io.BytesIO()
    pages = reports.labels(sample_case_app, users["sam"], CASE, out, sheet=True)
    entry = sample_case_app._audit.entries("case", CASE)[-1]
    assert (entry.action, entry.actor) == ("print", "sam")
    assert {k: entry.detail[k] for k in ("report", "pages", "chain_hash", "layout", "labels")} == {
        "report": "labels", "pages": pages, "chain_hash": before, "layout": "sheet", "labels": 4}
    meta = PdfReader(io.BytesIO(out.getvalue())).metadata
    assert (meta.title, meta.author) == (f"Exhibit labels {CASE}", "Sgt Sam Okafor (sam)")


def test_unknown_case_or_no_exhibits_prints_nothing(sample_case_app, users):
    entries = len(sample_case_app._audit.entries())
    with pytest.raises(NotFound):
        reports.labels(sample_case_app, users["olga"], "NO-SUCH-CASE", io.BytesIO(), sheet=True)
    empty = Workflow(sample_case_app).create(users["olga"], Case(occurred_at="2026-11-20T10:00",
                                                            location=Location(country="CA"))).value
    out = io.BytesIO()
    with pytest.raises(CaseAppError):
        reports.labels(sample_case_app, users["olga"], empty.case_number, out, sheet=True)
    assert out.getvalue() == b""
    assert len(sample_case_app._audit.entries()) == entries + 1  # the create, no print
