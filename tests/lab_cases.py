"""A case ready for the lab, shared by the lab tests of the services, reports, CLI and window."""

from __future__ import annotations

from decimal import Decimal

from caseapp.core.custody import CustodyEvent
from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.services.app import CaseApp
from caseapp.services.auth import User
from caseapp.services.custody import Custody
from caseapp.services.workflow import Workflow


def make_lab_case(app: CaseApp, users: dict[str, User]) -> str:
    """An approved case of olga's with two drug exhibits seized and sealed (weighed by olga and li): 01 cocaine
    100 g sealed at 100.4 g, 02 heroin 50 g sealed at 50 g. Returns its number."""
    olga = users["olga"]
    case = Workflow(app).create(olga, Case(
        occurred_at="2026-11-20T10:00", location=Location(country="CA"), agency="RCMP",
        exhibits=[Exhibit(substance="cocaine", form="powder", quantity=Quantity(Decimal("100"), "g"),
                          description="white powder in a vacuum-sealed bag <b>"),
                  Exhibit(substance="furanylfentanyl", quantity=Quantity(Decimal("50"), "g"))])).value
    number = case.case_number or ""
    Workflow(app).submit(olga, number)
    Workflow(app).approve(users["sam"], number)
    custody = Custody(app)
    for exhibit, weight in (("01", "100.4 g"), ("02", "50 g")):
        custody.record(olga, number, exhibit, CustodyEvent("seized", "2026-11-20T10:05", "", holder="olga",
                                                            location="Desk"))
        custody.record(olga, number, exhibit, CustodyEvent("sealed", "2026-11-20T10:10", "",
                                                            seal_number=f"S-{exhibit}", weight=weight,
                                                            counted_by=("olga", "li")))
    return number
