"""The time a long operation has left, estimated from the share done so far (bytes of a file read)."""

from __future__ import annotations

import time
from collections.abc import Callable

from caseapp.core.i18n import translate


class TimeLeft:
    """Estimates the seconds left from the rate since the first report; None until a second has passed
    and some progress was made (an estimate from the first instants jumps about)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._start: tuple[float, int] | None = None

    def seconds(self, done: int, total: int) -> float | None:
        now = self._clock()
        if self._start is None:
            self._start = (now, done)
            return None
        started, first = self._start
        elapsed = now - started
        if total <= 0 or done <= first or elapsed < 1.0:
            return None
        return max(0.0, (total - done) * elapsed / (done - first))

    def text(self, done: int, total: int) -> str:
        """'about 2 min 5 s left', or '' while there is no estimate yet."""
        left = self.seconds(done, total)
        return "" if left is None else translate("Progress", "about {duration} left").format(
            duration=duration_text(left))


def duration_text(seconds: float) -> str:
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    minutes, rest = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes} min {rest} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min"
