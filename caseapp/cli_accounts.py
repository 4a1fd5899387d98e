"""caseapp-cli commands for accounts, the workflow, custody and verification, and the login that every
data-changing command goes through (--user NAME; the password from CASEAPP_PASSWORD or a prompt)."""

from __future__ import annotations

import argparse
from typing import TextIO

from caseapp.cli_commands import Command
from caseapp.cli_passwords import NEW_PASSWORD_ENV, PASSWORD_ENV, secret
from caseapp.core.custody import WORKFLOW_EVENTS
from caseapp.core.errors import CaseAppError
from caseapp.core.text import counted
from caseapp.services.app import CaseApp
from caseapp.services.auth import Accounts, AuthError, Role, User
from caseapp.services.custody import Custody
from caseapp.services.workflow import Workflow

EXIT_TAMPERED = 3
_secret = secret


def login(app: CaseApp, args: argparse.Namespace, why: str = "this command changes data") -> User:
    """The authenticated --user, for a command that changes data, is audited or is an admin's; `why` says
    which, in the message that asks for --user."""
    accounts = app.service(Accounts)
    if not accounts.has_users():
        raise AuthError("no users yet: create the first admin with 'caseapp-cli init --admin NAME'")
    if not args.user:
        raise AuthError(f"{why}: give --user NAME (password from CASEAPP_PASSWORD or a prompt)")
    return accounts.authenticate(args.user, _password(args))


def login_for_a_copy(app: CaseApp, args: argparse.Namespace, why: str) -> tuple[User, bool]:
    """As login, for a command that only reads the database: (the user, whether the login entry was written;
    not when the disk holding the database is full, see Accounts.sign_in_for_a_copy)."""
    accounts = app.service(Accounts)
    if not accounts.has_users():
        raise AuthError("no users yet: create the first admin with 'caseapp-cli init --admin NAME'")
    if not args.user:
        raise AuthError(f"{why}: give --user NAME (password from CASEAPP_PASSWORD or a prompt)")
    return accounts.sign_in_for_a_copy(args.user, _password(args))


def _password(args: argparse.Namespace) -> str:
    """--user's password: the one the server connection was signed in with (cli_commands), else asked."""
    given = getattr(args, "signed_in_password", None)
    return given if given is not None else _secret(PASSWORD_ENV, f"password for {args.user}: ")


def create_first_admin(app: CaseApp, args: argparse.Namespace, out: TextIO) -> None:
    accounts = app.service(Accounts)
    password = _secret(NEW_PASSWORD_ENV, f"new password for {args.admin}: ", confirm=True)
    user = accounts.create_first_admin(args.admin, password, display_name=args.display_name or "",
                                       badge=args.badge or "").value
    out.write(f"first admin created: {user.login}\n")


def _user_arguments(p: argparse.ArgumentParser) -> None:
    users = p.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    q = users.add_parser("add", help="add a user (new password from CASEAPP_NEW_PASSWORD or a prompt)")
    q.add_argument("name", metavar="NAME")
    q.add_argument("--role", required=True, choices=[r.value for r in Role])
    q.add_argument("--display-name", metavar="TEXT", help="full name as printed on reports")
    q.add_argument("--badge", metavar="NUMBER", help="badge number")
    users.add_parser("list", help="list users (admin): login, role, badge, name, state")
    q = users.add_parser("deactivate", help="deactivate a user (users are never deleted)")
    q.add_argument("name", metavar="NAME")
    q = users.add_parser("passwd", help="set a user's password (from CASEAPP_NEW_PASSWORD or a prompt)")
    q.add_argument("name", metavar="NAME")
    q = users.add_parser("unlock", help="end a failed-login lock (admin)")
    q.add_argument("name", metavar="NAME")


def _case_argument(q: argparse.ArgumentParser) -> None:
    q.add_argument("case_number", metavar="CASE")


def _return_arguments(q: argparse.ArgumentParser) -> None:
    q.add_argument("case_number", metavar="CASE")
    q.add_argument("--reason", required=True, metavar="TEXT", help="what must change")


