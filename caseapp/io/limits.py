"""Bounds for reading files from outside, so that no file can exhaust memory or crash the process.

Honest files stay far below them: a case nests 5 levels deep in JSON, its longest text is a narrative of a
few KB, its numbers a few digits. The readers look the limits up when they run (tests lower them).

- MAX_DEPTH: nesting of JSON arrays and objects (the parser's memory grows with the square of the depth).
- MAX_NUMBER_CHARS: a JSON number's length (ijson's C parser crashes on integers of 5,000 digits).
- MAX_TEXT_CHARS: one JSON string, one CSV field (a narrative of 10 MB still fits).
- MAX_LINE_CHARS: one line of a CSV or IDS file.
- MAX_RECORD_CHARS: one record: a JSON case, or a CSV row whose quoted fields span lines, or the rows of one
  CSV case.
- MAX_RECORD_ITEMS: values and containers in one JSON case (each costs memory once parsed, however short:
  a case of 10,000 exhibits has about 300,000).
- MAX_PROBLEMS_KEPT: problems an import report keeps in memory (every one is counted, and every rejected
  record is written to the rejects file).
"""

from __future__ import annotations

MAX_DEPTH = 32
MAX_NUMBER_CHARS = 100
MAX_TEXT_CHARS = 12 * 1024 * 1024
MAX_LINE_CHARS = 16 * 1024 * 1024
MAX_RECORD_CHARS = 32 * 1024 * 1024
MAX_RECORD_ITEMS = 500_000
MAX_PROBLEMS_KEPT = 10_000


def size_text(chars: int) -> str:
    """A limit as people read it: '4 MiB' for 4 * 1024 * 1024."""
    for unit, size in (("MiB", 1024 * 1024), ("KiB", 1024)):
        if chars >= size and chars % size == 0:
            return f"{chars // size} {unit}"
    return f"{chars:,} characters"
