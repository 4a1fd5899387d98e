"""psycopg's errors as the application's own (the server's counterpart of store.sqlite.errors): a lock held
past lock_timeout or a serialisation failure is DatabaseBusy, a full disk DiskFull, anything else
DatabaseError, each saying that nothing was written (the store translates after the rollback)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import psycopg
from psycopg import errors

from caseapp.core import i18n
from caseapp.core.errors import DatabaseBusy, DatabaseError, DiskFull

BUSY_MESSAGE = i18n.QT_TRANSLATE_NOOP("Database", "the database is busy: another workstation is writing to it; "
                                                  "nothing was changed, try again in a moment")
FULL_MESSAGE = i18n.QT_TRANSLATE_NOOP("Database", "the disk holding the database is full: nothing was written")

_BUSY = (errors.LockNotAvailable, errors.SerializationFailure, errors.DeadlockDetected, errors.QueryCanceled)


def is_driver_error(exc: BaseException) -> bool:
    return isinstance(exc, psycopg.Error)


def reason(exc: psycopg.Error) -> str:
    """The server's reason on one line: its primary message, without the SQL context ("LINE 1: ...", a caret
    under it) that psycopg's text adds."""
    primary = exc.diag.message_primary if isinstance(exc, psycopg.DatabaseError) else None
    return " ".join((primary or str(exc)).split())


def translate(exc: psycopg.Error) -> DatabaseError:
    if isinstance(exc, _BUSY):
        return DatabaseBusy(i18n.translate("Database", BUSY_MESSAGE))
    if isinstance(exc, errors.DiskFull):
        return DiskFull(i18n.translate("Database", FULL_MESSAGE))
    if isinstance(exc, psycopg.OperationalError):
        return DatabaseError(i18n.translate(
            "Database", "the database server could not be reached or refused the work ({reason}): nothing was "
                        "written").format(
            reason=reason(exc)))
    return DatabaseError(i18n.translate(
        "Database", "the database server refused the work ({reason}): nothing was written").format(
        reason=reason(exc)))


@contextlib.contextmanager
def translated() -> Iterator[None]:
    try:
        yield
    except psycopg.Error as exc:
        raise translate(exc) from None
