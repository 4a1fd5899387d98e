"""Changes made at other workstations, shown without a click: a thread waits on the database's change feed
(the server's LISTEN/NOTIFY, or an SQLite file's data_version polled) on a connection of its own, and the
window announces what arrived on its hub, as `Elsewhere(notices)`, the same signal a local save emits.

The thread is a plain Python thread, not a QThread: a window deleted without closing (a test's, a crash's) then
leaves no running QThread to abort the process; it stops when the window closes or is destroyed. What arrives
in a burst (eight workstations saving at once) is gathered and announced at most once per `SPACING_MS`, so the
window re-reads its lists a few times a second at most, never once per save."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from caseapp.core.errors import CaseAppError
from caseapp.gui.operations import ChangeHub
from caseapp.services.live import changes_of
from caseapp.store.contract import ChangeFeed, ChangeNotice

WAIT_SECONDS = 0.5  # one wait on the feed: how soon the thread notices it was asked to stop
SPACING_MS = 700  # announcements of what arrived are at least this far apart
RETRY_SECONDS = 3.0  # a feed that could not be opened (the server down at the start) is tried again after this


@dataclass(frozen=True)
class Elsewhere:
    """The initiator of changes made at other workstations (or by another program on the same database):
    the audit entries that announced them, oldest first."""

    notices: tuple[ChangeNotice, ...]


class _Bridge(QObject):
    arrived = Signal(object)  # list[ChangeNotice], emitted from the feed's thread, received on the GUI thread


class LiveRefresh(QObject):
    """Follows the feed `open_feed` gives (called in the feed's thread) and announces on `hub`."""

    def __init__(self, open_feed: Callable[[], ChangeFeed], hub: ChangeHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.open_feed = open_feed
        self._stop = threading.Event()
        self._bridge = _Bridge()  # parentless: it outlives the window for as long as the thread may emit
        self._bridge.arrived.connect(self._arrived)
        self._pending: list[ChangeNotice] = []
        self._since = QElapsedTimer()
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self._announce)
        self._thread: threading.Thread | None = None
        self.announced = 0  # announcements made so far (the tests wait on it)

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=_follow, args=(self.open_feed, self._stop, self._bridge),
                                            name="caseapp-live-refresh", daemon=True)
            self._thread.start()
            stop = self._stop  # not self: the slot must not touch this object while it is being destroyed
            self.destroyed.connect(lambda *_: stop.set())

    def stop(self) -> None:
        """Stop following and wait for the thread (it ends within one wait)."""
        self._stop.set()
        self._later.stop()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=WAIT_SECONDS * 4 + RETRY_SECONDS)

    def _arrived(self, notices: list[ChangeNotice]) -> None:
        if self._stop.is_set():
            return
        self._pending.extend(notices)
        waited = self._since.elapsed() if self._since.isValid() else SPACING_MS
        if waited >= SPACING_MS:
            self._announce()
        elif not self._later.isActive():
            self._later.start(SPACING_MS - waited)

    def _announce(self) -> None:
        notices, self._pending = self._pending, []
        if not notices or self._stop.is_set():
            return
        self._since.restart()
        self.announced += 1
        self.hub.announce(changes_of(notices), Elsewhere(tuple(notices)))


def _follow(open_feed: Callable[[], ChangeFeed], stop: threading.Event, bridge: _Bridge) -> None:
    """The thread: open the feed, wait on it, hand what arrives to the GUI thread; the feed is closed here. A
    feed that fails is opened again after a pause: the window keeps following for as long as it is open."""
    feed: ChangeFeed | None = None
    try:
        while not stop.is_set():
            if feed is None:
                try:
                    feed = open_feed()
                except CaseAppError:
                    stop.wait(RETRY_SECONDS)
                    continue
            try:
                notices = feed.wait(WAIT_SECONDS)
            except Exception:  # noqa: BLE001 - a feed in a state of its own: start again on a new one
                feed.close()
                feed = None
                stop.wait(RETRY_SECONDS)
                continue
            if notices and not stop.is_set():
                bridge.arrived.emit(notices)
    except RuntimeError:  # the bridge went with the application at exit
        return
    finally:
        if feed is not None:
            feed.close()
