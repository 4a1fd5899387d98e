"""Canada's Controlled Drugs and Substances Act schedules (resources/cdsa_schedules.json, written by
scripts/cdsa_schedules.py from Justice Canada's XML of the Act) and how catalogue substances are listed in them.

A substance is listed where the schedules name it: by an item's or sub-item's name or a short name in
brackets ("Diacetylmorphine (heroin)"), matched on the catalogue's name keys. A substance the schedules do
not name is listed only where the catalogue says which class item covers its analogue family (Schedule I
item 16 "Fentanyls, their salts, derivatives, and analogues" for the fentanyl family), or, for devices that
Schedule IX describes without naming, where a catalogue entry declares the item. Anything else has no
schedule: nothing is guessed. Sub-items after "but not including" never list a substance.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from caseapp.core.text import name_key

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")
NAMED, CLASS, DECLARED = "named", "class", "declared"


@dataclass(frozen=True)
class Listing:
    """Where a substance stands in the schedules."""

    schedule: str  # "I" .. "IX"
    item: str  # the item's number, "16"
    subitem: str | None  # the sub-item's label path, "(5)" or "(2) (i)"; None for the item itself
    part: str | None  # Schedules V and VI have parts (and V tables), whose items are numbered apart
    table: str | None
    name_en: str | None  # the name of the item or sub-item that lists it
    name_fr: str | None
    item_name_en: str | None  # the item's own name ("Fentanyls")
    item_is_class: bool
    basis: str  # NAMED, CLASS (covered only by a class item) or DECLARED (a device Schedule IX describes)
    in_force_since: str | None
    enacted: str | None = None
    period_start: str | None = None  # Schedule V designations are temporary
    period_end: str | None = None

    @property
    def by_class(self) -> bool:
        return self.basis == CLASS

    @property
    def reference(self) -> str:
        """'I-16', 'I-16(5)', 'VI-1.15' (part 1, item 15), 'V-2.1.1' (part 2, table 1, item 1)."""
        where = ".".join(p for p in (self.part, self.table, self.item) if p)
        return f"{self.schedule}-{where}{(self.subitem or '').replace(' ', '')}"

    def describe(self) -> str:
        """'Schedule I, item 16 (5)', or 'Schedule I, item 16 (class: Fentanyls)'."""
        part = f"Part {self.part}, " if self.part else ""
        table = f"table {self.table}, " if self.table else ""
        text = f"Schedule {self.schedule}, {part}{table}item {self.item}"
        if self.subitem:
            text += f" {self.subitem}"
        if self.basis == CLASS:
            text += f" (class: {self.item_name_en})" if self.item_name_en else " (class)"
        if self.period_end:
            text += f", {self.period_start} to {self.period_end}"
        return text


@dataclass(frozen=True)
class _Entry:
    listing: Listing
    names_en: tuple[str, ...]
    names_fr: tuple[str, ...]
    excluded: bool


def _walk(entries: list[dict[str, Any]], schedule: str, top: dict[str, Any] | None,
          path: tuple[str, ...], excluded: bool) -> Iterator[_Entry]:
    for entry in entries:
        if entry.get("repealed"):
            continue
        item = top or entry
        labels = (*path, entry["item"]) if top is not None and entry.get("item") else path
        out = entry.get("excluded", False) or excluded
        names_en = tuple(n for n in (entry.get("name_en"), *entry.get("synonyms_en", ()),
                                     *entry.get("chemical_names_en", ())) if n)
        names_fr = tuple(n for n in (entry.get("name_fr"), *entry.get("synonyms_fr", ())) if n)
        listing = Listing(
            schedule=schedule, item=item["item"], subitem=" ".join(labels) or None, part=item.get("part"),
            table=item.get("table"), name_en=entry.get("name_en"), name_fr=entry.get("name_fr"),
            item_name_en=item.get("name_en"), item_is_class=bool(item.get("is_class")), basis=NAMED,
            in_force_since=entry.get("in_force_since"), enacted=entry.get("enacted"),
            period_start=item.get("period_start"), period_end=item.get("period_end"))
        yield _Entry(listing, names_en, names_fr, out)
        yield from _walk(entry.get("subitems", []), schedule, item, labels, out)


class ScheduleFacts:
    """The schedules' entries, looked up by name key or by reference ('I-16')."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.source: dict[str, Any] = data.get("source", {})
        self.schedules = [s["schedule"] for s in data["schedules"] if not s.get("repealed")]
        self._entries: list[_Entry] = []
        for schedule in data["schedules"]:
            self._entries.extend(_walk(schedule["items"], schedule["schedule"], None, (), False))
        self._by_key: dict[str, list[_Entry]] = {}
        self._by_reference: dict[str, _Entry] = {}
        self._english_keys: set[str] = set()
        for entry in self._entries:
            self._by_reference.setdefault(entry.listing.reference, entry)
            for name in entry.names_en:
                key = name_key(name)
                self._english_keys.add(key)
                if not entry.excluded:
                    self._by_key.setdefault(key, []).append(entry)

    @classmethod
    def load(cls, path: Path) -> ScheduleFacts:
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def reference(self, reference: str) -> Listing:
        """The listing of an item or sub-item by reference ('I-16', 'IX-1'); KeyError when there is none."""
        return self._by_reference[reference].listing

    def named(self, names: Iterable[str]) -> tuple[tuple[Listing, ...], tuple[str, ...]]:
        """The listings that name any of the names, and the French names of those entries (those that
        name no other entry in English: a French text that pairs differently from the English one does not
        lend its names)."""
        found: dict[str, _Entry] = {}
        for name in names:
            for entry in self._by_key.get(name_key(name), ()):
                found.setdefault(entry.listing.reference, entry)
        own_keys = {name_key(n) for e in found.values() for n in e.names_en}
        french = [n for e in found.values() for n in e.names_fr
                  if name_key(n) in own_keys or name_key(n) not in self._english_keys]
        return tuple(sorted((e.listing for e in found.values()), key=_order)), tuple(dict.fromkeys(french))

    def covering(self, reference: str, basis: str) -> Listing:
        """The item at a reference as a listing on another basis (CLASS, DECLARED)."""
        listing = self.reference(reference)
        return Listing(**{**listing.__dict__, "basis": basis})


def _order(listing: Listing) -> tuple[int, str, str, str, str]:
    return (ROMAN.index(listing.schedule), listing.part or "", listing.table or "",
            listing.item.zfill(6), listing.subitem or "")
