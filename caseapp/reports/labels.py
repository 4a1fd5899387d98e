"""Exhibit labels: one per exhibit, on an A4 sheet of 2 x 7 labels (99.1 x 38.1 mm, the common L7163
layout) or one label to a 100 x 60 mm page for a label printer.

Each label carries the case and exhibit number as Code 128 (value "CASE/EX", e.g. "CBSA-2024-000101/01",
printed underneath) and as a QR code, the substance, the quantity, the seizure date and the officers, and a
red "HAZARD — fentanyl-class" band on an exhibit marked hazardous. Text is fitted, never spilled: a line is
shrunk to its box, the details wrap and shrink, and only what still cannot fit at the smallest legible size
is shortened with "…" (the case report prints everything in full).

Pure: `exhibit_labels(case, ...)` gives the labels' text and `write_labels(labels, out, sheet=...)` draws
them; neither reads the database or the clock.

Labels are printed in the language of the print; a bilingual label carries both, the print's language first
("Saisie / Seized", "Cocaïne, poudre / Cocaine, powder"), where the two differ.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from caseapp.core import vocab
from caseapp.core.i18n import ENGLISH, FRENCH, current_language, labelled, plural, translate, using_language
from caseapp.core.model import Case, Exhibit
from caseapp.core.substances import Catalogue
from caseapp.reports.barcodes import code128, draw_qr
from caseapp.reports.fitting import Text, fit_line, qr_value_ok, shorten, text_width
from caseapp.reports.styles import HAZARD_RED, RULE, draw_text, make_canvas, markup, set_creation_date, styles
from caseapp.reports.values import hazard_text, local_time, quantity_text

ELLIPSIS = "…"
MAX_LINE_CHARS = 600  # a label shows at most this much of a value (a full label holds about 400 characters)


@dataclass(frozen=True)
class ExhibitLabel:
    case_number: str
    exhibit_number: str
    substance: str  # "Furanylfentanyl, powder (lab: Carfentanil)"
    quantity: str  # "12.50 g net, 2 packages"
    seized: str  # "2024-03-05 14:30"
    officer: str  # the seizing officers
    hazard: str | None = None  # "HAZARD — fentanyl-class", "HAZARD", or None
    bilingual: bool = False  # its captions in both languages
    numbers: str = ""  # other agencies' numbers of the exhibit and its case, "RCMP 2026-1 · Lab HC-42"

    @property
    def value(self) -> str:
        """What the barcode and the QR code carry."""
        return f"{self.case_number}/{self.exhibit_number}"


@dataclass(frozen=True)
class SheetLayout:
    """Labels on a sheet, in mm from the top-left corner of the page."""

    page: tuple[float, float]
    columns: int
    rows: int
    label_w: float
    label_h: float
    left: float
    top: float
    gap_x: float = 0.0
    gap_y: float = 0.0

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


A4_2X7 = SheetLayout(page=A4, columns=2, rows=7, label_w=99.1 * mm, label_h=38.1 * mm, left=4.65 * mm,
                     top=15.15 * mm, gap_x=2.5 * mm)
SINGLE_LABEL = (100 * mm, 60 * mm)




def in_both(make: Callable[[], str], bilingual: bool) -> str:
    """`make()` in the print's language, or, for a bilingual label, in it and then in the other language
    ("Saisie / Seized"), once when both say the same."""
    if not bilingual:
        return make()
    first = current_language()
    with using_language(FRENCH if first == ENGLISH else ENGLISH):
        second = make()
    shown = make()
    return shown if shown == second else f"{shown} / {second}"


def _substance_words(exhibit: Exhibit, catalogue: Catalogue | None) -> str:
    names = catalogue.display if catalogue is not None else (lambda text: text or "")
    what = names(exhibit.substance) or vocab.EXHIBIT_KIND.display(exhibit.kind) or translate("Labels", "Exhibit")
    form = vocab.FORM.display(exhibit.form)
    if form:
        what = f"{what}, {form.lower()}"
    if exhibit.lab is not None and exhibit.lab.substance and exhibit.lab.substance != exhibit.substance:
        what = translate("Labels", "{what} (lab: {substance})").format(what=what,
                                                                       substance=names(exhibit.lab.substance))
    if not exhibit.substance and exhibit.description:
        what = labelled(what, exhibit.description)
    return what


def _quantity_words(exhibit: Exhibit) -> str:
    amount = quantity_text(exhibit.quantity) or translate("Labels", "quantity unknown")
    measure = vocab.MEASURE.display(exhibit.measure).lower()
    parts = [f"{amount} {measure}".strip()]
    if exhibit.count is not None:
        parts.append(quantity_text(exhibit.count))
    if exhibit.packages is not None:
        parts.append(plural(exhibit.packages, translate("Labels", "{n} package"), translate("Labels", "{n} packages")))
    return ", ".join(p for p in parts if p)


def exhibit_label(case: Case, exhibit: Exhibit, catalogue: Catalogue | None = None,
                  zone: tzinfo | None = None, *, bilingual: bool = False) -> ExhibitLabel:
    """The label's text in the language of the print (both languages for a bilingual label)."""
    def seized() -> str:
        return (local_time(case.occurred_at, zone, with_zone=False) if zone is not None
                else (case.occurred_at or "").replace("T", " ")) or translate("Labels", "unknown")

    hazard = hazard_text(exhibit, catalogue)
    return ExhibitLabel(case_number=case.case_number or "", exhibit_number=exhibit.number or "",
                        substance=in_both(lambda: _substance_words(exhibit, catalogue), bilingual),
                        quantity=in_both(lambda: _quantity_words(exhibit), bilingual),
                        seized=in_both(seized, bilingual),
                        officer="; ".join(case.officers) or case.created_by or "",
                        hazard=in_both(lambda: hazard_text(exhibit, catalogue) or "", bilingual) if hazard else None,
                        bilingual=bilingual)


