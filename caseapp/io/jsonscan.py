"""A guard between a JSON file and the parser: every chunk is scanned before the parser sees it, and a file
that nests too deep, holds a number too long, a string too long or a case too large is refused there.

Why before: ijson's fast C backend crashes the process on an integer of 5,000 digits, and its memory grows
with the square of the nesting depth within a single read (a 200 KB file of brackets took 24 GB); once the
parser has the bytes it is too late. The scan runs at C speed: escapes are removed, the quotes left then
alternate (split), brackets are counted with translate and a running sum.
Sizes are counted in bytes of the file, with at most one read's worth of slack (64 KiB).
"""

from __future__ import annotations

import re
from itertools import accumulate
from typing import Any

from caseapp.core.errors import FileFormatError
from caseapp.io import limits

_ESCAPE = re.compile(rb"\\.", re.S)  # a backslash and the byte it escapes
_NUMBER_BYTES = b"-+0123456789.eE"
_BRACKETS = b"[]{}"
_NOT_BRACKETS = bytes(b for b in range(256) if b not in _BRACKETS)
_SIGN = bytes.maketrans(b"[{]}", b"\x01\x01\xff\xff")
RECORD_DEPTH = 3  # {"cases": [ {a case: everything at depth 3 and below} ]}


class JsonLimit(FileFormatError):
    """A JSON file past one of the bounds in caseapp.io.limits."""


_NUMBER_MARKS = bytes(1 if b in _NUMBER_BYTES else 0 for b in range(256))


class BoundedJson:
    """A binary file wrapper for ijson: read() gives the file's bytes once they passed the scan."""

    def __init__(self, handle: Any) -> None:
        self.handle = handle
        self.bytes_read = 0
        self.depth = 0
        self.in_string = False
        self.escape = False  # the chunk ended on a backslash inside a string
        self.text = 0  # bytes of the string being read
        self.number = 0  # bytes of the number-like run at the end of the last chunk
        self.deep = 0  # bytes read since the depth was last below a record's
        self.items = 0  # values and containers since then (commas and opening brackets)

    def read(self, size: int = -1) -> bytes:
        data: bytes = self.handle.read(size)
        self.bytes_read += len(data)
        if data:
            self._scan(data)
        return data

    # -- the scan -------------------------------------------------------------------------------------
    def _scan(self, data: bytes) -> None:
        if self.escape:  # the last chunk ended on a backslash inside a string: this byte is escaped
            data, self.escape = data[1:], False
        # Escapes occur only inside strings: without them, the quotes left alternate open and close.
        plain = _ESCAPE.sub(b"", data) if b"\\" in data else data
        if plain.endswith(b"\\"):  # a lone backslash: it escapes the next chunk's first byte
            plain, self.escape = plain[:-1], True
        parts = plain.split(b'"')
        starts_inside = self.in_string
        ends_inside = starts_inside != (len(parts) % 2 == 0)  # each quote opens or closes a string
        inside = parts[0::2] if starts_inside else parts[1::2]
        outside = parts[1::2] if starts_inside else parts[0::2]
        # a string that starts and ends within this read is no longer than the read
        longest = max(map(len, inside), default=0) if len(data) > limits.MAX_TEXT_CHARS else 0
        if starts_inside:  # the first part ends the string begun in an earlier chunk
            longest = max(longest, self.text + len(parts[0]))
        if starts_inside and len(parts) == 1:
            self.text += len(parts[0])
        else:
            self.text = len(parts[-1]) if ends_inside else 0
        if max(longest, self.text) > limits.MAX_TEXT_CHARS:
            raise JsonLimit(f"a text value is longer than {limits.size_text(limits.MAX_TEXT_CHARS)}")
        self.in_string = ends_inside
        code = b" ".join(outside)  # the JSON outside strings: brackets, numbers, literals, punctuation
        self._check_numbers(code, continues=not starts_inside, ends=not ends_inside)
        brackets = code.translate(None, _NOT_BRACKETS)
        if brackets:
            steps = list(accumulate(memoryview(brackets.translate(_SIGN)).cast("b"), initial=self.depth))
            peak, trough = max(steps), min(steps)
            self.depth = max(0, steps[-1])
            if peak > limits.MAX_DEPTH:
                raise JsonLimit(f"nested more than {limits.MAX_DEPTH} levels deep (a caseapp file nests 6)")
        else:
            peak = trough = self.depth
        self._count_record(len(data), code.count(b",") + code.count(b"[") + code.count(b"{"), trough, peak)

    def _check_numbers(self, code: bytes, *, continues: bool, ends: bool) -> None:
        limit = limits.MAX_NUMBER_CHARS
        leading = len(code) - len(code.lstrip(_NUMBER_BYTES))
        too_long = code.translate(_NUMBER_MARKS).find(b"\x01" * (limit + 1)) >= 0
        if (self.number if continues else 0) + leading > limit or too_long:
            raise JsonLimit(f"a number is longer than {limit} characters")
        if not ends:
            self.number = 0
        elif leading == len(code):
            self.number = (self.number if continues else 0) + leading
        else:
            self.number = len(code) - len(code.rstrip(_NUMBER_BYTES))

    def _count_record(self, size: int, items: int, trough: int, peak: int) -> None:
        """Bytes and items within one case, counted by whole reads (an upper bound): a read where the depth
        came back below a case's counts for the case that ended in it and for the one it began."""
        if peak >= RECORD_DEPTH:
            self.deep += size
            self.items += items
        if self.deep > limits.MAX_RECORD_CHARS:
            raise JsonLimit(f"a case is larger than {limits.size_text(limits.MAX_RECORD_CHARS)}")
        if self.items > limits.MAX_RECORD_ITEMS:
            raise JsonLimit(f"a case holds more than {limits.MAX_RECORD_ITEMS:,} values")
        if trough < RECORD_DEPTH:
            inside = self.depth >= RECORD_DEPTH
            self.deep, self.items = (size, items) if inside else (0, 0)
