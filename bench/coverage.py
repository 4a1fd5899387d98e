#!/usr/bin/env python3
"""Catalogue coverage of the UN's drug names: the share of DRUG_NAME values, and of the rows of a generated IDS
file (or of any IDS file), that resolve to a catalogue substance or at least to a substance group.

    python bench/coverage.py [tests/data/un_drug_names.csv] [--unresolved] [--rows 300000 [--seed 1]]
    python bench/coverage.py --ids FILE.csv

The names file has DRUG_NAME, ROWS (a published row count, else blank) and SHARE columns; lines starting with
'#' describe the source. Resolution is the importer's own: "Unknown" and its like are an explicitly unknown
substance (core.normalise.is_unknown_substance, by design no catalogue entry); else Catalogue.find() (names,
aliases, French names from the CDSA, "X (Y)" and "X, Y" forms, mixtures to the group their parts share): a
substance, or a group's "(not specified)" entry (group level).

Rows are those of bench/generate.py for --rows N (DRUG_NAME drawn by the EMCDDA's shares of seizures by drug,
split evenly among the names of a share), or the DRUG_NAME cells of an IDS file for --ids. The last line gives
the figures: rows resolved to the catalogue, and the same counting the explicitly unknown rows as resolved (to
"unknown"), which is what issue 14's goal 2 counts: such a row is not missed, it says its drug is unknown.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from caseapp.core.normalise import is_unknown_substance  # noqa: E402
from caseapp.core.substances import Catalogue, default_catalogue  # noqa: E402

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data" / "un_drug_names.csv"


def read_names(path: Path) -> list[tuple[str, int]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return [(row["DRUG_NAME"], int(row["ROWS"] or 1)) for row in csv.DictReader(lines)]


def outcome(catalogue: Catalogue, name: str) -> str:
    """What the importer (core.normalise.normalise_exhibit) makes of a DRUG_NAME: 'unknown' (an explicitly
    unknown substance, by design), 'substance' (a catalogue substance), 'group' (a group's "(not specified)"
    entry: searched and counted under the group) or 'unresolved'. A name only Catalogue.find_group() knows is
    unresolved here: the importer gives its exhibit no entry, so no group either."""
    if is_unknown_substance(name):
        return "unknown"
    found = catalogue.find(name)
    if found is None:
        return "unresolved"
    return "group" if found.id.endswith("-not-specified") else "substance"


def coverage(names: Iterable[tuple[str, int]]) -> dict:
    """Distinct names and their rows by outcome: names resolved, unknown by design and unresolved (in order),
    and the row counts of each outcome."""
    catalogue = default_catalogue()
    by_name: dict[str, str] = {}
    rows: Counter[str] = Counter()
    for name, count in names:
        kind = by_name.setdefault(name, outcome(catalogue, name))
        rows[kind] += count
    listed = {kind: [n for n, k in by_name.items() if k == kind] for kind in ("substance", "group", "unknown",
                                                                           "unresolved")}
    return {"names": len(by_name), "substance": len(listed["substance"]), "group": len(listed["group"]),
            "resolved": listed["substance"] + listed["group"], "unknown": listed["unknown"],
            "unresolved": listed["unresolved"], "rows": sum(rows.values()), "row_counts": dict(rows)}


def generated_names(count: int, seed: int) -> Counter[str]:
    """DRUG_NAME of each row of the file `bench/generate.py --exhibits count --seed seed` writes."""
    from generate import rows

    return Counter(row[6] for row in rows(count, seed))


def ids_names(path: Path) -> Counter[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        sample = handle.readline()
        handle.seek(0)
        reader = csv.DictReader(handle, delimiter=";" if sample.count(";") > sample.count(",") else ",")
        return Counter(row["DRUG_NAME"] or "" for row in reader)


def figures(result: dict, what: str) -> str:
    counts = result["row_counts"]
    total = result["rows"] or 1
    resolved = counts.get("substance", 0) + counts.get("group", 0)
    unknown = counts.get("unknown", 0)
    return (f"names {result['names']}: resolved {len(result['resolved'])} ({result['substance']} substance, "
            f"{result['group']} group level), unknown by design "
            f"{len(result['unknown'])}, unresolved {len(result['unresolved'])}; {what} {result['rows']}: resolved "
            f"{resolved} ({resolved / total:.2%}), unknown by design {unknown}, unresolved "
            f"{counts.get('unresolved', 0)}; resolved counting unknown by design {(resolved + unknown) / total:.2%}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT, help="the names file (DRUG_NAME, ROWS)")
    parser.add_argument("--unresolved", action="store_true", help="list the names that resolve to nothing")
    parser.add_argument("--rows", type=int, help="measure the rows of a generated file of this many rows")
    parser.add_argument("--seed", type=int, default=1, help="the generator's seed (default 1)")
    parser.add_argument("--ids", type=Path, help="measure the DRUG_NAME cells of this IDS file")
    args = parser.parse_args()
    if args.ids is not None:
        counted, what = ids_names(args.ids), f"rows of {args.ids.name}"
    elif args.rows is not None:
        counted, what = generated_names(args.rows, args.seed), f"generated rows (seed {args.seed})"
    else:
        counted, what = Counter(dict(read_names(args.file))), "rows (names file's ROWS, else 1)"
    result = coverage(counted.items())
    if args.unresolved:
        for name in result["unresolved"]:
            print(f"unresolved: {name} ({counted[name]} rows)")
        for name in result["unknown"]:
            print(f"unknown by design: {name} ({counted[name]} rows)")
    print(figures(result, what))
    return 0


if __name__ == "__main__":
    sys.exit(main())
