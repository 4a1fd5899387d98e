"""The UNODC Individual Drug Seizures (IDS) layout: ';'-separated, one row = one case with one exhibit.

Blank and "Unknown" cells mean unknown; a DRUG_NAME of "Unknown" is an explicitly unknown substance (a blank
one names none). Values the vocabularies do not know are kept verbatim. Each
row's cells are kept with the case (Case.source) so that IDS -> database -> IDS gives the same cells
back: on export a kept cell is written whenever it still means what the record now holds.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from caseapp.core import vocab
from caseapp.core.countries import country_name, find_country, is_unknown
from caseapp.core.dates import parse_occurred
from caseapp.core.errors import FileFormatError
from caseapp.core.i18n import translate
from caseapp.core.model import UNKNOWN_SUBSTANCE, Case, Exhibit, Location, Quantity, SourceRecord
from caseapp.core.normalise import (
    country_code,
    is_unknown_substance,
    normalise_exhibit,
    parse_quantity_value,
    term_code,
)
from caseapp.core.substances import Catalogue
from caseapp.core.text import name_key
from caseapp.core.units import BY_CODE, find_unit
from caseapp.core.validation import Issue, error
from caseapp.io.cells import CsvOut, restore
from caseapp.io.records import ProgressCallback, ReadRecord
from caseapp.io.textfile import LineSource, check_encoding, csv_field_limit, csv_problem, open_binary

HEADER = (
    "REGION", "SUBREGION", "COUNTRY", "ADMINISTRATIVE_DIVISION", "PLACE", "SEIZURE_DATE", "DRUG_NAME",
    "AMOUNT", "DRUG_UNIT", "HIDING_PLACE", "INSTALLATION", "TRANSPORT", "PRODUCING_COUNTRY",
    "DEPARTURE_COUNTRY", "DESTINATION_COUNTRY", "ROUTING",
)
DELIMITER = ";"
SOURCE_FORMAT = "unodc-ids"


def is_ids_header(first_line: str) -> bool:
    cells = [c.strip().strip('"').upper() for c in first_line.strip().lstrip("\ufeff").split(DELIMITER)]
    return tuple(cells) == HEADER


_CELLS: dict[str, str | None] = {}


def _cell(value: str) -> str | None:
    """A cell's value, None for blank and 'Unknown'. Memoised: IDS columns repeat a few values."""
    try:
        return _CELLS[value]
    except KeyError:
        stripped = value.strip()
        result = None if is_unknown(stripped) else stripped
        if len(_CELLS) < 200_000:
            _CELLS[value] = result
        return result


def _drug(value: str) -> str | None:
    """The substance of a DRUG_NAME cell: None when blank, UNKNOWN_SUBSTANCE for "Unknown" and the like."""
    stripped = value.strip()
    if not stripped:
        return None
    return UNKNOWN_SUBSTANCE if _cell(stripped) is None else stripped


def _as_entered(value: str | None) -> str | None:
    return value


def _as_entered_term(vocabulary: vocab.Vocabulary, value: str | None) -> str | None:
    return value


def amount_quantity(amount: str, unit: str) -> tuple[Quantity, list[Issue]]:
    """The quantity of an AMOUNT and a DRUG_UNIT cell (the unit as entered), with the amount's parse error."""
    raw_amount = amount.strip()
    unit_text = _cell(unit)
    if not raw_amount or _cell(raw_amount) is None:
        return Quantity(None, unit_text), []
    try:
        return Quantity(parse_quantity_value(raw_amount), unit_text), []
    except ValueError as exc:
        return Quantity(None, unit_text), [error("AMOUNT", str(exc), raw_amount)]


