"""validate(case) -> ValidationReport: problems as data, each naming its field.

Three tiers (see the project's decisions):
- malformed values are errors, always: impossible or future dates, negative quantities (and 0 typed),
  coordinates out of range, purity outside 0-100;
- well-formed values the vocabularies do not know are kept verbatim with a warning naming the value;
- implausible values (over 100 t, a tablet exhibit weighed in tonnes) are warnings the user confirms.
Completeness (a date, a place country, at least one exhibit, each quantity given or marked unknown)
blocks submitting and importing, not saving a draft: pass complete=True to check it. What real files hold
and a draft keeps as entered (an explicitly unknown substance, an amount of 0 in a file, an amount without
unit) is a warning of its own kind in a draft, imported or saved, and an error for submitting; a record a
file marks submitted or approved must be complete (imported=True: the case as a file gave it).

Each warning names its kind (Issue.kind), so an import can say how many of each it met.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from caseapp.core import vocab
from caseapp.core.countries import is_iso_code
from caseapp.core.dates import EARLIEST_YEAR, occurred_date, occurred_moment, parse_occurred
from caseapp.core.i18n import QT_TRANSLATE_NOOP, translate
from caseapp.core.issue_kinds import (  # noqa: F401  (kind_count, kind_plural: read from here too)
    IMPLAUSIBLE,
    NO_UNIT,
    UNKNOWN_COUNTRY,
    UNKNOWN_SUBSTANCE,
    UNKNOWN_UNIT,
    UNLISTED_SUBSTANCE,
    UNUSUAL,
    ZERO_AMOUNT,
    kind_count,
    kind_plural,
)
from caseapp.core.model import Case, Exhibit, Quantity
from caseapp.core.substances import Catalogue
from caseapp.core.text import breaks_line, quoted
from caseapp.core.units import BY_CODE, Dimension, kg_equivalent

IMPLAUSIBLE_KG = Decimal(100_000)  # 100 t
SUBSTANCE_KINDS = frozenset({"drug", "precursor", "cutting_agent"})
MAX_INTEGER = 2**63 - 1  # the largest whole number the database stores
# Case numbers: ASCII letters and digits, then also '-', '_' and '.', at most 40 characters (barcodes on the
# labels print ASCII; the number names files and folders, so no separator, space, control or bidi character).
CASE_NUMBER = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}")
CASE_NUMBER_RULE = QT_TRANSLATE_NOOP("Validation", "1 to 40 characters: letters A-Z, digits, '-', '_' and '.', "
                                                  "beginning with a letter or a digit")


ONE_LINE_MESSAGE = QT_TRANSLATE_NOOP("Validation", "one line only: no line breaks, tabs or other control characters")


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Issue:
    severity: Severity
    field: str
    message: str
    value: str | None = None
    needs_confirmation: bool = False  # implausible but possible: saved only once the user confirms it
    kind: str = ""  # what sort of warning (UNKNOWN_SUBSTANCE...), "" when of no named kind

    def __str__(self) -> str:
        return f"{self.severity}: {self.field}: {self.message}"


@dataclass(frozen=True)
class ValidationReport:
    issues: tuple[Issue, ...] = ()

    @property
    def errors(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.severity is Severity.WARNING)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def to_confirm(self) -> tuple[Issue, ...]:
        """The warnings a user confirms before the case is saved."""
        return tuple(i for i in self.issues if i.needs_confirmation)

    def for_field(self, field: str) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.field == field or i.field.startswith(field + "."))


def error(field: str, message: str, value: object = None) -> Issue:
    return Issue(Severity.ERROR, field, message, None if value is None else str(value))


def warning(field: str, message: str, value: object = None, *, needs_confirmation: bool = False,
            kind: str = "") -> Issue:
    return Issue(Severity.WARNING, field, message, None if value is None else str(value),
                 needs_confirmation=needs_confirmation, kind=kind)


@dataclass(frozen=True)
class _Rules:
    """How strictly a case is checked: `complete` for submitting (and the records of a file);
    `imported` for the case as a file gave it (an amount of 0 is kept, not refused as typed); `kept_blocks`:
    what a draft may keep as entered (an unknown substance, an amount of 0 or without unit) is an error."""

    complete: bool
    imported: bool
    kept_blocks: bool


def validate(case: Case, catalogue: Catalogue, *, now: datetime, complete: bool = False,
             imported: bool = False) -> ValidationReport:
    """Check a normalised case. `now` is the current time in the agency's time zone (naive). `imported`:
    the case comes from a file, which may keep an amount of 0 as entered; an imported draft keeps what a
    draft may keep (a warning each), a record marked submitted or approved must be complete."""
    return ValidationReport(tuple(_check_case(case, catalogue, now, _rules(complete, imported, case.status))))


def _rules(complete: bool, imported: bool, status: str) -> _Rules:
    return _Rules(complete, imported, complete and not (imported and status == "draft"))


def _check_case(case: Case, catalogue: Catalogue, now: datetime, rules: _Rules) -> Iterator[Issue]:
    complete = rules.complete
    if case.case_number is not None and not CASE_NUMBER.fullmatch(case.case_number):
        yield error("case_number", translate("Validation", "is not a valid case number ({rule})").format(
            rule=translate("Validation", CASE_NUMBER_RULE)), case.case_number)
    yield from _check_occurred(case.occurred_at, now, complete)
    loc = case.location
    if loc.country is None:
        if complete:
            yield error("location.country", translate("Validation", "the country where the seizure happened is "
                                                                  "required"))
    else:
        yield from _check_country("location.country", loc.country)
    yield from _check_coordinates(loc.lat, loc.lon)
    for field, vocabulary, value in (
        ("location.place_type", vocab.PLACE_TYPE, loc.place_type),
        ("detection", vocab.DETECTION, case.detection),
        ("transport", vocab.TRANSPORT, case.transport),
        ("concealment", vocab.CONCEALMENT, case.concealment),
        ("routing", vocab.ROUTING, case.routing),
    ):
        yield from _check_term(field, vocabulary, value)
    if case.status not in vocab.CASE_STATUS:
        yield error("status", translate("Validation", "'{status}' is not a case status").format(status=case.status),
                    case.status)
    for field in ("origin_country", "departure_country", "destination_country"):
        value = getattr(case, field)
        if value is not None:
            yield from _check_country(field, value)
    for index, value in enumerate(case.transit_countries):
        yield from _check_country(f"transit_countries[{index}]", value)
    yield from _check_one_line(_one_line_fields(case))
    for index, person in enumerate(case.persons):
        prefix = f"persons[{index}]"
        yield from _check_term(f"{prefix}.role", vocab.PERSON_ROLE, person.role)
        if person.nationality is not None:
            yield from _check_country(f"{prefix}.nationality", person.nationality)
        if person.date_of_birth:
            try:
                born = date.fromisoformat(person.date_of_birth)
            except ValueError:
                yield error(f"{prefix}.date_of_birth", translate("Validation", "not a date (use YYYY-MM-DD)"),
                            person.date_of_birth)
            else:
                if born > now.date():
                    yield error(f"{prefix}.date_of_birth", translate("Validation", "is in the future"),
                                person.date_of_birth)
                elif born.year < EARLIEST_YEAR:
                    yield error(f"{prefix}.date_of_birth", translate("Validation", "is before {year}").format(
                        year=EARLIEST_YEAR), person.date_of_birth)
    if complete and not case.exhibits:
        yield error("exhibits", translate("Validation", "a case needs at least one exhibit"))
    numbers: set[str] = set()
    for index, exhibit in enumerate(case.exhibits):
        if exhibit.number:
            if exhibit.number in numbers:
                yield error(f"exhibits[{index}].number", translate("Validation", "exhibit number used twice"),
                            exhibit.number)
            numbers.add(exhibit.number)
        yield from _check_exhibit(f"exhibits[{index}]", exhibit, catalogue, rules)


def _one_line_fields(case: Case) -> Iterator[tuple[str, str | None]]:
    """The case's free-text fields that hold one line (the narrative alone keeps its lines)."""
    loc = case.location
    yield from (("agency", case.agency), ("unit", case.unit), ("conveyance", case.conveyance),
                ("concealment_text", case.concealment_text), ("location.name", loc.name),
                ("location.address", loc.address), ("location.city", loc.city), ("location.region", loc.region))
    yield from ((f"officers[{i}]", name) for i, name in enumerate(case.officers))
    yield from ((f"persons[{i}].name", person.name) for i, person in enumerate(case.persons))
    for i, exhibit in enumerate(case.exhibits):
        prefix = f"exhibits[{i}]"
        yield from ((f"{prefix}.substance", exhibit.substance), (f"{prefix}.packaging", exhibit.packaging),
                    (f"{prefix}.description", exhibit.description))
        if exhibit.lab is not None:
            yield from ((f"{prefix}.lab.substance", exhibit.lab.substance), (f"{prefix}.lab.lab", exhibit.lab.lab),
                        (f"{prefix}.lab.certificate", exhibit.lab.certificate))


