"""Collect the Alt-letter mnemonics in effect in a window: what Qt would act on if the user pressed Alt with
a letter now. Generic over widget types, so a dialog or widget added later is covered once a test builds it.

A mnemonic is in effect when its owner is visible in the window (Qt ignores the shortcuts of hidden widgets):
QLabel texts with a buddy, QAbstractButton texts (push buttons, check boxes...), QGroupBox titles, QTabBar tab
texts and the titles of the menu bar's menus. The items inside each menu are checked menu by menu.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)


def mnemonic_letter(text: str) -> str | None:
    """The letter or digit after a single '&' ('&&' is a literal ampersand), lower case; None without one."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            following = text[i + 1]
            if following == "&":
                i += 2
                continue
            return following.lower() if following.isalnum() else None
        i += 1
    return None


def plain(text: str) -> str:
    """The text as shown: '&&' is one ampersand, a single '&' is the underline."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


@dataclass(frozen=True)
class Mnemonic:
    letter: str
    text: str  # as shown, without the '&'
    kind: str  # label, button, group, tab, menu
    owner: QWidget = field(compare=False, repr=False)
    target: QWidget | None = field(default=None, compare=False, repr=False)  # where Alt+letter should put focus

    def describe(self) -> str:
        return f"Alt+{self.letter.upper()} {self.kind} '{self.text}'"


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget is window or (widget.isVisibleTo(window) and not widget.isHidden())


def focus_target(widget: QWidget) -> QWidget:
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def mnemonics(window: QWidget) -> list[Mnemonic]:
    """Every mnemonic in effect in `window` as it is now."""
    found: list[Mnemonic] = []
    for label in window.findChildren(QLabel):
        if not _shown(label, window) or label.textFormat() == Qt.TextFormat.RichText:
            continue
        letter = mnemonic_letter(label.text())
        if letter is not None:
            buddy = label.buddy()
            found.append(Mnemonic(letter, plain(label.text()), "label", label,
                                  focus_target(buddy) if buddy is not None else None))
    for button in window.findChildren(QAbstractButton):
        letter = mnemonic_letter(button.text())
        if letter is not None and _shown(button, window):
            found.append(Mnemonic(letter, plain(button.text()), "button", button, button))
    for group in window.findChildren(QGroupBox):
        letter = mnemonic_letter(group.title())
        if letter is not None and _shown(group, window):
            found.append(Mnemonic(letter, plain(group.title()), "group", group, None))
    for bar in window.findChildren(QTabBar):
        if not _shown(bar, window):
            continue
        for index in range(bar.count()):
            letter = mnemonic_letter(bar.tabText(index))
            if letter is not None and bar.isTabVisible(index):
                found.append(Mnemonic(letter, plain(bar.tabText(index)), "tab", bar, None))
    if isinstance(window, QMainWindow) and window.menuBar().isVisibleTo(window):
        for action in window.menuBar().actions():
            letter = mnemonic_letter(action.text())
            if letter is not None and action.isVisible():
                found.append(Mnemonic(letter, plain(action.text()), "menu", window.menuBar(), None))
    return found


def clashes(found: list[Mnemonic]) -> list[str]:
    """'Alt+S: button 'Save', menu 'Search'' for every letter used more than once."""
    by_letter: dict[str, list[Mnemonic]] = {}
    for mnemonic in found:
        by_letter.setdefault(mnemonic.letter, []).append(mnemonic)
    return [f"Alt+{letter.upper()}: " + ", ".join(f"{m.kind} '{m.text}'" for m in used)
            for letter, used in sorted(by_letter.items()) if len(used) > 1]


def menu_clashes(window: QWidget) -> list[str]:
    """Letters used twice among the items of one menu (a menu's own letters act while it is open)."""
    problems = []
    for menu in window.findChildren(QMenu):
        seen: dict[str, str] = {}
        for action in menu.actions():
            letter = mnemonic_letter(action.text())
            if letter is None or not action.isVisible():
                continue
            if letter in seen:
                problems.append(f"menu '{plain(menu.title())}': Alt+{letter.upper()} '{seen[letter]}' and "
                                f"'{plain(action.text())}'")
            seen[letter] = plain(action.text())
    return problems


def takes_focus(widget: QWidget | None) -> bool:
    return widget is not None and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