def row_to_case(cells: dict[str, str], catalogue: Catalogue | None = None) -> tuple[Case, list[Issue]]:
    """A case from one IDS row. With a catalogue, the case comes out normalised (codes, kg-equivalent,
    hazard), sparing a second pass over every row of a big file."""
    issues: list[Issue] = []
    occurred = None
    raw_date = cells["SEIZURE_DATE"].strip()
    if raw_date and _cell(raw_date) is not None:
        try:
            occurred = parse_occurred(raw_date, day_first=True)
        except ValueError as exc:
            issues.append(error("SEIZURE_DATE", str(exc), raw_date))
            occurred = raw_date
    quantity, amount_issues = amount_quantity(cells["AMOUNT"], cells["DRUG_UNIT"])
    issues.extend(amount_issues)
    exhibit = Exhibit(kind="drug", substance=_drug(cells["DRUG_NAME"]), quantity=quantity)
    code, country = (term_code, country_code) if catalogue is not None else (_as_entered_term, _as_entered)
    case = Case(
        occurred_at=occurred,
        location=Location(
            name=_cell(cells["PLACE"]) or "", region=_cell(cells["ADMINISTRATIVE_DIVISION"]) or "",
            country=country(_cell(cells["COUNTRY"])),
            place_type=code(vocab.PLACE_TYPE, _cell(cells["INSTALLATION"])),
        ),
        transport=code(vocab.TRANSPORT, _cell(cells["TRANSPORT"])),
        concealment=code(vocab.CONCEALMENT, _cell(cells["HIDING_PLACE"])),
        routing=code(vocab.ROUTING, _cell(cells["ROUTING"])),
        origin_country=country(_cell(cells["PRODUCING_COUNTRY"])),
        departure_country=country(_cell(cells["DEPARTURE_COUNTRY"])),
        destination_country=country(_cell(cells["DESTINATION_COUNTRY"])),
        exhibits=[normalise_exhibit(exhibit, catalogue) if catalogue is not None else exhibit],
        source=SourceRecord(SOURCE_FORMAT, tuple(cells.values())),
    )
    return case, issues


def ids_rows(path: Path, *, encoding: str = "utf-8",
             progress: ProgressCallback | None = None) -> Iterator[tuple[int, list[str] | ReadRecord]]:
    """The rows of an IDS file as (line number, its cells as read), blank rows left out; a row whose number
    of cells is not the header's comes as a ReadRecord holding its error. The header is checked first."""
    check_encoding(encoding)
    csv_field_limit()
    handle = open_binary(path)
    lines = LineSource(handle, encoding, str(path))
    try:
        reader = csv.reader(lines, delimiter=DELIMITER)
        try:
            header = [h.strip().upper() for h in next(reader)]
        except StopIteration:
            raise FileFormatError(translate("IdsFile", "{path}: the file is empty").format(path=path)) from None
        if tuple(header) != HEADER:
            raise FileFormatError(
                translate(
                    "IdsFile", "{path}: not the UNODC IDS layout (expected the header {header})").format(
                    path=path, header=DELIMITER.join(HEADER))
            )
        width = len(HEADER)
        count = 0
        try:
            for cells in reader:
                line = lines.line
                lines.next_record()
                if (len(cells) != width or not cells[_DRUG]) and not any(c.strip() for c in cells):
                    continue
                count += 1
                if len(cells) != width:
                    yield line, ReadRecord(line, None, [error("row", f"has {len(cells)} cells, the header has "
                                                                     f"{width}")], cells)
                else:
                    yield line, cells
                if progress and count % 5000 == 0:
                    progress(count, lines.bytes_read, lines.total)
        except csv.Error as exc:
            raise FileFormatError(translate(
                "IdsFile", "{path}: line {line}: {csv_problem}").format(
                path=path, line=lines.line, csv_problem=csv_problem(exc))) from None
        if progress:
            progress(count, lines.total, lines.total)
    finally:
        handle.close()


_DRUG = HEADER.index("DRUG_NAME")


def read_ids(path: Path, *, encoding: str = "utf-8", progress: ProgressCallback | None = None,
             catalogue: Catalogue | None = None) -> Iterator[ReadRecord]:
    """Cases from an IDS file; the record number is the file's line number. With a catalogue the cases
    come out normalised (ReadRecord.normalised)."""
    for line, cells in ids_rows(path, encoding=encoding, progress=progress):
        if isinstance(cells, ReadRecord):
            yield cells
            continue
        case, issues = row_to_case(dict(zip(HEADER, (restore(c) for c in cells), strict=True)), catalogue)
        yield ReadRecord(line, case, issues, cells, normalised=catalogue is not None)


# -- export ----------------------------------------------------------------------------------------

def _keep(raw: str | None, current: str | None, same: Callable[[str], bool]) -> str:
    """The kept cell when it still means the current value; else the current value."""
    if raw is not None and raw.strip() and same(raw):
        return raw
    return current or ""


def _same_country(current: str | None) -> Callable[[str], bool]:
    def check(raw: str) -> bool:
        if is_unknown(raw):
            return current is None
        found = find_country(raw)
        return (found.code if found else raw.strip()) == current
    return check


def _same_term(vocabulary: vocab.Vocabulary, current: str | None) -> Callable[[str], bool]:
    def check(raw: str) -> bool:
        if is_unknown(raw):
            return current is None or current == "unknown"
        return (vocabulary.code_for(raw) or raw.strip()) == current
    return check


def _same_text(current: str | None) -> Callable[[str], bool]:
    return lambda raw: (None if is_unknown(raw) else raw.strip()) == (current or None)


