"""Unexpected errors in the window: logged with their traceback, shown in a dialog with a way to copy
the details, and the application keeps running (an exception in a slot must not take the officer's
unsaved work with it)."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from caseapp.gui.i18n import translate

log = logging.getLogger("caseapp.gui")


def error_dialog(summary: str, details: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical, translate("ErrorDialog", "caseapp: unexpected error"),
                      translate("ErrorDialog", "Something went wrong: {summary}\n\nWhat you were doing was not "
                                "finished; the rest of the application keeps working. The details are in the log; "
                                "copy them for your support contact.").format(summary=summary),
                      QMessageBox.StandardButton.Close)
    box.setDetailedText(details)
    copy = QPushButton(translate("ErrorDialog", "&Copy details"), box)
    box.addButton(copy, QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()  # keep the dialog open after copying
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
    return box


def report_exception(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook for the window: log, then show the dialog (on the GUI thread)."""
    details = "".join(traceback.format_exception(kind, value, tb))
    log.error("unexpected error\n%s", details)
    if QApplication.instance() is None:
        sys.__excepthook__(kind, value, tb)
        return
    summary = f"{kind.__name__}: {value}"
    QTimer.singleShot(0, lambda: error_dialog(summary, details).exec())


def install_exception_hooks() -> None:
    sys.excepthook = report_exception

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        report_exception(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    threading.excepthook = thread_hook
