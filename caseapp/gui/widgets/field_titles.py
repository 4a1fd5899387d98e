"""How the window names a field of the record in a problem ("Exhibit 2 quantity", "Pièce 2 quantité"): the
problems list under the case form and the refusals of a save."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from caseapp.gui.i18n import translate

#: how the problems list names a field of the record (and of an exhibit, a person)
FIELD_TITLES = {
    "occurred_at": QT_TRANSLATE_NOOP("CaseForm", "Seized on"),
    "location.country": QT_TRANSLATE_NOOP("CaseForm", "Country"),
    "location.lat": QT_TRANSLATE_NOOP("CaseForm", "Latitude"),
    "location.lon": QT_TRANSLATE_NOOP("CaseForm", "Longitude"),
    "location.place_type": QT_TRANSLATE_NOOP("CaseForm", "Place type"),
    "origin_country": QT_TRANSLATE_NOOP("CaseForm", "Origin"),
    "departure_country": QT_TRANSLATE_NOOP("CaseForm", "Departure"),
    "destination_country": QT_TRANSLATE_NOOP("CaseForm", "Destination"),
    "exhibits": QT_TRANSLATE_NOOP("CaseForm", "Exhibits"), "case_number": QT_TRANSLATE_NOOP("CaseForm", "Case number"),
    "agency": QT_TRANSLATE_NOOP("CaseForm", "Agency"), "unit": QT_TRANSLATE_NOOP("CaseForm", "Unit"),
    "officers": QT_TRANSLATE_NOOP("CaseForm", "Officers"), "detection": QT_TRANSLATE_NOOP("CaseForm", "Detection"),
    "location.name": QT_TRANSLATE_NOOP("CaseForm", "Place name"),
    "location.address": QT_TRANSLATE_NOOP("CaseForm", "Address"),
    "location.city": QT_TRANSLATE_NOOP("CaseForm", "City"), "location.region": QT_TRANSLATE_NOOP("CaseForm", "Region"),
    "routing": QT_TRANSLATE_NOOP("CaseForm", "Routing"), "transport": QT_TRANSLATE_NOOP("CaseForm", "Transport"),
    "conveyance": QT_TRANSLATE_NOOP("CaseForm", "Conveyance"),
    "concealment": QT_TRANSLATE_NOOP("CaseForm", "Concealment"),
    "concealment_text": QT_TRANSLATE_NOOP("CaseForm", "Concealed in"),
    "transit_countries": QT_TRANSLATE_NOOP("CaseForm", "Transit"), "status": QT_TRANSLATE_NOOP("CaseForm", "Status"),
    "narrative": QT_TRANSLATE_NOOP("CaseForm", "Narrative"), "persons": QT_TRANSLATE_NOOP("CaseForm", "People"),
}
#: the fields of an exhibit and of a person, as a problem names them after "Exhibit 2" or "Person 1"
PART_TITLES = {
    "number": QT_TRANSLATE_NOOP("CaseForm", "number"), "kind": QT_TRANSLATE_NOOP("CaseForm", "kind"),
    "substance": QT_TRANSLATE_NOOP("CaseForm", "substance"), "form": QT_TRANSLATE_NOOP("CaseForm", "form"),
    "quantity": QT_TRANSLATE_NOOP("CaseForm", "quantity"), "count": QT_TRANSLATE_NOOP("CaseForm", "count"),
    "measure": QT_TRANSLATE_NOOP("CaseForm", "gross or net"), "packages": QT_TRANSLATE_NOOP("CaseForm", "packages"),
    "packaging": QT_TRANSLATE_NOOP("CaseForm", "packaging"),
    "description": QT_TRANSLATE_NOOP("CaseForm", "description"),
    "field_test": QT_TRANSLATE_NOOP("CaseForm", "field test"),
    "lab.substance": QT_TRANSLATE_NOOP("CaseForm", "lab substance"),
    "lab.purity_percent": QT_TRANSLATE_NOOP("CaseForm", "lab purity percent"),
    "lab.lab": QT_TRANSLATE_NOOP("CaseForm", "lab"),
    "lab.certificate": QT_TRANSLATE_NOOP("CaseForm", "lab certificate"),
    "role": QT_TRANSLATE_NOOP("CaseForm", "role"), "name": QT_TRANSLATE_NOOP("CaseForm", "name"),
    "date_of_birth": QT_TRANSLATE_NOOP("CaseForm", "date of birth"),
    "nationality": QT_TRANSLATE_NOOP("CaseForm", "nationality"),
}


def _part(rest: str) -> str:
    title = PART_TITLES.get(rest)
    return translate("CaseForm", title) if title else rest.replace("_", " ").replace("lab.", "lab ")


def field_title(path: str) -> str:
    """How a problem names the field at `path` ('exhibits[1].quantity' -> 'Exhibit 2 quantity')."""
    if path in FIELD_TITLES:
        return translate("CaseForm", FIELD_TITLES[path])
    if path.startswith("exhibits["):
        head, _, rest = path.partition("].")
        return translate("CaseForm", "Exhibit {number} {field}").format(number=int(head[9:]) + 1, field=_part(rest))
    if path.startswith("persons["):
        head, _, rest = path.partition("].")
        return translate("CaseForm", "Person {number} {field}").format(number=int(head[8:]) + 1, field=_part(rest))
    if path.startswith("officers["):
        return translate("CaseForm", FIELD_TITLES["officers"])
    if path.startswith("transit_countries["):
        return translate("CaseForm", FIELD_TITLES["transit_countries"])
    return path.replace("location.", "").replace("_", " ").capitalize()

