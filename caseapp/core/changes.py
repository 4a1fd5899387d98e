"""What an operation changed, so each screen refreshes what it shows and nothing else.

Every use case returns its result with a `Changes` value (as Anki's OpChanges): the case numbers whose record,
custody or attachments changed, and flags for the lists that hold many cases (the case list, the search
results), accounts, settings, the catalogue and saved searches. A screen asks the flags it cares about; the
window's operation runner announces them in one signal, and changes made at other workstations will arrive
the same way."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    cases: frozenset[str] = frozenset()  # case numbers whose record (form, exhibits, people, status) changed
    custody: frozenset[str] = frozenset()  # case numbers with a new custody event
    attachments: frozenset[str] = frozenset()  # case numbers whose attachments changed
    history: frozenset[str] = frozenset()  # case numbers whose audit history alone grew (a report printed)
    case_list: bool = False  # rows of the case list: a case added, removed, or a listed value changed
    exhibits: bool = False  # what a search finds (exhibits, their substances, quantities, places)
    users: bool = False
    settings: bool = False
    catalogue: bool = False
    saved_searches: bool = False
    audit: bool = False  # the audit log grew (every change does; views of the history re-read)
    everything: bool = False  # the database was replaced (a restore): every screen re-reads

    @classmethod
    def case(cls, number: str | None, *, listed: bool = True, found: bool = True) -> Changes:
        """A case's record changed: its tabs, and (as a rule) its row in the case list and its exhibits."""
        return cls(cases=frozenset({number}) if number else frozenset(), case_list=listed, exhibits=found,
                   audit=True)

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True, case_list=True, exhibits=True, users=True, settings=True, catalogue=True,
                   saved_searches=True, audit=True)

    def __or__(self, other: Changes) -> Changes:
        merged = {}
        for field in fields(self):
            mine, theirs = getattr(self, field.name), getattr(other, field.name)
            merged[field.name] = mine | theirs
        return Changes(**merged)

    def __bool__(self) -> bool:
        return any(getattr(self, field.name) for field in fields(self))

    def touches(self, case_number: str | None) -> bool:
        """Whether anything about this case changed (its record, custody or attachments)."""
        if self.everything:
            return True
        return bool(case_number) and (case_number in self.cases or case_number in self.custody
                                      or case_number in self.attachments or case_number in self.history)


NOTHING = Changes()


@dataclass(frozen=True)
class Done(Generic[T]):
    """An operation's result with what it changed."""

    value: T
    changes: Changes