def _check_one_line(values: Iterable[tuple[str, str | None]]) -> Iterator[Issue]:
    for field, value in values:
        if value and breaks_line(value):
            yield error(field, translate("Validation", ONE_LINE_MESSAGE), value)


def _check_occurred(value: str | None, now: datetime, complete: bool) -> Iterator[Issue]:
    if not value:
        if complete:
            yield error("occurred_at", translate("Validation", "the date of the seizure is required"))
        return
    try:
        iso = parse_occurred(value)
    except ValueError as exc:
        yield error("occurred_at", str(exc), value)
        return
    if occurred_date(iso).year < EARLIEST_YEAR:
        yield error("occurred_at", translate("Validation", "is before {year}").format(year=EARLIEST_YEAR), value)
    elif ("T" in iso and occurred_moment(iso) > now) or occurred_date(iso) > now.date():
        yield error("occurred_at", translate("Validation", "is in the future"), value)


def _check_country(field: str, value: str) -> Iterator[Issue]:
    if not is_iso_code(value):
        yield warning(field, translate("Validation", "{value} is not a known country; kept as entered").format(
            value=quoted(value)), value, kind=UNKNOWN_COUNTRY)


def _check_term(field: str, vocabulary: vocab.Vocabulary, value: str | None) -> Iterator[Issue]:
    if value is not None and value not in vocabulary:
        yield warning(field, translate("Validation", "{value} is not a known {vocabulary}; kept as entered").format(
            value=quoted(value), vocabulary=vocabulary.display_name()), value, kind=f"unknown {vocabulary.name}")


