"""Search results: one row per exhibit, or one per case when grouped. Pages arrive from the search
worker; the model asks for the next page as the view scrolls (canFetchMore / fetchMore) and sorts by
asking the store for another order, never by sorting the rows it happens to hold."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from caseapp.core import units, vocab
from caseapp.core.countries import country_display
from caseapp.core.formats import decimal_text, kg_text
from caseapp.core.i18n import current_language
from caseapp.core.substances import Catalogue
from caseapp.gui.i18n import translate
from caseapp.store.contract import CaseRow, SearchRow

Index = QModelIndex | QPersistentModelIndex

# the columns by their English names (the model's keys), each translated where a header is shown
EXHIBIT_COLUMNS = ("Case", "Ex.", "Date", "Substance", "Lab-confirmed", "Quantity", "kg-equivalent", "Origin",
                   "Place", "Transport", "Status", "Hazard")
CASE_COLUMNS = ("Case", "Date", "Substances", "Exhibits", "kg-equivalent", "Origin", "Place", "Status", "Hazard")
HEADERS = (QT_TRANSLATE_NOOP("SearchResultsModel", "Case"), QT_TRANSLATE_NOOP("SearchResultsModel", "Ex."),
           QT_TRANSLATE_NOOP("SearchResultsModel", "Date"), QT_TRANSLATE_NOOP("SearchResultsModel", "Substance"),
           QT_TRANSLATE_NOOP("SearchResultsModel", "Lab-confirmed"),
           QT_TRANSLATE_NOOP("SearchResultsModel", "Quantity"),
           QT_TRANSLATE_NOOP("SearchResultsModel", "kg-equivalent"), QT_TRANSLATE_NOOP("SearchResultsModel", "Origin"),
           QT_TRANSLATE_NOOP("SearchResultsModel", "Place"), QT_TRANSLATE_NOOP("SearchResultsModel", "Transport"),
           QT_TRANSLATE_NOOP("SearchResultsModel", "Status"), QT_TRANSLATE_NOOP("SearchResultsModel", "Hazard"),
           QT_TRANSLATE_NOOP("SearchResultsModel", "Substances"), QT_TRANSLATE_NOOP("SearchResultsModel", "Exhibits"))
#: columns whose header click asks for an order the store provides
SORTS = {"Date": ("newest", "oldest"), "kg-equivalent": ("largest", "largest")}


def quantity_text(row: SearchRow) -> str:
    if row.quantity is None:
        return translate("ExhibitsModel", "unknown")
    return units.quantity_text(decimal_text(row.quantity), row.unit, current_language())


class SearchResultsModel(QAbstractTableModel):
    more_wanted = Signal(int)  # offset of the next page

    def __init__(self, parent: Any = None, *, page_size: int = 100, catalogue: Catalogue | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue  # substance names shown in the window's language
        self.page_size = page_size
        self.grouped = False
        self.rows: list[Any] = []
        self.exhausted = True
        self.pending = False

    @property
    def columns(self) -> tuple[str, ...]:
        return CASE_COLUMNS if self.grouped else EXHIBIT_COLUMNS

    def reset(self, grouped: bool) -> None:
        self.beginResetModel()
        self.grouped = grouped
        self.rows = []
        self.exhausted = False
        self.pending = True  # the first page is on its way
        self.endResetModel()

    def add_page(self, offset: int, rows: list[Any]) -> None:
        self.pending = False
        if offset != len(self.rows):
            return  # a page of an earlier request
        if len(rows) < self.page_size:
            self.exhausted = True
        if not rows:
            self.layoutChanged.emit()
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def fail(self) -> None:
        self.pending = False
        self.exhausted = True

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self.exhausted and not self.pending

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self.pending = True
            self.more_wanted.emit(len(self.rows))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(self.columns[section])
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("click to sort") if self.columns[section] in SORTS else None
        return None

    def case_number(self, row: int) -> str | None:
        return self.rows[row].case_number if 0 <= row < len(self.rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        name = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, name)
        if role == Qt.ItemDataRole.ForegroundRole and name == "Hazard":
            return QBrush(QColor("#a40000"))
        if role == Qt.ItemDataRole.TextAlignmentRole and name in ("kg-equivalent", "Quantity", "Exhibits"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and name == "kg-equivalent" and row.kg_estimate:
            return self.tr("~ an estimate (volume, or count × typical mass)")
        return None

    def _text(self, row: SearchRow | CaseRow, name: str) -> str:
        common = {
            "Case": row.case_number, "Date": (row.occurred_at or "").replace("T", " "),
            "kg-equivalent": kg_text(row.kg_mg, row.kg_estimate), "Origin": country_display(row.origin_country),
            "Place": ", ".join(filter(None, (row.place, country_display(row.country)))),
            "Status": vocab.CASE_STATUS.display(row.status),
            "Hazard": translate("ExhibitsModel", "⚠ HAZARD") if row.hazard else "",
        }
        if name in common:
            return common[name]
        if isinstance(row, CaseRow):
            return {"Substances": ", ".join(self._substance(s) for s in row.substances),
                    "Exhibits": str(row.exhibits)}.get(name, "")
        return {
            "Ex.": row.exhibit_number, "Substance": self._substance(row.substance),
            "Lab-confirmed": self._substance(row.lab_substance), "Quantity": quantity_text(row),
            "Transport": vocab.TRANSPORT.display(row.transport),
        }.get(name, "")

    def _substance(self, name: str | None) -> str:
        if not name:
            return ""
        return self.catalogue.display(name) if self.catalogue is not None else name

    def as_text(self, rows: list[int] | None = None) -> str:
        """Tab-separated text of the given rows (all loaded when None), with the header, for the clipboard."""
        chosen = range(len(self.rows)) if rows is None else rows
        lines = ["\t".join(self.tr(name) for name in self.columns)]
        for r in chosen:
            lines.append("\t".join(self._text(self.rows[r], name).replace("\t", " ") for name in self.columns))
        return "\n".join(lines) + "\n"
