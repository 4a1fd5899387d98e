"""Printing a period summary: the figures for any search (or a date range), as a PDF, audited.

The figures are read in one snapshot (caseapp.store.sqlite.summary, outside any write transaction so other
workstations keep writing); the PDF is built in memory; the print is audited ("print", entity "search",
with the query and the page count) and only then is the PDF written to `out`, so nothing leaves without
its audit entry.
"""

from __future__ import annotations

import io
from datetime import date
from typing import BinaryIO

from caseapp.core.agency import AGENCY_CODE_KEY
from caseapp.core.i18n import translate, using_language
from caseapp.io.results import query_to_dict
from caseapp.reports.summary import REPORT, write_summary
from caseapp.reports.values import person_name
from caseapp.services.app import CaseApp
from caseapp.services.auth import User, current_user
from caseapp.store.contract import LARGEST, SearchQuery, SummaryData


def period_query(date_from: date | None, date_to: date | None) -> SearchQuery:
    """Every seizure between two dates (both included; either may be open)."""
    return SearchQuery(date_from=date_from, date_to=date_to)


def gather_summary(app: CaseApp, user: User, query: SearchQuery, *, largest: int = LARGEST) -> SummaryData:
    """The figures of a period summary for `query`. Raises UnknownFilter for a filter the catalogue does not
    know (a group, a match choice)."""
    current_user(app, user, None, "printing")  # audited: the account as the database knows it now
    return app._stores.summaries.summary(query, largest=largest)


def summary_report(app: CaseApp, user: User, query: SearchQuery, out: BinaryIO, *, title: str | None = None,
                   lang: str | None = None) -> int:
    """Print the period summary of `query` as PDF to `out`, audited; returns the page count. `lang`: the
    language of the paper (default: the current one)."""
    with using_language(lang) as chosen:
        data = gather_summary(app, user, query)
        zone = app.timezone()
        buffer = io.BytesIO()
        pages = write_summary(
            data, buffer, title=(title or "").strip() or translate("Summary", REPORT),
            agency=app._store.setting(AGENCY_CODE_KEY) or "", generated_at=app.clock(),
            printed_by=person_name(user.login, {user.login: user.display_name}),
            timezone_name=zone.key if zone is not None else "UTC", catalogue=app.catalogue)
    with app.change("print", "search", "summary", actor=user.login,
                    detail={"report": "summary", "query": query_to_dict(query), "pages": pages, "lang": chosen}):
        pass
    out.write(buffer.getvalue())
    return pages
