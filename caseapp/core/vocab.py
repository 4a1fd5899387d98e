"""Controlled vocabularies of the case record.

Each value has a code (stored), a label (shown) and aliases: spellings met in agency data and in the
UN's individual drug seizure (IDS) layout. A value a vocabulary does not know is kept verbatim by the
caller, with a warning; these tables only answer "which code does this text mean?".
"""

from __future__ import annotations

from dataclasses import dataclass

from caseapp.core.text import name_key


@dataclass(frozen=True)
class Term:
    code: str
    label: str
    aliases: tuple[str, ...] = ()


class Vocabulary:
    def __init__(self, name: str, terms: tuple[Term, ...]) -> None:
        self.name = name
        self.terms = terms
        self._by_code = {t.code: t for t in terms}
        self._by_key: dict[str, Term] = {}
        for term in terms:
            for text in (term.code, term.label, *term.aliases):
                key = name_key(text)
                clash = self._by_key.get(key)
                if clash is not None and clash is not term:
                    raise ValueError(f"{name}: '{text}' means both {clash.code} and {term.code}")
                self._by_key[key] = term

    def find(self, text: str | None) -> Term | None:
        if not text:
            return None
        return self._by_key.get(name_key(text))

    def code_for(self, text: str | None) -> str | None:
        term = self.find(text)
        return term.code if term else None

    def label(self, code: str | None) -> str:
        """The label of a code, or the value itself when it was kept verbatim."""
        if code is None:
            return ""
        term = self._by_code.get(code)
        return term.label if term else code

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def codes(self) -> tuple[str, ...]:
        return tuple(t.code for t in self.terms)


def _v(name: str, *terms: tuple[str, str] | tuple[str, str, tuple[str, ...]]) -> Vocabulary:
    return Vocabulary(name, tuple(Term(*t) for t in terms))


CASE_STATUS = _v(
    "status",
    ("draft", "Draft"), ("submitted", "Submitted"), ("approved", "Approved"), ("returned", "Returned"),
)

PLACE_TYPE = _v(
    "place type",
    ("airport", "Airport", ("air cargo", "plane", "aircraft", "airport cargo")),
    ("mail_centre", "Post office / mail centre",
     ("post office", "postal", "mail centre", "mail center", "postal parcel", "mail facility",
      "courier / delivery service", "courier facility", "international mail facility")),
    ("road", "Road / street", ("road", "street", "highway", "car park", "square", "gas station")),
    ("vehicle", "Vehicle", ("car", "truck / lorry", "bus", "truck", "lorry", "glove compartment")),
    ("residence", "Residence", ("home/residence", "home", "flat/apartment", "apartment", "house",
                                "property", "garden", "cellar", "garage")),
    ("seaport", "Seaport", ("port facilities", "port", "riverport", "container", "container terminal")),
    ("border_crossing", "Border crossing", ("frontier", "checkpoint", "customs facilities", "border")),
    ("rail", "Railway", ("train", "railway station", "station")),
    ("bus_station", "Bus station", ()),
    ("commercial", "Commercial premises",
     ("store", "shop", "commercial premises", "office", "hotel", "bar", "restaurant / cafe",
      "market / bazaar", "warehouse", "factory", "commercial garage")),
    ("public_place", "Public place / open air", ("open air", "beach", "forest", "mountains", "village")),
    ("institution", "Institution", ("prison", "court", "hospital", "police facilites", "police facilities",
                                    "military facilities", "government building")),
    ("laboratory", "Clandestine laboratory", ("clandestine lab", "lab")),
    ("waters", "International / territorial waters",
     ("international waters", "territorial waters", "maritime zone", "boat", "vessel")),
    ("other", "Other", ()),
    ("unknown", "Unknown", ()),
)

DETECTION = _v(
    "detection",
    ("traffic_stop", "Traffic stop", ()),
    ("mail_interception", "Mail or courier interception", ("mail interception", "courier interception")),
    ("border_inspection", "Border inspection", ("customs inspection", "border check")),
    ("search_warrant", "Search warrant", ("warrant",)),
    ("controlled_delivery", "Controlled delivery", ()),
    ("intelligence", "Intelligence-led operation", ()),
    ("other", "Other", ()),
    ("unknown", "Unknown", ()),
)

