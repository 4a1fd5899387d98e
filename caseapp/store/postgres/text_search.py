"""Free text on the server: the words of store.contract.words in exhibit_words, read the way SQLite's FTS5
reads them. A typed word is a prefix ("coc" finds "cocaine"); a word FTS5 splits ("MDMA/ecstasy") is a
phrase of its words; a quoted phrase is exact words side by side. Pairs of adjacent words are stored beside
the words, so a phrase is a chain of pair lookups (for three words or more, each pair side by side, which
FTS5 asks of the whole sequence at once: the only place the answers may differ)."""

from __future__ import annotations

import re
from typing import Any

from caseapp.store.contract.words import pairs, word_keys, words

#: the exhibit id of a full-text key (the low 32 bits hold 2^32 - 1 - id: store.sqlite.writer.fts_rowid)
_LOW = (1 << 32) - 1
_PHRASE = re.compile(r'"([^"]*)"')
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_AFTER = "\U0010ffff"


#: the longest word the server indexes, in characters (a btree entry holds at most about 2.7 kB; FTS5 has no
#: such bound): a longer word, or pair, is stored and asked for by its first MAX_WORD characters
MAX_WORD = 500


def stored_words(columns: tuple[str, ...]) -> set[str]:
    """The rows exhibit_words holds for one exhibit's full-text columns."""
    return {key[:MAX_WORD] for key in word_keys(columns)}


def exhibit_of_key(column: str) -> str:
    return f"({_LOW} - ({column} & {_LOW}))"


def word_matches(text: str) -> list[list[tuple[str, list[Any]]]] | None:
    """What free text asks: for each typed word or phrase, the word lookups an exhibit must all pass (one
    each for a word, one per adjacent pair for a phrase; the last one a prefix unless quoted). None when
    nothing searchable was typed."""
    text = _CONTROL.sub(" ", text)
    asked: list[list[tuple[str, list[Any]]]] = []
    for index, chunk in enumerate(_PHRASE.split(text)):
        parts = [chunk] if index % 2 == 1 else chunk.split()
        for part in parts:
            sequence = words(part)
            if not sequence:
                continue
            prefix = index % 2 == 0
            keys = pairs(sequence) or sequence[:1]
            keys = [k[:MAX_WORD] for k in keys]
            lookups: list[tuple[str, list[Any]]] = [("word = ?", [k]) for k in keys[:-1]]
            if prefix and len(keys[-1]) < MAX_WORD:
                lookups.append(("word >= ? AND word < ?", [keys[-1], keys[-1] + _AFTER]))
            else:
                lookups.append(("word = ?", [keys[-1]]))
            asked.append(lookups)
    return asked or None


def matching_exhibits(asked: list[list[tuple[str, list[Any]]]], exhibit: str) -> tuple[list[str], list[Any]]:
    """Conditions on `exhibit` (an exhibit id column) for every lookup: each an IN over the word index."""
    where: list[str] = []
    params: list[Any] = []
    for lookups in asked:
        for condition, values in lookups:
            where.append(f"{exhibit} IN (SELECT {exhibit_of_key('key')} FROM exhibit_words WHERE {condition})")
            params.extend(values)
    return where, params


#: a typed prefix matching up to this many different words is read as that many index ranges merged newest
#: first; past it, the matches are gathered and sorted
MERGED = 64
# the different words of a prefix, one index probe each (a loose index scan)
_WORDS_OF_PREFIX = (
    "WITH RECURSIVE w (word) AS (SELECT min(word) FROM exhibit_words WHERE word >= %s AND word < %s UNION ALL "
    "SELECT (SELECT min(word) FROM exhibit_words WHERE word > w.word AND word < %s) FROM w WHERE w.word IS NOT NULL) "
    "SELECT word FROM w WHERE word IS NOT NULL LIMIT %s")


def driving_keys(db: Any, asked: list[list[tuple[str, list[Any]]]]) -> tuple[str, list[Any],
                                                                             list[list[tuple[str, list[Any]]]]]:
    """(a FROM item `f` of the distinct full-text keys matching the first lookup, its parameters, the lookups
    left to check): the key orders matches newest first as SQLite's full-text rowid does. One word is one index
    range, already in key order; a prefix is the ranges of its words (found first, one probe each) merged, so a
    page of the newest matches reads about a page of entries, as FTS5 does."""
    first, *others = asked
    condition, values = first[-1]
    rest = [first[:-1], *others] if first[:-1] else others
    if condition == "word = ?":
        return "(SELECT key FROM exhibit_words WHERE word = ?) f", list(values), rest
    found = [r[0] for r in db.raw.execute(_WORDS_OF_PREFIX, [values[0], values[1], values[1], MERGED + 1])]
    if not found:
        return "(SELECT NULL::bigint AS key WHERE false) f", [], rest
    if len(found) <= MERGED:
        # UNION ALL keeps the ranges' order (a Merge Append); an exhibit holding two of the words is read in the
        # first word's range only: the later ranges skip keys an earlier word has (one index probe each)
        ranges = ["(SELECT key FROM exhibit_words WHERE word = ? ORDER BY key DESC)"]
        params: list[Any] = [found[0]]
        for index, word in enumerate(found[1:], start=1):
            ranges.append("(SELECT key FROM exhibit_words w WHERE w.word = ? AND NOT EXISTS (SELECT 1 FROM "
                          "exhibit_words x WHERE x.key = w.key AND x.word = ANY(?)) ORDER BY key DESC)")
            params.extend([word, found[:index]])
        return f"({' UNION ALL '.join(ranges)}) f", params, rest
    return f"(SELECT DISTINCT key FROM exhibit_words WHERE {condition}) f", list(values), rest
