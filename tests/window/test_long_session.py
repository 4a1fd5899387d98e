"""A long sitting: 20,000 keystrokes in one window (type, select all, delete, again, in several fields and
exhibit cells, with pauses in which validation runs), then the final text typed and saved. The window must
still be alive, have logged no error, and the store must hold exactly what was typed last."""

from __future__ import annotations

import random
import time

from caseapp.services.app import CaseApp
from tests.conftest import PASSWORD

TARGET_KEYS = 20_000
WORDS = ("fentanyl", "carfentanil", "printer", "ink", "bottles", "Port", "of", "Vancouver", "Zoë", "kg", "g",
         "1.5", "2026-11-20", "Pacific", "Region", "container", "MSCU", "4417", "Delta", "Highway", "99")


def burst(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 12)))


def test_twenty_thousand_keystrokes_leave_the_window_alive_and_the_last_text_stored(window, tmp_path):
    rng = random.Random(11)
    window.start("olga", PASSWORD)
    window.key("ctrl+n", pause=0.8)
    started = time.monotonic()
    window.key("ctrl+shift+e", pause=0.4)  # an exhibit row, its substance cell open
    window.key("Escape")
    window.key("ctrl+shift+Tab") if False else None
    fields = 4  # the seizure date (focused by Ctrl+N) and the three fields after it: agency, unit, officers
    while window.keys_sent < TARGET_KEYS:
        window.key("ctrl+n", pause=0.6)  # a fresh case tab each round keeps the rounds alike
        for _ in range(fields):
            text = burst(rng)
            half = len(text) // 2
            window.type(text[:half], pause=0.3, delay_ms=3)  # a pause mid-word: the validation timer fires
            window.type(text[half:], pause=0.05, delay_ms=3)
            window.key("ctrl+a", "BackSpace", pause=0.05)
            window.type(burst(rng), pause=0.25, delay_ms=3)
            window.key("Tab")
        window.key("ctrl+w", pause=0.5)  # close the tab: discard what was typed
        discard = window.windows("^Unsaved changes")
        if discard:
            window.focus(discard[-1])
            window.key("alt+d", pause=0.5)
        window.check_alive()
    typing_seconds = time.monotonic() - started
    window.key("ctrl+n", pause=0.8)
    window.type("2026-11-20 14:30", pause=0.4)
    window.key("Tab")
    window.key("ctrl+a", "BackSpace")
    window.type("Canada Border Services Agency", pause=0.4)
    window.key("Tab")
    window.type("Pacific Region — Marine", pause=0.4)
    window.key("ctrl+s", pause=1.5)
    keys = window.keys_sent
    assert window.quit() == 0
    assert window.problems() == []
    app = CaseApp.open(window.database)
    try:
        cases = list(app.store.iter_cases())
        assert [(c.occurred_at, c.agency, c.unit) for c in cases] == [
            ("2026-11-20T14:30", "Canada Border Services Agency", "Pacific Region — Marine")]
        assert cases[0].case_number == "CBSA-2026-000001"
    finally:
        app.close()
    print(f"{keys} keystrokes, {typing_seconds:.0f} s of typing")
