"""The window's hand-over packages: Case > Hand-over package… makes one of the current (or selected) case, and
File > Import hand-over package… checks one from another agency and imports it; both off the GUI thread
through `Operation`, as the services do them for the command line (caseapp.services.bundle, bundle_import)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from caseapp.core.changes import Changes
from caseapp.gui.dialogs.print_options import PrintOptions, ask_print_options
from caseapp.gui.i18n import plural, translate, window_language
from caseapp.gui.operations import Operation
from caseapp.gui.worker import DatabaseTask
from caseapp.services.app import CaseApp

if TYPE_CHECKING:
    from caseapp.gui.window_parts import Window


def package_name(case_number: str) -> str:
    """The file name offered for a case's package: its number, made safe for any file system."""
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in case_number) + "-handover.zip"


class Handover:
    """Making and importing hand-over packages for `window` (its Case and File menus call these)."""

    def __init__(self, window: Window) -> None:
        self.window = window

    def _operation(self, label: str) -> Operation:
        return Operation(self.window, self.window.hub, self.window.tasks, label)

    # -- making one ----------------------------------------------------------------------------------
    def make_dialog(self) -> DatabaseTask | None:
        window = self.window
        tab = window.current_case_tab()
        number = tab.case_number if tab is not None else window.selected_case_number()
        if not number:
            QMessageBox.information(window, translate("Handover", "Hand-over package"), translate(
                "Handover", "Open or select a case first."))
            return None
        title = translate("Handover", "Hand-over package")
        options = ask_print_options(window, title, labels=False)
        if options is None:
            return None
        files = window.files
        chosen, _ = QFileDialog.getSaveFileName(window, title, f"{files.last_folder()}/{package_name(number)}",
                                                translate("Handover", "Hand-over package (*.zip)"))
        if not chosen:
            return None
        files.remember_folder(chosen)
        path = Path(chosen if chosen.lower().endswith(".zip") else chosen + ".zip")
        return self.make(number, path, options)

    def make(self, number: str, path: Path, options: PrintOptions | None = None) -> DatabaseTask:
        user = self.window.user
        lang = (options or PrintOptions(window_language())).lang

        def work(app: CaseApp, _progress: object) -> object:
            from caseapp.services.bundle import make_bundle

            return make_bundle(app, user, number, path, lang=lang)

        def made(result: object) -> None:
            self.window.statusBar().showMessage(translate(
                "Handover", "Wrote the hand-over package of case {case} to {path}").format(case=number, path=path.name),
                8000)

        return self._operation(translate("Handover", "Making the hand-over package {file}…").format(
            file=path.name)).changes(Changes(audit=True, history=frozenset({number}))).success(made).run_on(
            self.window.app, work)

    # -- importing one -------------------------------------------------------------------------------
    def import_dialog(self) -> DatabaseTask | None:
        window = self.window
        files = window.files
        chosen, _ = QFileDialog.getOpenFileName(window, translate("Handover", "Import a hand-over package"),
                                                files.last_folder(),
                                                translate("Handover", "Hand-over package (*.zip)"))
        if not chosen:
            return None
        files.remember_folder(chosen)
        location, ok = QInputDialog.getText(window, translate("Handover", "Import a hand-over package"), translate(
            "Handover", "Where are the exhibits put on receipt? (a location code; may be left empty)"),
            QLineEdit.EchoMode.Normal, "")
        if not ok:
            return None
        return self.import_package(Path(chosen), location=location)

    def import_package(self, path: Path, *, location: str = "", holder: str = "") -> DatabaseTask:
        user = self.window.user

        def work(app: CaseApp, _progress: object) -> object:
            from caseapp.services.bundle_import import import_bundle

            return import_bundle(app, user, path, holder=holder or None, location=location or None)

        def imported(result: object) -> None:
            from caseapp.services.bundle_import import BundleImport

            assert isinstance(result, BundleImport)
            counted = (plural(result.received, translate("Handover", "{n} exhibit received"),
                              translate("Handover", "{n} exhibits received")),
                       plural(result.events, translate("Handover", "{n} custody event"),
                              translate("Handover", "{n} custody events")),
                       plural(result.attachments, translate("Handover", "{n} attachment"),
                              translate("Handover", "{n} attachments")))
            QMessageBox.information(self.window, translate("Handover", "Hand-over package imported"), translate(
                "Handover", "Case {case} from {agency}: {exhibits}, {events}, {attachments}.").format(
                case=result.case_number, agency=result.agency, exhibits=counted[0], events=counted[1],
                attachments=counted[2]))
            self.window.open_case(result.case_number)

        return self._operation(translate("Handover", "Importing the hand-over package {file}…").format(
            file=path.name)).success(imported).run_on(self.window.app, work)
