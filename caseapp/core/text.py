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


def one_line(value: object, limit: int = 120) -> str:
    """A value for a one-line message: control and format characters (newlines, NUL, escape sequences, the
    right-to-left override U+202E) shown as escapes, and long text cut with its length given."""
    text = str(value)
    shown = "".join(ch if not unicodedata.category(ch).startswith("C") else repr(ch)[1:-1] if ord(ch) < 0x10000
                    and unicodedata.category(ch) == "Cc" else f"\\u{ord(ch):04x}" for ch in text[:limit])
    return shown if len(text) <= limit else f"{shown}... ({len(text):,} characters)"


def quoted(value: object, limit: int = 48) -> str:
    """A value as quoted in a message: escaped as one_line() does, and a long value cut ("'abc…' (5,000
    characters)"), so no message runs off a window or rewrites a terminal."""
    text = "" if value is None else str(value)
    if len(text) > limit:
        return f"'{one_line(text[:limit], limit)}…' ({len(text):,} characters)"
    return f"'{one_line(text, limit)}'"


#: Unicode categories a one-line field may not hold: controls (line feed, tab, NUL, escape...) and the line
#: and paragraph separators
BREAKING_CATEGORIES = frozenset({"Cc", "Zl", "Zp"})
_LINE_BREAK = re.compile(r"\r\n|[\r\n\t\v\f\x85\u2028\u2029]")


#: the characters of those categories (Cc is exactly C0, DEL and C1; Zl and Zp one character each): one regular
#: expression search instead of a category look-up per character, which an import does for every cell
_BREAKING = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def breaks_line(text: str) -> bool:
    """True when the text holds a line break, a tab or another control character."""
    return _BREAKING.search(text) is not None


def joined_lines(text: str) -> str:
    """Text pasted into a one-line field: each line break or tab a space, other control characters dropped."""
    spaced = _LINE_BREAK.sub(" ", text)
    return "".join(c for c in spaced if unicodedata.category(c) not in BREAKING_CATEGORIES)
