"""What the window's jobs (file operations, printing, saved searches, admin dialogs) need of the main window,
as a Protocol: they take the window as this, so they do not import main_window (which builds them) and the
modules import each other one way."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QStatusBar, QTabWidget

from caseapp.gui.case_tab import CaseTab
from caseapp.gui.operations import ChangeHub
from caseapp.gui.widgets.search_panel import SearchPanel
from caseapp.services.app import CaseApp
from caseapp.services.auth import User
from caseapp.services.workflow import Allowed


class Window(Protocol):
    app: CaseApp
    user: User
    user_allowed: Allowed
    hub: ChangeHub
    search_panel: SearchPanel
    settings: QSettings
    tabs: QTabWidget
    tasks: list[Any]
    files: Any  # the window's FileOperations
    auto_backup: bool
    restored: bool

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name

    def case_tabs(self) -> list[CaseTab]: ...

    def current_case_tab(self) -> CaseTab | None: ...

    def selected_case_number(self) -> str | None: ...

    def may_close(self, tab: CaseTab) -> bool: ...

    def close(self) -> bool: ...

    def open_case(self, case_number: str) -> CaseTab: ...
