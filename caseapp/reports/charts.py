"""Charts for the printed reports, as reportlab.graphics Drawings built from plain shapes.

Two kinds: a monthly trend (seizures and kg-equivalent per month, two panels over one time axis) and a
horizontal bar chart (the largest categories and one "Others" bar for the rest). Hand-built rather than
ReportLab's chart widgets so that every label is measured before it is placed: month labels are thinned
to a regular step that cannot collide, category labels are shortened with "…" to their column, value
labels sit beside their bar, and no string is drawn in a font that is not embedded (each label is split
into runs of the bundled font that covers it, as the rest of the report is).

Colours are the Okabe-Ito palette, told apart with any colour vision; "unknown" buckets are grey.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from babel.numbers import format_decimal
from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics

from caseapp.core.i18n import LOCALES, current_language, translate
from caseapp.reports.styles import SANS, SANS_BOLD, register_fonts, runs

# Okabe & Ito (2008), "Color Universal Design"
BLUE = colors.HexColor("#0072B2")
ORANGE = colors.HexColor("#E69F00")
GREEN = colors.HexColor("#009E73")
SKY = colors.HexColor("#56B4E9")
VERMILLION = colors.HexColor("#D55E00")
PURPLE = colors.HexColor("#CC79A7")
GREY = colors.HexColor("#9E9E9E")
PALETTE = (BLUE, ORANGE, GREEN, SKY, VERMILLION, PURPLE)

INK = colors.HexColor("#263238")
MUTED = colors.HexColor("#546e7a")
GRID = colors.HexColor("#e0e0e0")
AXIS = colors.HexColor("#90a4ae")
ELLIPSIS = "…"

MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")  # English


def month_name(month: int) -> str:
    """A month's short name in the language of the print ('Jan', 'janv.'), from CLDR."""
    from babel.dates import get_month_names

    return str(get_month_names("abbreviated", locale=LOCALES[current_language()])[month])


# -- text ---------------------------------------------------------------------------------------------

def text_width(text: str, size: float, *, bold: bool = False) -> float:
    register_fonts()
    return sum(pdfmetrics.stringWidth(chunk, SANS_BOLD if bold and name == SANS else name, size)
               for name, chunk in runs(text))


def label(x: float, y: float, text: str, *, size: float = 7, anchor: str = "start", bold: bool = False,
          colour: colors.Color = INK) -> Group:
    """One line of text at (x, y) as Strings, one per run of a covering bundled font; anchor start, middle
    or end."""
    width = text_width(text, size, bold=bold)
    left = x - width if anchor == "end" else x - width / 2 if anchor == "middle" else x
    group = Group()
    for name, chunk in runs(text):
        font = SANS_BOLD if bold and name == SANS else name
        group.add(String(left, y, chunk, fontName=font, fontSize=size, fillColor=colour, textAnchor="start"))
        left += pdfmetrics.stringWidth(chunk, font, size)
    return group


def shorten(text: str, width: float, size: float, *, bold: bool = False) -> str:
    """The text, cut and ended with "…" when it is wider than `width`."""
    if text_width(text, size, bold=bold) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if text_width(text[:middle].rstrip() + ELLIPSIS, size, bold=bold) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS if low else ELLIPSIS


def _drawing(width: float, height: float) -> Drawing:
    register_fonts()
    drawing = Drawing(width, height)
    # the renderer starts every drawing in its default font: make that the embedded one, not Helvetica
    drawing.initialFontName = SANS
    drawing.initialFontSize = 7
    return drawing


# -- numbers ------------------------------------------------------------------------------------------

