"""The audit trail of one case, read-only: who did what and when, in the agency's time zone.

The entries are the case's own (entity "case": created, updated, submitted, approved, returned, amended...)
and the custody events of its exhibits, which the custody service logs under entity "exhibit" with the id
"<case number>/<exhibit number>". Times are stored in UTC and shown in the agency time zone; the full detail
of an entry is its tooltip, and the chain hash of the selected entry is shown below the table (it can be
checked later with 'caseapp-cli verify --anchor HASH')."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.core import vocab
from caseapp.gui.dialogs.custody_event import event_label
from caseapp.gui.dialogs.login import dim
from caseapp.gui.i18n import labelled, plural, translate
from caseapp.services.app import CaseApp
from caseapp.store.contract import AuditEntry

ACTION_WORDS = {
    "create": QT_TRANSLATE_NOOP("AuditView", "created"), "update": QT_TRANSLATE_NOOP("AuditView", "updated"),
    "submit": QT_TRANSLATE_NOOP("AuditView", "submitted"), "approve": QT_TRANSLATE_NOOP("AuditView", "approved"),
    "return": QT_TRANSLATE_NOOP("AuditView", "returned"), "amend": QT_TRANSLATE_NOOP("AuditView", "amended"),
    "attach": QT_TRANSLATE_NOOP("AuditView", "attachment added"),
    "detach": QT_TRANSLATE_NOOP("AuditView", "attachment removed"),
    "import": QT_TRANSLATE_NOOP("AuditView", "imported"), "export": QT_TRANSLATE_NOOP("AuditView", "exported"),
    "print": QT_TRANSLATE_NOOP("AuditView", "printed"), "catalogue_add": QT_TRANSLATE_NOOP("AuditView",
                                                                                          "substance added"),
    "bundle": QT_TRANSLATE_NOOP("AuditView", "hand-over package made"),
    "bundle_import": QT_TRANSLATE_NOOP("AuditView", "received in a hand-over package"),
}
COLUMNS = (QT_TRANSLATE_NOOP("AuditView", "When"), QT_TRANSLATE_NOOP("AuditView", "Who"),
           QT_TRANSLATE_NOOP("AuditView", "Action"), QT_TRANSLATE_NOOP("AuditView", "Details"))
WORKFLOW_FIELDS = frozenset({"status", "approved_by", "approved_at"})  # shown as the status change, not as fields
HASH_PREFIX = 16
CHANGES_SHOWN = 3
TOOLTIP_LIMIT = 4000


def action_words(action: str) -> str:
    """'submit' -> 'submitted', 'custody_sent_to_lab' -> 'custody: sent to lab'."""
    if action in ACTION_WORDS:
        return translate("AuditView", ACTION_WORDS[action])
    if action.startswith("custody_"):
        kind = action.removeprefix("custody_")
        words = event_label(kind) if kind in vocab.CUSTODY_EVENT else kind.replace("_", " ")
        return translate("AuditView", "custody: {event}").format(event=words.lower())
    return action.replace("_", " ")


def _field_words(path: str) -> str:
    """'exhibits[01].quantity.value' -> 'exhibit 01 quantity value'."""
    text = path.replace("exhibits[", translate("AuditView", "exhibit") + " ")
    text = text.replace("persons[", translate("AuditView", "person") + " ")
    return text.replace("]", "").replace(".", " ").replace("_", " ")


def _value(value: Any, limit: int = 28) -> str:
    if value is None or value == "" or value == []:
        return translate("AuditView", "(empty)")
    text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def summary(entry: AuditEntry) -> str:
    """One line saying what the entry did."""
    d = entry.detail
    parts: list[str] = []
    if entry.entity == "exhibit" and entry.entity_id:
        number = entry.entity_id.rsplit("/", 1)[-1]
        held = translate("AuditView", "held by {holder}").format(holder=d["holder"]) if d.get("holder") else ""
        at = translate("AuditView", "at {location}").format(location=d["location"]) if d.get("location") else ""
        where = " ".join(p for p in (held, at) if p)
        parts.append(translate("AuditView", "exhibit {number} event #{seq}").format(number=number,
                                                                                    seq=d.get("seq", "?"))
                     + (f": {where}" if where else ""))
        return "; ".join(parts)
    if entry.action in ("attach", "detach"):
        name = str(d.get("file_name") or translate("AuditView", "attachment {id}").format(id=d.get("attachment", "?")))
        parts.append(name + (" (" + translate("AuditView", "exhibit {number}").format(number=d["exhibit"]) + ")"
                             if d.get("exhibit") else ""))
    if d.get("reason"):
        parts.append(translate("AuditView", "reason: {reason}").format(reason=d["reason"]))
    changed = d.get("changes")
    status = d.get("status") or (changed.get("status") if isinstance(changed, dict) else None)
    if isinstance(status, list) and len(status) == 2:
        parts.append(f"{vocab.CASE_STATUS.display(status[0]).lower()} → {vocab.CASE_STATUS.display(status[1]).lower()}")
    if entry.action == "create" and "exhibits" in d:
        parts.append(plural(int(d["exhibits"]), translate("AuditView", "{n} exhibit"),
                            translate("AuditView", "{n} exhibits")))
    if isinstance(changed, dict):
        fields = {k: v for k, v in changed.items() if k not in WORKFLOW_FIELDS}
        shown = [labelled(_field_words(k), f"{_value(v[0])} → {_value(v[1])}") if isinstance(v, list) and len(v) == 2
                 else _field_words(k) for k, v in list(fields.items())[:CHANGES_SHOWN]]
        more = len(fields) - CHANGES_SHOWN
        others = plural(more, translate("AuditView", "and {n} more field"),
                        translate("AuditView", "and {n} more fields"))
        parts.append("; ".join(shown) + (f"; {others}" if more > 0 else "")
                     if fields else translate("AuditView", "no field changed"))
    if not parts:
        parts = [f"{k}: {_value(v)}" for k, v in d.items() if k not in ("rows", "version")]
    return "; ".join(parts)


def detail_text(entry: AuditEntry) -> str:
    text = json.dumps(entry.detail, indent=2, ensure_ascii=False, sort_keys=True, default=str)
    return text if len(text) <= TOOLTIP_LIMIT else text[:TOOLTIP_LIMIT] + "\n…"


class AuditView(QWidget):
    """Read-only audit trail of the case shown with `show_case` (None: no case, nothing shown)."""

    def __init__(self, app: CaseApp, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.case_number: str | None = None
        self.entries: list[AuditEntry] = []

        self.title = QLabel(self.tr("&Audit trail"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(self.tr("Audit trail"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setHighlightSections(False)
        self.title.setBuddy(self.table)

        self.empty_label = dim(QLabel())
        self.empty_label.setAccessibleName(self.tr("No audit entries"))
        self.empty_label.setWordWrap(True)
        self.hash_label = dim(QLabel())
        self.hash_label.setAccessibleName(self.tr("Chain hash of the selected entry"))
        self.hash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(self.hash_label.font().pointSizeF() * 0.9, 7.0))
        self.hash_label.setFont(mono)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hash_label)
        self.table.itemSelectionChanged.connect(self._selected)
        self.show_case(None)

    def _zone_name(self) -> str:
        zone = self.app.timezone()
        return zone.key if zone is not None else self.tr("local time")

    def local_time(self, at: str) -> str:
        """A stored UTC time ('2026-11-25T12:00:00Z') in the agency time zone, to the minute."""
        try:
            moment = datetime.fromisoformat(at)
        except ValueError:
            return at
        zone = self.app.timezone()
        local = moment.astimezone(zone) if zone is not None else moment.astimezone()
        return local.strftime("%Y-%m-%d %H:%M")

    def case_entries(self, case_number: str) -> list[AuditEntry]:
        """The case's own entries and its exhibits' custody entries, oldest first."""
        return self.app.case_history(case_number)

    def show_case(self, case_number: str | None) -> None:
        self.case_number = case_number
        self.entries = self.case_entries(case_number) if case_number else []
        self.table.setHorizontalHeaderLabels([self.tr("When ({zone})").format(zone=self._zone_name()),
                                              *(translate("AuditView", title) for title in COLUMNS[1:])])
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            tooltip = (self.tr("Entry {id}, stored {at} (UTC)").format(id=entry.id, at=entry.at)
                       + f"\n{detail_text(entry)}")
            cells = (self.local_time(entry.at), entry.actor or self.tr("(system)"), action_words(entry.action),
                     summary(entry))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tooltip)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 12, 260))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if not case_number:
            self.empty_label.setText(self.tr("Save the case to start its audit trail."))
        elif not self.entries:
            self.empty_label.setText(self.tr("No audit entries name this case: an imported case is logged under the "
                                             "import of its file."))
        self.empty_label.setVisible(not self.entries)
        self.table.setVisible(bool(self.entries))
        if self.entries:
            self.table.setCurrentCell(len(self.entries) - 1, 0)
        self._selected()

    def selected_entry(self) -> AuditEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows and self.entries else None

    def _selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            self.hash_label.setText("")
            self.hash_label.setToolTip("")
            return
        self.hash_label.setText(self.tr("Entry {id} · chain hash {hash}…").format(id=entry.id,
                                                                                 hash=entry.hash[:HASH_PREFIX]))
        self.hash_label.setToolTip(self.tr("Full chain hash: {hash}\nCheck it later with caseapp-cli verify --anchor "
                                           "{hash}").format(hash=entry.hash))
