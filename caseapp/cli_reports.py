"""`caseapp-cli report`, `labels` and `summary`: the printed reports as PDF files. Printing is audited,
so these log in like the commands that change data (`--user`, password from CASEAPP_PASSWORD)."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path
from typing import Any, TextIO

from caseapp import cli_accounts
from caseapp.cli_search import UserError, add_filter_arguments, query_from_args
from caseapp.services.app import CaseApp
from caseapp.services.guard import check_output
from caseapp.store.contract import UnknownFilter

COMMANDS = ("report", "labels", "summary")


def add_commands(commands: Any) -> None:
    p = commands.add_parser("report", help="the case incident report as PDF",
                            description="Write the case incident report (PDF): every field, exhibits, custody, "
                            "attachments, audit summary and signature blocks. Audited.")
    p.add_argument("case_number", metavar="CASE")
    p.add_argument("--out", metavar="FILE", type=Path, required=True, help="the PDF file to write")

    p = commands.add_parser("labels", help="exhibit labels as PDF",
                            description="Write one label per exhibit of a case (PDF): on an A4 label sheet, "
                            "or one label per page with --single. Audited.")
    p.add_argument("case_number", metavar="CASE")
    p.add_argument("--out", metavar="FILE", type=Path, required=True, help="the PDF file to write")
    p.add_argument("--single", action="store_true", help="one label per page (a label printer) instead of a sheet")

    p = commands.add_parser("summary", help="a period summary of seizures as PDF",
                            description="Write a summary (PDF) of the seizures a search matches: by group and "
                            "substance, monthly trend, origin, transport and concealment, the largest. Takes "
                            "every filter of 'search'. Audited.")
    add_filter_arguments(p)
    p.add_argument("--title", metavar="TEXT", help="the report's title")
    p.add_argument("--out", metavar="FILE", type=Path, required=True, help="the PDF file to write")


def _write(app: CaseApp, path: Path, write: Any) -> int:
    """Write the PDF next to its destination and move it into place, so a failure leaves no half file."""
    check_output(path, app.path, what="the PDF")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"cannot write {path}: the folder {folder} does not exist")
    try:
        handle, temporary = tempfile.mkstemp(prefix=".caseapp-", suffix=".pdf", dir=folder)
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror}") from None
    try:
        with os.fdopen(handle, "wb") as out:
            pages = write(out)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return int(pages)


def run(args: argparse.Namespace, app: CaseApp, out: TextIO) -> int:
    user = cli_accounts.login(app, args, "printing is audited (who printed what)")
    if args.command in ("report", "labels"):
        from caseapp.services import reports
    if args.command == "report":
        pages = _write(app, args.out, lambda handle: reports.case_report(app, user, args.case_number, handle))
    elif args.command == "labels":
        pages = _write(app, args.out, lambda handle: reports.labels(app, user, args.case_number, handle,
                                                               sheet=not args.single))
    else:
        from caseapp.services import summary

        query = query_from_args(args)
        try:
            pages = _write(app, args.out, lambda handle: summary.summary_report(app, user, query, handle,
                                                                           title=args.title))
        except UnknownFilter as exc:
            raise UserError(str(exc)) from None
    out.write(f"{args.out}: {pages} page{'s' if pages != 1 else ''}\n")
    return 0