def nice_ticks(top: float, count: int = 4, *, whole: bool = False) -> list[float]:
    """0 and about `count` round steps (1, 2, 2.5 or 5 x 10^n; whole numbers only when `whole`) reaching
    at least `top`."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    magnitude = 10 ** math.floor(math.log10(raw))
    factors = (1, 2, 5, 10) if whole else (1, 2, 2.5, 5, 10)
    step = next(m * magnitude for m in factors if m * magnitude >= raw)
    if whole:
        step = max(1, round(step))
    ticks = [0.0]
    while ticks[-1] < top - 1e-9 * step:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


def axis_format(ticks: Sequence[float]) -> Callable[[float], str]:
    """How the ticks of one axis are printed, all in the same unit: 0, 2.5, 40, 7,500, 15k, 2.5M."""
    top = max(ticks, default=0)
    step = ticks[1] - ticks[0] if len(ticks) > 1 else 1
    unit, suffix = next(((u, s) for u, s in ((1e9, "G"), (1e6, "M"), (1e4, "k")) if top >= u), (1.0, ""))
    if suffix == "k":
        unit = 1e3
    places = 0
    while places < 3 and abs(round(step / unit, places) - step / unit) > 1e-9:
        places += 1

    locale = LOCALES[current_language()]
    pattern = "#,##0" + ("." + "0" * places if places else "")

    def text(value: float) -> str:
        return "0" if value == 0 else f"{format_decimal(value / unit, pattern, locale=locale)}{suffix}"

    return text


def mg_to_kg(milligrams: int) -> float:
    return float(Decimal(milligrams) / Decimal(1_000_000))


# -- monthly trend --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Period:
    """One bar of the trend: a month ("2024-03") or, over a long range, a year ("2024")."""

    key: str
    seizures: int
    kg: float
    estimate: bool


def periods(months: Sequence[tuple[str, int, int, bool]], *, max_bars: int = 180) -> list[Period]:
    """(YYYY-MM, seizures, kg in mg, estimate) per month as bars: months, or years when there are more
    than `max_bars` months."""
    if len(months) <= max_bars:
        return [Period(m, s, mg_to_kg(kg), est) for m, s, kg, est in months]
    years: dict[str, list[int]] = {}
    for month, seizures, kg, estimate in months:
        year = years.setdefault(month[:4], [0, 0, 0])
        year[0] += seizures
        year[1] += kg
        year[2] |= int(estimate)
    return [Period(y, s, mg_to_kg(kg), bool(e)) for y, (s, kg, e) in sorted(years.items())]


def _label_step(count: int, pitch: float, widest: float, *, yearly: bool) -> int:
    """Label every n-th bar, n from a regular series (months: 1, 2, 3, 4, 6, 12, 24...), so that labels a
    little wider than `widest` never touch."""
    needed = (widest + 6) / max(pitch, 1e-6)
    series = (1, 2, 5, 10, 20, 50, 100) if yearly else (1, 2, 3, 4, 6, 12, 24, 36, 60, 120, 240)
    return next((n for n in series if n >= needed), max(1, math.ceil(needed)))


def trend_chart(months: Sequence[tuple[str, int, int, bool]], width: float, height: float, *,
                kg_title: str = "") -> Drawing:
    """Seizures per month (top panel, bars) and kg-equivalent per month (bottom panel, bars) over one
    time axis. `months`: (YYYY-MM, seizures, kg in mg, estimate flag), oldest first, gaps included."""
    bars = periods(months)
    yearly = bool(bars) and len(bars[0].key) == 4
    drawing = _drawing(width, height)
    size = 6.5
    axis_w = 6 + max(text_width(axis_format(ticks)(v), size)
                     for ticks in (nice_ticks(max([b.seizures for b in bars], default=0) or 1, whole=True),
                                   nice_ticks(max([b.kg for b in bars], default=0) or 1)) for v in ticks)
    left, right = axis_w + 2, width - 4
    bottom_axis = 2 * size + 8  # room for month and year label lines
    title_h = size + 5
    gap = 10
    panel_h = (height - bottom_axis - 2 * title_h - gap) / 2
    kg_title = kg_title or translate("Summary", "kg-equivalent per month")
    panels = (
        (translate("Summary", "Seizures per month") if not yearly else translate("Summary", "Seizures per year"),
         [float(b.seizures) for b in bars], BLUE, bottom_axis + panel_h + gap + title_h, True),
        (kg_title if not yearly else kg_title.replace(translate("Summary", "per month"),
                                                      translate("Summary", "per year")),
         [b.kg for b in bars], ORANGE, bottom_axis, False),
    )
    count = max(len(bars), 1)
    pitch = (right - left) / count
    bar_w = max(pitch * 0.72, 0.6) if pitch > 1.2 else pitch
    for title, values, colour, base, whole in panels:
        ticks = nice_ticks(max(values, default=0) or 1, whole=whole)
        top = ticks[-1]
        tick_text = axis_format(ticks)
        drawing.add(label(left, base + panel_h + 4, title, size=size + 0.5, bold=True))
        for tick in ticks:
            y = base + panel_h * tick / top
            drawing.add(Line(left, y, right, y, strokeColor=GRID if tick else AXIS, strokeWidth=0.4))
            drawing.add(label(left - 3, y - size / 3, tick_text(tick), size=size, anchor="end", colour=MUTED))
        for index, value in enumerate(values):
            if value <= 0:
                continue
            h = max(panel_h * value / top, 0.4)
            x = left + index * pitch + (pitch - bar_w) / 2
            drawing.add(Rect(x, base, bar_w, h, fillColor=colour, strokeColor=None, strokeWidth=0))
    # time axis: month labels on a regular step, the year under January (and under the first bar when
    # that does not crowd the first January)
    if bars:
        widest = max(text_width(b.key if yearly else month_name(int(b.key[5:7])), size) for b in bars)
        step = _label_step(count, pitch, widest, yearly=yearly)
        month_y, year_y = bottom_axis - size - 3, bottom_axis - 2 * size - 6
        years: list[tuple[float, str]] = []
        for index, bar in enumerate(bars):
            x = left + index * pitch + pitch / 2
            if yearly:
                if int(bar.key) % step == 0 or (index == 0 and step == 1):
                    drawing.add(label(x, month_y, bar.key, size=size, anchor="middle", colour=MUTED))
                continue
            month = int(bar.key[5:7])
            if step >= 12:
                if month == 1 and int(bar.key[:4]) % (step // 12) == 0:
                    drawing.add(Line(x, bottom_axis, x, bottom_axis - 2, strokeColor=AXIS, strokeWidth=0.4))
                    drawing.add(label(x, month_y, bar.key[:4], size=size, anchor="middle", colour=MUTED))
                continue
            if (month - 1) % step == 0:
                drawing.add(Line(x, bottom_axis, x, bottom_axis - 2, strokeColor=AXIS, strokeWidth=0.4))
                drawing.add(label(x, month_y, month_name(month), size=size, anchor="middle", colour=MUTED))
            if month == 1 or index == 0:
                years.append((x, bar.key[:4]))
        year_w = text_width("0000", size, bold=True) + 6
        if len(years) > 1 and years[1][0] - years[0][0] < year_w:
            years.pop(0)  # the first bar's year would touch the first January's
        for x, year in years:
            drawing.add(label(max(x, left + year_w / 2), year_y, year, size=size, anchor="middle", bold=True,
                              colour=MUTED))
    return drawing


# -- horizontal bars ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the value as printed at the end of the bar ("~12.5 kg", "340")
    unknown: bool = False  # drawn grey: "unknown / not recorded"
    others_bar: bool = False  # the bar of all the others: grey too


def top_bars(bars: Sequence[Bar], limit: int, others: Callable[[int, float], str]) -> list[Bar]:
    """The `limit` largest bars (unknown last), the rest summed into one "Others (n)" bar; `others(n,
    total)` prints that bar's value."""
    known = sorted((b for b in bars if not b.unknown and b.value > 0), key=lambda b: -b.value)
    unknown = [b for b in bars if b.unknown and b.value > 0]
    room = limit - len(unknown)
    if len(known) > room:
        rest = known[room - 1:]
        total = sum(b.value for b in rest)
        known = [*known[:room - 1], Bar(translate("Summary", "Others ({count})").format(count=len(rest)), total,
                                        others(len(rest), total), others_bar=True)]
    return [*known, *unknown]


