"""Case <-> plain dict (the JSON shape), shared by the JSON and CSV formats.

Readers are forgiving about types only where the meaning is certain: a quantity can be a number, a
decimal string or "unknown"; a country a code or a name. Anything that cannot be read becomes a
parse issue naming the field; the rest of the record is still read so every problem is reported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from caseapp.core.model import CLAIM_FIELDS, Case, Exhibit, LabResult, Location, Person, Quantity, SourceRecord
from caseapp.core.normalise import parse_decimal, parse_quantity_value
from caseapp.core.units import format_kg
from caseapp.core.validation import Issue, error, warning

FORMAT_VERSION = 1

CASE_KEYS = frozenset({
    "case_number", "occurred_at", "recorded_at", "agency", "unit", "officers", "location", "detection",
    "transport", "conveyance", "concealment", "concealment_text", "routing", "origin_country",
    "departure_country", "transit_countries", "destination_country", "persons", "narrative", "exhibits",
    "status", "created_by", "created_at", "updated_by", "updated_at", "approved_by", "approved_at",
    "version", "source",
})
LOCATION_KEYS = frozenset({"name", "address", "city", "region", "country", "lat", "lon", "place_type"})
EXHIBIT_KEYS = frozenset({
    "number", "kind", "substance", "form", "quantity", "unit", "approximate", "count", "count_unit",
    "measure", "packages", "packaging", "field_test", "lab", "description", "hazard", "hazard_flag", "kg_equivalent",
    "kg_estimate",
})
LAB_KEYS = frozenset({"substance", "purity_percent", "lab", "certificate"})
PERSON_KEYS = frozenset({"role", "name", "date_of_birth", "nationality"})


class _Reader:
    """Typed reads from one record, collecting issues instead of raising."""

    def __init__(self) -> None:
        self.issues: list[Issue] = []

    def unknown_keys(self, data: dict[str, Any], known: frozenset[str], prefix: str) -> None:
        for key in data:
            if key not in known:
                self.issues.append(warning(f"{prefix}{key}", "unknown field ignored", key))

    def text(self, data: dict[str, Any], key: str, field: str) -> str:
        value = data.get(key)
        if value is None:
            return ""
        if isinstance(value, (dict, list)):
            self.issues.append(error(field, "must be text", type(value).__name__))
            return ""
        return str(value).strip()

    def optional(self, data: dict[str, Any], key: str, field: str) -> str | None:
        return self.text(data, key, field) or None

    def decimal(self, data: dict[str, Any], key: str, field: str) -> Decimal | None:
        value = data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        try:
            parsed = parse_quantity_value(value)
        except ValueError as exc:
            self.issues.append(error(field, str(exc), value))
            return None
        return parsed

    def integer(self, data: dict[str, Any], key: str, field: str) -> int | None:
        value = data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        try:
            number = parse_decimal(str(value))
            if number != number.to_integral_value():
                raise ValueError
            return int(number)
        except ValueError:
            self.issues.append(error(field, "must be a whole number", value))
            return None

    def boolean(self, data: dict[str, Any], key: str, field: str) -> bool | None:
        value = data.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            return value
        text = str(value).strip().casefold()
        if text in ("1", "true", "yes", "y"):
            return True
        if text in ("0", "false", "no", "n"):
            return False
        self.issues.append(error(field, "must be true or false", value))
        return None

    def text_list(self, data: dict[str, Any], key: str, field: str) -> list[str]:
        value = data.get(key)
        if value is None or value == "":
            return []
        if isinstance(value, str):
            return [v.strip() for v in value.split(";") if v.strip()]
        if isinstance(value, list):
            return [str(v).strip() for v in value if v is not None and str(v).strip()]
        self.issues.append(error(field, "must be a list", type(value).__name__))
        return []

    def mapping(self, data: dict[str, Any], key: str, field: str) -> dict[str, Any]:
        value = data.get(key)
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.issues.append(error(field, "must be an object", type(value).__name__))
            return {}
        return value

    def quantity(self, data: dict[str, Any], value_key: str, unit_key: str, field: str,
                 approximate: bool = False) -> Quantity | None:
        if value_key not in data or data[value_key] is None or data[value_key] == "":
            return None
        raw = data[value_key]
        try:
            value = parse_quantity_value(raw)
        except ValueError as exc:
            self.issues.append(error(field, str(exc), raw))
            return None
        return Quantity(value, self.optional(data, unit_key, field + ".unit"), approximate)


def case_from_dict(data: Any, fmt: str = "json") -> tuple[Case | None, list[Issue]]:
    """A Case (not yet normalised) from the JSON shape, with the issues met while reading it."""
    reader = _Reader()
    if not isinstance(data, dict):
        return None, [error("case", "each case must be an object", type(data).__name__)]
    reader.unknown_keys(data, CASE_KEYS, "")
    loc = reader.mapping(data, "location", "location")
    reader.unknown_keys(loc, LOCATION_KEYS, "location.")
    location = Location(
        name=reader.text(loc, "name", "location.name"), address=reader.text(loc, "address", "location.address"),
        city=reader.text(loc, "city", "location.city"), region=reader.text(loc, "region", "location.region"),
        country=reader.optional(loc, "country", "location.country"),
        lat=_coordinate(reader, loc, "lat"), lon=_coordinate(reader, loc, "lon"),
        place_type=reader.optional(loc, "place_type", "location.place_type"),
    )
    persons = []
    raw_persons = data.get("persons") or []
    if not isinstance(raw_persons, list):
        reader.issues.append(error("persons", "must be a list", type(raw_persons).__name__))
        raw_persons = []
    for index, raw in enumerate(raw_persons):
        prefix = f"persons[{index}]"
        if not isinstance(raw, dict):
            reader.issues.append(error(prefix, "must be an object", type(raw).__name__))
            continue
        reader.unknown_keys(raw, PERSON_KEYS, prefix + ".")
        persons.append(Person(
            role=reader.text(raw, "role", prefix + ".role") or "suspect",
            name=reader.text(raw, "name", prefix + ".name"),
            date_of_birth=reader.optional(raw, "date_of_birth", prefix + ".date_of_birth"),
            nationality=reader.optional(raw, "nationality", prefix + ".nationality"),
        ))
    exhibits = []
    raw_exhibits = data.get("exhibits") or []
    if not isinstance(raw_exhibits, list):
        reader.issues.append(error("exhibits", "must be a list", type(raw_exhibits).__name__))
        raw_exhibits = []
    for index, raw in enumerate(raw_exhibits):
        exhibit = _exhibit_from_dict(reader, raw, f"exhibits[{index}]")
        if exhibit is not None:
            exhibits.append(exhibit)
    source = data.get("source")
    case = Case(
        case_number=reader.optional(data, "case_number", "case_number"),
        occurred_at=reader.optional(data, "occurred_at", "occurred_at"),
        recorded_at=reader.optional(data, "recorded_at", "recorded_at"),
        agency=reader.text(data, "agency", "agency"), unit=reader.text(data, "unit", "unit"),
        officers=reader.text_list(data, "officers", "officers"), location=location,
        detection=reader.optional(data, "detection", "detection"),
        transport=reader.optional(data, "transport", "transport"),
        conveyance=reader.text(data, "conveyance", "conveyance"),
        concealment=reader.optional(data, "concealment", "concealment"),
        concealment_text=reader.text(data, "concealment_text", "concealment_text"),
        routing=reader.optional(data, "routing", "routing"),
        origin_country=reader.optional(data, "origin_country", "origin_country"),
        departure_country=reader.optional(data, "departure_country", "departure_country"),
        transit_countries=reader.text_list(data, "transit_countries", "transit_countries"),
        destination_country=reader.optional(data, "destination_country", "destination_country"),
        persons=persons, narrative=reader.text(data, "narrative", "narrative"), exhibits=exhibits,
        status=reader.text(data, "status", "status") or "draft",
        source=_source(reader, source, fmt, _claims(reader, data)),
    )
    return case, reader.issues


def _claims(reader: _Reader, data: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """Who the file says created, changed and approved the record, and when: the source's claims, never
    the record's own system fields (those say who imported it here, when)."""
    return tuple((name, value) for name in CLAIM_FIELDS if (value := reader.optional(data, name, name)))


