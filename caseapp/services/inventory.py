"""Inventory audits of a storage location: what custody records there against what was scanned, recorded with
one audit entry; and the exhibits an audit found missing that no reasoned custody event has accounted for since
(the work queue of missing exhibits)."""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Sequence
from datetime import datetime
from typing import BinaryIO

from caseapp.core.agency import AGENCY_CODE_KEY
from caseapp.core.changes import Changes, Done
from caseapp.core.errors import CaseAppError, NotFound
from caseapp.core.i18n import QT_TRANSLATE_NOOP, translate, using_language
from caseapp.core.inventory import (
    AuditResult,
    InventoryAudit,
    MissingExhibit,
    ShelfItem,
    audit,
    scanned_cases,
    scanned_exhibits,
)
from caseapp.core.scancodes import ScanKind, parse
from caseapp.reports.inventory import InventoryReportData, write_inventory_report
from caseapp.reports.values import person_name
from caseapp.services.app import CaseApp
from caseapp.services.auth import Role, User, current_user

ACTION = "inventory_audit"
_AUDITING = QT_TRANSLATE_NOOP("Refusals", "an inventory audit")
_LOCAL_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$")
MAX_SCANS = 20000  # a room of evidence, not a stuck key
MAX_TEXT = 200  # characters of a location or a scanned code: a label's, not a pasted document


def check_scan(text: str) -> None:
    """Refuse a scanned text no label carries (a paste of a document into the scan field), naming its length."""
    if len(text) > MAX_TEXT:
        raise InventoryError(translate("Inventory", "a scanned code of {count} characters: a label carries at most "
                                                    "{most}").format(count=len(text), most=MAX_TEXT))


class InventoryError(CaseAppError):
    """An audit refused (no location, a bad time): nothing was recorded."""


def location_of(text: str) -> str:
    """The location an audit is of, from a scanned `LOC:CODE` or a typed code or free text; refused when empty
    or when it is another kind of code (an exhibit, a case or a person scanned instead of the shelf)."""
    code = parse(text)
    if code.kind is ScanKind.LOCATION:
        return code.code
    typed = " ".join(text.split())
    if len(typed) > MAX_TEXT:
        raise InventoryError(translate("Inventory", "location of {count} characters: a location is at most {most}")
                             .format(count=len(typed), most=MAX_TEXT))
    if not typed:
        raise InventoryError(translate("Inventory", "location is required: scan the shelf's LOC: label or type its "
                                                    "code"))
    if code.kind in (ScanKind.EXHIBIT, ScanKind.PERSON) or typed.upper().startswith("LOC:"):
        raise InventoryError(translate("Inventory", "location '{text}' is not a storage location: scan the shelf's "
                                                    "LOC: label or type its code").format(text=typed))
    return typed


