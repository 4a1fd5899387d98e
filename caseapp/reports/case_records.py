"""The case report's records: attachments (pictures shown, bytes checked against their SHA-256), the chain
of custody of each exhibit, the audit trail with the chain hash to check it against later, and the
signature blocks (see case_report for the whole)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from caseapp.core import vocab
from caseapp.core.continuity import discrepancies
from caseapp.core.custody import CustodyEvent
from caseapp.core.i18n import QT_TRANSLATE_NOOP, plural, translate
from caseapp.core.model import claims_text
from caseapp.reports.case_layout import FONT, WIDTH, fields_table, grid, heading, label_lines, named_style, para
from caseapp.reports.fitting import Text, budgeted
from caseapp.reports.flowables import ImageBox, PlaceholderBox, chunk_rows, split_rows, thumbnail_or_problem
from caseapp.reports.styles import HAZARD_RED, HEADER_FILL, RULE, markup
from caseapp.reports.values import DASH, local_time, or_dash, person_name, stored_time

if TYPE_CHECKING:
    from caseapp.reports.case_data import AuditRecord, CaseReportData

THUMBNAIL = 34 * mm  # the box an attachment's picture is fitted into
CUSTODY_COLUMNS: tuple[tuple[str, float], ...] = (
    ("#", 6), (QT_TRANSLATE_NOOP("CaseReport", "When"), 20), (QT_TRANSLATE_NOOP("CaseReport", "Event"), 19),
    (QT_TRANSLATE_NOOP("CaseReport", "Holder"), 24), (QT_TRANSLATE_NOOP("CaseReport", "Location"), 27),
    (QT_TRANSLATE_NOOP("CaseReport", "Seal"), 23), (QT_TRANSLATE_NOOP("CaseReport", "Weight"), 15),
    (QT_TRANSLATE_NOOP("CaseReport", "Details"), 26), (QT_TRANSLATE_NOOP("CaseReport", "By"), 20),
)


def attachments_section(data: CaseReportData) -> list[Flowable]:
    out = heading(translate("CaseReport", "Attachments ({count})").format(count=len(data.attachments)))
    if not data.attachments:
        return [*out, para(translate("CaseReport", "No attachments."), "body")]
    rows: list[list[Any]] = []
    for attachment, content in data.attachments:
        picture: Flowable
        problem = ""
        if content is not None and hashlib.sha256(content).hexdigest() != attachment.sha256:
            problem = translate("CaseReport", "THE STORED BYTES DO NOT MATCH THIS SHA-256: run verify")
            picture = PlaceholderBox(translate("CaseReport", "NOT VERIFIED"), THUMBNAIL)
        elif attachment.removed_at:
            picture = PlaceholderBox(translate("CaseReport", "REMOVED"), THUMBNAIL)
        elif content is not None and (shown := thumbnail_or_problem(content))[0] is not None:
            thumb = shown[0]
            picture = ImageBox(thumb[0], thumb[1], THUMBNAIL)
        elif content is not None and shown[1]:
            problem = shown[1]
            picture = PlaceholderBox(translate("CaseReport", "TOO LARGE"), THUMBNAIL)
        else:
            suffix = attachment.file_name.rpartition(".")[2] if "." in attachment.file_name else ""
            word = suffix.upper()[:6] if suffix and len(suffix) <= 6 else translate("CaseReport", "FILE")
            picture = PlaceholderBox(word, THUMBNAIL)
        where = (translate("CaseReport", "exhibit {number}").format(number=attachment.exhibit_number)
                 if attachment.exhibit_number else translate("CaseReport", "the case"))
        removed = ""
        if attachment.removed_at:
            removed = translate("CaseReport", "by {person} on {moment}: {reason}").format(
                person=person_name(attachment.removed_by, data.people),
                moment=stored_time(attachment.removed_at, data.zone), reason=attachment.removed_reason or "")
        size = plural(attachment.size, translate("CaseReport", "{n} byte"), translate("CaseReport", "{n} bytes"))
        facts = label_lines((translate("CaseReport", "caption:"), attachment.caption),
                            (translate("CaseReport", "attached to:"), where),
                            (translate("CaseReport", "type:"), f"{attachment.media_type}, {size}"),
                            (translate("CaseReport", "added:"), f"{person_name(attachment.added_by, data.people)}, "
                                                     f"{stored_time(attachment.added_at, data.zone)}"),
                            (translate("CaseReport", "REMOVED"), removed), ("SHA-256:", attachment.sha256))
        text = f"{markup(budgeted(attachment.file_name), bold=True)}<br/>{facts.text}"
        if problem:
            text += f'<br/><font color="#{HAZARD_RED.hexval()[2:]}">{markup(problem, bold=True)}</font>'
        rows.append([picture, Text(text, named_style("cell"))])
    widths = [THUMBNAIL + 4 * mm, WIDTH - THUMBNAIL - 4 * mm]
    table = Table([piece for pieces in chunk_rows(rows, widths, 0) for piece in pieces], colWidths=widths,
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return [*out, table]


def _event_details(event: CustodyEvent) -> list[tuple[str, object]]:
    return [
        (translate("CaseReport", "corrects #"), str(event.corrects) if event.corrects is not None else ""),
        (translate("CaseReport", "purpose:"), event.purpose), (translate("CaseReport", "due:"), event.due_date),
        (translate("CaseReport", "tracking:"), event.tracking_number),
        (translate("CaseReport", "method:"), event.method), (translate("CaseReport", "authority:"), event.authority),
        (translate("CaseReport", "witnesses:"), "; ".join(event.witnesses)),
        (translate("CaseReport", "notes:"), event.notes),
        (translate("CaseReport", "counted by:"), "; ".join(event.counted_by)),
        (translate("CaseReport", "sample:"), event.sample_weight), (translate("CaseReport", "request:"), event.batch),
    ]


def _weight_flags(data: CaseReportData, number: str, events: Sequence[CustodyEvent]) -> list[Flowable]:
    """A red line under the exhibit's custody for each weight beyond tolerance (core.continuity)."""
    if data.room is None:
        return []
    exhibit = next((e for e in data.case.exhibits if e.number == number), None)
    found = discrepancies(exhibit.quantity if exhibit else None, events, data.room)
    flag = translate("CaseReport", "Weight discrepancy: {what}")
    return [Text(f'<font color="#b00020">{markup(flag.format(what=d.describe()), bold=True)}</font>',
                 named_style("small")) for d in found]


