"""Countries through pycountry: ISO 3166 alpha-2 codes are what the record stores.

Accepts alpha-2 and alpha-3 codes, English short, official and common names, the UN's long forms
("Bolivia (Plurinational State of)", "Russian Federation"), common variants ("USA", "UK", "Turkey")
and an explicit unknown, and the French names (CLDR's, through Babel: "Allemagne", "États-Unis"). A name this
module does not know is not guessed at: the caller keeps it verbatim with a warning.

`country_name` is the English name, what the full-text index and exported files hold; `country_display` is
the name in the current language, for the window and the printed reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pycountry

from caseapp.core.i18n import ENGLISH, FRENCH, LOCALES, current_language
from caseapp.core.text import name_key, strip_accents

UNKNOWN_WORDS = frozenset(name_key(w) for w in ("unknown", "unk", "n/a", "na", "none", "-", "?", "xx", "inconnu",
                                                 "inconnue"))

# Variants met in agency and UN data that pycountry does not carry as names.
_VARIANTS: dict[str, str] = {
    "USA": "US", "U.S.A.": "US", "United States of America": "US", "America": "US",
    "UK": "GB", "U.K.": "GB", "Great Britain": "GB", "Britain": "GB", "England": "GB",
    "Scotland": "GB", "Wales": "GB", "Northern Ireland": "GB",
    "United Kingdom of Great Britain and Northern Ireland": "GB",
    "Turkey": "TR", "Türkiye": "TR",
    "Russia": "RU", "Russian Federation": "RU",
    "Iran": "IR", "Iran (Islamic Republic of)": "IR",
    "Syria": "SY", "Syrian Arab Republic": "SY",
    "Bolivia (Plurinational State of)": "BO",
    "Venezuela": "VE", "Venezuela (Bolivarian Republic of)": "VE",
    "Tanzania": "TZ", "United Republic of Tanzania": "TZ",
    "Laos": "LA", "Lao People's Democratic Republic": "LA",
    "South Korea": "KR", "Korea": "KR", "Republic of Korea": "KR", "Korea, Republic of": "KR",
    "North Korea": "KP", "Democratic People's Republic of Korea": "KP",
    "Moldova": "MD", "Republic of Moldova": "MD",
    "Macedonia": "MK", "The former Yugoslav Republic of Macedonia": "MK", "FYROM": "MK",
    "Swaziland": "SZ", "Ivory Coast": "CI", "Cote d'Ivoire": "CI", "Cape Verde": "CV",
    "Burma": "MM", "Holland": "NL", "Netherlands (Kingdom of the)": "NL",
    "Hong Kong SAR": "HK", "China, Hong Kong SAR": "HK", "Hong Kong, China": "HK",
    "Macao SAR": "MO", "China, Macao SAR": "MO", "Macau": "MO",
    "Taiwan Province of China": "TW", "China, Taiwan Province of China": "TW",
    "Micronesia (Federated States of)": "FM", "State of Palestine": "PS", "Palestine": "PS",
    "Vatican": "VA", "Holy See": "VA", "Czech Republic": "CZ", "Brunei": "BN",
    "East Timor": "TL", "Congo (Democratic Republic of the)": "CD", "DR Congo": "CD", "DRC": "CD",
    "Democratic Republic of the Congo": "CD", "Republic of the Congo": "CG", "Congo-Brazzaville": "CG",
    "UAE": "AE", "Emirates": "AE",
}


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    alpha3: str
    name: str
    official_name: str


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, Country], dict[str, Country]]:
    by_code: dict[str, Country] = {}
    by_key: dict[str, Country] = {}
    for record in pycountry.countries:
        country = Country(
            record.alpha_2, record.alpha_3, getattr(record, "common_name", None) or record.name,
            getattr(record, "official_name", None) or record.name,
        )
        by_code[country.code] = country
        for text in (record.name, getattr(record, "official_name", None), getattr(record, "common_name", None)):
            if text:
                by_key.setdefault(name_key(text), country)
    for variant, code in _VARIANTS.items():
        by_key[name_key(variant)] = by_code[code]
    for code, name in _french_names().items():  # after the English names, which win a clash
        if code in by_code:
            by_key.setdefault(name_key(name), by_code[code])
    return by_code, by_key


@lru_cache(maxsize=1)
def _french_names() -> dict[str, str]:
    """ISO alpha-2 code -> the country's name in Canadian French (CLDR)."""
    from babel import Locale

    territories = Locale.parse(LOCALES[FRENCH]).territories
    return {code: str(name) for code, name in territories.items() if len(code) == 2 and code.isalpha()}


def all_countries() -> list[Country]:
    return sorted(_index()[0].values(), key=lambda c: c.name)


def is_unknown(text: str | None) -> bool:
    return not text or not text.strip() or name_key(text) in UNKNOWN_WORDS


@lru_cache(maxsize=4096)
def find_country(text: str | None) -> Country | None:
    """The country a code or name denotes, or None (unknown or not recognised)."""
    if text is None:
        return None
    stripped = text.strip()
    if not stripped:
        return None
    by_code, by_key = _index()
    upper = stripped.upper()
    if len(stripped) == 2 and upper in by_code:
        return by_code[upper]
    if len(stripped) == 3 and stripped.isalpha():
        for country in by_code.values():
            if country.alpha3 == upper:
                return country
    return by_key.get(name_key(stripped))


def country_name(code_or_text: str | None) -> str:
    """Display name for a stored value: the name for an ISO code, the verbatim text otherwise."""
    if not code_or_text:
        return ""
    country = _index()[0].get(code_or_text)
    return country.name if country else code_or_text


def country_display(code_or_text: str | None, lang: str | None = None) -> str:
    """The name of a stored value in `lang` (default: the current language): the country's name for an ISO
    code ('Germany', 'Allemagne'), the verbatim text otherwise."""
    if not code_or_text:
        return ""
    country = _index()[0].get(code_or_text)
    if country is None:
        return code_or_text
    if (lang or current_language()) == ENGLISH:
        return country.name
    return _french_names().get(country.code, country.name)


def countries_for_display(lang: str | None = None) -> list[tuple[Country, str]]:
    """Every country with its name in `lang`, in the order of those names (accents ignored)."""
    named = [(country, country_display(country.code, lang)) for country in _index()[0].values()]
    return sorted(named, key=lambda pair: strip_accents(pair[1]).casefold())


def is_iso_code(value: str | None) -> bool:
    return bool(value) and value in _index()[0]
