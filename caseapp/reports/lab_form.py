"""The request for analysis: the form that goes to the lab with the exhibits of one lab request.

A4, in the language of the print: the request (number, agency, case, lab, date, submitting officer, tests
asked, notes), each exhibit (description, seal, gross weight, sample weight, hazard mark) and the chain of
custody signature lines (released by, carried by, received at the lab). Pure: `write_lab_form(data, out)`
reads neither the database nor the clock; user text is escaped, fonts embedded, output byte-identical for
the same data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from caseapp.core import vocab
from caseapp.core.i18n import translate
from caseapp.core.substances import Catalogue
from caseapp.reports.styles import (
    GREY_TEXT,
    HAZARD_RED,
    HEADER_FILL,
    RULE,
    SANS,
    canvas_maker,
    draw_text,
    markup,
    pdf_time,
    rule,
    set_creation_date,
    styles,
)
from caseapp.reports.values import hazard_text, local_time, or_dash

MARGIN = 15 * mm
FONT = ("FONTNAME", (0, 0), (-1, -1), SANS)  # empty cells too, or an unembedded Helvetica appears
WIDTH = A4[0] - 2 * MARGIN
RED = "#" + HAZARD_RED.hexval()[2:]


@dataclass(frozen=True)
class LabFormItem:
    exhibit_number: str
    description: str  # substance as suspected, form and the officer's description
    seal_number: str
    gross_weight: str
    sample_weight: str
    hazard: str | None


@dataclass(frozen=True)
class LabFormData:
    request_number: str
    agency: str
    case_number: str
    lab: str
    submitted_at: str  # naive agency-local ISO time the exhibits were sent
    officer: str  # the submitting officer, as printed
    tests: str
    notes: str
    items: tuple[LabFormItem, ...]
    zone: tzinfo
    generated_at: datetime
    printed_by: str
    chain_hash: str


def items_of(request: Any, catalogue: Catalogue) -> tuple[LabFormItem, ...]:
    """The form's rows from a services.lab.LabRequest (its exhibits and their sent_to_lab events)."""
    rows = []
    for item in request.items:
        exhibit = item.exhibit
        form = vocab.FORM.display(exhibit.form)
        text = ", ".join(part for part in (catalogue.display(exhibit.substance), form.lower()) if part)
        if exhibit.description.strip():
            text = f"{text}\n{exhibit.description.strip()}" if text else exhibit.description.strip()
        rows.append(LabFormItem(exhibit.number or "", text, item.seal_number, item.gross_weight,
                                item.event.sample_weight, hazard_text(exhibit, catalogue)))
    return tuple(rows)


def title() -> str:
    return translate("LabForm", "Request for analysis")


def _para(text: object, style: str = "cell", *, bold: bool = False) -> Paragraph:
    return Paragraph(markup(or_dash(text), bold=bold), styles()[style])


def _head(text: str) -> Paragraph:
    return Paragraph(markup(text), styles()["label"])


def _request_table(data: LabFormData) -> Table:
    rows = [
        (translate("LabForm", "Request number"), data.request_number, translate("LabForm", "Agency"), data.agency),
        (translate("LabForm", "Case"), data.case_number, translate("LabForm", "Laboratory"), data.lab),
        (translate("LabForm", "Submitted"), local_time(data.submitted_at, data.zone),
         translate("LabForm", "Submitting officer"), data.officer),
    ]
    cells: list[list[Any]] = [[_head(a), _para(b, bold=True), _head(c), _para(d)] for a, b, c, d in rows]
    cells.append([_head(translate("LabForm", "Analysis requested")), _para(data.tests), "", ""])
    cells.append([_head(translate("LabForm", "Notes")), _para(data.notes), "", ""])
    table = Table(cells, colWidths=[32 * mm, 58 * mm, 32 * mm, WIDTH - 122 * mm])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, RULE), FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL), ("BACKGROUND", (2, 0), (2, 2), HEADER_FILL),
        ("SPAN", (1, 3), (3, 3)), ("SPAN", (1, 4), (3, 4)),
    ]))
    return table


