"""Text that fits whatever is stored: words wider than their box broken quickly, one-line texts shrunk then
cut with "…", barcode and QR payloads bounded, very long texts in page-sized pieces.

Any stored field can hold megabytes without a space (an import keeps text up to 12 MiB). ReportLab breaks an
overlong word itself, but a character at a time through its slowest path (about 7 µs a character, redone at
every wrap of a table): 10 exhibits with 5,000-character fields took 39 s. `Text` breaks such words once per
width, at the characters where they reach the edge, into pieces joined by a line break.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from caseapp.core.formats import grouped
from caseapp.core.i18n import translate
from caseapp.reports.styles import SANS, SANS_BOLD, markup, runs

ELLIPSIS = "…"
QR_MAX_BYTES = 200  # a QR code carrying more is too dense to scan at the sizes printed (25 mm): none is drawn
MIN_BAR = 0.12 * mm  # Code 128 bars narrower than this do not scan: the value is printed without bars
LONG_WORD = 12  # characters: a shorter run of non-space characters is left to ReportLab


@functools.lru_cache(maxsize=65536)
def char_width(char: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(char, font, size))


BREAK_AFTER = "-/_,;"  # a word too wide for its cell is broken after the last of these that fits, if any


def _pieces(word: str, font: str, size: float, width: float) -> Iterator[str]:
    """`word` in pieces each at most `width` wide (at least one character each), each ending after a hyphen
    (or slash...) where the piece has one, so "vacuum-sealed" reads "vacuum-" / "sealed", not "vacuum-se" /
    "aled"."""
    start, used = 0, 0.0
    index = 0
    while index < len(word):
        w = char_width(word[index], font, size)
        if used + w > width and index > start:
            soft = max(word.rfind(mark, start, index) for mark in BREAK_AFTER)
            cut = soft + 1 if soft >= start else index
            yield word[start:cut]
            start, used = cut, sum(char_width(c, font, size) for c in word[cut:index])
        used += w
        index += 1
    yield word[start:]


def _break_text(text: str, font: str, size: float, width: float) -> list[str] | None:
    """The frag text cut before each point where a word passes `width`; None when no word does."""
    if len(text) < LONG_WORD:
        return None
    cuts: list[str] = []
    start = 0
    changed = False
    position = 0
    for token in text.split(" "):
        end = position + len(token)
        if len(token) >= LONG_WORD and sum(char_width(c, font, size) for c in token) > width:
            pieces = list(_pieces(token, font, size, width))
            cuts.append(text[start:position] + pieces[0])
            cuts.extend(pieces[1:-1])
            start = end - len(pieces[-1])
            changed = True
        position = end + 1
    if not changed:
        return None
    cuts.append(text[start:])
    return cuts


class Text(Paragraph):
    """A Paragraph whose words wider than the box are broken before ReportLab wraps it (see the module)."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - ReportLab's
        width = availWidth - self.style.leftIndent - self.style.rightIndent - 1
        if width > 0 and getattr(self, "_broken_for", None) != width:
            self._broken_for = width
            frags: list[Any] = []
            for frag in self.frags:
                text = getattr(frag, "text", None)
                cut = (_break_text(text, frag.fontName, frag.fontSize, width)
                       if isinstance(text, str) and not getattr(frag, "cbDefn", None) else None)
                if cut is None:
                    frags.append(frag)
                    continue
                for index, piece in enumerate(cut):
                    if index:
                        frags.append(frag.clone(text="", lineBreak=True))
                    frags.append(frag.clone(text=piece))
            self.frags = frags
        return super().wrap(availWidth, availHeight)  # type: ignore[no-any-return]


def text(value: object, style: ParagraphStyle, *, bold: bool = False) -> Text:
    return Text(markup(value, bold=bold), style)


def text_width(value: str, size: float, *, bold: bool = False) -> float:
    return sum(pdfmetrics.stringWidth(chunk, SANS_BOLD if bold and name == SANS else name, size)
               for name, chunk in runs(value))


def fit_size(text: str, width: float, size: float, minimum: float, *, bold: bool = False) -> float:
    """The largest font size from `size` down to `minimum` at which one line of text fits `width`."""
    while size > minimum:
        if text_width(text, size, bold=bold) <= width:
            return size
        size -= 0.25
    return minimum


def shorten(value: str, width: float, size: float, *, bold: bool = False) -> str:
    """`value` cut to fit `width` at `size` on one line, with "…" when anything was cut."""
    if len(value) <= 400 and text_width(value, size, bold=bold) <= width:
        return value
    low, high = 0, min(len(value), 400)  # nothing wider than a page holds 400 characters at 4 points
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(value[:middle].rstrip() + ELLIPSIS, size, bold=bold) <= width:
            low = middle
        else:
            high = middle - 1
    return value[:low].rstrip() + ELLIPSIS


def fit_line(value: str, width: float, size: float, minimum: float, *, bold: bool = False) -> tuple[str, float]:
    """(text, size) for one line in `width`: the largest size from `size` down to `minimum` at which the
    whole text fits; at `minimum`, the text cut with "…"."""
    if len(value) <= 400:
        current = size
        while current > minimum:
            if text_width(value, current, bold=bold) <= width:
                return value, current
            current -= 0.25
    return shorten(value, width, minimum, bold=bold), minimum


def qr_value_ok(value: str) -> bool:
    """A QR code is drawn only for a value short enough to scan at the printed size."""
    return bool(value) and len(value.encode("utf-8")) <= QR_MAX_BYTES


class CellBudget:
    """How much long text the tables of one report print in full. Every value up to `short` characters is
    printed whole; a longer one is printed whole while the report's budget lasts, and after that as its
    first `short` characters and a note saying how many more the database holds. An honest case never
    comes near it; 501 exhibits of 5,000-character fields would otherwise be 8,000 pages of narrow
    columns."""

    def __init__(self, total: int, short: int) -> None:
        self.left = total
        self.short = short
        self.cut = 0  # values printed in part

    def take(self, value: str) -> str:
        if len(value) <= self.short:
            return value
        if len(value) <= self.left:
            self.left -= len(value)
            return value
        self.left = 0  # once spent, spent: later values are not printed whole out of order
        self.cut += 1
        more = translate("Reports", "[{count} more characters not printed: see the database]")
        return f"{value[:self.short]}… " + more.format(count=grouped(len(value) - self.short))


CELL_BUDGET: ContextVar[CellBudget | None] = ContextVar("CELL_BUDGET", default=None)


def budgeted(value: object) -> object:
    """`value` as the current report's cell budget lets it be printed (unchanged outside a report)."""
    budget = CELL_BUDGET.get()
    if budget is None or not isinstance(value, str):
        return value
    return budget.take(value)
