"""Units of quantity and kilogram-equivalents, in exact Decimal arithmetic.

Mass converts exactly. Volume converts at 1 L = 1 kg (the UN's convention) and is marked an estimate.
Counts (tablets, capsules, plants...) convert through the catalogue's typical unit mass where one is
known, also marked an estimate; otherwise they have no kilogram-equivalent.

Each unit has an English label (stored text, exports) and a French one (`unit_display` in French), and both
are read back: "comprimés" and "tablets" are the same unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from enum import StrEnum

from caseapp.core.i18n import FRENCH, current_language
from caseapp.core.text import name_key


class Dimension(StrEnum):
    MASS = "mass"
    VOLUME = "volume"
    COUNT = "count"


@dataclass(frozen=True)
class Unit:
    code: str
    label: str
    dimension: Dimension
    # kilograms per unit (mass), litres per unit (volume), items per unit (count)
    factor: Decimal
    # for counts: which kind of item, the key into a substance's typical unit masses
    item: str | None = None
    aliases: tuple[str, ...] = ()
    french: str = ""  # the French label, "" when it is the English one (the SI symbols)

    def display(self, lang: str | None = None) -> str:
        """The label in `lang` (default: the current language)."""
        return self.french if self.french and (lang or current_language()) == FRENCH else self.label


def _u(code: str, label: str, dim: Dimension, factor: str, item: str | None = None,
       aliases: tuple[str, ...] = ()) -> Unit:
    return Unit(code, label, dim, Decimal(factor), item, aliases, _FRENCH.get(code, ""))


#: French labels and the French words read as each unit (Office québécois de la langue française, Termium Plus)
_FRENCH = {
    "block_350g": "bloc (350 g)", "paper_0.1g": "papier (0,1 g)", "us_fl_oz": "oz liq. US", "us_gal": "gal US",
    "uk_gal": "gal imp.", "tablet": "comprimés", "thousand_tablets": "milliers de comprimés", "pill": "pilules",
    "capsule": "capsules", "dose": "doses", "thousand_doses": "milliers de doses", "blotter": "buvards",
    "plant": "plants", "bottle": "bouteilles", "vial": "fioles", "ampoule": "ampoules", "package": "paquets",
    "unit": "unités", "hundred_units": "centaines d'unités",
}
_FRENCH_WORDS = {
    "mg": ("milligrammes",), "ug": ("microgramme", "microgrammes"), "g": ("grammes",), "kg": ("kilogrammes",),
    "oz": ("once", "onces"), "lb": ("livre", "livres"), "l": ("litres",),
    "us_gal": ("gallon US", "gallons US"), "uk_gal": ("gallon impérial", "gallons impériaux"),
    "tablet": ("comprimé", "comprimés", "cp"), "pill": ("pilule", "pilules"), "capsule": ("gélule", "gélules"),
    "blotter": ("buvard", "buvards", "timbre", "timbres"), "bottle": ("bouteille", "bouteilles"),
    "vial": ("fiole", "fioles"), "package": ("paquet", "paquets", "colis"),
    "unit": ("unité", "unités", "pièce", "pièces"), "thousand_tablets": ("milliers de comprimés",),
    "thousand_doses": ("milliers de doses",), "hundred_units": ("centaines d'unités",),
}


M, V, C = Dimension.MASS, Dimension.VOLUME, Dimension.COUNT

UNITS: tuple[Unit, ...] = (
    _u("mg", "mg", M, "0.000001", aliases=("milligram", "milligrams", "milligramme")),
    _u("ug", "µg", M, "0.000000001", aliases=("microgram", "micrograms", "mcg", "µg")),
    _u("g", "g", M, "0.001", aliases=("gram", "grams", "gramme", "gr", "grs", "gm")),
    _u("kg", "kg", M, "1", aliases=("kilogram", "kilograms", "kilogramme", "kilo", "kilos", "kgs")),
    _u("t", "t", M, "1000", aliases=("ton", "tons", "tonne", "tonnes", "metric ton", "metric tonne")),
    _u("oz", "oz", M, "0.028349523125", aliases=("ounce", "ounces")),
    _u("lb", "lb", M, "0.45359237", aliases=("pound", "pounds", "lbs")),
    _u("100g", "100 g", M, "0.1", aliases=("100 gram", "100 grams")),
    _u("block_350g", "block (350 g)", M, "0.35", aliases=("Block (350gr)", "block 350g")),
    _u("paper_0.1g", "paper (0.1 g)", M, "0.0001", aliases=("Paper (1/10 gm)",)),
    _u("ml", "mL", V, "0.001",
       aliases=("millilitre", "milliliter", "millilitres", "milliliters", "cc", "cm3",
                "cubic centimeter", "cubic centimetre", "cubic centimeters")),
    _u("l", "L", V, "1", aliases=("litre", "liter", "litres", "liters", "lt", "ltr")),
    _u("us_fl_oz", "US fl oz", V, "0.0295735295625", aliases=("fl oz", "fluid ounce", "us fluid ounce")),
    _u("us_gal", "US gal", V, "3.785411784",
       aliases=("gallon", "gallons", "us gallon", "Gallons (US, liquid)", "gal")),
    _u("uk_gal", "UK gal", V, "4.54609", aliases=("Gallons (UK)", "imperial gallon", "uk gallon")),
    _u("tablet", "tablets", C, "1", "tablet", ("tablets", "tab", "tabs")),
    _u("thousand_tablets", "thousand tablets", C, "1000", "tablet", ("Thousand of tablets",)),
    _u("pill", "pills", C, "1", "tablet", ("pills",)),
    _u("capsule", "capsules", C, "1", "capsule", ("capsules", "caps")),
    _u("dose", "doses", C, "1", "dose", ("doses", "injection", "injections")),
    _u("thousand_doses", "thousand doses", C, "1000", "dose", ("Thousand of doses",)),
    _u("blotter", "blotters", C, "1", "blotter",
       ("blotters", "blotting paper", "stamp", "stamps", "tab of blotter")),
    _u("plant", "plants", C, "1", "plant", ("plants", "bush", "bushes")),
    _u("bottle", "bottles", C, "1", "bottle", ("bottles", "flacon", "flacons")),
    _u("vial", "vials", C, "1", "vial", ("vials",)),
    _u("ampoule", "ampoules", C, "1", "ampoule", ("ampoules", "ampule", "ampul")),
    _u("package", "packages", C, "1", "package", ("packages", "packet", "packets", "parcel")),
    _u("unit", "units", C, "1", "unit", ("units", "piece", "pieces", "pcs", "item", "items")),
    _u("hundred_units", "hundred units", C, "100", "unit", ("Hundred of units",)),
)

_BY_KEY: dict[str, Unit] = {}
for _unit in UNITS:
    for _name in (_unit.code, _unit.label, *_unit.aliases, *((_unit.french,) if _unit.french else ()),
                  *_FRENCH_WORDS.get(_unit.code, ())):
        _key = name_key(_name)
        existing = _BY_KEY.get(_key)
        assert existing is None or existing is _unit, f"unit alias clash: {_name}"
        _BY_KEY[_key] = _unit
# "L" and "l", "ML" and "ml" fold together; "T" for tonne is fine.

BY_CODE: dict[str, Unit] = {u.code: u for u in UNITS}

MASS_UNITS = tuple(u for u in UNITS if u.dimension is M)
VOLUME_UNITS = tuple(u for u in UNITS if u.dimension is V)
COUNT_UNITS = tuple(u for u in UNITS if u.dimension is C)


def find_unit(text: str | None) -> Unit | None:
    """The unit a code, label or alias names, or None when the vocabulary does not know it."""
    if not text:
        return None
    return _BY_KEY.get(name_key(text))


@dataclass(frozen=True)
class KgEquivalent:
    milligrams: int
    estimate: bool
    basis: str  # "mass", "volume at 1 L = 1 kg", "count x typical mass"

    @property
    def kilograms(self) -> Decimal:
        return Decimal(self.milligrams) / Decimal(1_000_000)


_MG_PER_KG = Decimal(1_000_000)
MAX_MG = 2**63 - 1  # the store keeps milligrams in SQLite's 64-bit integer: about 9.2 billion tonnes


def _to_mg(kilograms: Decimal) -> int | None:
    milligrams = kilograms * _MG_PER_KG
    if abs(milligrams) > MAX_MG:
        return None
    return int(milligrams.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def kg_equivalent(value: Decimal | None, unit: Unit | None,
                  typical_unit_mass_mg: dict[str, int | float] | None = None) -> KgEquivalent | None:
    """kg-equivalent of a quantity, or None when it cannot be known (unknown value or unit, or a count
    with no typical unit mass) or has no value in milligrams the store can hold (not a finite number, or
    too large)."""
    if value is None or unit is None:
        return None
    value = Decimal(value)  # exact for an int as well
    if not value.is_finite() or value.adjusted() > 30:
        return None
    if unit.dimension is M:
        kilograms, estimate, basis = value * unit.factor, False, "mass"
    elif unit.dimension is V:
        kilograms, estimate, basis = value * unit.factor, True, "volume at 1 L = 1 kg"
    else:
        masses = typical_unit_mass_mg or {}
        per_item = masses.get(unit.item or "")
        if per_item is None and unit.item == "tablet":
            per_item = masses.get("tablet")
        if per_item is None:
            return None
        items = value * unit.factor
        kilograms, estimate, basis = items * Decimal(str(per_item)) / _MG_PER_KG, True, "count x typical mass"
    milligrams = _to_mg(kilograms)
    return None if milligrams is None else KgEquivalent(milligrams, estimate, basis)


def unit_label(code: str | None) -> str:
    """How a stored unit is shown: the unit's label ('tablets', 'mL'), or the text kept as entered."""
    if not code:
        return ""
    unit = BY_CODE.get(code)
    return unit.label if unit else code