def _custody_arguments(q: argparse.ArgumentParser) -> None:
    q.add_argument("case_number", metavar="CASE")
    q.add_argument("exhibit", metavar="EXHIBIT", help="exhibit number within the case, e.g. 01")
    q.add_argument("event", metavar="EVENT", nargs="?",
                   help="seized, sealed, transferred, stored, checked_out, checked_in, sampled, sent_to_lab, "
                        "result_received, reweighed, correction (a disposal: caseapp-cli disposal)")
    q.add_argument("--at", metavar="WHEN", help="when it happened (YYYY-MM-DD HH:MM, agency time); default now")
    q.add_argument("--holder", metavar="WHO", help="who holds the exhibit after the event (person, lab, court)")
    q.add_argument("--from", dest="from_holder", metavar="WHO", help="transferred: who handed it over")
    q.add_argument("--location", metavar="WHERE", help="where it is after the event")
    q.add_argument("--seal", metavar="NUMBER", help="seal number")
    q.add_argument("--purpose", metavar="TEXT", help="checked_out: why")
    q.add_argument("--due", metavar="DATE", help="checked_out: due back (YYYY-MM-DD)")
    q.add_argument("--tracking", metavar="NUMBER", help="courier tracking number")
    q.add_argument("--method", metavar="TEXT", help="disposed: how")
    q.add_argument("--authority", metavar="TEXT", help="disposed: authority or order number")
    q.add_argument("--witness", action="append", default=[], metavar="NAME", help="disposed: a witness (twice)")
    q.add_argument("--weight", metavar="AMOUNT", help="reweighed/disposed: e.g. '12.31 g'")
    q.add_argument("--counted-by", dest="counted_by", action="append", default=[], metavar="NAME",
                   help="who weighed or counted (twice: two people for drugs and cash)")
    q.add_argument("--notes", metavar="TEXT", help="notes; for a correction, the reason")
    q.add_argument("--corrects", metavar="SEQ", type=int, help="correction: the event number it corrects")


def _catalogue_arguments(q: argparse.ArgumentParser) -> None:
    entries = q.add_subparsers(dest="catalogue_command", metavar="ACTION", required=True)
    r = entries.add_parser("show", help="what a name or alias means: group, family, hazard, analogues")
    r.add_argument("name", metavar="NAME")
    r = entries.add_parser("add", help="add a substance (admin); earlier exhibits under its names are re-resolved")
    r.add_argument("name", metavar="NAME")
    r.add_argument("--group", required=True, metavar="GROUP", help="group id or name, e.g. fentanyls")
    r.add_argument("--kind", default="drug", choices=("drug", "precursor", "cutting_agent", "equipment"))
    r.add_argument("--family", metavar="FAMILY", help="analogue family id, e.g. fentanyl, nitazene")
    r.add_argument("--alias", action="append", default=[], metavar="NAME", help="another name (repeatable)")
    r.add_argument("--hazard", action="store_true", help="mark exhibits of it as hazardous")


def _verify_arguments(q: argparse.ArgumentParser) -> None:
    q.add_argument("--anchor", metavar="HASH",
                   help="a chain hash printed earlier (on a report or with a backup) that must still be there")
    q.add_argument("--admin-key", metavar="FINGERPRINT",
                   help="the first admin's key fingerprint printed earlier (on a report or with a backup): the "
                        "root every signature is trusted from")


def cmd_user(args: argparse.Namespace, app: CaseApp, out: TextIO) -> int:
    accounts = app.service(Accounts)
    if args.user_command == "list":
        why = "listing accounts needs a signed-in admin"
    elif args.user_command == "passwd":
        why = "changing a password needs you signed in (your own, or anyone's as an admin)"
    else:
        why = "managing accounts needs a signed-in admin"
    actor = login(app, args, why)
    if args.user_command == "add":
        password = _secret(NEW_PASSWORD_ENV, f"new password for {args.name}: ", confirm=True)
        user = accounts.add_user(actor, args.name, password, role=args.role, display_name=args.display_name or "",
                                 badge=args.badge or "").value
        out.write(f"added {user.login} ({user.role})\n")
    elif args.user_command == "list":
        for record in accounts.list_users(actor):  # never the password hash
            state = "active" if record.active else "deactivated"
            if record.locked and record.locked_until:
                state += f", locked until {record.locked_until[:16].replace('T', ' ')} UTC"
            out.write(f"{record.login:<16} {record.role:<11} {record.badge:<10} {record.display_name} ({state})\n")
    elif args.user_command == "deactivate":
        accounts.deactivate(actor, args.name)
        out.write(f"deactivated {args.name}\n")
    elif args.user_command == "passwd":
        accounts.change_password(actor, args.name, _secret(NEW_PASSWORD_ENV, f"new password for {args.name}: ",
                                                           confirm=True))
        out.write(f"password changed for {args.name}\n")
    elif args.user_command == "unlock":
        accounts.unlock(actor, args.name)
        out.write(f"unlocked {args.name}\n")
    return 0