def _items_table(data: LabFormData) -> Table:
    header = [_head(t) for t in (translate("LabForm", "Exhibit"), translate("LabForm", "Description"),
                                 translate("LabForm", "Seal"), translate("LabForm", "Gross weight"),
                                 translate("LabForm", "Sample weight"), translate("LabForm", "Hazard"))]
    rows: list[list[Any]] = [header]
    for item in data.items:
        rows.append([_para(item.exhibit_number, bold=True), _para(item.description), _para(item.seal_number),
                     _para(item.gross_weight), _para(item.sample_weight),
                     Paragraph(f'<font color="{RED}">{markup(item.hazard, bold=True)}</font>',
                               styles()["cell"]) if item.hazard else _para("")])
    table = Table(rows, colWidths=[16 * mm, WIDTH - 126 * mm, 28 * mm, 26 * mm, 26 * mm, 30 * mm], repeatRows=1)
    style = [("GRID", (0, 0), (-1, -1), 0.5, RULE), FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL)]
    table.setStyle(TableStyle(style))
    return table


def _signatures_table() -> Table:
    header = [_head(t) for t in (translate("LabForm", "Chain of custody"), translate("LabForm", "Name"),
                                 translate("LabForm", "Signature"), translate("LabForm", "Date and time"))]
    roles = (translate("LabForm", "Released by (submitting officer)"), translate("LabForm", "Carried by"),
             translate("LabForm", "Received at the laboratory by"))
    rows: list[list[Any]] = [header, *([_para(r), "", "", ""] for r in roles)]
    table = Table(rows, colWidths=[52 * mm, 46 * mm, 46 * mm, WIDTH - 144 * mm],
                  rowHeights=[None, 14 * mm, 14 * mm, 14 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, RULE), FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL)]))
    return table


def write_lab_form(data: LabFormData, out: BinaryIO) -> int:
    """Write the form as PDF to `out`; returns the number of pages."""
    sheet = styles()
    printed = translate("LabForm", "Printed {moment} by {person} · audit chain hash {hash}").format(
        moment=pdf_time(data.generated_at.astimezone(data.zone)), person=data.printed_by, hash=data.chain_hash)
    page_of = translate("LabForm", "Page {page} of {total}")
    footer_left = translate("LabForm", "{title} {number} · case {case}").format(
        title=title(), number=data.request_number, case=data.case_number)

    def on_page(canvas: Canvas, doc: Any) -> None:
        if doc.page == 1:
            set_creation_date(canvas, data.generated_at)

    def footer(canvas: Canvas, page: int, total: int) -> None:
        canvas.saveState()
        rule(canvas, MARGIN, A4[0] - MARGIN, 15 * mm)
        canvas.setFillColor(colors.black)
        draw_text(canvas, MARGIN, 11 * mm, footer_left, size=7.5, bold=True)
        draw_text(canvas, A4[0] - MARGIN, 11 * mm, page_of.format(page=page, total=total), size=7.5, bold=True,
                  align="right")
        canvas.setFillColor(GREY_TEXT)
        draw_text(canvas, MARGIN, 7 * mm, printed, size=5.5)
        canvas.restoreState()

    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                          bottomMargin=20 * mm, title=f"{title()} {data.request_number}", author=data.printed_by,
                          subject=data.case_number, creator="caseapp", invariant=1)
    doc.addPageTemplates([PageTemplate("form", [Frame(MARGIN, 20 * mm, WIDTH, A4[1] - MARGIN - 20 * mm, id="body",
                                                      leftPadding=0, rightPadding=0)], onPage=on_page)])
    story = [
        Paragraph(markup(title(), bold=True), sheet["title"]),
        Paragraph(markup(translate("LabForm", "{agency} · case {case} · request {number}").format(
            agency=data.agency, case=data.case_number, number=data.request_number)), sheet["body"]),
        Spacer(1, 5 * mm), _request_table(data),
        Paragraph(markup(translate("LabForm", "Exhibits submitted ({count})").format(count=len(data.items))),
                  sheet["h2"]),
        _items_table(data),
        Paragraph(markup(translate("LabForm", "Chain of custody")), sheet["h2"]),
        Paragraph(markup(translate("LabForm", "Each person who takes the exhibits signs below, with the date and "
                                              "time; the seals are checked intact at each hand-over.")),
                  sheet["small"]),
        Spacer(1, 2 * mm), _signatures_table(),
    ]
    pages: list[int] = []
    def counted_footer(canvas: Canvas, page: int, total: int) -> None:
        pages.append(total)
        footer(canvas, page, total)

    maker = canvas_maker(footer=counted_footer)
    doc.build(story, canvasmaker=maker)
    return pages[-1] if pages else 1
