"""A shelf for the inventory audit tests: one case of four exhibits recorded by officer olga, three seized to the
shelf VAULT-A.3 (one of them then checked out) and one to VAULT-B.1."""

from __future__ import annotations

from decimal import Decimal

from caseapp.core.custody import CustodyEvent
from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.services.app import CaseApp
from caseapp.services.auth import User
from caseapp.services.custody import Custody
from caseapp.services.workflow import Workflow

SHELF = "VAULT-A.3"
OTHER_SHELF = "VAULT-B.1"


def event(type_: str, at: str, **fields: object) -> CustodyEvent:
    return CustodyEvent(type=type_, at=at, actor="", **fields)  # type: ignore[arg-type]


def stock_shelf(app: CaseApp, olga: User) -> str:
    """The case number; exhibits 01 and 02 on SHELF, 03 on SHELF but checked out, 04 on OTHER_SHELF."""
    case = app.service(Workflow).create(olga, Case(
        occurred_at="2026-11-20T10:00", location=Location(country="CA"),
        exhibits=[Exhibit(substance="fentanyl", quantity=Quantity(Decimal("12.5"), "g")),
                  Exhibit(substance="cocaine", quantity=Quantity(Decimal("1"), "kg")),
                  Exhibit(substance="heroin", quantity=Quantity(Decimal("40"), "g")),
                  Exhibit(substance="cannabis", quantity=Quantity(Decimal("2"), "kg"))])).value
    number = case.case_number or ""
    custody = app.service(Custody)
    for exhibit, where, seal in (("01", "vault-a.3 ", "S-1"), ("02", SHELF, "S-2"), ("03", SHELF, "S-3"),
                                 ("04", OTHER_SHELF, "S-4")):
        custody.record(olga, number, exhibit, event("seized", "2026-11-20T10:05", holder="olga", location=where,
                                                    seal_number=seal))
    custody.record(olga, number, "03", event("checked_out", "2026-11-21T09:00", purpose="court",
                                             due_date="2026-11-30"))
    return number
