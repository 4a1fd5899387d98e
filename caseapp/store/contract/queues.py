"""The work queues' candidate rows, as the store hands them to the services (core.queues decides on them)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CaseCandidate:
    case_number: str
    occurred_at: str | None
    created_by: str | None
    updated_at: str | None


@dataclass(frozen=True)
class ExhibitCandidate:
    exhibit_id: int
    case_number: str
    exhibit_number: str
    occurred_at: str | None
    kind: str
