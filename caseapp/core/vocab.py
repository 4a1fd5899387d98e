"""Controlled vocabularies of the case record.

Each value has a code (stored), a label in English and in French, and aliases: spellings met in agency data
and in the UN's individual drug seizure (IDS) layout. A value a vocabulary does not know is kept verbatim by
the caller, with a warning; these tables only answer "which code does this text mean?" (in either language:
"Aéroport" and "Airport" are both `airport`) and "how is a code shown?" (`display`, in the current language).

`label` stays the English label whatever the language: it is what the full-text index and the exported files
hold, so a case entered in French is stored, indexed and exported exactly as one entered in English.

French labels: the vocabulary of Canadian agencies (CBSA's and the RCMP's French forms and the Termium Plus
entries for saisie, livraison contrôlée, mandat de perquisition, dissimulation, précurseur, agent de coupe).
"""

from __future__ import annotations

from dataclasses import dataclass

from caseapp.core.i18n import FRENCH, current_language
from caseapp.core.text import name_key


@dataclass(frozen=True)
class Term:
    code: str
    label: str
    aliases: tuple[str, ...] = ()
    french: str = ""  # the French label ("" when it is the English one)

    def display(self, lang: str | None = None) -> str:
        """The label in `lang` (default: the current language)."""
        if (lang or current_language()) == FRENCH and self.french:
            return self.french
        return self.label


class Vocabulary:
    def __init__(self, name: str, terms: tuple[Term, ...], french_name: str = "") -> None:
        self.name = name
        self.french_name = french_name or name
        self.terms = terms
        self._by_code = {t.code: t for t in terms}
        self._by_key: dict[str, Term] = {}
        for term in terms:
            for text in (term.code, term.label, *term.aliases, *((term.french,) if term.french else ())):
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
        """The English label of a code, or the value itself when it was kept verbatim."""
        if code is None:
            return ""
        term = self._by_code.get(code)
        return term.label if term else code

    def display(self, code: str | None, lang: str | None = None) -> str:
        """The label of a code in `lang` (default: the current language), or the value kept verbatim."""
        if code is None:
            return ""
        term = self._by_code.get(code)
        return term.display(lang) if term else code

    def display_name(self, lang: str | None = None) -> str:
        """What the vocabulary is called ('place type', 'type de lieu')."""
        return self.french_name if (lang or current_language()) == FRENCH else self.name

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def codes(self) -> tuple[str, ...]:
        return tuple(t.code for t in self.terms)


def _v(name: str, *terms: tuple[str, str] | tuple[str, str, tuple[str, ...]], french: dict[str, str],
       french_name: str) -> Vocabulary:
    """A vocabulary; `french` gives every code its French label (a test checks none is missing)."""
    return Vocabulary(name, tuple(Term(t[0], t[1], t[2] if len(t) > 2 else (), french=french[t[0]])
                                  for t in terms), french_name)


