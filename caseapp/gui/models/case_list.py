"""The main window's case list: a lazily loaded table model over the store's paging.

The model holds only the pages scrolled to (canFetchMore / fetchMore), so a database of a million
exhibits opens at once. Sorting and filtering happen in SQL (a new query resets the model): a Qt
proxy over a lazily loaded model would sort only the rows loaded so far. After a change (a save, an import)
`reread` reads the loaded rows again and applies the difference row by row, so the view keeps its
selection, current row and scroll position.
"""

from __future__ import annotations

from dataclasses import replace
from difflib import SequenceMatcher
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from caseapp.core import vocab
from caseapp.core.countries import country_display
from caseapp.core.formats import kg_text as kilograms
from caseapp.gui.i18n import translate
from caseapp.services.app import CaseApp
from caseapp.store.contract import CaseListQuery, CaseListRow

Index = QModelIndex | QPersistentModelIndex
PAGE = 200

#: (header, sort key or None when the column cannot be sorted in SQL)
COLUMNS: tuple[tuple[str, str | None], ...] = (
    (QT_TRANSLATE_NOOP("CaseListModel", "Case"), "case_number"),
    (QT_TRANSLATE_NOOP("CaseListModel", "Date"), "occurred_at"),
    (QT_TRANSLATE_NOOP("CaseListModel", "Place"), "place"),
    (QT_TRANSLATE_NOOP("CaseListModel", "Substances"), None),
    (QT_TRANSLATE_NOOP("CaseListModel", "kg-equivalent"), None),
    (QT_TRANSLATE_NOOP("CaseListModel", "Origin"), "origin"),
    (QT_TRANSLATE_NOOP("CaseListModel", "Status"), "status"),
    (QT_TRANSLATE_NOOP("CaseListModel", "Officer"), "officer"),
    (QT_TRANSLATE_NOOP("CaseListModel", "Hazard"), None),
)
CASE, DATE, PLACE, SUBSTANCES, KG, ORIGIN, STATUS, OFFICER, HAZARD = range(len(COLUMNS))

STATUS_COLOURS = {"draft": "#5f6368", "submitted": "#1a5fb4", "returned": "#c64600", "approved": "#26734d"}


def place_text(row: CaseListRow) -> str:
    where = ", ".join(p for p in (row.place_name, row.city) if p)
    country = row.country or ""
    return f"{where} ({country})" if where and country else where or country_display(country)


def kg_text(row: CaseListRow) -> str:
    if row.kg_mg is None:
        return "" if row.exhibits == 0 else "—"
    return kilograms(row.kg_mg, row.kg_estimate) + (" +" if row.kg_partial else "")


class CaseListModel(QAbstractTableModel):
    def __init__(self, app: CaseApp, parent: Any = None, *, page_size: int = PAGE) -> None:
        super().__init__(parent)
        self.app = app
        self.page_size = page_size
        self.query = CaseListQuery()
        self.rows: list[CaseListRow] = []
        self._exhausted = False

    # -- queries --------------------------------------------------------------------------------
    def set_query(self, query: CaseListQuery) -> None:
        self.beginResetModel()
        self.query = query
        self.rows = []
        self._exhausted = False
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def refresh(self) -> None:
        """Read again from the start (after a save, an import or a status change)."""
        self.set_query(self.query)

    def reread(self) -> None:
        """Read the rows held again, without a reset: a changed row is updated in place, a new case is
        inserted and a case that left the query removed where it stands, so the view's selection (kept per
        case) and scroll position stay."""
        wanted = max(len(self.rows), self.page_size)
        fresh = self.app.case_page(self.query, 0, wanted)
        self._exhausted = len(fresh) < wanted
        matcher = SequenceMatcher(None, [r.case_number for r in self.rows], [r.case_number for r in fresh],
                                  autojunk=False)
        last_column = len(COLUMNS) - 1
        for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):  # from the end: earlier rows keep their place
            if tag == "equal":
                changed = [k for k in range(i2 - i1) if self.rows[i1 + k] != fresh[j1 + k]]
                self.rows[i1:i2] = fresh[j1:j2]
                if changed:
                    self.dataChanged.emit(self.index(i1 + changed[0], 0), self.index(i1 + changed[-1], last_column))
                continue
            if i2 > i1:
                self.beginRemoveRows(QModelIndex(), i1, i2 - 1)
                del self.rows[i1:i2]
                self.endRemoveRows()
            if j2 > j1:
                self.beginInsertRows(QModelIndex(), i1, i1 + j2 - j1 - 1)
                self.rows[i1:i1] = fresh[j1:j2]
                self.endInsertRows()

    def set_filter(self, text: str | None = None, status: str | None = "unchanged") -> None:
        query = self.query
        if text is not None:
            query = replace(query, text=text)
        if status != "unchanged":
            query = replace(query, status=status or None)
        self.set_query(query)

    def total(self) -> int:
        return self.app.case_count(self.query)

    def row_at(self, row: int) -> CaseListRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # -- lazy loading ---------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = self.app.case_page(self.query, len(self.rows), self.page_size)
        if len(page) < self.page_size:
            self._exhausted = True
        if not page:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    # -- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][0])
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][1] is None:
            return self.tr("not sortable here: use Search to rank by quantity or substance")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == SUBSTANCES:
                return "\n".join(row.substances) or None
            if column == KG and row.kg_estimate:
                return "~ includes an estimate (volume or count × typical mass)"
            if column == KG and row.kg_partial:
                return "+ some exhibits have no kg-equivalent (unknown quantity or unit)"
            if column == HAZARD and row.hazard:
                return "fentanyl-class or other hazardous substance: handle with protection"
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == STATUS:
                return QBrush(QColor(STATUS_COLOURS.get(row.status, "#000000")))
            if column == HAZARD and row.hazard:
                return QBrush(QColor("#a40000"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == KG:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.case_number
        return None

    def _text(self, row: CaseListRow, column: int) -> str:
        if column == CASE:
            return row.case_number
        if column == DATE:
            return (row.occurred_at or self.tr("no date yet")).replace("T", " ")
        if column == PLACE:
            return place_text(row)
        if column == SUBSTANCES:
            return ", ".join(self.app.catalogue.display(name) for name in row.substances)
        if column == KG:
            return kg_text(row)
        if column == ORIGIN:
            return country_display(row.origin_country) if row.origin_country else ""
        if column == STATUS:
            return vocab.CASE_STATUS.display(row.status)
        if column == OFFICER:
            return row.officer
        if column == HAZARD:
            return translate("ExhibitsModel", "⚠ HAZARD") if row.hazard else ""
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        self.set_query(replace(self.query, sort=key, descending=order == Qt.SortOrder.DescendingOrder))
