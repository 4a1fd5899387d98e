"""The inventory audit report: one audit of a storage location on paper, for the evidence room's file and the
supervisor who signs it: where, when and by whom, the counts, the four lists (found, missing, unexpected with
where each is recorded, unknown codes) and the codes scanned twice, then signature lines.

A pure builder, as the case report: `write_inventory_report(InventoryReportData, out)` reads plain objects and
never the database or the clock; every value typed or scanned goes through `styles.markup` (escaped, drawn in a
font that covers it, wrapped)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any, BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Spacer, Table, TableStyle

from caseapp.core.i18n import current_language, translate
from caseapp.core.inventory import InventoryAudit, ShelfItem, substance_words, unknown_words, where_words
from caseapp.core.substances import Catalogue
from caseapp.reports.case_layout import BOTTOM_MARGIN, FONT, MARGIN, PAGE, TOP_MARGIN, WIDTH, grid, heading, para
from caseapp.reports.fitting import Text, fit_line
from caseapp.reports.styles import (
    GREY_TEXT,
    canvas_maker,
    draw_text,
    markup,
    pdf_time,
    rule,
    set_creation_date,
    styles,
)


@dataclass(frozen=True)
class InventoryReportData:
    audit: InventoryAudit
    agency: str
    zone: tzinfo
    generated_at: datetime
    printed_by: str
    auditor: str  # the auditor's name as printed ("Officer Olga Nowak (olga)")
    chain_hash: str
    catalogue: Catalogue | None = None  # substances printed in the language of the print


def title() -> str:
    return translate("InventoryReport", "Inventory audit report")


def _local(text: str, zone: tzinfo) -> str:
    """An audit's agency local time as printed, with its zone ('2026-11-25 14:30 PST'; the text as stored if it is
    not one)."""
    try:
        return pdf_time(datetime.fromisoformat(text).replace(tzinfo=zone))
    except ValueError:
        return text


def _header(data: InventoryReportData) -> list[Flowable]:
    audit, result = data.audit, data.audit.result
    pairs = [
        (translate("InventoryReport", "Location"), audit.location),
        (translate("InventoryReport", "Audit number"), str(audit.id)),
        (translate("InventoryReport", "Started"), _local(audit.started_at, data.zone)),
        (translate("InventoryReport", "Finished"), _local(audit.finished_at, data.zone)),
        (translate("InventoryReport", "Audited by"), data.auditor),
        (translate("InventoryReport", "Codes scanned"), str(len(result.scanned))),
    ]
    rows = [[para(label, "label"), para(value)] for label, value in pairs]
    table = Table(rows, colWidths=[40 * mm, WIDTH - 40 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    counts = [
        (translate("InventoryReport", "Found"), len(result.found)),
        (translate("InventoryReport", "Missing"), len(result.missing)),
        (translate("InventoryReport", "Unexpected"), len(result.unexpected)),
        (translate("InventoryReport", "Unknown codes"), len(result.unknown)),
        (translate("InventoryReport", "Scanned twice"), len(result.duplicates)),
    ]
    count_table = grid([[para(label, "cell_bold") for label, _ in counts],
                        [para(f"{value:,}".replace(",", " ")) for _, value in counts]], [WIDTH / mm / 5] * 5)
    verdict = (translate("InventoryReport", "Everything recorded at this location was found, and nothing else.")
               if result.clean else
               translate("InventoryReport", "Discrepancies: each missing exhibit stays in the queue of missing "
                                            "exhibits until a custody event with a reason accounts for it."))
    style = "body" if result.clean else "hazard"
    return [Text(markup(title()), styles()["title"]), Spacer(1, 4),
            para(translate("InventoryReport", "{agency} · evidence room").format(agency=data.agency), "small")
            if data.agency else Spacer(1, 0),
            Spacer(1, 6), table, Spacer(1, 8), count_table, Spacer(1, 6), para(verdict, style)]


def _items(title_text: str, items: tuple[ShelfItem, ...], *, where: bool, empty: str,
           catalogue: Catalogue | None) -> list[Flowable]:
    out = heading(f"{title_text} ({len(items)})")
    if not items:
        return [*out, para(empty, "small")]
    head = [translate("InventoryReport", "Case"), translate("InventoryReport", "Exhibit"),
            translate("InventoryReport", "Substance"), translate("InventoryReport", "Seal")]
    widths = [50.0, 18.0, 52.0, 30.0] if where else [60.0, 20.0, 70.0, 30.0]
    if where:
        head.append(translate("InventoryReport", "Custody record"))
        widths = [42.0, 16.0, 40.0, 26.0, 56.0]
    rows: list[list[Any]] = [[para(h, "cell_bold") for h in head]]
    for item in items:
        row = [para(item.case_number), para(item.exhibit_number), para(substance_words(item, catalogue) or "—"),
               para(item.seal_number or "—")]
        if where:
            row.append(para(where_words(item)))
        rows.append(row)
    return [*out, grid(rows, widths)]


def _unknown(data: InventoryReportData) -> list[Flowable]:
    result = data.audit.result
    out = heading(translate("InventoryReport", "Unknown codes ({count})").format(count=len(result.unknown)))
    if not result.unknown:
        return [*out, para(translate("InventoryReport", "None."), "small")]
    rows: list[list[Any]] = [[para(translate("InventoryReport", "Code as scanned"), "cell_bold"),
                              para(translate("InventoryReport", "Why it is unknown"), "cell_bold")]]
    rows += [[para(u.text), para(unknown_words(u.why))] for u in result.unknown]
    return [*out, grid(rows, [80.0, 100.0])]


def _duplicates(data: InventoryReportData) -> list[Flowable]:
    result = data.audit.result
    if not result.duplicates:
        return []
    return [*heading(translate("InventoryReport", "Scanned more than once ({count})").format(
        count=len(result.duplicates))), para(", ".join(result.duplicates), "small")]


def _signatures(data: InventoryReportData) -> list[Flowable]:
    line = ParagraphStyle("sig", parent=styles()["body"], leading=22)

    def block(role: str, name: str) -> list[Flowable]:
        return [
            Text(markup(role), ParagraphStyle("role", parent=styles()["label"], fontSize=10, leading=16)),
            Text(markup(translate("InventoryReport", "Name:")) + " " + (markup(name) if name else "_" * 38), line),
            Text(markup(translate("InventoryReport", "Date:")) + " " + "_" * 38, line),
            Text(markup(translate("InventoryReport", "Signature:")) + " " + "_" * 33, line),
        ]

    table = Table([[block(translate("InventoryReport", "Auditor"), data.auditor),
                    block(translate("InventoryReport", "Evidence room supervisor"), "")]],
                  colWidths=[WIDTH / 2] * 2)
    table.setStyle(TableStyle([FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 10)]))
    return [Spacer(1, 10), KeepTogether([para(translate("InventoryReport", "Signatures"), "h2"), table])]


def story(data: InventoryReportData) -> list[Flowable]:
    result = data.audit.result
    none = translate("InventoryReport", "None.")
    return [
        *_header(data),
        *_items(translate("InventoryReport", "Missing: recorded here, not scanned"), result.missing, where=False,
                empty=none, catalogue=data.catalogue),
        *_items(translate("InventoryReport", "Unexpected: scanned here, recorded elsewhere"), result.unexpected,
                where=True, empty=none, catalogue=data.catalogue),
        *_unknown(data),
        *_items(translate("InventoryReport", "Found"), result.found, where=False, empty=none, catalogue=data.catalogue),
        *_duplicates(data),
        *_signatures(data),
    ]


def _decorations(data: InventoryReportData) -> tuple[Any, Any]:
    width, height = PAGE
    generated = pdf_time(data.generated_at.astimezone(data.zone))
    running = fit_line(translate("InventoryReport", "{title} · {location} · audit {number}").format(
        title=title(), location=data.audit.location, number=data.audit.id), WIDTH, 7.5, 5)
    printed = fit_line(translate("InventoryReport", "Generated {moment} · printed by {person}").format(
        moment=generated, person=data.printed_by), WIDTH * 0.8, 6.5, 4.5)
    chain = fit_line(translate("InventoryReport", "Audit chain hash {hash}").format(hash=data.chain_hash), WIDTH,
                     6, 4.5)
    page_of = translate("InventoryReport", "Page {page} of {total}")

    def on_page(canvas: Canvas, doc: Any) -> None:
        if doc.page == 1:
            set_creation_date(canvas, data.generated_at)
        if doc.page > 1:
            canvas.saveState()
            y = height - 12 * mm
            draw_text(canvas, MARGIN, y, running[0], size=running[1])
            rule(canvas, MARGIN, width - MARGIN, y - 2.5)
            canvas.restoreState()

    def footer(canvas: Canvas, page: int, total: int) -> None:
        canvas.saveState()
        rule(canvas, MARGIN, width - MARGIN, 15 * mm)
        draw_text(canvas, width - MARGIN, 11 * mm, page_of.format(page=page, total=total), size=7.5, bold=True,
                  align="right")
        canvas.setFillColor(GREY_TEXT)
        draw_text(canvas, MARGIN, 11 * mm, printed[0], size=printed[1])
        draw_text(canvas, MARGIN, 7.5 * mm, chain[0], size=chain[1])
        canvas.restoreState()

    return on_page, footer


def write_inventory_report(data: InventoryReportData, out: BinaryIO) -> int:
    """Write the report as PDF to `out`; returns the number of pages."""
    on_page, footer = _decorations(data)
    doc = BaseDocTemplate(
        out, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN, title=f"{title()} {data.audit.location} {data.audit.id}",
        author=data.printed_by, subject=title(), creator="caseapp", producer="caseapp (ReportLab)", invariant=1,
        lang=current_language())
    frame = Frame(MARGIN, BOTTOM_MARGIN, WIDTH, PAGE[1] - TOP_MARGIN - BOTTOM_MARGIN, leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate("page", frames=[frame], onPage=on_page, pagesize=PAGE)])
    doc.build(story(data), canvasmaker=canvas_maker(footer=footer))
    return int(doc.page)