def _label(vocabulary: vocab.Vocabulary, code: str | None) -> str:
    return vocabulary.label(code) if code else ""


def case_to_rows(case: Case, catalogue: Catalogue) -> Iterator[list[str]]:
    raw: dict[str, str] = {}
    if case.source is not None and case.source.format == SOURCE_FORMAT and len(case.source.cells) == len(HEADER):
        raw = {k: v for k, v in zip(HEADER, case.source.cells, strict=True) if v}
    loc = case.location
    base = {
        "REGION": raw.get("REGION", ""),
        "SUBREGION": raw.get("SUBREGION", ""),
        "COUNTRY": _keep(raw.get("COUNTRY"), country_name(loc.country), _same_country(loc.country)),
        "ADMINISTRATIVE_DIVISION": _keep(raw.get("ADMINISTRATIVE_DIVISION"), loc.region, _same_text(loc.region)),
        "PLACE": _keep(raw.get("PLACE"), loc.name or loc.city, _same_text(loc.name or loc.city)),
        "SEIZURE_DATE": _keep(raw.get("SEIZURE_DATE"), case.occurred_at, _same_date(case.occurred_at)),
        "HIDING_PLACE": _keep(raw.get("HIDING_PLACE"), _label(vocab.CONCEALMENT, case.concealment),
                              _same_term(vocab.CONCEALMENT, case.concealment)),
        "INSTALLATION": _keep(raw.get("INSTALLATION"), _label(vocab.PLACE_TYPE, loc.place_type),
                              _same_term(vocab.PLACE_TYPE, loc.place_type)),
        "TRANSPORT": _keep(raw.get("TRANSPORT"), _label(vocab.TRANSPORT, case.transport),
                           _same_term(vocab.TRANSPORT, case.transport)),
        "PRODUCING_COUNTRY": _keep(raw.get("PRODUCING_COUNTRY"), country_name(case.origin_country),
                                   _same_country(case.origin_country)),
        "DEPARTURE_COUNTRY": _keep(raw.get("DEPARTURE_COUNTRY"), country_name(case.departure_country),
                                   _same_country(case.departure_country)),
        "DESTINATION_COUNTRY": _keep(raw.get("DESTINATION_COUNTRY"), country_name(case.destination_country),
                                     _same_country(case.destination_country)),
        "ROUTING": _keep(raw.get("ROUTING"), _label(vocab.ROUTING, case.routing),
                         _same_term(vocab.ROUTING, case.routing)),
    }
    for exhibit in case.exhibits or [Exhibit()]:
        q = exhibit.quantity
        value = None if q is None or q.value is None else q.value
        unit_code = q.unit if q else None
        unit = BY_CODE.get(unit_code or "")
        single = len(case.exhibits) <= 1
        row = dict(base)
        row["DRUG_NAME"] = _keep(raw.get("DRUG_NAME") if single else None,
                                 "Unknown" if exhibit.substance_unknown else exhibit.substance,
                                 _same_substance(exhibit.substance, catalogue))
        row["AMOUNT"] = _keep(raw.get("AMOUNT") if single else None, "" if value is None else str(value),
                              _same_amount(value))
        row["DRUG_UNIT"] = _keep(raw.get("DRUG_UNIT") if single else None,
                                 unit.label if unit else (unit_code or ""), _same_unit(unit_code))
        yield [row[h] for h in HEADER]


def _same_date(current: str | None) -> Callable[[str], bool]:
    def check(raw: str) -> bool:
        try:
            return parse_occurred(raw, day_first=True) == current
        except ValueError:
            return raw.strip() == current
    return check


def _same_amount(current: Any) -> Callable[[str], bool]:
    def check(raw: str) -> bool:
        try:
            return parse_quantity_value(raw) == current
        except ValueError:
            return False
    return check


def _same_unit(current: str | None) -> Callable[[str], bool]:
    def check(raw: str) -> bool:
        unit = find_unit(raw)
        return (unit.code if unit else raw.strip()) == current
    return check


def _same_substance(current: str | None, catalogue: Catalogue) -> Callable[[str], bool]:
    def check(raw: str) -> bool:
        if is_unknown(raw) or is_unknown_substance(raw):
            return current == UNKNOWN_SUBSTANCE
        found = catalogue.find(raw)
        return (found.name if found else raw.strip()) == current or name_key(raw) == name_key(current or "")
    return check


def write_ids(cases: Iterable[Case], out: TextIO, catalogue: Catalogue) -> int:
    writer = CsvOut(out, delimiter=DELIMITER)
    writer.writerow(HEADER)
    count = 0
    for case in cases:
        for row in case_to_rows(case, catalogue):
            writer.writerow(row)
        count += 1
    return count
