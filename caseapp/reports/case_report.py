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

import hashlib
import io
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from decimal import Decimal
from typing import Any, BinaryIO, Protocol

from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, TimeStamp
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from caseapp.core import vocab
from caseapp.core.countries import country_name
from caseapp.core.custody import CustodyEvent
from caseapp.core.model import Case, Exhibit, Quantity, claims_text
from caseapp.core.substances import Catalogue
from caseapp.core.units import format_kg, unit_label
from caseapp.core.units import quantity_text as units_quantity_text
from caseapp.reports.fitting import (
    CELL_BUDGET,
    MIN_BAR,
    CellBudget,
    Text,
    budgeted,
    fit_line,
    qr_value_ok,
    shorten,
)
from caseapp.reports.styles import (
    DRAFT_GREY,
    HAZARD_RED,
    HEADER_FILL,
    RULE,
    SANS,
    SANS_BOLD,
    canvas_maker,
    draw_text,
    markup,
    pdf_time,
    rule,
    runs,
    styles,
)

TITLE = "Case incident report"
PAGE = A4
MARGIN = 15 * mm
TOP_MARGIN = 20 * mm
BOTTOM_MARGIN = 21 * mm
WIDTH = PAGE[0] - 2 * MARGIN  # 180 mm of frame
DASH = "—"  # printed for a value that was not recorded
HAZARD_FILL = colors.HexColor("#fdecee")
GREY_TEXT = colors.HexColor("#546e7a")
THUMBNAIL = 34 * mm  # the box an attachment's picture is fitted into
THUMBNAIL_PIXELS = 480  # pictures are scaled down to this before embedding: the PDF stays small
# Decoding a picture costs 3-4 bytes a pixel (more while it is turned and flattened): a 420 KB PNG of
# 12000 x 12000 pixels took 1.2 GB. Larger pictures (after a JPEG's reduced-scale decoding) are not decoded.
MAX_DECODED_PIXELS = 24_000_000
ROW_LIMIT = 120 * mm  # a table row taller than this is cut into continuation rows
# The narrative prints up to NARRATIVE_LIMIT characters (about 150 pages of 9-point text; an honest
# narrative is a few thousand), then a note that says how much more the database holds.
NARRATIVE_LIMIT = 1_000_000
NARRATIVE_PIECE = 3_000  # characters: a narrative line longer than this is printed as several paragraphs
# Table cells print every value whole while the report's values longer than CELL_SHORT_CHARS add up to at
# most CELL_BUDGET_CHARS (about 60 pages of narrow columns); after that such a value prints its first
# CELL_SHORT_CHARS and says how many more characters the database holds (see fitting.CellBudget).
CELL_BUDGET_CHARS = 100_000
CELL_SHORT_CHARS = 100
CONT_CHARS = 12  # a continuation row repeats at most this much of its first cell
# Tables set a font even when every cell is a flowable: without this, an unembedded Helvetica is named
FONT = ("FONTNAME", (0, 0), (-1, -1), SANS)
HAZARD_FAMILIES = {"fentanyl": "fentanyl-class", "nitazene": "nitazene-class"}

EXHIBIT_COLUMNS: tuple[tuple[str, float], ...] = (
    ("No.", 9), ("Kind / form", 18), ("Substance", 35), ("Quantity", 26), ("kg-eq.", 16), ("Packages", 18),
    ("Field test", 14), ("Lab result", 28), ("Hazard", 16),
)
CUSTODY_COLUMNS: tuple[tuple[str, float], ...] = (
    ("#", 6), ("When", 20), ("Event", 19), ("Holder", 24), ("Location", 27), ("Seal", 23), ("Weight", 15),
    ("Details", 26), ("By", 20),
)


class AttachmentInfo(Protocol):
    """What the report reads of an attachment (caseapp.store.contract.Attachment has it)."""

    @property
    def file_name(self) -> str: ...

    @property
    def media_type(self) -> str: ...

    @property
    def size(self) -> int: ...

    @property
    def sha256(self) -> str: ...

    @property
    def caption(self) -> str: ...

    @property
    def exhibit_number(self) -> str | None: ...

    @property
    def added_by(self) -> str: ...

    @property
    def added_at(self) -> str: ...

    @property
    def removed_by(self) -> str | None: ...

    @property
    def removed_at(self) -> str | None: ...

    @property
    def removed_reason(self) -> str | None: ...


@dataclass(frozen=True)
class AuditRecord:
    """One audit entry about the case, as the report prints it."""

    at: str  # as stored: ISO UTC, "2026-11-25T12:00:00Z"
    actor: str | None
    action: str
    detail: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class CaseReportData:
    """Everything the report prints; nothing else is read while it is built."""

    case: Case
    agency: str  # the agency named in the header
    zone: tzinfo  # the agency time zone: case and custody times are local to it, stored UTC times shown in it
    generated_at: datetime  # aware; printed in `zone`
    printed_by: str  # who printed it: "Sgt Sam Okafor (sam)"; also the PDF's author
    chain_hash: str  # the audit chain's latest hash when the data was read
    custody: Mapping[str, Sequence[CustodyEvent]] = field(default_factory=dict)  # exhibit number -> events
    attachments: Sequence[tuple[AttachmentInfo, bytes | None]] = ()  # bytes of pictures; None: not shown
    audit: Sequence[AuditRecord] = ()  # the case's audit entries, oldest first
    people: Mapping[str, str] = field(default_factory=dict)  # login -> display name
    catalogue: Catalogue | None = None  # names the hazard class ("fentanyl-class"); None: "HAZARD" alone
    admin_key: str = ""  # fingerprint of the first admin's first signing key, the root of the entries' signatures

    @property
    def zone_name(self) -> str:
        return str(getattr(self.zone, "key", "") or self.zone.tzname(self.generated_at) or "UTC")