CASE_STATUS = _v(
    "status",
    ("draft", "Draft"), ("submitted", "Submitted"), ("approved", "Approved"), ("returned", "Returned"),
    french={"draft": "Brouillon", "submitted": "Soumis", "approved": "Approuvé", "returned": "Renvoyé"},
    french_name="statut",
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
    french={"airport": "Aéroport", "mail_centre": "Bureau de poste / centre de tri du courrier",
            "road": "Route / rue", "vehicle": "Véhicule", "residence": "Résidence", "seaport": "Port maritime",
            "border_crossing": "Poste frontalier", "rail": "Chemin de fer", "bus_station": "Terminus d'autobus",
            "commercial": "Local commercial", "public_place": "Lieu public / plein air",
            "institution": "Établissement public", "laboratory": "Laboratoire clandestin",
            "waters": "Eaux internationales / territoriales", "other": "Autre", "unknown": "Inconnu"},
    french_name="type de lieu",
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
    french={"traffic_stop": "Contrôle routier", "mail_interception": "Interception de courrier ou de colis",
            "border_inspection": "Inspection frontalière", "search_warrant": "Mandat de perquisition",
            "controlled_delivery": "Livraison contrôlée", "intelligence": "Opération fondée sur le renseignement",
            "other": "Autre", "unknown": "Inconnue"},
    french_name="détection",
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
    french={"mail": "Poste", "courier": "Messagerie", "commercial_air": "Aérien commercial",
            "private_air": "Aérien privé", "private_vehicle": "Véhicule privé / route privée",
            "commercial_road": "Routier commercial", "land": "Terrestre (non précisé)",
            "commercial_sea": "Maritime commercial", "private_sea": "Maritime privé", "river": "Fluvial",
            "rail": "Ferroviaire", "pedestrian": "À pied", "none": "Aucun", "other": "Autre", "unknown": "Inconnu"},
    french_name="moyen de transport",
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
    french={"domestic": "Intérieur", "inbound": "Entrant", "outbound": "Sortant", "transit": "En transit",
            "international_waters": "Eaux internationales", "other": "Autre", "unknown": "Inconnu"},
    french_name="acheminement",
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
    french={"postal": "Envoi postal", "baggage": "Bagages", "body": "Sur la personne",
            "internal": "Interne (avalé / inséré)", "vehicle": "Véhicule", "freight": "Fret / conteneur",
            "goods": "Marchandises", "premises": "Locaux", "plastic_bags": "Sacs de plastique",
            "none": "Non dissimulé", "other": "Autre", "unknown": "Inconnue"},
    french_name="dissimulation",
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
    french={"drug": "Drogue", "precursor": "Précurseur", "cutting_agent": "Agent de coupe",
            "equipment": "Matériel", "packaging": "Emballage", "currency": "Argent", "other": "Autre"},
    french_name="type de pièce",
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
    french={"powder": "Poudre", "tablet": "Comprimé", "capsule": "Capsule", "liquid": "Liquide",
            "blotter": "Buvard", "crystal": "Cristaux", "plant_material": "Matière végétale", "resin": "Résine",
            "patch": "Timbre transdermique", "other": "Autre"},
    french_name="forme",
)

FIELD_TEST = _v(
    "field test",
    ("not_done", "Not done", ("none",)),
    ("positive", "Positive", ()),
    ("negative", "Negative", ()),
    ("inconclusive", "Inconclusive", ()),
    french={"not_done": "Non effectué", "positive": "Positif", "negative": "Négatif",
            "inconclusive": "Non concluant"},
    french_name="test sur le terrain",
)

MEASURE = _v("gross or net", ("net", "Net", ()), ("gross", "Gross", ()), french={"net": "Net", "gross": "Brut"},
             french_name="brut ou net")

PERSON_ROLE = _v(
    "person role",
    ("suspect", "Suspect", ()), ("arrested", "Arrested", ("arrestee",)), ("sender", "Sender", ()),
    ("addressee", "Addressee", ("recipient", "consignee")), ("witness", "Witness", ()),
    french={"suspect": "Suspect", "arrested": "Personne arrêtée", "sender": "Expéditeur",
            "addressee": "Destinataire", "witness": "Témoin"},
    french_name="rôle de la personne",
)

#: the roles of the application's accounts (stored as the code; services.auth.Role holds the same codes)
USER_ROLE = _v(
    "account role",
    ("officer", "Officer"), ("supervisor", "Supervisor"), ("admin", "Admin"),
    french={"officer": "Agent", "supervisor": "Superviseur", "admin": "Administrateur"},
    french_name="rôle du compte",
)

#: the events of an exhibit's chain of custody (core.custody.EventType holds the same codes)
CUSTODY_EVENT = _v(
    "custody event",
    ("seized", "Seized"), ("sealed", "Sealed"), ("transferred", "Transferred"), ("stored", "Stored"),
    ("checked_out", "Checked out"), ("checked_in", "Checked in"), ("sampled", "Sampled"),
    ("sent_to_lab", "Sent to lab"), ("result_received", "Lab result received"), ("reweighed", "Reweighed"),
    ("disposed", "Disposed of"), ("correction", "Correction"),
    ("disposal_requested", "Disposal requested"), ("disposal_authorised", "Disposal authorised"),
    ("disposal_refused", "Disposal refused"), ("received", "Received from another agency"),
    french={"seized": "Saisie", "sealed": "Mise sous scellé", "transferred": "Transfert", "stored": "Entreposage",
            "checked_out": "Sortie", "checked_in": "Retour", "sampled": "Échantillonnage",
            "sent_to_lab": "Envoi au laboratoire", "result_received": "Résultat d'analyse reçu",
            "reweighed": "Nouvelle pesée", "disposed": "Destruction", "correction": "Correction",
            "disposal_requested": "Aliénation demandée", "disposal_authorised": "Aliénation autorisée",
            "disposal_refused": "Aliénation refusée", "received": "Reçu d'un autre organisme"},
    french_name="événement de la chaîne de possession",
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
