"""Input widgets that read what an officer types the way the record means it.

- Decimals follow the locale's decimal mark and refuse group separators with a message: "1,000.5"
  could mean a thousand or one, and a quantity is evidence (QDoubleValidator in the C locale accepts
  it). Nothing typed is silently dropped: the field keeps the text and the form shows the problem.
- Vocabulary fields are editable combos: a known word stores its code, anything else is kept as typed
  (the validator then warns that it is not in the list).
- Countries complete by name or code; substances by name or alias, showing the group and a hazard mark.
- Every completion list is ranked for what is typed: the exact name first, then names starting with it,
  then names with a word starting with it, then the rest (see ranking.py).
- In every completion list, Tab, Shift+Tab and Enter take the highlighted entry (or the only one left)
  and then do their usual work; the list is as wide as its entries (within the screen).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QCompleter, QLineEdit, QStyle, QWidget

from caseapp.core.countries import countries_for_display, country_display, find_country
from caseapp.core.substances import Catalogue
from caseapp.core.text import quoted
from caseapp.core.vocab import Vocabulary
from caseapp.gui.i18n import translate
from caseapp.gui.widgets.ranking import RankingProxy

#: a quantity not known, in any language; the window shows unknown_word()
UNKNOWN_WORD = QT_TRANSLATE_NOOP("ExhibitsModel", "unknown")
#: the role holding the text a completer inserts (the display text carries group and hazard too)
INSERT_ROLE = Qt.ItemDataRole.UserRole + 1
#: what an entry stands for (an alias's substance): Tab takes it when every entry left stands for one thing
CANONICAL_ROLE = Qt.ItemDataRole.UserRole + 2


def unknown_word() -> str:
    """What a quantity cell says for a quantity not known, in the window's language ('unknown', 'inconnue')."""
    return translate("ExhibitsModel", UNKNOWN_WORD)


def is_unknown_word(text: str) -> bool:
    """'unknown' in the window's language or in English."""
    folded = text.strip().casefold()
    return folded in (UNKNOWN_WORD, unknown_word().casefold())


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
    if group and group in cleaned or other in cleaned or (group.isspace() and " " in cleaned.strip()):
        raise ValueError(translate("DecimalEdit", "type the number without thousands separators, with '{mark}' as "
                                                  "the decimal mark").format(mark=point))
    if cleaned.count(point) > 1:
        raise ValueError(translate("DecimalEdit", "{text} has more than one decimal mark").format(text=quoted(text)))
    body = cleaned[1:] if cleaned.startswith("-") else cleaned
    if not body.replace(point, "", 1).isdigit() or not body.replace(point, "", 1).isascii():
        raise ValueError(translate("DecimalEdit", "{text} is not a number (digits and '{mark}' only)").format(
            text=quoted(text), mark=point))
    try:
        return Decimal(cleaned.replace(point, "."))
    except InvalidOperation:  # pragma: no cover - the checks above leave only valid decimals
        raise ValueError(translate("DecimalEdit", "{text} is not a number").format(text=quoted(text))) from None


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
        self.setPlaceholderText(self.tr("decimal mark '{mark}', no thousands separators").format(mark=point))

    def value(self) -> Decimal | None:
        return parse_local_decimal(self.text(), self.locale())

    def set_value(self, value: Decimal | None) -> None:
        self.setText(format_local_decimal(value, self.locale()))


