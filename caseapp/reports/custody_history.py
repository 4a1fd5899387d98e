"""The custody history of a case on its own (a hand-over package's paper): every exhibit's events, as the case
report prints them, under a short header naming the agency, the case and its status. Same page furniture as
the case report (running header, watermark of a case not approved, footer with the chain hash and pages).

Pure: reads the CaseReportData it is given, never the database or the clock."""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer

from caseapp.core.i18n import current_language, plural, translate
from caseapp.reports.case_data import CaseReportData
from caseapp.reports.case_layout import BOTTOM_MARGIN, MARGIN, PAGE, TOP_MARGIN, WIDTH, para, status_words
from caseapp.reports.case_records import custody_section
from caseapp.reports.case_report import _page_decorations
from caseapp.reports.styles import canvas_maker


def history_title() -> str:
    return translate("CustodyHistory", "Custody history")


def write_custody_history(data: CaseReportData, out: BinaryIO) -> int:
    """Write the custody history as PDF to `out`; returns the number of pages."""
    case = data.case
    number = case.case_number or ""
    on_page, footer = _page_decorations(data, history_title())
    doc = BaseDocTemplate(
        out, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN, title=f"{history_title()} {number}", author=data.printed_by,
        subject=translate("CustodyHistory", "{title}: case {number}, {agency}").format(
            title=history_title(), number=number, agency=data.agency),
        creator="caseapp", producer="caseapp (ReportLab)", invariant=1, lang=current_language(),
    )
    frame = Frame(MARGIN, BOTTOM_MARGIN, WIDTH, PAGE[1] - TOP_MARGIN - BOTTOM_MARGIN, leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate("page", frames=[frame], onPage=on_page, pagesize=PAGE)])
    story = [
        para(data.agency or "—", "h2"),
        para(translate("CustodyHistory", "{title} — case {number}").format(title=history_title(), number=number),
             "title"),
        para(translate("CustodyHistory", "Status: {status} · {exhibits}").format(
            status=status_words(case), exhibits=plural(len(case.exhibits), translate("CustodyHistory", "{n} exhibit"),
                                                       translate("CustodyHistory", "{n} exhibits"))), "body"),
        Spacer(1, 4 * mm),
        *custody_section(data),
    ]
    doc.build(story, canvasmaker=canvas_maker(footer=footer))
    return int(doc.page)
