"""An unexpected error is logged and shown with copyable details; the application keeps running."""

import logging
import os
import sys
import threading

from PySide6.QtWidgets import QApplication

from caseapp.gui.errors import error_dialog, install_exception_hooks, report_exception
from caseapp.logs import configure_logging


def test_an_unexpected_error_is_logged_and_shown_and_the_app_goes_on(qtbot, tmp_path, dialogs):
    log_file = configure_logging(tmp_path)
    try:
        raise ZeroDivisionError("division by zero in a slot")
    except ZeroDivisionError:
        report_exception(*sys.exc_info())
    qtbot.waitUntil(lambda: bool(dialogs.texts("box")))
    assert "keeps working" in dialogs.texts("box")[0]
    for handler in logging.getLogger("caseapp").handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "ZeroDivisionError: division by zero in a slot" in text and "Traceback" in text
    assert QApplication.instance() is not None


def test_the_details_can_be_copied(qtbot):
    box = error_dialog("ValueError: x", "Traceback...\nValueError: x")
    qtbot.addWidget(box)
    copy = next(b for b in box.buttons() if b.text() == "&Copy details")
    copy.click()
    assert QApplication.clipboard().text() == "Traceback...\nValueError: x"


def test_hooks_are_installed(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    install_exception_hooks()
    assert sys.excepthook is report_exception


def test_the_log_rotates_in_the_user_log_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("CASEAPP_LOG_DIR", str(tmp_path / "logs"))
    path = configure_logging()
    assert path == tmp_path / "logs" / "caseapp.log" and os.path.isdir(tmp_path / "logs")
    handler = next(h for h in logging.getLogger("caseapp").handlers if hasattr(h, "maxBytes"))
    assert handler.maxBytes == 1_000_000 and handler.backupCount == 5
