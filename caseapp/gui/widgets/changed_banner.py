"""The banner over a case tab whose case was changed at another workstation while this tab held unsaved
changes: who changed it and when, with Reload (the stored case, after a confirmation: what is typed here
goes) and Keep mine (the typing stays; saving it is then refused by the version check, never a silent
overwrite of the other workstation's change)."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


def local_time(at: str, zone: tzinfo | None) -> str:
    """An audit time (UTC, ISO) as the agency reads it: in its time zone (`zone`; the machine's when None)."""
    try:
        moment = datetime.fromisoformat(at.replace("Z", "+00:00"))
    except ValueError:
        return at
    if moment.tzinfo is None:
        return moment.strftime("%Y-%m-%d %H:%M")
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


class ChangedBanner(QFrame):
    reload_requested = Signal()
    keep_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changed-banner")
        self.setAccessibleName(self.tr("changed at another workstation"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#changed-banner { background: #fff4ce; border: 1px solid #c19c00; }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reload_button = QPushButton(self.tr("Reload (discard my changes)"), self)
        self.keep_button = QPushButton(self.tr("Keep mine"), self)
        self.keep_button.setToolTip(self.tr("Your changes stay here; saving them is refused until the case is "
                                            "reopened, so the other change is never overwritten"))
        self.reload_button.clicked.connect(self.reload_requested)
        self.keep_button.clicked.connect(self._keep)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.reload_button)
        row.addWidget(self.keep_button)
        self.hide()

    def show_change(self, actor: str | None, when: str) -> None:
        who = actor or self.tr("another program")
        self.label.setText(self.tr("This case was changed at another workstation by {who} at {when}.")
                           .format(who=who, when=when) if when else
                           self.tr("This case was changed at another workstation by {who}.").format(who=who))
        self.show()

    def _keep(self) -> None:
        self.hide()
        self.keep_requested.emit()