# -- text helpers shared with the labels --------------------------------------------------------------

def or_dash(text: object) -> str:
    value = "" if text is None else str(text)
    return value if value.strip() else DASH


def decimal_text(value: Decimal | None) -> str:
    """A decimal as entered (no exponent, no thousands separator that could be misread)."""
    if value is None:
        return ""
    return f"{value:f}"


def quantity_text(quantity: Quantity | None) -> str:
    """'12.50 g', '~5000 tablets', 'unknown (g)'; '' when there is no quantity at all."""
    if quantity is None:
        return ""
    unit = unit_label(quantity.unit)
    if quantity.value is None:
        return f"unknown ({unit})" if unit else "unknown"
    text = units_quantity_text(decimal_text(quantity.value), quantity.unit)
    return f"~{text}" if quantity.approximate else text


def hazard_text(exhibit: Exhibit, catalogue: Catalogue | None) -> str | None:
    """"HAZARD — fentanyl-class" (or nitazene-class) when the suspected or confirmed substance is of a
    hazardous analogue family, "HAZARD" for any other hazard mark, None when the exhibit is not marked."""
    if not exhibit.hazard_flag:
        return None
    if catalogue is not None:
        for name in (exhibit.substance, exhibit.lab.substance if exhibit.lab else None):
            substance = catalogue.find(name)
            family = substance.family if substance is not None else None
            if family in HAZARD_FAMILIES:
                return f"HAZARD — {HAZARD_FAMILIES[family]}"
    return "HAZARD"


def local_time(iso: str | None, zone: tzinfo, *, with_zone: bool = True) -> str:
    """A naive agency-local ISO date or date-time as printed: '2024-03-05 14:30 PST'; a date alone stays a
    date; text that is not ISO is printed as it is."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if "T" not in iso and " " not in iso.strip():
        return moment.date().isoformat()
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    else:
        moment = moment.astimezone(zone)
    text = moment.strftime("%Y-%m-%d %H:%M")
    if moment.second:
        text = moment.strftime("%Y-%m-%d %H:%M:%S")
    return f"{text} {moment.tzname() or ''}".strip() if with_zone else text


def stored_time(iso: str | None, zone: tzinfo) -> str:
    """A stored UTC time ('2026-11-25T12:00:00Z') in the agency zone."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return pdf_time(moment.astimezone(zone))


def person_name(login: str | None, people: Mapping[str, str]) -> str:
    """'Sgt Sam Okafor (sam)', or the login alone when no other name is known."""
    if not login:
        return ""
    name = people.get(login, "")
    return f"{name} ({login})" if name and name != login else login


def fit_size(text: str, width: float, size: float, minimum: float, *, bold: bool = False) -> float:
    """The largest font size from `size` down to `minimum` at which one line of text fits `width`."""
    while size > minimum:
        if text_width(text, size, bold=bold) <= width:
            return size
        size -= 0.25
    return minimum


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    return sum(pdfmetrics.stringWidth(chunk, SANS_BOLD if bold and name == SANS else name, size)
               for name, chunk in runs(text))


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


def set_creation_date(canvas: Canvas, moment: datetime) -> None:
    """Date the PDF (CreationDate, ModDate) at `moment` instead of the invariant canvas's fixed 2000-01-01,
    keeping the output a function of the input. Private ReportLab state: left as it is if that changes."""
    utc = moment.astimezone(UTC)
    try:
        stamp = TimeStamp(1)
        stamp.t = utc.timestamp()
        stamp.lt = utc.timetuple()
        stamp.YMDhms = tuple(stamp.lt)[:6]
        stamp.dhh = stamp.dmm = 0
        stamp.tzname = "UTC"
        canvas._doc._timeStamp = stamp  # type: ignore[attr-defined]
    except AttributeError:
        pass


# -- flowables ----------------------------------------------------------------------------------------

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


class ImageBox(Flowable):
    """A picture fitted into a square box, centred; the reader holds the scaled-down picture."""

    def __init__(self, reader: ImageReader, pixels: tuple[int, int], box: float) -> None:
        super().__init__()
        self.reader = reader
        self.box = box
        scale = min(box / pixels[0], box / pixels[1])
        self.image_size = (pixels[0] * scale, pixels[1] * scale)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.box, self.box

    def draw(self) -> None:
        w, h = self.image_size
        self.canv.drawImage(self.reader, (self.box - w) / 2, (self.box - h) / 2, w, h)
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.4)
        self.canv.rect((self.box - w) / 2, (self.box - h) / 2, w, h)