def custody_section(data: CaseReportData) -> list[Flowable]:
    out = heading(translate("CaseReport", "Chain of custody"))
    numbers = [e.number or "" for e in data.case.exhibits]
    known = [n for n in numbers if data.custody.get(n)]
    missing = [n for n in numbers if not data.custody.get(n)]
    extra_numbers = sorted(set(data.custody) - set(numbers))
    if not known and not extra_numbers:
        return [*out, para(translate("CaseReport", "No custody events recorded."), "body")]
    for number in [*known, *extra_numbers]:
        events = data.custody[number]
        rows: list[list[Any]] = [[para(translate("CaseReport", h) if h != "#" else h, "cell_bold")
                                  for h, _ in CUSTODY_COLUMNS]]
        for event in events:
            rows.append([
                para(str(event.seq) if event.seq is not None else "", "small"),
                para(local_time(event.at, data.zone, with_zone=False), "small"),
                para(vocab.CUSTODY_EVENT.display(event.type), "small", bold=event.type == "correction"),
                label_lines(("", event.holder), (translate("CaseReport", "from"), event.from_holder), style="small"),
                para(or_dash(event.location), "small"), para(or_dash(event.seal_number), "small"),
                para(or_dash(event.weight), "small"), label_lines(*_event_details(event), style="small"),
                para(person_name(event.actor, data.people), "small"),
            ])
        counted = plural(len(events), translate("CaseReport", "{n} event"), translate("CaseReport", "{n} events"))
        title = Text(markup(translate("CaseReport", "Exhibit {number}: {events} (times in {zone})").format(
            number=number, events=counted, zone=data.zone_name), bold=True), named_style("body"))
        out += [CondPageBreak(25 * mm), Spacer(1, 6), title, Spacer(1, 2),
                grid(rows, [w for _, w in CUSTODY_COLUMNS]), *_weight_flags(data, number, events)]
    if missing:
        none = plural(len(missing), translate("CaseReport", "No custody events recorded for exhibit {numbers}."),
                      translate("CaseReport", "No custody events recorded for exhibits {numbers}."))
        out += [Spacer(1, 4), para(none.format(numbers=", ".join(missing)), "body")]
    return out


