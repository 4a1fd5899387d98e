"""`caseapp-cli lab-request`, `lab-form` and `lab-result`: sending exhibits to the lab under one request
number (with the request-for-analysis form), printing that form again, and entering the lab's result.
All log in (`--user`): each changes data or prints, and is audited."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from caseapp import cli_accounts
from caseapp.cli_commands import Call, Command
from caseapp.cli_reports import _lang_argument, _language, _write
from caseapp.cli_search import UserError
from caseapp.core.dates import parse_occurred
from caseapp.services.app import CaseApp
from caseapp.services.lab import LabRequests
from caseapp.services.lab_print import lab_form


def _request_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("case_number", metavar="CASE")
    p.add_argument("exhibits", metavar="EXHIBIT", nargs="+", help="exhibit numbers within the case, e.g. 01 02")
    p.add_argument("--lab", required=True, metavar="NAME", help="the laboratory the exhibits go to")
    p.add_argument("--sample", action="append", default=[], metavar="EXHIBIT=WEIGHT",
                   help="the sample weight sent of an exhibit, e.g. 01='2 g' (repeatable)")
    p.add_argument("--tests", metavar="TEXT", default="", help="the analysis asked, e.g. 'identification, purity'")
    p.add_argument("--notes", metavar="TEXT", default="", help="notes for the lab")
    p.add_argument("--at", metavar="WHEN", help="when they were sent (YYYY-MM-DD HH:MM, agency time); default now")
    p.add_argument("--pdf", metavar="FILE.pdf", type=Path, help="also write the request-for-analysis form")
    _lang_argument(p)


def _form_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("request", metavar="REQUEST", help="the request number, e.g. LR-CBSA-2026-000101-1")
    p.add_argument("--pdf", metavar="FILE.pdf", type=Path, required=True, help="the PDF file to write")
    _lang_argument(p)


def _result_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("case_number", metavar="CASE")
    p.add_argument("exhibit", metavar="EXHIBIT")
    p.add_argument("--substance", required=True, metavar="NAME", help="the substance the lab confirmed")
    p.add_argument("--purity", metavar="P", default="", help="purity in percent, 0 to 100")
    p.add_argument("--certificate", metavar="C", default="", help="the lab's certificate number")
    p.add_argument("--lab", metavar="NAME", default="", help="the lab (default: the holder it was sent to)")
    p.add_argument("--weight", metavar="W", default="", help="the weight back from the lab, e.g. '97.9 g'")
    p.add_argument("--counted-by", dest="counted_by", action="append", default=[], metavar="NAME",
                   help="who weighed it (twice: two people for drugs and cash)")
    p.add_argument("--notes", metavar="TEXT", default="")
    p.add_argument("--at", metavar="WHEN", help="when the result came (YYYY-MM-DD HH:MM); default now")


def _at(text: str | None) -> str | None:
    if not text:
        return None
    try:
        return parse_occurred(text)
    except ValueError as exc:
        raise UserError(f"--at: {exc}") from None


def _samples(pairs: list[str]) -> dict[str, str]:
    samples: dict[str, str] = {}
    for pair in pairs:
        exhibit, sep, weight = pair.partition("=")
        if not sep or not exhibit.strip() or not weight.strip():
            raise UserError(f"--sample {pair!r}: write EXHIBIT=WEIGHT, e.g. 01='2 g'")
        if exhibit.strip() in samples:
            raise UserError(f"--sample: exhibit {exhibit.strip()} is given twice")
        samples[exhibit.strip()] = weight.strip()
    return samples


def _form_writer(app: CaseApp, call: Call, number: str) -> Callable[[BinaryIO], int]:
    user = cli_accounts.login(app, call.args)
    return lambda handle: lab_form(app, user, number, handle, lang=_language(call.args))


def cmd_lab_request(call: Call) -> int:
    app, args = call.opened, call.args
    user = cli_accounts.login(app, args)
    samples, at = _samples(args.sample), _at(args.at)
    if args.pdf is not None:
        from caseapp.services.guard import check_output

        check_output(args.pdf, app.path, what="the PDF")  # before anything is recorded
        folder = args.pdf.parent if str(args.pdf.parent) else Path(".")
        if not folder.is_dir():
            raise UserError(f"cannot write {args.pdf}: the folder {folder} does not exist")
    request = app.service(LabRequests).request(user, args.case_number, args.exhibits, lab=args.lab,
                                               samples=samples, tests=args.tests, notes=args.notes, at=at).value
    call.out.write(f"{request.number}: {len(request.items)} exhibit{'s' if len(request.items) != 1 else ''} "
                   f"sent to {request.lab}\n")
    if args.pdf is not None:
        pages = _write(app, args.pdf, lambda handle: lab_form(app, user, request.number, handle,
                                                              lang=_language(args)))
        call.out.write(f"{args.pdf}: {pages} page{'s' if pages != 1 else ''}\n")
    return 0


def cmd_lab_form(call: Call) -> int:
    app, args = call.opened, call.args
    pages = _write(app, args.pdf, _form_writer(app, call, args.request))
    call.out.write(f"{args.pdf}: {pages} page{'s' if pages != 1 else ''}\n")
    return 0


def cmd_lab_result(call: Call) -> int:
    app, args = call.opened, call.args
    user = cli_accounts.login(app, args)
    state = app.service(LabRequests).result(
        user, args.case_number, args.exhibit, substance=args.substance, purity=args.purity,
        certificate=args.certificate, lab=args.lab, weight=args.weight, counted_by=args.counted_by,
        notes=args.notes, at=_at(args.at)).value
    call.out.write(f"result recorded for {args.case_number}/{args.exhibit}: {args.substance.strip()}; now held by "
                   f"{state.holder or 'unknown'}\n")
    return 0


COMMANDS = (
    Command("lab-request", help="send exhibits to the lab under one request number",
            description="Send exhibits of a case to a laboratory: one sent_to_lab custody event each, all or none, "
                        "under a new request number (LR-CASE-N); --pdf also writes the request-for-analysis form.",
            arguments=_request_arguments, run=cmd_lab_request, with_app=True),
    Command("lab-form", help="print a lab request's form again as PDF",
            description="Write the request-for-analysis form (PDF) of a lab request from its recorded events. "
                        "Audited.",
            arguments=_form_arguments, run=cmd_lab_form, with_app=True),
    Command("lab-result", help="enter a lab result for an exhibit",
            description="Record the lab's result for an exhibit at the lab (result_received) and its confirmed "
                        "substance, purity and certificate, used by search and the summary. Drugs and cash "
                        "weighed back name two people with --counted-by.",
            arguments=_result_arguments, run=cmd_lab_result, with_app=True),
)
