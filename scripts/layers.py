"""Print the package's layout: each module with its line count, then the import graph between the layers
(core, store contract, store back ends, services, io, reports, cli, gui) with how many modules import
across each edge. Run from the repository root: python scripts/layers.py [--tree] [--graph]"""

from __future__ import annotations

import argparse
import ast
from collections import Counter
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "caseapp"


def layer(module: str) -> str:
    parts = module.split(".")
    if len(parts) < 2:
        return "caseapp (version)"
    if parts[1] == "store" and len(parts) > 2 and parts[2] in ("sqlite", "postgres", "contract"):
        return f"store.{parts[2]}"
    if parts[1].startswith("cli"):
        return "cli"
    if parts[1] in ("logs", "paths"):
        return "core"
    return parts[1]


def module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("caseapp")}


def tree() -> None:
    total = 0
    for path in sorted(PACKAGE.rglob("*.py")):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        total += lines
        depth = len(path.relative_to(PACKAGE).parts) - 1
        print(f"{'  ' * depth}{path.relative_to(PACKAGE)}  {lines}")
    print(f"total {total} lines")


def graph() -> None:
    edges: Counter[tuple[str, str]] = Counter()
    for path in PACKAGE.rglob("*.py"):
        source = layer(module_name(path))
        for target in {layer(name) for name in imports(path)}:
            if target != source:
                edges[(source, target)] += 1
    for (source, target), count in sorted(edges.items()):
        print(f"{source:>14} -> {target:<14} {count} module(s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tree", action="store_true")
    parser.add_argument("--graph", action="store_true")
    args = parser.parse_args()
    if args.tree or not args.graph:
        tree()
    if args.graph or not args.tree:
        graph()


if __name__ == "__main__":
    main()