class PlaceholderBox(Flowable):
    """The square where a picture would be, with a word saying why there is none."""

    def __init__(self, word: str, box: float) -> None:
        super().__init__()
        self.word = word
        self.box = box

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.box, self.box

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setFillColor(colors.HexColor("#f5f5f5"))
        self.canv.setLineWidth(0.4)
        self.canv.rect(0, 0, self.box, self.box, fill=1)
        self.canv.setFillColor(GREY_TEXT)
        size = fit_size(self.word, self.box - 4, 9, 5, bold=True)
        draw_text(self.canv, self.box / 2, self.box / 2 - size / 3, self.word, size=size, bold=True, align="centre")


class PictureTooLarge(ValueError):
    """A picture whose decoded size is past MAX_DECODED_PIXELS: shown as a placeholder with this message."""


def thumbnail(data: bytes, pixels: int = THUMBNAIL_PIXELS) -> tuple[ImageReader, tuple[int, int]] | None:
    """The picture turned upright (EXIF), scaled down, flattened on white, as a JPEG ImageReader; None when
    the bytes are not a picture Pillow reads. Raises PictureTooLarge, before decoding anything, for a
    picture that would decode to more than MAX_DECODED_PIXELS."""
    from PIL import Image, ImageOps  # Pillow comes with ReportLab

    try:
        with Image.open(io.BytesIO(data)) as opened:  # reads the header only
            opened.draft("RGB", (pixels, pixels))  # JPEG: decode at a reduced scale, much faster
            width, height = opened.size
            if width * height > MAX_DECODED_PIXELS:
                raise PictureTooLarge(f"picture not shown: {width:,} x {height:,} pixels is over the "
                                      f"{MAX_DECODED_PIXELS // 1_000_000} megapixels a report decodes")
            picture = ImageOps.exif_transpose(opened)
            picture.thumbnail((pixels, pixels))
            if picture.mode in ("RGBA", "LA", "PA") or (picture.mode == "P" and "transparency" in picture.info):
                rgba = picture.convert("RGBA")
                flat = Image.new("RGB", rgba.size, "white")
                flat.paste(rgba, mask=rgba.getchannel("A"))
                picture = flat
            elif picture.mode not in ("RGB", "L"):
                picture = picture.convert("RGB")
            encoded = io.BytesIO()
            picture.save(encoded, "JPEG", quality=85, optimize=False)
            return ImageReader(io.BytesIO(encoded.getvalue())), picture.size
    except PictureTooLarge:
        raise
    except Exception:  # any unreadable, truncated or hostile file is "not shown", never a failed report
        return None


def _thumbnail_or_problem(content: bytes) -> tuple[tuple[ImageReader, tuple[int, int]] | None, str]:
    try:
        return thumbnail(content), ""
    except PictureTooLarge as exc:
        return None, str(exc)


# -- the builder ---------------------------------------------------------------------------------------

def _style(name: str) -> ParagraphStyle:
    return styles()[name]


def _p(text: object, style: str = "cell", *, bold: bool = False) -> Paragraph:
    return Text(markup(budgeted(text), bold=bold), _style(style))


def _lines(*parts: tuple[str, object], style: str = "cell") -> Paragraph:
    """Several 'label: value' lines in one cell; empty values are left out."""
    shown = [(label, value) for label, value in parts if value not in (None, "")]
    text = "<br/>".join((f'<font color="#546e7a">{markup(label)}</font> ' if label else "")
                        + markup(budgeted(value)) for label, value in shown)
    return Text(text or markup(DASH), _style(style))


def chunk_rows(rows: Sequence[Sequence[Any]], widths: Sequence[float], padding: float) -> list[list[list[Any]]]:
    """Each row as one or more rows no taller than ROW_LIMIT: a row with a longer cell is cut into
    continuation rows (its Paragraphs, or the flowables of a cell holding several, split where the limit
    falls; the first cell repeated, shortened, with "cont."). ReportLab cannot break a row across pages
    without splitting every row (and then repeats the header in mid-page), so a table never holds a row
    taller than a page and the text is never cut short."""
    out: list[list[list[Any]]] = []
    for row in rows:
        cells = list(row)
        heights = [_height(cell, w - padding) for cell, w in zip(cells, widths, strict=True)]
        if max(heights, default=0) <= ROW_LIMIT:
            out.append([cells])
            continue
        columns = [_split_cell(cell, w - padding, h) for cell, w, h in zip(cells, widths, heights, strict=True)]
        pieces: list[list[Any]] = []
        for index in range(max(len(column) for column in columns)):
            piece = [column[index] if index < len(column) else "" for column in columns]
            if index and len(columns[0]) <= index and isinstance(row[0], Paragraph):
                plain = row[0].getPlainText()
                plain = plain if len(plain) <= CONT_CHARS else plain[:CONT_CHARS - 1] + "…"
                piece[0] = Text(f'{markup(plain)}<br/><font size="6" color="#546e7a">'
                                f'{markup("cont.")}</font>', row[0].style)
            pieces.append(piece)
        out.append(pieces)
    return out


