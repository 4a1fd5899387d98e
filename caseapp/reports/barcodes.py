"""Barcodes and QR codes drawn in the bundled fonts: Code 128 sized to a width (or none, with a note,
when the value cannot be carried or would not scan), QR codes drawn straight onto the canvas, and the
flowables the case report places them with. Shared by the case report and the labels."""

from __future__ import annotations

from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from caseapp.reports.fitting import MIN_BAR, fit_line, fit_size, qr_value_ok, shorten, text_width
from caseapp.reports.styles import GREY_TEXT, RULE, draw_text


def barcode_value_ok(value: str) -> bool:
    """Code 128 (set B) carries printable ASCII only; ReportLab silently drops anything else, which would
    print a barcode that reads back as another value. Such values get the QR code alone."""
    return bool(value) and all(32 <= ord(c) <= 126 for c in value)


def code128(value: str, width: float, bar_height: float, *, max_bar: float = 0.33 * mm) -> Code128 | None:
    """A Code 128 barcode at most `width` wide (quiet zones included), bars as wide as that allows; None
    when the value is not printable ASCII or is so long that its bars would be narrower than MIN_BAR."""
    if not barcode_value_ok(value) or len(value) * 11 * MIN_BAR > width:  # 11 modules a character at least
        return None
    probe = Code128(value, barWidth=1, barHeight=bar_height, humanReadable=False, lquiet=10, rquiet=10)
    bar = min(max_bar, width / probe.width)
    if bar < MIN_BAR:
        return None
    return Code128(value, barWidth=bar, barHeight=bar_height, humanReadable=False, lquiet=10 * bar,
                   rquiet=10 * bar)


def code_caption(value: str, width: float, size: float, *, barcode: bool, qr: bool) -> tuple[str, float]:
    """(text, size) printed under a barcode: the value, and why there are no bars when there are none; a
    value too long for the line is cut with "…" before the note."""
    note = "" if barcode else " (no barcode: see the QR code)" if qr else " (too long for a barcode or QR code)"
    text, fitted = fit_line(value + note, width, size, 5)
    if text == value + note or not note:
        return text, fitted
    room = width - text_width(note, fitted)
    return shorten(value, max(room, 10.0), fitted) + note, fitted


def qr_modules(value: str) -> list[list[bool]]:
    """The dark modules of a QR code for `value` (UTF-8, error correction M), row by row from the top."""
    widget = QrCodeWidget(value, barLevel="M")
    widget.qr.make()
    return [[bool(m) for m in row] for row in widget.qr.modules]


def draw_qr(canvas: Canvas, value: str, x: float, y: float, size: float, *, border: int = 2) -> None:
    """A QR code straight onto the canvas (ReportLab's Drawing renderer would name an unembedded Helvetica),
    `border` modules of quiet zone inside the size x size square at (x, y). Nothing for an empty value; a
    value too long to scan at that size (see fitting.qr_value_ok) gets a box saying so."""
    if not value:
        return
    if not qr_value_ok(value):
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.rect(x + 1, y + 1, size - 2, size - 2)
        canvas.setFillColor(GREY_TEXT)
        for line, words in enumerate(("no QR code:", "value too long")):
            draw_text(canvas, x + size / 2, y + size / 2 + (2 - 5 * line) * size / 40, words,
                      size=fit_size(words, size - 6, 7, 3), align="centre")
        canvas.restoreState()
        return
    modules = qr_modules(value)
    count = len(modules)
    box = size / (count + 2 * border)
    canvas.saveState()
    canvas.setFillColor(colors.black)
    path = canvas.beginPath()
    for r, row in enumerate(modules):
        c = 0
        while c < count:
            if row[c]:
                start = c
                while c < count and row[c]:
                    c += 1
                path.rect(x + (start + border) * box, y + size - (r + border + 1) * box, (c - start) * box, box)
            else:
                c += 1
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()



class BarcodeFlowable(Flowable):
    """Code 128 with its value printed underneath in the bundled font (ReportLab's own caption would
    name Courier); a value Code 128 cannot carry prints as text with a note."""

    def __init__(self, value: str, width: float, bar_height: float = 11 * mm, text_size: float = 7.5) -> None:
        super().__init__()
        self.value = value
        self.width = width
        self.bar_height = bar_height
        self.text_size = text_size
        self.barcode = code128(value, width, bar_height)
        self.height = (bar_height if self.barcode else 0) + text_size * 1.6

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        text_y = 1
        if self.barcode is not None:
            self.barcode.drawOn(self.canv, (self.width - self.barcode.width) / 2, self.text_size * 1.6)
        caption, size = code_caption(self.value, self.width, self.text_size, barcode=self.barcode is not None,
                                     qr=qr_value_ok(self.value))
        draw_text(self.canv, self.width / 2, text_y, caption, size=size, align="centre")


class QrFlowable(Flowable):
    def __init__(self, value: str, size: float) -> None:
        super().__init__()
        self.value = value
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_qr(self.canv, self.value, 0, 0, self.size)