TRANSPORT = _v(
    "transport",
    ("mail", "Mail", ("post", "postal")),
    ("courier", "Courier", ("express courier", "courier service")),
    ("commercial_air", "Commercial air", ("air",)),
    ("private_air", "Private air", ()),
    ("private_vehicle", "Private vehicle / private road", ("private road", "private vehicle", "car")),
    ("commercial_road", "Commercial road", ("truck", "lorry", "bus")),
    ("land", "Land (unspecified)", ()),
    ("commercial_sea", "Commercial sea", ("sea",)),
    ("private_sea", "Private sea", ()),
    ("river", "River", ("inland waterway",)),
    ("rail", "Rail", ("train",)),
    ("pedestrian", "Pedestrian", ("on foot",)),
    ("none", "None", ()),
    ("other", "Other", ()),
    ("unknown", "Unknown", ()),
)

ROUTING = _v(
    "routing",
    ("domestic", "Domestic", ("National territory/domestic seizure", "national territory")),
    ("inbound", "Inbound", ("Border - inbound", "import")),
    ("outbound", "Outbound", ("Border - outbound", "export")),
    ("transit", "Transit", ("Border - transit/free trade zone", "free trade zone")),
    ("international_waters", "International waters",
     ("International waters/unclaimed territory", "unclaimed territory")),
    ("other", "Other", ()),
    ("unknown", "Unknown", ()),
)

CONCEALMENT = _v(
    "concealment",
    ("postal", "Postal item", ("postal", "package", "parcel", "envelope", "letter")),
    ("baggage", "Baggage", ("suitcase", "luggage", "handbag", "backpack", "carry")),
    ("body", "On the body", ("body", "outerwear", "underwear", "shoes", "clothes")),
    ("internal", "Internal (swallowed / inserted)", ("swallowed", "inserted", "body packer")),
    ("vehicle", "Vehicle", ("transport vehicle", "car parts", "bike", "vessel")),
    ("freight", "Freight / container", ("freight", "container", "sack")),
    ("goods", "Goods", ("cosmetics", "electrical parts", "gifts", "food", "appliances", "beverages",
                        "toys", "art items", "office supplies", "furniture", "printer ink")),
    ("premises", "Premises", ("residence", "business", "toilet", "farm / plantation")),
    ("plastic_bags", "Plastic bags", ()),
    ("none", "Not concealed", ("none", "open")),
    ("other", "Other", ()),
    ("unknown", "Unknown", ()),
)

EXHIBIT_KIND = _v(
    "exhibit kind",
    ("drug", "Drug", ()),
    ("precursor", "Precursor", ()),
    ("cutting_agent", "Cutting agent", ("adulterant",)),
    ("equipment", "Equipment", ("pill press", "encapsulator", "dies")),
    ("packaging", "Packaging", ()),
    ("currency", "Currency", ("cash", "money")),
    ("other", "Other", ()),
)

FORM = _v(
    "form",
    ("powder", "Powder", ()),
    ("tablet", "Tablet", ("tablets", "pill", "pills")),
    ("capsule", "Capsule", ("capsules",)),
    ("liquid", "Liquid", ("solution",)),
    ("blotter", "Blotter", ("paper", "stamp")),
    ("crystal", "Crystal", ("crystals", "ice")),
    ("plant_material", "Plant material", ("herb", "herbal", "leaves", "plant")),
    ("resin", "Resin", ()),
    ("patch", "Patch", ("transdermal patch",)),
    ("other", "Other", ()),
)

FIELD_TEST = _v(
    "field test",
    ("not_done", "Not done", ("none",)),
    ("positive", "Positive", ()),
    ("negative", "Negative", ()),
    ("inconclusive", "Inconclusive", ()),
)

MEASURE = _v("gross or net", ("net", "Net", ()), ("gross", "Gross", ()))

PERSON_ROLE = _v(
    "person role",
    ("suspect", "Suspect", ()), ("arrested", "Arrested", ("arrestee",)), ("sender", "Sender", ()),
    ("addressee", "Addressee", ("recipient", "consignee")), ("witness", "Witness", ()),
)

# Units a form expects: a tablet exhibit weighed in tonnes, or powder counted in blotters, earns a warning.
FORM_DIMENSIONS: dict[str, frozenset[str]] = {
    "powder": frozenset({"mass"}),
    "crystal": frozenset({"mass"}),
    "resin": frozenset({"mass"}),
    "plant_material": frozenset({"mass", "count"}),
    "liquid": frozenset({"volume", "mass", "count"}),
    "tablet": frozenset({"count", "mass"}),
    "capsule": frozenset({"count", "mass"}),
    "blotter": frozenset({"count", "mass"}),
    "patch": frozenset({"count"}),
}
