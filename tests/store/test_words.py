"""One tokenizer for both back ends: store.contract.words gives the words SQLite's FTS5 (`unicode61
remove_diacritics 2`) gives, so the server's full text finds what the file's finds."""

from __future__ import annotations

import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from caseapp.store.contract.words import PAIR, word_keys, words


def fts5_words(text: str) -> list[str]:
    conn = sqlite3.connect(":memory:")
    conn.execute('CREATE VIRTUAL TABLE f USING fts5 (x, tokenize = "unicode61 remove_diacritics 2")')
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(f, 'instance')")
    conn.execute("INSERT INTO f (x) VALUES (?)", [text])
    return [term for term, _ in sorted(conn.execute("SELECT term, offset FROM v"), key=lambda r: r[1])]


SAMPLES = ["MDMA/ecstasy", "Straße", "José Álvarez-Núñez", "officer@cbsa.gc.ca", "Ελληνικά ΆΈΉ", "Привет, МИР",
           "海洛因 200g", "crack-cocaine", "terminal 2.", "naïve façade", "Ǆemal", "ﬁsh", "İstanbul", "ŁÓDŹ",
           "a\u0301b e\u0301", "x_y z", "100%pure", "ⅷ ① ²", "\u00a0spaced\u2003out\u3000", "🙂emoji🙂", ""]


def test_the_words_are_fts5s_for_known_hard_cases() -> None:
    for text in SAMPLES:
        assert words(text) == fts5_words(text), text


def test_straße_stays_one_word_and_a_slash_splits() -> None:
    assert words("Straße") == ["straße"]
    assert words("MDMA/ecstasy") == ["mdma", "ecstasy"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x2FFFF, exclude_categories=("Cs",)), max_size=40))
def test_the_words_are_fts5s_for_any_text(text: str) -> None:
    assert words(text) == fts5_words(text)


def test_pairs_of_adjacent_words_stay_within_a_column() -> None:
    keys = word_keys(("hidden compartment", "door panel"))
    assert {f"{PAIR}hidden compartment", f"{PAIR}door panel", "hidden", "panel"} <= keys
    assert f"{PAIR}compartment door" not in keys and not any(k.startswith("hidden ") for k in keys)
