"""Searches off the GUI thread: one worker thread with its own connection answers page and totals
requests in order; each answer carries the request's token, and the panel drops answers to requests
it has since replaced (typing on makes the earlier results stale)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from caseapp.core.errors import CaseAppError
from caseapp.services.app import CaseApp
from caseapp.store.contract import SearchQuery, UnknownFilter


class _Searcher(QObject):
    page = Signal(int, int, object)  # token, offset, rows
    totals = Signal(int, object)  # token, SearchTotals
    failed = Signal(int, str)

    def __init__(self, session: Callable[[], CaseApp]) -> None:
        super().__init__()
        self.session = session  # the panel's app.session, called in this worker's thread
        self.app: CaseApp | None = None

    def _app(self) -> CaseApp:
        if self.app is None:
            self.app = self.session()
        return self.app

    @Slot(int, object, bool)
    def run_page(self, token: int, query: SearchQuery, grouped: bool) -> None:
        try:
            app = self._app()
            rows = app.search_cases(query) if grouped else app.search(query)
        except (UnknownFilter, CaseAppError) as exc:
            self.failed.emit(token, str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - shown to the user; the window keeps running
            self.failed.emit(token, self.tr("the search failed: {error}").format(error=exc))
            return
        self.page.emit(token, query.offset, rows)

    @Slot(int, object)
    def run_totals(self, token: int, query: SearchQuery) -> None:
        try:
            self.totals.emit(token, self._app().totals(query))
        except Exception as exc:  # noqa: BLE001 - the rows are shown; only the totals are missing
            self.failed.emit(token, self.tr("totals unavailable: {error}").format(error=exc))

    @Slot()
    def close(self) -> None:
        if self.app is not None:
            self.app.close()
            self.app = None


class SearchWorker(QObject):
    """Owns the thread; request_page / request_totals queue work, the signals bring answers back."""

    page = Signal(int, int, object)
    totals = Signal(int, object)
    failed = Signal(int, str)
    _page = Signal(int, object, bool)
    _totals = Signal(int, object)
    _close = Signal()

    def __init__(self, session: Callable[[], CaseApp], parent: Any = None) -> None:
        super().__init__(parent)
        self.thread = QThread()
        self.searcher = _Searcher(session)
        self.searcher.moveToThread(self.thread)
        self._page.connect(self.searcher.run_page)
        self._totals.connect(self.searcher.run_totals)
        self._close.connect(self.searcher.close)
        self.searcher.page.connect(self.page)
        self.searcher.totals.connect(self.totals)
        self.searcher.failed.connect(self.failed)
        self.thread.start()

    def request_page(self, token: int, query: SearchQuery, grouped: bool) -> None:
        self._page.emit(token, query, grouped)

    def request_totals(self, token: int, query: SearchQuery) -> None:
        self._totals.emit(token, query)

    def stop(self) -> None:
        if self.thread.isRunning():
            self._close.emit()
            self.thread.quit()
            self.thread.wait()
