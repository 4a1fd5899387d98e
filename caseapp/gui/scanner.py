"""A keyboard-wedge scanner is a keyboard: it types a label's code and Enter into whatever has focus, a few
milliseconds a key. `ScanDetector` watches the keys of one window and tells a scan from a person by timing:
printable keys arriving less than GAP_MS apart (and MEAN_MS apart on average), at least MIN_CHARS of them,
ended by Enter. While it cannot yet tell, it holds the keys back, so a scan does not land in a text field; the
moment it can tell they are a person's (a pause, another key, a slow rhythm), it gives them back to the widget
they were meant for, in their order, before any later key: nothing typed is lost or reordered. A scan is handed
to `handle(text)`; when that answers False (not a code the window acts on), the keys are given back too.

Times come from the key events (the window system's clock, so a busy window does not make keys typed slowly
look fast). Key events without a time are not the window system's (a program's synthetic keys, as tests type):
they are never held back, so they arrive at once, exactly as without the detector."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

GAP_MS = 40  # a longer pause between two keys is a person's
MEAN_MS = 8  # scanners type 1-5 ms a key; a person, even a burst at 12 ms a key, averages above this
MIN_CHARS = 4
_ENTER = (Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value)  # QKeyEvent.key() is an int
_RELEASE_MS = 2000  # a scan's Enter is released within this
_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride)
_MODIFIER_KEYS = frozenset(k.value for k in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt,
                                              Qt.Key.Key_AltGr, Qt.Key.Key_Meta, Qt.Key.Key_CapsLock))
_TEXT_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


def _copy(event: QKeyEvent) -> QKeyEvent:
    return QKeyEvent(event.type(), event.key(), event.modifiers(), event.nativeScanCode(),
                     event.nativeVirtualKey(), event.nativeModifiers(), event.text(), event.isAutoRepeat(),
                     event.count())


def _printable(event: QKeyEvent) -> bool:
    text = event.text()
    return (len(text) == 1 and text.isprintable() and not event.isAutoRepeat()
            and not (event.modifiers() & ~_TEXT_MODIFIERS))


class ScanDetector(QObject):
    """Installed on the application; acts only on keys for widgets of `window` while no modal dialog is open
    (a dialog that reads scans, such as Receive by scanning, reads them in its own field)."""

    def __init__(self, window: QWidget, handle: Callable[[str], bool],
                 refused: Callable[[], None] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.handle = handle
        self.refused = refused  # called once a scan `handle` refused has been given back and acted on
        self.enabled = True
        self._held: list[tuple[QWidget, QKeyEvent]] = []
        self._text = ""
        self._times: list[float] = []
        self._replaying = False
        self._scan_enter_at: float | None = None  # the time of a scan's Enter: its release is the scan's too
        self._enter_press = False  # and its press, when the scan was decided at its shortcut offer
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GAP_MS)
        self._timer.timeout.connect(self.give_back)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        window.destroyed.connect(lambda: app.removeEventFilter(self))

    @property
    def holding(self) -> bool:
        return bool(self._held)

    def _mine(self, target: QObject) -> bool:
        return (self.enabled and isinstance(target, QWidget) and target.window() is self.window
                and QApplication.activeModalWidget() is None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in _KEY_EVENTS and not event.timestamp() and not self._replaying:  # type: ignore[attr-defined]
            if self._held:  # not from the window system (see above): what was held goes first
                self.give_back()
            return False
        if kind == QEvent.Type.InputMethod and self._held and not self._replaying:
            self.give_back()  # text composed by an input method (a dead key's "ê") comes after the held keys
            return False
        if kind == QEvent.Type.ShortcutOverride and not self._replaying:
            return self._shortcut_override(watched, event)
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) or self._replaying:
            return False
        assert isinstance(event, QKeyEvent)
        # a scan's Enter is the scan's wherever it lands (a dialog the scan opened has the focus by then): its
        # press (the same event as the shortcut offer that decided the scan, by its time) and its release
        if self._scan_enter_at is not None and event.key() in _ENTER:
            since = float(event.timestamp()) - self._scan_enter_at
            if kind == QEvent.Type.KeyPress and since == 0 and self._enter_press:
                self._enter_press = False
                return True
            if kind == QEvent.Type.KeyRelease and 0 <= since <= _RELEASE_MS:
                self._scan_enter_at = None
                self._enter_press = False
                return True
        if not self._mine(watched):
            if self._held and isinstance(watched, QWidget):
                self.give_back()  # a key for another window: what was held goes first
            return False
        assert isinstance(watched, QWidget)
        if kind == QEvent.Type.KeyRelease:
            if self._held:
                self._held.append((watched, _copy(event)))
                return True
            return False
        now = float(event.timestamp())
        if event.key() in _ENTER and self._held:
            if self._is_scan(now) and self._scanned(watched, now):
                return True
            self.give_back()
            return False
        if event.key() in _MODIFIER_KEYS:  # a scanner presses Shift for capitals and ':' too
            if not self._held:
                return False
            self._held.append((watched, _copy(event)))
            return True
        if not _printable(event):
            self.give_back()
            return False
        if self._times and now - self._times[-1] > GAP_MS:
            self.give_back()  # the pause says a person: those keys go now, this one starts anew
        self._held.append((watched, _copy(event)))
        self._text += event.text()
        self._times.append(now)
        self._timer.start()
        return True

    def _shortcut_override(self, watched: QObject, event: QEvent) -> bool:
        """Qt offers every key to the shortcuts before it is pressed (Enter opens the case list's case): a scan
        is decided at its Enter's offer, and then keeps the Enter from any shortcut; a person's keys are given
        back first, and the shortcut or the key press go on as without this filter."""
        assert isinstance(event, QKeyEvent)
        if not self._held or not self._mine(watched):
            return False
        if event.key() not in _ENTER:
            if event.key() not in _MODIFIER_KEYS and not _printable(event):
                self.give_back()  # Ctrl+S, Alt+N...: the keys typed before it reach their field first
            return False
        assert isinstance(watched, QWidget)
        now = float(event.timestamp())
        if self._is_scan(now) and self._scanned(watched, now):
            self._enter_press = True
            event.accept()
            return True
        self.give_back()
        return False

    def _is_scan(self, now: float) -> bool:
        times = [*self._times, now]
        gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
        return (len(self._text) >= MIN_CHARS and max(gaps) <= GAP_MS
                and sum(gaps) / len(gaps) <= MEAN_MS)

    def _scanned(self, watched: QWidget, enter_at: float) -> bool:
        text = self._text
        self._timer.stop()
        held, self._held, self._text, self._times = self._held, [], "", []
        if self.handle(text):
            self._scan_enter_at = enter_at
            return True
        self._held = held  # not a code the window acts on: given back as typed, Enter after it
        self.give_back()
        if self.refused is not None:  # after the Enter too: it is delivered as this filter returns
            QTimer.singleShot(0, self.refused)
        return False

    def give_back(self) -> None:
        """Deliver the held keys to the widgets they were meant for, in order."""
        self._timer.stop()
        held, self._held, self._text, self._times = self._held, [], "", []
        self._replaying = True
        try:
            for widget, event in held:
                # each key goes where the focus is when it is delivered, as it would have without holding: the
                # first key typed into a table opens a cell editor, which takes the keys after it
                target = QApplication.focusWidget()
                if target is None or target.window() is not self.window:
                    target = widget if shiboken6.isValid(widget) else None
                if target is not None:
                    QCoreApplication.sendEvent(target, event)
                    QCoreApplication.sendPostedEvents()  # what the key set going (an editor's set-up) comes first
        finally:
            self._replaying = False
