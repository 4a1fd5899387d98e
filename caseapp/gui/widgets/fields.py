"""Input widgets that read what an officer types the way the record means it.

- Decimals follow the locale's decimal mark and refuse group separators with a message: "1,000.5"
  could mean a thousand or one, and a quantity is evidence (QDoubleValidator in the C locale accepts
  it). Nothing typed is silently dropped: the field keeps the text and the form shows the problem.
- Vocabulary fields are editable combos: a known word stores its code, anything else is kept as typed
  (the validator then warns that it is not in the list).
- Countries complete by name or code; substances by name or alias, showing the group and a hazard mark.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from caseapp.core.countries import all_countries, country_name, find_country
from caseapp.core.substances import Catalogue
from caseapp.core.text import quoted
from caseapp.core.vocab import Vocabulary

UNKNOWN_WORD = "unknown"
#: the role holding the text a completer inserts (the display text carries group and hazard too)
INSERT_ROLE = Qt.ItemDataRole.UserRole + 1


def decimal_marks(locale: QLocale) -> tuple[str, str]:
    """(decimal mark, group separator) of a locale."""
    return locale.decimalPoint(), locale.groupSeparator()


def parse_local_decimal(text: str, locale: QLocale | None = None) -> Decimal | None:
    """The exact number typed, read with the locale's decimal mark; None for an empty field.
    Raises ValueError naming the problem for group separators, a second mark or anything else."""
    locale = locale or QLocale()
    point, group = decimal_marks(locale)
    cleaned = text.strip()
    if not cleaned:
        return None
    other = "," if point == "." else "."
    if group and group in cleaned or other in cleaned:
        raise ValueError(f"type the number without thousands separators, with '{point}' as the decimal mark")
    if cleaned.count(point) > 1:
        raise ValueError(f"{quoted(text)} has more than one decimal mark")
    body = cleaned[1:] if cleaned.startswith("-") else cleaned
    if not body.replace(point, "", 1).isdigit() or not body.replace(point, "", 1).isascii():
        raise ValueError(f"{quoted(text)} is not a number (digits and '{point}' only)")
    try:
        return Decimal(cleaned.replace(point, "."))
    except InvalidOperation:  # pragma: no cover - the checks above leave only valid decimals
        raise ValueError(f"{quoted(text)} is not a number") from None


def format_local_decimal(value: Decimal | None, locale: QLocale | None = None) -> str:
    """The exact value as typed back in the locale's decimal mark (no rounding, no grouping)."""
    if value is None:
        return ""
    point, _ = decimal_marks(locale or QLocale())
    return format(value, "f").replace(".", point)


class DecimalEdit(QLineEdit):
    """Takes any text, so a mistyped number stays visible with its message (a validator that silently
    drops a ',' would turn an English '1,5' into 15); value() reads it or names the problem."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        point, _ = decimal_marks(self.locale())
        self.setPlaceholderText(f"decimal mark '{point}', no thousands separators")

    def value(self) -> Decimal | None:
        return parse_local_decimal(self.text(), self.locale())

    def set_value(self, value: Decimal | None) -> None:
        self.setText(format_local_decimal(value, self.locale()))


class VocabCombo(QComboBox):
    """An editable list of a vocabulary's labels. code() is the known code, the text as typed for an
    unlisted word, or None when empty."""

    def __init__(self, vocabulary: Vocabulary, parent: QWidget | None = None, *, codes: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self.vocabulary = vocabulary
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", None)
        for term in vocabulary.terms:
            if not codes or term.code in codes:
                self.addItem(term.label, term.code)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.lineEdit().setPlaceholderText("choose or type")

    def code(self) -> str | None:
        text = self.currentText().strip()
        if not text:
            return None
        return self.vocabulary.code_for(text) or text

    def set_code(self, code: str | None) -> None:
        self.setEditText(self.vocabulary.label(code) if code else "")


class CompletionModel(QAbstractListModel):
    """Completion entries: the text shown (with context) and the text inserted.

    A plain list model rather than QStandardItemModel: on Python 3.11 with PySide6 6.12, each
    QStandardItem.setData call drops one reference to None, and a thousand of them crash the
    interpreter at exit."""

    def __init__(self, entries: list[tuple[str, str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries = entries

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        shown, inserted = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown
        if role in (INSERT_ROLE, Qt.ItemDataRole.EditRole):
            return inserted
        return None


def _completer(model: CompletionModel, parent: QWidget) -> QCompleter:
    completer = QCompleter(parent)
    completer.setModel(model)
    completer.setCompletionRole(INSERT_ROLE)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setMaxVisibleItems(12)
    return completer


def country_model(parent: QObject | None = None) -> CompletionModel:
    """Each country by name ("Canada (CA)") and by its two codes ("CAN — Canada"), inserting the name."""
    entries = []
    for country in all_countries():
        entries.append((f"{country.name} ({country.code})", country.name))
        entries.extend((f"{code} — {country.name}", country.name) for code in (country.code, country.alpha3))
    return CompletionModel(entries, parent)


class CountryEdit(QLineEdit):
    """A country by name, alpha-2 or alpha-3 code. value() is the alpha-2 code, or the text as typed
    when no country matches (kept verbatim, with a warning from validation)."""

    def __init__(self, parent: QWidget | None = None, model: CompletionModel | None = None) -> None:
        super().__init__(parent)
        self.setCompleter(_completer(model or country_model(self), self))
        self.setPlaceholderText("name or code")

    def value(self) -> str | None:
        text = self.text().strip()
        if not text:
            return None
        country = find_country(text)
        return country.code if country else text

    def set_value(self, code: str | None) -> None:
        self.setText(country_name(code) if code else "")


class CountryListEdit(QLineEdit):
    """Several countries separated by commas or semicolons (transit countries), in order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("countries in order, separated by commas")

    def values(self) -> list[str]:
        parts = [p.strip() for p in self.text().replace(";", ",").split(",")]
        result = []
        for part in parts:
            if part:
                country = find_country(part)
                result.append(country.code if country else part)
        return result

    def set_values(self, codes: list[str]) -> None:
        self.setText(", ".join(country_name(c) for c in codes))


def substance_model(catalogue: Catalogue, parent: QObject | None = None) -> CompletionModel:
    """Every name and alias, shown with its substance's group and a hazard mark."""
    entries = []
    for text, substance in sorted(catalogue.names(), key=lambda pair: pair[0].casefold()):
        group = catalogue.groups.get(substance.group)
        label = text if text == substance.name else f"{text} → {substance.name}"
        if group is not None:
            label += f"  ({group.name})"
        if catalogue.is_hazard(substance):
            label += "  ⚠ hazard"
        entries.append((label, text))
    return CompletionModel(entries, parent)


class SubstanceEdit(QLineEdit):
    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None,
                 model: CompletionModel | None = None) -> None:
        super().__init__(parent)
        self.setCompleter(substance_completer(catalogue, self, model))
        self.setPlaceholderText("name or alias")


def substance_completer(catalogue: Catalogue, parent: QWidget,
                        model: CompletionModel | None = None) -> QCompleter:
    return _completer(model or substance_model(catalogue, parent), parent)
