"""`caseapp-cli disposal`: the disposal workflow from the command line (services/disposal.py).

request (officer or supervisor) -> authorise or refuse (supervisor) -> destroy (the witnessed destruction or
return, every item given as scanned) -> certificate; `list` shows the batches, `yearly` the quantities destroyed
in a year. Each step changes data or prints, so it logs in as --user."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from caseapp import cli_accounts
from caseapp.cli_commands import Call, Command
from caseapp.cli_reports import _lang_argument, _language, _write
from caseapp.core.disposals import STATUS_WORDS, DisposalBatch
from caseapp.core.errors import CaseAppError
from caseapp.services.app import CaseApp
from caseapp.services.disposal import Disposal


def _arguments(p: argparse.ArgumentParser) -> None:
    steps = p.add_subparsers(dest="disposal_command", metavar="ACTION", required=True)
    q = steps.add_parser("request", help="request the disposal of exhibits of a case (a new batch)")
    q.add_argument("case_number", metavar="CASE")
    q.add_argument("exhibits", metavar="EXHIBIT", nargs="+", help="exhibit numbers within the case, e.g. 01 02")
    q.add_argument("--reason", required=True, metavar="TEXT", help="why the exhibits may go")
    q.add_argument("--method", required=True, choices=("destruction", "return"), help="destroy or return them")
    q = steps.add_parser("authorise", help="authorise a requested batch (supervisor)")
    q.add_argument("batch", metavar="BATCH")
    q.add_argument("--legal-basis", required=True, metavar="TEXT", help="the law or order it rests on")
    q.add_argument("--reason", required=True, metavar="TEXT", help="why it is authorised")
    q.add_argument("--hc-authorisation", metavar="NUMBER", default="",
                   help="Health Canada's destruction authorisation (required to destroy a controlled substance)")
    q = steps.add_parser("refuse", help="refuse a requested or authorised batch (supervisor)")
    q.add_argument("batch", metavar="BATCH")
    q.add_argument("--reason", required=True, metavar="TEXT", help="why it is refused")
    q = steps.add_parser("destroy", help="record the witnessed destruction or return of an authorised batch")
    q.add_argument("batch", metavar="BATCH")
    q.add_argument("--witness", action="append", default=[], metavar="NAME", help="a witness (twice: two people)")
    q.add_argument("--method", required=True, metavar="TEXT", help="how: incineration, chemical, returned to owner...")
    q.add_argument("--scanned", action="extend", nargs="+", default=[], metavar="CODE",
                   help="every item's code as scanned (CASE/NN); each item of the batch must be given")
    q.add_argument("--place", metavar="TEXT", default="", help="where it was destroyed or returned")
    q.add_argument("--weight", action="append", default=[], metavar="CODE=AMOUNT",
                   help="the weight destroyed of an item, e.g. CASE/01='12.1 g' (default: its last recorded weight)")
    steps.add_parser("list", help="every batch, newest first, with its state and exhibits")
    q = steps.add_parser("certificate", help="the certificate of destruction or return of a disposed batch, as PDF")
    q.add_argument("batch", metavar="BATCH")
    q.add_argument("--out", metavar="FILE", type=Path, required=True, help="the PDF file to write")
    _lang_argument(q)
    q = steps.add_parser("yearly", help="the quantities destroyed in a year, by substance and method, as PDF")
    q.add_argument("year", metavar="YEAR", type=int)
    q.add_argument("--out", metavar="FILE", type=Path, required=True, help="the PDF file to write")
    _lang_argument(q)


def _weights(given: list[str]) -> dict[str, str]:
    weights: dict[str, str] = {}
    for text in given:
        code, equals, amount = text.partition("=")
        if not equals or not code.strip() or not amount.strip():
            raise CaseAppError(f"--weight {text!r}: give CODE=AMOUNT, e.g. CASE-2026-000001/01='12.1 g'")
        weights[code.strip()] = amount.strip()
    return weights


def _describe(batch: DisposalBatch, out: TextIO) -> None:
    out.write(f"{batch.batch}  {batch.method:<11} {STATUS_WORDS[batch.status]:<22} requested by "
              f"{batch.requested.actor} {batch.requested.at}")
    if batch.authorised:
        out.write(f"; authorised by {batch.authorised.actor} {batch.authorised.at}")
    if batch.refused:
        out.write(f"; refused by {batch.refused.actor} {batch.refused.at}: {batch.refused.reason}")
    if batch.disposed:
        out.write(f"; disposed of by {batch.disposed.actor} {batch.disposed.at} ({batch.means}), witnesses "
                  f"{', '.join(batch.witnesses)}")
    out.write("\n")
    for item in batch.items:
        out.write(f"    {item.code:<24} {item.substance or '-':<24} seal {item.seal_number or '-':<10} "
                  f"{item.weight or '-'}\n")


def cmd_disposal(call: Call) -> int:
    args, app, out = call.args, call.opened, call.out
    step = args.disposal_command
    if step == "list":
        batches = app.service(Disposal).batches()
        if not batches:
            out.write("no disposal batches\n")
        for batch in batches:
            _describe(batch, out)
        return 0
    if step in ("certificate", "yearly"):
        return _print(call, app)
    user = cli_accounts.login(app, args)
    disposal = app.service(Disposal)
    if step == "request":
        batch = disposal.request(user, [(args.case_number, n) for n in args.exhibits], reason=args.reason,
                                 method=args.method).value
    elif step == "authorise":
        batch = disposal.authorise(user, args.batch, legal_basis=args.legal_basis, reason=args.reason,
                                   authorisation=args.hc_authorisation).value
    elif step == "refuse":
        batch = disposal.refuse(user, args.batch, reason=args.reason).value
    else:
        batch = disposal.destroy(user, args.batch, witnesses=args.witness, means=args.method, scanned=args.scanned,
                                 place=args.place, weights=_weights(args.weight)).value
    _describe(batch, out)
    return 0


def _print(call: Call, app: CaseApp) -> int:
    from caseapp.services.disposal_papers import certificate, yearly_report

    args = call.args
    user = cli_accounts.login(app, args, "printing is audited (who printed what)")
    if args.disposal_command == "certificate":
        pages = _write(app, args.out, lambda handle: certificate(app, user, args.batch, handle,
                                                                 lang=_language(args)))
    else:
        pages = _write(app, args.out, lambda handle: yearly_report(app, user, args.year, handle,
                                                                   lang=_language(args)))
    call.out.write(f"{args.out}: {pages} page{'s' if pages != 1 else ''}\n")
    return 0


COMMANDS = (
    Command("disposal", help="request, authorise and record the disposal of exhibits; certificates",
            description="The disposal workflow: request (officer) -> authorise or refuse (supervisor, with the "
                        "legal basis and Health Canada's destruction authorisation for a controlled substance) -> "
                        "destroy (two witnesses, every item scanned) -> certificate; list the batches; the yearly "
                        "report of quantities destroyed.",
            arguments=_arguments, run=cmd_disposal, with_app=True),
)
