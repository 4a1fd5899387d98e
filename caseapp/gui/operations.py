"""The window's one way to run a use case and say what it changed (as Anki's CollectionOp and OpChanges).

`ChangeHub.changed(changes, initiator)` is the one signal every screen listens to: the case list re-reads
its loaded rows, the search panel its results, open case tabs what changed in their case. `initiator` is the
widget that made the change (it shows the result already, so it may skip reloading); None for changes made
by the window's long operations, and later for those arriving from other workstations.

`Operation` runs work that can take long (imports, exports, backups, printing) off the GUI thread on a
connection of its own, with a progress dialog. When the work returns a `Done`, its changes are announced
through the hub, then its value goes to `success` on the GUI thread; a failure goes to `failure` (default:
a warning box) as an `OperationFailed`. Quick changes (a save in a case tab) run on the GUI thread and
announce their `Done.changes` through the same hub.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from caseapp.core.changes import NOTHING, Changes, Done
from caseapp.core.progress import TimeLeft
from caseapp.gui.i18n import plural, translate
from caseapp.gui.worker import DatabaseTask, FunctionTask
from caseapp.services.app import CaseApp

Progress = Callable[[int, int, int], None]  # records read, bytes read, total bytes (0 when unknown)


class ChangeHub(QObject):
    """The window-wide signal of what changed; `announce` emits it for anything but no change."""

    changed = Signal(object, object)  # Changes, initiator (the widget that made the change, or None)

    def announce(self, changes: Changes, initiator: object = None) -> None:
        if changes:
            self.changed.emit(changes, initiator)


@dataclass(frozen=True)
class OperationFailed:
    """Why an operation failed, as the user reads it."""

    message: str


class Operation:
    """Long work on a worker thread, reported on the GUI thread: the hub's signal with the work's changes,
    then `success(value)`; or `failure(OperationFailed)`. `tasks` is the window's list of running threads (it
    waits for them on closing); the operation removes itself when its thread ends."""

    def __init__(self, parent: QWidget, hub: ChangeHub, tasks: list[QThread], label: str) -> None:
        self.parent = parent
        self.hub = hub
        self.tasks = tasks
        self.label = label
        self.initiator: object = None
        self.changes_on_success: Changes = NOTHING  # what the work changes when it returns no Done (an export)
        self._success: Callable[[Any], None] = lambda _value: None
        self._failure: Callable[[OperationFailed], None] = self._warn

    def success(self, slot: Callable[[Any], None]) -> Operation:
        self._success = slot
        return self

    def failure(self, slot: Callable[[OperationFailed], None]) -> Operation:
        self._failure = slot
        return self

    def changes(self, changes: Changes) -> Operation:
        self.changes_on_success = changes
        return self

    def _warn(self, failed: OperationFailed) -> None:
        QMessageBox.warning(self.parent, "caseapp", failed.message)

    def _progress_dialog(self, minimum_duration: int | None) -> QProgressDialog:
        progress = QProgressDialog(self.label, "", 0, 0, self.parent)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        if minimum_duration is not None:
            progress.setMinimumDuration(minimum_duration)
        return progress

    def _finish(self, task: QThread, progress: QProgressDialog) -> None:
        def succeeded(result: object) -> None:
            progress.close()
            changes = self.changes_on_success
            if isinstance(result, Done):
                changes, result = changes | result.changes, result.value
            self.hub.announce(changes, self.initiator)  # the screens show the change behind the success message
            self._success(result)

        def failed(message: str) -> None:
            progress.close()
            self._failure(OperationFailed(message))

        task.succeeded.connect(succeeded)  # type: ignore[attr-defined]
        task.failed.connect(failed)  # type: ignore[attr-defined]
        task.finished.connect(lambda: self.tasks.remove(task) if task in self.tasks else None)
        self.tasks.append(task)
        task.start()

    def run_on(self, app: CaseApp, work: Callable[[CaseApp, Progress], Any]) -> DatabaseTask:
        """Run `work(app, progress)` with a connection of its own to the database of `app`."""
        if not app.has_sessions:
            raise RuntimeError("long tasks need a database file or a server")
        task = DatabaseTask(app.session, work, parent=self.parent)
        progress = self._progress_dialog(300)
        label = self.label
        left = TimeLeft()

        def advanced(records: int, done: int, total: int) -> None:
            if total > 0:
                progress.setMaximum(1000)
                progress.setValue(min(1000, done * 1000 // total))
            estimate = left.text(done, total) if done < total else ""
            read = plural(records, translate("Operation", "{n} record read"),
                          translate("Operation", "{n} records read"))
            progress.setLabelText(f"{label}\n{read}" + (f", {estimate}" if estimate else ""))

        task.progress.connect(advanced)
        self._finish(task, progress)
        return task

    def run_function(self, work: Callable[[], Any]) -> FunctionTask:
        """Run `work()`, which needs no connection of the window's (a restore replaces the file)."""
        task = FunctionTask(work, self.parent)
        self._finish(task, self._progress_dialog(None))
        return task


