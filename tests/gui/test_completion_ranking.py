"""Completion lists ranked for what is typed: the exact name first, then names starting with the text, then
names with a word starting with it, then the rest. Sorted alphabetically, "fentanyl" listed
2-fluoroacrylfentanyl first, and an officer who typed the full name and pressed Down, Tab recorded an
analogue. Keys are typed one by one with pauses, delivered where Qt delivers them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from caseapp.gui.models.exhibits import COLUMN
from caseapp.gui.widgets.fields import INSERT_ROLE, CountryEdit, SubstanceEdit
from caseapp.gui.widgets.ranking import CONTAINS, EXACT, STARTS, WORD_STARTS, rank
from tests.gui.test_table_entry import cell, form, go_to, press, type_text  # noqa: F401 - form is a fixture


def listed(role: int = Qt.ItemDataRole.EditRole) -> list[str]:
    popup = QApplication.activePopupWidget()
    assert popup is not None, "no completion list is open"
    model = popup.model()
    return [str(model.index(row, 0).data(role)) for row in range(model.rowCount())]


def field(qtbot, widget: QLineEdit) -> QLineEdit:
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    widget.setFocus()
    return widget


@pytest.mark.parametrize("typed,meant", [("fentanyl", "Fentanyl"), ("methamphetamine", "Methamphetamine"),
                                         ("FENTANYL", "Fentanyl")])
def test_the_full_name_then_down_and_tab_records_that_substance_in_a_cell(qtbot, form, typed, meant):  # noqa: F811
    go_to(form, 0, "substance")
    type_text(qtbot, typed)
    assert listed()[0] == meant
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.wait(50)
    assert cell(form, 0, "substance") == meant


def test_a_substance_field_lists_the_exact_name_first_then_names_starting_with_it(qtbot, catalogue):
    edit = field(qtbot, SubstanceEdit(catalogue))
    type_text(qtbot, "methamphetamine")
    names = listed(INSERT_ROLE)
    assert names[0] == "Methamphetamine"
    assert names.index("2-fluoromethamphetamine") > max(i for i, n in enumerate(names)
                                                        if n.casefold().startswith("methamphetamine"))
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert edit.text() == "Methamphetamine"


def test_country_completions_put_the_exact_name_before_names_containing_it(qtbot):
    edit = field(qtbot, CountryEdit())
    type_text(qtbot, "guinea")
    names = list(dict.fromkeys(listed()))  # each country is listed by name and by its two codes
    assert names == ["Guinea", "Guinea-Bissau", "Equatorial Guinea", "Papua New Guinea"]
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Tab)
    assert edit.text() == "Guinea"


def test_vocabulary_drop_downs_are_ranked_too(qtbot, form):  # noqa: F811
    go_to(form, 0, "form")
    type_text(qtbot, "l")  # Liquid starts with it; Tablet, Capsule, Blotter, Crystal and Plant material contain it
    assert listed()[0] == "Liquid"
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.wait(50)
    assert cell(form, 0, "form") == "Liquid"
    form.transport.setFocus()
    type_text(qtbot, "road")  # both have a word starting with it: alphabetical
    assert listed() == ["Commercial road", "Private vehicle / private road"]
    press(qtbot, Qt.Key.Key_Escape)


def test_an_alias_typed_in_full_comes_first_and_the_only_substance_left_is_still_taken(qtbot, form):  # noqa: F811
    go_to(form, 0, "substance")
    type_text(qtbot, "carfent")  # "Carfentanil" and the alias "carfentanyl → Carfentanil"
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.wait(50)
    assert cell(form, 0, "substance") == "Carfentanil"


@pytest.mark.parametrize("text,typed,expected", [
    ("Fentanyl", "fentanyl", EXACT),
    ("Furanylfentanyl", "furanyl-fentanyl", EXACT),
    ("α-PVP", "alpha pvp", EXACT),
    ("Fentanyl citrate", "fentanyl", STARTS),
    ("Acetyl fentanyl", "fentanyl", WORD_STARTS),
    ("2-fluoroacrylfentanyl", "fentanyl", CONTAINS),
    ("Equatorial Guinea", "guinea", WORD_STARTS),
])
def test_ranks(text, typed, expected):
    assert rank(text, typed) == expected


# -- the People table's role and nationality cells -------------------------------------------------------

def test_the_role_cell_offers_the_roles_and_takes_the_completion(qtbot, form):  # noqa: F811
    form.people.setFocus()
    form.add_person()
    type_text(qtbot, "a")
    assert listed() == ["Addressee", "Arrested"]  # both start with it: alphabetical
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.wait(50)
    assert form.people.item(0, 0).text() == "Addressee"
    assert form.people.currentColumn() == 1  # and moved on to the name


def test_the_role_cell_is_a_drop_down_of_the_roles(qtbot, form):  # noqa: F811
    form.people.setFocus()
    form.add_person()
    editor = QApplication.focusWidget()
    combo = editor if isinstance(editor, QComboBox) else editor.parent()
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "Suspect", "Arrested", "Sender", "Addressee",
                                                                 "Witness"]
    type_text(qtbot, "wit")
    press(qtbot, Qt.Key.Key_Return)  # the only completion
    qtbot.wait(50)
    assert form.people.item(0, 0).text() == "Witness"


def test_the_nationality_cell_completes_countries(qtbot, form):  # noqa: F811
    form.people.setFocus()
    form.add_person()
    form.people.setCurrentCell(0, 3)
    type_text(qtbot, "guinea")
    assert list(dict.fromkeys(listed()))[0] == "Guinea"
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.wait(50)
    assert form.people.item(0, 3).text() == "Guinea"


# -- drop-down lists as wide as their entries ---------------------------------------------------------------

def test_a_narrow_drop_down_opens_its_list_as_wide_as_its_longest_entry(qtbot, form):  # noqa: F811
    go_to(form, 0, "unit")
    form.exhibits.view.setColumnWidth(COLUMN["unit"], 60)
    press(qtbot, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    combo = combo if isinstance(combo, QComboBox) else combo.parent()
    assert isinstance(combo, QComboBox)
    combo.showPopup()
    qtbot.waitUntil(lambda: combo.view().isVisible())
    view = combo.view()
    widest = max(view.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
    assert view.viewport().width() >= widest
    combo.hidePopup()
