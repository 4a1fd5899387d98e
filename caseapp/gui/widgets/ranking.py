"""Completion entries ranked for what is typed, so the entry an officer means is at the top.

Sorted alphabetically, "fentanyl" listed 2-fluoroacrylfentanyl first and the exact match far down: typing
the full name, then Down and Tab, recorded an analogue. Ranks, alphabetical within each:

0. the exact name or alias (case, accents, spaces, hyphens and punctuation ignored, as name_key does);
1. names starting with the text;
2. names with a word starting with it ("acetyl fentanyl");
3. the rest containing it.

RankingProxy sits between a completer and its entries and re-orders them whenever the completer's
prefix changes; the completer still chooses which entries are listed (case-insensitive "contains"), and
keeps that order. Ranking ~3,000 substance names is a few milliseconds of Python per key."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from caseapp.core.text import fold_text, name_key

Index = QModelIndex | QPersistentModelIndex
_WORD_START = re.compile(r"(?<![^\W_])[^\W_]", re.UNICODE)  # a letter or digit after a non-word or at 0

EXACT, STARTS, WORD_STARTS, CONTAINS = range(4)


class _Entry:
    __slots__ = ("key", "suffix_keys", "alphabetical")

    def __init__(self, text: str) -> None:
        folded = fold_text(text)
        self.key = name_key(text)
        # the key of the text from each word on, so "acetyl fentanyl" is found by "fentanyl" as a word
        self.suffix_keys = tuple(name_key(folded[m.start():]) for m in _WORD_START.finditer(folded))[1:]
        self.alphabetical = folded

    def rank(self, key: str) -> int:
        if self.key == key:
            return EXACT
        if self.key.startswith(key):
            return STARTS
        if any(suffix.startswith(key) for suffix in self.suffix_keys):
            return WORD_STARTS
        return CONTAINS


def rank(text: str, typed: str) -> int:
    """The rank of an entry's text for what is typed (see the module's doc)."""
    return _Entry(text).rank(name_key(typed))


class RankingProxy(QAbstractProxyModel):
    """A flat list model's rows in the order ranked for a prefix (set_prefix); data passes through."""

    def __init__(self, source: QAbstractItemModel, role: int = Qt.ItemDataRole.EditRole,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._role = role
        self._prefix: str | None = None
        self._entries: list[_Entry] = []
        self._order: list[int] = []
        self._position: list[int] = []
        self.setSourceModel(source)
        for signal in (source.modelReset, source.layoutChanged, source.rowsInserted, source.rowsRemoved,
                       source.rowsMoved):
            signal.connect(self._reload)
        source.dataChanged.connect(self._source_data_changed)
        self._load()

    # -- ordering ------------------------------------------------------------------------------------
    def _load(self) -> None:
        source = self.sourceModel()
        count = source.rowCount(QModelIndex()) if source is not None else 0
        self._entries = [_Entry(str(source.index(row, 0).data(self._role) or "")) for row in range(count)]
        self._order = self._ranked(self._prefix or "")
        self._position = _inverse(self._order)

    def _reload(self, *_: Any) -> None:
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def _source_data_changed(self, top_left: Index, bottom_right: Index, *_: Any) -> None:
        self._reload()

    def _ranked(self, prefix: str) -> list[int]:
        entries = self._entries
        if not prefix:
            return list(range(len(entries)))
        key = name_key(prefix)
        return sorted(range(len(entries)), key=lambda row: (entries[row].rank(key), entries[row].alphabetical, row))

    def prefix(self) -> str | None:
        return self._prefix

    def set_prefix(self, prefix: str) -> bool:
        """Re-order for what is typed now: a layout change, and True, when the order changes."""
        if prefix == self._prefix:
            return False
        self._prefix = prefix
        order = self._ranked(prefix)
        if order == self._order:
            return False
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        sources = [self.mapToSource(index) for index in persistent]
        self._order = order
        self._position = _inverse(order)
        self.changePersistentIndexList(persistent, [self.mapFromSource(index) for index in sources])
        self.layoutChanged.emit()
        return True

    # -- a flat proxy ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1  # a list (QAbstractListModel keeps its columnCount private)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not 0 <= row < len(self._order) or not 0 <= column < self.columnCount():
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: Index | None = None) -> Any:  # type: ignore[override]
        if index is None:
            return QObject.parent(self)
        return QModelIndex()

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._order)

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        source = self.sourceModel()
        if source is None or not proxy_index.isValid() or proxy_index.row() >= len(self._order):
            return QModelIndex()
        return source.index(self._order[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid() or source_index.row() >= len(self._position):
            return QModelIndex()
        return self.index(self._position[source_index.row()], source_index.column())


def _inverse(order: list[int]) -> list[int]:
    position = [0] * len(order)
    for place, row in enumerate(order):
        position[row] = place
    return position
