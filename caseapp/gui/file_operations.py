"""The window's long operations on files: import, export, verify, backup and restore. Each runs off the GUI
thread through `Operation` (progress, then success or failure on the GUI thread), and what it changed is
announced on the window's hub: an import refreshes the case list and the search results, a restore
everything (then the window closes)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget

from caseapp.core.changes import Changes
from caseapp.core.errors import CaseAppError
from caseapp.core.text import counted
from caseapp.gui.operations import Operation, OperationFailed
from caseapp.gui.settings_keys import LAST_FOLDER
from caseapp.gui.worker import DatabaseTask, FunctionTask
from caseapp.paths import backups_dir
from caseapp.services.app import CaseApp
from caseapp.services.auth import Role
from caseapp.services.backup import BackupInfo, RestoreNeedsConfirmation, automatic_backup, backup, restore
from caseapp.services.guard import check_output
from caseapp.services.transfer import FORMATS, ImportReport, export_cases, import_file

if TYPE_CHECKING:
    from caseapp.gui.window_parts import Window

FILE_FILTER = "Case files (*.json *.csv);;JSON (*.json);;CSV or UN IDS (*.csv);;All files (*)"
AUDITED = Changes(audit=True)  # an export or a backup writes nothing but its audit entry


def import_refused_box(parent: QWidget | None, path: Path, report: ImportReport,
                       skipped: bool) -> tuple[QMessageBox, QPushButton | None]:
    """The message of an import that wrote nothing, with the button that imports only the valid records."""
    lines = [f"{p}" for p in (report.errors + report.warnings)[:40]]
    more = report.error_count + report.warning_count - len(lines)
    box = QMessageBox(QMessageBox.Icon.Warning, "Nothing imported",
                      f"{path.name}: {counted(report.error_count, 'error')} in {report.rejected:,} of "
                      f"{report.records:,} records, so nothing was written.", parent=parent)
    box.setDetailedText("\n".join(lines) + (f"\n… and {more} more" if more > 0 else ""))
    valid = report.records - report.rejected
    skip = None
    if valid > 0 and not skipped:
        skip = box.addButton(f"&Import the {valid:,} valid records", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    return box, skip


#: why the window restores no backup over a server database, and what does
SERVER_RESTORE = ("A server database is not replaced from the window. To put a backup file back, create an empty "
                  "database on the server and run: caseapp-cli --db BACKUP-FILE migrate --to postgresql://... "
                  "(it copies the backup and verifies the copy).")


class FileOperations:
    """Import, export, verify, backup and restore for `window` (its menus call these)."""

    def __init__(self, window: Window) -> None:
        self.window = window

    @property
    def app(self) -> CaseApp:
        return self.window.app

    def operation(self, label: str) -> Operation:
        return Operation(self.window, self.window.hub, self.window.tasks, label)

    def last_folder(self) -> str:
        return str(self.window.settings.value(LAST_FOLDER, str(Path.home())))

    def remember_folder(self, chosen: str) -> None:
        self.window.settings.setValue(LAST_FOLDER, str(Path(chosen).parent))

    def _status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8000)

    # -- import and export ------------------------------------------------------------------------
    def import_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.window, "Import cases", self.last_folder(), FILE_FILTER)
        if name:
            self.remember_folder(name)
            self.import_file(Path(name))

    def import_file(self, path: Path, *, skip_invalid: bool = False) -> DatabaseTask:
        login = self.window.user.login
        reviewed = self.window.user_allowed.may("import_reviewed")
        return self.operation(f"Importing {path.name}…").success(
            lambda report: self._imported(path, report, skip_invalid)).run_on(
            self.app, lambda app, progress: import_file(app, path, actor=login, skip_invalid=skip_invalid,
                                                        progress=progress, reviewed_allowed=reviewed))

    def _imported(self, path: Path, report: ImportReport, skipped: bool) -> None:
        lines = [f"{p}" for p in (report.errors + report.warnings)[:40]]
        more = report.error_count + report.warning_count - len(lines)
        detail = "\n".join(lines) + (f"\n… and {more} more" if more > 0 else "")
        if report.committed:
            imported = f"{counted(report.imported, 'case')} ({counted(report.exhibits, 'exhibit')})"
            QMessageBox.information(self.window, "Import finished", f"{imported} imported from {path.name}; "
                                    f"{report.rejected:,} rejected; {report.warnings_text()}.\n\n{detail}")
            return
        box, skip = import_refused_box(self.window, path, report, skipped)
        box.exec()
        if skip is not None and box.clickedButton() is skip:
            self.import_file(path, skip_invalid=True)

    def export_dialog(self) -> None:
        name, chosen = QFileDialog.getSaveFileName(self.window, "Export every case", self.last_folder()
                                                   + "/cases.json", "JSON (*.json);;CSV (*.csv);;UN IDS (*.ids.csv)")
        if name:
            self.remember_folder(name)
            fmt = "unodc-ids" if "IDS" in chosen else ("csv" if name.lower().endswith(".csv") else "json")
            self.export_file(Path(name), fmt)

    def export_file(self, path: Path, fmt: str) -> DatabaseTask:
        assert fmt in FORMATS
        login = self.window.user.login

        def work(app: CaseApp, _progress: object) -> int:
            check_output(path, app.path)  # never the database or its -wal/-shm
            with path.open("w", encoding="utf-8", newline="") as out:
                return export_cases(app, out, fmt=fmt, actor=login, target=path.name)

        return self.operation(f"Exporting to {path.name}…").changes(AUDITED).success(
            lambda count: self._status(f"Exported {counted(count, 'case')} to {path}")).run_on(self.app, work)

    # -- integrity -------------------------------------------------------------------------------
    def verify(self) -> DatabaseTask:
        def done(report: object) -> None:
            ok = getattr(report, "ok", False)
            rows = getattr(report, "rows_checked", 0)
            entries = getattr(report, "entries", 0)
            latest = getattr(report, "latest_hash", "")
            if ok:
                checked = f"{counted(entries, 'audit entry', 'audit entries')} and {counted(rows, 'row')} checked"
                QMessageBox.information(self.window, "Database verified", f"Intact: {checked}.\n\nLatest chain "
                                        f"hash (note it to detect later removals):\n{latest}")
            else:
                problems = "\n".join(getattr(report, "problems", [])[:20])
                QMessageBox.critical(self.window, "Database damaged or tampered with", problems)

        return self.operation("Verifying the database…").success(done).run_on(
            self.app, lambda app, _progress: app.verify())

    # -- backups ---------------------------------------------------------------------------------
    def backup_dialog(self) -> DatabaseTask | None:
        name, _ = QFileDialog.getSaveFileName(self.window, "Back up the database", self.last_folder()
                                              + f"/caseapp-{self.app.local_now():%Y%m%d-%H%M}.sqlite3",
                                              "caseapp database (*.sqlite3)")
        if not name:
            return None
        self.remember_folder(name)
        return self.backup_to(Path(name))

    def backup_to(self, path: Path) -> DatabaseTask:
        login = self.window.user.login

        def done(info: BackupInfo) -> None:
            QMessageBox.information(
                self.window, "Backed up", f"{counted(info.cases, 'case')} and {counted(info.exhibits, 'exhibit')} "
                f"copied to {info.path}.\n\nAudit chain hash (kept in {Path(info.path).name}.json):\n"
                f"{info.chain_hash}\n\nFirst admin's key fingerprint:\n{info.admin_key}")

        return self.operation(f"Backing up to {path.name}…").changes(AUDITED).success(done).run_on(
            self.app, lambda app, _progress: backup(app, path, actor=login))

    def restore_dialog(self) -> None:
        if self.window.user.role is not Role.ADMIN:
            return
        if self.app.path is None:
            QMessageBox.information(self.window, "Restore from a backup", SERVER_RESTORE)
            return
        name, _ = QFileDialog.getOpenFileName(self.window, "Restore from a backup", self.last_folder(),
                                              "caseapp database (*.sqlite3);;All files (*)")
        if not name:
            return
        answer = QMessageBox.question(
            self.window, "Restore from a backup", f"Replace the database with {Path(name).name}? It is checked "
            "first; the current database is kept beside it. caseapp closes afterwards: start it again.")
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_from(Path(name))

    def restore_from(self, source: Path, accepted: frozenset[str] = frozenset()) -> FunctionTask | None:
        """Restore `source` in a worker; a backup that needs the admin's explicit consent (no usable record,
        another agency or other admins) is asked about, and restored only after a Yes (`accepted` holds the
        restore() options given so far)."""
        window = self.window
        if self.app.path is None:
            return None
        database, login, clock, keys = self.app.path, window.user.login, self.app.clock, self.app.keys
        for tab in window.case_tabs():
            if not window.may_close(tab):
                return None
        self.app.checkpoint()

        def attempt() -> object:
            try:
                # the value only: the window closes on a restore, so nothing here re-reads (Changes.all())
                return restore(database, source, actor=login, clock=clock, keys=keys,
                               **{option: True for option in accepted}).value
            except RestoreNeedsConfirmation as exc:
                return exc  # asked about on the GUI thread

        def done(result: object) -> None:
            if isinstance(result, RestoreNeedsConfirmation):
                message = str(result).rsplit(" (--", 1)[0]  # the CLI's option name means nothing here
                answer = QMessageBox.question(window, "Restore from a backup", f"{message}.\n\nRestore it anyway?",
                                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                              QMessageBox.StandardButton.No)
                if answer == QMessageBox.StandardButton.Yes:
                    self.restore_from(source, accepted | {result.option})
                else:
                    QMessageBox.warning(window, "Not restored", "Nothing was changed.")
                return
            QMessageBox.information(window, "Restored", f"Restored from {source.name}. The replaced database is "
                                    f"kept at {getattr(result, 'previous_kept_at', '')}. caseapp closes now; start "
                                    "it again.")
            window.restored = True
            window.close()

        def failed(failure: OperationFailed) -> None:
            QMessageBox.warning(window, "Not restored", f"{failure.message}\n\nNothing was changed.")

        return self.operation(f"Checking and restoring {source.name}…").success(done).failure(failed).run_function(
            attempt)

    def automatic_backup(self) -> None:
        window = self.window
        if not window.auto_backup or window.restored or self.app.path is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            automatic_backup(self.app, backups_dir(), actor=window.user.login)
        except CaseAppError as exc:
            QMessageBox.warning(window, "Automatic backup", f"The automatic backup could not be written: {exc}")
        finally:
            QApplication.restoreOverrideCursor()
