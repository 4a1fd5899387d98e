"""`caseapp-cli backup DEST` and `restore SRC`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from caseapp import cli_accounts
from caseapp.cli_commands import Command
from caseapp.cli_search import UserError
from caseapp.core.text import counted
from caseapp.services.app import CaseApp
from caseapp.services.auth import Accounts, Role
from caseapp.services.backup import backup, restore


def _backup_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("dest", metavar="DEST", type=Path)


def _restore_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("source", metavar="SRC", type=Path)
    p.add_argument("--without-record", action="store_true",
                   help="restore although SRC.json is missing or unusable (nothing then shows whether the "
                        "backup's newest entries were cut)")
    p.add_argument("--other-agency", action="store_true",
                   help="restore although the backup's agency code, name or admins differ from this database's "
                        "(they are replaced)")


def cmd_backup(args: argparse.Namespace, app: CaseApp, out: TextIO) -> int:
    user, recorded = cli_accounts.login_for_a_copy(app, args, "backups are audited (who copied the database)")
    unrecorded = () if recorded else (f"{user.login} signed in at {app.now_utc_text()} for this backup; the login "
                                      "entry could not be written: the disk holding the database is full",)
    info = backup(app, args.dest, actor=user.login, unrecorded=unrecorded)
    out.write(f"backed up {counted(info.cases, 'case', grouped=False)}, "
              f"{counted(info.exhibits, 'exhibit', grouped=False)} to {info.path}\n"
              f"sha256 {info.sha256}\nchain hash {info.chain_hash}\n"
              f"first admin key {info.admin_key or '(none yet)'}\n")
    for note in info.unrecorded:
        out.write(f"note: {note} (kept in {Path(info.path).name}.json)\n")
    return 0


def cmd_restore(args: argparse.Namespace, database: Path, out: TextIO) -> int:
    actor = None
    keys = None
    if database.exists():
        app = CaseApp.open(database)
        try:
            if app.service(Accounts).has_users():
                user = cli_accounts.login(app, args, "restoring a backup needs a signed-in admin")
                if user.role is not Role.ADMIN:
                    raise UserError(f"restoring a backup needs the admin role ({user.login} is {user.role})")
                actor = user.login
                keys = app.keys  # the admin's key, to sign the restore entry; it outlives the connection
        finally:
            app.close()
    result = restore(database, args.source, actor=actor, without_record=args.without_record,
                     other_agency=args.other_agency, keys=keys).value
    out.write(f"restored {counted(result.cases, 'case', grouped=False)}, "
              f"{counted(result.exhibits, 'exhibit', grouped=False)} from {result.restored_from}\n")
    if result.previous_kept_at:
        out.write(f"the replaced database is kept at {result.previous_kept_at}\n")
    return 0


def _migrate_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--to", metavar="URL", required=True,
                   help="an empty PostgreSQL database: postgresql://[user@]host[:port]/database")


def cmd_migrate(args: argparse.Namespace, app: CaseApp, out: TextIO) -> int:
    source_hash = app.verify().latest_hash
    copied, report = app.copy_to_server(args.to)
    for table, rows in copied.items():
        out.write(f"{table}: {rows} rows\n")
    out.write(f"chain hash of the file {source_hash}\nchain hash of the copy {report.latest_hash}\n")
    if not report.ok or report.latest_hash != source_hash:
        for problem in report.problems:
            out.write(f"copy: {problem}\n")
        return 3
    out.write("verify on the copy: intact\n")
    return 0


COMMANDS = (
    Command("backup", help="back the database up (safe while the app is open)",
            description="Copy the database with SQLite's online backup API (a server's: a snapshot of it, into "
                        "a database file of the same format), check the copy and write DEST.json beside it with its "
                        "audit chain hash (the anchor for 'verify --anchor' and 'restore'). DEST is a file, or a "
                        "folder to name one in. Audited.",
            arguments=_backup_arguments, run=lambda call: cmd_backup(call.args, call.opened, call.out),
            with_app=True),
    Command("migrate", help="copy this database file into an empty PostgreSQL database",
            description="Copy every case, attachment, custody event, account and the audit chain of the database "
                        "file into an empty PostgreSQL database, then verify the copy (exit 3 when it does not "
                        "verify or its chain hash differs from the file's).",
            arguments=_migrate_arguments, run=lambda call: cmd_migrate(call.args, call.opened, call.out),
            with_app=True),
    Command("restore", help="replace the database with a checked backup (admin)",
            description="Check a backup (its record SRC.json: size, SHA-256, cases and the latest chain hash; "
                        "SQLite integrity, the schema, the audit chain and every audited row) and only then put it "
                        "in place of the database; the replaced file is kept beside it. A backup without a usable "
                        "record needs --without-record, one of another agency or with other admins "
                        "--other-agency. Close the app first. A file only: on a server, copy a backup into an "
                        "empty database with 'migrate --to'.",
            arguments=_restore_arguments, run=lambda call: cmd_restore(call.args, call.database, call.out)),
)
