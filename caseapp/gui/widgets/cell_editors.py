"""Cell editors for small tables of plain items (QTableWidget): a drop-down with completion for a vocabulary
column and a country completer for a country column, as the exhibits table offers in its cells.

The cell keeps the text the officer leaves in it: a word that is not in the vocabulary stays as typed,
and validation warns about it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyleOptionViewItem,
    QWidget,
)

from caseapp.core.vocab import Vocabulary
from caseapp.gui.widgets.fields import CompletionModel, complete_on_keys, country_completer, country_model
from caseapp.gui.widgets.one_line import OneLineDelegate, keep_one_line

Index = QModelIndex | QPersistentModelIndex


def vocabulary_combo(vocabulary: Vocabulary, parent: QWidget) -> QComboBox:
    """An editable drop-down of a vocabulary's labels that completes on any part of a word."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(["", *(term.label for term in vocabulary.terms)])
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    # inline completion with "contains" matching would turn a typed "s" into "ss"
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    complete_on_keys(completer)
    return combo


class VocabularyCellsDelegate(OneLineDelegate):
    """Per column: a vocabulary drop-down (`vocabularies`) or a country completer (`countries`); other
    columns get the plain line editor; every editor joins pasted lines."""

    def __init__(self, vocabularies: dict[int, Vocabulary], countries: tuple[int, ...] = (),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vocabularies = vocabularies
        self.countries = countries
        self._country_model: CompletionModel | None = None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        vocabulary = self.vocabularies.get(index.column())
        if vocabulary is not None:
            combo = vocabulary_combo(vocabulary, parent)
            keep_one_line(combo)
            return combo
        editor = super().createEditor(parent, option, index)
        if index.column() in self.countries and isinstance(editor, QLineEdit):
            if self._country_model is None:
                self._country_model = country_model(self)
            editor.setCompleter(country_completer(editor, self._country_model))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setEditText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText().strip(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
