"""The substance catalogue (resources/substances.json): groups, analogue families, substances.

Names match whatever their case, accents, spaces, hyphens and punctuation ("Furanyl-fentanyl" =
"furanyl fentanyl" = "furanylfentanyl"). A name that is not in the catalogue is not an error: the
record keeps it verbatim and validation warns.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from caseapp.core.text import name_key


@dataclass(frozen=True)
class Group:
    id: str
    name: str
    parent: str | None


@dataclass(frozen=True)
class Family:
    id: str
    name: str
    hazard: bool


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

    def __hash__(self) -> int:
        return hash(self.id)


class Catalogue:
    def __init__(self, groups: list[Group], families: list[Family], substances: list[Substance],
                 sources: list[str] | None = None) -> None:
        self.groups = {g.id: g for g in groups}
        self.families = {f.id: f for f in families}
        self.substances = {s.id: s for s in substances}
        self.sources = sources or []
        self._by_key: dict[str, Substance] = {}
        self._group_by_key: dict[str, Group] = {}
        for substance in substances:
            for text in (substance.name, substance.id, *substance.aliases):
                key = name_key(text)
                clash = self._by_key.get(key)
                if clash is not None and clash is not substance:
                    raise ValueError(f"catalogue: '{text}' names both {clash.id} and {substance.id}")
                self._by_key[key] = substance
        for group in groups:
            self._group_by_key[name_key(group.id)] = group
            self._group_by_key[name_key(group.name)] = group
        self._members: dict[str, tuple[Substance, ...]] = {}
        for family in families:
            self._members[family.id] = tuple(s for s in substances if s.family == family.id)

    @classmethod
    def load(cls, path: Path) -> Catalogue:
        data = json.loads(path.read_text(encoding="utf-8"))
        groups = [Group(g["id"], g["name"], g.get("parent")) for g in data["groups"]]
        families = [Family(f["id"], f["name"], bool(f.get("hazard", False))) for f in data["families"]]
        substances = [
            Substance(
                id=s["id"], name=s["name"], aliases=tuple(s.get("aliases", ())), kind=s["kind"],
                group=s["group"], family=s.get("family"), hazard=bool(s.get("hazard", False)),
                typical_unit_mass_mg=dict(s.get("typical_unit_mass_mg") or {}),
            )
            for s in data["substances"]
        ]
        return cls(groups, families, substances, data.get("sources"))

    def with_additions(self, additions: list[Substance]) -> Catalogue:
        """A catalogue with an agency's own entries added. Raises ValueError naming the problem when an
        entry's group or family is unknown, or one of its names already means another substance."""
        for substance in additions:
            if substance.group not in self.groups:
                raise ValueError(f"'{substance.group}' is not a substance group")
            if substance.family is not None and substance.family not in self.families:
                raise ValueError(f"'{substance.family}' is not an analogue family")
            if substance.kind not in ("drug", "precursor", "cutting_agent", "equipment"):
                raise ValueError(f"'{substance.kind}' is not a kind (drug, precursor, cutting_agent, equipment)")
        return Catalogue(list(self.groups.values()), list(self.families.values()),
                         [*self.substances.values(), *additions], self.sources)

    def find(self, text: str | None) -> Substance | None:
        """The substance a name, alias or id denotes, or None when the catalogue does not know it."""
        if not text:
            return None
        return self._by_key.get(name_key(text))

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
        return pairs

    def is_hazard(self, substance: Substance) -> bool:
        if substance.hazard:
            return True
        family = self.families.get(substance.family or "")
        return bool(family and family.hazard)


@lru_cache(maxsize=1)
def default_catalogue() -> Catalogue:
    from caseapp.paths import resource_path

    return Catalogue.load(resource_path("substances.json"))
