"""The receipt of a hand-over by scanning: who received which exhibits from whom, when, recorded by whom, with
lines for the two signatures. Pure: the caller gives what it prints."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Spacer, Table, TableStyle

from caseapp.core.i18n import current_language, translate
from caseapp.reports.fitting import text
from caseapp.reports.styles import (
    GREY_TEXT,
    HEADER_FILL,
    RULE,
    SANS,
    canvas_maker,
    draw_text,
    set_creation_date,
    styles,
)

PAGE = A4
MARGIN = 18 * mm
WIDTH = PAGE[0] - 2 * MARGIN


@dataclass(frozen=True)
class ReceiptLine:
    exhibit: str  # "CASE/NN"
    substance: str
    holder: str  # before the hand-over
    location: str  # before the hand-over


@dataclass(frozen=True)
class ReceiptData:
    to_kind: str  # "location" or "person"
    to: str  # "VAULT-A.3 - Vault A, shelf 3" or "Officer Li Wei (li)"
    at: str  # the events' time, as printed
    recorded_by: str
    agency: str
    lines: Sequence[ReceiptLine]
    printed_at: str  # when printed, as printed
    chain_hash: str


def _title() -> str:
    return translate("Receipt", "Custody receipt")


def _facts(data: ReceiptData) -> Table:
    st = styles()
    to_label = translate("Receipt", "Stored at") if data.to_kind == "location" else translate("Receipt",
                                                                                           "Transferred to")
    rows = [(to_label, data.to), (translate("Receipt", "Time"), data.at),
            (translate("Receipt", "Recorded by"), data.recorded_by),
            (translate("Receipt", "Exhibits"), str(len(data.lines)))]
    if data.agency:
        rows.append((translate("Receipt", "Agency"), data.agency))
    table = Table([[text(k, st["label"]), text(v, st["body"], bold=i == 0)] for i, (k, v) in enumerate(rows)],
                  colWidths=[38 * mm, WIDTH - 38 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                               ("FONTNAME", (0, 0), (-1, -1), SANS)]))  # else the cells name a Helvetica
    return table


def _exhibits(data: ReceiptData) -> Table:
    st = styles()
    head = [translate("Receipt", "#"), translate("Receipt", "Exhibit"), translate("Receipt", "Substance"),
            translate("Receipt", "Held by before"), translate("Receipt", "Location before")]
    rows: list[list[object]] = [[text(h, st["cell_bold"]) for h in head]]
    for number, line in enumerate(data.lines, start=1):
        rows.append([text(str(number), st["cell"]), text(line.exhibit, st["cell_bold"]),
                     text(line.substance, st["cell"]), text(line.holder, st["cell"]), text(line.location, st["cell"])])
    widths = [9 * mm, 50 * mm, 38 * mm, (WIDTH - 97 * mm) / 2, (WIDTH - 97 * mm) / 2]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL), ("GRID", (0, 0), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), SANS)]))
    return table


class _Signatures(Flowable):
    """Two signature blocks side by side: name, signature and date lines."""

    def __init__(self, titles: tuple[str, str]) -> None:
        super().__init__()
        self.titles = titles
        self.width, self.height = WIDTH, 42 * mm

    def draw(self) -> None:
        canvas: Canvas = self.canv
        half = (WIDTH - 10 * mm) / 2
        for index, title in enumerate(self.titles):
            x = index * (half + 10 * mm)
            canvas.setFillColor(colors.black)
            draw_text(canvas, x, self.height - 4 * mm, title, size=10, bold=True)
            for row, caption in enumerate((translate("Receipt", "Name"), translate("Receipt", "Signature"),
                                           translate("Receipt", "Date and time"))):
                y = self.height - 16 * mm - row * 11 * mm
                canvas.setStrokeColor(RULE)
                canvas.setLineWidth(0.5)
                canvas.line(x, y, x + half, y)
                canvas.setFillColor(GREY_TEXT)
                draw_text(canvas, x, y - 3.2 * mm, caption, size=7)


def write_receipt(data: ReceiptData, out: BinaryIO, *, generated_at: datetime) -> int:
    """Write the receipt as PDF to `out`; returns the number of pages."""
    st = styles()

    def footer(canvas: Canvas, number: int, total: int) -> None:
        set_creation_date(canvas, generated_at)
        canvas.saveState()
        canvas.setFillColor(GREY_TEXT)
        draw_text(canvas, MARGIN, 10 * mm, translate("Receipt", "Printed {moment} · audit chain {chain}").format(
            moment=data.printed_at, chain=data.chain_hash[:16]), size=6.5)
        draw_text(canvas, PAGE[0] - MARGIN, 10 * mm, translate("Receipt", "Page {page} of {total}").format(
            page=number, total=total), size=6.5, align="right")
        canvas.restoreState()

    doc = BaseDocTemplate(out, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                          bottomMargin=18 * mm, title=_title(), author=data.recorded_by,
                          subject=f"{_title()}: {data.to}", creator="caseapp", producer="caseapp (ReportLab)",
                          invariant=1, lang=current_language())
    frame = Frame(MARGIN, 18 * mm, WIDTH, PAGE[1] - MARGIN - 18 * mm, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate("page", frames=[frame], pagesize=PAGE)])
    giver = translate("Receipt", "Handed over by") if data.to_kind == "person" else translate("Receipt",
                                                                                          "Placed by")
    taker = translate("Receipt", "Received by") if data.to_kind == "person" else translate("Receipt", "Witness")
    story = [text(_title(), st["title"]), Spacer(1, 4 * mm), _facts(data), Spacer(1, 5 * mm), _exhibits(data),
             Spacer(1, 8 * mm), KeepTogether([_Signatures((giver, taker))])]
    doc.build(story, canvasmaker=canvas_maker(footer=footer))
    return int(doc.page)
