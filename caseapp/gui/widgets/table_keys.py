"""Keyboard entry in the form's tables, as in a spreadsheet.

- Tab and Shift+Tab move cell to cell; Tab past the last editable cell (last row) and Shift+Tab before
  the first leave the table for the next or previous widget of the form, committing an open editor
  first. Without this, Qt wraps around and the keyboard never gets out of the table.
- A key that opens an editor replaces the cell's text (Qt already selects a line edit's text; drop-down
  editors are told through `typing_over`); F2 and a double-click open it with the cursor at the end.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QTableView,
    QTableWidget,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
_Edit = QAbstractItemView.EditTrigger
_Hint = QAbstractItemDelegate.EndEditHint
_Move = QAbstractItemView.CursorAction
#: triggers that open a cell to change its text rather than to replace it
_KEEPING = (_Edit.EditKeyPressed, _Edit.DoubleClicked, _Edit.SelectedClicked)


def editor_line(editor: QWidget | None) -> QLineEdit | None:
    """The line edit an editor types into (itself, or an editable drop-down's)."""
    if isinstance(editor, QLineEdit):
        return editor
    if isinstance(editor, QComboBox):
        return editor.lineEdit()
    return None


class SpreadsheetKeys:
    """Mixed into a QTableView or QTableWidget (before the Qt class)."""

    typing_over = False  # True while a typed key opens an editor

    def _editable(self, row: int, column: int) -> bool:
        model = self.model()  # type: ignore[attr-defined]
        return bool(model.flags(model.index(row, column)) & Qt.ItemFlag.ItemIsEditable)

    def _last_editable(self, forward: bool) -> tuple[int, int] | None:
        """(row, column) of the last editable cell (forward) or the first (backward)."""
        model = self.model()  # type: ignore[attr-defined]
        rows, columns = model.rowCount(), model.columnCount()
        row_order = range(rows - 1, -1, -1) if forward else range(rows)
        for row in row_order:
            for column in (range(columns - 1, -1, -1) if forward else range(columns)):
                if self._editable(row, column):
                    return row, column
        return None

    def at_edge(self, forward: bool) -> bool:
        """True when no editable cell lies after (forward) or before the current one."""
        current = self.currentIndex()  # type: ignore[attr-defined]
        edge = self._last_editable(forward)
        if edge is None:
            return True
        if not current.isValid():
            return False
        here = (current.row(), current.column())
        return here >= edge if forward else here <= edge

    def commit_open_editor(self) -> None:
        """Hand the text of an open cell editor to the model, leaving the editor open (before saving:
        a shortcut such as Ctrl+S does not take the focus away, so nothing else commits it)."""
        if self.state() != QAbstractItemView.State.EditingState:  # type: ignore[attr-defined]
            return
        editor = self.indexWidget(self.currentIndex())  # type: ignore[attr-defined]
        if editor is not None:
            self.commitData(editor)  # type: ignore[attr-defined]

    def moveCursor(self, action: _Move, modifiers: Qt.KeyboardModifier) -> QModelIndex:  # noqa: N802
        if action in (_Move.MoveNext, _Move.MovePrevious) and self.at_edge(action == _Move.MoveNext):
            return QModelIndex()  # an invalid index: Qt lets Tab move the focus out of the view
        return super().moveCursor(action, modifiers)  # type: ignore[misc]

    def closeEditor(self, editor: QWidget, hint: _Hint) -> None:  # noqa: N802
        if hint in (_Hint.EditNextItem, _Hint.EditPreviousItem):
            forward = hint == _Hint.EditNextItem
            if self.at_edge(forward):
                # the delegate has committed the editor already; close it and leave the table
                super().closeEditor(editor, _Hint.NoHint)  # type: ignore[misc]
                self.focusNextPrevChild(forward)  # type: ignore[attr-defined]
                return
        super().closeEditor(editor, hint)  # type: ignore[misc]

    def edit(self, index: Index, trigger: _Edit | None = None, event: QEvent | None = None) -> bool:
        if trigger is None:  # the public edit(index)
            return super().edit(index)  # type: ignore[misc]
        typing = trigger == _Edit.AnyKeyPressed
        self.typing_over = typing
        try:
            opened = super().edit(index, trigger, event)  # type: ignore[misc]
        finally:
            self.typing_over = False
        if opened and trigger in _KEEPING:
            line = editor_line(self.indexWidget(index))  # type: ignore[attr-defined]
            if line is not None:
                line.deselect()
                line.end(False)
        return opened


class KeyedTableView(SpreadsheetKeys, QTableView):
    pass


class KeyedTableWidget(SpreadsheetKeys, QTableWidget):
    pass
