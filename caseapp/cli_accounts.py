"""caseapp-cli commands for accounts, the workflow, custody and verification, and the login that every
data-changing command goes through (--user NAME; the password from CASEAPP_PASSWORD or a prompt)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TextIO

from caseapp.core.errors import CaseAppError
from caseapp.services.app import CaseApp
from caseapp.services.auth import Accounts, AuthError, Role, User
from caseapp.services.workflow import Workflow
from caseapp.store.verify import verify_database

PASSWORD_ENV = "CASEAPP_PASSWORD"
NEW_PASSWORD_ENV = "CASEAPP_NEW_PASSWORD"
EXIT_TAMPERED = 3


def _secret(env: str, prompt: str, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise AuthError(f"no password: set {env} or run in a terminal to be asked")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("again: ") != first:
        raise AuthError("the two passwords differ")
    return first


def login(app: CaseApp, args: argparse.Namespace) -> User:
    """The authenticated --user, for a command that changes data."""
    accounts = Accounts(app)
    if not accounts.has_users():
        raise AuthError("no users yet: create the first admin with 'caseapp-cli init --admin NAME'")
    if not args.user:
        raise AuthError("this command changes data: give --user NAME (password from CASEAPP_PASSWORD or a prompt)")
    return accounts.authenticate(args.user, _secret(PASSWORD_ENV, f"password for {args.user}: "))


def create_first_admin(app: CaseApp, args: argparse.Namespace, out: TextIO) -> None:
    accounts = Accounts(app)
    password = _secret(NEW_PASSWORD_ENV, f"new password for {args.admin}: ", confirm=True)
    user = accounts.create_first_admin(args.admin, password, display_name=args.display_name or "",
                                       badge=args.badge or "")
    out.write(f"first admin created: {user.login}\n")


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = commands.add_parser("user", help="manage users (admin)", description="Manage user accounts.")
    users = p.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    q = users.add_parser("add", help="add a user (new password from CASEAPP_NEW_PASSWORD or a prompt)")
    q.add_argument("name", metavar="NAME")
    q.add_argument("--role", required=True, choices=[r.value for r in Role])
    q.add_argument("--display-name", metavar="TEXT", help="full name as printed on reports")
    q.add_argument("--badge", metavar="NUMBER", help="badge number")
    users.add_parser("list", help="list users")
    q = users.add_parser("deactivate", help="deactivate a user (users are never deleted)")
    q.add_argument("name", metavar="NAME")
    q = users.add_parser("passwd", help="set a user's password (from CASEAPP_NEW_PASSWORD or a prompt)")
    q.add_argument("name", metavar="NAME")

    for name, text in (("submit", "submit a draft or returned case for approval"),
                       ("approve", "approve a submitted case (supervisor)")):
        q = commands.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".")
        q.add_argument("case_number", metavar="CASE")
    q = commands.add_parser("return", help="return a submitted case to its officer (supervisor)",
                            description="Return a submitted case with the reason.")
    q.add_argument("case_number", metavar="CASE")
    q.add_argument("--reason", required=True, metavar="TEXT", help="what must change")

    q = commands.add_parser("verify", help="check the database and its audit trail",
                            description="Recompute the audit chain, check every audited row against it, run "
                                        "SQLite's integrity and foreign-key checks. Exit 0 intact, 3 tampered.")
    q.add_argument("--anchor", metavar="HASH",
                   help="a chain hash printed earlier (on a report or with a backup) that must still be there")


def cmd_user(args: argparse.Namespace, app: CaseApp, out: TextIO) -> int:
    accounts = Accounts(app)
    actor = login(app, args)
    if args.user_command == "add":
        password = _secret(NEW_PASSWORD_ENV, f"new password for {args.name}: ", confirm=True)
        user = accounts.add_user(actor, args.name, password, role=args.role, display_name=args.display_name or "",
                                 badge=args.badge or "")
        out.write(f"added {user.login} ({user.role})\n")
    elif args.user_command == "list":
        for record in accounts.list_users(actor):
            state = "active" if record.active else "deactivated"
            if record.locked_until:
                state += f", locked until {record.locked_until[:16]}"
            out.write(f"{record.login:<16} {record.role:<11} {record.badge:<10} {record.display_name} ({state})\n")
    elif args.user_command == "deactivate":
        accounts.deactivate(actor, args.name)
        out.write(f"deactivated {args.name}\n")
    elif args.user_command == "passwd":
        accounts.change_password(actor, args.name, _secret(NEW_PASSWORD_ENV, f"new password for {args.name}: ",
                                                           confirm=True))
        out.write(f"password changed for {args.name}\n")
    return 0


def cmd_workflow(args: argparse.Namespace, app: CaseApp, out: TextIO) -> int:
    user = login(app, args)
    flow = Workflow(app)
    if args.command == "submit":
        case = flow.submit(user, args.case_number)
    elif args.command == "approve":
        case = flow.approve(user, args.case_number)
    else:
        case = flow.return_case(user, args.case_number, args.reason)
    out.write(f"{case.case_number}: {case.status}\n")
    return 0


def cmd_verify(args: argparse.Namespace, app: CaseApp, out: TextIO, err: TextIO) -> int:
    report = verify_database(app.db)
    if args.anchor:
        anchor = args.anchor.strip().lower()
        known = app.db.execute("SELECT id FROM audit_log WHERE hash = ?", [anchor]).fetchone()
        if known is None:
            report.fail(f"the anchor hash {anchor[:16]}... is not in the audit chain: entries were removed or "
                        "the chain was rewritten")
    if report.ok:
        out.write(f"intact: {report.entries} audit entries, {report.rows_checked} rows checked; "
                  f"latest chain hash {report.latest_hash}\n")
        return 0
    where = f" (first bad audit entry: {report.first_bad_entry})" if report.first_bad_entry else ""
    err.write(f"caseapp-cli: TAMPERED or corrupt{where}: {report.problems[0]}\n")
    for problem in report.problems[1:]:
        err.write(f"  also: {problem}\n")
    return EXIT_TAMPERED


__all__ = ["add_commands", "cmd_user", "cmd_workflow", "cmd_verify", "login", "create_first_admin",
           "CaseAppError"]
