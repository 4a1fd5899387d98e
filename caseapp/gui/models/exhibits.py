"""The exhibits of the case being edited, as the officer typed them.

Each row keeps the text of every cell, so nothing typed is lost or reformatted while the case is
invalid; exhibits() turns the rows into core Exhibits (and parse problems) for validation and saving.
The kg-equivalent column is recomputed from the row as it is typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from caseapp.core import vocab
from caseapp.core.formats import kg_text
from caseapp.core.model import Exhibit, LabResult, Quantity
from caseapp.core.normalise import normalise_exhibit
from caseapp.core.substances import Catalogue
from caseapp.core.units import find_unit, unit_display
from caseapp.core.validation import Issue, Severity, error
from caseapp.gui.i18n import translate
from caseapp.gui.widgets.fields import (
    format_local_decimal,
    is_unknown_word,
    parse_local_decimal,
    unknown_word,
)

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    editor: str  # text, vocab, substance, decimal, quantity, integer, unit, count_unit, readonly
    vocabulary: vocab.Vocabulary | None = None
    tip: str = ""


#: the context of the column titles and tips (the model translates them when a view asks)
CONTEXT = "ExhibitsModel"
COLUMNS: tuple[Column, ...] = (
    Column("number", QT_TRANSLATE_NOOP("ExhibitsModel", "No."), "readonly",
           tip=QT_TRANSLATE_NOOP("ExhibitsModel", "given when the case is saved")),
    Column("kind", QT_TRANSLATE_NOOP("ExhibitsModel", "Kind"), "vocab", vocab.EXHIBIT_KIND),
    Column("substance", QT_TRANSLATE_NOOP("ExhibitsModel", "Substance (suspected)"), "substance"),
    Column("form", QT_TRANSLATE_NOOP("ExhibitsModel", "Form"), "vocab", vocab.FORM),
    Column("quantity", QT_TRANSLATE_NOOP("ExhibitsModel", "Quantity"), "quantity",
           tip=QT_TRANSLATE_NOOP("ExhibitsModel", "a number, or '{unknown}'")),
    Column("unit", QT_TRANSLATE_NOOP("ExhibitsModel", "Unit"), "unit"),
    Column("count", QT_TRANSLATE_NOOP("ExhibitsModel", "Count"), "decimal",
           tip=QT_TRANSLATE_NOOP("ExhibitsModel", "a count beside a mass: 5000 tablets weighing 550 g")),
    Column("count_unit", QT_TRANSLATE_NOOP("ExhibitsModel", "Count unit"), "count_unit"),
    Column("measure", QT_TRANSLATE_NOOP("ExhibitsModel", "Net/gross"), "vocab", vocab.MEASURE),
    Column("packages", QT_TRANSLATE_NOOP("ExhibitsModel", "Packages"), "integer"),
    Column("packaging", QT_TRANSLATE_NOOP("ExhibitsModel", "Packaging"), "text"),
    Column("field_test", QT_TRANSLATE_NOOP("ExhibitsModel", "Field test"), "vocab", vocab.FIELD_TEST),
    Column("lab_substance", QT_TRANSLATE_NOOP("ExhibitsModel", "Lab: substance"), "substance"),
    Column("purity", QT_TRANSLATE_NOOP("ExhibitsModel", "Lab: purity %"), "decimal"),
    Column("lab", QT_TRANSLATE_NOOP("ExhibitsModel", "Lab"), "text"),
    Column("certificate", QT_TRANSLATE_NOOP("ExhibitsModel", "Certificate"), "text"),
    Column("description", QT_TRANSLATE_NOOP("ExhibitsModel", "Description"), "text"),
    Column("kg", QT_TRANSLATE_NOOP("ExhibitsModel", "kg-equivalent"), "readonly",
           tip=QT_TRANSLATE_NOOP("ExhibitsModel", "computed; ~ marks an estimate")),
    Column("hazard", QT_TRANSLATE_NOOP("ExhibitsModel", "Hazard"), "readonly",
           tip=QT_TRANSLATE_NOOP("ExhibitsModel", "from the catalogue: fentanyl-class and other hazardous "
                                                  "substances")),
)
KEYS = tuple(c.key for c in COLUMNS)
COLUMN = {c.key: i for i, c in enumerate(COLUMNS)}

#: validation field suffix -> column key
FIELD_KEYS = {
    "number": "number", "kind": "kind", "substance": "substance", "form": "form", "quantity": "quantity",
    "count": "count", "measure": "measure", "packages": "packages", "field_test": "field_test",
    "lab.substance": "lab_substance", "lab.purity_percent": "purity", "description": "description",
    "packaging": "packaging", "lab.lab": "lab", "lab.certificate": "certificate",
}

ERROR_BRUSH = QBrush(QColor("#f8d7da"))
WARNING_BRUSH = QBrush(QColor("#fff3cd"))


@dataclass
class ExhibitRow:
    cells: dict[str, str] = field(default_factory=dict)
    id: int | None = None  # the stored exhibit (kept when the case is edited, so custody stays attached)
    number: str | None = None
    hazard: bool | None = None  # a manual hazard mark carried over from the stored exhibit
    #: validation marks by column key; kept on the row so they move with it when rows are removed
    issues: dict[str, list[Issue]] = field(default_factory=dict)


def column_title(column: Column) -> str:
    return translate("ExhibitsModel", column.header)


def column_tip(column: Column) -> str:
    return translate("ExhibitsModel", column.tip).format(unknown=unknown_word()) if column.tip else ""


def _vocab_text(vocabulary: vocab.Vocabulary, code: str | None) -> str:
    return vocabulary.display(code) if code else ""


def _code(vocabulary: vocab.Vocabulary, text: str) -> str | None:
    text = text.strip()
    return (vocabulary.code_for(text) or text) if text else None


def _unit_code(text: str) -> str | None:
    text = text.strip()
    if not text:
        return None
    unit = find_unit(text)
    return unit.code if unit else text


class ExhibitsModel(QAbstractTableModel):
    def __init__(self, catalogue: Catalogue, parent: Any = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.rows: list[ExhibitRow] = []
        self._derived: dict[int, tuple[str, str]] = {}

    # -- loading and reading --------------------------------------------------------------------
    def set_exhibits(self, exhibits: list[Exhibit]) -> None:
        self.beginResetModel()
        self.rows = [self._row_of(e) for e in exhibits]
        self._derived.clear()
        self.endResetModel()

    def _row_of(self, e: Exhibit) -> ExhibitRow:
        loc = QLocale()
        quantity = ""
        if e.quantity is not None:
            quantity = unknown_word() if e.quantity.value is None else format_local_decimal(e.quantity.value, loc)
        cells = {
            "kind": _vocab_text(vocab.EXHIBIT_KIND, e.kind), "substance": self.catalogue.display(e.substance),
            "form": _vocab_text(vocab.FORM, e.form), "quantity": quantity,
            "unit": unit_display(e.quantity.unit) if e.quantity and e.quantity.unit else "",
            "count": format_local_decimal(e.count.value, loc) if e.count else "",
            "count_unit": unit_display(e.count.unit) if e.count and e.count.unit else "",
            "measure": _vocab_text(vocab.MEASURE, e.measure),
            "packages": "" if e.packages is None else str(e.packages), "packaging": e.packaging,
            "field_test": _vocab_text(vocab.FIELD_TEST, e.field_test),
            "lab_substance": self.catalogue.display(e.lab.substance) if e.lab else "",
            "purity": format_local_decimal(e.lab.purity_percent, loc) if e.lab else "",
            "lab": e.lab.lab if e.lab else "", "certificate": e.lab.certificate if e.lab else "",
            "description": e.description,
        }
        return ExhibitRow(cells=cells, id=e.id, number=e.number, hazard=e.hazard)

    def exhibits(self) -> tuple[list[Exhibit], list[Issue]]:
        """The rows as core Exhibits, with the problems found reading their numbers."""
        exhibits: list[Exhibit] = []
        problems: list[Issue] = []
        for index, row in enumerate(self.rows):
            exhibit, issues = self._exhibit(index, row)
            exhibits.append(exhibit)
            problems.extend(issues)
        return exhibits, problems

    def _exhibit(self, index: int, row: ExhibitRow) -> tuple[Exhibit, list[Issue]]:
        c = row.cells
        issues: list[Issue] = []
        loc = QLocale()

        def number(key: str, name: str) -> Decimal | None:
            try:
                return parse_local_decimal(c.get(key, ""), loc)
            except ValueError as exc:
                issues.append(error(f"exhibits[{index}].{name}", str(exc), c.get(key)))
                return None

        quantity = None
        quantity_text = c.get("quantity", "").strip()
        unit = _unit_code(c.get("unit", ""))
        if is_unknown_word(quantity_text):
            quantity = Quantity(None, unit)
        elif quantity_text:
            value = number("quantity", "quantity")
            if value is not None:
                quantity = Quantity(value, unit)
        count_value = number("count", "count")
        count = Quantity(count_value, _unit_code(c.get("count_unit", "")) or "unit") if count_value is not None \
            else None
        packages = None
        if c.get("packages", "").strip():
            try:
                packages = int(c["packages"].strip())
            except ValueError:
                issues.append(error(f"exhibits[{index}].packages",
                                    translate("ExhibitsModel", "a whole number of packages"), c["packages"]))
        purity = number("purity", "lab.purity_percent")
        lab = None
        if any(c.get(k, "").strip() for k in ("lab_substance", "lab", "certificate")) or purity is not None:
            lab = LabResult(c.get("lab_substance", "").strip() or None, purity, c.get("lab", "").strip(),
                            c.get("certificate", "").strip())
        exhibit = Exhibit(
            kind=_code(vocab.EXHIBIT_KIND, c.get("kind", "")) or "drug",
            substance=c.get("substance", "").strip() or None, form=_code(vocab.FORM, c.get("form", "")),
            quantity=quantity, count=count, measure=_code(vocab.MEASURE, c.get("measure", "")),
            packages=packages, packaging=c.get("packaging", "").strip(),
            field_test=_code(vocab.FIELD_TEST, c.get("field_test", "")), lab=lab,
            description=c.get("description", "").strip(), hazard=row.hazard, number=row.number, id=row.id,
        )
        return exhibit, issues

    def derived(self, row: int) -> tuple[str, str]:
        """(kg-equivalent text, hazard mark) of a row, as computed from what is typed."""
        if row not in self._derived:
            exhibit, _ = self._exhibit(row, self.rows[row])
            normal = normalise_exhibit(exhibit, self.catalogue)
            kg = kg_text(normal.kg_mg, normal.kg_estimate) if normal.kg_mg is not None else ""
            self._derived[row] = (kg, translate("ExhibitsModel", "⚠ HAZARD") if normal.hazard_flag else "")
        return self._derived[row]

    def is_blank(self, row: int) -> bool:
        """Nothing typed in the row beyond its default kind."""
        return not any(text.strip() for key, text in self.rows[row].cells.items() if key != "kind")

    def form_of(self, row: int) -> str | None:
        return _code(vocab.FORM, self.rows[row].cells.get("form", ""))

    def issues_of(self, row: int, key: str) -> list[Issue]:
        """The validation issues marked on a cell."""
        return self.rows[row].issues.get(key, []) if 0 <= row < len(self.rows) else []

    def set_issues(self, issues: list[Issue]) -> None:
        """Validation issues for exhibit fields ("exhibits[2].quantity"), shown on their cells.

        Only the cells whose marks changed are announced, and only for their Background and ToolTip
        roles: Qt 6 views hand every open editor in a dataChanged range back to the delegate's
        setEditorData whatever the roles, so a refresh over the whole table would overwrite what the
        officer is typing."""
        wanted: list[dict[str, list[Issue]]] = [{} for _ in self.rows]
        for issue in issues:
            if not issue.field.startswith("exhibits["):
                continue
            head, _, rest = issue.field.partition("].")
            try:
                row = int(head[len("exhibits["):])
            except ValueError:
                continue
            key = FIELD_KEYS.get(rest)
            if key is not None and 0 <= row < len(self.rows):
                wanted[row].setdefault(key, []).append(issue)
        roles = [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole]
        for row, (exhibit, marks) in enumerate(zip(self.rows, wanted, strict=True)):
            if exhibit.issues == marks:
                continue
            changed = {k for k in exhibit.issues.keys() | marks.keys() if exhibit.issues.get(k) != marks.get(k)}
            exhibit.issues = marks
            for key in changed:
                index = self.index(row, COLUMN[key])
                self.dataChanged.emit(index, index, roles)

    # -- editing rows ---------------------------------------------------------------------------
    def add_row(self, cells: dict[str, str] | None = None) -> int:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(ExhibitRow(cells=dict(cells or {"kind": vocab.EXHIBIT_KIND.display("drug")})))
        self.endInsertRows()
        return row

    def duplicate_row(self, row: int) -> int:
        """A copy of the row's entries as a new exhibit (its own number and custody)."""
        return self.add_row(self.rows[row].cells)

    def remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()
        self._derived.clear()

    # -- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return column_title(COLUMNS[section])
            if role == Qt.ItemDataRole.ToolTipRole:
                return column_tip(COLUMNS[section]) or None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()].editor != "readonly":
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        key = COLUMNS[index.column()].key
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if key == "number":
                return row.number or translate("ExhibitsModel", "new")
            if key == "kg":
                return self.derived(index.row())[0]
            if key == "hazard":
                return self.derived(index.row())[1]
            return row.cells.get(key, "")
        issues = row.issues.get(key)
        if role == Qt.ItemDataRole.BackgroundRole and issues:
            return ERROR_BRUSH if any(i.severity == Severity.ERROR for i in issues) else WARNING_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            if issues:
                return "\n".join(i.message for i in issues)
            return column_tip(COLUMNS[index.column()]) or None
        if role == Qt.ItemDataRole.ForegroundRole and key == "hazard":
            return QBrush(QColor("#a40000"))
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()].editor in ("quantity", "decimal",
                                                                                             "integer"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "kg":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        key = COLUMNS[index.column()].key
        if COLUMNS[index.column()].editor == "readonly":
            return False
        text = "" if value is None else str(value)
        row = self.rows[index.row()]
        if row.cells.get(key, "") == text:
            return False
        row.cells[key] = text
        self._derived.pop(index.row(), None)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        first, last = self.index(index.row(), COLUMN["kg"]), self.index(index.row(), COLUMN["hazard"])
        self.dataChanged.emit(first, last, [Qt.ItemDataRole.DisplayRole])
        return True
