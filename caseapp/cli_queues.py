"""caseapp-cli queue: the work queues with their counts, or one queue's rows, for the signed-in --user."""

from __future__ import annotations

import argparse
from typing import TextIO

from caseapp.cli_accounts import login
from caseapp.cli_commands import Command
from caseapp.core import queues as q
from caseapp.services.app import CaseApp
from caseapp.services.queues import ROW_LIMIT, Queues


def _queue_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("name", metavar="NAME", nargs="?",
                   help=f"one queue's rows: {', '.join(q.QUEUES)} (without NAME: every queue with its count)")
    # also after the command (caseapp-cli queue --user olga); SUPPRESS keeps a --user given before it
    p.add_argument("--user", metavar="LOGIN", default=argparse.SUPPRESS,
                   help="whose queues (password from CASEAPP_PASSWORD or a prompt)")


def _days(row: q.QueueRow) -> str:
    if row.days is None:
        return ""
    return f"{row.days:+d} d"


def cmd_queue(args: argparse.Namespace, app: CaseApp, out: TextIO) -> int:
    user = login(app, args, "the queues are a user's work")
    queues = app.service(Queues)
    if not args.name:
        for count in queues.counts(user):
            out.write(f"{count.name:<16} {count.count:>6}  {q.QUEUES[count.name]}\n")
        return 0
    rows = queues.rows(user, args.name.strip())
    for row in rows:
        exhibit = f"{row.case_number}/{row.exhibit_number}" if row.exhibit_number else row.case_number
        mark = "!" if row.urgent else " "
        out.write(f"{mark} {exhibit:<22} {row.date:<10} {_days(row):>8}  {row.what:<14} {row.detail}\n".rstrip()
                  + "\n")
    shown = f" (the first {ROW_LIMIT})" if len(rows) >= ROW_LIMIT else ""
    out.write(f"{len(rows)} in {args.name.strip()}{shown}; ! near or past its date\n")
    return 0


COMMANDS = (
    Command("queue", help="list the work queues with their counts, or one queue's rows",
            description="Without NAME: every work queue of --user with its count (my drafts, returned to me, "
                        "awaiting my review for supervisors, checked out past due, at the lab without a result, "
                        "legal deadlines, due for disposal review, cases with discrepancies). With NAME: that "
                        "queue's rows, '!' marking a date near or past.",
            arguments=_queue_arguments, run=lambda call: cmd_queue(call.args, call.opened, call.out),
            with_app=True),
)
