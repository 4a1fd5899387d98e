"""A database with something in every work queue, for the queue tests (the clock of tests/conftest: 2026-11-25)."""

from __future__ import annotations

from decimal import Decimal

from caseapp.core.custody import CustodyEvent
from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.services.app import CaseApp
from caseapp.services.auth import User
from caseapp.services.custody import Custody
from caseapp.services.workflow import Workflow


def _case(app: CaseApp, user: User, occurred: str, *kinds: str) -> str:
    exhibits = [Exhibit(kind=kind, substance="cocaine" if kind == "drug" else None,
                        quantity=Quantity(Decimal("100"), "g")) for kind in kinds]
    return Workflow(app).create(user, Case(occurred_at=occurred, location=Location(country="CA"),
                                           exhibits=exhibits)).value.case_number


def _event(type_: str, at: str, **fields: object) -> CustodyEvent:
    return CustodyEvent(type=type_, at=at, actor="", **fields)  # type: ignore[arg-type]


def fill(app: CaseApp, users: dict[str, User]) -> dict[str, str]:
    """Cases named by what they show: recent (deadlines ahead; exhibit 01 overdue from a check-out, 02 at the lab
    since 1 October, 03 checked out but not yet due, 04 reweighed 3 % light), older (the CDSA deadline passed 6
    days ago), old (retention ended: due for review; its 02 disposed of), submitted (by li), returned (to olga)."""
    olga, li, sam = users["olga"], users["li"], users["sam"]
    custody, workflow = Custody(app), Workflow(app)
    recent = _case(app, olga, "2026-09-25T08:00", "drug", "drug", "drug", "drug")
    for number in ("01", "02", "03", "04"):
        custody.record(olga, recent, number, _event("seized", "2026-09-25T09:00", holder="olga", location="Desk",
                                                    weight="100 g"))
    custody.record(olga, recent, "01", _event("checked_out", "2026-11-01T09:00", holder="Crown", purpose="court",
                                              due_date="2026-11-20"))
    custody.record(olga, recent, "02", _event("sent_to_lab", "2026-10-01T09:00", holder="Health Canada lab",
                                              batch="LAB-7"))
    custody.record(olga, recent, "03", _event("checked_out", "2026-11-24T09:00", holder="Crown", purpose="court",
                                              due_date="2026-12-01"))
    custody.record(olga, recent, "04", _event("reweighed", "2026-10-02T09:00", weight="97 g",
                                              counted_by=("olga", "Li Wong")))
    older = _case(app, olga, "2026-09-20T08:00", "drug")
    old = _case(app, li, "2025-01-10T08:00", "drug", "currency")
    custody.record(li, old, "02", _event("seized", "2025-01-10T09:00", holder="li", location="Vault"))
    custody.record(li, old, "02", _event("disposal_requested", "2026-11-01T09:00", reason="case closed",
                                         method="destruction"))
    custody.record(sam, old, "02", _event("disposal_authorised", "2026-11-02T09:00", reason="closed",
                                          legal_basis="CDSA s.26"))
    custody.record(li, old, "02", _event("disposed", "2026-11-03T09:00", method="incineration", authority="HC-1",
                                         weight="0 g", witnesses=("sam", "olga")))
    submitted = _case(app, li, "2024-03-01T08:00", "equipment")
    workflow.submit(li, submitted)
    returned = _case(app, olga, "2024-03-02T08:00", "equipment")
    workflow.submit(olga, returned)
    workflow.return_case(sam, returned, "weigh again")
    return {"recent": recent, "older": older, "old": old, "submitted": submitted, "returned": returned}