ACTION_WORDS = {"create": QT_TRANSLATE_NOOP("CaseReport", "Created"),
                "update": QT_TRANSLATE_NOOP("CaseReport", "Edited"),
                "submit": QT_TRANSLATE_NOOP("CaseReport", "Submitted"),
                "approve": QT_TRANSLATE_NOOP("CaseReport", "Approved"),
                "return": QT_TRANSLATE_NOOP("CaseReport", "Returned"),
                "amend": QT_TRANSLATE_NOOP("CaseReport", "Amended"),
                "attach": QT_TRANSLATE_NOOP("CaseReport", "Attachment added"),
                "detach": QT_TRANSLATE_NOOP("CaseReport", "Attachment removed"),
                "print": QT_TRANSLATE_NOOP("CaseReport", "Printed"),
                "import": QT_TRANSLATE_NOOP("CaseReport", "Imported"),
                "bundle": QT_TRANSLATE_NOOP("CaseReport", "Hand-over package made"),
                "bundle_import": QT_TRANSLATE_NOOP("CaseReport", "Received in a hand-over package"),
                "lab_request": QT_TRANSLATE_NOOP("CaseReport", "Sent to the lab"),
                "lab_result": QT_TRANSLATE_NOOP("CaseReport", "Lab result")}


def _audit_detail(record: AuditRecord) -> list[tuple[str, object]]:
    d = record.detail
    parts: list[tuple[str, object]] = [(translate("CaseReport", "reason:"), d.get("reason") or "")]
    status = d.get("status")
    if isinstance(status, list | tuple) and len(status) == 2:
        parts.append((translate("CaseReport", "status:"),
                      " → ".join(vocab.CASE_STATUS.display(str(s)) for s in status)))
    changed = d.get("changes")
    if isinstance(changed, Mapping) and changed:
        parts.append((translate("CaseReport", "changed:"), ", ".join(str(k) for k in changed)))
    if record.action in ("attach", "detach"):
        parts += [(translate("CaseReport", "file:"), d.get("file_name") or ""),
                  (translate("CaseReport", "exhibit:"), d.get("exhibit") or ""),
                  ("SHA-256:", d.get("sha256") or "")]
    if record.action == "print":
        parts += [(translate("CaseReport", "report:"), d.get("report") or ""),
                  (translate("CaseReport", "pages:"), d.get("pages") or ""),
                  (translate("CaseReport", "chain hash:"), d.get("chain_hash") or "")]
    if record.action == "bundle":
        parts += [(translate("CaseReport", "file:"), d.get("file") or ""), ("SHA-256:", d.get("sha256") or "")]
    if record.action == "bundle_import":
        parts += [(translate("CaseReport", "from:"), d.get("from_agency") or ""),
                  (translate("CaseReport", "file:"), d.get("file") or ""),
                  (translate("CaseReport", "sender's chain hash:"), d.get("sender_chain_hash") or ""),
                  (translate("CaseReport", "signed by key:"), d.get("signed_by") or "")]
    if record.action == "create" and "exhibits" in d:
        parts.append((translate("CaseReport", "exhibits:"), d["exhibits"]))
    if "version" in d:
        parts.append((translate("CaseReport", "version:"), d["version"]))
    return parts


def _last(records: Sequence[AuditRecord], action: str) -> AuditRecord | None:
    found = [r for r in records if r.action == action]
    return found[-1] if found else None


