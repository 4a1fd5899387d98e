"""Fonts, text and page furniture shared by every report.

Every character an officer can type must print, never as a black box: text is split into runs by the
bundled TrueType font that covers each character (DejaVu Sans for Latin, Greek and Cyrillic; Droid Sans
Fallback for Chinese and Japanese; Nanum Gothic for Korean; Symbola for emoji and symbols), and every font is
embedded. A character none of them draws prints as its code point ("[U+1F9EA]"), never as an empty box;
invisible format characters (zero-width joiners, variation selectors, direction marks) are left out. Officer text is
escaped before it goes into Paragraph markup, so `<b>unclosed & 5 < 6` prints as typed. The canvas starts in the bundled
font (otherwise an unused, unembedded Helvetica is named in the file) and, with a fixed clock and
`invariant`, the same input gives the same bytes.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from caseapp.core.formats import moment_text
from caseapp.paths import resource_path

SANS = "CaseSans"
SANS_BOLD = "CaseSans-Bold"
CJK = "CaseCJK"
HANGUL = "CaseHangul"
SYMBOLS = "CaseSymbols"
FALLBACKS = (CJK, HANGUL, SYMBOLS)

HAZARD_RED = colors.HexColor("#b00020")
DRAFT_GREY = colors.Color(0.75, 0.75, 0.75, alpha=0.35)
RULE = colors.HexColor("#9e9e9e")
HEADER_FILL = colors.HexColor("#e8eaf0")
GREY_TEXT = colors.HexColor("#546e7a")


def _unicode_hex(code: int) -> str:
    """A code point as a ToUnicode CMap destination: UTF-16BE, so a surrogate pair beyond U+FFFF."""
    return chr(code).encode("utf-16-be").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap with code points beyond U+FFFF written as UTF-16 surrogate pairs.

    ReportLab writes them as odd-length hex ("<1F48A>"), which PDF readers reject: the emoji draw but
    copying or searching the text loses them. Same CMap otherwise."""
    lines = [
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar",
        *(f"<{index:02X}> <{_unicode_hex(code)}>" for index, code in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ]
    return "\n".join(lines)


@functools.cache
def register_fonts() -> None:
    """Register the bundled fonts once per process."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    fonts = resource_path("fonts")
    pdfmetrics.registerFont(TTFont(SANS, str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(SANS_BOLD, str(fonts / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont(CJK, str(fonts / "DroidSansFallbackFull.ttf")))
    pdfmetrics.registerFont(TTFont(HANGUL, str(fonts / "NanumGothic.ttf")))
    pdfmetrics.registerFont(TTFont(SYMBOLS, str(fonts / "Symbola.ttf")))
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
    for name in FALLBACKS:
        pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)


@functools.cache
def _coverage(font_name: str) -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


def font_for(char: str) -> str | None:
    """The bundled font that draws a character: DejaVu Sans when it can, else the first fallback that can;
    None when no bundled font has it."""
    code = ord(char)
    if code in _coverage(SANS) or char in "\n\t ":
        return SANS
    for name in FALLBACKS:
        if code in _coverage(name):
            return name
    return None


def _invisible(char: str) -> bool:
    """Format characters that only shape their neighbours (ZWJ, variation selectors, bidi marks)."""
    return unicodedata.category(char) == "Cf" or 0xFE00 <= ord(char) <= 0xFE0F or 0xE0100 <= ord(char) <= 0xE01EF


def runs(text: str) -> list[tuple[str, str]]:
    """(font name, text) runs of a string, each run drawn by one font; a character no bundled font draws
    becomes its code point in brackets, an invisible format character nothing."""
    result: list[tuple[str, str]] = []
    for char in text:
        name = font_for(char)
        if name is None:
            if _invisible(char):
                continue
            name, char = SANS, f"[U+{ord(char):04X}]"
        if result and result[-1][0] == name:
            result[-1] = (name, result[-1][1] + char)
        else:
            result.append((name, char))
    return result


def markup(text: object, *, bold: bool = False) -> str:
    """Officer text as Paragraph markup: escaped, characters outside DejaVu in the fallback font, line
    breaks kept. Safe for any input."""
    plain = "" if text is None else str(text)
    plain = "".join(c for c in plain if c in "\n\t" or (ord(c) >= 32 and not 0xD800 <= ord(c) <= 0xDFFF))
    parts = []
    for name, chunk in runs(plain):
        escaped = escape(chunk).replace("\n", "<br/>")
        parts.append(escaped if name == SANS else f'<font name="{name}">{escaped}</font>')
    joined = "".join(parts)
    return f"<b>{joined}</b>" if bold else joined


def draw_text(canvas: Canvas, x: float, y: float, text: str, *, size: float = 9, bold: bool = False,
              align: str = "left") -> float:
    """Draw one line of text on a canvas in runs of covering fonts; returns its width."""
    pieces = [(SANS_BOLD if bold and name == SANS else name, chunk) for name, chunk in runs(text)]
    width = sum(pdfmetrics.stringWidth(chunk, name, size) for name, chunk in pieces)
    start = x - width if align == "right" else x - width / 2 if align == "centre" else x
    for name, chunk in pieces:
        canvas.setFont(name, size)
        canvas.drawString(start, y, chunk)
        start += pdfmetrics.stringWidth(chunk, name, size)
    return width


def rule(canvas: Canvas, x1: float, x2: float, y: float) -> None:
    """The thin grey line under a running header and over a footer."""
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(x1, y, x2, y)


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=SANS, fontSize=9, leading=11.5, alignment=TA_LEFT)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=SANS_BOLD, fontSize=8, leading=10),
        "label": ParagraphStyle("label", parent=base, fontName=SANS_BOLD, fontSize=8, leading=10,
                                textColor=colors.HexColor("#37474f")),
        "title": ParagraphStyle("title", parent=base, fontName=SANS_BOLD, fontSize=16, leading=20),
        "h2": ParagraphStyle("h2", parent=base, fontName=SANS_BOLD, fontSize=11.5, leading=15, spaceBefore=8,
                             spaceAfter=4),
        "hazard": ParagraphStyle("hazard", parent=base, fontName=SANS_BOLD, fontSize=10, leading=13,
                                 textColor=HAZARD_RED),
    }


def make_canvas(**kwargs: Any) -> Canvas:
    """A canvas in the bundled font, deterministic (invariant) so golden files compare byte for byte."""
    register_fonts()
    kwargs["invariant"] = kwargs.get("invariant") or 1
    kwargs["initialFontName"] = kwargs.get("initialFontName") or SANS
    return Canvas(**kwargs)


def canvas_maker(**fixed: Any) -> Callable[..., Canvas]:
    """For doc.build(canvasmaker=...): a NumberedCanvas that knows the page count ("page X of Y")."""
    return functools.partial(NumberedCanvas, **fixed)


class NumberedCanvas(Canvas):
    """Defers each page until the end, then draws "page X of Y" and the footer on every page."""

    def __init__(self, *args: Any, footer: Callable[[Canvas, int, int], None] | None = None,
                 **kwargs: Any) -> None:
        register_fonts()
        # the doc template passes these as None: replace, not setdefault
        kwargs["invariant"] = kwargs.get("invariant") or 1
        kwargs["initialFontName"] = kwargs.get("initialFontName") or SANS
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._footer = footer

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            if self._footer is not None:
                self._footer(self, number, total)
            super().showPage()
        super().save()


def pdf_time(moment: datetime) -> str:
    """A timestamp as printed on reports: local time with its zone, in the language of the print
    ('2026-11-25 14:30 PST', '2026-11-25 14 h 30 HNP')."""
    return moment_text(moment)


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
