"""CSV: one row per exhibit, the case's fields repeated on each of its rows.

The case's organisational unit is the column agency_unit; unit is the exhibit's quantity unit.

Rows of one case sit together and share a case_number; a row with an empty case_number is a case of
its own. Lists (officers, transit countries) are ';'-separated; persons are a JSON list in one cell.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from caseapp.core.errors import FileFormatError
from caseapp.core.i18n import translate
from caseapp.core.model import Case
from caseapp.io import limits
from caseapp.io.cells import CsvOut, restore
from caseapp.io.records import FORMAT_VERSION, ProgressCallback, ReadRecord, case_from_dict, case_to_dict
from caseapp.io.textfile import LineSource, check_encoding, csv_field_limit, csv_problem, open_binary

CASE_FIELDS = (
    "case_number", "occurred_at", "recorded_at", "status", "agency", "agency_unit", "officers",
    "place_name", "address", "city", "region", "country", "lat", "lon", "place_type",
    "detection", "transport", "conveyance", "concealment", "concealment_text", "routing",
    "origin_country", "departure_country", "transit_countries", "destination_country", "persons",
    "narrative",
)
EXHIBIT_FIELDS = (
    "exhibit_number", "kind", "substance", "form", "quantity", "unit", "approximate", "count",
    "count_unit", "measure", "packages", "packaging", "field_test", "lab_substance", "lab_purity_percent",
    "lab_name", "lab_certificate", "hazard", "hazard_flag", "description", "kg_equivalent", "kg_estimate",
)
SYSTEM_FIELDS = ("created_by", "created_at", "updated_by", "updated_at", "approved_by", "approved_at",
                 "version", "source", "format_version")
HEADER = CASE_FIELDS + EXHIBIT_FIELDS + SYSTEM_FIELDS
REQUIRED = frozenset({"occurred_at", "country", "substance", "quantity", "unit"})
_LOCATION = {"place_name": "name", "address": "address", "city": "city", "region": "region",
             "country": "country", "lat": "lat", "lon": "lon", "place_type": "place_type"}


def _case_dict(row: dict[str, str]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    location: dict[str, Any] = {}
    for key in CASE_FIELDS + SYSTEM_FIELDS:
        value = row.get(key)
        if value is None or value == "" or key in ("format_version",):
            continue
        if key in _LOCATION:
            location[_LOCATION[key]] = value
        elif key == "agency_unit":
            data["unit"] = value
        elif key in ("persons", "source"):
            data[key] = _json_cell(value)
        else:
            data[key] = value
    data["location"] = location
    data["exhibits"] = []
    return data


def _json_cell(value: str) -> Any:
    try:
        return json.loads(value)
    except ValueError:
        return value  # case_from_dict reports "must be a list"


def _exhibit_dict(row: dict[str, str]) -> dict[str, Any] | None:
    exhibit: dict[str, Any] = {}
    lab: dict[str, Any] = {}
    for key in EXHIBIT_FIELDS:
        value = row.get(key)
        if value is None or value == "" or key in ("kg_equivalent", "kg_estimate", "hazard_flag"):
            continue
        if key == "exhibit_number":
            exhibit["number"] = value
        elif key.startswith("lab_"):
            lab[{"lab_substance": "substance", "lab_purity_percent": "purity_percent",
                 "lab_name": "lab", "lab_certificate": "certificate"}[key]] = value
        else:
            exhibit[key] = value
    if lab:
        exhibit["lab"] = lab
    return exhibit or None


def read_csv(path: Path, *, encoding: str = "utf-8", progress: ProgressCallback | None = None,
             delimiter: str = ",") -> Iterator[ReadRecord]:
    """Cases from a caseapp CSV file; the record number is the line of the case's first row."""
    check_encoding(encoding)
    csv_field_limit()
    handle = open_binary(path)
    lines = LineSource(handle, encoding, str(path))
    try:
        reader = csv.reader(lines, delimiter=delimiter, strict=True)
        try:
            header = next(reader)
        except StopIteration:
            raise FileFormatError(translate("CsvFile", "{path}: the file is empty").format(path=path)) from None
        header = [h.strip() for h in header]
        missing = sorted(REQUIRED - set(header))
        if missing:
            raise FileFormatError(translate(
                "CsvFile", "{path}: not a caseapp CSV file (header lacks {missing})").format(
                path=path, missing=', '.join(missing)))
        unknown = [h for h in header if h not in HEADER]
        current: dict[str, Any] | None = None
        current_line = 0
        current_number = ""
        case_chars = 0
        count = 0
        row_line = lines.line
        try:
            for cells in reader:
                row_line, line_before = lines.line, row_line
                row_chars = lines.record_chars
                lines.next_record()
                if not any(c.strip() for c in cells):
                    continue
                if len(cells) != len(header):
                    issue_line = line_before + 1
                    yield ReadRecord(issue_line, None, [_cell_count_issue(len(cells), len(header))])
                    continue
                row = dict(zip(header, (restore(c.strip()) for c in cells), strict=True))
                number = row.get("case_number", "")
                if current is not None and number and number == current_number:
                    case_chars += row_chars
                    if case_chars > limits.MAX_RECORD_CHARS:
                        raise FileFormatError(translate(
                            "CsvFile", "{path}: the case of line {current_line} has rows of more than "
                                       "{size_text}").format(
                            path=path, current_line=current_line,
                            size_text=limits.size_text(limits.MAX_RECORD_CHARS)))
                    exhibit = _exhibit_dict(row)
                    if exhibit:
                        current["exhibits"].append(exhibit)
                    continue
                if current is not None:
                    count += 1
                    yield _record(current_line, current, unknown)
                    if progress and count % 1000 == 0:
                        progress(count, lines.bytes_read, lines.total)
                current = _case_dict(row)
                exhibit = _exhibit_dict(row)
                if exhibit:
                    current["exhibits"].append(exhibit)
                current_line = line_before + 1
                current_number = number
                case_chars = row_chars
        except csv.Error as exc:
            raise FileFormatError(translate(
                "CsvFile", "{path}: line {line}: {csv_problem}").format(
                path=path, line=lines.line, csv_problem=csv_problem(exc))) from None
        if current is not None:
            yield _record(current_line, current, unknown)
        if progress:
            progress(count + 1, lines.total, lines.total)
    finally:
        handle.close()


