"""`caseapp-cli location`, `badge-labels` and `receive`: the evidence room's storage locations and their labels,
badge labels of accounts, and receiving or transferring exhibits by their scanned codes."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from caseapp import cli_accounts
from caseapp.cli_commands import Call, Command
from caseapp.cli_reports import _lang_argument, _language, _print, _write
from caseapp.cli_search import UserError
from caseapp.core.custody import CustodyError
from caseapp.core.storage import LOCATION_KINDS
from caseapp.services.app import CaseApp
from caseapp.services.auth import User


def _location_arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = sub.add_parser("add", help="add a storage location (supervisor or admin)")
    add.add_argument("code", metavar="CODE", help="the code its label carries as LOC:CODE, e.g. VAULT-A.3")
    add.add_argument("--name", required=True, help="the name printed in big type on its label")
    add.add_argument("--kind", choices=LOCATION_KINDS, default="other", help="what it is (default: other)")
    add.add_argument("--parent", metavar="CODE", default="", help="the room or vault it is in")
    change = sub.add_parser("change", help="rename, re-file or (de)activate a location (supervisor or admin)")
    change.add_argument("code", metavar="CODE")
    change.add_argument("--name")
    change.add_argument("--kind", choices=LOCATION_KINDS)
    change.add_argument("--parent", metavar="CODE")
    state = change.add_mutually_exclusive_group()
    state.add_argument("--deactivate", action="store_true", help="no longer in use (never deleted)")
    state.add_argument("--activate", action="store_true", help="in use again")
    listing = sub.add_parser("list", help="list the storage locations")
    listing.add_argument("--active", action="store_true", help="only those in use")
    labels = sub.add_parser("labels", help="labels of locations as PDF (LOC:CODE as Code 128 and QR)")
    labels.add_argument("codes", metavar="CODE", nargs="*", help="the locations (default: every one in use)")
    labels.add_argument("--out", metavar="FILE", type=Path, required=True, help="the PDF file to write")
    labels.add_argument("--single", action="store_true", help="one label per page (a label printer)")
    _lang_argument(labels)


def cmd_location(call: Call) -> int:
    from caseapp.services.locations import Locations

    app, args = call.opened, call.args
    locations = app.service(Locations)
    if args.action == "list":
        found = locations.list(include_inactive=not args.active)
        if not found:
            call.out.write("no storage locations\n")
        for x in found:
            state = "" if x.active else "  (no longer in use)"
            parent = f"  in {x.parent}" if x.parent else ""
            call.out.write(f"{x.code:<20} {x.kind:<7} {x.name}{parent}{state}\n")
        return 0
    if args.action == "labels":
        def writer(app: CaseApp, user: User) -> Callable[[BinaryIO], int]:
            from caseapp.services.room_prints import location_labels

            return lambda handle: location_labels(app, user, args.codes, handle, sheet=not args.single,
                                                  lang=_language(args))

        return _print(call, writer)
    user = cli_accounts.login(app, args)
    if args.action == "add":
        made = locations.add(user, args.code, args.name, kind=args.kind, parent=args.parent).value
        call.out.write(f"added {made.code} ({made.kind}): {made.name}\n")
        return 0
    active = False if args.deactivate else True if args.activate else None
    changed = locations.update(user, args.code, name=args.name, kind=args.kind, parent=args.parent,
                               active=active).value
    call.out.write(f"changed {changed.code} ({changed.kind}): {changed.name}"
                   f"{'' if changed.active else ' (no longer in use)'}\n")
    return 0


def _badge_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("logins", metavar="LOGIN", nargs="*", help="the accounts (default: every active one)")
    p.add_argument("--out", metavar="FILE", type=Path, required=True, help="the PDF file to write")
    p.add_argument("--single", action="store_true", help="one label per page (a label printer)")
    _lang_argument(p)


def cmd_badge_labels(call: Call) -> int:
    args = call.args

    def writer(app: CaseApp, user: User) -> Callable[[BinaryIO], int]:
        from caseapp.services.room_prints import badge_labels

        return lambda handle: badge_labels(app, user, args.logins, handle, sheet=not args.single,
                                           lang=_language(args))

    return _print(call, writer)


def _receive_arguments(p: argparse.ArgumentParser) -> None:
    to = p.add_mutually_exclusive_group(required=True)
    to.add_argument("--to-location", metavar="CODE", help="store the exhibits at this location")
    to.add_argument("--to-person", metavar="NAME", help="transfer them to this account's login, or a holder's name")
    p.add_argument("codes", metavar="CODE", nargs="+", help="exhibit codes CASE/NN as scanned; '-' reads them "
                                                            "one per line from standard input")
    p.add_argument("--at", metavar="TIME", help="when (agency local time; default: now)")
    p.add_argument("--receipt", metavar="FILE", type=Path, help="write the receipt (PDF) to FILE")
    _lang_argument(p)


def _codes(args: argparse.Namespace) -> list[str]:
    codes: list[str] = []
    for code in args.codes:
        if code == "-":
            codes.extend(line.strip() for line in sys.stdin if line.strip())
        else:
            codes.append(code)
    return codes


def cmd_receive(call: Call) -> int:
    from caseapp.core.dates import parse_occurred
    from caseapp.services.receiving import Receiving

    app, args = call.opened, call.args
    codes = _codes(args)
    if not codes:
        raise UserError("no exhibit codes were given")
    if args.receipt is not None:
        from caseapp.services.guard import check_output

        check_output(args.receipt, app.path, what="the receipt")
        folder = args.receipt.parent if str(args.receipt.parent) else Path(".")
        if not folder.is_dir():  # said before anything is recorded, not after
            raise UserError(f"cannot write {args.receipt}: the folder {folder} does not exist")
    user = cli_accounts.login(app, args)
    receiving = app.service(Receiving)
    if args.to_location:
        target = receiving.target(f"LOC:{args.to_location.removeprefix('LOC:').removeprefix('loc:')}")
    else:
        found = app._stores.users.get(args.to_person.strip()) if args.to_person.strip() else None
        target = receiving.person(found.login) if found else receiving.target(args.to_person)
    try:
        at = parse_occurred(args.at) if args.at else app.local_now().isoformat(timespec="minutes")
    except ValueError as exc:
        raise UserError(f"--at: {exc}") from None
    try:
        lines = receiving.confirm(user, target, codes, at=at).value
    except CustodyError as refused:
        call.err.write("refused, nothing was recorded:\n")
        for problem in refused.problems or [str(refused)]:
            call.err.write(f"  {problem}\n")
        return 1
    verb = "stored at" if target.kind == "location" else "transferred to"
    for line in lines:
        call.out.write(f"{line.code}: {verb} {target.shown}\n")
    if args.receipt is not None:
        from caseapp.services.room_prints import receipt

        pages = _write(app, args.receipt, lambda handle: receipt(app, user, target, lines, at, handle,
                                                                 lang=_language(args)))
        call.out.write(f"{args.receipt}: {pages} page{'s' if pages != 1 else ''}\n")
    return 0


COMMANDS = (
    Command("location", help="storage locations of the evidence room",
            description="Add, change, list storage locations and print their labels (LOC:CODE as Code 128 and "
                        "QR). Adding and changing take a supervisor's or an admin's --user; audited.",
            arguments=_location_arguments, run=cmd_location, with_app=True),
    Command("badge-labels", help="badge labels of accounts as PDF",
            description="Write badge labels (PER:LOGIN as Code 128 and QR, name and badge) of the accounts named, "
                        "or of every active account. Audited.",
            arguments=_badge_arguments, run=cmd_badge_labels, with_app=True),
    Command("receive", help="receive or transfer exhibits by their scanned codes",
            description="Store exhibits at a location or transfer them to a person: one custody event each, all "
                        "in one transaction (any refusal: nothing recorded, every reason listed). Audited.",
            arguments=_receive_arguments, run=cmd_receive, with_app=True),
)
