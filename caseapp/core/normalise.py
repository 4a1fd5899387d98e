"""From text as entered to the stored form: vocabulary codes, ISO country codes, catalogue names,
unit codes and the derived kg-equivalent and hazard flag.

Values a vocabulary does not know stay verbatim (validation warns about them); nothing is dropped.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import lru_cache

from caseapp.core import vocab
from caseapp.core.countries import find_country, is_unknown
from caseapp.core.i18n import translate
from caseapp.core.model import UNKNOWN_SUBSTANCE, Case, Exhibit, LabResult, Location, Person, Quantity
from caseapp.core.substances import Catalogue
from caseapp.core.text import name_key, quoted
from caseapp.core.units import Dimension, KgEquivalent, find_unit, kg_equivalent

UNKNOWN_QUANTITY_WORDS = frozenset({"unknown", "unk", "?", "n/a", "inconnu", "inconnue"})
#: substance names that say the substance is unknown (name keys: case, spaces and hyphens ignored)
UNKNOWN_SUBSTANCE_WORDS = frozenset(name_key(w) for w in (
    "unknown", "unk", "unknown substance", "unknown drug", "unknown drugs", "unidentified",
    "unidentified substance", "unidentified drug", "inconnu", "inconnue", "substance inconnue", "drogue inconnue",
    "non identifiée", "substance non identifiée"))
# Numbers beyond 10^±30 are no quantity, coordinate or purity (100 t is 10^17 mg): '12.5e-999999999' is
# refused when parsed instead of being stored and rounded to 0 mg.
MAX_EXPONENT = 30


def parse_decimal(text: str) -> Decimal:
    """An exact decimal from text with '.' as the decimal mark. Group separators are refused: '1,000'
    could mean one thousand or one. Raises ValueError naming the text."""
    stripped = text.strip()
    if "," in stripped or " " in stripped or "_" in stripped:
        raise ValueError(translate("Numbers", "{text} is not a plain number (no group separators; use '.' for "
                                              "decimals)").format(text=quoted(text)))
    try:
        value = Decimal(stripped)
    except InvalidOperation:
        raise ValueError(translate("Numbers", "{text} is not a number").format(text=quoted(text))) from None
    if not value.is_finite():
        raise ValueError(translate("Numbers", "{text} is not a finite number").format(text=quoted(text)))
    if value and not -MAX_EXPONENT <= value.adjusted() <= MAX_EXPONENT:
        raise ValueError(translate("Numbers", "{text} is out of range (an exponent beyond ±{limit})").format(
            text=quoted(text), limit=MAX_EXPONENT))
    return value


def _not_finite(raw: object) -> Decimal:
    raise ValueError(translate("Numbers", "{text} is not a finite number").format(text=quoted(raw)))


def parse_quantity_value(raw: object) -> Decimal | None:
    """A quantity value from a file cell: a number, a decimal string, or 'unknown' (None)."""
    if isinstance(raw, bool):
        raise ValueError(translate("Numbers", "{text} is not a number").format(text=quoted(raw)))
    if isinstance(raw, Decimal | int):
        return parse_decimal(str(raw)) if not isinstance(raw, Decimal) or raw.is_finite() else _not_finite(raw)
    if isinstance(raw, float):
        return parse_decimal(repr(raw))
    text = str(raw).strip()
    if text.casefold() in UNKNOWN_QUANTITY_WORDS:
        return None
    return parse_decimal(text)


@lru_cache(maxsize=8192)
def _code(vocabulary: vocab.Vocabulary, text: str | None) -> str | None:
    if text is None:
        return None
    stripped = text.strip()
    if not stripped:
        return None
    return vocabulary.code_for(stripped) or stripped


@lru_cache(maxsize=8192)
def _country(text: str | None) -> str | None:
    if is_unknown(text):
        return None
    assert text is not None
    country = find_country(text)
    # kept as entered, but without NUL: SQLite's text functions stop at one (the search terms would not match)
    return country.code if country else text.replace("\x00", "").strip()


@lru_cache(maxsize=4096)
def _unit(text: str | None) -> str | None:
    if text is None or not text.strip():
        return None
    unit = find_unit(text)
    return unit.code if unit else text.strip()


# Public names for readers that normalise as they read (memoised: files repeat a few values).
term_code = _code
country_code = _country


def is_unknown_substance(name: str | None) -> bool:
    """True for a name that says the substance is unknown ("Unknown", "unknown drug"); blank is not given."""
    return bool(name) and name_key(name or "") in UNKNOWN_SUBSTANCE_WORDS


def normalise_quantity(quantity: Quantity | None) -> Quantity | None:
    if quantity is None:
        return None
    return Quantity(quantity.value, _unit(quantity.unit), quantity.approximate)


def normalise_exhibit(exhibit: Exhibit, catalogue: Catalogue) -> Exhibit:
    """A new Exhibit in stored form, with its kg-equivalent and hazard mark derived."""
    unknown = is_unknown_substance(exhibit.substance)
    substance = None if unknown else catalogue.find(exhibit.substance)
    lab = exhibit.lab
    if lab is not None:
        confirmed = catalogue.find(lab.substance)
        lab = LabResult(
            substance=confirmed.name if confirmed else (lab.substance or "").strip() or None,
            purity_percent=lab.purity_percent, lab=lab.lab.strip(), certificate=lab.certificate.strip(),
        )
    quantity = normalise_quantity(exhibit.quantity)
    count = normalise_quantity(exhibit.count)
    result = Exhibit(
        kind=_code(vocab.EXHIBIT_KIND, exhibit.kind) or "drug",
        substance=UNKNOWN_SUBSTANCE if unknown else substance.name if substance
        else (exhibit.substance or "").strip() or None,
        form=_code(vocab.FORM, exhibit.form),
        quantity=quantity,
        count=count,
        measure=_code(vocab.MEASURE, exhibit.measure),
        packages=exhibit.packages,
        packaging=exhibit.packaging.strip(),
        field_test=_code(vocab.FIELD_TEST, exhibit.field_test),
        lab=lab,
        description=exhibit.description.strip(),
        hazard=exhibit.hazard,
        number=exhibit.number,
        substance_id=substance.id if substance else None,
        id=exhibit.id,
    )
    kg = exhibit_kg(quantity, count, substance.typical_unit_mass_mg if substance else None)
    result.hazard_flag = exhibit_hazard(result, catalogue)
    result.kg_mg = kg.milligrams if kg else None
    result.kg_estimate = kg.estimate if kg else False
    return result


def exhibit_kg(quantity: Quantity | None, count: Quantity | None,
               masses: dict[str, int | float] | None) -> KgEquivalent | None:
    """The kg-equivalent of an exhibit's normalised quantity and count: the mass when there is one; else a
    volume; else a count through the substance's typical unit mass. An amount of 0 (kept as a file gave it)
    weighs nothing that can be counted: no kg-equivalent."""
    candidates = [q for q in (quantity, count)
                  if q is not None and q.value is not None and not Decimal(q.value).is_zero()]
    if len(candidates) > 1:
        candidates.sort(key=lambda q: _rank(q.unit))
    for candidate in candidates:
        kg = kg_equivalent(candidate.value, find_unit(candidate.unit), masses)
        if kg is not None:
            return kg
    return None


def _rank(unit_code: str | None) -> int:
    unit = find_unit(unit_code)
    if unit is None:
        return 3
    return {Dimension.MASS: 0, Dimension.VOLUME: 1, Dimension.COUNT: 2}[unit.dimension]


def exhibit_hazard(exhibit: Exhibit, catalogue: Catalogue) -> bool:
    """Set by hand wins; otherwise the catalogue decides, from the suspected or confirmed substance."""
    if exhibit.hazard is not None:
        return exhibit.hazard
    for name in (exhibit.substance, exhibit.lab.substance if exhibit.lab else None):
        substance = catalogue.find(name)
        if substance is not None and catalogue.is_hazard(substance):
            return True
    return False


def normalise_case(case: Case, catalogue: Catalogue) -> Case:
    """A new Case in stored form: codes for known values, verbatim text for the rest."""
    loc = case.location
    location = Location(
        name=loc.name.strip(), address=loc.address.strip(), city=loc.city.strip(),
        region=loc.region.strip(), country=_country(loc.country), lat=loc.lat, lon=loc.lon,
        place_type=_code(vocab.PLACE_TYPE, loc.place_type),
    )
    persons = [
        Person(role=_code(vocab.PERSON_ROLE, p.role) or p.role, name=p.name.strip(),
               date_of_birth=p.date_of_birth, nationality=_country(p.nationality))
        for p in case.persons
    ]
    return Case(
        occurred_at=case.occurred_at,
        case_number=(case.case_number or "").strip() or None,
        agency=case.agency.strip(), unit=case.unit.strip(),
        officers=[o.strip() for o in case.officers if o and o.strip()],
        location=location,
        detection=_code(vocab.DETECTION, case.detection),
        transport=_code(vocab.TRANSPORT, case.transport),
        conveyance=case.conveyance.strip(),
        concealment=_code(vocab.CONCEALMENT, case.concealment),
        concealment_text=case.concealment_text.strip(),
        routing=_code(vocab.ROUTING, case.routing),
        origin_country=_country(case.origin_country),
        departure_country=_country(case.departure_country),
        transit_countries=[c for c in (_country(t) for t in case.transit_countries) if c],
        destination_country=_country(case.destination_country),
        persons=persons,
        narrative=case.narrative,
        exhibits=[normalise_exhibit(e, catalogue) for e in case.exhibits],
        status=_code(vocab.CASE_STATUS, case.status) or "draft",
        id=case.id, recorded_at=case.recorded_at, created_by=case.created_by, created_at=case.created_at,
        updated_by=case.updated_by, updated_at=case.updated_at, approved_by=case.approved_by,
        approved_at=case.approved_at, version=case.version, source=case.source,
    )
