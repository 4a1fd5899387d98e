"""What changed between two versions of a record, for the audit trail's before/after."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

SYSTEM_FIELDS = frozenset({"id", "version", "updated_by", "updated_at", "created_by", "created_at", "recorded_at",
                           "source", "substance_id", "kg_mg", "kg_estimate", "hazard_flag"})


def _flatten(value: Any, prefix: str, out: dict[str, Any]) -> None:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            if field.name not in SYSTEM_FIELDS:
                _flatten(getattr(value, field.name), f"{prefix}.{field.name}" if prefix else field.name, out)
    elif isinstance(value, list):
        if value and all(dataclasses.is_dataclass(v) for v in value):
            for index, item in enumerate(value):
                label = getattr(item, "number", None) or str(index + 1)
                _flatten(item, f"{prefix}[{label}]", out)
        else:
            out[prefix] = list(value)
    elif isinstance(value, tuple):
        out[prefix] = list(value)
    else:
        out[prefix] = str(value) if isinstance(value, Decimal) else value


def changes(before: Any, after: Any) -> dict[str, list[Any]]:
    """{field path: [before, after]} for every field whose value differs ("exhibits[01].quantity.value")."""
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    _flatten(before, "", old)
    _flatten(after, "", new)
    return {key: [old.get(key), new.get(key)] for key in sorted(set(old) | set(new)) if old.get(key) != new.get(key)}