def cmd_workflow(args: argparse.Namespace, app: CaseApp, out: TextIO) -> int:
    user = login(app, args)
    flow = app.service(Workflow)
    if args.command == "submit":
        case = flow.submit(user, args.case_number).value
    elif args.command == "approve":
        case = flow.approve(user, args.case_number).value
    else:
        case = flow.return_case(user, args.case_number, args.reason).value
    out.write(f"{case.case_number}: {case.status}\n")
    return 0


#: the disposal steps the custody command refuses, with the disposal command that records each
_THROUGH_DISPOSAL = {
    "disposal_requested": "caseapp-cli disposal request CASE EXHIBIT... --reason TEXT --method destruction|return",
    "disposal_authorised": "caseapp-cli disposal authorise BATCH --legal-basis TEXT --reason TEXT",
    "disposal_refused": "caseapp-cli disposal refuse BATCH --reason TEXT",
    "disposed": "caseapp-cli disposal destroy BATCH --witness A --witness B --method TEXT --scanned CODE...",
}


def cmd_custody(args: argparse.Namespace, app: CaseApp, out: TextIO) -> int:
    from caseapp.core.custody import CustodyEvent
    from caseapp.core.dates import parse_occurred

    custody = app.service(Custody)
    if args.event in _THROUGH_DISPOSAL:
        raise CaseAppError(f"{args.event} is recorded through the disposal workflow, not as a custody event: "
                           f"{_THROUGH_DISPOSAL[args.event]}")
    if args.event in WORKFLOW_EVENTS:
        raise CaseAppError(f"{args.event} is recorded by its own workflow, not as a custody event")
    if args.event:
        user = login(app, args)
        try:
            at = parse_occurred(args.at) if args.at else app.local_now().isoformat(timespec="minutes")
        except ValueError as exc:
            raise CaseAppError(f"--at: {exc}") from None
        event = CustodyEvent(
            type=args.event, at=at, actor=user.login, holder=args.holder or "", from_holder=args.from_holder or "",
            location=args.location or "", seal_number=args.seal or "", purpose=args.purpose or "",
            due_date=args.due or "", tracking_number=args.tracking or "", method=args.method or "",
            authority=args.authority or "", witnesses=tuple(args.witness), weight=args.weight or "",
            counted_by=tuple(args.counted_by),
            notes=args.notes or "", corrects=args.corrects,
        )
        state = custody.record(user, args.case_number, args.exhibit, event).value
        out.write(f"recorded {args.event}; now held by {state.holder or 'unknown'} at {state.location or 'unknown'}\n")
        return 0
    events, state = custody.history(args.case_number, args.exhibit)
    if not events:
        out.write("no custody events recorded\n")
        return 0
    for e in events:
        details = [f"{label} {value}" for label, value in (
            ("from", e.from_holder), ("to", e.holder), ("at", e.location), ("seal", e.seal_number),
            ("purpose", e.purpose), ("due", e.due_date), ("tracking", e.tracking_number), ("method", e.method),
            ("authority", e.authority), ("witnesses", ", ".join(e.witnesses)), ("weight", e.weight),
            ("batch", e.batch), ("legal basis", e.legal_basis), ("authorisation", e.authorisation),
            ("reason", e.reason),
            ("counted by", ", ".join(e.counted_by)), ("sample", e.sample_weight),
            ("corrects", e.corrects), ("notes", e.notes)) if value]
        out.write(f"{e.seq:>3}  {e.at:<16}  {e.type:<15} {e.actor:<12} {'; '.join(details)}\n")
    assert state is not None
    flags = [f for f, on in (("checked out", state.checked_out), ("at the lab", state.at_lab),
                             ("disposed", state.disposed)) if on]
    out.write(f"now: held by {state.holder or 'unknown'} at {state.location or 'unknown'}"
              f"{' (' + ', '.join(flags) + ')' if flags else ''}\n")
    return 0


