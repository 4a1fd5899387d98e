"""Printing a lab request's form (reports/lab_form), for anyone who may print the case, in the language asked;
audited as a "print" entry (report "lab_form", the request number, pages, chain hash, the PDF's SHA-256)
before the PDF is written out, as the other prints are."""

from __future__ import annotations

import io
from typing import BinaryIO

from caseapp.core.agency import AGENCY_CODE_KEY
from caseapp.core.i18n import using_language
from caseapp.reports.lab_form import LabFormData, items_of, write_lab_form
from caseapp.reports.values import person_name
from caseapp.services.app import CaseApp
from caseapp.services.auth import User, current_user
from caseapp.services.lab import LabRequests
from caseapp.services.reports import _audit_print, _people, _printer, _zone
from caseapp.services.workflow import Workflow


def lab_form(app: CaseApp, user: User, request_number: str, out: BinaryIO, *, lang: str | None = None) -> int:
    """Print the request for analysis of `request_number` as PDF to `out`; returns the page count."""
    current_user(app, user, None, "printing")
    with using_language(lang) as chosen:
        with app.reading():
            request = app.service(LabRequests).form(request_number)
            user = app.service(Workflow).require("print", user, request.case)
            chain_hash = app._audit.latest_hash()
            people = _people(app, {request.officer})
        case = request.case
        data = LabFormData(
            request_number=request.number, agency=case.agency or app._store.setting(AGENCY_CODE_KEY) or "",
            case_number=case.case_number or "", lab=request.lab, submitted_at=request.at,
            officer=person_name(request.officer, people), tests=request.tests, notes=request.notes,
            items=items_of(request, app.catalogue), zone=_zone(app), generated_at=app.clock(),
            printed_by=_printer(user), chain_hash=chain_hash)
        buffer = io.BytesIO()
        pages = write_lab_form(data, buffer)
    pdf = buffer.getvalue()
    _audit_print(app, user, case, "lab_form", pages, chain_hash, pdf, request=request.number, lang=chosen)
    out.write(pdf)
    return pages