def _finite(value: Decimal) -> bool:
    """False for NaN and the infinities, which compare with nothing."""
    return Decimal(value).is_finite()


def _check_coordinates(lat: Decimal | None, lon: Decimal | None) -> Iterator[Issue]:
    if (lat is None) != (lon is None):
        yield error("location.lat" if lat is None else "location.lon",
                    translate("Validation", "latitude and longitude go together: give both or neither"))
    if lat is not None and not (_finite(lat) and Decimal(-90) <= lat <= Decimal(90)):
        yield error("location.lat", translate("Validation", "latitude must be between -90 and 90"), lat)
    if lon is not None and not (_finite(lon) and Decimal(-180) <= lon <= Decimal(180)):
        yield error("location.lon", translate("Validation", "longitude must be between -180 and 180"), lon)


def _kept(rules: _Rules, field: str, message: str, value: object, kind: str) -> Issue:
    """What a draft may keep as entered: an error when the case must be complete, else a warning."""
    if rules.kept_blocks:
        return error(field, message, value)
    return warning(field, translate("Validation", "{problem}; kept as entered, the case cannot be submitted until it "
                                                  "is corrected").format(problem=message), value, kind=kind)


def _check_exhibit(prefix: str, exhibit: Exhibit, catalogue: Catalogue, rules: _Rules) -> Iterator[Issue]:
    complete = rules.complete
    yield from _check_term(f"{prefix}.kind", vocab.EXHIBIT_KIND, exhibit.kind)
    yield from _check_term(f"{prefix}.form", vocab.FORM, exhibit.form)
    yield from _check_term(f"{prefix}.field_test", vocab.FIELD_TEST, exhibit.field_test)
    if exhibit.measure is not None and exhibit.measure not in vocab.MEASURE:
        yield error(f"{prefix}.measure", translate("Validation", "must be 'net' or 'gross'"), exhibit.measure)
    if exhibit.substance_unknown:
        yield _kept(rules, f"{prefix}.substance", translate("Validation", "the substance is unknown: name it (as "
                                                                          "suspected)"),
                    exhibit.substance, UNKNOWN_SUBSTANCE)
    elif exhibit.substance:
        if catalogue.find(exhibit.substance) is None:
            yield warning(f"{prefix}.substance",
                          translate("Validation", "'{name}' is not in the substance catalogue; kept as entered").format(
                              name=exhibit.substance), exhibit.substance, kind=UNLISTED_SUBSTANCE)
    elif complete and exhibit.kind in SUBSTANCE_KINDS:
        yield error(f"{prefix}.substance", translate("Validation", "name the substance (as suspected)"))
    if exhibit.quantity is None:
        if complete:
            yield error(f"{prefix}.quantity", translate("Validation", "give the quantity, or mark it unknown"))
    else:
        yield from _check_quantity(f"{prefix}.quantity", exhibit.quantity, exhibit.form, rules)
    if exhibit.count is not None:
        yield from _check_quantity(f"{prefix}.count", exhibit.count, None, rules)
    if exhibit.packages is not None and exhibit.packages < 0:
        yield error(f"{prefix}.packages", translate("Validation", "cannot be negative"), exhibit.packages)
    elif exhibit.packages is not None and exhibit.packages > MAX_INTEGER:
        yield error(f"{prefix}.packages", translate("Validation", "is too large"), exhibit.packages)
    if exhibit.lab is not None:
        purity = exhibit.lab.purity_percent
        if purity is not None and not (_finite(purity) and Decimal(0) <= purity <= Decimal(100)):
            yield error(f"{prefix}.lab.purity_percent", translate("Validation", "purity must be between 0 and 100 %"),
                        purity)
        if exhibit.lab.substance and catalogue.find(exhibit.lab.substance) is None:
            yield warning(f"{prefix}.lab.substance",
                          translate("Validation", "'{name}' is not in the substance catalogue; kept as entered").format(
                              name=exhibit.lab.substance), exhibit.lab.substance)
    yield from _check_kg(prefix, exhibit)


