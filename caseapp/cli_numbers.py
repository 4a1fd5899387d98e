"""caseapp-cli number: add, remove and find other agencies' numbers of cases and exhibits."""

from __future__ import annotations

import argparse
from typing import TextIO

from caseapp.cli_accounts import login
from caseapp.cli_commands import Command
from caseapp.core.errors import CaseAppError
from caseapp.core.external_numbers import KINDS
from caseapp.services.app import CaseApp
from caseapp.services.numbers import ExternalNumbers
from caseapp.store.contract.numbers import ExternalNumber


def _number_arguments(p: argparse.ArgumentParser) -> None:
    actions = p.add_subparsers(dest="number_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a number to a case or one of its exhibits")
    add.add_argument("case_number", metavar="CASE")
    add.add_argument("--exhibit", metavar="NN", help="the exhibit it belongs to (default: the case)")
    add.add_argument("--kind", metavar="KIND", required=True, help=f"one of: {', '.join(KINDS)}")
    add.add_argument("value", metavar="VALUE")
    remove = actions.add_parser("remove", help="mark a number removed, with the reason (it is kept)")
    remove.add_argument("number_id", metavar="ID", type=int)
    remove.add_argument("--reason", metavar="TEXT", required=True)
    find = actions.add_parser("find", help="the cases and exhibits a number belongs to")
    find.add_argument("value", metavar="VALUE")


def _line(number: ExternalNumber) -> str:
    where = f"{number.case_number}/{number.exhibit_number}" if number.exhibit_number else number.case_number
    removed = f"  (removed by {number.removed_by}: {number.removed_reason})" if number.removed_at else ""
    return f"{number.id:>6}  {where:<22} {number.kind:<6} {number.value}{removed}\n"


def numbers_named(app: CaseApp, *texts: str | None) -> list[str]:
    """Lines naming the case or exhibit each of `texts` is another agency's number of (none for the others)."""
    lines = []
    for text in texts:
        for number in app.service(ExternalNumbers).find(text or ""):
            where = f"{number.case_number}/{number.exhibit_number}" if number.exhibit_number else number.case_number
            lines.append(f"'{number.value}' is the {number.kind} number of {where}\n")
    return lines


def cmd_number(args: argparse.Namespace, app: CaseApp, out: TextIO) -> int:
    numbers = app.service(ExternalNumbers)
    if args.number_command == "find":
        found = numbers.find(args.value)
        if not found:
            raise CaseAppError(f"no case or exhibit has the number '{args.value.strip()}'")
        for number in found:
            out.write(_line(number))
        return 0
    user = login(app, args)
    if args.number_command == "add":
        number = numbers.add(user, args.case_number, args.kind, args.value, exhibit_number=args.exhibit).value
        out.write("added " + _line(number).lstrip())
    else:
        number = numbers.remove(user, args.number_id, args.reason).value
        out.write("removed " + _line(number).lstrip())
    return 0


COMMANDS = (
    Command("number", help="add, remove or find other agencies' numbers of cases and exhibits",
            description="Other agencies' numbers (the RCMP file, the CBSA seizure number, the lab's sample number, "
                        "the Crown's file, other): add one to a case or exhibit, mark one removed with a reason, or "
                        "find the cases and exhibits a number belongs to (case, spaces, hyphens, slashes and dots "
                        "ignored).",
            arguments=_number_arguments, run=lambda call: cmd_number(call.args, call.opened, call.out),
            with_app=True),
)
