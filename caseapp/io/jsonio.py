"""JSON: {"format": "caseapp-cases", "version": 1, "cases": [case, ...]}, read and written streaming."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

import ijson

from caseapp.core.errors import FileFormatError
from caseapp.core.model import Case
from caseapp.io.records import FORMAT_VERSION, ProgressCallback, ReadRecord, case_from_dict, case_to_dict
from caseapp.io.textfile import open_binary

FORMAT_NAME = "caseapp-cases"


class _CountingReader:
    def __init__(self, handle: Any) -> None:
        self.handle = handle
        self.bytes_read = 0

    def read(self, size: int = -1) -> bytes:
        data: bytes = self.handle.read(size)
        self.bytes_read += len(data)
        return data


def read_json(path: Path, *, encoding: str = "utf-8", progress: ProgressCallback | None = None
              ) -> Iterator[ReadRecord]:
    """Each case of the file's "cases" array, without loading the file whole."""
    if encoding.replace("-", "").lower() not in ("utf8", "utf8sig"):
        raise FileFormatError("JSON files are UTF-8; --encoding applies to CSV files")
    handle = open_binary(path)
    total = path.stat().st_size
    counter = _CountingReader(handle)
    number = 0
    saw_cases = False
    try:
        head = handle.read(3)
        if head != b"\xef\xbb\xbf":
            handle.seek(0)
        state = {"saw_cases": False}

        def events() -> Iterator[tuple[str, str, Any]]:
            for prefix, event, value in ijson.parse(counter, use_float=False):
                if prefix == "" and event not in ("start_map", "end_map", "map_key"):
                    raise FileFormatError(f"{path}: expected an object with a \"cases\" list")
                if prefix == "cases" and event == "start_array":
                    state["saw_cases"] = True
                yield prefix, event, value

        for item in ijson.items(events(), "cases.item"):
            number += 1
            case, issues = case_from_dict(item)
            yield ReadRecord(number, case, issues)
            if progress and number % 1000 == 0:
                progress(number, counter.bytes_read, total)
        saw_cases = state["saw_cases"]
    except ijson.JSONError as exc:
        raise FileFormatError(f"{path}: not valid JSON after case {number}: {_short(exc)}") from None
    except ijson.IncompleteJSONError as exc:  # pragma: no cover - subclass of JSONError in most backends
        raise FileFormatError(f"{path}: truncated JSON after case {number}: {_short(exc)}") from None
    except UnicodeDecodeError:
        raise FileFormatError(f"{path}: not valid UTF-8 (after case {number})") from None
    finally:
        handle.close()
    if not saw_cases:
        raise FileFormatError(f"{path}: no \"cases\" list found (expected {{\"cases\": [...]}})")
    if progress:
        progress(number, total, total)


def _short(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:200]


def write_json(cases: Iterable[Case], out: TextIO) -> int:
    """Write cases as one JSON document, a case at a time. Returns the number written."""
    out.write(f'{{"format": "{FORMAT_NAME}", "version": {FORMAT_VERSION}, "cases": [\n')
    count = 0
    for case in cases:
        if count:
            out.write(",\n")
        out.write(json.dumps(case_to_dict(case), ensure_ascii=False))
        count += 1
    out.write("\n]}\n")
    return count
