#!/usr/bin/env python3
"""Catalogue coverage of the UN's drug names: the share of DRUG_NAME values (and of rows, where the data
file gives row counts) that resolve to a catalogue substance, or at least to a substance group.

    python bench/coverage.py [tests/data/un_drug_names.csv] [--unresolved]

The file has a DRUG_NAME column and a ROWS column (a row count, or blank where no count was published: such a
name weighs one row). Lines starting with '#' describe the source. Resolution is the importer's own:
Catalogue.find() (names, aliases, French names from the CDSA, "X (Y)" and "X, Y" forms), else
Catalogue.find_group() for a name that is a group's. The last line gives the figures.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from caseapp.core.substances import default_catalogue  # noqa: E402

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data" / "un_drug_names.csv"


def read_names(path: Path) -> list[tuple[str, int]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return [(row["DRUG_NAME"], int(row["ROWS"] or 1)) for row in csv.DictReader(lines)]


def coverage(names: list[tuple[str, int]]) -> dict[str, float | int | list[str]]:
    catalogue = default_catalogue()
    substance = group = rows_substance = rows_group = 0
    unresolved: list[str] = []
    for name, rows in names:
        found, found_group = catalogue.resolve(name)
        if found is not None:
            substance += 1
            rows_substance += rows
        elif found_group is not None:
            group += 1
            rows_group += rows
        else:
            unresolved.append(name)
    total_rows = sum(rows for _, rows in names)
    return {"names": len(names), "substance": substance, "group": group, "rows": total_rows,
            "rows_substance": rows_substance, "rows_group": rows_group, "unresolved": unresolved,
            "share": (substance + group) / len(names), "row_share": (rows_substance + rows_group) / total_rows}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--unresolved", action="store_true", help="list the names that resolve to nothing")
    args = parser.parse_args()
    result = coverage(read_names(args.file))
    if args.unresolved:
        for name in result["unresolved"]:  # type: ignore[union-attr]
            print(f"unresolved: {name}")
    print(f"names {result['names']}: substance {result['substance']}, group only {result['group']}, "
          f"resolved {result['share']:.1%}; rows {result['rows']}: resolved {result['row_share']:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