def _cell_count_issue(got: int, expected: int) -> Any:
    from caseapp.core.validation import error

    return error("row", f"has {got} cells, the header has {expected}")


def _record(line: int, data: dict[str, Any], unknown_columns: list[str]) -> ReadRecord:
    from caseapp.core.validation import warning

    case, issues = case_from_dict(data, "csv")
    issues = [*(warning(c, "unknown column ignored", c) for c in unknown_columns), *issues]
    return ReadRecord(line, case, issues, data)


def case_rows(case: Case) -> Iterator[dict[str, Any]]:
    data = case_to_dict(case)
    loc = data["location"]
    base = {
        "case_number": data["case_number"], "occurred_at": data["occurred_at"],
        "recorded_at": data["recorded_at"], "status": data["status"], "agency": data["agency"],
        "agency_unit": data["unit"], "officers": ";".join(data["officers"]), "place_name": loc["name"],
        "address": loc["address"], "city": loc["city"], "region": loc["region"], "country": loc["country"],
        "lat": loc["lat"], "lon": loc["lon"], "place_type": loc["place_type"],
        "detection": data["detection"], "transport": data["transport"], "conveyance": data["conveyance"],
        "concealment": data["concealment"], "concealment_text": data["concealment_text"],
        "routing": data["routing"], "origin_country": data["origin_country"],
        "departure_country": data["departure_country"],
        "transit_countries": ";".join(data["transit_countries"]),
        "destination_country": data["destination_country"],
        "persons": json.dumps(data["persons"], ensure_ascii=False) if data["persons"] else "",
        "narrative": data["narrative"],
        **{k: data[k] for k in SYSTEM_FIELDS if k not in ("format_version", "source")},
        "source": json.dumps(data["source"], ensure_ascii=False) if data["source"] else "",
        "format_version": FORMAT_VERSION,
    }
    exhibits = data["exhibits"] or [{}]
    for exhibit in exhibits:
        lab = exhibit.get("lab") or {}
        yield {
            **base,
            "exhibit_number": exhibit.get("number"), "kind": exhibit.get("kind"),
            "substance": exhibit.get("substance"), "form": exhibit.get("form"),
            "quantity": exhibit.get("quantity"), "unit": exhibit.get("unit"),
            "approximate": _flag(exhibit.get("approximate")), "count": exhibit.get("count"),
            "count_unit": exhibit.get("count_unit"), "measure": exhibit.get("measure"),
            "packages": exhibit.get("packages"), "packaging": exhibit.get("packaging"),
            "field_test": exhibit.get("field_test"), "lab_substance": lab.get("substance"),
            "lab_purity_percent": lab.get("purity_percent"), "lab_name": lab.get("lab"),
            "lab_certificate": lab.get("certificate"), "hazard": _flag(exhibit.get("hazard")),
            "hazard_flag": _flag(exhibit.get("hazard_flag")),
            "description": exhibit.get("description"), "kg_equivalent": exhibit.get("kg_equivalent"),
            "kg_estimate": _flag(exhibit.get("kg_estimate")),
        }


def _flag(value: Any) -> str:
    if value is None:
        return ""
    return "true" if value else "false"


def write_csv(cases: Iterable[Case], out: TextIO) -> int:
    writer = CsvOut(out)
    writer.writerow(HEADER)
    count = 0
    for case in cases:
        for row in case_rows(case):
            writer.writerow(row.get(key) for key in HEADER)
        count += 1
    return count