_TAKING_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CompletionKeys(QObject):
    """Watches a completer's list: Tab, Shift+Tab and Enter take the highlighted completion, or the only
    one when a single entry matches, then reach the field as usual (Tab moves on, Enter commits a table
    cell). Without it Qt keeps the partial word ("bord") as an unknown value. Also widens the list to
    its entries: a list as narrow as a table cell cuts the group and hazard marks."""

    def __init__(self, completer: QCompleter) -> None:
        super().__init__(completer)
        source = completer.model()
        if source is not None and not isinstance(source, RankingProxy):
            completer.setModel(RankingProxy(source, completer.completionRole(), completer))
        completer.popup().installEventFilter(self)  # installed after QCompleter's own: runs first
        combo = completer.widget()
        if isinstance(combo, QComboBox):  # its own list too: a narrow cell cut "thousand tablets" to "thou…lets"
            fit_drop_down(combo)
        # the entries listed change as the officer types: rank them for the text, and fit the list to them
        completer.completionModel().modelReset.connect(self._filtered)
        completer.completionModel().layoutChanged.connect(self._filtered)

    @property
    def completer(self) -> QCompleter | None:
        """The completer, looked up each time: a Python reference kept to a drop-down's completer is
        invalidated by the binding while the completer lives on."""
        parent = self.parent()
        return parent if isinstance(parent, QCompleter) and shiboken6.isValid(parent) else None

    def completion(self) -> str | None:
        """The text Tab or Enter takes now: the highlighted entry, else what every entry left inserts (one
        entry, or a name and its aliases: "carfent" lists Carfentanil and "carfentanyl → Carfentanil"), else
        None."""
        completer = self.completer
        if completer is None:
            return None
        model = completer.completionModel()
        role = completer.completionRole()
        index = completer.popup().currentIndex()
        if index.isValid():
            text = model.data(index, role)
            return None if text is None else str(text)
        left = {str(model.data(model.index(row, 0), CANONICAL_ROLE) or model.data(model.index(row, 0), role))
                for row in range(min(model.rowCount(), _SAME_AT_MOST))}
        return left.pop() if len(left) == 1 and model.rowCount() <= _SAME_AT_MOST else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # never raise here: an exception in an event filter during event processing aborts the process
        completer = self.completer
        if completer is None:
            return False
        popup = completer.popup()  # the only object this filter is installed on
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in _TAKING_KEYS \
                and popup.isVisible():
            self._take(completer, event)
            return True
        if kind == QEvent.Type.Show:
            self._fit()
        if kind in (QEvent.Type.Show, QEvent.Type.Move, QEvent.Type.Resize) and popup.isVisible():
            self._keep_on_screen(popup)
        return False

    def _take(self, completer: QCompleter, event: QKeyEvent) -> None:
        text = self.completion()
        widget = completer.widget()
        completer.popup().hide()
        if text is not None:
            if isinstance(widget, QComboBox):
                widget.setEditText(text)
            elif isinstance(widget, QLineEdit):
                widget.setText(text)
        if widget is not None:  # the key does its usual work: through the field's filters (a table's delegate)
            QApplication.sendEvent(widget, QKeyEvent(event.type(), event.key(), event.modifiers(), event.text()))

    def _filtered(self) -> None:
        """The completer listed the entries containing what is typed: put them in rank order for it (the
        proxy's layout change makes the completer list them again, in that order), then fit the list."""
        completer = self.completer
        if completer is None:
            return
        ranking = completer.model()
        if isinstance(ranking, RankingProxy) and ranking.set_prefix(completer.completionPrefix()):
            return  # the completer lists them again in the new order, and comes back here
        self._fit()

    def _fit(self) -> None:
        """As wide as the entries listed (never narrower than the field), within the screen."""
        completer = self.completer
        if completer is None:
            return
        popup = completer.popup()
        model = completer.completionModel()
        metrics = popup.fontMetrics()
        widest = max((metrics.horizontalAdvance(str(model.index(row, 0).data() or ""))
                      for row in range(min(model.rowCount(), 2000))), default=0)
        style = popup.style()
        extra = (style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 2 * popup.frameWidth()
                 + 4 * style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12)
        screen = popup.screen() or QApplication.primaryScreen()
        limit = screen.availableGeometry().width() if screen is not None else widest + extra
        popup.setMinimumWidth(min(widest + extra, limit))
        if popup.isVisible():
            self._keep_on_screen(popup)

    @staticmethod
    def _keep_on_screen(popup: QWidget) -> None:
        screen = popup.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        frame = popup.geometry()
        if frame.right() > area.right():
            popup.move(max(area.left(), area.right() - frame.width() + 1), frame.y())


def fit_drop_down(combo: QComboBox) -> None:
    """Open a drop-down's list as wide as its longest entry (never narrower than the field)."""
    view = combo.view()
    metrics = view.fontMetrics()
    widest = max((metrics.horizontalAdvance(combo.itemText(row)) for row in range(combo.count())), default=0)
    style = view.style()
    extra = style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 2 * view.frameWidth() + 24
    view.setMinimumWidth(widest + extra)


#: a list longer than this is never read through to see whether its entries all insert the same text
_SAME_AT_MOST = 50


