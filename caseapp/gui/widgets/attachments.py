"""Attachments of a case (photos, scanned forms): thumbnails with their SHA-256, added from files,
opened with the system viewer, removed only with a reason (the record stays, for the audit)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from caseapp.core.changes import NOTHING
from caseapp.core.errors import CaseAppError
from caseapp.core.formats import grouped
from caseapp.gui.dialogs.reason import REMOVE_ATTACHMENT, ask_text
from caseapp.gui.i18n import plural
from caseapp.gui.settings_keys import LAST_FOLDER
from caseapp.services.app import CaseApp
from caseapp.services.attachments import Attachment, Attachments
from caseapp.services.auth import PermissionDenied, User

THUMB = QSize(120, 90)


class AttachmentsPanel(QWidget):
    changed = Signal(object)  # Changes: what an addition or removal changed

    def __init__(self, app: CaseApp, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.user = user
        self.service = app.service(Attachments)
        self.case_number: str | None = None
        self._open_folder = Path(tempfile.mkdtemp(prefix="caseapp-open-"))

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("attachments"))
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(THUMB)
        self.list.setGridSize(QSize(THUMB.width() + 60, THUMB.height() + 52))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(THUMB.height() + 70)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.currentItemChanged.connect(lambda *_: self._update_remove())
        self.exhibit = QComboBox(self)
        self.exhibit.setAccessibleName(self.tr("attach to"))
        self.add_button = QPushButton(self.tr("Attach file…"), self)  # F is the File menu's
        self.open_button = QPushButton(self.tr("Open"), self)
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        self.add_button.clicked.connect(self.add_dialog)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.empty = QLabel("", self)
        self.attach_to = QLabel(self.tr("Attach to"), self)
        bar = QHBoxLayout()
        bar.addWidget(self.attach_to)
        bar.addWidget(self.exhibit)
        bar.addWidget(self.add_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.remove_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        self.editable = False
        self._shown: dict[int, Attachment] = {}  # the attachments listed, by id

    def tab_chain(self) -> tuple[QWidget, ...]:
        """The panel's fields in the order Tab visits them."""
        return (self.exhibit, self.add_button, self.open_button, self.remove_button, self.list)

    def show_case(self, case_number: str | None, *, editable: bool, why: str = "") -> None:
        """Show the case's attachments; `editable`: the user may attach files (Workflow's "attach" rule), else
        `why` not, shown on the Add button."""
        self.case_number = case_number
        self.editable = editable
        self.add_button.setToolTip("" if editable else why)
        # a new case shows why nothing can be attached yet; once saved, the controls take the note's place
        for widget in (self.attach_to, self.exhibit, self.add_button, self.open_button, self.remove_button,
                       self.list):
            widget.setVisible(case_number is not None)
        self.exhibit.clear()
        self.exhibit.addItem(self.tr("the case"), None)
        if case_number:
            for exhibit in self.app.get_case(case_number).exhibits:
                text = self.tr("exhibit {number}").format(number=exhibit.number)
                self.exhibit.addItem(f"{text} {self.app.catalogue.display(exhibit.substance)}".strip(), exhibit.number)
        for widget in (self.add_button, self.remove_button, self.exhibit):
            widget.setEnabled(editable)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        if not self.case_number:
            self.empty.setText(self.tr("Photos and scanned forms can be attached once the case is saved."))
            self.empty.setVisible(True)
            return
        items = self.service.list(self.case_number)
        self.empty.setText(self.tr("No attachments yet.") if not items else "")
        self.empty.setVisible(not items)
        for attachment in items:
            where = (self.tr("exhibit {number}").format(number=attachment.exhibit_number) if attachment.exhibit_number
                     else self.tr("case"))
            item = QListWidgetItem(f"{attachment.file_name}\n{where} · {grouped(round(attachment.size / 1024))} KB")
            item.setToolTip(f"{attachment.file_name}\n" + self.tr(
                "{type}, {bytes}\nSHA-256 {sha256}\nadded by {login} at {at}").format(
                type=attachment.media_type, bytes=plural(attachment.size, self.tr("{n} byte"), self.tr("{n} bytes")),
                sha256=attachment.sha256, login=attachment.added_by, at=attachment.added_at)
                + (f"\n{attachment.caption}" if attachment.caption else ""))
            item.setData(Qt.ItemDataRole.UserRole, attachment.id)
            item.setIcon(self._icon(attachment.id, attachment.media_type))
            self.list.addItem(item)
        self.open_button.setEnabled(bool(items))
        self._shown = {attachment.id: attachment for attachment in items}
        self._update_remove()

    def _update_remove(self) -> None:
        """Remove is offered on the selected attachment when the service's rule allows it, else says why."""
        attachment = self._shown.get(self.selected_id() or -1)
        why = ""
        if self.editable and attachment is not None:
            try:
                self.service.require_removal(self.user, attachment)
            except PermissionDenied as refusal:
                why = str(refusal)
        self.remove_button.setEnabled(self.editable and attachment is not None and not why)
        self.remove_button.setToolTip(why)

    def _icon(self, attachment_id: int, media_type: str) -> QIcon:
        if media_type.startswith("image/"):
            image = QImage()
            try:
                loaded = image.loadFromData(self.service.content(attachment_id))
            except CaseAppError:
                loaded = False  # a changed file: shown without a thumbnail; verify names it
            if loaded:
                return QIcon(QPixmap.fromImage(image.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                                            Qt.TransformationMode.SmoothTransformation)))
        return self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def add_dialog(self) -> None:
        settings = QSettings()
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"), str(settings.value(LAST_FOLDER, "")),
                                                self.tr("Images and documents (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;"
                                                        "All files (*)"))
        if names:
            settings.setValue(LAST_FOLDER, str(Path(names[0]).parent))
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> int:
        if not self.case_number:
            return 0
        added = 0
        changes = NOTHING
        for path in paths:
            try:
                changes |= self.service.add(self.user, self.case_number, path,
                                            exhibit_number=self.exhibit.currentData()).changes
                added += 1
            except CaseAppError as exc:
                QMessageBox.warning(self, self.tr("Not attached"), f"{path.name}: {exc}")
        self.reload()
        if added:
            self.changed.emit(changes)
        return added

    def open_selected(self) -> None:
        attachment_id = self.selected_id()
        if attachment_id is None:
            return
        try:
            path = self.service.export_to(attachment_id, self._open_folder)
        except CaseAppError as exc:
            QMessageBox.warning(self, self.tr("Cannot open"), str(exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove_selected(self) -> None:
        attachment_id = self.selected_id()
        if attachment_id is None:
            return
        reason, ok = ask_text(self, REMOVE_ATTACHMENT)
        if not ok or not reason.strip():
            return
        try:
            done = self.service.remove(self.user, attachment_id, reason)
        except CaseAppError as exc:
            QMessageBox.warning(self, self.tr("Not removed"), str(exc))
            return
        self.reload()
        self.changed.emit(done.changes)
