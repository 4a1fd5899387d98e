"""A long sitting: 20,000 keystrokes in one window, typing, selecting all and deleting, again and again, in
several fields and exhibit cells, with pauses in which validation runs between keys. The window must stay alive
and log no error, and the store must hold exactly the last text typed in each place."""

from __future__ import annotations

import random
import time

from caseapp.services.app import CaseApp
from tests.conftest import PASSWORD
from tests.window.driver import Window

TARGET_KEYS = 20_000
WORDS = ("fentanyl", "printer", "ink", "bottles", "Port", "of", "Vancouver", "kg", "g", "1.5", "Pacific",
         "Region", "container", "MSCU", "4417", "Delta", "Highway", "99", "blue", "M30", "tablets", "sealed")
FIELDS = {"agency": "alt+a", "officers": "alt+i", "place_name": "alt+n", "city": "alt+y", "narrative": "alt+v"}
CELLS = {"substance": 2, "packaging": 10, "description": 16}  # columns of the exhibits table


def burst(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 12)))


def type_with_a_pause(w: Window, text: str) -> None:
    """Half, a pause long enough for the validation timer (200 ms) to fire, then the rest."""
    half = len(text) // 2
    w.type(text[:half], pause=0.25, delay_ms=1)
    w.type(text[half:], pause=0.03, delay_ms=1)


def retype_field(w: Window, chord: str, text: str) -> None:
    w.key(chord, "ctrl+a", "BackSpace", pause=0.03)
    type_with_a_pause(w, burst(random.Random(len(text))))  # something else first...
    w.key("ctrl+a", "BackSpace", pause=0.03)
    type_with_a_pause(w, text)  # ...then what stays


def retype_cell(w: Window, column: int, text: str) -> None:
    w.key("alt+x", "ctrl+Home", *(["Right"] * column), pause=0.03)  # the exhibits table, row 1, that column
    type_with_a_pause(w, burst(random.Random(len(text))))  # typing over the cell opens it, replacing its text
    w.key("ctrl+a", "BackSpace", pause=0.03)
    type_with_a_pause(w, text)
    w.key("Return", pause=0.05)  # keeps the cell, moves on


def test_twenty_thousand_keystrokes_leave_the_window_alive_and_the_last_text_stored(window):
    rng = random.Random(11)
    window.start("olga", PASSWORD)
    window.key("ctrl+n", pause=0.8)
    window.type("2026-11-20 14:30", pause=0.3)
    window.key("ctrl+shift+e", "Escape", pause=0.3)  # one exhibit row to type into
    started = time.monotonic()
    last: dict[str, str] = {}
    while window.keys_sent < TARGET_KEYS:
        for name, chord in FIELDS.items():
            last[name] = burst(rng)
            retype_field(window, chord, last[name])
        for name, column in CELLS.items():
            last[name] = burst(rng)
            retype_cell(window, column, last[name])
        window.check_alive()
    typing_seconds = time.monotonic() - started
    window.key("ctrl+s", pause=1.5)
    keys = window.keys_sent
    assert window.quit() == 0
    assert window.problems() == []
    app = CaseApp.open(window.database)
    try:
        [case] = list(app._store.iter_cases())
        assert case.occurred_at == "2026-11-20T14:30"
        assert (case.agency, case.officers, case.location.name, case.location.city, case.narrative) == (
            last["agency"], [last["officers"]], last["place_name"], last["city"], last["narrative"])
        [exhibit] = case.exhibits
        assert (exhibit.substance, exhibit.packaging, exhibit.description) == (
            last["substance"], last["packaging"], last["description"])
    finally:
        app.close()
    print(f"{keys} keystrokes in {typing_seconds:.0f} s of typing")