def _split_cell(cell: Any, width: float, height: float) -> list[Any]:
    """A cell's content in pieces no taller than ROW_LIMIT (a Paragraph is halved at a multiple of the
    limit and each half split again: n log n, where splitting off one piece at a time re-wraps the rest
    every time). A cell of several flowables is filled piece by piece."""
    if isinstance(cell, list | tuple):
        return _split_list(list(cell), width)
    if not isinstance(cell, Paragraph) or height <= ROW_LIMIT:
        return [cell]
    half = max(1, math.ceil(height / ROW_LIMIT) // 2)
    parts = cell.split(width, half * ROW_LIMIT)
    if len(parts) != 2:
        return [cell]
    return [piece for part in parts for piece in _split_cell(part, width, _height(part, width))]


def _split_list(flowables: list[Any], width: float) -> list[Any]:
    """Flowables of one cell as lists no taller than ROW_LIMIT, a Paragraph split where a list is full."""
    pieces: list[Any] = []
    current: list[Any] = []
    used = 0.0
    queue = list(reversed(flowables))
    while queue:
        item = queue.pop()
        height = _height(item, width)
        if used + height <= ROW_LIMIT:
            current.append(item)
            used += height
            continue
        if height > ROW_LIMIT and isinstance(item, Paragraph):
            parts = _split_cell(item, width, height) if not current else item.split(width, ROW_LIMIT - used)
            if len(parts) >= 2:
                queue.extend(reversed(parts[1:]))
                current.append(parts[0])
                pieces.append(current)
                current, used = [], 0.0
                continue
        if current:
            pieces.append(current)
            current, used = [], 0.0
            queue.append(item)
            continue
        pieces.append([item])  # taller than the limit and cannot be split: alone in its row
    if current:
        pieces.append(current)
    return pieces


def split_rows(rows: Sequence[Sequence[Any]], widths: Sequence[float], padding: float) -> list[list[Any]]:
    """The rows of a table of `widths` (points) with continuation rows where a cell is taller than a page."""
    return [piece for pieces in chunk_rows(rows, widths, padding) for piece in pieces]


def _height(cell: Any, width: float) -> float:
    if isinstance(cell, Flowable):
        return float(cell.wrap(width, 1e6)[1])
    if isinstance(cell, list | tuple):
        return sum(_height(item, width) for item in cell)
    return 0.0


def _grid(data: list[list[Any]], widths: Sequence[float], *, header: bool = True,
          highlight: frozenset[int] = frozenset()) -> Table:
    """A ruled table of Paragraph cells, widths in mm; the header row repeats on every page; `highlight`
    holds indexes of data rows (0: the first row after the header) tinted as hazardous."""
    widths_pt = [w * mm for w in widths]
    body = data[1:] if header else data
    rows: list[list[Any]] = [data[0]] if header else []
    extra: list[tuple[Any, ...]] = []
    for index, pieces in enumerate(chunk_rows(body, widths_pt, 6)):
        first = len(rows)
        rows.extend(pieces)
        if index in highlight:
            extra.append(("BACKGROUND", (0, first), (-1, len(rows) - 1), HAZARD_FILL))
    table = Table(rows, colWidths=widths_pt, repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    table.setStyle(TableStyle([FONT, *commands, *extra]))
    return table


def _fields(pairs: Sequence[tuple[str, object]], *, columns: int = 2) -> Table:
    """Label/value pairs, `columns` pairs to a row."""
    label_w, value_w = (27.0, 63.0) if columns == 2 else (27.0, 153.0)
    widths = [w * mm for w in (label_w, value_w) * columns]
    rows: list[list[Any]] = []
    for start in range(0, len(pairs), columns):
        row: list[Any] = []
        for label, value in pairs[start:start + columns]:
            row += [_p(label, "label"), _p(or_dash(value))]
        while len(row) < 2 * columns:
            row += ["", ""]
        rows.extend(piece for pieces in chunk_rows([row], widths, 6) for piece in pieces)
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([
        FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#e0e0e0")),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return table


def _heading(text: str) -> list[Flowable]:
    return [CondPageBreak(30 * mm), Text(markup(text), _style("h2"))]


def _status_words(case: Case) -> str:
    return vocab.CASE_STATUS.label(case.status) or case.status


def watermark_text(case: Case) -> str | None:
    """'DRAFT' for a draft, 'NOT APPROVED — <STATUS>' for anything else not approved, None when approved."""
    if case.status == "approved":
        return None
    if case.status == "draft":
        return "DRAFT"
    return f"NOT APPROVED — {_status_words(case).upper()}"


def _header(data: CaseReportData) -> Flowable:
    case = data.case
    number = case.case_number or ""
    status = _status_words(case)
    if case.status == "approved" and case.approved_by:
        status_line = (f"{status} by {person_name(case.approved_by, data.people)}, "
                       f"{stored_time(case.approved_at, data.zone)}")
    elif case.status == "approved":
        status_line = f"{status} when imported (no approval recorded in this database)"
    else:
        status_line = f"{status} — not approved"
    left = [
        _p(or_dash(data.agency), "h2"),
        Text(markup(TITLE), _style("title")),
        Spacer(1, 2),
        Text(markup(f"Case {number}", bold=True), ParagraphStyle("case", parent=_style("title"), fontSize=13,
                                                                      leading=17)),
        Text(markup(f"Status: {status_line}"),
                  ParagraphStyle("status", parent=_style("body"),
                                 textColor=colors.black if case.status == "approved" else HAZARD_RED)),
        _p(f"Version {case.version}", "small"),
    ]
    qr_size = 25 * mm
    codes = Table([[BarcodeFlowable(number, 62 * mm, 11 * mm), QrFlowable(number, qr_size)]],
                  colWidths=[64 * mm, qr_size + 2 * mm])
    codes.setStyle(TableStyle([FONT, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("ALIGN", (0, 0), (-1, -1), "RIGHT")]))
    widths = [WIDTH - 91 * mm, 91 * mm]
    table = Table(split_rows([[left, codes]], widths, 0), colWidths=widths)
    table.setStyle(TableStyle([
        FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.HexColor("#37474f")),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


def _event(data: CaseReportData) -> list[Flowable]:
    case = data.case
    occurred = local_time(case.occurred_at, data.zone)
    if occurred and case.occurred_at and "T" in case.occurred_at:
        if not occurred.endswith(f" {data.zone_name}"):
            occurred = f"{occurred} ({data.zone_name})"
    elif occurred:
        occurred = f"{occurred} (time not recorded)"
    return [*_heading("Event"), _fields([
        ("Date / time", occurred or "unknown"),
        ("Recorded", stored_time(case.recorded_at, data.zone)),
        ("Agency", case.agency),
        ("Unit", case.unit),
        ("Officers", "\n".join(case.officers)),
        ("Detection", vocab.DETECTION.label(case.detection)),
    ])]


def _country(code: str | None) -> str:
    name = country_name(code)
    return f"{name} ({code})" if code and name != code else name


def _place(data: CaseReportData) -> list[Flowable]:
    loc = data.case.location
    lat_lon = ""
    if loc.lat is not None or loc.lon is not None:
        lat_lon = f"{decimal_text(loc.lat) or '?'}, {decimal_text(loc.lon) or '?'}"
    return [*_heading("Place"), _fields([
        ("Name", loc.name), ("Place type", vocab.PLACE_TYPE.label(loc.place_type)),
        ("Address", loc.address), ("City", loc.city),
        ("Region", loc.region), ("Country", _country(loc.country)),
        ("Latitude, longitude", lat_lon),
    ])]


def _route(data: CaseReportData) -> list[Flowable]:
    case = data.case
    stops = [_country(case.origin_country), _country(case.departure_country),
             *[_country(c) for c in case.transit_countries], _country(case.destination_country)]
    path = " → ".join(stop or "unknown" for stop in stops) if any(stops) else ""
    concealment = vocab.CONCEALMENT.label(case.concealment)
    if case.concealment_text:
        concealment = f"{concealment}: {case.concealment_text}" if concealment else case.concealment_text
    return [*_heading("Route"), _fields([
        ("Origin", _country(case.origin_country)), ("Departure", _country(case.departure_country)),
        ("Transit", "\n".join(_country(c) for c in case.transit_countries)),
        ("Destination", _country(case.destination_country)),
    ]), _fields([
        ("Path", path),
        ("Routing", vocab.ROUTING.label(case.routing)),
        ("Transport", vocab.TRANSPORT.label(case.transport)),
        ("Conveyance", case.conveyance),
        ("Concealment", concealment),
    ], columns=1)]


def _people(data: CaseReportData) -> list[Flowable]:
    persons = data.case.persons
    out = _heading("People")
    if not persons:
        return [*out, _p("No people recorded.", "body")]
    rows: list[list[Any]] = [[_p(h, "cell_bold") for h in ("Role", "Name", "Date of birth", "Nationality")]]
    for person in persons:
        rows.append([_p(vocab.PERSON_ROLE.label(person.role)), _p(or_dash(person.name)),
                     _p(or_dash(person.date_of_birth)), _p(or_dash(_country(person.nationality)))])
    return [*out, _grid(rows, (30, 82, 28, 40))]


def _exhibit_row(exhibit: Exhibit, data: CaseReportData) -> list[Any]:
    lab = exhibit.lab
    substance = markup(budgeted(exhibit.substance or DASH), bold=bool(exhibit.substance))
    if lab is not None and lab.substance:
        substance += (f'<br/><font color="#546e7a">{markup("lab-confirmed:")}</font> '
                      f'{markup(budgeted(lab.substance), bold=True)}')
    if exhibit.description:
        substance += f'<br/><font color="#546e7a">{markup(budgeted(exhibit.description))}</font>'
    quantity = quantity_text(exhibit.quantity) or "unknown"
    measure = vocab.MEASURE.label(exhibit.measure)
    packages = str(exhibit.packages) if exhibit.packages is not None else ""
    hazard = hazard_text(exhibit, data.catalogue)
    hazard_cell: Any = _p(DASH)
    if hazard:
        word, _, kind = hazard.partition(" — ")
        hazard_cell = Text(f'<font color="#{HAZARD_RED.hexval()[2:]}">{markup(word, bold=True)}</font>'
                                + (f"<br/>{markup(kind)}" if kind else ""), _style("cell"))
    lab_cell = _lines(("purity", f"{decimal_text(lab.purity_percent)} %" if lab and lab.purity_percent is not None
                       else ""), ("lab", lab.lab if lab else ""), ("cert.", lab.certificate if lab else "")) \
        if lab is not None else _p(DASH)
    return [
        _p(exhibit.number or "", "cell_bold"),
        _lines(("", vocab.EXHIBIT_KIND.label(exhibit.kind)), ("", vocab.FORM.label(exhibit.form))),
        Text(substance, _style("cell")),
        _lines(("", quantity), ("", measure), ("count", quantity_text(exhibit.count))),
        _p(format_kg(exhibit.kg_mg, exhibit.kg_estimate) or DASH),
        _lines(("", packages), ("", exhibit.packaging)),
        _p(or_dash(vocab.FIELD_TEST.label(exhibit.field_test))),
        lab_cell,
        hazard_cell,
    ]


def _exhibits(data: CaseReportData) -> list[Flowable]:
    exhibits = data.case.exhibits
    out = _heading(f"Exhibits ({len(exhibits)})")
    if not exhibits:
        return [*out, _p("No exhibits recorded.", "body")]
    rows: list[list[Any]] = [[_p(h, "cell_bold") for h, _ in EXHIBIT_COLUMNS]]
    for exhibit in exhibits:
        rows.append(_exhibit_row(exhibit, data))
    hazardous = frozenset(i for i, exhibit in enumerate(exhibits) if exhibit.hazard_flag)
    note = _p("kg-eq.: kilogram-equivalent; \"~\" marks an estimate (a volume at 1 L = 1 kg, or a count at a typical "
              "unit mass).\nA quantity marked \"~\" was entered as approximate.", "small")
    return [*out, _grid(rows, [w for _, w in EXHIBIT_COLUMNS], highlight=hazardous), Spacer(1, 3), note]


def narrative_pieces(text: str, limit: int | None = None, piece: int = NARRATIVE_PIECE) -> tuple[list[str], int]:
    """(pieces, characters left out): the narrative's lines, a line longer than `piece` characters cut at
    its last space before that (anywhere when it has none), up to `limit` characters. Each piece is one
    Paragraph: ReportLab re-wraps all the rest of a paragraph at every page it splits, so one paragraph of
    5 MB took minutes; pieces shorter than a page keep the work in proportion to the text."""
    limit = NARRATIVE_LIMIT if limit is None else limit
    shown = text[:limit]
    pieces: list[str] = []
    for line in shown.split("\n"):
        while len(line) > piece:
            cut = line.rfind(" ", piece // 2, piece)
            cut = piece if cut < 0 else cut + 1
            pieces.append(line[:cut])
            line = line[cut:]
        pieces.append(line)
    return pieces, len(text) - len(shown)


def _narrative(data: CaseReportData) -> list[Flowable]:
    text = data.case.narrative
    out = _heading("Narrative")
    if not text.strip():
        return [*out, _p("No narrative recorded.", "body")]
    pieces, left_out = narrative_pieces(text.replace("\t", "    "))
    for piece in pieces:
        # runs of spaces kept: every space after a space becomes a no-break space, which Paragraph does not fold
        kept = ["\u00a0" if char == " " and index and piece[index - 1] == " " else char
                for index, char in enumerate(piece)]
        out.append(Text(markup("".join(kept)) or "\u00a0", _style("body")))
    if left_out:
        out.append(Text(markup(f"Narrative continues: {left_out:,} characters not printed (a report prints the "
                               f"first {NARRATIVE_LIMIT:,}); the full text is in the database.", bold=True),
                        ParagraphStyle("continues", parent=_style("body"), textColor=HAZARD_RED, spaceBefore=6)))
    return out


def _attachments(data: CaseReportData) -> list[Flowable]:
    out = _heading(f"Attachments ({len(data.attachments)})")
    if not data.attachments:
        return [*out, _p("No attachments.", "body")]
    rows: list[list[Any]] = []
    for attachment, content in data.attachments:
        picture: Flowable
        problem = ""
        if content is not None and hashlib.sha256(content).hexdigest() != attachment.sha256:
            problem = "THE STORED BYTES DO NOT MATCH THIS SHA-256: run verify"
            picture = PlaceholderBox("NOT VERIFIED", THUMBNAIL)
        elif attachment.removed_at:
            picture = PlaceholderBox("REMOVED", THUMBNAIL)
        elif content is not None and (shown := _thumbnail_or_problem(content))[0] is not None:
            thumb = shown[0]
            picture = ImageBox(thumb[0], thumb[1], THUMBNAIL)
        elif content is not None and shown[1]:
            problem = shown[1]
            picture = PlaceholderBox("TOO LARGE", THUMBNAIL)
        else:
            suffix = attachment.file_name.rpartition(".")[2] if "." in attachment.file_name else ""
            picture = PlaceholderBox(suffix.upper()[:6] if suffix and len(suffix) <= 6 else "FILE", THUMBNAIL)
        where = f"exhibit {attachment.exhibit_number}" if attachment.exhibit_number else "the case"
        removed = ""
        if attachment.removed_at:
            removed = (f"by {person_name(attachment.removed_by, data.people)} on "
                       f"{stored_time(attachment.removed_at, data.zone)}: {attachment.removed_reason or ''}")
        facts = _lines(("caption:", attachment.caption), ("attached to:", where),
                       ("type:", f"{attachment.media_type}, {attachment.size:,} bytes"),
                       ("added:", f"{person_name(attachment.added_by, data.people)}, "
                                  f"{stored_time(attachment.added_at, data.zone)}"),
                       ("REMOVED", removed), ("SHA-256:", attachment.sha256))
        text = f"{markup(budgeted(attachment.file_name), bold=True)}<br/>{facts.text}"
        if problem:
            text += f'<br/><font color="#{HAZARD_RED.hexval()[2:]}">{markup(problem, bold=True)}</font>'
        rows.append([picture, Text(text, _style("cell"))])
    widths = [THUMBNAIL + 4 * mm, WIDTH - THUMBNAIL - 4 * mm]
    table = Table([piece for pieces in chunk_rows(rows, widths, 0) for piece in pieces], colWidths=widths,
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return [*out, table]


def _event_details(event: CustodyEvent) -> list[tuple[str, object]]:
    return [
        ("corrects #", str(event.corrects) if event.corrects is not None else ""),
        ("purpose:", event.purpose), ("due:", event.due_date), ("tracking:", event.tracking_number),
        ("method:", event.method), ("authority:", event.authority),
        ("witnesses:", "; ".join(event.witnesses)), ("notes:", event.notes),
    ]


def _custody(data: CaseReportData) -> list[Flowable]:
    out = _heading("Chain of custody")
    numbers = [e.number or "" for e in data.case.exhibits]
    known = [n for n in numbers if data.custody.get(n)]
    missing = [n for n in numbers if not data.custody.get(n)]
    extra_numbers = sorted(set(data.custody) - set(numbers))
    if not known and not extra_numbers:
        return [*out, _p("No custody events recorded.", "body")]
    for number in [*known, *extra_numbers]:
        events = data.custody[number]
        rows: list[list[Any]] = [[_p(h, "cell_bold") for h, _ in CUSTODY_COLUMNS]]
        for event in events:
            rows.append([
                _p(str(event.seq) if event.seq is not None else "", "small"),
                _p(local_time(event.at, data.zone, with_zone=False), "small"),
                _p(event.type.replace("_", " ").capitalize(), "small", bold=event.type == "correction"),
                _lines(("", event.holder), ("from", event.from_holder), style="small"),
                _p(or_dash(event.location), "small"), _p(or_dash(event.seal_number), "small"),
                _p(or_dash(event.weight), "small"), _lines(*_event_details(event), style="small"),
                _p(person_name(event.actor, data.people), "small"),
            ])
        title = Text(markup(f"Exhibit {number}: {len(events)} event{'s' if len(events) != 1 else ''} "
                                 f"(times in {data.zone_name})", bold=True), _style("body"))
        out += [CondPageBreak(25 * mm), Spacer(1, 6), title, Spacer(1, 2),
                _grid(rows, [w for _, w in CUSTODY_COLUMNS])]
    if missing:
        out += [Spacer(1, 4), _p("No custody events recorded for exhibit" + ("s " if len(missing) > 1 else " ")
                                 + ", ".join(missing) + ".", "body")]
    return out


ACTION_WORDS = {"create": "Created", "update": "Edited", "submit": "Submitted", "approve": "Approved",
                "return": "Returned", "amend": "Amended", "attach": "Attachment added",
                "detach": "Attachment removed", "print": "Printed", "import": "Imported"}


def _audit_detail(record: AuditRecord) -> list[tuple[str, object]]:
    d = record.detail
    parts: list[tuple[str, object]] = [("reason:", d.get("reason") or "")]
    status = d.get("status")
    if isinstance(status, list | tuple) and len(status) == 2:
        parts.append(("status:", " → ".join(vocab.CASE_STATUS.label(str(s)) for s in status)))
    changed = d.get("changes")
    if isinstance(changed, Mapping) and changed:
        parts.append(("changed:", ", ".join(str(k) for k in changed)))
    if record.action in ("attach", "detach"):
        parts += [("file:", d.get("file_name") or ""), ("exhibit:", d.get("exhibit") or ""),
                  ("SHA-256:", d.get("sha256") or "")]
    if record.action == "print":
        parts += [("report:", d.get("report") or ""), ("pages:", d.get("pages") or ""),
                  ("chain hash:", d.get("chain_hash") or "")]
    if record.action == "create" and "exhibits" in d:
        parts.append(("exhibits:", d["exhibits"]))
    if "version" in d:
        parts.append(("version:", d["version"]))
    return parts


def _last(records: Sequence[AuditRecord], action: str) -> AuditRecord | None:
    found = [r for r in records if r.action == action]
    return found[-1] if found else None


def _audit(data: CaseReportData) -> list[Flowable]:
    case = data.case
    out = _heading("Audit")

    def who_when(record: AuditRecord | None) -> str:
        if record is None:
            return ""
        return f"{person_name(record.actor, data.people)}, {stored_time(record.at, data.zone)}"

    created = f"{person_name(case.created_by, data.people)}, {stored_time(case.created_at, data.zone)}"
    approved = ""
    if case.approved_by and case.status == "approved":
        approved = f"{person_name(case.approved_by, data.people)}, {stored_time(case.approved_at, data.zone)}"
    claimed = claims_text(case.source)
    out.append(_fields([
        ("Created", created if case.created_by or case.created_at else ""),
        ("Last changed", f"{person_name(case.updated_by, data.people)}, {stored_time(case.updated_at, data.zone)}"
         if case.updated_by or case.updated_at else ""),
        ("Submitted", who_when(_last(data.audit, "submit"))),
        ("Approved", approved or ("not approved" if case.status != "approved" else "")),
        # the file's word, as it gave it: names of another system, not this database's accounts
        *([("Per the imported file", f"{claimed} (as the file states; not checked)")] if claimed else []),
    ]))
    rows: list[list[Any]] = [[_p(h, "cell_bold") for h in ("When", "Who", "Action", "Details")]]
    for record in data.audit:
        rows.append([_p(stored_time(record.at, data.zone), "small"),
                     _p(person_name(record.actor, data.people) or DASH, "small"),
                     _p(ACTION_WORDS.get(record.action, record.action), "small"),
                     _lines(*_audit_detail(record), style="small")])
    if data.audit:
        out += [Spacer(1, 4), _grid(rows, (33, 34, 25, 88))]
    hash_style = ParagraphStyle("hash", parent=_style("body"), fontSize=8.5)
    check = f"caseapp-cli verify --anchor {data.chain_hash}"
    key_lines: list[Any] = []
    if data.admin_key:
        check += f" --admin-key {data.admin_key}"
        key_lines = [_p("First admin's signing key (fingerprint), which every audit signature traces back to",
                        "label"), Text(markup(data.admin_key, bold=True), hash_style)]
    anchor = Table(split_rows([[
        [_p("Audit chain hash when this report was printed", "label"),
         Text(markup(data.chain_hash, bold=True), hash_style), *key_lines,
         _p(f"To check later that the audit trail still holds everything up to this report: {check}", "small")],
    ]], [WIDTH], 12), colWidths=[WIDTH])
    anchor.setStyle(TableStyle([
        FONT, ("BOX", (0, 0), (-1, -1), 0.6, RULE), ("BACKGROUND", (0, 0), (-1, -1), HEADER_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return [*out, Spacer(1, 6), KeepTogether([anchor])]


def _signatures(data: CaseReportData) -> list[Flowable]:
    case = data.case
    officer = person_name(case.created_by, data.people) or "; ".join(case.officers)
    supervisor = person_name(case.approved_by, data.people) if case.status == "approved" else ""

    def block(role: str, name: str) -> list[Flowable]:
        line = ParagraphStyle("sig", parent=_style("body"), leading=22)
        return [
            Text(markup(role), ParagraphStyle("role", parent=_style("label"), fontSize=10, leading=16)),
            Text(f"{markup('Name:')} {markup(name) if name else '_' * 38}", line),
            Text(f"{markup('Date:')} {'_' * 38}", line),
            Text(f"{markup('Signature:')} {'_' * 33}", line),
        ]

    table = Table(split_rows([[block("Officer", officer), block("Supervisor", supervisor)]], [WIDTH / 2] * 2, 10),
                  colWidths=[WIDTH / 2] * 2)
    table.setStyle(TableStyle([FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 10)]))
    return [Spacer(1, 10), KeepTogether([_p("Signatures", "h2"), table])]


def _page_decorations(data: CaseReportData) -> tuple[Any, Any]:
    """(on every page as it begins: watermark and running header, footer with "page X of Y")."""
    case = data.case
    mark = watermark_text(case)
    number = case.case_number or ""
    generated = pdf_time(data.generated_at.astimezone(data.zone))
    width, height = PAGE
    # one-line texts, fitted once: shrunk to a smallest size, then cut with "…" (the body prints them whole)
    running = fit_line(f"{data.agency} · {TITLE} · case {number}", WIDTH * 0.68, 7.5, 5)
    footer_left = fit_line(f"Case {number} · {TITLE}", WIDTH * 0.8, 7.5, 5, bold=True)
    printed = fit_line(f"Generated {generated} · printed by {data.printed_by}", WIDTH, 6.5, 4.5)
    chain = fit_line(f"Audit chain hash {data.chain_hash}", WIDTH, 6, 4.5)

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
            status, status_size = fit_line(_status_words(case) + ("" if case.status == "approved"
                                                                  else " (NOT APPROVED)"),
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
        draw_text(canvas, width - MARGIN, 11 * mm, f"Page {page} of {total}", size=7.5, bold=True, align="right")
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
        _header(data), *_event(data), *_place(data), *_route(data), *_people(data), *_exhibits(data),
        *_narrative(data), *_attachments(data), *_custody(data), *_audit(data), *_signatures(data),
    ]


def write_case_report(data: CaseReportData, out: BinaryIO) -> int:
    """Write the report as PDF to `out`; returns the number of pages."""
    case = data.case
    number = case.case_number or ""
    on_page, footer = _page_decorations(data)
    doc = BaseDocTemplate(
        out, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN, title=f"{TITLE} {number}", author=data.printed_by,
        subject=f"{TITLE}: case {number}, {data.agency}, {_status_words(case).lower()}",
        keywords=["case incident report", number, data.agency, _status_words(case).lower()],
        creator="caseapp", producer="caseapp (ReportLab)", invariant=1, lang="en",
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
