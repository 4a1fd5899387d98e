"""`caseapp-cli bundle`, `check-bundle` and `import-bundle`: the hand-over (court) package of a case.

check-bundle needs no database: exit 0 when the package is as its sender made it (what it holds is printed),
3 on any change (each named), 1 when the file is missing or not a ZIP."""

from __future__ import annotations

import argparse
from pathlib import Path

from caseapp import cli_accounts
from caseapp.cli_commands import Call, Command
from caseapp.cli_search import UserError
from caseapp.core.i18n import LANGUAGES, system_language
from caseapp.io.bundle import BundleChanged, BundleUnreadable, check_bundle

TAMPERED = 3


def _bundle_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("case_number", metavar="CASE")
    p.add_argument("--out", metavar="FILE.zip", type=Path, required=True, help="the package to write")
    p.add_argument("--lang", choices=tuple(LANGUAGES), default=None,
                   help="the language of the package's PDFs: en or fr; default: the system locale's")


def _check_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", type=Path)


def _import_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument("--holder", metavar="NAME", help="who holds the exhibits on receipt (default: you)")
    p.add_argument("--location", metavar="CODE", help="where the exhibits are put on receipt (a location code)")


def cmd_bundle(call: Call) -> int:
    from caseapp.services.bundle import make_bundle

    app, args = call.opened, call.args
    user = cli_accounts.login(app, args, "a package is audited (who handed over what)")
    out: Path = args.out
    if out.suffix.lower() != ".zip":
        raise UserError(f"{out}: a package is a .zip file")
    made = make_bundle(app, user, args.case_number, out, lang=args.lang or system_language())
    call.out.write(f"{made.path}: case {made.case_number}, {made.files} files, {made.size:,} bytes, "
                   f"{'signed' if made.signed else 'unsigned'}\nSHA-256 {made.sha256}\n")
    return 0


def cmd_check_bundle(call: Call) -> int:
    try:
        check = check_bundle(call.args.file)
    except BundleUnreadable as exc:
        raise UserError(str(exc)) from None
    except BundleChanged as exc:
        call.err.write(f"caseapp-cli: {call.args.file}: CHANGED: the package is not as its sender made it\n")
        for problem in exc.problems[:100]:
            call.err.write(f"  {problem}\n")
        return TAMPERED
    manifest = check.manifest
    who = manifest["created_by"]  # its shape is checked with the manifest
    call.out.write(f"{call.args.file}: intact\n")
    call.out.write(f"case {check.case_number} from {check.agency}, made {manifest.get('created_at')} by "
                   f"{who.get('name') or who.get('login')}\n")
    call.out.write(f"chain hash {manifest.get('chain_hash')}; {len(manifest['case_entries'])} "
                   f"audit entries of the case\n")
    call.out.write(f"signed by key {check.signed_by}\n" if check.signed_by else "not signed\n")
    for item in check.files:
        call.out.write(f"  {item['sha256']}  {item['size']:>12,}  {item['name']}\n")
    return 0


def cmd_import_bundle(call: Call) -> int:
    from caseapp.services.bundle_import import import_bundle

    app, args = call.opened, call.args
    user = cli_accounts.login(app, args, "importing changes data")
    try:
        done = import_bundle(app, user, args.file, holder=args.holder, location=args.location)
    except BundleUnreadable as exc:
        raise UserError(str(exc)) from None
    except BundleChanged as exc:
        call.err.write(f"caseapp-cli: {args.file}: CHANGED: refused, nothing was imported\n")
        for problem in exc.problems[:100]:
            call.err.write(f"  {problem}\n")
        return TAMPERED
    result = done.value
    call.out.write(f"imported case {result.case_number} from {result.agency}: {result.exhibits} exhibits, "
                   f"{result.events} custody events ({result.received} received), {result.attachments} "
                   f"attachments\n")
    if result.skipped:
        call.out.write(f"disposed at the sender, not received: exhibits {', '.join(result.skipped)}\n")
    return 0


COMMANDS = (
    Command("bundle", help="a case's hand-over package (ZIP)",
            description="Write the hand-over (court) package of a case: case report, labels and custody history "
                        "(PDF), custody and audit extract (JSON), every attachment, the case as JSON, and a "
                        "manifest of SHA-256 hashes with the chain hash, signed with your key. Audited.",
            arguments=_bundle_arguments, run=cmd_bundle, with_app=True),
    Command("check-bundle", help="check a hand-over package offline",
            description="Check a hand-over package with no database: exit 0 intact, 3 when any file was altered, "
                        "added or removed, the manifest edited or its signature bad, 1 when it is not a package.",
            arguments=_check_arguments, run=cmd_check_bundle),
    Command("import-bundle", help="import a hand-over package from another agency",
            description="Check a hand-over package, then import its case, exhibits, custody history and "
                        "attachments, and record a received event for each exhibit. Refuses a changed package "
                        "(exit 3) and a case number already held.",
            arguments=_import_arguments, run=cmd_import_bundle, with_app=True),
)
