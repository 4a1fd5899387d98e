"""The substance catalogue (resources/substances.json): groups, analogue families, substances.

Names match whatever their case, accents, spaces, hyphens and punctuation ("Furanyl-fentanyl" =
"furanyl fentanyl" = "furanylfentanyl"). A name that is not in the catalogue is not an error: the
record keeps it verbatim and validation warns.

Every substance, group and family has a French name (`name_fr` in the file where it is not spelled as the
English one: the INN / DCI, "héroïne", "méthamphétamine", "résine de cannabis"; the French text of the CDSA
schedules adds the names it gives). French names are names like any other: a search for "cocaïne" or
"héroïne" finds the substance, and a French report prints them (`display`). The record keeps the English
name, so a case entered in French prints in English and the reverse.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from caseapp.core.i18n import FRENCH, current_language, translate, using_language
from caseapp.core.model import UNKNOWN_SUBSTANCE
from caseapp.core.schedules import CLASS, DECLARED, Listing, ScheduleFacts
from caseapp.core.text import name_key

_PARTS = re.compile(r"\s*[()\[\]]\s*|,\s+")
# A mixture's parts: "X + Y", "X & Y", "X/Y", "X and Y", "X with Y"; "X-Y mix" only with the word mix(ture).
_MIXTURE = re.compile(r"\s*[+&/]\s*|\s+(?:and|with)\s+", re.IGNORECASE)
_MIX_WORD = re.compile(r"[\s-]+mix(?:ture)?$", re.IGNORECASE)


def _in_language(english: str, french: str, lang: str | None) -> str:
    return french if french and (lang or current_language()) == FRENCH else english


@dataclass(frozen=True)
class Group:
    id: str
    name: str
    parent: str | None
    french: str = ""

    def display(self, lang: str | None = None) -> str:
        return _in_language(self.name, self.french, lang)


@dataclass(frozen=True)
class Family:
    id: str
    name: str
    hazard: bool
    cdsa_class: str | None = None  # the CDSA class item that covers every member ('I-16'), if one does
    french: str = ""

    def display(self, lang: str | None = None) -> str:
        return _in_language(self.name, self.french, lang)


@dataclass(frozen=True)
class Substance:
    id: str
    name: str
    aliases: tuple[str, ...]
    kind: str  # drug, precursor, cutting_agent, equipment
    group: str
    family: str | None
    hazard: bool
    typical_unit_mass_mg: dict[str, float]
    source: str | None = None  # the published list an entry comes from, where the file names one
    cdsa: tuple[str, ...] = ()  # CDSA items declared for an entry the schedules describe without naming
    schedules: tuple[Listing, ...] = ()  # derived from the schedule facts when the catalogue is built
    french_names: tuple[str, ...] = ()  # the French names of the schedule entries that name it
    french: str = ""  # its French name, "" when it is spelled as the English one

    def __hash__(self) -> int:
        return hash(self.id)

    def display(self, lang: str | None = None) -> str:
        """Its name in `lang` (default: the current language)."""
        return _in_language(self.name, self.french, lang)

    @property
    def schedule(self) -> Listing | None:
        """The first CDSA listing (schedules in order I to IX), or None when no schedule lists it."""
        return self.schedules[0] if self.schedules else None


class Catalogue:
    def __init__(self, groups: list[Group], families: list[Family], substances: list[Substance],
                 sources: list[str] | None = None, schedules: ScheduleFacts | None = None) -> None:
        self.groups = {g.id: g for g in groups}
        self.families = {f.id: f for f in families}
        self.schedule_facts = schedules
        if schedules is not None:
            substances = [self._scheduled(s, schedules) for s in substances]
        self.substances = {s.id: s for s in substances}
        self.sources = sources or []
        self._by_key: dict[str, Substance] = {}
        self._group_by_key: dict[str, Group] = {}
        for substance in substances:
            for text in (substance.name, substance.id, *substance.aliases):
                key = name_key(text)
                clash = self._by_key.get(key)
                if clash is not None and clash is not substance:
                    raise ValueError(translate(
                        "Substances", "catalogue: '{text}' names both {id} and {id2}").format(
                        text=text, id=clash.id, id2=substance.id))
                self._by_key[key] = substance
        for substance in substances:  # French names where they name nothing else
            for text in (substance.french, *substance.french_names):
                if text:
                    self._by_key.setdefault(name_key(text), substance)
        for group in groups:
            self._group_by_key[name_key(group.id)] = group
            self._group_by_key[name_key(group.name)] = group
            if group.french:
                self._group_by_key.setdefault(name_key(group.french), group)
        self._members: dict[str, tuple[Substance, ...]] = {}
        for family in families:
            self._members[family.id] = tuple(s for s in substances if s.family == family.id)

    def _scheduled(self, substance: Substance, facts: ScheduleFacts) -> Substance:
        """The substance with its CDSA listings: where the schedules name it; else where its family's class
        item covers it; and the items declared for it (devices Schedule IX describes)."""
        listings, french = facts.named((substance.name, *substance.aliases))
        family = self.families.get(substance.family or "")
        if not listings and family is not None and family.cdsa_class:
            listings = (facts.covering(family.cdsa_class, CLASS),)
        declared = tuple(facts.covering(reference, DECLARED) for reference in substance.cdsa)
        return replace(substance, schedules=(*listings, *declared), french_names=french)

    @classmethod
    def load(cls, path: Path, schedules_path: Path | None = None) -> Catalogue:
        """The catalogue in a substances.json; with a schedule facts file, its substances carry their
        CDSA listings. Raises KeyError when the catalogue refers to a schedule item the facts lack."""
        data = json.loads(path.read_text(encoding="utf-8"))
        groups = [Group(g["id"], g["name"], g.get("parent"), g.get("name_fr", "")) for g in data["groups"]]
        families = [Family(f["id"], f["name"], bool(f.get("hazard", False)), f.get("cdsa_class"),
                           f.get("name_fr", "")) for f in data["families"]]
        substances = [
            Substance(
                id=s["id"], name=s["name"], aliases=tuple(s.get("aliases", ())), kind=s["kind"],
                group=s["group"], family=s.get("family"), hazard=bool(s.get("hazard", False)),
                typical_unit_mass_mg=dict(s.get("typical_unit_mass_mg") or {}), source=s.get("source"),
                cdsa=tuple(s.get("cdsa", ())), french=s.get("name_fr", ""),
            )
            for s in data["substances"]
        ]
        facts = ScheduleFacts.load(schedules_path) if schedules_path is not None else None
        return cls(groups, families, substances, data.get("sources"), facts)

    def with_additions(self, additions: list[Substance]) -> Catalogue:
        """A catalogue with an agency's own entries added. Raises ValueError naming the problem when an
        entry's group or family is unknown, or one of its names already means another substance."""
        for substance in additions:
            if substance.group not in self.groups:
                raise ValueError(translate(
                    "Substances", "'{group}' is not a substance group").format(
                    group=substance.group))
            if substance.family is not None and substance.family not in self.families:
                raise ValueError(translate(
                    "Substances", "'{family}' is not an analogue family").format(
                    family=substance.family))
            if substance.kind not in ("drug", "precursor", "cutting_agent", "equipment"):
                raise ValueError(translate(
                    "Substances", "'{kind}' is not a kind (drug, precursor, cutting_agent, equipment)").format(
                    kind=substance.kind))
        return Catalogue(list(self.groups.values()), list(self.families.values()),
                         [*self.substances.values(), *additions], self.sources, self.schedule_facts)

    def display(self, text: str | None, lang: str | None = None) -> str:
        """How a stored substance name is shown in `lang` (default: the current language): the catalogue's
        name of the substance it names, "unknown substance" in the language, else the text as entered."""
        if not text:
            return ""
        if text == UNKNOWN_SUBSTANCE:
            with using_language(lang):
                return translate("Substances", "unknown substance")
        found = self._by_key.get(name_key(text))
        return found.display(lang) if found is not None and name_key(found.name) == name_key(text) else text

    def find(self, text: str | None) -> Substance | None:
        """The substance a name, alias or id denotes, or None when the catalogue does not know it."""
        if not text:
            return None
        found = self._by_key.get(name_key(text))
        if found is None:
            found = self._by_parts(text)
        return found if found is not None else self._mixture(text)

    def _by_parts(self, text: str) -> Substance | None:
        """The substance a name with its other name in brackets ("Alprazolam (Xanax)", "X [Y]") or a list of
        its names ("5F-APINACA, 5F-AKB-48") denotes: the one every part that names something names. Parts
        naming different substances make it ambiguous: None."""
        parts = [p for p in _PARTS.split(text) if p.strip()]
        if len(parts) < 2:
            return None
        found = {s.id: s for s in (self._by_key.get(name_key(p)) for p in parts) if s is not None}
        return next(iter(found.values())) if len(found) == 1 else None

    def _mixture(self, text: str) -> Substance | None:
        """What a mixture of named substances ("Acetone/Ethyl Ether", "Diazepam + Alprazolam", "X-Y Mix")
        denotes: the "(not specified)" entry of the narrowest group that holds every part, so the exhibit is
        searched and counted under a group that is true of all of it. Never one of the parts: an exhibit of
        MDMA and mephedrone is no MDMA exhibit. None when a part names nothing or no such group holds them all."""
        body, mixed = _MIX_WORD.subn("", text.strip())
        parts = [p for p in _MIXTURE.split(body) if p.strip()]
        if mixed and len(parts) < 2:
            parts = [p for p in body.split("-") if p.strip()]
        if len(parts) < 2:
            return None
        found = [self._by_key.get(name_key(p)) for p in parts]
        if any(s is None for s in found):
            return None
        if len({s.id for s in found if s is not None}) == 1:
            return found[0]
        chains = [self._ancestry(s.group) for s in found if s is not None]
        for group_id in chains[0]:
            if all(group_id in chain for chain in chains[1:]):
                entry = self.substances.get(f"{group_id}-not-specified")
                if entry is not None:
                    return entry
        return None

    def _ancestry(self, group_id: str) -> list[str]:
        """A group and the groups above it, narrowest first."""
        chain: list[str] = []
        group = self.groups.get(group_id)
        while group is not None and group.id not in chain:
            chain.append(group.id)
            group = self.groups.get(group.parent or "")
        return chain

    def resolve(self, text: str | None) -> tuple[Substance | None, Group | None]:
        """What a name resolves to: its substance (and that substance's group), else a group the name
        denotes ("Hallucinogens", "Opiates"), else (None, None)."""
        substance = self.find(text)
        if substance is not None:
            return substance, self.groups.get(substance.group)
        return None, self.find_group(text)

    def find_group(self, text: str | None) -> Group | None:
        if not text:
            return None
        return self._group_by_key.get(name_key(text))

    def family_members(self, family_id: str) -> tuple[Substance, ...]:
        return self._members.get(family_id, ())

    def analogues(self, substance: Substance) -> tuple[Substance, ...]:
        """The substance and every other member of its analogue family."""
        if substance.family is None:
            return (substance,)
        return self.family_members(substance.family)

    def top_group(self, group_id: str) -> Group | None:
        group = self.groups.get(group_id)
        while group is not None and group.parent:
            group = self.groups.get(group.parent)
        return group

    def subgroups(self, group_id: str) -> list[Group]:
        """A group and the groups under it."""
        return [g for g in self.groups.values() if g.id == group_id or g.parent == group_id]

    def names(self) -> list[tuple[str, Substance]]:
        """(name or alias, substance) pairs for completers."""
        pairs = []
        for substance in self.substances.values():
            pairs.append((substance.name, substance))
            pairs.extend((alias, substance) for alias in substance.aliases)
            known = {name_key(text) for text in (substance.name, *substance.aliases)}
            # a French name spelled as the English one adds no entry
            for name in (substance.french, *substance.french_names):
                if name and name_key(name) not in known and self.find(name) is substance:
                    known.add(name_key(name))
                    pairs.append((name, substance))
        return pairs

    def schedule_of(self, substance: Substance | str | None) -> Listing | None:
        """The CDSA listing of a substance (or of the substance a name denotes); None when no schedule
        lists it or the catalogue was built without the schedule facts."""
        found = self.find(substance) if isinstance(substance, str) else substance
        if found is None:
            return None
        return self.substances.get(found.id, found).schedule

    def substances_in_schedule(self, schedule: str, *, by_class: bool = True) -> list[Substance]:
        """The catalogue's substances that a schedule ('I'...'IX') lists, in catalogue order; by_class=False
        leaves out those only a class item covers."""
        wanted = schedule.strip().upper().removeprefix("SCHEDULE").strip()
        return [s for s in self.substances.values()
                if any(li.schedule == wanted and (by_class or not li.by_class) for li in s.schedules)]

    def is_hazard(self, substance: Substance) -> bool:
        if substance.hazard:
            return True
        family = self.families.get(substance.family or "")
        return bool(family and family.hazard)


@lru_cache(maxsize=1)
def default_catalogue() -> Catalogue:
    from caseapp.paths import resource_path

    return Catalogue.load(resource_path("substances.json"), resource_path("cdsa_schedules.json"))
