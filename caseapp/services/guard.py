"""The one guard for every path a user gives (an output file, a rejects file, a report, a backup and its
record, a save dialog's choice, a file to import or attach): it must not be the open database file, its
`-wal`, `-shm` or `-journal`.

Writing over any of them destroys the database; even reading one with open() is harmful, because closing
any descriptor of the database file drops every POSIX lock this process holds on it (another process may
then delete the live write-ahead log). So the comparison never opens a file: it resolves both paths
(os.path.realpath reads links without opening anything) and compares device and inode (os.stat), which
also catches hard links and a second name for the same file. Every caller checks before it writes,
validates or reads anything.
"""

from __future__ import annotations

import os
from pathlib import Path

from caseapp.core.errors import CaseAppError
from caseapp.core.i18n import translate

SIDE_FILES = ("-wal", "-shm", "-journal")


class ProtectedPath(CaseAppError):
    """A path a user gave that is the database or one of its side files."""


def database_files(database: Path) -> list[Path]:
    """The database file and the side files SQLite keeps beside it (whether they exist now or not)."""
    return [database, *(database.with_name(database.name + suffix) for suffix in SIDE_FILES)]


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def _resolved(path: Path) -> str | None:
    try:
        return os.path.normcase(os.path.realpath(path))
    except (OSError, ValueError):
        return None


def same_file(a: Path, b: Path) -> bool:
    """True when two paths name one file, whether it exists or not; opens neither."""
    ra, rb = _resolved(a), _resolved(b)
    if ra is not None and ra == rb:
        return True
    ia, ib = _identity(a), _identity(b)
    return ia is not None and ia == ib


def protected_match(path: Path, database: Path | None) -> Path | None:
    """Which of the database's files `path` is, or None."""
    if database is None:
        return None
    for protected in database_files(Path(database)):
        if same_file(Path(path), protected):
            return protected
    return None


def _kind(protected: Path, database: Path) -> str:
    if protected == database:
        return "the database file"
    return f"the database's {protected.name[len(database.name):]} file"


def check_output(path: Path, database: Path | None, *, what: str = "the output file") -> None:
    """Refuse `path` as a file to write when it is the database or one of its side files."""
    found = protected_match(path, database)
    if found is not None and database is not None:
        raise ProtectedPath(translate(
            "Guard", "{path} is {kind}: choose another name for {what}; nothing was written").format(
            path=path, kind=_kind(found, Path(database)), what=what))


def check_input(path: Path, database: Path | None, *, what: str = "read") -> None:
    """Refuse `path` as a file to read (import, attach, restore from) when it is the database or one of
    its side files: reading it through a file descriptor would drop this process's database locks."""
    found = protected_match(path, database)
    if found is not None and database is not None:
        raise ProtectedPath(translate(
            "Guard", "{path} is {kind}: it cannot be {what}; nothing was done").format(
            path=path, kind=_kind(found, Path(database)), what=what))
