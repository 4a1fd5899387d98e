"""The case incident report: everything recorded about one case, as a PDF a supervisor signs and a court
or a lab reads.

A pure builder: `write_case_report(CaseReportData, out)` reads plain objects (the Case, custody events,
attachment metadata and bytes, audit records) and never the database, the clock or the machine's zone:
the generation time and the agency time zone are passed in, so with the same input the bytes are the same.

Every officer-typed value goes through `styles.markup` into a Paragraph (escaped, drawn in a font that
covers it, wrapped) and is never cut short: long tables repeat their header row on each page and split
inside a row, a long narrative flows over pages. A case that is not approved carries a diagonal
"DRAFT" (or "NOT APPROVED — <status>") on every page.
"""

from __future__ import annotations

from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from caseapp.core.i18n import current_language, translate
from caseapp.core.model import Case
from caseapp.reports.case_data import CaseReportData
from caseapp.reports.case_layout import BOTTOM_MARGIN, MARGIN, PAGE, TOP_MARGIN, WIDTH, status_words, title
from caseapp.reports.case_numbers import numbers_section
from caseapp.reports.case_records import attachments_section, audit_section, custody_section, signatures_section
from caseapp.reports.case_sections import (
    event_section,
    exhibits_section,
    header_section,
    narrative_section,
    people_section,
    place_section,
    route_section,
)
from caseapp.reports.fitting import CELL_BUDGET, CellBudget, fit_line
from caseapp.reports.styles import (
    DRAFT_GREY,
    GREY_TEXT,
    canvas_maker,
    draw_text,
    pdf_time,
    rule,
    set_creation_date,
)

# Table cells print every value whole while the report's values longer than CELL_SHORT_CHARS add up to at
# most CELL_BUDGET_CHARS (about 60 pages of narrow columns); after that such a value prints its first
# CELL_SHORT_CHARS and says how many more characters the database holds (see fitting.CellBudget).
CELL_BUDGET_CHARS = 100_000
CELL_SHORT_CHARS = 100


def watermark_text(case: Case) -> str | None:
    """'DRAFT' for a draft, 'NOT APPROVED — <STATUS>' for anything else not approved, None when approved."""
    if case.status == "approved":
        return None
    if case.status == "draft":
        return translate("CaseReport", "DRAFT")
    return translate("CaseReport", "NOT APPROVED — {status}").format(status=status_words(case).upper())



def _page_decorations(data: CaseReportData, heading: str | None = None) -> tuple[Any, Any]:
    """(on every page as it begins: watermark and running header, footer with "page X of Y"); `heading`: the
    paper's title when it is not the case report (the custody history)."""
    case = data.case
    mark = watermark_text(case)
    number = case.case_number or ""
    generated = pdf_time(data.generated_at.astimezone(data.zone))
    width, height = PAGE
    # one-line texts, fitted once: shrunk to a smallest size, then cut with "…" (the body prints them whole)
    running = fit_line(translate("CaseReport", "{agency} · {title} · case {number}").format(
        agency=data.agency, title=heading or title(), number=number), WIDTH * 0.68, 7.5, 5)
    footer_left = fit_line(translate("CaseReport", "Case {number} · {title}").format(
        number=number, title=heading or title()), WIDTH * 0.8, 7.5, 5, bold=True)
    printed = fit_line(translate("CaseReport", "Generated {moment} · printed by {person}").format(
        moment=generated, person=data.printed_by), WIDTH, 6.5, 4.5)
    chain = fit_line(translate("CaseReport", "Audit chain hash {hash}").format(hash=data.chain_hash), WIDTH, 6, 4.5)
    page_of = translate("CaseReport", "Page {page} of {total}")

    def on_page(canvas: Canvas, doc: Any) -> None:
        if doc.page == 1:
            set_creation_date(canvas, data.generated_at)
        canvas.saveState()
        if mark:
            shown, size = fit_line(mark, (width ** 2 + height ** 2) ** 0.5 * 0.55, 120, 20, bold=True)
            canvas.translate(width / 2, height / 2)
            canvas.rotate(54.7)
            canvas.setFillColor(DRAFT_GREY)
            draw_text(canvas, 0, -size / 3, shown, size=size, bold=True, align="centre")
        canvas.restoreState()
        if doc.page > 1:
            canvas.saveState()
            y = height - 12 * mm
            status, status_size = fit_line(status_words(case) + ("" if case.status == "approved"
                                                                  else translate("CaseReport", " (NOT APPROVED)")),
                                           WIDTH * 0.3, 7.5, 5, bold=case.status != "approved")
            draw_text(canvas, width - MARGIN, y, status, size=status_size, bold=case.status != "approved",
                      align="right")
            draw_text(canvas, MARGIN, y, running[0], size=running[1])
            rule(canvas, MARGIN, width - MARGIN, y - 2.5)
            canvas.restoreState()

    def footer(canvas: Canvas, page: int, total: int) -> None:
        canvas.saveState()
        rule(canvas, MARGIN, width - MARGIN, 15 * mm)
        canvas.setFillColor(colors.black)
        left, left_size = footer_left
        draw_text(canvas, MARGIN, 11 * mm, left, size=left_size, bold=True)
        draw_text(canvas, width - MARGIN, 11 * mm, page_of.format(page=page, total=total), size=7.5, bold=True,
                  align="right")
        canvas.setFillColor(GREY_TEXT)
        line, line_size = printed
        draw_text(canvas, MARGIN, 7.5 * mm, line, size=line_size)
        hash_line, hash_size = chain
        draw_text(canvas, MARGIN, 4.5 * mm, hash_line, size=hash_size)
        canvas.restoreState()

    return on_page, footer


def story(data: CaseReportData) -> list[Flowable]:
    """The report's flowables, in order."""
    return [
        header_section(data), *event_section(data), *numbers_section(data), *place_section(data), *route_section(data),
        *people_section(data), *exhibits_section(data), *narrative_section(data), *attachments_section(data),
        *custody_section(data), *audit_section(data), *signatures_section(data),
    ]


def write_case_report(data: CaseReportData, out: BinaryIO) -> int:
    """Write the report as PDF to `out`; returns the number of pages."""
    case = data.case
    number = case.case_number or ""
    on_page, footer = _page_decorations(data)
    doc = BaseDocTemplate(
        out, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN, title=f"{title()} {number}", author=data.printed_by,
        subject=translate("CaseReport", "{title}: case {number}, {agency}, {status}").format(
            title=title(), number=number, agency=data.agency, status=status_words(case).lower()),
        keywords=[title().lower(), number, data.agency, status_words(case).lower()],
        creator="caseapp", producer="caseapp (ReportLab)", invariant=1, lang=current_language(),
    )
    frame = Frame(MARGIN, BOTTOM_MARGIN, WIDTH, PAGE[1] - TOP_MARGIN - BOTTOM_MARGIN, leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate("page", frames=[frame], onPage=on_page, pagesize=PAGE)])
    token = CELL_BUDGET.set(CellBudget(CELL_BUDGET_CHARS, CELL_SHORT_CHARS))
    try:
        flowables = story(data)
    finally:
        CELL_BUDGET.reset(token)
    doc.build(flowables, canvasmaker=canvas_maker(footer=footer))
    return int(doc.page)