def exhibit_labels(case: Case, catalogue: Catalogue | None = None, zone: tzinfo | None = None, *,
                   bilingual: bool = False) -> list[ExhibitLabel]:
    """One label per exhibit of the case, in exhibit order."""
    return [exhibit_label(case, exhibit, catalogue, zone, bilingual=bilingual) for exhibit in case.exhibits]


# -- drawing ---------------------------------------------------------------------------------------------

def _details(label: ExhibitLabel, size: float, limit: int | None) -> Paragraph:
    def cut(text: str) -> str:
        limit_ = MAX_LINE_CHARS if limit is None else min(limit, MAX_LINE_CHARS)
        return text if len(text) <= limit_ else text[:max(limit_ - 1, 1)].rstrip() + ELLIPSIS

    style = ParagraphStyle("label_details", parent=styles()["body"], fontSize=size, leading=size * 1.18)
    seized = in_both(lambda: translate("Labels", "Seized"), label.bilingual)
    seized_by = in_both(lambda: translate("Labels", "Seized by"), label.bilingual)
    lines = [
        markup(cut(label.substance), bold=True),
        markup(cut(label.quantity)),
        f'<font color="#546e7a">{markup(seized)}</font> {markup(cut(label.seized))}',
        f'<font color="#546e7a">{markup(seized_by)}</font> {markup(cut(label.officer))}',
    ]
    if label.numbers:
        lines.append(markup(cut(label.numbers)))
    return Text("<br/>".join(lines), style)


def fit_details(label: ExhibitLabel, width: float, height: float, largest: float,
                smallest: float = 5.0) -> Paragraph:
    """The details paragraph at the largest size that fits the box, preferring a size at which no word has
    to be broken (a long chemical name shrinks before it is split); at the smallest size, lines are
    shortened with "…" until it fits."""
    texts = [t[:MAX_LINE_CHARS] for t in (label.substance, label.quantity, label.seized, label.officer)]
    words = [w for text in texts for w in text.split()]
    for whole_words in (True, False):
        size = largest
        while size >= smallest:
            if not whole_words or all(text_width(w, size, bold=True) <= width for w in words):
                paragraph = _details(label, size, None)
                if paragraph.wrap(width, height)[1] <= height:
                    return paragraph
            size -= 0.25
    longest = max(len(text) for text in texts)
    low, high = 1, longest  # the longest line length that still fits
    best = _details(label, smallest, 1)
    while low <= high:
        middle = (low + high) // 2
        paragraph = _details(label, smallest, middle)
        if paragraph.wrap(width, height)[1] <= height:
            best, low = paragraph, middle + 1
        else:
            high = middle - 1
    best.wrap(width, height)
    return best


def _heading(label: ExhibitLabel) -> str:
    """'Case X · Exhibit 01'; on a bilingual label each word in both languages, the number once ('Dossier / Case
    X · Pièce / Exhibit 01'): the whole heading twice would not fit a sheet's label."""
    if not label.bilingual:
        return translate("Labels", "Case {case} · Exhibit {exhibit}").format(case=label.case_number,
                                                                             exhibit=label.exhibit_number)
    case = in_both(lambda: translate("Labels", "Case"), True)
    exhibit = in_both(lambda: translate("Labels", "Exhibit"), True)
    return f"{case} {label.case_number} · {exhibit} {label.exhibit_number}"


def open_label_box(canvas: Canvas, x: float, y: float, w: float, h: float, *, outline: bool) -> float:
    """Save the canvas state and clip to the label's box (x, y, w, h), outlined when asked, so nothing is drawn
    outside it (the caller restores the state); returns the scale of the label against the 38.1 mm sheet row."""
    canvas.saveState()
    clip = canvas.beginPath()
    clip.rect(x, y, w, h)
    canvas.clipPath(clip, stroke=0, fill=0)
    if outline:
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.3)
        canvas.roundRect(x, y, w, h, 2 * mm)
    return min(max(h / (38.1 * mm), 1.0), 1.6)


