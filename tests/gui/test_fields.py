"""Decimal entry in the locale's decimal mark without group separators; vocabulary and country fields."""

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from caseapp.core import vocab
from caseapp.gui.widgets.fields import (
    CountryEdit,
    CountryListEdit,
    DecimalEdit,
    VocabCombo,
    format_local_decimal,
    parse_local_decimal,
)

ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.mark.parametrize("locale,text,expected", [
    (ENGLISH, "12.5", Decimal("12.5")),
    (ENGLISH, " 0.0125 ", Decimal("0.0125")),
    (ENGLISH, "5000", Decimal("5000")),
    (ENGLISH, "", None),
    (GERMAN, "12,5", Decimal("12.5")),
    (GERMAN, "-123,1790", Decimal("-123.1790")),
])
def test_decimals_read_with_the_locale_mark_exactly(locale, text, expected):
    assert parse_local_decimal(text, locale) == expected


@pytest.mark.parametrize("locale,text,message", [
    (ENGLISH, "1,000.5", "thousands separators"),
    (ENGLISH, "1,5", "thousands separators"),
    (GERMAN, "1.000,5", "thousands separators"),
    (GERMAN, "12.5", "thousands separators"),
    (ENGLISH, "1.2.3", "more than one decimal mark"),
    (ENGLISH, "1e5", "not a number"),
    (ENGLISH, "nan", "not a number"),
    (ENGLISH, "١٢", "not a number"),  # other scripts' digits are not read silently
    (ENGLISH, "12 kg", "not a number"),
])
def test_group_separators_and_non_numbers_are_refused_with_a_message(locale, text, message):
    with pytest.raises(ValueError, match=message):
        parse_local_decimal(text, locale)


def test_a_value_is_shown_back_exactly_in_the_locale():
    assert format_local_decimal(Decimal("12.50"), GERMAN) == "12,50"
    assert format_local_decimal(Decimal("1E+3"), ENGLISH) == "1000"


def test_decimal_edit_keeps_what_is_typed(qtbot):
    edit = DecimalEdit()
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "1,000.5")
    assert edit.text() == "1,000.5"  # nothing silently dropped: the form names the problem
    with pytest.raises(ValueError):
        edit.value()


def test_vocab_combo_stores_codes_and_keeps_unlisted_words(qtbot):
    combo = VocabCombo(vocab.TRANSPORT)
    qtbot.addWidget(combo)
    qtbot.keyClicks(combo.lineEdit(), "mail")
    assert combo.code() == "mail"
    combo.setEditText("")
    assert combo.code() is None
    combo.setEditText("hovercraft")
    assert combo.code() == "hovercraft"
    combo.set_code("mail")
    assert combo.code() == "mail"


def test_country_fields_take_names_and_codes(qtbot):
    edit = CountryEdit()
    qtbot.addWidget(edit)
    for typed in ("Canada", "CA", "CAN", "canada"):
        edit.setText(typed)
        assert edit.value() == "CA"
    edit.setText("Kosovo under UNSCR 1244")
    assert edit.value() == "Kosovo under UNSCR 1244"
    many = CountryListEdit()
    qtbot.addWidget(many)
    many.setText("Hong Kong; JPN, , Germany")
    assert many.values() == ["HK", "JP", "DE"]
