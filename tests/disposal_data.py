"""Cases ready for the disposal workflow, shared by the service, CLI, window and report tests."""

from __future__ import annotations

from decimal import Decimal

from caseapp.core.custody import CustodyEvent
from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.services.app import CaseApp
from caseapp.services.auth import User
from caseapp.services.custody import Custody
from caseapp.services.workflow import Workflow


def _event(type_: str, at: str, **fields: object) -> CustodyEvent:
    return CustodyEvent(type=type_, at=at, actor="", **fields)  # type: ignore[arg-type]


def disposal_case(app: CaseApp, users: dict[str, User], *, approve: bool = True, lab: bool = True,
                  substances: tuple[str, ...] = ("fentanyl", "cocaine")) -> str:
    """A case by olga (approved by sam unless told), each exhibit seized into VAULT-A.3, sealed, weighed,
    and (unless told) analysed by the lab: returns its number."""
    olga, sam = users["olga"], users["sam"]
    workflow = Workflow(app)
    case = workflow.create(olga, Case(
        occurred_at="2026-11-20T10:00", agency="CBSA", location=Location(country="CA"),
        exhibits=[Exhibit(substance=s, quantity=Quantity(Decimal(q), "g"))
                  for s, q in zip(substances, ("12.5", "1000", "40", "7"), strict=False)])).value
    number = case.case_number or ""
    custody = Custody(app)
    for index, exhibit in enumerate(case.exhibits, 1):
        n = exhibit.number or ""
        custody.record(olga, number, n, _event("seized", "2026-11-20T10:05", holder="olga", location="VAULT-A.3"))
        custody.record(olga, number, n, _event("sealed", "2026-11-20T10:10", seal_number=f"S-{index:04d}",
                                               weight=f"{exhibit.quantity.value} g" if exhibit.quantity else "",
                                               counted_by=("olga", "Li Wong")))  # drugs: two people weigh
        if lab:
            custody.record(olga, number, n, _event("sent_to_lab", "2026-11-21T09:00", holder="Health Canada DAS"))
            custody.record(olga, number, n, _event("result_received", "2026-11-24T15:00", holder="olga",
                                                   location="VAULT-A.3"))
    if approve:
        workflow.submit(olga, number)
        workflow.approve(sam, number)
    return number
