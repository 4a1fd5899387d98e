"""Every window and dialog in French holds no English: each view the keyboard-map test walks (the case list, the
search, a new, saved and reviewed case with its custody and history, the logins, every custody event type, the
questions, the message boxes, printing and preferences) is built in French, and every text a user reads or a
screen reader says (titles, labels, buttons, group boxes, tabs, placeholders, tooltips, drop-down entries, table
headers, menus and their items) is searched for the words of the English source texts that no French translation
uses."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from tests.conftest import PEOPLE
from tests.gui.test_keyboard_map import VIEWS, Fixture, View, fixture  # noqa: F401  (fixture: used by name)

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402

WORD = re.compile(r"[A-Za-zÀ-ÿ]{3,}")
#: technical words, names and data that a French text may hold as they are
KEPT = {"caseapp", "ctrl", "shift", "enter", "tab", "utc", "sha", "json", "csv", "ids", "pdf", "http", "postgresql",
        "pyside", "qr", "iana", "argon2id", "olga", "nowak", "sam", "okafor", "ada", "li", "wei", "richmond",
        "fentanyl", "sqlite", "sqlite3", "demo", "test",
        "english"}  # a language menu names each language in itself: English, Français


def french_data_words() -> set[str]:
    """The words of the French labels the data tables give: vocabularies, units, countries, the catalogue."""
    from caseapp.core import units, vocab
    from caseapp.core.countries import countries_for_display
    from caseapp.core.substances import default_catalogue

    catalogue = default_catalogue()
    texts = [term.display("fr") for v in vars(vocab).values() if isinstance(v, vocab.Vocabulary) for term in v.terms]
    texts += [unit.display("fr") for unit in units.UNITS] + [name for _, name in countries_for_display("fr")]
    texts += [s.display("fr") for s in catalogue.substances.values()]
    texts += [g.display("fr") for g in catalogue.groups.values()]
    return {w.casefold() for text in texts for w in WORD.findall(text)}


def english_words() -> set[str]:
    """The words of the English source texts that no French translation (nor French label of the data) uses."""
    messages = translations.messages(translations.ts_path("fr"))
    source = {w.casefold() for m in messages for w in WORD.findall(re.sub(r"\{[^}]*\}|<[^>]*>", " ", str(m["source"])))}
    french = {w.casefold() for m in messages for form in m["forms"] for w in WORD.findall(str(form))}
    return source - french - french_data_words() - KEPT


def _plain(text: str) -> str:
    return re.sub(r"<[^>]*>", " ", text.replace("&", ""))


def texts_of(window: QWidget) -> list[str]:
    """Every text of the window and its children that a user reads or a screen reader says."""
    found: list[str] = [window.windowTitle()]
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(), widget.statusTip()]
        if isinstance(widget, QLabel):
            found.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            found.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            found += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QMessageBox):
            found += [widget.text(), widget.informativeText()]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list's own model (a completer's, a combo's): no headers
                columns = 0
            for column in range(columns):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    found.append(str(model.headerData(column, Qt.Orientation.Horizontal, role) or ""))
    if isinstance(window, QMainWindow):
        menus = [action.menu() for action in window.menuBar().actions() if action.menu() is not None]
        while menus:
            menu = menus.pop()
            if isinstance(menu, QMenu):
                menu.aboutToShow.emit()  # the saved-search menus fill themselves as they open
                found.append(menu.title())
                for action in menu.actions():
                    found += [action.text(), action.toolTip(), action.statusTip()]
                    if action.menu() is not None:
                        menus.append(action.menu())
    return [_plain(text) for text in found if text]


def english_in(texts: list[str], words: set[str], data: set[str]) -> list[str]:
    shown = []
    for text in texts:
        for value in data:
            text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", text)
        caught = sorted({w for w in WORD.findall(text) if w.casefold() in words})
        if caught:
            shown.append(f"{text!r}: {', '.join(caught)}")
    return shown


def _data(f: Fixture) -> set[str]:
    """What the views show of the test's own data (names of the accounts, case numbers, the file)."""
    names = {name for _, name in PEOPLE.values()} | set(PEOPLE)
    return names | {f.draft, "cases.sqlite3", str(f.app.location), "Vault A", "Olga"}


@pytest.mark.parametrize("view", VIEWS, ids=[v.name for v in VIEWS])
def test_no_english_is_left_in_a_french_window(french, fixture, view: View):  # noqa: F811
    window = view.build(fixture)
    leftover = english_in(texts_of(window), english_words(), _data(fixture))
    assert leftover == []


def test_the_english_words_are_found_in_an_english_window(fixture):  # noqa: F811
    """The check itself: the same walk of the English case list finds the words it looks for."""
    window = VIEWS[0].build(fixture)
    leftover = english_in(texts_of(window), english_words(), _data(fixture))
    assert any("Quit" in line for line in leftover)
