"""Write resources/fts_words.json: how SQLite's FTS5 tokenizer `unicode61 remove_diacritics 2` treats every
character past ASCII (a separator, or a token character folded to what), asked of FTS5 itself one character at a
time. store.contract.words splits text into the same words with it, so the PostgreSQL back end's full text finds
what SQLite's finds. Run again only to follow a newer SQLite; tests/store/test_words.py checks the table
against the SQLite in use."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

LAST = 0x30000  # past the planes SQLite's tables describe; beyond, every character is a token character as is


def ask_fts5() -> tuple[list[int], dict[int, str]]:
    conn = sqlite3.connect(":memory:")
    conn.execute('CREATE VIRTUAL TABLE f USING fts5 (x, tokenize = "unicode61 remove_diacritics 2")')
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(f, 'instance')")
    points = [cp for cp in range(0x80, LAST) if not 0xD800 <= cp <= 0xDFFF]
    conn.executemany("INSERT INTO f (rowid, x) VALUES (?, ?)", [(cp, f"a{chr(cp)}b") for cp in points])
    tokens: dict[int, list[tuple[int, str]]] = {}
    for term, doc, offset in conn.execute("SELECT term, doc, offset FROM v"):
        tokens.setdefault(doc, []).append((offset, term))
    separators, folded = [], {}
    for cp in points:
        found = [t for _, t in sorted(tokens[cp])]
        if found == ["a", "b"]:
            separators.append(cp)
        elif len(found) == 1 and found[0][1:-1] != chr(cp):
            folded[cp] = found[0][1:-1]
    return separators, folded


def ranges(points: list[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for cp in points:
        if out and out[-1][1] == cp - 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


def main() -> int:
    separators, folded = ask_fts5()
    target = Path(__file__).resolve().parent.parent / "resources" / "fts_words.json"
    table = {"sqlite": sqlite3.sqlite_version, "tokenizer": "unicode61 remove_diacritics 2",
             "separators": ranges(separators), "folded": {str(k): v for k, v in sorted(folded.items())}}
    target.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{target.name}: {len(separators)} separators, {len(folded)} folded characters (SQLite {sqlite3.sqlite_version})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
