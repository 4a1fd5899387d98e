"""Printing for the evidence room: storage location labels, badge labels and the receipt of a hand-over by
scanning, in the language asked for each print, audited ("print") before the PDF is written to `out`."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from typing import BinaryIO

from caseapp.core import vocab
from caseapp.core.agency import AGENCY_CODE_KEY
from caseapp.core.errors import CaseAppError, NotFound
from caseapp.core.i18n import translate, using_language
from caseapp.core.scancodes import location_code, person_code
from caseapp.core.storage import StorageLocation, kind_name
from caseapp.reports.receipt import ReceiptData, ReceiptLine, write_receipt
from caseapp.reports.room_labels import RoomLabel, write_room_labels
from caseapp.reports.styles import pdf_time
from caseapp.services.app import CaseApp
from caseapp.services.auth import Role, User, current_user
from caseapp.services.locations import Locations
from caseapp.services.receiving import ScanLine, Target
from caseapp.services.reports import _printer, _zone


def _audit(app: CaseApp, user: User, entity: str, report: str, pages: int, pdf: bytes, **extra: object) -> None:
    with app.change("print", entity, None, actor=user.login,
                    detail={"report": report, "pages": pages, "sha256": hashlib.sha256(pdf).hexdigest(), **extra}):
        pass


def _footer(app: CaseApp, user: User, what: str) -> str:
    return translate("Labels", "{what} · printed {moment} by {person}").format(
        what=what, moment=pdf_time(app.clock().astimezone(_zone(app))), person=_printer(user))


def location_label(location: StorageLocation) -> RoomLabel:
    details = kind_name(location.kind).capitalize()
    if location.parent:
        details += " · " + translate("Labels", "in {parent}").format(parent=location.parent)
    if not location.active:
        details += " · " + translate("Labels", "no longer in use")
    return RoomLabel(location_code(location.code), location.name, details)


def location_labels(app: CaseApp, user: User, codes: Sequence[str], out: BinaryIO, *, sheet: bool = True,
                    lang: str | None = None) -> int:
    """Labels of the locations named (all active ones when none is), audited; returns the page count."""
    user = current_user(app, user, None, "printing")
    with using_language(lang) as chosen:
        locations = app.service(Locations)
        chosen_ones = [locations.get(code) for code in codes] if codes else locations.list(include_inactive=False)
        if not chosen_ones:
            raise NotFound(translate("Storage", "there are no storage locations to print"))
        buffer = io.BytesIO()
        what = translate("Labels", "Storage location labels")
        pages = write_room_labels([location_label(x) for x in chosen_ones], buffer, sheet=sheet, title=what,
                                  author=_printer(user), footer=_footer(app, user, what), generated_at=app.clock())
    pdf = buffer.getvalue()
    _audit(app, user, "location", "location_labels", pages, pdf, lang=chosen,
           locations=[x.code for x in chosen_ones])
    out.write(pdf)
    return pages


def badge_labels(app: CaseApp, user: User, logins: Sequence[str], out: BinaryIO, *, sheet: bool = True,
                 lang: str | None = None) -> int:
    """Badge labels (PER:LOGIN) of the accounts named (every active account when none is): anyone prints their
    own; supervisors and admins print anyone's. Audited; returns the page count."""
    user = current_user(app, user, None, "printing")
    users = app._stores.users
    wanted = list(dict.fromkeys(login.strip() for login in logins if login.strip()))
    if wanted:
        records = []
        for login in wanted:
            record = users.get(login)
            if record is None:
                raise NotFound(translate("Storage", "there is no account {login}").format(login=login))
            records.append(record)
    else:
        records = [r for r in users.list() if r.active]
    if user.role == Role.OFFICER and any(r.login.casefold() != user.login.casefold() for r in records):
        raise CaseAppError(translate("Storage", "an officer prints only their own badge label"))
    with using_language(lang) as chosen:
        labels = []
        for record in records:
            details = translate("Labels", "Badge {badge}").format(badge=record.badge) if record.badge else ""
            role = vocab.USER_ROLE.display(record.role)
            labels.append(RoomLabel(person_code(record.login), record.display_name or record.login,
                                    " · ".join(x for x in (details, role, record.login) if x)))
        buffer = io.BytesIO()
        what = translate("Labels", "Badge labels")
        pages = write_room_labels(labels, buffer, sheet=sheet, title=what, author=_printer(user),
                                  footer=_footer(app, user, what), generated_at=app.clock())
    pdf = buffer.getvalue()
    _audit(app, user, "user", "badge_labels", pages, pdf, lang=chosen, logins=[r.login for r in records])
    out.write(pdf)
    return pages


def receipt(app: CaseApp, user: User, target: Target, lines: Sequence[ScanLine], at: str, out: BinaryIO, *,
            lang: str | None = None) -> int:
    """The receipt of a confirmed hand-over (the lines as they were before it), audited; returns pages."""
    user = current_user(app, user, None, "printing")
    with using_language(lang) as chosen:
        chain = app._audit.latest_hash()
        data = ReceiptData(
            to_kind=target.kind, to=target.shown, at=at.replace("T", " "), recorded_by=_printer(user),
            agency=app.setting(AGENCY_CODE_KEY) or "",
            lines=[ReceiptLine(x.code, app.catalogue.display(x.substance) if x.substance else "", x.holder,
                               x.location) for x in lines],
            printed_at=pdf_time(app.clock().astimezone(_zone(app))), chain_hash=chain)
        buffer = io.BytesIO()
        pages = write_receipt(data, buffer, generated_at=app.clock())
    pdf = buffer.getvalue()
    _audit(app, user, "receipt", "custody_receipt", pages, pdf, lang=chosen, chain_hash=chain,
           exhibits=[x.code for x in lines], to=target.shown)
    out.write(pdf)
    return pages
