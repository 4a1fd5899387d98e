"""Text that reaches a terminal: user data (names, narratives, file cells, logins made before logins were
restricted) may hold control characters (ESC sequences that recolour or clear the screen, carriage returns
that overwrite a line) and bidi or invisible characters (U+202E reverses what follows; a zero-width space
makes two names look alike). The command line writes everything through `TerminalSafe`, which shows each
such character as a \\uXXXX escape: readable, and, inside JSON strings, the same JSON value."""

from __future__ import annotations

import unicodedata
from typing import Any, TextIO

_KEPT = frozenset("\n\t")
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def _escape(char: str) -> str:
    code = ord(char)
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000  # a UTF-16 surrogate pair, as JSON writes characters past U+FFFF
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def terminal_safe(text: str) -> str:
    """`text` with every control, format (bidi, zero-width), private-use, unassigned and line/paragraph
    separator character shown as an escape; newlines and tabs kept."""
    if text.isprintable() and text.isascii():
        return text
    return "".join(_escape(c) if c not in _KEPT and unicodedata.category(c) in _UNSAFE_CATEGORIES else c
                   for c in text)


class TerminalSafe:
    """A text stream that writes `terminal_safe(text)` to the stream it wraps; `.raw` is that stream (for
    the progress line, whose carriage returns are the program's own)."""

    def __init__(self, stream: TextIO) -> None:
        self.raw = stream

    def write(self, text: str) -> int:
        self.raw.write(terminal_safe(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.raw, name)


def raw_stream(stream: TextIO) -> TextIO:
    return stream.raw if isinstance(stream, TerminalSafe) else stream