def draw_label(canvas: Canvas, label: ExhibitLabel, x: float, y: float, w: float, h: float, *,
               outline: bool = False) -> None:
    """One label in the box (x, y, w, h); nothing is drawn outside it."""
    scale = open_label_box(canvas, x, y, w, h, outline=outline)
    pad = 2.4 * mm * min(scale, 1.25)
    ix, iy, iw, ih = x + pad, y + pad, w - 2 * pad, h - 2 * pad
    top = iy + ih
    if label.hazard:
        band = max(4.8 * mm, ih * 0.16)
        canvas.setFillColor(HAZARD_RED)
        canvas.rect(ix, top - band, iw, band, stroke=0, fill=1)
        text, size = fit_line(f"⚠ {label.hazard}", iw - 2 * mm, min(band * 0.62, 13), 5, bold=True)
        canvas.setFillColor(colors.white)
        draw_text(canvas, ix + iw / 2, top - band / 2 - size * 0.36, text, size=size, bold=True, align="centre")
        top -= band + 1.2 * mm
    content = top - iy
    qr = min(content, iw * 0.25)
    draw_qr(canvas, label.value, ix + iw - qr, top - qr, qr, border=1)
    left_w = iw - qr - 2 * mm
    canvas.setFillColor(colors.black)
    heading, size = fit_line(_heading(label), left_w, 9 * scale, 4.5, bold=True)
    draw_text(canvas, ix, top - size * 0.9, heading, size=size, bold=True)
    top -= size * 1.3
    caption_size = 5.6 * min(scale, 1.25)
    gap = 1.2 * mm
    floor = iy + caption_size * 1.35  # the barcode stands on its caption
    encodable = code128(label.value, left_w, 6 * mm, max_bar=0.4 * mm) is not None
    bar_min = 6 * mm if encodable else 0
    paragraph = fit_details(label, left_w, top - floor - bar_min - gap, min(7.5 * scale, 9.5))
    paragraph.drawOn(canvas, ix, top - paragraph.height)
    if encodable:  # the bars take the height the details leave, up to 15 mm
        bar_h = min(15 * mm, top - paragraph.height - gap - floor)
        bars = code128(label.value, left_w, bar_h, max_bar=0.4 * mm)
        if bars is not None:
            bars.drawOn(canvas, ix, floor)
    note = "" if encodable else translate("Labels", " (QR only)") if qr_value_ok(label.value) else translate(
        "Labels", " (too long for a barcode or QR code)")
    caption, caption_fit = fit_line(label.value + note, left_w, caption_size, 4)
    if note and not caption.endswith(note):
        caption = shorten(label.value, max(left_w - text_width(note, caption_fit), 10.0), caption_fit) + note
    canvas.setFillColor(colors.black)
    draw_text(canvas, ix, iy + 0.3, caption, size=caption_fit)
    canvas.restoreState()


def write_labels(labels: Sequence[ExhibitLabel], out: BinaryIO, *, sheet: bool, layout: SheetLayout = A4_2X7,
                 single: tuple[float, float] = SINGLE_LABEL, title: str = "", author: str = "",
                 footer: str = "", generated_at: datetime | None = None, outlines: bool = False) -> int:
    """Draw the labels as PDF to `out`: on sheets (`layout`) or one to a page (`single`); returns pages.
    `footer` (sheets only) is printed below the last row, with "sheet X of Y"; `generated_at` dates the PDF."""
    pagesize = layout.page if sheet else single
    canvas = make_canvas(filename=out, pagesize=pagesize)
    if generated_at is not None:
        set_creation_date(canvas, generated_at)
    title = title or translate("Labels", "Exhibit labels")
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setSubject(f"{title}: " + plural(len(labels), translate("Labels", "{n} exhibit label"),
                                            translate("Labels", "{n} exhibit labels")))
    canvas.setKeywords([translate("Labels", "exhibit labels"), *sorted({label.case_number for label in labels})])
    canvas.setCreator("caseapp")
    canvas.setProducer("caseapp (ReportLab)")
    pages = 0
    if not sheet:
        for label in labels:
            draw_label(canvas, label, 0, 0, single[0], single[1], outline=outlines)
            canvas.showPage()
            pages += 1
    else:
        total = max(1, -(-len(labels) // layout.per_page))
        for page in range(total):
            chunk = labels[page * layout.per_page:(page + 1) * layout.per_page]
            for index, label in enumerate(chunk):
                row, column = divmod(index, layout.columns)
                x = layout.left + column * (layout.label_w + layout.gap_x)
                y = layout.page[1] - layout.top - (row + 1) * layout.label_h - row * layout.gap_y
                draw_label(canvas, label, x, y, layout.label_w, layout.label_h, outline=outlines)
            text = (f"{footer} · " + translate("Labels", "sheet {page} of {total}").format(page=page + 1, total=total)
                    if footer else translate("Labels", "Sheet {page} of {total}").format(page=page + 1, total=total))
            canvas.setFillColor(colors.HexColor("#546e7a"))
            bottom_room = layout.page[1] - layout.top - layout.rows * layout.label_h - (layout.rows - 1) * layout.gap_y
            draw_text(canvas, layout.page[0] / 2, min(bottom_room / 2, 6 * mm), text, size=6, align="centre")
            canvas.showPage()
            pages += 1
    canvas.save()
    return pages
