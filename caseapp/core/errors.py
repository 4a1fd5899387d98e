"""Exceptions with messages meant for the user."""

from __future__ import annotations


class CaseAppError(Exception):
    """Base class: str(error) is a one-line message a user can act on."""


class NotFound(CaseAppError):
    """A case, exhibit or user that does not exist."""


class ValidationFailed(CaseAppError):
    """A record was refused; .report holds every problem."""

    def __init__(self, message: str, report: object | None = None) -> None:
        super().__init__(message)
        self.report = report


class Duplicate(CaseAppError):
    """A record that already exists (for example a case number)."""


class ConcurrentChange(CaseAppError):
    """The case was changed by someone else since it was opened."""


class NotSignedIn(CaseAppError):
    """An entry in the name of a user whose entries are signed, from a session that does not hold their key."""


class FileFormatError(CaseAppError):
    """A file that cannot be read in the format asked for."""


class DatabaseError(CaseAppError):
    """A database that cannot be opened or written: wrong file, read-only folder, newer schema."""


class DatabaseBusy(DatabaseError):
    """Another workstation holds the write lock longer than the busy timeout."""


class DiskFull(DatabaseError):
    """The disk holding the database is full: the change was rolled back, nothing was written."""
