"""How a caseapp-cli command is declared: once, with its name, its help, its arguments and what runs it.

Each cli module lists its commands (`COMMANDS`); caseapp.cli builds the argument parser and dispatches from
the one list it makes of them, so a command's name is written in one place (the README's table is checked
against the list by tests/test_cli_registry.py).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from caseapp.cli_passwords import PASSWORD_ENV, secret
from caseapp.core.errors import DatabaseError
from caseapp.paths import default_database
from caseapp.services.app import CaseApp


@dataclass
class Call:
    """One run of a command: its parsed arguments, where it writes, and the database it works on."""

    args: argparse.Namespace
    out: TextIO
    err: TextIO
    app: CaseApp | None = None  # opened before the command runs when it is declared `with_app`

    @property
    def database(self) -> Path:
        """The database file of --db (a command that works on the file itself: restore)."""
        where = default_database(self.args.db)
        if where.path is None:
            raise DatabaseError(f"{self.args.command} replaces a database file and {where} is a server: to bring a "
                                "backup back there, copy it into an empty database with caseapp-cli --db "
                                "BACKUP-FILE migrate --to postgresql://...")
        return where.path

    @property
    def opened(self) -> CaseApp:
        assert self.app is not None, "declared with_app: opened before it runs"
        return self.app


def open_database(args: argparse.Namespace) -> CaseApp:
    """The database of --db (or its default), opened; the caller closes it. On a server, a command given
    --user signs in to the server as that account's own login (the password from CASEAPP_PASSWORD or a
    prompt), so the server's rules apply to it as to the window; without --user, the URL's or libpq's own
    credentials (PGUSER, PGPASSWORD, .pgpass) are used, as by the owner who runs init."""
    where = default_database(args.db)
    user = getattr(args, "user", None)
    if where.server and user:
        args.signed_in_password = secret(PASSWORD_ENV, f"password for {user}: ")  # asked once (cli_accounts)
        where = where.signed_in(user.strip(), args.signed_in_password)
    return CaseApp.open(where)


class HelpFormatter(argparse.HelpFormatter):
    """argparse's, with the command names' column as wide as the longest name: argparse measures a command's
    name without its extra indent, so a name of more than nine letters ("import-bundle") put its help on the
    next line."""

    def add_argument(self, action: argparse.Action) -> None:
        super().add_argument(action)
        for sub in getattr(action, "_choices_actions", ()):
            name = sub.metavar or sub.dest or ""
            self._action_max_length = max(self._action_max_length, len(str(name)) + self._current_indent + 4)


def _never(args: argparse.Namespace) -> bool:
    return False


@dataclass(frozen=True)
class Command:
    """A caseapp-cli command. `run` returns the exit status; `with_app` has the database opened before it
    runs and closed after; `writes_data` says when its standard output is a data file (written as it is,
    not made terminal-safe)."""

    name: str
    help: str
    description: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[Call], int]
    with_app: bool = False
    writes_data: Callable[[argparse.Namespace], bool] = field(default=_never)

    def add_to(self, commands: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
        parser: argparse.ArgumentParser = commands.add_parser(self.name, help=self.help,
                                                              description=self.description)
        self.arguments(parser)
        return parser


def no_arguments(parser: argparse.ArgumentParser) -> None:
    """For a command that takes none."""


def by_name(commands: Sequence[Command]) -> dict[str, Command]:
    """The commands by name; a name declared twice is a programming error."""
    named: dict[str, Command] = {}
    for command in commands:
        if command.name in named:
            raise ValueError(f"caseapp-cli command {command.name!r} declared twice")
        named[command.name] = command
    return named
