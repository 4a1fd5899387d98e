"""An external number as the store gives it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExternalNumber:
    id: int
    case_number: str
    exhibit_number: str | None  # None: the case's own number
    kind: str
    value: str
    added_by: str
    added_at: str
    removed_by: str | None = None
    removed_at: str | None = None
    removed_reason: str | None = None