def complete_on_keys(completer: QCompleter) -> QCompleter:
    """Make Tab and Enter take the completion, and size the list to its entries (see CompletionKeys)."""
    if completer.findChild(CompletionKeys) is None:
        CompletionKeys(completer)
    return completer


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
                self.addItem(term.display(), term.code)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        complete_on_keys(completer)
        self.lineEdit().setPlaceholderText(self.tr("choose or type"))

    def code(self) -> str | None:
        text = self.currentText().strip()
        if not text:
            return None
        return self.vocabulary.code_for(text) or text

    def set_code(self, code: str | None) -> None:
        self.setEditText(self.vocabulary.display(code) if code else "")


class CompletionModel(QAbstractListModel):
    """Completion entries: the text shown (with context) and the text inserted.

    A plain list model rather than QStandardItemModel: on Python 3.11 with PySide6 6.12, each
    QStandardItem.setData call drops one reference to None, and a thousand of them crash the
    interpreter at exit."""

    def __init__(self, entries: list[tuple[str, str]] | list[tuple[str, str, str]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries = entries

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry[0]
        if role in (INSERT_ROLE, Qt.ItemDataRole.EditRole):
            return entry[1]
        if role == CANONICAL_ROLE:
            return entry[2] if len(entry) > 2 else entry[1]
        return None


def _completer(model: CompletionModel, parent: QWidget) -> QCompleter:
    completer = QCompleter(parent)
    completer.setModel(model)
    completer.setCompletionRole(INSERT_ROLE)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setMaxVisibleItems(12)
    return complete_on_keys(completer)


def country_model(parent: QObject | None = None) -> CompletionModel:
    """Each country by name ("Canada (CA)") and by its two codes ("CAN — Canada"), inserting the name; the
    names in the window's language ("Allemagne (DE)")."""
    entries = []
    for country, name in countries_for_display():
        entries.append((f"{name} ({country.code})", name))
        entries.extend((f"{code} — {name}", name) for code in (country.code, country.alpha3))
    return CompletionModel(entries, parent)


def country_completer(parent: QWidget, model: CompletionModel | None = None) -> QCompleter:
    return _completer(model or country_model(parent), parent)


class CountryEdit(QLineEdit):
    """A country by name, alpha-2 or alpha-3 code. value() is the alpha-2 code, or the text as typed
    when no country matches (kept verbatim, with a warning from validation)."""

    def __init__(self, parent: QWidget | None = None, model: CompletionModel | None = None) -> None:
        super().__init__(parent)
        self.setCompleter(_completer(model or country_model(self), self))
        self.setPlaceholderText(self.tr("name or code"))

    def value(self) -> str | None:
        text = self.text().strip()
        if not text:
            return None
        country = find_country(text)
        return country.code if country else text

    def set_value(self, code: str | None) -> None:
        self.setText(country_display(code) if code else "")


class CountryListEdit(QLineEdit):
    """Several countries separated by commas or semicolons (transit countries), in order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("countries in order, separated by commas"))

    def values(self) -> list[str]:
        parts = [p.strip() for p in self.text().replace(";", ",").split(",")]
        result = []
        for part in parts:
            if part:
                country = find_country(part)
                result.append(country.code if country else part)
        return result

    def set_values(self, codes: list[str]) -> None:
        self.setText(", ".join(country_display(c) for c in codes))


def substance_model(catalogue: Catalogue, parent: QObject | None = None) -> CompletionModel:
    """Every name and alias (French names too), shown with its substance's name and group in the window's
    language and a hazard mark."""
    entries = []
    hazard = translate("SubstanceEdit", "⚠ hazard")
    for text, substance in sorted(catalogue.names(), key=lambda pair: pair[0].casefold()):
        group = catalogue.groups.get(substance.group)
        name = substance.display()
        label = text if text == name else f"{text} → {name}"
        if group is not None:
            label += f"  ({group.display()})"
        if catalogue.is_hazard(substance):
            label += f"  {hazard}"
        entries.append((label, text, name))
    return CompletionModel(entries, parent)


class SubstanceEdit(QLineEdit):
    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None,
                 model: CompletionModel | None = None) -> None:
        super().__init__(parent)
        self.setCompleter(substance_completer(catalogue, self, model))
        self.setPlaceholderText(self.tr("name or alias"))


def substance_completer(catalogue: Catalogue, parent: QWidget,
                        model: CompletionModel | None = None) -> QCompleter:
    return _completer(model or substance_model(catalogue, parent), parent)
