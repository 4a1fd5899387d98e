#!/usr/bin/env python3
"""How long finding a shelf's exhibits takes in a large evidence room: N exhibits (one case each), each seized to
one of many shelves and half of them moved once since, then the exhibits recorded at one shelf found as an
inventory audit finds them (InventoryStore.recorded_at: the location index, then a replay of those exhibits'
custody only), against an estimate of replaying every exhibit's custody.

    python bench/inventory_audit.py [--exhibits 1000000] [--shelves 5000] [--db FILE]

The rows are written straight into a freshly migrated SQLite file (no audit entries: the bench times reads).
Prints the number of exhibits, the candidates the index gave, the exhibits found, and the times; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import tempfile
import time
from pathlib import Path

from caseapp.core.custody import CustodyEvent, replay
from caseapp.services.app import CaseApp

BATCH = 20000


def build(path: Path, exhibits: int, shelves: int) -> None:
    CaseApp.open(path).close()  # the schema, migrated
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    for start in range(1, exhibits + 1, BATCH):
        ids = range(start, min(start + BATCH, exhibits + 1))
        conn.executemany("INSERT INTO cases (id, case_number, recorded_at, created_at, updated_at, status) "
                         "VALUES (?, ?, '2026-01-01', '2026-01-01', '2026-01-01', 'approved')",
                         [(i, f"BENCH-2026-{i:06d}") for i in ids])
        conn.executemany("INSERT INTO exhibits (id, case_id, number, kind, substance) VALUES (?, ?, '01', 'drug', "
                         "'cocaine')", [(i, i) for i in ids])
        events = []
        for i in ids:
            events.append((i, 1, "seized", "2026-01-02T10:00", "bench",
                           json.dumps({"holder": "bench", "location": f"SHELF-{i % shelves}"}), "2026-01-02"))
            if i % 2:
                events.append((i, 2, "stored", "2026-01-03T10:00", "bench",
                               json.dumps({"location": f"SHELF-{(i * 7) % shelves}"}), "2026-01-03"))
        conn.executemany("INSERT INTO custody_events (exhibit_id, seq, type, at, actor, detail, recorded_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)", events)
        conn.commit()
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--exhibits", type=int, default=1_000_000)
    parser.add_argument("--shelves", type=int, default=5000)
    parser.add_argument("--db", type=Path, help="the database file to build (default: a temporary one)")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="caseapp-bench-")
    path = args.db or Path(folder) / "room.sqlite3"
    started = time.perf_counter()
    build(path, args.exhibits, args.shelves)
    built = time.perf_counter() - started
    app = CaseApp.open(path)
    try:
        store = app._stores.inventory
        started = time.perf_counter()
        found = store.recorded_at("shelf-42")
        shelf_seconds = time.perf_counter() - started
        candidates = app._db.execute(
            f"SELECT count(DISTINCT exhibit_id) FROM custody_events WHERE {store.LOCATION_KEY} = lower(trim(?))",
            ["shelf-42"]).fetchone()[0]
        sample = [CustodyEvent("seized", "2026-01-02T10:00", "bench", holder="bench", location="SHELF-1", seq=1),
                  CustodyEvent("stored", "2026-01-03T10:00", "bench", location="SHELF-7", seq=2)]
        started = time.perf_counter()
        for _ in range(10000):
            replay(sample)
        per_replay = (time.perf_counter() - started) / 10000
    finally:
        app.close()
    print(f"exhibits {args.exhibits:,}, shelves {args.shelves:,} (built in {built:.1f} s)")
    print(f"shelf-42: {candidates} candidates from the index, {len(found)} recorded there now, "
          f"found in {shelf_seconds * 1000:.1f} ms")
    print(f"replaying every exhibit instead: about {per_replay * args.exhibits:.1f} s of replay alone "
          f"({per_replay * 1e6:.1f} us an exhibit), before reading the events")


if __name__ == "__main__":
    main()
