"""Storage locations of the evidence room: rooms, shelves, lockers, vaults and safes, each with a code that its
printed label carries as ``LOC:CODE`` (core.scancodes)."""

from __future__ import annotations

from dataclasses import dataclass

from caseapp.core.errors import CaseAppError
from caseapp.core.i18n import QT_TRANSLATE_NOOP, translate
from caseapp.core.scancodes import CODE

LOCATION_KINDS = ("room", "shelf", "locker", "vault", "safe", "other")
#: the kinds as the window and the labels name them (translated when shown)
KIND_NAMES = {
    "room": QT_TRANSLATE_NOOP("Storage", "room"),
    "shelf": QT_TRANSLATE_NOOP("Storage", "shelf"),
    "locker": QT_TRANSLATE_NOOP("Storage", "locker"),
    "vault": QT_TRANSLATE_NOOP("Storage", "vault"),
    "safe": QT_TRANSLATE_NOOP("Storage", "safe"),
    "other": QT_TRANSLATE_NOOP("Storage", "other"),
}
NAME_LIMIT = 120


class LocationError(CaseAppError):
    """A storage location that cannot be recorded as given (the message names the value)."""


@dataclass(frozen=True)
class StorageLocation:
    code: str
    name: str
    kind: str = "other"
    parent: str = ""  # the code of the room or vault it is in, "" for none
    active: bool = True
    created_by: str = ""
    created_at: str = ""
    changed_by: str = ""
    changed_at: str = ""
    id: int | None = None


def kind_name(kind: str) -> str:
    return translate("Storage", KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def checked_code(code: str) -> str:
    """The code as a label can carry it, or LocationError naming what was given."""
    text = code.strip()
    if text.upper().startswith("LOC:"):
        text = text[4:].strip()
    if not CODE.fullmatch(text):
        raise LocationError(translate(
            "Storage", "location code '{code}' is not valid: 1 to 40 letters, digits, '.', '_' or '-', starting "
                       "with a letter or digit").format(code=code))
    return text


def checked_name(name: str) -> str:
    text = " ".join(name.split())
    if not text:
        raise LocationError(translate("Storage", "a location needs a name"))
    if len(text) > NAME_LIMIT:
        raise LocationError(translate("Storage", "the location name is longer than {limit} characters").format(
            limit=NAME_LIMIT))
    return text


def checked_kind(kind: str) -> str:
    text = kind.strip().casefold()
    if text not in LOCATION_KINDS:
        raise LocationError(translate("Storage", "location kind '{kind}' is not one of: {kinds}").format(
            kind=kind, kinds=", ".join(LOCATION_KINDS)))
    return text