def _source(reader: _Reader, value: Any, fmt: str, claims: tuple[tuple[str, str], ...]) -> SourceRecord | None:
    """The file's source record (the IDS cells of a case exported here), with the file's claims. Claims an
    earlier import kept in it are not taken over: only what this file states of the record is its claim."""
    if value is None:
        return SourceRecord(fmt, (), claims) if claims else None
    if (isinstance(value, dict) and isinstance(value.get("format"), str) and isinstance(value.get("cells"), list)
            and all(isinstance(c, str) for c in value["cells"])):
        return SourceRecord(value["format"], tuple(value["cells"]), claims)
    reader.issues.append(warning("source", "not a source record ({format, cells}); ignored"))
    return SourceRecord(fmt, (), claims) if claims else None


def _coordinate(reader: _Reader, loc: dict[str, Any], key: str) -> Decimal | None:
    value = loc.get(key)
    if value is None or value == "":
        return None
    try:
        return parse_decimal(str(value))
    except ValueError as exc:
        reader.issues.append(error(f"location.{key}", str(exc), value))
        return None


def _exhibit_from_dict(reader: _Reader, raw: Any, prefix: str) -> Exhibit | None:
    if not isinstance(raw, dict):
        reader.issues.append(error(prefix, "must be an object", type(raw).__name__))
        return None
    reader.unknown_keys(raw, EXHIBIT_KEYS, prefix + ".")
    approximate = reader.boolean(raw, "approximate", prefix + ".approximate") or False
    quantity = reader.quantity(raw, "quantity", "unit", prefix + ".quantity", approximate)
    lab_raw = reader.mapping(raw, "lab", prefix + ".lab")
    reader.unknown_keys(lab_raw, LAB_KEYS, prefix + ".lab.")
    lab = None
    if lab_raw:
        lab = LabResult(
            substance=reader.optional(lab_raw, "substance", prefix + ".lab.substance"),
            purity_percent=reader.decimal(lab_raw, "purity_percent", prefix + ".lab.purity_percent"),
            lab=reader.text(lab_raw, "lab", prefix + ".lab.lab"),
            certificate=reader.text(lab_raw, "certificate", prefix + ".lab.certificate"),
        )
    return Exhibit(
        number=reader.optional(raw, "number", prefix + ".number"),
        kind=reader.text(raw, "kind", prefix + ".kind") or "drug",
        substance=reader.optional(raw, "substance", prefix + ".substance"),
        form=reader.optional(raw, "form", prefix + ".form"), quantity=quantity,
        count=reader.quantity(raw, "count", "count_unit", prefix + ".count"),
        measure=reader.optional(raw, "measure", prefix + ".measure"),
        packages=reader.integer(raw, "packages", prefix + ".packages"),
        packaging=reader.text(raw, "packaging", prefix + ".packaging"),
        field_test=reader.optional(raw, "field_test", prefix + ".field_test"), lab=lab,
        description=reader.text(raw, "description", prefix + ".description"),
        hazard=reader.boolean(raw, "hazard", prefix + ".hazard"),
    )


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def exhibit_to_dict(exhibit: Exhibit) -> dict[str, Any]:
    q = exhibit.quantity
    lab = exhibit.lab
    return {
        "number": exhibit.number, "kind": exhibit.kind, "substance": exhibit.substance, "form": exhibit.form,
        "quantity": None if q is None else ("unknown" if q.value is None else str(q.value)),
        "unit": q.unit if q else None, "approximate": bool(q and q.approximate),
        "count": _dec(exhibit.count.value) if exhibit.count else None,
        "count_unit": exhibit.count.unit if exhibit.count else None,
        "measure": exhibit.measure, "packages": exhibit.packages, "packaging": exhibit.packaging,
        "field_test": exhibit.field_test,
        "lab": None if lab is None else {
            "substance": lab.substance, "purity_percent": _dec(lab.purity_percent), "lab": lab.lab,
            "certificate": lab.certificate,
        },
        "description": exhibit.description, "hazard": exhibit.hazard, "hazard_flag": exhibit.hazard_flag,
        "kg_equivalent": format_kg(exhibit.kg_mg).removesuffix(" kg") or None,
        "kg_estimate": exhibit.kg_estimate,
    }


