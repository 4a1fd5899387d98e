"""Importing a hand-over package in the receiving agency: the case, its exhibits, their custody history and
attachments arrive as the sender recorded them, and custody continues with a `received` event per exhibit.

The package is checked first (caseapp.io.bundle: a changed package is refused, nothing is written), then read
and validated whole outside the transaction: the case as `import` reads it (a reviewed case only by a
supervisor), each exhibit's custody events replayed by core.custody (their actors kept as the sender wrote
them), then the received event appended by the same rules. One transaction and one audit entry
("bundle_import") write it all; the entry records the sender's provenance (agency, package and manifest
hashes, the sender's chain hash and key). A case number that exists already is refused as a duplicate.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from caseapp.core.changes import Changes, Done
from caseapp.core.custody import CustodyError, CustodyEvent, append, replay
from caseapp.core.errors import CaseAppError, ValidationFailed
from caseapp.core.i18n import translate
from caseapp.core.model import Case
from caseapp.core.normalise import normalise_case
from caseapp.core.validation import Severity, validate
from caseapp.io.bundle import Bundle, BundleCheck, manifest_digest
from caseapp.io.records import case_from_dict
from caseapp.services.app import CaseApp
from caseapp.services.attachments import media_type_of
from caseapp.services.auth import User
from caseapp.services.guard import check_input
from caseapp.services.workflow import Workflow

_EVENT_FIELDS = {f.name for f in dataclasses.fields(CustodyEvent)}


@dataclass
class _Attachment:
    exhibit: str | None
    file_name: str
    media_type: str
    caption: str
    content: bytes
    removed: dict[str, str] | None


@dataclass
class BundleImport:
    case_number: str
    agency: str
    exhibits: int = 0
    events: int = 0
    received: int = 0
    attachments: int = 0
    signed_by: str = ""
    skipped: list[str] = field(default_factory=list)  # exhibits disposed at the sender: no received event


def _refuse(message: str, **values: object) -> CaseAppError:
    """A refusal; `message` is translated already (translate("BundleImport", ...), so lupdate sees it)."""
    return CaseAppError(message.format(**values))


def _load(data: bytes, name: str, fmt: str | None) -> dict[str, Any]:
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _refuse(translate("BundleImport", "{name} of the package is not valid JSON"), name=name) from None
    if not isinstance(value, dict) or (fmt is not None and value.get("format") != fmt):
        raise _refuse(translate("BundleImport", "{name} of the package is not in its form"), name=name)
    return value


def _case(app: CaseApp, document: dict[str, Any], reviewed_allowed: bool) -> Case:
    cases = document.get("cases")
    if not isinstance(cases, list) or len(cases) != 1 or not isinstance(cases[0], dict):
        raise _refuse(translate("BundleImport", "case.json of the package does not hold exactly one case"))
    case, issues = case_from_dict(cases[0])
    if case is None:
        raise _refuse(translate("BundleImport", "case.json: {problems}"),
                      problems="; ".join(f"{i.field}: {i.message}" for i in issues))
    if not case.case_number:
        raise _refuse(translate("BundleImport", "case.json: the case has no case number"))
    case = normalise_case(case, app.catalogue)
    report = validate(case, app.catalogue, now=app.local_now(), complete=True, imported=True)
    errors = [i for i in [*issues, *report.issues] if i.severity == Severity.ERROR]
    if errors:
        raise ValidationFailed(translate("BundleImport", "case {number} cannot be imported: {problems}").format(
            number=case.case_number, problems="; ".join(f"{i.field}: {i.message}" for i in errors[:5])), report)
    if case.status != "draft" and not reviewed_allowed:
        raise _refuse(translate("BundleImport", "case {number} is {status} at the sending agency: only a "
                                                "supervisor imports a reviewed case"),
                      number=case.case_number, status=case.status)
    return case


def _event(item: Any, number: str) -> CustodyEvent:
    if not isinstance(item, dict) or not set(item) <= _EVENT_FIELDS or not {"type", "at", "actor"} <= set(item):
        raise _refuse(translate("BundleImport", "custody.json: an event of exhibit {number} is not in its form"),
                      number=number)
    values: dict[str, Any] = {k: (tuple(str(x) for x in v) if isinstance(v, list) else v) for k, v in item.items()}
    if any(not isinstance(v, str | int | tuple) or isinstance(v, bool) for v in values.values()):
        raise _refuse(translate("BundleImport", "custody.json: an event of exhibit {number} is not in its form"),
                      number=number)
    return CustodyEvent(**values)


def _custody(document: dict[str, Any], case: Case) -> dict[str, list[CustodyEvent]]:
    numbers = {e.number or "" for e in case.exhibits}
    items = document.get("exhibits")
    if not isinstance(items, list):
        raise _refuse(translate("BundleImport", "custody.json of the package is not in its form"))
    result: dict[str, list[CustodyEvent]] = {}
    for item in items:
        number = str(item.get("number") if isinstance(item, dict) else "")
        if number not in numbers or number in result or not isinstance(item.get("events"), list):
            raise _refuse(translate("BundleImport", "custody.json names exhibit {number}, which the case does "
                                                    "not hold once"),
                          number=number)
        events = [_event(e, number) for e in item["events"]]
        try:
            replay(events)
        except CustodyError as exc:
            raise _refuse(translate("BundleImport", "the custody history of exhibit {number} does not hold "
                                                    "together: {error}"),
                          number=number, error=exc) from None
        result[number] = events
    return result


def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _moved(at: str, sender: ZoneInfo, receiver: ZoneInfo) -> str:
    """A sender's local date-time as the same instant in the receiver's local time (a date alone, the whole
    day, stays as written)."""
    if len(at) <= 10:
        return at
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return at
    if moment.tzinfo is not None:
        return at
    local = moment.replace(tzinfo=sender).astimezone(receiver).replace(tzinfo=None)
    return local.isoformat(timespec="seconds" if len(at) > 16 else "minutes")


def _in_receivers_time(custody: dict[str, list[CustodyEvent]], sender: ZoneInfo | None,
                       receiver: ZoneInfo | None) -> dict[str, list[CustodyEvent]]:
    """Custody times are naive agency local time: the sender's become the same instants in the receiver's zone,
    so the history and the received event read in one zone (kept as written when either zone is unknown)."""
    if sender is None or receiver is None or str(sender) == str(receiver):
        return custody
    return {number: [dataclasses.replace(e, at=_moved(e.at, sender, receiver)) for e in events]
            for number, events in custody.items()}


def _attachments(bundle: Bundle, check: BundleCheck, document: dict[str, Any],
                 case: Case) -> list[_Attachment]:
    numbers = {e.number or "" for e in case.exhibits}
    items = document.get("attachments")
    if not isinstance(items, list):
        raise _refuse(translate("BundleImport", "attachments.json of the package is not in its form"))
    result = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("file"), str):
            raise _refuse(translate("BundleImport", "attachments.json of the package is not in its form"))
        content = bundle.read(check, item["file"])
        if hashlib.sha256(content).hexdigest() != item.get("sha256"):
            raise _refuse(translate("BundleImport", "{name}: its SHA-256 is not the one the sender recorded"),
                          name=item["file"])
        exhibit = item.get("exhibit_number")
        if exhibit is not None and exhibit not in numbers:
            raise _refuse(translate("BundleImport", "{name} belongs to exhibit {number}, which the case does not hold"),
                          name=item["file"],
                          number=exhibit)
        name = str(item.get("file_name") or item["file"])
        removed = None
        if item.get("removed_at"):
            removed = {"at": str(item["removed_at"]), "by": str(item.get("removed_by") or ""),
                       "reason": str(item.get("removed_reason") or "")}
        result.append(_Attachment(exhibit, name, media_type_of(name), str(item.get("caption") or ""), content,
                                  removed))
    return result


def import_bundle(app: CaseApp, user: User, path: Path, *, holder: str | None = None,
                  location: str | None = None) -> Done[BundleImport]:
    """Check and import a hand-over package; one transaction, one "bundle_import" entry."""
    path = Path(path)
    check_input(path, app.path, what="imported")
    flow = app.service(Workflow)
    user = flow.require("import", user, None)
    reviewed = flow.allowed(user, None, only=("import_reviewed",)).may("import_reviewed")
    with Bundle(path) as bundle:
        check = bundle.check()
        case = _case(app, _load(bundle.read(check, "case.json"), "case.json", "caseapp-cases"), reviewed)
        if case.case_number != check.case_number:
            raise _refuse(translate("BundleImport", "case.json holds case {number}, but the manifest names case "
                                                    "{named}"), number=case.case_number, named=check.case_number)
        custody = _custody(_load(bundle.read(check, "custody.json"), "custody.json", "caseapp-custody"), case)
        attachments = _attachments(bundle, check, _load(bundle.read(check, "attachments.json"),
                                                        "attachments.json", "caseapp-attachments"), case)
    sender_zone = str(check.manifest.get("time_zone") or "")
    custody = _in_receivers_time(custody, _zone(sender_zone), app.timezone())
    agency = check.agency or translate("BundleImport", "the sending agency")
    result = BundleImport(case.case_number or "", agency, signed_by=check.signed_by)
    receiver = (holder or "").strip() or user.display_name or user.login
    now = app.local_now()
    received_at = now.replace(microsecond=0).isoformat()
    histories: dict[str, list[CustodyEvent]] = {}
    for exhibit in case.exhibits:
        number = exhibit.number or ""
        events = custody.get(number, [])
        if events and replay(events).disposed:
            result.skipped.append(number)
            histories[number] = events
            continue
        received = CustodyEvent(type="received", at=received_at, actor=user.login, holder=receiver,
                                location=(location or "").strip(), agency=agency,
                                notes=translate("BundleImport", "hand-over package of case {number}").format(
                                    number=case.case_number))
        try:
            histories[number], _ = append(events, received, now=now)
        except CustodyError as exc:
            raise _refuse(translate("BundleImport", "exhibit {number} cannot be received: {error}"),
                          number=number, error=exc) from None
    manifest = check.manifest
    with app.change("bundle_import", "case", case.case_number, actor=user.login) as work:
        writer = app._store.bulk_writer(actor=user.login, at=work.at, ledger=work.ledger)
        writer.add(case)
        writer.flush()
        rowids = []
        for exhibit in case.exhibits:
            for event in histories.get(exhibit.number or "", []):
                rowids.append(app._stores.custody.add(exhibit.id or 0, event, recorded_at=work.at))
        work.ledger.record_live("custody_events", rowids)
        ids = {e.number: e.id for e in case.exhibits}
        recorded: list[dict[str, Any]] = []
        for item in attachments:
            digest = hashlib.sha256(item.content).hexdigest()
            attachment_id = app._stores.attachments.add(
                case_id=case.id or 0, exhibit_id=ids.get(item.exhibit) if item.exhibit else None,
                file_name=item.file_name, media_type=item.media_type, size=len(item.content), sha256=digest,
                content=item.content, caption=item.caption, added_by=user.login, added_at=work.at)
            if item.removed is not None:
                app._stores.attachments.mark_removed(
                    attachment_id, removed_by=user.login, removed_at=work.at,
                    reason=translate("BundleImport", "removed at {agency} on {at} by {by}: {reason}").format(
                        agency=agency, **item.removed))
            recorded.append({"attachment": attachment_id, "sha256": digest, "size": len(item.content)})
        work.ledger.record_live("attachments", [int(r["attachment"]) for r in recorded])
        work.detail.update({
            "from_agency": agency, "file": path.name, "manifest_sha256": manifest_digest(manifest),
            "sender_chain_hash": manifest.get("chain_hash"), "sender_created_at": manifest.get("created_at"),
            "sender_created_by": manifest.get("created_by"), "signed_by": check.signed_by,
            "sender_timezone": sender_zone,
            "exhibits": len(case.exhibits), "events": len(rowids), "attachments": recorded,
        })
    result.exhibits = len(case.exhibits)
    result.events = len(rowids)
    result.received = len(case.exhibits) - len(result.skipped)
    result.attachments = len(recorded)
    number = case.case_number or ""
    return Done(result, Changes(case_list=True, exhibits=True, audit=True, custody=frozenset({number})))
