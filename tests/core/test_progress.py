from caseapp.core.progress import TimeLeft, duration_text


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_time_left_follows_the_rate_since_the_first_report() -> None:
    clock = Clock()
    left = TimeLeft(clock)
    assert left.text(0, 1000) == ""  # no estimate from one report
    clock.now += 10
    assert left.seconds(250, 1000) == 30.0  # 250 bytes in 10 s: 750 more take 30 s
    assert left.text(250, 1000) == "about 30 s left"


def test_no_estimate_without_a_total_or_progress() -> None:
    clock = Clock()
    left = TimeLeft(clock)
    left.seconds(10, 0)
    clock.now += 5
    assert left.seconds(10, 0) is None
    assert left.seconds(10, 100) is None


def test_durations_read_in_minutes_and_hours() -> None:
    assert duration_text(125) == "2 min 5 s"
    assert duration_text(3 * 3600 + 7 * 60) == "3 h 7 min"
