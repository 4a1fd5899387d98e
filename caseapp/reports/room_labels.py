"""Labels of the evidence room: a storage location's (``LOC:CODE``) and a person's badge (``PER:LOGIN``), each as
Code 128 and QR with the name in big type, on the exhibit labels' A4 sheet of 2 x 7 (reports.labels) or one
label to a 100 x 60 mm page. Pure: the caller gives the labels' text; nothing here reads the database."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from caseapp.core.i18n import plural, translate
from caseapp.reports.barcodes import code128, draw_qr
from caseapp.reports.fitting import fit_line
from caseapp.reports.labels import A4_2X7, SINGLE_LABEL, SheetLayout, open_label_box
from caseapp.reports.styles import GREY_TEXT, draw_text, make_canvas, set_creation_date


@dataclass(frozen=True)
class RoomLabel:
    value: str  # what the codes carry: "LOC:VAULT-A.3" or "PER:olga"
    name: str  # in big type: the location's or the person's name
    details: str  # one line under it: "Shelf · in VAULT-A", "Badge 4411 · officer"


def draw_room_label(canvas: Canvas, label: RoomLabel, x: float, y: float, w: float, h: float, *,
                    outline: bool = False) -> None:
    """One label in the box (x, y, w, h): name, details, Code 128 with its value under it, QR on the right."""
    scale = open_label_box(canvas, x, y, w, h, outline=outline)
    pad = 2.4 * mm
    ix, iy, iw, ih = x + pad, y + pad, w - 2 * pad, h - 2 * pad
    qr = min(ih, iw * 0.3)
    draw_qr(canvas, label.value, ix + iw - qr, iy + ih - qr, qr, border=1)
    left = iw - qr - 2 * mm
    top = iy + ih
    canvas.setFillColor(colors.black)
    name, size = fit_line(label.name, left, 15 * scale, 6, bold=True)
    draw_text(canvas, ix, top - size * 0.85, name, size=size, bold=True)
    top -= size * 1.15
    details, small = fit_line(label.details, left, 8 * scale, 5)
    canvas.setFillColor(GREY_TEXT)
    draw_text(canvas, ix, top - small * 0.9, details, size=small)
    top -= small * 1.4 + 1 * mm
    caption = 7 * min(scale, 1.25)
    floor = iy + caption * 1.35
    bars = code128(label.value, left, min(14 * mm, top - floor), max_bar=0.45 * mm)
    canvas.setFillColor(colors.black)
    if bars is not None:
        bars.drawOn(canvas, ix, floor)
    text, fitted = fit_line(label.value, left, caption, 4, bold=True)
    canvas.setFillColor(colors.black)
    draw_text(canvas, ix, iy + 0.3, text, size=fitted, bold=True)
    canvas.restoreState()


def write_room_labels(labels: Sequence[RoomLabel], out: BinaryIO, *, sheet: bool = True,
                      layout: SheetLayout = A4_2X7, single: tuple[float, float] = SINGLE_LABEL, title: str,
                      author: str = "", footer: str = "", generated_at: datetime | None = None) -> int:
    """The labels as PDF to `out`, on sheets or one to a page; returns the number of pages."""
    pagesize = layout.page if sheet else single
    canvas = make_canvas(filename=out, pagesize=pagesize)
    if generated_at is not None:
        set_creation_date(canvas, generated_at)
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setSubject(f"{title}: " + plural(len(labels), translate("Labels", "{n} label"),
                                            translate("Labels", "{n} labels")))
    canvas.setCreator("caseapp")
    canvas.setProducer("caseapp (ReportLab)")
    pages = 0
    if not sheet:
        for label in labels:
            draw_room_label(canvas, label, 0, 0, single[0], single[1])
            canvas.showPage()
            pages += 1
        canvas.save()
        return pages
    total = max(1, -(-len(labels) // layout.per_page))
    for page in range(total):
        chunk = labels[page * layout.per_page:(page + 1) * layout.per_page]
        for index, label in enumerate(chunk):
            row, column = divmod(index, layout.columns)
            x = layout.left + column * (layout.label_w + layout.gap_x)
            y = layout.page[1] - layout.top - (row + 1) * layout.label_h - row * layout.gap_y
            draw_room_label(canvas, label, x, y, layout.label_w, layout.label_h)
        sheet_text = translate("Labels", "sheet {page} of {total}").format(page=page + 1, total=total)
        text = f"{footer} · {sheet_text}" if footer else sheet_text
        canvas.setFillColor(GREY_TEXT)
        bottom = layout.page[1] - layout.top - layout.rows * layout.label_h - (layout.rows - 1) * layout.gap_y
        draw_text(canvas, layout.page[0] / 2, min(bottom / 2, 6 * mm), text, size=6, align="centre")
        canvas.showPage()
        pages += 1
    canvas.save()
    return pages
