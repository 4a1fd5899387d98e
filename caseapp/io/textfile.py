"""Reading text files line by line with exact line numbers for decoding errors and a progress count."""

from __future__ import annotations

import csv
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from caseapp.core.errors import FileFormatError

# Long narratives and raw cells: lift the csv module's 128 KiB default field limit.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


class LineSource:
    """Decoded lines of a file, one at a time; .bytes_read for progress, .line for messages."""

    def __init__(self, handle: BinaryIO, encoding: str, name: str) -> None:
        self.handle = handle
        self.encoding = encoding
        self.name = name
        self.line = 0
        self.bytes_read = 0
        try:
            self.total = os.fstat(handle.fileno()).st_size
        except (OSError, AttributeError, ValueError):
            self.total = 0

    def __iter__(self) -> Iterator[str]:
        first = True
        for raw in self.handle:
            self.line += 1
            self.bytes_read += len(raw)
            if first and self.encoding.replace("-", "").replace("_", "").lower() in ("utf8", "utf8sig"):
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            first = False
            try:
                yield raw.decode(self.encoding)
            except UnicodeDecodeError as exc:
                raise FileFormatError(
                    f"{self.name}: line {self.line} is not valid {self.encoding} "
                    f"(byte 0x{raw[exc.start]:02x}); give the file's encoding with --encoding, e.g. cp1252"
                ) from None


def open_binary(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise FileFormatError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise FileFormatError(f"{path} is a folder, not a file") from None
    except PermissionError:
        raise FileFormatError(f"{path}: permission denied") from None


def check_encoding(encoding: str) -> str:
    import codecs

    try:
        codecs.lookup(encoding)
    except LookupError:
        raise FileFormatError(f"unknown encoding '{encoding}'") from None
    return encoding
