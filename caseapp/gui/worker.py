"""Long database work (imports, exports, verification) off the GUI thread, so the window never freezes.

A task runs in a QThread with its own connection to the same file (an SQLite connection belongs to
the thread that opened it); WAL lets the window keep reading meanwhile. Results and errors come back
as signals on the GUI thread.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal

from caseapp.core.errors import CaseAppError
from caseapp.services.app import CaseApp


class DatabaseTask(QThread):
    succeeded = Signal(object)
    failed = Signal(str)
    progress = Signal(int, int, int)  # records read, bytes read, total bytes (0 when unknown)

    def __init__(self, session: Callable[[], CaseApp],
                 work: Callable[[CaseApp, Callable[[int, int, int], None]], Any], *, parent: Any = None) -> None:
        super().__init__(parent)
        # the window's app.session: a CaseApp of the task's own (opened here, in the task's thread) with the
        # window's clock and keyring, so the entries the task makes are signed as the window's would be
        self.session = session
        self.work = work

    def run(self) -> None:
        try:
            app = self.session()
            try:
                result = self.work(app, self.progress.emit)
            finally:
                app.close()
        except CaseAppError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - reported to the user with its details, the app keeps running
            self.failed.emit(self.tr("unexpected error: {error}").format(error=exc) + f"\n\n{traceback.format_exc()}")
        else:
            self.succeeded.emit(result)


class FunctionTask(QThread):
    """A function that needs no database connection of its own (a restore replaces the file)."""

    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[], Any], parent: Any = None) -> None:
        super().__init__(parent)
        self.work = work

    def run(self) -> None:
        try:
            result = self.work()
        except CaseAppError as exc:
            self.failed.emit(str(exc))
        except OSError as exc:
            self.failed.emit(self.tr("the file could not be replaced: {error}").format(error=exc.strerror or exc))
        except Exception as exc:  # noqa: BLE001 - reported to the user with its details
            self.failed.emit(self.tr("unexpected error: {error}").format(error=exc) + f"\n\n{traceback.format_exc()}")
        else:
            self.succeeded.emit(result)
