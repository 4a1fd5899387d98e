"""What the custody event dialog shows for each event type: its description, its fields (label, accessible
name, placeholder), which of them it requires, the order of the form and of the focus, and the words that name
a field in a refusal. Every text is marked for lupdate in the dialog's context and translated where shown."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from caseapp.core import vocab
from caseapp.core.custody import EventType
from caseapp.gui.i18n import translate

_E = EventType


def event_label(event_type: str) -> str:
    """An event type as the window names it, in its language ('Sent to lab', 'Envoi au laboratoire')."""
    return vocab.CUSTODY_EVENT.display(event_type)


def choice_label(event_type: str) -> str:
    if event_type == _E.CORRECTION:
        return translate("CustodyEventDialog", "Correction of an earlier event")
    return event_label(event_type)


DESCRIPTIONS: dict[str, str] = {
    _E.SEIZED: QT_TRANSLATE_NOOP("CustodyEventDialog", "The first event of every exhibit: who took it and where it "
                                                       "is now."),
    _E.SEALED: QT_TRANSLATE_NOOP("CustodyEventDialog", "A new seal was put on the exhibit."),
    _E.TRANSFERRED: QT_TRANSLATE_NOOP("CustodyEventDialog", "The exhibit changed hands; 'From' must be the person "
                                                            "who holds it now."),
    _E.STORED: QT_TRANSLATE_NOOP("CustodyEventDialog", "The exhibit was put away in a store or vault."),
    _E.CHECKED_OUT: QT_TRANSLATE_NOOP("CustodyEventDialog", "Taken out for court, a lab visit or a viewing; it is "
                                                            "due back on a date."),
    _E.CHECKED_IN: QT_TRANSLATE_NOOP("CustodyEventDialog", "Back from a check-out; holder and location return to "
                                                           "where they were unless given."),
    _E.SAMPLED: QT_TRANSLATE_NOOP("CustodyEventDialog", "A sample was taken; give the new seal and the weight left "
                                                        "if they changed."),
    _E.SENT_TO_LAB: QT_TRANSLATE_NOOP("CustodyEventDialog", "Sent for analysis: the lab (or the courier) becomes "
                                                            "the holder."),
    _E.RESULT_RECEIVED: QT_TRANSLATE_NOOP("CustodyEventDialog", "Back from the lab; holder and location return to "
                                                                "where they were unless given."),
    _E.REWEIGHED: QT_TRANSLATE_NOOP("CustodyEventDialog", "The exhibit was weighed again."),
    _E.DISPOSED: QT_TRANSLATE_NOOP("CustodyEventDialog", "Destroyed or released, with the method, the authority and "
                                                         "two witnesses. Nothing can follow."),
    _E.CORRECTION: QT_TRANSLATE_NOOP("CustodyEventDialog", "Puts right a mistake in an earlier event: fill in only "
                                                           "the fields to correct."),
}


@dataclass(frozen=True)
class Spec:
    fields: tuple[str, ...]  # the optional and required fields shown, in form order
    required: frozenset[str] = frozenset()
    holder_label: str = QT_TRANSLATE_NOOP("CustodyEventDialog", "&Holder after the event")


CORRECTED = ("corrects", "holder", "from_holder", "location", "seal_number", "purpose", "due_date",
              "tracking_number", "method", "authority", "witnesses", "weight", "notes")

SPECS: dict[str, Spec] = {
    _E.SEIZED: Spec(("holder", "location", "seal_number", "weight", "counted_by", "notes"),
                    frozenset({"holder", "location"}),
                     QT_TRANSLATE_NOOP("CustodyEventDialog", "&Held by")),
    _E.SEALED: Spec(("seal_number", "location", "weight", "counted_by", "notes"), frozenset({"seal_number"})),
    _E.TRANSFERRED: Spec(("from_holder", "holder", "location", "tracking_number", "notes"), frozenset({"holder"}),
                          QT_TRANSLATE_NOOP("CustodyEventDialog", "&To (new holder)")),
    _E.STORED: Spec(("location", "holder", "notes"), frozenset({"location"}),
                     QT_TRANSLATE_NOOP("CustodyEventDialog", "&Held by (if it changes)")),
    _E.CHECKED_OUT: Spec(("purpose", "due_date", "holder", "location", "notes"),
                          frozenset({"purpose", "due_date"}), QT_TRANSLATE_NOOP("CustodyEventDialog", "&Taken out by")),
    _E.CHECKED_IN: Spec(("holder", "location", "notes"),
                         holder_label=QT_TRANSLATE_NOOP("CustodyEventDialog", "&Held by (if it changes)")),
    _E.SAMPLED: Spec(("seal_number", "weight", "counted_by", "location", "notes")),
    _E.SENT_TO_LAB: Spec(("holder", "location", "tracking_number", "notes"), frozenset({"holder"}),
                          QT_TRANSLATE_NOOP("CustodyEventDialog", "&Lab or courier")),
    _E.RESULT_RECEIVED: Spec(("holder", "location", "notes"),
                              holder_label=QT_TRANSLATE_NOOP("CustodyEventDialog", "&Held by (if it changes)")),
    _E.REWEIGHED: Spec(("weight", "counted_by", "seal_number", "notes"), frozenset({"weight"})),
    _E.DISPOSED: Spec(("method", "authority", "witnesses", "weight", "location", "notes"),
                       frozenset({"method", "authority", "witnesses", "weight"})),
    _E.CORRECTION: Spec(CORRECTED, frozenset({"corrects", "notes"}),
                         QT_TRANSLATE_NOOP("CustodyEventDialog", "Corrected &holder")),
}

# label, accessible name, placeholder; the mnemonics differ between the rows one event type shows together
FIELDS: dict[str, tuple[str, str, str]] = {
    "from_holder": (QT_TRANSLATE_NOOP("CustodyEventDialog", "&From"),
                    QT_TRANSLATE_NOOP("CustodyEventDialog", "From (current holder)"),
                    QT_TRANSLATE_NOOP("CustodyEventDialog", "who hands it over")),
    "location": (QT_TRANSLATE_NOOP("CustodyEventDialog", "L&ocation"),
                 QT_TRANSLATE_NOOP("CustodyEventDialog", "Location after the event"),
                 QT_TRANSLATE_NOOP("CustodyEventDialog", "where it is after the event")),
    "seal_number": (QT_TRANSLATE_NOOP("CustodyEventDialog", "&Seal number"),
                    QT_TRANSLATE_NOOP("CustodyEventDialog", "Seal number"), ""),
    "purpose": (QT_TRANSLATE_NOOP("CustodyEventDialog", "&Purpose"),
                QT_TRANSLATE_NOOP("CustodyEventDialog", "Purpose of the check-out"),
                QT_TRANSLATE_NOOP("CustodyEventDialog", "court, lab visit, viewing...")),
    "due_date": (QT_TRANSLATE_NOOP("CustodyEventDialog", "&Due back"),
                 QT_TRANSLATE_NOOP("CustodyEventDialog", "Due back date"),
                 QT_TRANSLATE_NOOP("CustodyEventDialog", "YYYY-MM-DD")),
    "tracking_number": (QT_TRANSLATE_NOOP("CustodyEventDialog", "T&racking number"),
                        QT_TRANSLATE_NOOP("CustodyEventDialog", "Tracking number"),
                        QT_TRANSLATE_NOOP("CustodyEventDialog", "courier or post, if any")),
    "method": (QT_TRANSLATE_NOOP("CustodyEventDialog", "&Method"),
               QT_TRANSLATE_NOOP("CustodyEventDialog", "Disposal method"),
               QT_TRANSLATE_NOOP("CustodyEventDialog", "incineration, release to owner...")),
    "authority": (QT_TRANSLATE_NOOP("CustodyEventDialog", "&Authority"),
                  QT_TRANSLATE_NOOP("CustodyEventDialog", "Authority or order number"),
                  QT_TRANSLATE_NOOP("CustodyEventDialog", "who ordered it, order number")),
    "weight": (QT_TRANSLATE_NOOP("CustodyEventDialog", "Wei&ght"), QT_TRANSLATE_NOOP("CustodyEventDialog", "Weight"),
               QT_TRANSLATE_NOOP("CustodyEventDialog", "e.g. 12.31 g")),
    "notes": (QT_TRANSLATE_NOOP("CustodyEventDialog", "&Notes"), QT_TRANSLATE_NOOP("CustodyEventDialog", "Notes"), ""),
}

FORM_ORDER = ("from_holder", "holder", "purpose", "due_date", "location", "seal_number", "tracking_number", "method",
              "authority")  # then the witnesses, weight and notes

# words for the service's field names in its messages ("from_holder 'x' is not the current holder")
#: a stored time in a message ('2026-11-28T07:00'), shown as a time is typed
ISO_TIME = re.compile(r"\b(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)\b")
MESSAGE_WORDS = {"from_holder": QT_TRANSLATE_NOOP("CustodyEventDialog", "from"),
                  "seal_number": QT_TRANSLATE_NOOP("CustodyEventDialog", "seal number"),
                  "due_date": QT_TRANSLATE_NOOP("CustodyEventDialog", "due date"),
                  "tracking_number": QT_TRANSLATE_NOOP("CustodyEventDialog", "tracking number"),
                  # the same word in English; the field's own word in another language
                  "holder": QT_TRANSLATE_NOOP("CustodyEventDialog", "holder"),
                  "location": QT_TRANSLATE_NOOP("CustodyEventDialog", "location"),
                  "purpose": QT_TRANSLATE_NOOP("CustodyEventDialog", "purpose"),
                  "method": QT_TRANSLATE_NOOP("CustodyEventDialog", "method"),
                  "authority": QT_TRANSLATE_NOOP("CustodyEventDialog", "authority"),
                  "witnesses": QT_TRANSLATE_NOOP("CustodyEventDialog", "witnesses"),
                  "weight": QT_TRANSLATE_NOOP("CustodyEventDialog", "weight"),
                  "counted_by": QT_TRANSLATE_NOOP("CustodyEventDialog", "counted by"),
                  "corrects": QT_TRANSLATE_NOOP("CustodyEventDialog", "corrects"),
                  "actor": QT_TRANSLATE_NOOP("CustodyEventDialog", "actor")}
FOCUS_ORDER = ("from_holder", "holder", "location", "seal_number", "purpose", "due_date", "tracking_number",
                "method", "authority", "witnesses", "weight", "counted_by", "notes", "corrects", "at")