def _check_kg(prefix: str, exhibit: Exhibit) -> Iterator[Issue]:
    if exhibit.kg_mg is not None and exhibit.kg_mg > IMPLAUSIBLE_KG * 1_000_000:
        yield warning(f"{prefix}.quantity", translate("Validation", "over 100 t: please confirm the quantity and unit"),
                      _quantity_text(exhibit.quantity), needs_confirmation=True, kind=IMPLAUSIBLE)


def amount_issues(exhibit: Exhibit, *, imported: bool, status: str, prefix: str = "exhibits[0]") -> list[Issue]:
    """The issues of a complete case's exhibit that its quantity alone raises (the checks of the quantity and of
    its kg-equivalent, as `validate` makes them): an importer that checks each distinct substance once asks this
    of each distinct amount."""
    rules = _rules(True, imported, status)
    issues: list[Issue] = []
    if exhibit.quantity is not None:
        issues.extend(_check_quantity(f"{prefix}.quantity", exhibit.quantity, exhibit.form, rules))
    issues.extend(_check_kg(prefix, exhibit))
    return issues


def _check_quantity(field: str, quantity: Quantity, form: str | None, rules: _Rules) -> Iterator[Issue]:
    if quantity.value is None:
        return
    if not _finite(quantity.value):
        yield error(field, translate("Validation", "is not a finite number"), quantity.value)
        return
    if Decimal(quantity.value).is_zero() and rules.imported:  # typed in a form, 0 is malformed; in a file it is kept
        yield _kept(rules, field, translate("Validation", "is 0, which weighs nothing: no kg-equivalent"),
                    quantity.value, ZERO_AMOUNT)
    elif quantity.value <= 0:
        yield error(field, translate("Validation", "must be greater than zero"), quantity.value)
    if not quantity.unit:
        yield _kept(rules, field, translate("Validation", "has no unit"), quantity.value, NO_UNIT)
        return
    unit = BY_CODE.get(quantity.unit)
    if unit is None:
        yield warning(field, translate("Validation", "unit '{unit}' is not known; kept as entered, no "
                                                     "kg-equivalent").format(unit=quantity.unit),
                      quantity.unit, kind=UNKNOWN_UNIT)
        return
    if unit.dimension is not Dimension.COUNT and quantity.value > 0:
        kg = kg_equivalent(quantity.value, unit)
        if kg is None:
            yield error(field, translate("Validation", "is too large (over 9 billion tonnes)"),
                        _quantity_text(quantity))
            return
        if kg.milligrams == 0:  # stored as whole milligrams: it would count as nothing
            yield error(field, translate("Validation", "rounds to 0 mg (kg-equivalents are whole milligrams): check "
                                                       "the unit"), _quantity_text(quantity))
            return
    if unit.dimension is Dimension.COUNT and quantity.value != quantity.value.to_integral_value():
        yield warning(field, translate("Validation", "a count of {unit} is usually a whole number").format(
            unit=unit.display()), quantity.value, kind=UNUSUAL)
    expected = vocab.FORM_DIMENSIONS.get(form or "")
    if expected and unit.dimension.value not in expected:
        yield warning(field, translate("Validation", "{unit} is unusual for a {form} exhibit").format(
            unit=unit.display(), form=vocab.FORM.display(form).lower()), _quantity_text(quantity), kind=UNUSUAL)
    if form in ("tablet", "capsule", "blotter") and unit.code == "t":
        yield warning(field, translate("Validation", "a tablet, capsule or blotter exhibit weighed in tonnes: please "
                                                     "confirm"), _quantity_text(quantity), needs_confirmation=True,
                      kind=IMPLAUSIBLE)


def _quantity_text(quantity: Quantity | None) -> str:
    if quantity is None:
        return ""
    if quantity.value is None:
        return "unknown"
    return f"{quantity.value} {quantity.unit or ''}".strip()