def unit_display(code: str | None, lang: str | None = None) -> str:
    """A stored unit as shown in `lang` (default: the current language): 'tablets', 'comprimés'; the text kept
    as entered for a unit the vocabulary does not know."""
    if not code:
        return ""
    unit = BY_CODE.get(code)
    return unit.display(lang) if unit else code


def _is_one(value: object) -> bool:
    try:
        return Decimal(str(value)) == 1
    except ArithmeticError:
        return False


def quantity_text(value: object, code: str | None, lang: str | None = None) -> str:
    """A quantity as printed: '1 tablet', '5,000 tablets' would be the caller's grouping; '12.5 g'; a unit kept
    as entered is shown as entered. A count unit of one item is singular for exactly one (and in French for
    less than two: '1,5 comprimé'). The unit's label is the English one unless `lang` is given; the value is
    printed as it comes (the caller writes a number in the language, see core.formats)."""
    label = unit_label(code) if lang is None else unit_display(code, lang)
    unit = BY_CODE.get(code or "")
    if unit is not None and unit.dimension is C and unit.factor == 1 and label.endswith("s") and _singular(value,
                                                                                                           lang):
        label = label[:-1]
    return f"{value} {label}".strip()


def _singular(value: object, lang: str | None) -> bool:
    if lang == FRENCH:
        try:
            return abs(Decimal(str(value).replace(",", "."))) < 2
        except ArithmeticError:
            return False
    return _is_one(value)


def format_kg(milligrams: int | None, estimate: bool = False) -> str:
    """'1.234567 kg' trimmed of trailing zeros; '~' marks an estimate; '' for unknown."""
    if milligrams is None:
        return ""
    kg = (Decimal(milligrams) / _MG_PER_KG).normalize()
    text = f"{kg:f}"
    return f"~{text} kg" if estimate else f"{text} kg"
