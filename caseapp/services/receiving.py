"""Receive or transfer exhibits by scanning: first a person (PER:LOGIN), a location (LOC:CODE) or a holder's name,
then any number of exhibit codes; on confirm one custody event each ("stored" at a location, whose event records
the location's code; "transferred" to a person), all in one transaction: kept all, or refused with every reason
and nothing written."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from caseapp.core.changes import Changes, Done
from caseapp.core.custody import CustodyError, CustodyEvent, CustodyState, check_event, replay
from caseapp.core.errors import CaseAppError, NotFound
from caseapp.core.i18n import translate
from caseapp.core.model import Case, Exhibit
from caseapp.core.scancodes import ScanKind, parse
from caseapp.core.storage import LocationError
from caseapp.services.app import CaseApp
from caseapp.services.auth import User
from caseapp.services.custody import Custody
from caseapp.services.locations import Locations
from caseapp.services.workflow import REFUSALS, Workflow


@dataclass(frozen=True)
class Target:
    """Where the scanned exhibits go."""

    kind: str  # "location" or "person"
    code: str  # the location's code, or the login ("" for a holder named by hand)
    name: str  # the location's or the person's name as shown and printed
    holder: str = ""  # a person: the holder the custody event records

    @property
    def shown(self) -> str:
        return f"{self.code} - {self.name}" if self.kind == "location" else self.holder


@dataclass(frozen=True)
class ScanLine:
    scanned: str  # the code as read
    case_number: str = ""
    exhibit_number: str = ""
    substance: str = ""
    holder: str = ""  # before the event
    location: str = ""  # before the event
    problem: str = ""  # why the chain refuses it ("" when it may go)

    @property
    def code(self) -> str:
        return f"{self.case_number}/{self.exhibit_number}" if self.case_number else self.scanned


def _problem_text(problems: Iterable[str]) -> str:
    return "; ".join(p.split(": ", 1)[1] if p.split(": ", 1)[0] in ("stored", "transferred") else p
                     for p in problems)


class Receiving:
    def __init__(self, app: CaseApp) -> None:
        self.app = app

    # -- the target ------------------------------------------------------------------------------
    def target(self, text: str) -> Target:
        """A scanned LOC:/PER: code, or a holder's name typed by hand; LocationError or NotFound naming it."""
        read = parse(text)
        if read.kind is ScanKind.LOCATION:
            location = self.app.service(Locations).get(read.code)
            if not location.active:
                raise LocationError(translate("Storage", "the location {code} is no longer in use").format(
                    code=location.code))
            return Target("location", location.code, location.name)
        if read.kind is ScanKind.PERSON:
            return self.person(read.code)
        name = " ".join(text.split())
        if not name:
            raise CaseAppError(translate("Storage", "scan a person or a location first, or type a holder's name"))
        if read.kind in (ScanKind.EXHIBIT, ScanKind.CASE):
            raise CaseAppError(translate("Storage", "{code} is an exhibit or case code: scan a person or a "
                                                    "location first").format(code=name))
        return Target("person", "", name, holder=name)

    def person(self, login: str) -> Target:
        record = self.app._stores.users.get(login.strip())
        if record is None:
            raise NotFound(translate("Storage", "there is no account {login}").format(login=login.strip()))
        if not record.active:
            raise CaseAppError(translate("Storage", "the account {login} is deactivated").format(login=record.login))
        name = record.display_name or record.login
        return Target("person", record.login, name, holder=f"{name} ({record.login})")

    # -- the exhibits ----------------------------------------------------------------------------
    def now(self) -> str:
        return self.app.local_now().isoformat(timespec="minutes")

    def event(self, target: Target, state: CustodyState | None, at: str) -> CustodyEvent:
        if target.kind == "location":
            return CustodyEvent(type="stored", at=at, actor="", location=target.code)
        return CustodyEvent(type="transferred", at=at, actor="", holder=target.holder,
                            from_holder=state.holder if state else "")

    def check(self, user: User, target: Target | None, codes: Iterable[str], *, at: str) -> list[ScanLine]:
        """Every scanned code as a line, with what is wrong with it ("" for nothing; with no target yet, only
        what is wrong whatever the target: unknown, scanned twice, not the user's to move)."""
        lines: list[ScanLine] = []
        seen: set[str] = set()
        cases: dict[str, Case | None] = {}
        custody = self.app.service(Custody)
        for scanned in codes:
            if not scanned.strip():
                continue
            read = parse(scanned)
            if read.kind is not ScanKind.EXHIBIT:
                lines.append(ScanLine(read.text, problem=_not_an_exhibit(read.kind, read.text)))
                continue
            if read.case_number not in cases:
                cases[read.case_number] = self.app._stores.cases.get(read.case_number)
            case = cases[read.case_number]
            exhibit = _exhibit(case, read.exhibit_number) if case else None
            if case is None or exhibit is None:
                lines.append(ScanLine(read.text, problem=translate("Storage", "unknown exhibit code")))
                continue
            line = ScanLine(read.text, case.case_number or "", exhibit.number or "", exhibit.substance or "")
            key = line.code.upper()
            if key in seen:
                lines.append(replace(line, problem=translate("Storage", "scanned twice")))
                continue
            seen.add(key)
            events = custody.events_store.events(exhibit.id or 0)
            state = replay(events) if events else None
            if state is not None:
                line = replace(line, holder=state.holder, location=state.location)
            lines.append(replace(line, problem=self._problem(user, case, events, state, target, at)))
        return lines

    def _problem(self, user: User, case: Case, events: list[CustodyEvent], state: CustodyState | None,
                 target: Target | None, at: str) -> str:
        try:
            self.app.service(Workflow).require("custody", user, case)
        except REFUSALS as refused:
            return str(refused)
        if target is None:
            return ""
        if state is not None and target.kind == "location" and state.location.upper() == target.code.upper() \
                and not (state.checked_out or state.at_lab or state.disposed):
            return translate("Storage", "already there")
        event = replace(self.event(target, state, at), actor=user.login)
        try:
            problems = check_event(events, event, now=self.app.local_now())
        except CustodyError as broken:
            return str(broken)
        return _problem_text(problems)

    def confirm(self, user: User, target: Target, codes: Iterable[str], *, at: str | None = None,
                ) -> Done[list[ScanLine]]:
        """One custody event per exhibit, all in one transaction; CustodyError listing every refused line (and
        nothing written) when any is refused."""
        when = at or self.now()
        lines = self.check(user, target, codes, at=when)
        if not lines:
            raise CustodyError(translate("Storage", "no exhibit was scanned"))
        refused = [f"{line.code}: {line.problem}" for line in lines if line.problem]
        if refused:
            raise CustodyError("\n".join(refused), refused)
        custody = self.app.service(Custody)
        changes = Changes(audit=True)
        with self.app.together():
            if target.kind == "location":  # taken out of use since it was scanned: nothing goes there
                self.target(f"LOC:{target.code}")
            for line in lines:
                _, state = custody.history(line.case_number, line.exhibit_number)
                done = custody.record(user, line.case_number, line.exhibit_number, self.event(target, state, when))
                changes = changes | done.changes
        return Done(lines, changes)


def _exhibit(case: Case, number: str) -> Exhibit | None:
    return next((e for e in case.exhibits if (e.number or "") == number), None)


def _not_an_exhibit(kind: ScanKind, text: str) -> str:
    if kind is ScanKind.CASE:
        return translate("Storage", "a case code, not an exhibit: scan the exhibit's own label")
    if kind in (ScanKind.LOCATION, ScanKind.PERSON):
        return translate("Storage", "a location or person code, not an exhibit")
    return translate("Storage", "unknown code")
