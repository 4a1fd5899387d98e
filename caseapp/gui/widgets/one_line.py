"""One-line text fields keep one line: text the user pastes (or types) with line breaks, tabs or other
control characters is joined into one line as it arrives, the cursor staying after it.

Only the user's edits are rewritten (textEdited): a stored value is shown as it is, and validation names it
("one line only"), so nothing in the database is changed without the user seeing it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from caseapp.core.text import breaks_line, joined_lines

#: widget property: the line edit already joins what is pasted into it
KEPT = "caseapp_one_line"


def keep_one_line(widget: QWidget | None) -> None:
    """Make a line edit (or an editable combo box's line edit) join pasted lines; safe to call twice."""
    line = widget.lineEdit() if isinstance(widget, QComboBox) else widget
    if not isinstance(line, QLineEdit) or line.property(KEPT):
        return
    line.setProperty(KEPT, True)

    def edited(text: str) -> None:
        if not breaks_line(text):
            return
        cursor = len(joined_lines(text[:line.cursorPosition()]))
        line.setText(joined_lines(text))
        line.setCursorPosition(cursor)
        line.textEdited.emit(line.text())  # listeners of user edits see the text as it now stands

    line.textEdited.connect(edited)


class OneLineDelegate(QStyledItemDelegate):
    """A table's default cell editors, joining pasted lines."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        keep_one_line(editor)
        return editor
