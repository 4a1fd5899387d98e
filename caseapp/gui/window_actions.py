"""The window's smaller menu jobs that change something: saved searches (Search menu) and, for admins, the
accounts, agency settings and the agency's own substances (Tools menu). Each announces what it changed on
the window's hub."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu, QMessageBox

from caseapp.core.changes import Changes
from caseapp.gui.dialogs.reason import SEARCH_NAME, ask_text
from caseapp.gui.i18n import translate

if TYPE_CHECKING:
    from caseapp.gui.window_parts import Window

SAVED_SEARCHES = Changes(saved_searches=True)


class SavedSearches:
    """Run, save and delete the searches saved from the search panel."""

    def __init__(self, window: Window) -> None:
        self.window = window

    def fill_menus(self, run_menu: QMenu, delete_menu: QMenu) -> None:
        names = sorted(self.window.search_panel.saved(), key=str.casefold)
        for menu, slot in ((run_menu, self.run), (delete_menu, self.delete)):
            menu.clear()
            for name in names:
                menu.addAction(name, lambda n=name, run=slot: run(n))
            if not names:
                menu.addAction(translate("SavedSearches", "(none yet: Save this search…)")).setEnabled(False)

    def run(self, name: str) -> None:
        self.window.tabs.setCurrentWidget(self.window.search_panel)
        self.window.search_panel.run_saved(name)

    def delete(self, name: str) -> None:
        self.window.search_panel.delete_search(name)
        self.window.hub.announce(SAVED_SEARCHES, self.window)
        self.window.statusBar().showMessage(translate("SavedSearches", "Deleted the saved search '{name}'").format(
            name=name), 5000)

    def save_dialog(self) -> None:
        window = self.window
        try:
            window.search_panel.build_query()
        except ValueError as exc:
            QMessageBox.warning(window, translate("SavedSearches", "Not saved"), str(exc))
            return
        name, ok = ask_text(window, SEARCH_NAME)
        if ok and name.strip():
            window.search_panel.save_search(name)
            window.hub.announce(SAVED_SEARCHES, window)
            window.statusBar().showMessage(translate(
                "SavedSearches", "Saved the search '{name}' (Search > Saved searches)").format(name=name.strip()), 5000)


class AdminActions:
    """The admin's dialogs; each says what it changed when it closes."""

    def __init__(self, window: Window) -> None:
        self.window = window

    def accounts_dialog(self) -> None:
        from caseapp.gui.dialogs.accounts import AccountsDialog
        from caseapp.services.auth import Accounts

        dialog = AccountsDialog(self.window, self.window.app.service(Accounts), self.window.user)
        dialog.exec()
        self.window.hub.announce(dialog.changes, dialog)

    def agency_settings_dialog(self) -> None:
        from caseapp.gui.dialogs.agency_settings import AgencySettingsDialog

        dialog = AgencySettingsDialog(self.window, self.window.app, self.window.user)
        if dialog.exec():
            self.window.statusBar().showMessage(translate("AdminActions", "Agency settings saved"), 5000)
            self.window.hub.announce(dialog.changes, dialog)

    def room_settings_dialog(self) -> None:
        from caseapp.gui.dialogs.room_settings import RoomSettingsDialog

        dialog = RoomSettingsDialog(self.window, self.window.app, self.window.user)
        if dialog.exec():
            self.window.statusBar().showMessage(translate("AdminActions", "Evidence room settings saved"), 5000)
            self.window.hub.announce(dialog.changes, dialog)

    def substances_dialog(self) -> None:
        from caseapp.gui.dialogs.substances import SubstancesDialog

        dialog = SubstancesDialog(self.window, self.window.app, self.window.user)
        dialog.exec()
        self.window.hub.announce(dialog.changes, dialog)
