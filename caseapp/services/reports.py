"""Printing: the case incident report and the exhibit labels, for anyone signed in (Workflow's "print" and
"labels" rules), in the language asked for each print (English or French; labels may carry both).

The data is read in one transaction (a consistent picture of the case, its custody, attachments and audit
trail, and the chain hash that picture ends at); the PDF is built outside it, in memory; then the print is
audited ("print", entity "case", with the report, the page count, the chain hash printed and the PDF's
SHA-256) and only after that is the PDF written to `out`, so nothing leaves without its audit entry.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
from datetime import tzinfo
from typing import BinaryIO

from caseapp.core.agency import AGENCY_CODE_KEY
from caseapp.core.external_numbers import label_line
from caseapp.core.i18n import translate, using_language
from caseapp.core.model import Case
from caseapp.reports.case_data import AuditRecord, CaseReportData
from caseapp.reports.case_report import write_case_report
from caseapp.reports.labels import ExhibitLabel, exhibit_labels, write_labels
from caseapp.reports.styles import pdf_time
from caseapp.reports.values import person_name
from caseapp.services.app import CaseApp
from caseapp.services.auth import User, current_user
from caseapp.services.settings import read_room_settings
from caseapp.services.workflow import Workflow
from caseapp.store.contract.numbers import ExternalNumber


def _zone(app: CaseApp) -> tzinfo:
    """The agency time zone; the machine's when none is set (as app.local_now does)."""
    zone = app.timezone()
    if zone is not None:
        return zone
    local = app.clock().astimezone().tzinfo
    assert local is not None
    return local


def _printer(user: User) -> str:
    return person_name(user.login, {user.login: user.display_name})


def _people(app: CaseApp, logins: set[str]) -> dict[str, str]:
    users = app._stores.users
    names: dict[str, str] = {}
    for login in sorted(logins):
        record = users.get(login)
        if record is not None and record.display_name:
            names[login] = record.display_name
    return names


def gather_case_report(app: CaseApp, user: User, case_number: str) -> CaseReportData:
    """Everything the case report prints, read in one transaction. Raises NotFound for an unknown case."""
    current_user(app, user, None, "printing")  # first: a refused account learns nothing of the case
    custody_store = app._stores.custody
    attachment_store = app._stores.attachments
    with app.reading():
        case = app.get_case(case_number)
        user = app.service(Workflow).require("print", user, case)
        number = case.case_number or ""
        custody = {e.number or "": custody_store.events(e.id or 0) for e in case.exhibits}
        attachments = []
        for attachment in attachment_store.list_for_case(case.id or 0, include_removed=True):
            picture = attachment.media_type.startswith("image/") and not attachment.removed
            attachments.append((attachment, attachment_store.content(attachment.id) if picture else None))
        audit = [AuditRecord(e.at, e.actor, e.action, e.detail) for e in app._audit.entries("case", number)]
        chain_hash = app._audit.latest_hash()
        numbers = app._stores.numbers.for_case(case.id or 0)
        logins = {*(n.added_by for n in numbers), case.created_by, case.updated_by, case.approved_by, user.login,
                  *(r.actor for r in audit), *(a.added_by for a, _ in attachments),
                  *(a.removed_by for a, _ in attachments), *(ev.actor for evs in custody.values() for ev in evs)}
        people = _people(app, {login for login in logins if login})
    people[user.login] = user.display_name or user.login
    return CaseReportData(
        case=case, agency=case.agency or app._store.setting(AGENCY_CODE_KEY) or "", zone=_zone(app),
        generated_at=app.clock(), printed_by=_printer(user), chain_hash=chain_hash, custody=custody,
        attachments=attachments, audit=audit, people=people, catalogue=app.catalogue,
        admin_key=app.admin_key_fingerprint(), room=read_room_settings(app), numbers=numbers)


def _audit_print(app: CaseApp, user: User, case: Case, report: str, pages: int, chain_hash: str, pdf: bytes,
                 **extra: object) -> None:
    with app.change("print", "case", case.case_number, actor=user.login,
                    detail={"report": report, "pages": pages, "chain_hash": chain_hash,
                            "sha256": hashlib.sha256(pdf).hexdigest(), **extra}):
        pass


def case_report(app: CaseApp, user: User, case_number: str, out: BinaryIO, *, lang: str | None = None) -> int:
    """Print the case incident report of `case_number` as PDF to `out`, audited; returns the page count.
    `lang`: the language of the paper (default: the current one)."""
    with using_language(lang) as chosen:
        data = gather_case_report(app, user, case_number)
        buffer = io.BytesIO()
        pages = write_case_report(data, buffer)
    pdf = buffer.getvalue()
    _audit_print(app, user, data.case, "case", pages, data.chain_hash, pdf, lang=chosen)
    out.write(pdf)
    return pages


def labels(app: CaseApp, user: User, case_number: str, out: BinaryIO, *, sheet: bool, lang: str | None = None,
           bilingual: bool = False) -> int:
    """Print one label per exhibit of `case_number` as PDF to `out`: on A4 sheets of 2 x 7 (`sheet`) or one
    100 x 60 mm label to a page; audited; returns the page count. `lang`: the language of the labels (default:
    the current one); `bilingual`: each label in both languages, `lang` first."""
    with using_language(lang) as chosen:
        return _labels(app, user, case_number, out, sheet=sheet, lang=chosen, bilingual=bilingual)


def _labels(app: CaseApp, user: User, case_number: str, out: BinaryIO, *, sheet: bool, lang: str,
            bilingual: bool) -> int:
    current_user(app, user, None, "printing")
    with app.reading():
        case = app.get_case(case_number)
        chain_hash = app._audit.latest_hash()
    user = app.service(Workflow).require("labels", user, case)
    zone = _zone(app)
    number = case.case_number or ""
    footer = translate("Labels", "Case {case} exhibit labels · printed {moment} by {person}").format(
        case=number, moment=pdf_time(app.clock().astimezone(zone)), person=_printer(user))
    buffer = io.BytesIO()
    made = numbered_labels(exhibit_labels(case, app.catalogue, zone, bilingual=bilingual),
                           app._stores.numbers.for_case(case.id or 0))
    pages = write_labels(made, buffer, sheet=sheet,
                         title=translate("Labels", "Exhibit labels {case}").format(case=number), author=_printer(user),
                         footer=footer, generated_at=app.clock())
    pdf = buffer.getvalue()
    _audit_print(app, user, case, "labels", pages, chain_hash, pdf, layout="sheet" if sheet else "single",
                 labels=len(case.exhibits), lang=f"{lang}+{'fr' if lang == 'en' else 'en'}" if bilingual else lang)
    out.write(pdf)
    return pages


def numbered_labels(made: list[ExhibitLabel], numbers: list[ExternalNumber]) -> list[ExhibitLabel]:
    """Each label with the other agencies' numbers of its exhibit, then of its case."""
    def of(label: ExhibitLabel) -> str:
        own = [(n.kind, n.value) for n in numbers if n.exhibit_number == label.exhibit_number]
        return label_line(own + [(n.kind, n.value) for n in numbers if n.exhibit_number is None])

    return [dataclasses.replace(label, numbers=of(label)) for label in made]
