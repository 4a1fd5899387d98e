"""The window's long operations on files: import, export, verify, backup and restore. Each runs off the GUI
thread through `Operation` (progress, then success or failure on the GUI thread), and what it changed is
announced on the window's hub: an import refreshes the case list and the search results, a restore
everything (then the window closes)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget

from caseapp.core.changes import Changes
from caseapp.core.errors import CaseAppError
from caseapp.core.formats import grouped
from caseapp.gui.i18n import plural, translate
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

FILE_FILTER = QT_TRANSLATE_NOOP("FileOperations", "Case files (*.json *.csv);;JSON (*.json);;CSV or UN IDS (*.csv);;"
                                                   "All files (*)")
AUDITED = Changes(audit=True)  # an export or a backup writes nothing but its audit entry


def import_refused_box(parent: QWidget | None, path: Path, report: ImportReport,
                       skipped: bool) -> tuple[QMessageBox, QPushButton | None]:
    """The message of an import that wrote nothing, with the button that imports only the valid records."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("FileOperations", "Nothing imported"),
                      translate("FileOperations", "{file}: {errors} in {rejected} of {records}, so nothing was "
                                "written.").format(
                          file=path.name, errors=_count(report.error_count, "errors"),
                          rejected=grouped(report.rejected), records=_count(report.records, "records")),
                      parent=parent)
    box.setDetailedText(_problems(report))
    valid = report.records - report.rejected
    skip = None
    if valid > 0 and not skipped:
        skip = box.addButton(plural(valid, translate("FileOperations", "&Import the {n} valid record"),
                                    translate("FileOperations", "&Import the {n} valid records")),
                             QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    return box, skip


def _problems(report: ImportReport) -> str:
    """The first 40 problems of an import, one a line, and how many more there are."""
    lines = [f"{p}" for p in (report.errors + report.warnings)[:40]]
    more = report.error_count + report.warning_count - len(lines)
    return "\n".join(lines) + ("\n" + translate("FileOperations", "… and {n} more").format(n=grouped(more))
                              if more > 0 else "")


def _count(n: int, what: str) -> str:
    """'1 case', '3 exhibits'... of the counted words file operations report."""
    forms = {"cases": (translate("FileOperations", "{n} case"), translate("FileOperations", "{n} cases")),
             "exhibits": (translate("FileOperations", "{n} exhibit"), translate("FileOperations", "{n} exhibits")),
             "errors": (translate("FileOperations", "{n} error"), translate("FileOperations", "{n} errors")),
             "records": (translate("FileOperations", "{n} record"), translate("FileOperations", "{n} records")),
             "rows": (translate("FileOperations", "{n} row"), translate("FileOperations", "{n} rows")),
             "entries": (translate("FileOperations", "{n} audit entry"),
                         translate("FileOperations", "{n} audit entries"))}[what]
    return plural(n, *forms)


#: why the window restores no backup over a server database, and what does
SERVER_RESTORE = QT_TRANSLATE_NOOP(
    "FileOperations", "A server database is not replaced from the window. To put a backup file back, create an "
    "empty database on the server and run: caseapp-cli --db BACKUP-FILE migrate --to postgresql://... (it copies "
    "the backup and verifies the copy).")


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
        name, _ = QFileDialog.getOpenFileName(self.window, translate("FileOperations", "Import cases"),
                                              self.last_folder(), translate("FileOperations", FILE_FILTER))
        if name:
            self.remember_folder(name)
            self.import_file(Path(name))

    def import_file(self, path: Path, *, skip_invalid: bool = False) -> DatabaseTask:
        login = self.window.user.login
        reviewed = self.window.user_allowed.may("import_reviewed")
        return self.operation(translate("FileOperations", "Importing {file}…").format(file=path.name)).success(
            lambda report: self._imported(path, report, skip_invalid)).run_on(
            self.app, lambda app, progress: import_file(app, path, actor=login, skip_invalid=skip_invalid,
                                                        progress=progress, reviewed_allowed=reviewed))

    def _imported(self, path: Path, report: ImportReport, skipped: bool) -> None:
        detail = _problems(report)
        if report.committed:
            imported = f"{_count(report.imported, 'cases')} ({_count(report.exhibits, 'exhibits')})"
            QMessageBox.information(self.window, translate("FileOperations", "Import finished"), translate(
                "FileOperations", "{imported} imported from {file}; {rejected} rejected; {warnings}.").format(
                imported=imported, file=path.name, rejected=grouped(report.rejected),
                warnings=report.warnings_text()) + f"\n\n{detail}")
            return
        box, skip = import_refused_box(self.window, path, report, skipped)
        box.exec()
        if skip is not None and box.clickedButton() is skip:
            self.import_file(path, skip_invalid=True)

    def export_dialog(self) -> None:
        name, chosen = QFileDialog.getSaveFileName(self.window, translate("FileOperations", "Export every case"),
                                                   self.last_folder() + "/cases.json",
                                                   "JSON (*.json);;CSV (*.csv);;UN IDS (*.ids.csv)")
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

        def exported(count: int) -> None:
            self._status(translate("FileOperations", "Exported {cases} to {path}").format(
                cases=_count(count, "cases"), path=path))

        return self.operation(translate("FileOperations", "Exporting to {file}…").format(file=path.name)).changes(
            AUDITED).success(exported).run_on(self.app, work)

    # -- integrity -------------------------------------------------------------------------------
    def verify(self) -> DatabaseTask:
        def done(report: object) -> None:
            ok = getattr(report, "ok", False)
            rows = getattr(report, "rows_checked", 0)
            entries = getattr(report, "entries", 0)
            latest = getattr(report, "latest_hash", "")
            if ok:
                checked = translate("FileOperations", "{entries} and {rows} checked").format(
                    entries=_count(entries, "entries"), rows=_count(rows, "rows"))
                QMessageBox.information(self.window, translate("FileOperations", "Database verified"), translate(
                    "FileOperations", "Intact: {checked}.\n\nLatest chain hash (note it to detect later "
                    "removals):\n{hash}").format(checked=checked, hash=latest))
            else:
                problems = "\n".join(getattr(report, "problems", [])[:20])
                QMessageBox.critical(self.window, translate("FileOperations", "Database damaged or tampered with"),
                                     problems)

        return self.operation(translate("FileOperations", "Verifying the database…")).success(done).run_on(
            self.app, lambda app, _progress: app.verify())

    # -- backups ---------------------------------------------------------------------------------
    def backup_dialog(self) -> DatabaseTask | None:
        name, _ = QFileDialog.getSaveFileName(self.window, translate("FileOperations", "Back up the database"),
                                              self.last_folder() + f"/caseapp-{self.app.local_now():%Y%m%d-%H%M}"
                                              ".sqlite3", translate("FileOperations", "caseapp database (*.sqlite3)"))
        if not name:
            return None
        self.remember_folder(name)
        return self.backup_to(Path(name))

    def backup_to(self, path: Path) -> DatabaseTask:
        login = self.window.user.login

        def done(info: BackupInfo) -> None:
            QMessageBox.information(self.window, translate("FileOperations", "Backed up"), translate(
                "FileOperations", "{cases} and {exhibits} copied to {path}.\n\nAudit chain hash (kept in "
                "{record}):\n{hash}\n\nFirst admin's key fingerprint:\n{key}").format(
                cases=_count(info.cases, "cases"), exhibits=_count(info.exhibits, "exhibits"), path=info.path,
                record=f"{Path(info.path).name}.json", hash=info.chain_hash, key=info.admin_key))

        return self.operation(translate("FileOperations", "Backing up to {file}…").format(file=path.name)).changes(
            AUDITED).success(done).run_on(
            self.app, lambda app, _progress: backup(app, path, actor=login))

    def restore_dialog(self) -> None:
        if self.window.user.role is not Role.ADMIN:
            return
        if self.app.path is None:
            QMessageBox.information(self.window, translate("FileOperations", "Restore from a backup"),
                                    translate("FileOperations", SERVER_RESTORE))
            return
        name, _ = QFileDialog.getOpenFileName(self.window, translate("FileOperations", "Restore from a backup"),
                                              self.last_folder(), translate("FileOperations", "caseapp database "
                                                                            "(*.sqlite3);;All files (*)"))
        if not name:
            return
        answer = QMessageBox.question(
            self.window, translate("FileOperations", "Restore from a backup"), translate(
                "FileOperations", "Replace the database with {file}? It is checked first; the current database is "
                "kept beside it. caseapp closes afterwards: start it again.").format(file=Path(name).name))
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
                answer = QMessageBox.question(window, translate("FileOperations", "Restore from a backup"),
                                              f"{message}.\n\n" + translate("FileOperations", "Restore it anyway?"),
                                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                              QMessageBox.StandardButton.No)
                if answer == QMessageBox.StandardButton.Yes:
                    self.restore_from(source, accepted | {result.option})
                else:
                    QMessageBox.warning(window, translate("FileOperations", "Not restored"),
                                        translate("FileOperations", "Nothing was changed."))
                return
            QMessageBox.information(window, translate("FileOperations", "Restored"), translate(
                "FileOperations", "Restored from {file}. The replaced database is kept at {kept}. caseapp closes now; "
                "start it again.").format(file=source.name, kept=getattr(result, "previous_kept_at", "")))
            window.restored = True
            window.close()

        def failed(failure: OperationFailed) -> None:
            QMessageBox.warning(window, translate("FileOperations", "Not restored"),
                                f"{failure.message}\n\n" + translate("FileOperations", "Nothing was changed."))

        return self.operation(translate("FileOperations", "Checking and restoring {file}…").format(
            file=source.name)).success(done).failure(failed).run_function(attempt)

    def automatic_backup(self) -> None:
        window = self.window
        if not window.auto_backup or window.restored or self.app.path is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            automatic_backup(self.app, backups_dir(), actor=window.user.login)
        except CaseAppError as exc:
            QMessageBox.warning(window, translate("FileOperations", "Automatic backup"), translate(
                "FileOperations", "The automatic backup could not be written: {error}").format(error=exc))
        finally:
            QApplication.restoreOverrideCursor()
