"""The disposal workflow's reads: its events across exhibits and cases (a batch groups them by `batch`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from caseapp.core.custody import CustodyEvent


@dataclass(frozen=True)
class DisposalEventRow:
    """One disposal event (requested, authorised, refused, disposed) with the exhibit it is about."""

    case_number: str
    exhibit_number: str
    exhibit_id: int
    event: CustodyEvent


class Disposals(Protocol):
    def disposal_events(self, batch: str | None = None) -> list[DisposalEventRow]: ...