def bar_chart(bars: Sequence[Bar], width: float, *, title: str = "", colour: colors.Color = BLUE,
              row: float = 13, size: float = 7) -> Drawing:
    """Horizontal bars, one per row in the order given, labels left (shortened to fit), values right."""
    title_h = size + 7 if title else 0
    height = title_h + row * max(len(bars), 1) + 4
    drawing = _drawing(width, height)
    if title:
        drawing.add(label(0, height - size - 1, title, size=size + 0.5, bold=True))
    if not bars:
        drawing.add(label(0, height - title_h - row + 3, translate("Summary", "Nothing to show"), size=size,
                          colour=MUTED))
        return drawing
    label_w = min(max(text_width(b.label, size) for b in bars) + 4, width * 0.42)
    value_w = max(text_width(b.text, size) for b in bars) + 6
    start, span = label_w + 2, max(width - label_w - 2 - value_w, 10)
    top = max(b.value for b in bars) or 1
    drawing.add(Line(start, 2, start, height - title_h, strokeColor=AXIS, strokeWidth=0.5))
    for index, bar in enumerate(bars):
        y = height - title_h - (index + 1) * row
        drawing.add(label(start - 4, y + row / 2 - size / 3, shorten(bar.label, label_w - 4, size), size=size,
                          anchor="end"))
        length = max(span * bar.value / top, 0.6)
        fill = GREY if bar.unknown or bar.others_bar else colour
        drawing.add(Rect(start, y + row * 0.18, length, row * 0.64, fillColor=fill, strokeColor=None, strokeWidth=0))
        drawing.add(label(start + length + 3, y + row / 2 - size / 3, bar.text, size=size, colour=MUTED))
    return drawing
