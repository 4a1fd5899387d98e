"""`caseapp-cli report`, `labels` and `summary`: the printed reports as PDF files. Printing is audited,
so these log in like the commands that change data (`--user`, password from CASEAPP_PASSWORD).

`--lang en|fr` chooses the language of the paper (default: the system locale's, as the window's); the command
line's own messages stay English. `labels --bilingual` prints both languages on each label."""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from caseapp import cli_accounts
from caseapp.cli_commands import Call, Command
from caseapp.cli_search import UserError, add_filter_arguments, query_from_args
from caseapp.core.i18n import LANGUAGES, system_language
from caseapp.services.app import CaseApp
from caseapp.services.auth import User
from caseapp.services.guard import check_output
from caseapp.store.contract import UnknownFilter


def _lang_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=tuple(LANGUAGES), default=None,
                   help="the language of the report: en (English) or fr (French); default: the system locale's")


def _case_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("case_number", metavar="CASE")
    p.add_argument("--out", metavar="FILE", type=Path, required=True, help="the PDF file to write")
    _lang_argument(p)


def _labels_arguments(p: argparse.ArgumentParser) -> None:
    _case_arguments(p)
    p.add_argument("--single", action="store_true", help="one label per page (a label printer) instead of a sheet")
    p.add_argument("--bilingual", action="store_true",
                   help="each label in both languages, the one of --lang first")


def _summary_arguments(p: argparse.ArgumentParser) -> None:
    add_filter_arguments(p)
    p.add_argument("--title", metavar="TEXT", help="the report's title")
    p.add_argument("--out", metavar="FILE", type=Path, required=True, help="the PDF file to write")
    _lang_argument(p)


def _language(args: argparse.Namespace) -> str:
    return str(args.lang or system_language())


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


def _print(call: Call, writer: Callable[[CaseApp, User], Callable[[BinaryIO], int]]) -> int:
    """Log in (printing is audited), then write the PDF `writer` gives for the user and say how many pages."""
    app, args = call.opened, call.args
    user = cli_accounts.login(app, args, "printing is audited (who printed what)")
    write = writer(app, user)
    try:
        pages = _write(app, args.out, write)
    except UnknownFilter as exc:
        raise UserError(str(exc)) from None
    call.out.write(f"{args.out}: {pages} page{'s' if pages != 1 else ''}\n")
    return 0


def cmd_report(call: Call) -> int:
    def writer(app: CaseApp, user: User) -> Callable[[BinaryIO], int]:
        from caseapp.services import reports

        return lambda handle: reports.case_report(app, user, call.args.case_number, handle,
                                                  lang=_language(call.args))

    return _print(call, writer)


def cmd_labels(call: Call) -> int:
    def writer(app: CaseApp, user: User) -> Callable[[BinaryIO], int]:
        from caseapp.services import reports

        return lambda handle: reports.labels(app, user, call.args.case_number, handle, sheet=not call.args.single,
                                             lang=_language(call.args), bilingual=call.args.bilingual)

    return _print(call, writer)


def cmd_summary(call: Call) -> int:
    def writer(app: CaseApp, user: User) -> Callable[[BinaryIO], int]:
        from caseapp.services import summary

        query = query_from_args(call.args)
        return lambda handle: summary.summary_report(app, user, query, handle, title=call.args.title,
                                                     lang=_language(call.args))

    return _print(call, writer)


COMMANDS = (
    Command("report", help="the case incident report as PDF",
            description="Write the case incident report (PDF): every field, exhibits, custody, attachments, audit "
                        "summary and signature blocks. Audited.",
            arguments=_case_arguments, run=cmd_report, with_app=True),
    Command("labels", help="exhibit labels as PDF",
            description="Write one label per exhibit of a case (PDF): on an A4 label sheet, or one label per page "
                        "with --single. Audited.",
            arguments=_labels_arguments, run=cmd_labels, with_app=True),
    Command("summary", help="a period summary of seizures as PDF",
            description="Write a summary (PDF) of the seizures a search matches: by group and substance, monthly "
                        "trend, origin, transport and concealment, the largest. Takes every filter of 'search'. "
                        "Audited.",
            arguments=_summary_arguments, run=cmd_summary, with_app=True),
)
