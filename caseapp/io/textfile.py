"""Reading text files: decoded lines with the line count for messages and a byte count for progress.
A decoding error names the line and the byte, found by a second look at the raw file.

Bounded (caseapp.io.limits): a line is read at most MAX_LINE_CHARS at a time, a record (a row whose quoted
fields span lines) at most MAX_RECORD_CHARS, a field at most MAX_TEXT_CHARS, each with a one-line message;
a file of 2 GB without a newline costs one bounded read, not the whole file in memory."""

from __future__ import annotations

import codecs
import csv
import io
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from caseapp.core.errors import FileFormatError
from caseapp.core.i18n import translate
from caseapp.io import limits

# Pseudo-encodings that are not a file's character set (they transform text or bytes).
_NOT_CHARSETS = frozenset({"idna", "punycode", "unicode_escape", "raw_unicode_escape", "undefined"})


def csv_problem(exc: Exception) -> str:
    """The csv module's error in our words (its field limit is ours, MAX_TEXT_CHARS)."""
    if "field larger than field limit" in str(exc):
        return f"a cell is longer than {limits.size_text(limits.MAX_TEXT_CHARS)}"
    return " ".join(str(exc).split())


def csv_field_limit() -> None:
    """Long narratives and raw cells: the csv module's limit (128 KiB by default) set to ours."""
    csv.field_size_limit(min(sys.maxsize, limits.MAX_TEXT_CHARS))


class LineSource:
    """Decoded lines of a file; .line is the number of the last line read, .bytes_read for progress."""

    def __init__(self, handle: BinaryIO, encoding: str, name: str) -> None:
        self.handle = handle
        self.encoding = "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding
        self.name = name
        self.line = 0
        self.record_chars = 0  # characters read since the reader's last record
        try:
            self.total = os.fstat(handle.fileno()).st_size
        except (OSError, AttributeError, ValueError, io.UnsupportedOperation):
            self.total = 0

    @property
    def bytes_read(self) -> int:
        try:
            return self.handle.tell()
        except (OSError, ValueError):
            return 0

    def next_record(self) -> None:
        """The reader has a whole record: count the next one's characters from here."""
        self.record_chars = 0

    def __iter__(self) -> Iterator[str]:
        text = io.TextIOWrapper(self.handle, encoding=self.encoding, newline="")
        longest, largest = limits.MAX_LINE_CHARS, limits.MAX_RECORD_CHARS
        try:
            while line := text.readline(longest + 1):
                self.line += 1
                if len(line) > longest:
                    raise FileFormatError(translate(
                        "TextFile", "{name}: line {line} is longer than {size_text} (is it a CSV file?)").format(
                        name=self.name, line=self.line, size_text=limits.size_text(longest)))
                self.record_chars += len(line)
                if self.record_chars > largest:
                    raise FileFormatError(translate(
                        "TextFile", "{name}: line {line}: a record (a quoted cell running over lines?) is longer "
                                    "than {size_text}").format(
                        name=self.name, line=self.line, size_text=limits.size_text(largest)))
                yield line
        except UnicodeDecodeError:
            raise self._decode_error() from None
        finally:
            try:
                text.detach()  # leave the binary handle to its owner
            except ValueError:
                pass

    def _decode_error(self) -> FileFormatError:
        self.handle.seek(0)
        for number, raw in enumerate(self.handle, start=1):
            try:
                raw.decode(self.encoding)
            except UnicodeDecodeError as exc:
                return FileFormatError(
                    translate(
                        "TextFile", "{name}: line {number} is not valid {encoding} (byte 0x{raw:02x}); give "
                                    "the file's encoding with --encoding, e.g. cp1252").format(
                        name=self.name, number=number, encoding=self.encoding.removesuffix('-sig'),
                        raw=raw[exc.start])
                )
        return FileFormatError(translate(
            "TextFile", "{name}: not valid {encoding}").format(
            name=self.name, encoding=self.encoding))


def open_binary(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise FileFormatError(translate("TextFile", "{path}: no such file").format(path=path)) from None
    except IsADirectoryError:
        raise FileFormatError(translate("TextFile", "{path} is a folder, not a file").format(path=path)) from None
    except PermissionError:
        raise FileFormatError(translate("TextFile", "{path}: permission denied").format(path=path)) from None


def check_encoding(encoding: str) -> str:
    """A text encoding (a character set such as utf-8 or cp1252), else a one-line error: codecs such as
    rot13, base64 or zlib_codec transform data and are no file's encoding."""
    try:
        name = codecs.lookup(encoding).name
        io.TextIOWrapper(io.BytesIO(), encoding=encoding)  # refuses codecs that are not text encodings
    except (LookupError, ValueError, TypeError):
        raise FileFormatError(translate(
            "TextFile", "unknown encoding '{encoding}' (give a text encoding such as utf-8 or cp1252)").format(
            encoding=encoding)
                              ) from None
    if name.replace("-", "_") in _NOT_CHARSETS:
        raise FileFormatError(translate(
            "TextFile", "'{encoding}' is not a file encoding (give one such as utf-8 or cp1252)").format(
            encoding=encoding))
    return encoding
