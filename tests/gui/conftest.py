"""GUI test fixtures: QSettings in a temporary folder (never the user's), a database on disk (the GUI
runs imports and checks on a second connection in a worker thread) and users of each role."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QMessageBox

from caseapp.services.app import CaseApp


@pytest.fixture(autouse=True)
def opened_urls(monkeypatch) -> list[str]:
    """Files the window would hand to the system viewer (PDFs, attachments): recorded, never launched."""
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())
                                                                  or True))
    return opened


@pytest.fixture(autouse=True)
def isolated_backups(tmp_path_factory, monkeypatch):
    """The window's automatic backups go to a temporary folder, never the user's."""
    monkeypatch.setenv("CASEAPP_BACKUP_DIR", str(tmp_path_factory.mktemp("backups")))
    monkeypatch.setenv("CASEAPP_LOG_DIR", str(tmp_path_factory.mktemp("logs")))


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory, qapp):
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    qapp.setOrganizationName("caseapp-tests")
    qapp.setApplicationName("caseapp-tests")
    QSettings().clear()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield


@pytest.fixture
def french(isolated_settings):
    """The window in French (Canadian) for the test, English again afterwards."""
    from tests.gui.languages import speaking

    with speaking("fr"):
        yield


@pytest.fixture(params=["en", "fr"])
def language(request, isolated_settings):
    """The test once in each language of the window."""
    from tests.gui.languages import speaking

    with speaking(request.param):
        yield request.param


@pytest.fixture
def disk_app(open_app, tmp_path: Path) -> CaseApp:
    """A database file with the agency set up: agency TEST, time zone UTC, fixed clock."""
    app = open_app(tmp_path / "cases.sqlite3")
    app.initialise(agency_code="TEST", timezone="UTC", actor="setup")
    return app


@pytest.fixture
def users_app(disk_app) -> CaseApp:
    """The window's tests make their accounts (tests/conftest.py: users) in the database file."""
    return disk_app


class Dialogs:
    """Message boxes answered without a screen: every one is recorded; questions get `answer`."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.answer = QMessageBox.StandardButton.Discard

    def record(self, kind: str):
        def shown(parent, title, text, *args, **kwargs):
            self.shown.append((kind, f"{title}: {text}"))
            return self.answer if kind == "question" else QMessageBox.StandardButton.Ok
        return shown

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, text in self.shown if kind is None or k == kind]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch) -> Dialogs:
    """No test may block on a modal message box (offscreen, nobody would click it)."""
    recorder = Dialogs()
    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(recorder.record(kind)))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(recorder.record("about")))

    def exec_box(box):
        recorder.shown.append(("box", f"{box.windowTitle()}: {box.text()}"))
        return QMessageBox.StandardButton.Close

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    return recorder


def wait_finished(qtbot, task, timeout: int = 30000):
    """Wait for a background task (a QThread) to end and its results to reach the window.

    Not `waitSignal(task.finished)`: a task refused at once (a path that is the database) can finish before
    the wait connects to the signal, and the wait then times out although all went well."""
    qtbot.waitUntil(task.isFinished, timeout=timeout)
    qtbot.wait(50)  # the queued succeeded/failed signal reaches the window's slots
    return task
