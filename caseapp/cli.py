"""caseapp-cli: the command line, a thin layer over caseapp.services.

Exit status: 0 success; 1 a user error, printed as one line on stderr; 2 a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from caseapp import (
    __version__,
    cli_accounts,
    cli_backup,
    cli_bundle,
    cli_disposal,
    cli_inventory,
    cli_lab,
    cli_numbers,
    cli_queues,
    cli_reports,
    cli_scan,
    cli_search,
)
from caseapp.cli_commands import Call, Command, HelpFormatter, by_name, open_database
from caseapp.cli_search import UserError
from caseapp.cli_text import TerminalSafe, raw_stream
from caseapp.core import vocab
from caseapp.core.countries import country_name
from caseapp.core.errors import CaseAppError
from caseapp.core.progress import TimeLeft
from caseapp.core.text import counted, noun, one_line
from caseapp.core.units import format_kg, quantity_text
from caseapp.io.records import ProgressCallback, case_to_dict
from caseapp.services.app import CaseApp, database_errors
from caseapp.services.auth import Accounts
from caseapp.services.guard import check_output
from caseapp.services.settings import update_agency_settings
from caseapp.services.transfer import FORMATS, ImportReport, export_cases, import_file
from caseapp.services.workflow import Workflow

PROBLEMS_SHOWN = 50
PROGRESS_EVERY_S = 5.0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="caseapp-cli", description="Drug seizure case tracking from the command line.",
        formatter_class=HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"caseapp {__version__}")
    parser.add_argument("--db", metavar="PATH|URL",
                        help="database file or postgresql://[user@]host[:port]/database (default: $CASEAPP_DB, else "
                             "caseapp.sqlite3 in the user data folder)")
    parser.add_argument("--user", metavar="NAME", help="who you are, for commands that change data (password from "
                                                      "CASEAPP_PASSWORD or a prompt)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in COMMANDS:
        command.add_to(commands)
    return parser


def _init_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--agency", metavar="CODE", help="agency code used in generated case numbers (CODE-YYYY-NNNNNN)")
    p.add_argument("--timezone", metavar="ZONE", help="the agency's IANA time zone, e.g. America/Toronto")
    p.add_argument("--admin", metavar="NAME", help="create the first admin (password from CASEAPP_NEW_PASSWORD "
                                                  "or a prompt)")
    p.add_argument("--display-name", metavar="TEXT", help="the first admin's full name")
    p.add_argument("--badge", metavar="NUMBER", help="the first admin's badge number")


def _import_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument("--format", choices=FORMATS, help="file format (default: from the extension; a .csv "
                                                      "whose header is the IDS header is read as IDS)")
    p.add_argument("--skip-invalid", action="store_true", help="write the valid records, list the rejected ones")
    p.add_argument("--rejects", metavar="FILE", type=Path, help="write rejected records' problems to this CSV file")
    p.add_argument("--dry-run", action="store_true", help="validate and report only; write nothing")
    p.add_argument("--encoding", default="utf-8", help="text encoding of CSV/IDS files (default utf-8; e.g. cp1252)")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")


def _export_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=FORMATS, default="json", help="file format (default json)")
    p.add_argument("--out", metavar="FILE", type=Path, help="output file (default: standard output)")


def _show_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("case_number", metavar="CASE")
    p.add_argument("--format", choices=("text", "json"), default="text")


def _open(args: argparse.Namespace) -> CaseApp:
    return open_database(args)


def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    app = _open(args)
    try:
        if (args.agency or args.timezone) and app.service(Accounts).has_users():
            # after set-up the settings are an admin's: the service checks the account's current role
            user = cli_accounts.login(app, args, "changing the agency settings needs a signed-in admin")
            app.initialise(actor=user.login)
            update_agency_settings(app, user, code=args.agency, timezone=args.timezone)
        else:
            app.initialise(agency_code=args.agency, timezone=args.timezone, actor=args.admin)
        if args.admin:
            cli_accounts.create_first_admin(app, args, out)
        out.write(f"database ready: {app.location}\n")
    finally:
        app.close()
    return 0


def _progress(err: TextIO) -> ProgressCallback:
    """Progress on stderr: one updating line on a terminal, else a line every few seconds (logs)."""
    terminal = err.isatty()
    last = [time.monotonic()]
    shown = [False]
    left = TimeLeft()

    def report(records: int, done: int, total: int) -> None:
        now = time.monotonic()
        if not terminal and now - last[0] < PROGRESS_EVERY_S and not (done >= total and shown[0]):
            return
        shown[0] = True
        last[0] = now
        estimate = left.text(done, total) if done < total else ""
        percent = f" ({100 * done // total}%{', ' + estimate if estimate else ''})" if total else ""
        # padded: a shorter line must cover the longer one it replaces on a terminal
        err.write(f"{chr(13) if terminal else ''}read {records:,} records{percent}".ljust(60 if terminal else 0)
                  + ("" if terminal else chr(10)))
        err.flush()
    return report


def cmd_import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    app = _open(args)
    try:
        flow = app.service(Workflow)
        user = flow.require("import", cli_accounts.login(app, args, "importing changes data"), None)
        reviewed = flow.allowed(user, None, only=("import_reviewed",)).may("import_reviewed")
        progress = None if args.quiet else _progress(raw_stream(err))  # its carriage returns are ours
        report = import_file(app, args.file, fmt=args.format, actor=user.login, skip_invalid=args.skip_invalid,
                             dry_run=args.dry_run, encoding=args.encoding, progress=progress,
                             rejects=args.rejects, reviewed_allowed=reviewed).value
    finally:
        app.close()
    if progress and err.isatty():
        err.write("\n")
    _print_report(report, out, err)
    if report.errors and not args.skip_invalid:
        return 1
    return 0


def _print_report(report: ImportReport, out: TextIO, err: TextIO) -> None:
    problems = report.errors + report.warnings
    for problem in problems[:PROBLEMS_SHOWN]:
        err.write(f"{report.path}: {problem}\n")
    total = report.error_count + report.warning_count
    if total > PROBLEMS_SHOWN:
        more = total - PROBLEMS_SHOWN
        err.write(f"... and {more} more {noun(more, 'problem')} (use --rejects FILE to list every rejected record)\n")
    summary = (f"{counted(report.records, 'record', grouped=False)} read, "
               f"{counted(report.error_count, 'error', grouped=False)}, "
               f"{report.warnings_text()}; ")
    if report.dry_run:
        verdict = f"dry run: {report.imported} would be imported, {report.rejected} rejected; nothing written"
    elif report.committed:
        verdict = (f"imported {counted(report.imported, 'case', grouped=False)} "
                   f"({counted(report.exhibits, 'exhibit', grouped=False)}), rejected {report.rejected}")
    else:
        verdict = "nothing imported (fix the errors, or use --skip-invalid)"
    (out if report.committed or report.dry_run else err).write(summary + verdict + "\n")


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    app = _open(args)
    try:
        args.user = cli_accounts.login(app, args, "exports are audited (who exported what)").login
        if args.out is None:
            count = export_cases(app, out, fmt=args.format, actor=args.user, target="stdout")
        else:
            tmp = args.out.with_name(args.out.name + ".part")
            check_output(args.out, app.path, what="the export")
            check_output(tmp, app.path, what="the export's temporary file")
            try:
                with tmp.open("w", encoding="utf-8", newline="") as handle:
                    count = export_cases(app, handle, fmt=args.format, actor=args.user, target=str(args.out))
                tmp.replace(args.out)
            except OSError as exc:
                tmp.unlink(missing_ok=True)
                raise UserError(f"cannot write {args.out}: {exc.strerror}") from None
            sys.stderr.write(f"exported {counted(count, 'case', grouped=False)} to {args.out}\n")
    finally:
        app.close()
    return 0


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    app = _open(args)
    try:
        case = app.get_case(args.case_number)
    finally:
        app.close()
    if args.format == "json":
        json.dump(case_to_dict(case), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    loc = case.location
    fields = [
        ("Case", case.case_number), ("Status", vocab.CASE_STATUS.label(case.status)),
        ("Occurred", case.occurred_at), ("Recorded", case.recorded_at), ("Agency", case.agency),
        ("Unit", case.unit), ("Officers", ", ".join(case.officers)),
        ("Place", ", ".join(filter(None, (loc.name, loc.address, loc.city, loc.region, country_name(loc.country))))),
        ("Place type", vocab.PLACE_TYPE.label(loc.place_type)),
        ("Coordinates", f"{loc.lat}, {loc.lon}" if loc.lat is not None else ""),
        ("Detection", vocab.DETECTION.label(case.detection)), ("Transport", vocab.TRANSPORT.label(case.transport)),
        ("Conveyance", case.conveyance),
        ("Concealment", " - ".join(filter(None, (vocab.CONCEALMENT.label(case.concealment), case.concealment_text)))),
        ("Routing", vocab.ROUTING.label(case.routing)),
        ("Route", " -> ".join(filter(None, [country_name(case.origin_country), country_name(case.departure_country),
                                             *(country_name(c) for c in case.transit_countries),
                                             country_name(case.destination_country)]))),
    ]
    for label, value in fields:
        if value:
            out.write(f"{label + ':':<13}{_shown(value)}\n")
    for person in case.persons:
        details = ", ".join(filter(None, (person.date_of_birth, country_name(person.nationality))))
        out.write(f"{'Person:':<13}{vocab.PERSON_ROLE.label(person.role)}: {_shown(person.name)}"
                  f"{f' ({_shown(details)})' if details else ''}\n")
    if case.narrative:
        lines = case.narrative.replace("\r\n", "\n").split("\n")
        out.write("Narrative:\n" + "".join(f"  {_shown(line)}\n" for line in lines))
    out.write(f"Exhibits ({len(case.exhibits)}):\n")
    for e in case.exhibits:
        q = e.quantity
        if q is None:
            quantity = "no quantity"
        elif q.value is None:
            quantity = "unknown quantity"
        else:
            quantity = f"{'~' if q.approximate else ''}{quantity_text(q.value, q.unit)}"
        if e.count is not None and e.count.value is not None:
            quantity += f" ({quantity_text(e.count.value, e.count.unit)})"
        kg = format_kg(e.kg_mg, e.kg_estimate)
        parts = [vocab.EXHIBIT_KIND.label(e.kind), e.substance or "substance not named",
                 vocab.FORM.label(e.form), quantity, f"= {kg}" if kg else "", "HAZARD" if e.hazard_flag else ""]
        out.write(f"  {e.number}  " + _shown("  ".join(p for p in parts if p)) + "\n")
        if e.lab is not None and (e.lab.substance or e.lab.purity_percent is not None):
            purity = f" {e.lab.purity_percent}%" if e.lab.purity_percent is not None else ""
            out.write(_shown(f"      lab: {e.lab.substance or ''}{purity} {e.lab.lab} {e.lab.certificate}".rstrip())
                      + "\n")
        if e.description:
            out.write(f"      {_shown(e.description)}\n")
    return 0


def _shown(value: object) -> str:
    """A stored value on one terminal line: control characters (a newline that would forge a line, an
    escape sequence) and format characters (U+202E) shown escaped; nothing cut."""
    return one_line(value, limit=sys.maxsize)


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = TerminalSafe(err or sys.stderr)  # messages quote user data: no raw control or bidi characters
    parser = build_parser()
    args = parser.parse_args(argv)
    command = COMMANDS_BY_NAME[args.command]
    if not command.writes_data(args):
        out = TerminalSafe(out)  # every output but the data files written to standard output
    try:
        with database_errors():  # a driver error outside a transaction (a damaged page read) is ours too
            return _run(command, Call(args, out, err))
    except CaseAppError as exc:  # the store's errors too (DatabaseBusy, DiskFull, DatabaseError)
        err.write(f"caseapp-cli: {exc}\n")
        return 1
    except KeyboardInterrupt:
        err.write("caseapp-cli: interrupted; nothing was written by the unfinished command\n")
        return 1
    except BrokenPipeError:
        return 0


def _run(command: Command, call: Call) -> int:
    if not command.with_app:
        return command.run(call)
    call.app = _open(call.args)
    try:
        return command.run(call)
    finally:
        call.app.close()


COMMANDS: tuple[Command, ...] = (
    Command("init", help="create the database (or check an existing one)",
            description="Create the database (a file, or the schema in an empty server database) and its first "
                        "admin, or migrate an existing one.",
            arguments=_init_arguments, run=lambda call: cmd_init(call.args, call.out)),
    Command("import", help="import cases from a JSON, CSV or UNODC IDS file",
            description="Import a file. All-or-nothing unless --skip-invalid: one invalid record and nothing is "
                        "written; every problem is listed.",
            arguments=_import_arguments, run=lambda call: cmd_import(call.args, call.out, call.err)),
    Command("export", help="export every case", description="Export every case, every field.",
            arguments=_export_arguments, run=lambda call: cmd_export(call.args, call.out),
            writes_data=lambda args: True),
    *cli_search.COMMANDS,
    Command("show", help="show one case", description="Show one case with its exhibits.",
            arguments=_show_arguments, run=lambda call: cmd_show(call.args, call.out)),
    *cli_accounts.COMMANDS,
    *cli_reports.COMMANDS,
    *cli_backup.COMMANDS,
    *cli_inventory.COMMANDS,
    *cli_bundle.COMMANDS,
    *cli_disposal.COMMANDS,
    *cli_lab.COMMANDS,
    *cli_queues.COMMANDS,
    *cli_numbers.COMMANDS,
    *cli_scan.COMMANDS,
)
COMMANDS_BY_NAME = by_name(COMMANDS)


if __name__ == "__main__":
    sys.exit(main())
