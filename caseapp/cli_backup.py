"""`caseapp-cli backup DEST` and `restore SRC`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from caseapp import cli_accounts
from caseapp.cli_search import UserError
from caseapp.core.text import counted
from caseapp.services.app import CaseApp
from caseapp.services.auth import Accounts, Role
from caseapp.services.backup import backup, restore


def add_commands(commands: Any) -> None:
    p = commands.add_parser("backup", help="back the database up (safe while the app is open)",
                            description="Copy the database with SQLite's online backup API, check the copy and "
                            "write DEST.json beside it with its audit chain hash (the anchor for 'verify "
                            "--anchor' and 'restore'). DEST is a file, or a folder to name one in. Audited.")
    p.add_argument("dest", metavar="DEST", type=Path)
    p = commands.add_parser("restore", help="replace the database with a checked backup (admin)",
                            description="Check a backup (SQLite integrity, the audit chain and every audited row, "
                            "and the anchor in SRC.json when present) and only then put it in place of the "
                            "database; the replaced file is kept beside it. Close the app first.")
    p.add_argument("source", metavar="SRC", type=Path)


def cmd_backup(args: argparse.Namespace, app: CaseApp, out: TextIO) -> int:
    user = cli_accounts.login(app, args, "backups are audited (who copied the database)")
    info = backup(app, args.dest, actor=user.login)
    out.write(f"backed up {counted(info.cases, 'case', grouped=False)}, "
              f"{counted(info.exhibits, 'exhibit', grouped=False)} to {info.path}\n"
              f"sha256 {info.sha256}\nchain hash {info.chain_hash}\n"
              f"first admin key {info.admin_key or '(none yet)'}\n")
    return 0


def cmd_restore(args: argparse.Namespace, database: Path, out: TextIO) -> int:
    actor = None
    keys = None
    if database.exists():
        app = CaseApp.open(database)
        try:
            if Accounts(app).has_users():
                user = cli_accounts.login(app, args, "restoring a backup needs a signed-in admin")
                if user.role is not Role.ADMIN:
                    raise UserError(f"restoring a backup needs the admin role ({user.login} is {user.role})")
                actor = user.login
                keys = app.keys  # the admin's key, to sign the restore entry; it outlives the connection
        finally:
            app.close()
    result = restore(database, args.source, actor=actor, keys=keys)
    out.write(f"restored {counted(result.cases, 'case', grouped=False)}, "
              f"{counted(result.exhibits, 'exhibit', grouped=False)} from {result.restored_from}\n")
    if result.previous_kept_at:
        out.write(f"the replaced database is kept at {result.previous_kept_at}\n")
    return 0
