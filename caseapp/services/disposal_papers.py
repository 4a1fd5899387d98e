"""Printing the disposal workflow's papers, audited: a batch's certificate of destruction (or of return), and
the yearly report of quantities destroyed."""

from __future__ import annotations

import hashlib
import io
from datetime import UTC
from typing import BinaryIO

from caseapp.core.agency import AGENCY_CODE_KEY, AGENCY_NAME_KEY
from caseapp.core.disposals import DISPOSED, yearly_rows
from caseapp.core.i18n import QT_TRANSLATE_NOOP, translate, using_language
from caseapp.reports.disposal import Paper, write_certificate, write_yearly
from caseapp.reports.values import person_name
from caseapp.services.app import CaseApp
from caseapp.services.auth import User, current_user
from caseapp.services.disposal import Disposal, DisposalError

_PRINTING = QT_TRANSLATE_NOOP("Refusals", "printing")


def _paper(app: CaseApp, user: User, logins: set[str]) -> Paper:
    people: dict[str, str] = {}
    for login in sorted(x for x in logins if x):
        record = app._stores.users.get(login)
        if record is not None and record.display_name:
            people[login] = record.display_name
    agency = app._store.setting(AGENCY_NAME_KEY) or app._store.setting(AGENCY_CODE_KEY) or ""
    return Paper(agency=agency, generated_at=app.clock(), zone=app.timezone() or UTC,
                 printed_by=person_name(user.login, {user.login: user.display_name}),
                 chain_hash=app._audit.latest_hash(), people=people, catalogue=app.catalogue)


def certificate(app: CaseApp, user: User, batch: str, out: BinaryIO, *, lang: str | None = None) -> int:
    """Print the certificate of a disposed batch as PDF to `out`, audited; returns the page count."""
    user = current_user(app, user, None, _PRINTING)
    with using_language(lang) as chosen:
        with app.reading():
            found = app.service(Disposal).batch(batch)
            if found.status != DISPOSED:
                raise DisposalError([translate("Disposal", "batch {batch} is not disposed of yet: its certificate "
                                                           "is printed after the witnessed destruction or "
                                                           "return").format(batch=found.batch)])
            steps = (found.requested, found.authorised, found.disposed)
            paper = _paper(app, user, {user.login, *(s.actor for s in steps if s), *found.witnesses})
        buffer = io.BytesIO()
        pages = write_certificate(found, buffer, paper)
    _audit(app, user, found.batch, "disposal_certificate", buffer.getvalue(), pages, chosen)
    out.write(buffer.getvalue())
    return pages


def yearly_report(app: CaseApp, user: User, year: int, out: BinaryIO, *, lang: str | None = None) -> int:
    """Print the quantities destroyed in `year` (by the destruction's date) as PDF to `out`, audited."""
    user = current_user(app, user, None, _PRINTING)
    if not 1900 <= year <= 9999:
        raise DisposalError([translate("Disposal", "year {year} is not a year (1900 to 9999)").format(year=year)])
    with using_language(lang) as chosen:
        with app.reading():
            rows = yearly_rows(app.service(Disposal).batches(), year)
            paper = _paper(app, user, {user.login})
        buffer = io.BytesIO()
        pages = write_yearly(year, rows, buffer, paper)
    _audit(app, user, str(year), "disposal_yearly", buffer.getvalue(), pages, chosen)
    out.write(buffer.getvalue())
    return pages


def _audit(app: CaseApp, user: User, entity_id: str, report: str, pdf: bytes, pages: int, lang: str) -> None:
    with app.change("print", "disposal", entity_id, actor=user.login,
                    detail={"report": report, "pages": pages, "lang": lang,
                            "sha256": hashlib.sha256(pdf).hexdigest()}):
        pass