class InventoryAudits:
    def __init__(self, app: CaseApp) -> None:
        self.app = app
        self.store = app._stores.inventory

    def recorded_at(self, location: str) -> list[ShelfItem]:
        """The exhibits custody records at the location now (away ones marked)."""
        return self.store.recorded_at(location_of(location))

    def evaluate(self, location: str, scanned: Sequence[str],
                 recorded: Sequence[ShelfItem] | None = None) -> AuditResult:
        """The audit as it stands after `scanned` (nothing recorded): `recorded` when the caller read it already
        (the window reads the shelf once, then evaluates at each scan)."""
        where = location_of(location)
        shelf = list(recorded) if recorded is not None else self.store.recorded_at(where)
        mine = {f"{i.case_number}/{i.exhibit_number}".casefold() for i in shelf}
        others = [pair for pair in scanned_exhibits(scanned) if f"{pair[0]}/{pair[1]}".casefold() not in mine]
        numbers = scanned_cases(scanned)
        return audit(where, shelf, scanned, self.store.exhibits(others) if others else {},
                     self.store.cases(numbers) if numbers else ())

    def lookup(self, scanned: Sequence[str]) -> tuple[dict[str, ShelfItem], set[str]]:
        """The exhibits (by core.inventory.exhibit_key) and the cases that scanned texts name in this database."""
        pairs, numbers = scanned_exhibits(scanned), scanned_cases(scanned)
        return (self.store.exhibits(pairs) if pairs else {}), (self.store.cases(numbers) if numbers else set())

    def record(self, user: User, location: str, scanned: Sequence[str], *,
               started_at: str | None = None) -> Done[InventoryAudit]:
        """Record the audit of `location` after `scanned` (in scan order), by `user` (an officer or supervisor);
        `started_at` is when scanning began (agency local time, YYYY-MM-DDTHH:MM[:SS]; default now)."""
        user = current_user(self.app, user, (Role.OFFICER, Role.SUPERVISOR), _AUDITING)
        where = location_of(location)
        if len(scanned) > MAX_SCANS:
            raise InventoryError(translate("Inventory", "{count} codes scanned: an audit takes at most {most}").format(
                count=len(scanned), most=MAX_SCANS))
        for text in scanned:
            check_scan(text)
        finished = self.app.local_now().replace(microsecond=0)
        started = self._started(started_at, finished)
        with self.app.change(ACTION, "location", where, actor=user.login) as work:
            result = self.evaluate(where, scanned)
            audit_id = self.store.add(result, started_at=started, finished_at=finished.isoformat(),
                                      actor=user.login, custody_mark=self.store.custody_mark(), recorded_at=work.at)
            work.ledger.record_live("inventory_audits", [audit_id])
            work.detail.update({"audit": audit_id, "found": len(result.found), "missing": len(result.missing),
                                "unexpected": len(result.unexpected), "unknown": len(result.unknown)})
        return Done(self.get(audit_id), Changes(audit=True))

    def _started(self, started_at: str | None, finished: datetime) -> str:
        if started_at is None or not started_at.strip():
            return finished.isoformat()
        text = started_at.strip()
        try:
            moment = datetime.fromisoformat(text) if _LOCAL_TIME.match(text) else None
        except ValueError:
            moment = None
        if moment is None:
            raise InventoryError(translate("Inventory", "started '{text}' is not a date and time "
                                                        "(YYYY-MM-DDTHH:MM)").format(text=text))
        if moment > finished:
            raise InventoryError(translate("Inventory", "started '{text}' is after the audit's end ({end})").format(
                text=text, end=finished.isoformat()))
        return text

    def get(self, audit_id: int) -> InventoryAudit:
        found = self.store.get(audit_id)
        if found is None:
            raise NotFound(translate("Inventory", "there is no inventory audit {number}").format(number=audit_id))
        return found

    def recent(self, limit: int = 200) -> list[InventoryAudit]:
        """The newest audits first."""
        return self.store.recent(limit)

    def unresolved_missing(self) -> list[MissingExhibit]:
        """Each exhibit an audit found missing and no custody event with a reason (notes) has accounted for since
        that audit, once, under the earliest such audit; in case and exhibit order."""
        listed: dict[int, MissingExhibit] = {}
        for recorded, mark in self.store.with_missing():
            waiting = [i for i in recorded.result.missing if i.exhibit_id not in listed]
            resolved = self.store.reasoned_events_after([i.exhibit_id for i in waiting], mark)
            for item in waiting:
                if item.exhibit_id not in resolved:
                    listed[item.exhibit_id] = MissingExhibit(item, recorded.id, recorded.location,
                                                             recorded.finished_at)
        return sorted(listed.values(), key=lambda m: (m.item.case_number, m.item.exhibit_number.zfill(4)))


def inventory_report(app: CaseApp, user: User, audit_id: int, out: BinaryIO, *, lang: str | None = None) -> int:
    """Print the report of inventory audit `audit_id` as PDF to `out`, for anyone signed in; audited ("print",
    entity "inventory_audit", with the page count, the chain hash printed and the PDF's SHA-256) before the PDF is
    written; returns the page count. `lang`: the language of the paper (default: the current one)."""
    user = current_user(app, user, None, QT_TRANSLATE_NOOP("Refusals", "printing"))
    with using_language(lang) as chosen:
        with app.reading():
            recorded = app.service(InventoryAudits).get(audit_id)
            chain_hash = app._audit.latest_hash()
            auditor = app._stores.users.get(recorded.actor)
            agency = app._store.setting(AGENCY_CODE_KEY) or ""
        names = {user.login: user.display_name}
        if auditor is not None:
            names[auditor.login] = auditor.display_name
        zone = app.timezone() or app.clock().astimezone().tzinfo
        assert zone is not None
        data = InventoryReportData(audit=recorded, agency=agency, zone=zone, generated_at=app.clock(),
                                   printed_by=person_name(user.login, names),
                                   auditor=person_name(recorded.actor, names), chain_hash=chain_hash,
                                   catalogue=app.catalogue)
        buffer = io.BytesIO()
        pages = write_inventory_report(data, buffer)
    pdf = buffer.getvalue()
    with app.change("print", "inventory_audit", str(audit_id), actor=user.login,
                    detail={"report": "inventory_audit", "pages": pages, "chain_hash": chain_hash,
                            "sha256": hashlib.sha256(pdf).hexdigest(), "lang": chosen}):
        pass
    out.write(pdf)
    return pages
