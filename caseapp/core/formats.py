"""Numbers, quantities, dates and times as each language writes them, through Babel (CLDR's data for
en_CA and fr_CA), never by hand: `1.5 kg` and `1,5 kg`, `1,204 cases` and `1 204 dossiers`, `June 14, 2016`
and `14 juin 2016`, `14:30 PDT` and `14 h 30 HAP`.

Each function takes the language (default: the current one, see core.i18n). A value stays exact: a decimal
prints every digit it was entered with, only its decimal mark changes, and never a group separator that a
reader could take for a decimal mark; whole counts are grouped as the language groups them.
"""

from __future__ import annotations

import functools
from datetime import date, datetime
from decimal import Decimal

from babel import Locale
from babel.dates import format_date, format_datetime, format_time
from babel.numbers import format_decimal, get_decimal_symbol

from caseapp.core.i18n import ENGLISH, FRENCH, LOCALES, current_language

_MG_PER_KG = Decimal(1_000_000)
#: a time of day on paper and on screen: 24-hour in both languages ("14:30", "14 h 30"), as the record
#: is kept; the zone's abbreviation follows in each language's own words (PST, HNP)
_TIME = {ENGLISH: "HH:mm", FRENCH: "HH 'h' mm"}
_TIME_SECONDS = {ENGLISH: "HH:mm:ss", FRENCH: "HH 'h' mm 'min' ss 's'"}


def _lang(lang: str | None) -> str:
    return lang or current_language()


@functools.cache
def babel_locale(lang: str) -> Locale:
    return Locale.parse(LOCALES[lang])


def decimal_mark(lang: str | None = None) -> str:
    """'.' in English, ',' in French."""
    return str(get_decimal_symbol(LOCALES[_lang(lang)]))


def grouped(number: int | Decimal, lang: str | None = None) -> str:
    """A whole number grouped as the language groups it: '1,204,000', '1 204 000' (a no-break space)."""
    return str(format_decimal(number, locale=LOCALES[_lang(lang)]))


def decimal_text(value: Decimal | int | str | None, lang: str | None = None) -> str:
    """A number exactly as entered ('12.50' stays 12.50, never 12.5 or 1.25E+1), with the language's
    decimal mark and no group separator; '' for None. Text that is not a number is returned as it is."""
    if value is None:
        return ""
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value))
    except ArithmeticError:
        return str(value)
    if not number.is_finite():
        return str(value)
    return f"{number:f}".replace(".", decimal_mark(lang))


def kg_text(milligrams: int | None, estimate: bool = False, lang: str | None = None) -> str:
    """A kg-equivalent kept in milligrams: '1.234567 kg' trimmed of trailing zeros, '~' for an estimate,
    '' when unknown (as units.format_kg, in the language's decimal mark)."""
    if milligrams is None:
        return ""
    kilograms = (Decimal(milligrams) / _MG_PER_KG).normalize()
    text = f"{decimal_text(kilograms, lang)} kg"
    return f"~{text}" if estimate else text


def long_date(day: date, lang: str | None = None) -> str:
    """'June 14, 2016', '14 juin 2016'."""
    return str(format_date(day, "long", locale=LOCALES[_lang(lang)]))


def numeric_date(day: date, lang: str | None = None) -> str:
    """'2016-06-14' in both languages (the short date of en_CA and fr_CA alike)."""
    return str(format_date(day, "short", locale=LOCALES[_lang(lang)]))


def time_of_day(moment: datetime, lang: str | None = None, *, seconds: bool = False) -> str:
    """'14:30' or '14 h 30' (with seconds when asked)."""
    language = _lang(lang)
    pattern = (_TIME_SECONDS if seconds else _TIME)[language]
    return str(format_time(moment, pattern, locale=LOCALES[language]))


def zone_abbreviation(moment: datetime, lang: str | None = None) -> str:
    """The abbreviation of an aware moment's zone in the language: PDT and HAP, EST and HNE, UTC. English keeps
    the zone database's own abbreviation (CET, not CLDR's +0100); French takes CLDR's French names, and where
    CLDR has none (most zones outside North America) the offset from UTC: UTC+01:00, UTC for London's winter."""
    if moment.tzinfo is None:
        return ""
    if _lang(lang) == ENGLISH:
        return moment.strftime("%Z")
    name = str(format_datetime(moment, "z", locale=LOCALES[FRENCH]))
    if name[:1] not in "+-":
        return name
    return "UTC" if not moment.utcoffset() else str(format_datetime(moment, "ZZZZ", locale=LOCALES[FRENCH]))


def moment_text(moment: datetime, lang: str | None = None, *, seconds: bool = False, zone: bool = True) -> str:
    """'2016-06-14 14:30 PDT', '2016-06-14 14 h 30 HAP': the numeric date, the time, the zone when known."""
    text = f"{numeric_date(moment.date(), lang)} {time_of_day(moment, lang, seconds=seconds)}"
    abbreviation = zone_abbreviation(moment, lang) if zone else ""
    return f"{text} {abbreviation}".strip()
