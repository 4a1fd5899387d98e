"""CSV cells that a spreadsheet would run as formulas.

A cell beginning with '=', '+', '-', '@', a tab or a carriage return is a formula to Excel, LibreOffice and
Google Sheets (`=HYPERLINK("http://evil", "click")`, `=cmd|...`): every CSV the application writes (exports,
search results, rejects files, IDS) puts an apostrophe before such a cell, which spreadsheets show as text.
A cell that already begins with an apostrophe gets one more, so the rule can be undone exactly: on import,
one leading apostrophe is removed from a cell that begins with an apostrophe followed by one of those
characters or another apostrophe. Re-importing our own export therefore gives back every value unchanged
(a longitude of "-73.5" is written "'-73.5" and read back as "-73.5").
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, TextIO

FORMULA_STARTS = frozenset("=+-@\t\r'")


def neutralise(value: Any) -> Any:
    """The value to write in a CSV cell (non-text values are left to the csv module)."""
    if isinstance(value, str) and value and value[0] in FORMULA_STARTS:
        return "'" + value
    return value


def restore(value: str) -> str:
    """The cell's value as it was before neutralise()."""
    if len(value) >= 2 and value[0] == "'" and value[1] in FORMULA_STARTS:
        return value[1:]
    return value


def safe_row(row: dict[str, Any]) -> dict[str, Any]:
    return {key: neutralise(value) for key, value in row.items()}


class CsvOut:
    """A csv writer for files we hand out: formula cells neutralised, and a row holding a carriage return
    quoted whole (with "\\n" line ends the csv module leaves a lone CR unquoted, and a reader then splits the
    cell in two)."""

    def __init__(self, out: TextIO, **options: Any) -> None:
        self.plain = csv.writer(out, lineterminator="\n", **options)
        self.quoted = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL, **options)

    def writerow(self, cells: Iterable[Any]) -> None:
        row = ["" if cell is None else neutralise(cell) for cell in cells]
        writer = self.quoted if any(isinstance(cell, str) and "\r" in cell for cell in row) else self.plain
        writer.writerow(row)
