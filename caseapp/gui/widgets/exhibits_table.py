"""The exhibits table of the case form: editors per column, keyboard entry cell to cell, and the
add / duplicate / remove / unknown-quantity buttons.

What is typed in an open cell belongs to the officer until the cell is committed: background
validation repaints marks on cells, and Qt 6 hands every open editor in a dataChanged range back to
the delegate's setEditorData whatever the roles, so the delegate only rewrites an editor when the
model's value of the cell really changed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.core import vocab
from caseapp.core.substances import Catalogue
from caseapp.core.units import UNITS, Dimension
from caseapp.gui.models.exhibits import COLUMN, COLUMNS, ExhibitsModel, column_title
from caseapp.gui.widgets.fields import complete_on_keys, substance_completer, substance_model, unknown_word
from caseapp.gui.widgets.one_line import keep_one_line
from caseapp.gui.widgets.table_keys import KeyedTableView, editor_line

Index = QModelIndex | QPersistentModelIndex
#: editor property: the model's value of the cell when it was last put into the editor
LOADED = "caseapp_loaded"


def unit_labels(form: str | None, *, counts_only: bool = False) -> list[str]:
    """Units offered for a form: tablets offer counts (and mass); powder offers mass; a liquid volume."""
    if counts_only:
        wanted = {Dimension.COUNT.value}
    else:
        wanted = set(vocab.FORM_DIMENSIONS.get(form or "", {d.value for d in Dimension}))
    return [u.display() for u in UNITS if u.dimension.value in wanted]


class ExhibitDelegate(QStyledItemDelegate):
    def __init__(self, catalogue: Catalogue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self._substances = substance_model(catalogue, None)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = COLUMNS[index.column()]
        model = index.model()
        editor: QWidget
        if column.editor in ("vocab", "unit", "count_unit"):
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            if column.editor == "vocab" and column.vocabulary is not None:
                labels = [t.display() for t in column.vocabulary.terms]
            else:
                form = model.form_of(index.row()) if isinstance(model, ExhibitsModel) else None
                labels = unit_labels(form, counts_only=column.editor == "count_unit")
            combo.addItems(["", *labels])
            completer = combo.completer()
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            # inline completion with "contains" matching turns a typed "g" into "gg"
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            complete_on_keys(completer)
            editor = combo
        else:
            line = QLineEdit(parent)
            if column.editor == "substance":
                line.setCompleter(substance_completer(self.catalogue, line, self._substances))
            # numbers are read (and refused with a message on the cell) by the model: a validator
            # would keep the editor open on a bad number without saying why
            editor = line
        editor.setAccessibleName(self.tr("exhibit {number} {column}").format(number=index.row() + 1,
                                                                             column=column_title(column)))
        keep_one_line(editor)  # a pasted description keeps to one line
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if editor.property(LOADED) == value:
            return  # a repaint of marks, or the value this editor already holds: keep what is typed
        first_load = editor.property(LOADED) is None
        editor.setProperty(LOADED, value)
        if isinstance(editor, QComboBox):
            editor.setEditText(value)
        elif isinstance(editor, QLineEdit):
            editor.setText(value)
        view = self.parent()
        line = editor_line(editor)
        if first_load and line is not None and isinstance(view, KeyedTableView) and view.typing_over:
            line.selectAll()  # the key that opened the cell replaces its text, as in a spreadsheet

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            text = editor.currentText().strip()
        elif isinstance(editor, QLineEdit):
            text = editor.text().strip()
        else:
            return
        editor.setProperty(LOADED, text)  # the model's echo of this commit leaves the editor as it is
        model.setData(index, text)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        # Enter commits the cell and moves on to the next one, as Tab does (and stays on the last cell)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(editor, QWidget):
            view = self.parent()
            last = isinstance(view, KeyedTableView) and view.at_edge(True)
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint if last
                                  else QAbstractItemDelegate.EndEditHint.EditNextItem)
            return True
        return super().eventFilter(editor, event)


class ExhibitsTable(QWidget):
    changed = Signal()

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ExhibitsModel(catalogue, self)
        #: why a stored exhibit (by id) may not be removed (custody events, attachments), or None
        self.removal_refusal: Callable[[int], str | None] = lambda exhibit_id: None
        self.view = KeyedTableView(self)
        self.view.setAccessibleName(self.tr("exhibits"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(ExhibitDelegate(catalogue, self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(True)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = {"number": 44, "kind": 110, "substance": 180, "form": 100, "quantity": 80, "unit": 90,
                  "count": 70, "count_unit": 90, "measure": 70, "packages": 70, "packaging": 150, "field_test": 100,
                  "lab_substance": 150, "purity": 90, "description": 200, "kg": 110, "hazard": 90}
        metrics = header.fontMetrics()
        for key, width in widths.items():  # never narrower than its title (French titles are longer)
            title = str(self.model.headerData(COLUMN[key], Qt.Orientation.Horizontal) or "")
            self.view.setColumnWidth(COLUMN[key], max(width, metrics.horizontalAdvance(title) + 16))
        header.setStretchLastSection(False)

        self.add_button = QPushButton(self.tr("Add exhibit"), self)  # Ctrl+Shift+E; A is Agency's
        self.duplicate_button = QPushButton(self.tr("Duplicate"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.unknown_button = QPushButton(self.tr("Quantity un&known"), self)
        self.unknown_button.setToolTip(self.tr("mark the selected exhibit's quantity as deliberately unknown"))
        for button, slot in ((self.add_button, self.add), (self.duplicate_button, self.duplicate),
                             (self.remove_button, self.remove), (self.unknown_button, self.mark_unknown)):
            button.clicked.connect(slot)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.duplicate_button, self.remove_button, self.unknown_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+Shift+E"), self, self.add)
        # one slot per signal: rowsInserted/rowsRemoved carry (parent, first, last), not roles
        self.model.dataChanged.connect(self._data_changed)
        self.model.rowsInserted.connect(self._rows_changed)
        self.model.rowsRemoved.connect(self._rows_changed)
        self.model.modelReset.connect(self._reset)
        self._update_buttons()

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int]) -> None:
        if roles and Qt.ItemDataRole.EditRole not in roles:
            return  # validation marks, or the computed columns following an edit already announced
        self.changed.emit()

    def _rows_changed(self, parent: QModelIndex, first: int, last: int) -> None:
        self._update_buttons()
        self.changed.emit()

    def _reset(self) -> None:
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self) -> None:
        has_rows = self.model.rowCount() > 0
        for button in (self.duplicate_button, self.remove_button, self.unknown_button):
            button.setEnabled(has_rows and self.view.isEnabled())

    def current_row(self) -> int:
        index = self.view.currentIndex()
        if index.isValid():
            return index.row()
        return self.model.rowCount() - 1

    def add(self) -> None:
        """A new exhibit row, its substance cell open; the last row is used instead when nothing has been
        typed in it yet (a new case starts with one empty row: Add exhibit must not leave it behind)."""
        last = len(self.model.rows) - 1
        if last >= 0 and self.model.rows[last].id is None and self.model.is_blank(last):
            self._edit(last, COLUMN["substance"])
            return
        row = self.model.add_row()
        self._edit(row, COLUMN["substance"])

    def duplicate(self) -> None:
        row = self.current_row()
        if row >= 0:
            self._edit(self.model.duplicate_row(row), COLUMN["quantity"])

    def remove(self) -> None:
        """Remove the current row, unless it is a stored exhibit that custody events or attachments point
        at: the store would refuse it at the next save, so say so now and keep the row."""
        row = self.current_row()
        if row < 0:
            return
        stored = self.model.rows[row]
        refusal = self.removal_refusal(stored.id) if stored.id is not None else None
        if refusal:
            QMessageBox.warning(self, self.tr("Exhibit not removed"), refusal)
            return
        self.model.remove_row(row)

    def mark_unknown(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.setData(self.model.index(row, COLUMN["quantity"]), unknown_word())

    def _edit(self, row: int, column: int) -> None:
        index = self.model.index(row, column)
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        self.view.edit(index)

    def set_read_only(self, read_only: bool) -> None:
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only else
                                  QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        for button in (self.add_button, self.duplicate_button, self.remove_button, self.unknown_button):
            button.setVisible(not read_only)
