"""Text folding for matching names and for free-text search."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_GREEK = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ω": "omega", "μ": "u"}
_NON_ALNUM = re.compile(r"[\W_]+", re.UNICODE)


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """The key under which names match: case, accents, spaces, hyphens and punctuation ignored.

    "Furanyl-fentanyl", "furanyl fentanyl" and "FURANYLFENTANYL" share one key; so do "α-PVP" and
    "alpha-PVP".
    """
    folded = strip_accents(text).casefold()
    for letter, spelled in _GREEK.items():
        if letter in folded:
            folded = folded.replace(letter, spelled)
    return _NON_ALNUM.sub("", folded)


def fold_text(text: str) -> str:
    """Case- and accent-folded text for free-text search (spaces and punctuation kept)."""
    return strip_accents(text).casefold()


def clean_cell(value: object) -> str:
    """A raw cell as stripped text ('' for None)."""
    if value is None:
        return ""
    return str(value).strip()


def noun(number: int, singular: str, plural: str | None = None) -> str:
    """The noun that goes with a number: noun(1, 'case') is 'case', noun(2, 'case') is 'cases'."""
    return singular if number == 1 else (plural if plural is not None else singular + "s")


def counted(number: int, singular: str, plural: str | None = None, *, grouped: bool = True) -> str:
    """'1 case', '2 cases', '1,204 cases': the number with its noun in the right number."""
    word = noun(number, singular, plural)
    return f"{number:,} {word}" if grouped else f"{number} {word}"


def _visible(char: str) -> str:
    if char in "\t\n\r":
        return {"\t": "\\t", "\n": "\\n", "\r": "\\r"}[char]
    category = unicodedata.category(char)
    if category in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp"):  # controls, bidi and zero-width marks, surrogates
        return f"<U+{ord(char):04X}>"
    return char


def quoted(value: object, limit: int = 48) -> str:
    """A value as quoted in a message: control, direction and invisible characters shown as <U+XXXX>, and
    a long value cut ("'abc…' (5,000 characters)"), so no message runs off a window or rewrites a terminal."""
    text = "" if value is None else str(value)
    shown = "".join(_visible(char) for char in text[:limit])
    if len(text) > limit:
        return f"'{shown}…' ({len(text):,} characters)"
    return f"'{shown}'"
