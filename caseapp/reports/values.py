"""How the printed reports write a value: a dash for nothing recorded, decimals and quantities as entered,
the hazard words, agency-local and stored times, and a person's name with their login. Shared by the case
report, the labels and the summary's services.

Everything is written in the language of the print under way (core.i18n.using_language): the decimal mark,
the unit's name, the time ('14:30 PDT', '14 h 30 HAP'), through core.formats (Babel)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, tzinfo
from decimal import Decimal

from caseapp.core import formats
from caseapp.core.i18n import QT_TRANSLATE_NOOP, current_language, translate
from caseapp.core.model import Exhibit, Quantity
from caseapp.core.substances import Catalogue
from caseapp.core.units import quantity_text as units_quantity_text
from caseapp.core.units import unit_display
from caseapp.reports.styles import pdf_time

DASH = "—"  # printed for a value that was not recorded
HAZARD_FAMILIES = {"fentanyl": QT_TRANSLATE_NOOP("ReportValues", "fentanyl-class"),
                   "nitazene": QT_TRANSLATE_NOOP("ReportValues", "nitazene-class")}


def or_dash(text: object) -> str:
    value = "" if text is None else str(text)
    return value if value.strip() else DASH


def decimal_text(value: Decimal | None) -> str:
    """A decimal as entered (no exponent, no thousands separator that could be misread), in the language's
    decimal mark ('12.50', '12,50')."""
    if value is None:
        return ""
    return formats.decimal_text(value)


def quantity_text(quantity: Quantity | None) -> str:
    """'12.50 g', '~5000 tablets', 'unknown (g)' ('12,50 g', '~5000 comprimés', 'inconnue (g)'); '' when there is
    no quantity at all."""
    if quantity is None:
        return ""
    unit = unit_display(quantity.unit)
    if quantity.value is None:
        unknown = translate("ReportValues", "unknown")
        return f"{unknown} ({unit})" if unit else unknown
    text = units_quantity_text(decimal_text(quantity.value), quantity.unit, current_language())
    return f"~{text}" if quantity.approximate else text


def hazard_text(exhibit: Exhibit, catalogue: Catalogue | None) -> str | None:
    """"HAZARD — fentanyl-class" (or nitazene-class) when the suspected or confirmed substance is of a
    hazardous analogue family, "HAZARD" for any other hazard mark, None when the exhibit is not marked."""
    if not exhibit.hazard_flag:
        return None
    if catalogue is not None:
        for name in (exhibit.substance, exhibit.lab.substance if exhibit.lab else None):
            substance = catalogue.find(name)
            family = substance.family if substance is not None else None
            if family in HAZARD_FAMILIES:
                hazard = translate("ReportValues", "HAZARD")
                return f"{hazard} — {translate('ReportValues', HAZARD_FAMILIES[family])}"
    return translate("ReportValues", "HAZARD")


def local_time(iso: str | None, zone: tzinfo, *, with_zone: bool = True) -> str:
    """A naive agency-local ISO date or date-time as printed: '2024-03-05 14:30 PST'; a date alone stays a
    date; text that is not ISO is printed as it is."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if "T" not in iso and " " not in iso.strip():
        return formats.numeric_date(moment.date())
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    else:
        moment = moment.astimezone(zone)
    return formats.moment_text(moment, seconds=bool(moment.second), zone=with_zone)


def stored_time(iso: str | None, zone: tzinfo) -> str:
    """A stored UTC time ('2026-11-25T12:00:00Z') in the agency zone."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return pdf_time(moment.astimezone(zone))


def person_name(login: str | None, people: Mapping[str, str]) -> str:
    """'Sgt Sam Okafor (sam)', or the login alone when no other name is known."""
    if not login:
        return ""
    name = people.get(login, "")
    return f"{name} ({login})" if name and name != login else login

