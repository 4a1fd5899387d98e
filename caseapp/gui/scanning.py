"""Scanning in the main window: a scanned exhibit label opens its case at that exhibit's custody, a case label
opens the case, a location or badge label opens Receive or transfer by scanning with it as the target, and
anything else is named in the status bar (never in a modal box: the technician keeps scanning). Scans are told
from typing by gui.scanner.ScanDetector; the toolbar's Scan box takes a code typed or scanned without timing.
Also the Evidence menu's Receive or transfer by scanning and Storage locations."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit, QMenu

from caseapp.core.changes import Changes
from caseapp.core.errors import CaseAppError
from caseapp.core.scancodes import ScanKind, parse
from caseapp.gui.dialogs.locations import LocationsDialog
from caseapp.gui.dialogs.receive import ReceiveDialog
from caseapp.gui.i18n import translate
from caseapp.gui.scanner import ScanDetector
from caseapp.services.locations import Locations

MESSAGE_MS = 10000


class Scanning(QObject):
    def __init__(self, window: Any) -> None:  # gui.main_window.MainWindow (which imports this module)
        super().__init__(window)
        self.window = window
        self.refusal = ""  # what the last scan refused said
        self.detector = ScanDetector(window, self.handle, lambda: self._say(self.refusal))
        self.receive_dialog: ReceiveDialog | None = None
        self.box = QLineEdit(window)
        self.box.setAccessibleName(translate("Scanning", "scan a label"))
        self.box.setPlaceholderText(translate("Scanning", "Scan or type a label's code"))
        self.box.setToolTip(translate("Scanning", "A case, exhibit, location or badge label: scanned here, or "
                                                  "typed and Enter"))
        self.box.setClearButtonEnabled(True)
        self.box.setMaximumWidth(260)
        self.box.returnPressed.connect(self._box_entered)

    def add_to(self, menu: QMenu) -> None:
        self.receive_action = menu.addAction(translate("Scanning", "&Receive or transfer by scanning…"), self.receive)
        self.locations_action = menu.addAction(translate("Scanning", "Storage &locations…"), self.locations)

    def _box_entered(self) -> None:
        if self.handle(self.box.text()):
            self.box.clear()
        else:
            self._say(self.refusal)
            self.box.selectAll()

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, MESSAGE_MS)

    def _not_taken(self, message: str) -> bool:
        """A scan that names nothing here: its keys are given back as typed (the widget with focus acts on them
        as on any typing), and the message naming what was read is shown after whatever that widget says (the
        detector's `refused`)."""
        self.refusal = message
        return False

    def handle(self, text: str) -> bool:
        """Act on a scanned code; False (and a message naming what was read) when it names nothing here."""
        read = parse(text)
        app = self.window.app
        if not read.text:
            return False
        try:
            if read.kind is ScanKind.EXHIBIT:
                case = app.get_case(read.case_number)
                if not any(e.number == read.exhibit_number for e in case.exhibits):
                    return self._not_taken(translate(
                        "Scanning", "Scanned “{code}”: case {case} has no exhibit {exhibit}.").format(
                        code=read.text, case=case.case_number, exhibit=read.exhibit_number))
                tab = self.window.open_case(case.case_number or "")
                tab.tabs.setCurrentWidget(tab.custody)
                tab.custody.reload(select=read.exhibit_number)
                self._say(translate("Scanning", "Scanned exhibit {code}.").format(code=read.text))
                return True
            if read.kind is ScanKind.CASE:
                case = app.get_case(read.case_number)
                self.window.open_case(case.case_number or "")
                self._say(translate("Scanning", "Scanned case {code}.").format(code=case.case_number))
                return True
            if read.kind is ScanKind.LOCATION:
                app.service(Locations).get(read.code)
                self.receive(read.text)
                return True
            if read.kind is ScanKind.PERSON:
                if app._stores.users.get(read.code) is None:
                    raise CaseAppError(translate("Scanning", "no account {login}").format(login=read.code))
                self.receive(read.text)
                return True
        except CaseAppError as exc:
            return self._not_taken(translate("Scanning", "Scanned “{code}”: {problem}.").format(
                code=read.text, problem=str(exc).rstrip(".")))
        return self._not_taken(translate(
            "Scanning", "Read “{code}”: not a case, exhibit, location or badge label of this application.").format(
            code=read.text))

    def receive(self, target: str = "") -> ReceiveDialog:
        dialog = ReceiveDialog(self.window, self.window.app, self.window.user, target=target)
        dialog.recorded.connect(self._recorded)
        self.receive_dialog = dialog
        dialog.open()
        return dialog

    def _recorded(self, changes: object) -> None:
        assert isinstance(changes, Changes)
        self.window.hub.announce(changes, self)

    def locations(self) -> LocationsDialog:
        dialog = LocationsDialog(self.window, self.window.app, self.window.user)
        dialog.open()
        return dialog
