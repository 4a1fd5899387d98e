"""JSON: {"format": "caseapp-cases", "version": 1, "cases": [case, ...]}, read and written streaming."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

import ijson

from caseapp.core.errors import FileFormatError
from caseapp.core.formats import grouped
from caseapp.core.i18n import translate
from caseapp.core.model import Case
from caseapp.core.validation import error
from caseapp.io.jsonscan import BoundedJson, JsonLimit
from caseapp.io.records import FORMAT_VERSION, ProgressCallback, ReadRecord, case_from_dict, case_to_dict
from caseapp.io.textfile import open_binary

FORMAT_NAME = "caseapp-cases"
MAX_KEYS = 10_000  # keys in one object (a case has about 30)


_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _check_utf8(path: Path, head: bytes) -> None:
    """UTF-16 and UTF-32 files (a byte order mark, or NUL bytes among the first characters) are refused in
    one line instead of a parser error full of bytes."""
    if head.startswith(_WIDE_BOMS) or b"\x00" in head[:4]:
        raise FileFormatError(translate(
            "JsonFile", "{path}: the file is UTF-16 or UTF-32; JSON files are UTF-8 (save it as UTF-8)").format(
            path=path))


def _noting_dict(duplicates: list[tuple[dict[str, Any], str]]) -> type[dict[str, Any]]:
    """The parser's type for objects: a key given twice is noted with its object (the plain dict would keep
    the last value silently)."""

    class NotingDict(dict[str, Any]):
        def __setitem__(self, key: str, value: Any) -> None:
            if key in self:
                duplicates.append((self, key))
            dict.__setitem__(self, key, value)

    return NotingDict


def _keys_twice(item: Any, duplicates: list[tuple[dict[str, Any], str]]) -> list[str]:
    """The keys given twice within `item`, taken off the list (the parser builds a few cases ahead, so the
    list may hold later cases' keys too). Only walks a case when some key was given twice."""
    objects: set[int] = set()
    stack = [item]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            objects.add(id(value))
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    mine = [key for obj, key in duplicates if id(obj) in objects]
    duplicates[:] = [(obj, key) for obj, key in duplicates if id(obj) not in objects]
    return mine


def _check_top_level(path: Path, handle: Any, start: int) -> None:
    """Why a file gave no case: not an object, no "cases" list, or a key given twice at the top level.
    Events one by one (slow, but only for files that hold no case)."""
    handle.seek(start)
    saw_cases = False
    keys: list[set[str]] = []
    for prefix, event, value in ijson.parse(BoundedJson(handle), use_float=False):
        if prefix == "" and event not in ("start_map", "end_map", "map_key"):
            raise FileFormatError(translate(
                "JsonFile", "{path}: expected an object with a \"cases\" list").format(
                path=path))
        if event == "map_key":
            if value in keys[-1]:
                raise FileFormatError(translate(
                    "JsonFile", "{path}: the key \"{value}\" is given twice in one object ({prefix}); the file is "
                              "ambiguous").format(
                    path=path, value=value, prefix=prefix or 'the top level'))
            if len(keys[-1]) >= MAX_KEYS:
                raise FileFormatError(translate(
                    "JsonFile", "{path}: an object with more than {max_keys} keys").format(
                    path=path, max_keys=grouped(MAX_KEYS)))
            keys[-1].add(value)
        elif event == "start_map":
            keys.append(set())
        elif event == "end_map":
            keys.pop()
        elif prefix == "cases" and event == "start_array":
            saw_cases = True
    if not saw_cases:
        raise FileFormatError(translate(
            "JsonFile", "{path}: no \"cases\" list found (expected {{\"cases\": [...]}})").format(
            path=path))


def read_json(path: Path, *, encoding: str = "utf-8", progress: ProgressCallback | None = None
              ) -> Iterator[ReadRecord]:
    """Each case of the file's "cases" array, without loading the file whole. The bytes pass a scan
    bounding depth, numbers, strings and case size (caseapp.io.jsonscan) before the parser sees them; a
    key given twice in one object is an error naming the record and the key (never "the last wins")."""
    if encoding.replace("-", "").replace("_", "").lower() not in ("utf8", "utf8sig"):
        raise FileFormatError(translate("JsonFile", "JSON files are UTF-8; --encoding applies to CSV files"))
    handle = open_binary(path)
    total = path.stat().st_size
    number = 0
    duplicates: list[tuple[dict[str, Any], str]] = []
    try:
        head = handle.read(4)
        _check_utf8(path, head)
        start = 3 if head.startswith(b"\xef\xbb\xbf") else 0
        handle.seek(start)
        source = BoundedJson(handle)
        for item in ijson.items(source, "cases.item", use_float=False, map_type=_noting_dict(duplicates)):
            number += 1
            case, issues = case_from_dict(item)
            if duplicates:
                issues = [*(error(key, "is given twice in one object of this case: the file is ambiguous "
                                  "(which value is meant?)", key) for key in _keys_twice(item, duplicates)),
                          *issues]
            yield ReadRecord(number, case, issues)
            if progress and number % 1000 == 0:
                progress(number, source.bytes_read, total)
        if number == 0:
            _check_top_level(path, handle, start)
    except JsonLimit as exc:
        raise FileFormatError(translate(
            "JsonFile", "{path}: refused after case {number}: {error}").format(
            path=path, number=number, error=exc)) from None
    except ijson.JSONError as exc:
        raise FileFormatError(translate(
            "JsonFile", "{path}: not valid JSON after case {number}: {short}").format(
            path=path, number=number, short=_short(exc))) from None
    except ijson.IncompleteJSONError as exc:  # pragma: no cover - subclass of JSONError in most backends
        raise FileFormatError(translate(
            "JsonFile", "{path}: truncated JSON after case {number}: {short}").format(
            path=path, number=number, short=_short(exc))) from None
    except UnicodeDecodeError:
        raise FileFormatError(translate(
            "JsonFile", "{path}: not valid UTF-8 (after case {number})").format(
            path=path, number=number)) from None
    finally:
        handle.close()
    if progress:
        progress(number, total, total)


def _short(exc: Exception) -> str:
    """The parser's message on one line, without the raw bytes some backends quote."""
    text = " ".join(str(exc).split()) if str(exc) else type(exc).__name__
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
