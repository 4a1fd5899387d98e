"""Reading text files: decoded lines with the line count for messages and a byte count for progress.
A decoding error names the line and the byte, found by a second look at the raw file."""

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

# Long narratives and raw cells: lift the csv module's 128 KiB default field limit.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


class LineSource:
    """Decoded lines of a file; .line is the number of the last line read, .bytes_read for progress."""

    def __init__(self, handle: BinaryIO, encoding: str, name: str) -> None:
        self.handle = handle
        self.encoding = "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding
        self.name = name
        self.line = 0
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

    def __iter__(self) -> Iterator[str]:
        text = io.TextIOWrapper(self.handle, encoding=self.encoding, newline="")
        try:
            for line in text:
                self.line += 1
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
                    f"{self.name}: line {number} is not valid {self.encoding.removesuffix('-sig')} "
                    f"(byte 0x{raw[exc.start]:02x}); give the file's encoding with --encoding, e.g. cp1252"
                )
        return FileFormatError(f"{self.name}: not valid {self.encoding}")


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
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise FileFormatError(f"unknown encoding '{encoding}'") from None
    return encoding
