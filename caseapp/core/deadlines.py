"""The evidence room's dates, computed from the seizure: pure functions, no store, no window.

- Criminal Code s.490(2): a seized thing may be detained three months from the day of the seizure unless a
  justice orders it detained longer. Three months from a day that the third month lacks (31 January) ends on
  that month's last day (30 April), as a calendar month is counted.
- CDSA s.24: a claimant has 60 days from the seizure to apply for the return of a seized substance.
- A deadline is "near" (shown in red) when it falls within `warning_days` of today, or has passed.
- The disposal review of an exhibit falls its kind's retention days (core.room) after the seizure.
- A lab result is overdue `lab_days` after the exhibit was sent; a checked-out exhibit is overdue the day
  after its due date.

Dates in the store are ISO text (a date, or a date and time in agency local time); `day_of` reads either and
gives None for anything else, so an unreadable date never raises in a queue.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from caseapp.core.i18n import QT_TRANSLATE_NOOP

S490 = "s490"
CDSA24 = "cdsa24"
#: each deadline: (code, the law it rests on, as printed)
LAWS = {
    S490: QT_TRANSLATE_NOOP("Deadlines", "Criminal Code s.490(2): detention for 3 months unless extended"),
    CDSA24: QT_TRANSLATE_NOOP("Deadlines", "CDSA s.24: 60 days to apply for return"),
}
S490_MONTHS = 3
CDSA24_DAYS = 60
#: the longest time from a seizure to any of its deadlines (3 months is at most 92 days)
LONGEST_DAYS = 92


@dataclass(frozen=True)
class Deadline:
    code: str  # S490 or CDSA24
    due: date
    days_left: int  # negative once passed
    near: bool  # within the warning days, or passed

    @property
    def passed(self) -> bool:
        return self.days_left < 0


def day_of(text: str | None) -> date | None:
    """The day of an ISO date or date-time text; None when it is empty or not one."""
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.strip()[:19]).date()
    except ValueError:
        return None


def add_months(start: date, months: int) -> date:
    """The same day `months` calendar months later, or that month's last day when it is shorter."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def is_near(due: date, today: date, warning_days: int) -> bool:
    return (due - today).days <= warning_days


def legal_deadlines(seized: date, today: date, warning_days: int) -> list[Deadline]:
    """The seizure's legal deadlines, earliest first."""
    dues = {S490: add_months(seized, S490_MONTHS), CDSA24: seized + timedelta(days=CDSA24_DAYS)}
    out = [Deadline(code, due, (due - today).days, is_near(due, today, warning_days)) for code, due in dues.items()]
    return sorted(out, key=lambda d: (d.due, d.code))


def shown_deadlines(seized: date, today: date, warning_days: int) -> list[Deadline]:
    """The deadlines a queue lists: those still ahead, and those passed no more than `warning_days` ago
    (older ones were either extended by a justice or dealt with; the queue is for what needs doing now)."""
    return [d for d in legal_deadlines(seized, today, warning_days) if d.days_left >= -warning_days]


def earliest_seizure_shown(today: date, warning_days: int) -> date:
    """No seizure before this day has a deadline `shown_deadlines` lists (what a store may narrow by)."""
    return today - timedelta(days=LONGEST_DAYS + warning_days)


def review_date(seized: date, retention_days: int) -> date:
    return seized + timedelta(days=retention_days)


def latest_seizure_due_for_review(today: date, retention_days: int) -> date:
    """An exhibit seized on or before this day is due for disposal review today."""
    return today - timedelta(days=retention_days)


def lab_overdue_since(sent: date, lab_days: int) -> date:
    """The first day a lab result counts as overdue."""
    return sent + timedelta(days=lab_days)


def lab_overdue(sent: date, today: date, lab_days: int) -> bool:
    return today >= lab_overdue_since(sent, lab_days)


def checkout_overdue(due: date, today: date) -> bool:
    return today > due
