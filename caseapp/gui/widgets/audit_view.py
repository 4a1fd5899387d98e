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

from PySide6.QtCore import Qt
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

from caseapp.gui.dialogs.custody_event import EVENT_LABELS
from caseapp.gui.dialogs.login import dim
from caseapp.services.app import CaseApp
from caseapp.store.contract import AuditEntry

ACTION_WORDS = {
    "create": "created", "update": "updated", "submit": "submitted", "approve": "approved", "return": "returned",
    "amend": "amended", "attach": "attachment added", "detach": "attachment removed",
    "import": "imported", "export": "exported",
}
COLUMNS = ("When", "Who", "Action", "Details")
WORKFLOW_FIELDS = frozenset({"status", "approved_by", "approved_at"})  # shown as the status change, not as fields
HASH_PREFIX = 16
CHANGES_SHOWN = 3
TOOLTIP_LIMIT = 4000


def action_words(action: str) -> str:
    """'submit' -> 'submitted', 'custody_sent_to_lab' -> 'custody: sent to lab'."""
    if action in ACTION_WORDS:
        return ACTION_WORDS[action]
    if action.startswith("custody_"):
        kind = action.removeprefix("custody_")
        return "custody: " + EVENT_LABELS.get(kind, kind.replace("_", " ")).lower()
    return action.replace("_", " ")


def _field_words(path: str) -> str:
    """'exhibits[01].quantity.value' -> 'exhibit 01 quantity value'."""
    text = path.replace("exhibits[", "exhibit ").replace("persons[", "person ").replace("]", "")
    return text.replace(".", " ").replace("_", " ")


def _value(value: Any, limit: int = 28) -> str:
    if value is None or value == "" or value == []:
        return "(empty)"
    text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def summary(entry: AuditEntry) -> str:
    """One line saying what the entry did."""
    d = entry.detail
    parts: list[str] = []
    if entry.entity == "exhibit" and entry.entity_id:
        number = entry.entity_id.rsplit("/", 1)[-1]
        where = " ".join(p for p in (f"held by {d['holder']}" if d.get("holder") else "",
                                      f"at {d['location']}" if d.get("location") else "") if p)
        parts.append(f"exhibit {number} event #{d.get('seq', '?')}" + (f": {where}" if where else ""))
        return "; ".join(parts)
    if entry.action in ("attach", "detach"):
        name = str(d.get("file_name") or f"attachment {d.get('attachment', '?')}")
        parts.append(name + (f" (exhibit {d['exhibit']})" if d.get("exhibit") else ""))
    if d.get("reason"):
        parts.append(f"reason: {d['reason']}")
    changed = d.get("changes")
    status = d.get("status") or (changed.get("status") if isinstance(changed, dict) else None)
    if isinstance(status, list) and len(status) == 2:
        parts.append(f"{status[0]} → {status[1]}")
    if entry.action == "create" and "exhibits" in d:
        count = d["exhibits"]
        parts.append(f"{count} exhibit{'' if count == 1 else 's'}")
    if isinstance(changed, dict):
        fields = {k: v for k, v in changed.items() if k not in WORKFLOW_FIELDS}
        shown = [f"{_field_words(k)}: {_value(v[0])} → {_value(v[1])}" if isinstance(v, list) and len(v) == 2
                 else _field_words(k) for k, v in list(fields.items())[:CHANGES_SHOWN]]
        more = len(fields) - CHANGES_SHOWN
        parts.append("; ".join(shown) + (f"; and {more} more field{'s' if more > 1 else ''}" if more > 0 else "")
                     if fields else "no field changed")
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

        self.title = QLabel("&Audit trail")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName("Audit trail")
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
        self.empty_label.setAccessibleName("No audit entries")
        self.empty_label.setWordWrap(True)
        self.hash_label = dim(QLabel())
        self.hash_label.setAccessibleName("Chain hash of the selected entry")
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
        return zone.key if zone is not None else "local time"

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
        self.table.setHorizontalHeaderLabels([f"When ({self._zone_name()})", *COLUMNS[1:]])
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            tooltip = f"Entry {entry.id}, stored {entry.at} (UTC)\n{detail_text(entry)}"
            cells = (self.local_time(entry.at), entry.actor or "(system)", action_words(entry.action),
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
            self.empty_label.setText("Save the case to start its audit trail.")
        elif not self.entries:
            self.empty_label.setText("No audit entries name this case: an imported case is logged under the "
                                     "import of its file.")
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
        self.hash_label.setText(f"Entry {entry.id} · chain hash {entry.hash[:HASH_PREFIX]}…")
        self.hash_label.setToolTip(f"Full chain hash: {entry.hash}\nCheck it later with caseapp-cli verify "
                                   f"--anchor {entry.hash}")