def audit_section(data: CaseReportData) -> list[Flowable]:
    case = data.case
    out = heading(translate("CaseReport", "Audit"))

    def who_when(record: AuditRecord | None) -> str:
        if record is None:
            return ""
        return f"{person_name(record.actor, data.people)}, {stored_time(record.at, data.zone)}"

    created = f"{person_name(case.created_by, data.people)}, {stored_time(case.created_at, data.zone)}"
    approved = ""
    if case.approved_by and case.status == "approved":
        approved = f"{person_name(case.approved_by, data.people)}, {stored_time(case.approved_at, data.zone)}"
    claimed = claims_text(case.source)
    out.append(fields_table([
        (translate("CaseReport", "Created"), created if case.created_by or case.created_at else ""),
        (translate("CaseReport", "Last changed"), f"{person_name(case.updated_by, data.people)}, "
                                       f"{stored_time(case.updated_at, data.zone)}"
         if case.updated_by or case.updated_at else ""),
        (translate("CaseReport", "Submitted"), who_when(_last(data.audit, "submit"))),
        (translate("CaseReport", "Approved"),
         approved or (translate("CaseReport", "not approved") if case.status != "approved" else "")),
        # the file's word, as it gave it: names of another system, not this database's accounts
        *([(translate("CaseReport", "Per the imported file"),
            translate("CaseReport", "{claims} (as the file states; not checked)").format(claims=claimed))]
          if claimed else []),
    ]))
    rows: list[list[Any]] = [[para(translate("CaseReport", h), "cell_bold") for h in (
        QT_TRANSLATE_NOOP("CaseReport", "When"), QT_TRANSLATE_NOOP("CaseReport", "Who"),
        QT_TRANSLATE_NOOP("CaseReport", "Action"), QT_TRANSLATE_NOOP("CaseReport", "Details"))]]
    for record in data.audit:
        action = ACTION_WORDS.get(record.action)
        rows.append([para(stored_time(record.at, data.zone), "small"),
                     para(person_name(record.actor, data.people) or DASH, "small"),
                     para(translate("CaseReport", action) if action else record.action, "small"),
                     label_lines(*_audit_detail(record), style="small")])
    if data.audit:
        out += [Spacer(1, 4), grid(rows, (33, 34, 25, 88))]
    hash_style = ParagraphStyle("hash", parent=named_style("body"), fontSize=8.5)
    check = f"caseapp-cli verify --anchor {data.chain_hash}"
    key_lines: list[Any] = []
    if data.admin_key:
        check += f" --admin-key {data.admin_key}"
        key_lines = [para(translate("CaseReport", "First admin's signing key (fingerprint), which every audit "
                                                  "signature traces back to"), "label"),
                     Text(markup(data.admin_key, bold=True), hash_style)]
    anchor = Table(split_rows([[
        [para(translate("CaseReport", "Audit chain hash when this report was printed"), "label"),
         Text(markup(data.chain_hash, bold=True), hash_style), *key_lines,
         para(translate("CaseReport", "To check later that the audit trail still holds everything up to this report: "
                           "{command}").format(command=check), "small")],
    ]], [WIDTH], 12), colWidths=[WIDTH])
    anchor.setStyle(TableStyle([
        FONT, ("BOX", (0, 0), (-1, -1), 0.6, RULE), ("BACKGROUND", (0, 0), (-1, -1), HEADER_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return [*out, Spacer(1, 6), KeepTogether([anchor])]


def signatures_section(data: CaseReportData) -> list[Flowable]:
    case = data.case
    officer = person_name(case.created_by, data.people) or "; ".join(case.officers)
    supervisor = person_name(case.approved_by, data.people) if case.status == "approved" else ""

    def block(role: str, name: str) -> list[Flowable]:
        line = ParagraphStyle("sig", parent=named_style("body"), leading=22)
        return [
            Text(markup(role), ParagraphStyle("role", parent=named_style("label"), fontSize=10, leading=16)),
            Text(markup(translate("CaseReport", "Name:")) + " " + (markup(name) if name else "_" * 38), line),
            Text(markup(translate("CaseReport", "Date:")) + " " + "_" * 38, line),
            Text(markup(translate("CaseReport", "Signature:")) + " " + "_" * 33, line),
        ]

    blocks = [block(translate("CaseReport", "Officer"), officer),
              block(translate("CaseReport", "Supervisor"), supervisor)]
    table = Table(split_rows([blocks], [WIDTH / 2] * 2, 10),
                  colWidths=[WIDTH / 2] * 2)
    table.setStyle(TableStyle([FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 10)]))
    return [Spacer(1, 10), KeepTogether([para(translate("CaseReport", "Signatures"), "h2"), table])]

