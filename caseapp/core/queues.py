"""Work queues: their names, what a queue row says, and the decisions a queue makes on its candidates.

The store narrows each queue to candidates by SQL (cases of a status, exhibits whose events say they are out or
at the lab, seizures recent enough to have a deadline ahead); these functions decide on each candidate from
its replayed custody state and the evidence-room settings, so no queue replays every exhibit's custody.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from caseapp.core import deadlines
from caseapp.core.custody import CustodyState
from caseapp.core.i18n import QT_TRANSLATE_NOOP

MY_DRAFTS = "drafts"
RETURNED = "returned"
REVIEW = "review"
CHECKED_OUT = "checked-out"
LAB = "lab"
DEADLINES = "deadlines"
DISPOSAL_REVIEW = "disposal-review"
DISCREPANCIES = "discrepancies"

#: every queue, in the order the window lists them: name -> title
QUEUES = {
    MY_DRAFTS: QT_TRANSLATE_NOOP("Queues", "My drafts"),
    RETURNED: QT_TRANSLATE_NOOP("Queues", "Returned to me"),
    REVIEW: QT_TRANSLATE_NOOP("Queues", "Awaiting my review"),
    CHECKED_OUT: QT_TRANSLATE_NOOP("Queues", "Checked out past due"),
    LAB: QT_TRANSLATE_NOOP("Queues", "At the lab, no result"),
    DEADLINES: QT_TRANSLATE_NOOP("Queues", "Legal deadlines"),
    DISPOSAL_REVIEW: QT_TRANSLATE_NOOP("Queues", "Due for disposal review"),
    DISCREPANCIES: QT_TRANSLATE_NOOP("Queues", "Cases with discrepancies"),
}
#: queues only a supervisor has work in
SUPERVISOR_QUEUES = frozenset({REVIEW})


@dataclass(frozen=True)
class QueueRow:
    """One line of a queue: a case, or one of its exhibits, with the date that puts it there."""

    case_number: str
    exhibit_number: str = ""  # "" for a row about the whole case
    date: str = ""  # ISO day: the due date, deadline, review date, date sent...
    days: int | None = None  # days from today to `date` (negative: that many days ago), where the queue counts
    # them
    urgent: bool = False  # shown in red
    what: str = ""  # the reason, as a code: draft, returned, submitted, checked_out, lab, s490, cdsa24, review,
    # or a discrepancy source's name (weight...)
    detail: str = ""  # more to show: the holder, the substance, the law


@dataclass(frozen=True)
class QueueCount:
    name: str
    count: int


def overdue_checkout(case_number: str, exhibit_number: str, state: CustodyState, today: date) -> QueueRow | None:
    """The row of a checked-out exhibit past its due date, or None (back in, or not yet due)."""
    due = deadlines.day_of(state.due_date)
    if not state.checked_out or state.disposed or due is None or not deadlines.checkout_overdue(due, today):
        return None
    return QueueRow(case_number, exhibit_number, due.isoformat(), (due - today).days, True, "checked_out",
                    _joined(state.holder, state.purpose))


def lab_overdue(case_number: str, exhibit_number: str, state: CustodyState, today: date,
                lab_days: int) -> QueueRow | None:
    """The row of an exhibit at the lab for `lab_days` or more without a result, or None."""
    sent = deadlines.day_of(state.lab_since)
    if not state.at_lab or state.disposed or sent is None or not deadlines.lab_overdue(sent, today, lab_days):
        return None
    return QueueRow(case_number, exhibit_number, sent.isoformat(), (sent - today).days, True, "lab",
                    _joined(state.holder, state.lab_batch))


def deadline_rows(case_number: str, seized_at: str | None, today: date, warning_days: int) -> list[QueueRow]:
    seized = deadlines.day_of(seized_at)
    if seized is None:
        return []
    return [QueueRow(case_number, "", d.due.isoformat(), d.days_left, d.near, d.code, deadlines.LAWS[d.code])
            for d in deadlines.shown_deadlines(seized, today, warning_days)]


def review_row(case_number: str, exhibit_number: str, seized_at: str | None, kind: str, retention_days: int,
               today: date) -> QueueRow | None:
    seized = deadlines.day_of(seized_at)
    if seized is None:
        return None
    due = deadlines.review_date(seized, retention_days)
    if due > today:
        return None
    return QueueRow(case_number, exhibit_number, due.isoformat(), (due - today).days, False, "review", kind)


def _joined(*parts: str) -> str:
    return " · ".join(p for p in parts if p)

