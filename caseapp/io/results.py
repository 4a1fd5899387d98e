"""Search results as plain rows: the JSON keys and CSV columns the command line prints and the GUI
exports, the same for both."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from datetime import date
from decimal import Decimal
from typing import Any, TextIO

from caseapp.core.i18n import translate
from caseapp.core.text import quoted
from caseapp.io.cells import CsvOut
from caseapp.store.contract import SearchQuery, SearchRow


def row_dict(row: SearchRow) -> dict[str, Any]:
    return {
        "case_number": row.case_number, "exhibit": row.exhibit_number, "occurred_at": row.occurred_at,
        "substance": row.substance, "lab_substance": row.lab_substance, "group": row.group,
        "quantity": None if row.quantity is None else str(row.quantity), "unit": row.unit,
        "kg_equivalent": None if row.kg_mg is None else str(Decimal(row.kg_mg) / Decimal(1_000_000)),
        "kg_estimate": row.kg_estimate, "hazard": row.hazard, "country": row.country,
        "origin_country": row.origin_country, "place": row.place, "status": row.status,
        "form": row.form, "transport": row.transport, "concealment": row.concealment, "agency": row.agency,
        "officer": row.officer,
    }


ROW_KEYS = tuple(row_dict(SearchRow("", "", None, None, None, None, None, None, None, None, False, False, None,
                                     None, "", "")))


def write_csv(rows: Iterable[SearchRow], out: TextIO) -> int:
    """Write a header and the rows; returns how many rows."""
    count = 0
    writer = CsvOut(out)
    writer.writerow(ROW_KEYS)
    for row in rows:
        writer.writerow(row_dict(row).values())
        count += 1
    return count


def query_to_dict(query: SearchQuery) -> dict[str, Any]:
    """A query as plain JSON values (dates ISO, decimals as text), for saved searches."""
    data: dict[str, Any] = {}
    for item in fields(SearchQuery):
        value = getattr(query, item.name)
        if item.name in ("limit", "offset") or value == item.default:
            continue
        data[item.name] = value.isoformat() if isinstance(value, date) else str(value) if isinstance(
            value, Decimal) else value
    return data


def query_from_dict(data: dict[str, Any]) -> SearchQuery:
    """The query saved by query_to_dict; unknown keys are ignored (a newer version's), bad values refused."""
    known = {item.name for item in fields(SearchQuery)} - {"limit", "offset"}
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known or value is None:
            continue
        try:
            if key in ("date_from", "date_to"):
                values[key] = date.fromisoformat(str(value))
            elif key in ("kg_min", "kg_max"):
                values[key] = Decimal(str(value))
            elif key in ("analogues", "hazard"):
                values[key] = bool(value)
            else:
                values[key] = str(value)
        except (ValueError, ArithmeticError):
            raise ValueError(translate(
                "Results", "saved search: {value} is not a valid {key}").format(
                value=quoted(value), key=key)) from None
    return SearchQuery(**values)