def cmd_catalogue(args: argparse.Namespace, app: CaseApp, out: TextIO) -> int:
    if args.catalogue_command == "add":
        from caseapp.services.catalogue import add_substance

        user = login(app, args, "adding to the catalogue needs a signed-in admin")
        substance, resolved = add_substance(app, user, args.name, group=args.group, kind=args.kind,
                                            family=args.family, aliases=tuple(args.alias), hazard=args.hazard).value
        out.write(f"added {substance.name} ({substance.id}); {resolved} earlier exhibits now point at it\n")
        return 0
    substance = app.catalogue.find(args.name)
    if substance is None:
        raise CaseAppError(f"'{args.name}' is not in the catalogue (it is kept as entered on exhibits)")
    group = app.catalogue.groups[substance.group]
    family = app.catalogue.families.get(substance.family or "")
    out.write(f"{substance.name} ({substance.id})\n  kind: {substance.kind}\n  group: {group.name}\n")
    if substance.aliases:
        out.write(f"  aliases: {', '.join(substance.aliases)}\n")
    if family:
        others = [s.name for s in app.catalogue.family_members(family.id) if s.id != substance.id]
        out.write(f"  family: {family.name} ({len(others)} analogues: {', '.join(others[:12])}"
                  f"{', ...' if len(others) > 12 else ''})\n")
    out.write(f"  hazard: {'yes' if app.catalogue.is_hazard(substance) else 'no'}\n")
    return 0


def cmd_verify(args: argparse.Namespace, app: CaseApp, out: TextIO, err: TextIO) -> int:
    report = app.verify(args.anchor, admin_key=args.admin_key)
    if report.ok:
        key = f"first admin key {report.admin_key}; " if report.admin_key else ""
        out.write(f"intact: {counted(report.entries, 'audit entry', 'audit entries', grouped=False)}, "
                  f"{counted(report.rows_checked, 'row', grouped=False)} checked; "
                  f"{key}latest chain hash {report.latest_hash}\n")
        for note in report.notes:  # what could not be proved: beside the result, not in it
            err.write(f"note: {note}\n")
        return 0
    where = f" (first bad audit entry: {report.first_bad_entry})" if report.first_bad_entry else ""
    err.write(f"caseapp-cli: TAMPERED or corrupt{where}: {report.problems[0]}\n")
    for problem in report.problems[1:]:
        err.write(f"  also: {problem}\n")
    return EXIT_TAMPERED


COMMANDS = (
    Command("user", help="manage users (admin)", description="Manage user accounts.", arguments=_user_arguments,
            run=lambda call: cmd_user(call.args, call.opened, call.out), with_app=True),
    Command("submit", help="submit a draft or returned case for approval",
            description="Submit a draft or returned case for approval.", arguments=_case_argument,
            run=lambda call: cmd_workflow(call.args, call.opened, call.out), with_app=True),
    Command("approve", help="approve a submitted case (supervisor)",
            description="Approve a submitted case (supervisor).", arguments=_case_argument,
            run=lambda call: cmd_workflow(call.args, call.opened, call.out), with_app=True),
    Command("return", help="return a submitted case to its officer (supervisor)",
            description="Return a submitted case with the reason.", arguments=_return_arguments,
            run=lambda call: cmd_workflow(call.args, call.opened, call.out), with_app=True),
    Command("custody", help="list an exhibit's chain of custody, or record an event",
            description="Without EVENT: list the exhibit's custody events and its current holder and location. "
                        "With EVENT: record it (append-only; a correction is a new event pointing at the one it "
                        "corrects).",
            arguments=_custody_arguments, run=lambda call: cmd_custody(call.args, call.opened, call.out),
            with_app=True),
    Command("catalogue", help="look up or add substances",
            description="Look a name up in the substance catalogue, or add the agency's own substance (admin).",
            arguments=_catalogue_arguments, run=lambda call: cmd_catalogue(call.args, call.opened, call.out),
            with_app=True),
    Command("verify", help="check the database and its audit trail",
            description="Recompute the audit chain, check every audited row against it, check each entry's "
                        "signature and the rows its action may change, run SQLite's integrity and foreign-key "
                        "checks. Exit 0 intact, 3 tampered.",
            arguments=_verify_arguments, run=lambda call: cmd_verify(call.args, call.opened, call.out, call.err),
            with_app=True),
)

__all__ = ["COMMANDS", "cmd_user", "cmd_workflow", "cmd_verify", "login", "create_first_admin", "CaseAppError"]
