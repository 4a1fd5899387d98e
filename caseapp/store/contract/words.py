"""The words of a text as full-text search sees them, decided once for both back ends: exactly the tokens of
SQLite FTS5's `unicode61 remove_diacritics 2` (letters and digits; case and accents folded; "MDMA/ecstasy" two
words, "Straße" one word "straße"), read from resources/fts_words.json, a table made by asking FTS5 itself
(scripts/fts_words_table.py). SQLite indexes with FTS5; the server stores these words (store.postgres), so a
search answers the same on both."""

from __future__ import annotations

import json
from functools import lru_cache

from caseapp.paths import resource_path

SPACE = " "
#: before a pair of adjacent words ("\x1fhidden compartment"): no word holds it (control characters separate
#: words), so a pair never falls in a word's prefix range
PAIR = "\x1f"


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """str.translate's table: every separator to a space, every folded character to its fold."""
    data = json.loads(resource_path("fts_words.json").read_text(encoding="utf-8"))
    table: dict[int, str] = {cp: SPACE for cp in range(128) if not chr(cp).isalnum()}
    table.update({cp: chr(cp).lower() for cp in range(ord("A"), ord("Z") + 1)})
    for first, last in data["separators"]:
        table.update(dict.fromkeys(range(first, last + 1), SPACE))
    table.update({int(cp): fold for cp, fold in data["folded"].items()})
    return table


def words(text: str | None) -> list[str]:
    """The text's words in order (repeats kept: phrases are sequences)."""
    if not text:
        return []
    return [w for w in text.translate(_table()).split(SPACE) if w]


def pairs(sequence: list[str]) -> list[str]:
    """The keys of each two adjacent words of a sequence (PAIR first)."""
    return [f"{PAIR}{a} {b}" for a, b in zip(sequence, sequence[1:], strict=False)]


def word_keys(columns: tuple[str, ...]) -> set[str]:
    """What the server indexes for an exhibit's full-text columns: each word, and each pair of adjacent words
    within a column ("hidden compartment"), which a phrase needs side by side."""
    found: set[str] = set()
    for column in columns:
        sequence = words(column)
        found.update(sequence)
        found.update(pairs(sequence))
    return found
