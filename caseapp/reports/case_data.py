"""What the case report prints, gathered before it is built: the case, its custody, attachments and audit
entries, and the facts of the print (who, when, the chain hash). The report's sections read only this."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any, Protocol

from caseapp.core.custody import CustodyEvent
from caseapp.core.model import Case
from caseapp.core.room import RoomSettings
from caseapp.core.substances import Catalogue
from caseapp.store.contract.numbers import ExternalNumber

__all__ = ["AttachmentInfo", "AuditRecord", "CaseReportData"]


class AttachmentInfo(Protocol):
    """What the report reads of an attachment (caseapp.store.contract.Attachment has it)."""

    @property
    def file_name(self) -> str: ...

    @property
    def media_type(self) -> str: ...

    @property
    def size(self) -> int: ...

    @property
    def sha256(self) -> str: ...

    @property
    def caption(self) -> str: ...

    @property
    def exhibit_number(self) -> str | None: ...

    @property
    def added_by(self) -> str: ...

    @property
    def added_at(self) -> str: ...

    @property
    def removed_by(self) -> str | None: ...

    @property
    def removed_at(self) -> str | None: ...

    @property
    def removed_reason(self) -> str | None: ...


@dataclass(frozen=True)
class AuditRecord:
    """One audit entry about the case, as the report prints it."""

    at: str  # as stored: ISO UTC, "2026-11-25T12:00:00Z"
    actor: str | None
    action: str
    detail: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class CaseReportData:
    """Everything the report prints; nothing else is read while it is built."""

    case: Case
    agency: str  # the agency named in the header
    zone: tzinfo  # the agency time zone: case and custody times are local to it, stored UTC times shown in it
    generated_at: datetime  # aware; printed in `zone`
    printed_by: str  # who printed it: "Sgt Sam Okafor (sam)"; also the PDF's author
    chain_hash: str  # the audit chain's latest hash when the data was read
    custody: Mapping[str, Sequence[CustodyEvent]] = field(default_factory=dict)  # exhibit number -> events
    attachments: Sequence[tuple[AttachmentInfo, bytes | None]] = ()  # bytes of pictures; None: not shown
    audit: Sequence[AuditRecord] = ()  # the case's audit entries, oldest first
    people: Mapping[str, str] = field(default_factory=dict)  # login -> display name
    catalogue: Catalogue | None = None  # names the hazard class ("fentanyl-class"); None: "HAZARD" alone
    admin_key: str = ""  # fingerprint of the first admin's first signing key, the root of the entries' signatures
    room: RoomSettings | None = None  # the weight tolerance that flags custody weights; None: not checked
    numbers: Sequence[ExternalNumber] = ()  # other agencies' numbers of the case and its exhibits

    @property
    def zone_name(self) -> str:
        return str(getattr(self.zone, "key", "") or self.zone.tzname(self.generated_at) or "UTC")
