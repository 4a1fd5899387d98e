"""caseapp-cli inventory-audit: audit a storage location from the codes scanned on it (as arguments, or one per
line on standard input with `-`, as a scanner or a file of scans gives them), list past audits, print an audit's
report, and list the exhibits audits found missing that no reasoned custody event has accounted for yet.

Exit status: 0 when the audit is recorded, whatever it found (the discrepancies are printed: an audit that finds
an exhibit missing has done its job); 1 when nothing was recorded (a bad location, a refused login)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from caseapp import cli_accounts
from caseapp.cli_commands import Call, Command
from caseapp.cli_reports import _lang_argument, _language, _write
from caseapp.core.errors import CaseAppError
from caseapp.core.inventory import AuditResult, InventoryAudit, ShelfItem, unknown_words, where_words
from caseapp.services.auth import User
from caseapp.services.inventory import InventoryAudits, inventory_report


def _arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("location", metavar="LOCATION", nargs="?",
                   help="the location audited: its code (VAULT-A.3), its scanned label (LOC:VAULT-A.3) or, before "
                        "codes, its free-text name")
    p.add_argument("codes", metavar="CODE", nargs="*",
                   help="the codes scanned there, in order (CASE/NN for an exhibit); '-' reads them from standard "
                        "input, one per line")
    p.add_argument("--started", metavar="WHEN", help="when scanning began (YYYY-MM-DDTHH:MM, agency time); "
                                                     "default now")
    p.add_argument("--pdf", metavar="FILE.pdf", type=Path, help="also write the audit report (PDF) to FILE.pdf")
    p.add_argument("--list", action="store_true", help="list the audits recorded, newest first")
    p.add_argument("--report", metavar="ID", type=int, help="write the report of audit ID (with --pdf FILE)")
    p.add_argument("--missing", action="store_true",
                   help="list the exhibits audits found missing that no custody event with a reason has accounted "
                        "for since")
    _lang_argument(p)


def _item(item: ShelfItem, *, where: bool = False) -> str:
    parts = [item.code, item.substance or "-", f"seal {item.seal_number}" if item.seal_number else "no seal"]
    if where:
        parts.append(f"custody: {where_words(item)}")
    return "  " + " · ".join(parts)


def print_result(result: AuditResult, out: TextIO) -> None:
    for title, items, where in (("found", result.found, False), ("missing", result.missing, False),
                                ("unexpected", result.unexpected, True)):
        out.write(f"{title}: {len(items)}\n")
        for item in items:
            out.write(_item(item, where=where) + "\n")
    out.write(f"unknown: {len(result.unknown)}\n")
    for unknown in result.unknown:
        out.write(f"  {unknown.text} · {unknown_words(unknown.why)}\n")
    if result.duplicates:
        out.write(f"scanned more than once: {', '.join(result.duplicates)}\n")


def _summary(audit: InventoryAudit) -> str:
    r = audit.result
    return (f"{audit.id}\t{audit.location}\t{audit.finished_at}\t{audit.actor}\tfound {len(r.found)}, missing "
            f"{len(r.missing)}, unexpected {len(r.unexpected)}, unknown {len(r.unknown)}")


def _codes(args: argparse.Namespace, stdin: TextIO) -> list[str]:
    if args.codes == ["-"]:
        return [line.rstrip("\r\n") for line in stdin if line.strip()]
    if "-" in args.codes:
        raise CaseAppError("'-' reads every code from standard input: give it alone, without other codes")
    return list(args.codes)


def _write_report(call: Call, audit_id: int, user: User | None = None) -> None:
    """The audit's report to --pdf, printed by `user` (signed in already) or by --user, signed in now."""
    app, args = call.opened, call.args
    user = user or cli_accounts.login(app, args, "printing is audited (who printed what)")
    pages = _write(app, args.pdf, lambda handle: inventory_report(app, user, audit_id, handle,
                                                                  lang=_language(args)))
    call.out.write(f"{args.pdf}: {pages} page{'s' if pages != 1 else ''}\n")


def cmd_inventory_audit(call: Call, stdin: TextIO | None = None) -> int:
    app, args, out = call.opened, call.args, call.out
    audits = app.service(InventoryAudits)
    modes = sum(bool(m) for m in (args.list, args.report is not None, args.missing, args.location))
    if modes != 1:
        raise CaseAppError("give a LOCATION and the codes scanned there, or one of --list, --missing, --report ID")
    if args.list:
        for audit in audits.recent():
            out.write(_summary(audit) + "\n")
        return 0
    if args.missing:
        for missing in audits.unresolved_missing():
            out.write(f"{missing.item.code}\tmissing from {missing.location} since audit {missing.audit_id} "
                      f"({missing.audited_at})\n")
        return 0
    if args.report is not None:
        if args.pdf is None:
            raise CaseAppError("--report ID writes the audit's report: give --pdf FILE.pdf")
        audits.get(args.report)  # an unknown audit is named before a login is asked
        _write_report(call, args.report)
        return 0
    codes = _codes(args, stdin or sys.stdin)
    user = cli_accounts.login(app, args, "an inventory audit is recorded in your name")
    audit = audits.record(user, args.location, codes, started_at=args.started).value
    out.write(f"audit {audit.id} of {audit.location} recorded: {len(codes)} codes scanned\n")
    print_result(audit.result, out)
    if args.pdf is not None:
        _write_report(call, audit.id, user)  # one sign-in for the audit and its print
    return 0


COMMANDS = (
    Command("inventory-audit", help="audit a storage location from scanned codes",
            description="Record an inventory audit of LOCATION from the codes scanned there (arguments, or '-' for "
                        "one per line on standard input) and print what was found, missing, unexpected and unknown; "
                        "--pdf writes the audit report. --list lists audits, --report ID --pdf FILE prints one, "
                        "--missing lists missing exhibits not yet accounted for. Exit 0 when recorded.",
            arguments=_arguments, run=cmd_inventory_audit, with_app=True),
)
