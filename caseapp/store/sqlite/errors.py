"""The driver's errors as the application's own: nothing above the store sees an sqlite3 exception.

SQLite says "busy" or "locked" when another connection holds the write lock past the busy timeout, "full"
when the disk (or max_page_count) leaves no room; anything else is a database error with SQLite's words in
it. Each message says that nothing was written: the store translates at the transaction boundary, after
the rollback."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

from caseapp.core import i18n
from caseapp.core.errors import DatabaseBusy, DatabaseError, DiskFull

BUSY_MESSAGE = i18n.QT_TRANSLATE_NOOP("Database", "the database is busy: another workstation is writing to it; "
                                                  "nothing was changed, try again in a moment")
FULL_MESSAGE = i18n.QT_TRANSLATE_NOOP("Database", "the disk holding the database is full: nothing was written")

def _primary_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_busy(exc: sqlite3.Error) -> bool:
    code = _primary_code(exc)
    if code is not None:
        return code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    text = str(exc)
    return "locked" in text or "busy" in text


def is_full(exc: sqlite3.Error) -> bool:
    return _primary_code(exc) == sqlite3.SQLITE_FULL or "database or disk is full" in str(exc)


def translate(exc: sqlite3.Error) -> DatabaseError:
    """The application's error for a driver error."""
    if is_busy(exc):
        return DatabaseBusy(i18n.translate("Database", BUSY_MESSAGE))
    if is_full(exc):
        return DiskFull(i18n.translate("Database", FULL_MESSAGE))
    if isinstance(exc, sqlite3.OperationalError):
        return DatabaseError(i18n.translate(
            "Database", "the database could not be read or written ({error}): nothing was written").format(
            error=exc))
    return DatabaseError(i18n.translate(
        "Database", "the database file is damaged or not a caseapp database ({error}): nothing was written").format(
        error=exc))


@contextlib.contextmanager
def translated() -> Iterator[None]:
    """Run a block with driver errors raised as the application's (DatabaseBusy, DiskFull, DatabaseError)."""
    try:
        yield
    except sqlite3.Error as exc:
        raise translate(exc) from None


__all__ = ["translate", "translated", "is_busy", "is_full", "BUSY_MESSAGE", "FULL_MESSAGE"]