def case_to_dict(case: Case) -> dict[str, Any]:
    """Every field of the record, in the JSON shape (system fields included)."""
    loc = case.location
    return {
        "case_number": case.case_number, "occurred_at": case.occurred_at, "recorded_at": case.recorded_at,
        "status": case.status, "agency": case.agency, "unit": case.unit, "officers": list(case.officers),
        "location": {
            "name": loc.name, "address": loc.address, "city": loc.city, "region": loc.region,
            "country": loc.country, "lat": _dec(loc.lat), "lon": _dec(loc.lon), "place_type": loc.place_type,
        },
        "detection": case.detection, "transport": case.transport, "conveyance": case.conveyance,
        "concealment": case.concealment, "concealment_text": case.concealment_text, "routing": case.routing,
        "origin_country": case.origin_country, "departure_country": case.departure_country,
        "transit_countries": list(case.transit_countries), "destination_country": case.destination_country,
        "persons": [
            {"role": p.role, "name": p.name, "date_of_birth": p.date_of_birth, "nationality": p.nationality}
            for p in case.persons
        ],
        "narrative": case.narrative,
        "exhibits": [exhibit_to_dict(e) for e in case.exhibits],
        "created_by": case.created_by, "created_at": case.created_at, "updated_by": case.updated_by,
        "updated_at": case.updated_at, "approved_by": case.approved_by, "approved_at": case.approved_at,
        "version": case.version,
        "source": _source_dict(case.source),
    }


def _source_dict(source: SourceRecord | None) -> dict[str, Any] | None:
    if source is None:
        return None
    data: dict[str, Any] = {"format": source.format, "cells": list(source.cells)}
    if source.claims:
        data["claims"] = dict(source.claims)
    return data


ProgressCallback = Callable[[int, int, int], None]  # (records, bytes read, total bytes)


@dataclass
class ReadRecord:
    """One record as a reader found it: its number (line for CSV files, position for JSON), the case
    when it could be read at all, the problems met, and the raw record for a rejects file."""

    number: int
    case: Case | None
    issues: list[Issue]
    raw: Any = None
    normalised: bool = False  # the reader already gave the stored form
