"""The evidence room's agency settings as plain values, with their defaults and checks.

- Weight tolerance: a reweighing differs "beyond tolerance" from the weight before it when the difference is
  more than `percent` of that weight or `grams`, whichever is larger (default 2 % or 1 g).
- A lab result is overdue `lab_overdue_days` after the exhibit was sent (default 30).
- A legal deadline is shown as near (red) `deadline_warning_days` before it falls (default 14).
- Retention: an exhibit's disposal review falls `retention_days[kind]` days after its seizure (by exhibit kind,
  default one year; currency 180 days).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from caseapp.core.errors import CaseAppError
from caseapp.core.i18n import translate
from caseapp.core.vocab import EXHIBIT_KIND

# The keys as the store keeps them (one value each in settings); existing databases hold these words.
TOLERANCE_PERCENT_KEY = "room_weight_tolerance_percent"
TOLERANCE_GRAMS_KEY = "room_weight_tolerance_grams"
LAB_OVERDUE_KEY = "room_lab_overdue_days"
DEADLINE_WARNING_KEY = "room_deadline_warning_days"
RETENTION_PREFIX = "room_retention_days_"  # + exhibit kind code

DEFAULT_RETENTION_DAYS = 365
_DEFAULT_RETENTION = {"currency": 180}


def _default_retention() -> dict[str, int]:
    return {kind: _DEFAULT_RETENTION.get(kind, DEFAULT_RETENTION_DAYS) for kind in EXHIBIT_KIND.codes()}


@dataclass(frozen=True)
class RoomSettings:
    tolerance_percent: Decimal = Decimal("2")
    tolerance_grams: Decimal = Decimal("1")
    lab_overdue_days: int = 30
    deadline_warning_days: int = 14
    retention_days: dict[str, int] = field(default_factory=_default_retention)

    def tolerance_for(self, grams: Decimal) -> Decimal:
        """The largest difference, in grams, that a reweighing of `grams` may show without a flag."""
        return max(abs(grams) * self.tolerance_percent / 100, self.tolerance_grams)

    def retention_for(self, kind: str) -> int:
        return self.retention_days.get(kind, DEFAULT_RETENTION_DAYS)


def percent(text: str) -> Decimal:
    value = _decimal(text, "weight tolerance (%)")
    if not Decimal(0) <= value <= Decimal(100):
        raise CaseAppError(translate("Room", "the weight tolerance is a percentage from 0 to 100, not '{value}'")
                           .format(value=text.strip()))
    return value


def grams(text: str) -> Decimal:
    value = _decimal(text, "weight tolerance (g)")
    if not Decimal(0) <= value <= Decimal(100000):
        raise CaseAppError(translate("Room", "the weight tolerance in grams is from 0 to 100000, not '{value}'")
                           .format(value=text.strip()))
    return value


def days(text: str, what: str) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        value = -1
    if not 1 <= value <= 36500:
        raise CaseAppError(translate("Room", "{what} is a whole number of days from 1 to 36500, not '{value}'")
                           .format(what=what, value=text.strip()))
    return value


def _decimal(text: str, what: str) -> Decimal:
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise CaseAppError(translate("Room", "{what} is not a number: '{value}'").format(
            what=what, value=text.strip())) from None
    if not value.is_finite():
        raise CaseAppError(translate("Room", "{what} is not a number: '{value}'").format(
            what=what, value=text.strip()))
    return value


def from_settings(values: dict[str, str]) -> RoomSettings:
    """The settings from the stored values (key -> text); a missing or unreadable value takes its default,
    so a hand-edited setting never stops the room from working."""
    base = RoomSettings()

    def read(key: str, parse, default):  # type: ignore[no-untyped-def]
        text = values.get(key)
        if text is None:
            return default
        try:
            return parse(text)
        except CaseAppError:
            return default

    retention = dict(base.retention_days)
    for kind in retention:
        retention[kind] = read(RETENTION_PREFIX + kind, lambda t: days(t, "retention"), retention[kind])
    return RoomSettings(
        tolerance_percent=read(TOLERANCE_PERCENT_KEY, percent, base.tolerance_percent),
        tolerance_grams=read(TOLERANCE_GRAMS_KEY, grams, base.tolerance_grams),
        lab_overdue_days=read(LAB_OVERDUE_KEY, lambda t: days(t, "lab"), base.lab_overdue_days),
        deadline_warning_days=read(DEADLINE_WARNING_KEY, lambda t: days(t, "warning"), base.deadline_warning_days),
        retention_days=retention,
    )


def keys() -> list[str]:
    return [TOLERANCE_PERCENT_KEY, TOLERANCE_GRAMS_KEY, LAB_OVERDUE_KEY, DEADLINE_WARNING_KEY,
            *(RETENTION_PREFIX + kind for kind in EXHIBIT_KIND.codes())]
