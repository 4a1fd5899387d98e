"""Typing into the case form's tables as an officer does: keys one by one with pauses, so the 200 ms
validation timer fires between them, each key delivered where Qt delivers it (to an open completion
list first, as on a real display)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from caseapp.core.validation import error
from caseapp.gui.main_window import MainWindow
from caseapp.gui.models.exhibits import COLUMN
from caseapp.gui.widgets.case_form import CaseForm

PAUSE = 500  # ms: longer than the form's validation delay (200 ms)


def receiver() -> QWidget:
    """Where Qt sends a key: the open popup (a completion list) first, else the focus widget."""
    popup = QApplication.activePopupWidget()
    if popup is not None:
        return popup.focusWidget() or popup
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.wait(15)
    qtbot.keyClick(receiver(), key, modifier)


def type_text(qtbot, text: str) -> None:
    for char in text:
        qtbot.wait(15)  # xdotool's pace
        qtbot.keyClick(receiver(), char)


def editor_text(widget: QWidget | None) -> str:
    if isinstance(widget, QComboBox):
        return widget.currentText()
    assert isinstance(widget, QLineEdit)
    return widget.text()


@pytest.fixture
def form(qtbot, disk_app) -> Iterator[CaseForm]:
    form = CaseForm(disk_app)
    qtbot.addWidget(form)
    form.resize(1300, 900)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    yield form
    form._timer.stop()  # a validation still pending would run after the database is closed


def go_to(form: CaseForm, row: int, key: str) -> None:
    view = form.exhibits.view
    view.setFocus()
    view.setCurrentIndex(form.exhibits.model.index(row, COLUMN[key]))


def cell(form: CaseForm, row: int, key: str) -> str:
    return form.exhibits.model.rows[row].cells.get(key, "")


def marked(form: CaseForm, row: int, key: str) -> bool:
    model = form.exhibits.model
    return model.data(model.index(row, COLUMN[key]), Qt.ItemDataRole.BackgroundRole) is not None


# -- finding 3: adding, duplicating and removing rows -------------------------------------------------

def test_add_duplicate_and_remove_work_when_the_table_has_rows(qtbot, form):
    table = form.exhibits
    go_to(form, 0, "substance")
    type_text(qtbot, "cocaine")
    press(qtbot, Qt.Key.Key_Escape)  # close the completion list
    press(qtbot, Qt.Key.Key_Return)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)  # a slot that raises fails the test
    assert table.model.rowCount() == 2
    type_text(qtbot, "heroin")  # into the new row's open substance cell
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.keyClick(form, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert table.model.rowCount() == 3
    table.view.setCurrentIndex(table.model.index(0, COLUMN["substance"]))
    qtbot.mouseClick(table.duplicate_button, Qt.MouseButton.LeftButton)
    assert table.model.rowCount() == 4
    assert cell(form, 3, "substance") == "cocaine"
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
    assert table.model.rowCount() == 3


def test_add_exhibit_uses_the_empty_row_a_new_case_starts_with(qtbot, form):
    table = form.exhibits
    assert table.model.rowCount() == 1 and table.model.is_blank(0)
    qtbot.keyClick(form, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert table.model.rowCount() == 1  # not a second row behind an empty first one
    assert table.view.currentIndex().row() == 0 and table.view.currentIndex().column() == COLUMN["substance"]
    type_text(qtbot, "cocaine")
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.keyClick(form, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert table.model.rowCount() == 2


def test_removing_a_row_takes_its_errors_away_and_unblocks_save(qtbot, form):
    model = form.exhibits.model
    model.setData(model.index(0, COLUMN["substance"]), "cocaine")
    model.setData(model.index(0, COLUMN["quantity"]), "12")
    model.setData(model.index(0, COLUMN["unit"]), "g")
    form.exhibits.add()
    model.setData(model.index(1, COLUMN["substance"]), "heroin")
    model.setData(model.index(1, COLUMN["quantity"]), "12,5,0")
    qtbot.wait(PAUSE)
    assert marked(form, 1, "quantity")
    assert any(i.field.startswith("exhibits[1]") for i in form.errors)
    form.exhibits.view.setCurrentIndex(model.index(1, COLUMN["quantity"]))
    qtbot.mouseClick(form.exhibits.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not any(i.field.startswith("exhibits[") for i in form.errors))
    assert not marked(form, 0, "quantity")


def test_marks_move_with_their_rows_when_a_row_is_removed(qtbot, form):
    model = form.exhibits.model
    form.exhibits.add()
    for row, quantity in ((0, "abc"), (1, "5")):
        model.setData(model.index(row, COLUMN["substance"]), "cocaine")
        model.setData(model.index(row, COLUMN["quantity"]), quantity)
        model.setData(model.index(row, COLUMN["unit"]), "g")
    form.revalidate()
    assert marked(form, 0, "quantity") and not marked(form, 1, "quantity")
    model.remove_row(0)
    # at once, before validation runs again: the remaining row keeps its own (clean) marks
    assert not marked(form, 0, "quantity")


def test_a_new_row_starts_without_the_marks_of_a_removed_one(qtbot, form):
    model = form.exhibits.model
    model.add_row()
    model.setData(model.index(1, COLUMN["quantity"]), "abc")
    form.revalidate()
    assert marked(form, 1, "quantity")
    model.remove_row(1)
    row = model.add_row()
    assert not marked(form, row, "quantity")
    assert model.data(model.index(row, COLUMN["quantity"]), Qt.ItemDataRole.ToolTipRole) \
        == "a number, or 'unknown'"


def test_marks_announce_only_the_cells_whose_marks_changed(qtbot, form):
    model = form.exhibits.model
    model.add_row()
    model.add_row()
    model.set_issues([])
    announced: list[tuple[int, int, int, int, list[int]]] = []

    def record(top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int]) -> None:
        announced.append((top_left.row(), top_left.column(), bottom_right.row(), bottom_right.column(), roles))

    model.dataChanged.connect(record)
    bad = error("exhibits[1].quantity", "not a number", "abc")
    model.set_issues([bad])
    marks = [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole]
    assert announced == [(1, COLUMN["quantity"], 1, COLUMN["quantity"], marks)]
    announced.clear()
    model.set_issues([bad])  # the same marks again: nothing to repaint
    assert announced == []
    model.set_issues([])
    assert announced == [(1, COLUMN["quantity"], 1, COLUMN["quantity"], marks)]
    assert model.data(model.index(1, COLUMN["quantity"]), Qt.ItemDataRole.BackgroundRole) is None


# -- finding 4: validation never eats what is typed -----------------------------------------------------

def test_a_unit_typed_with_a_pause_is_kept_whole(qtbot, form):
    go_to(form, 0, "quantity")
    type_text(qtbot, "12")
    press(qtbot, Qt.Key.Key_Tab)  # commits the quantity: validation runs 200 ms later
    type_text(qtbot, "k")
    qtbot.wait(PAUSE)
    type_text(qtbot, "g")
    press(qtbot, Qt.Key.Key_Escape)  # close the completion list without choosing
    press(qtbot, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert cell(form, 0, "unit") == "kg"


def test_packaging_typed_right_after_a_commit_is_kept_whole(qtbot, form):
    go_to(form, 0, "packages")
    type_text(qtbot, "3")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "printer ")
    qtbot.wait(PAUSE)
    type_text(qtbot, "ink bottles")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert cell(form, 0, "packaging") == "printer ink bottles"


def test_an_open_editor_keeps_its_text_when_its_own_cell_is_marked(qtbot, form):
    go_to(form, 0, "quantity")
    type_text(qtbot, "12,5")
    editor = QApplication.focusWidget()
    form.exhibits.model.set_issues([error("exhibits[0].quantity", "not a number", "x")])
    assert editor_text(editor) == "12,5"
    assert form.exhibits.view.state() == form.exhibits.view.State.EditingState


def test_an_open_editor_follows_a_real_change_of_its_cell(qtbot, form):
    go_to(form, 0, "quantity")
    type_text(qtbot, "12")
    editor = QApplication.focusWidget()
    form.exhibits.mark_unknown()  # the model's value of the open cell really changes
    assert editor_text(editor) == "unknown"


FORM_FIELDS = ["occurred_at", "agency", "officers", "detection", "location.name", "location.country",
               "location.place_type", "location.lat", "transit_countries", "destination_country"]


@pytest.mark.parametrize("path", FORM_FIELDS)
def test_form_fields_keep_what_is_typed_across_validation(qtbot, form, path):
    widget = form._fields[path]
    widget.setFocus()
    before = editor_text(widget)
    type_text(qtbot, "2x")
    qtbot.wait(PAUSE)  # the field is marked (an error or a warning) meanwhile
    type_text(qtbot, "yz")
    qtbot.wait(PAUSE)
    assert editor_text(widget) == before + "2xyz"


def test_people_and_narrative_keep_what_is_typed_across_validation(qtbot, form):
    form.people.setFocus()
    form.add_person()
    type_text(qtbot, "sus")
    qtbot.wait(PAUSE)
    type_text(qtbot, "pect")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Jo")
    qtbot.wait(PAUSE)
    type_text(qtbot, "hn Doe")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert [form.people.item(0, c).text() for c in (0, 1)] == ["Suspect", "John Doe"]  # Tab took the role listed
    form.narrative.setFocus()
    type_text(qtbot, "Two ")
    qtbot.wait(PAUSE)
    type_text(qtbot, "robots")
    assert form.narrative.toPlainText() == "Two robots"


# -- finding 5: Tab, completions, typing over, list widths -----------------------------------------------

def test_tab_moves_cell_to_cell_inside_the_table(qtbot, form):
    go_to(form, 0, "quantity")
    type_text(qtbot, "5")
    press(qtbot, Qt.Key.Key_Tab)
    assert form.exhibits.view.currentIndex().column() == COLUMN["unit"]
    assert form.exhibits.view.state() == form.exhibits.view.State.EditingState


def test_tab_after_the_last_cell_commits_and_leaves_the_exhibits(qtbot, form):
    go_to(form, 0, "description")
    type_text(qtbot, "two robots")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.wait(50)
    assert cell(form, 0, "description") == "two robots"
    assert QApplication.focusWidget() is form.exhibits.add_button


def test_tab_on_the_last_cell_without_an_editor_leaves_the_exhibits(qtbot, form):
    go_to(form, 0, "hazard")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.exhibits.add_button


def test_shift_tab_at_the_first_cell_leaves_the_exhibits_backwards(qtbot, form):
    go_to(form, 0, "kind")
    type_text(qtbot, "Dr")  # an editor open on the first editable cell
    press(qtbot, Qt.Key.Key_Escape)  # close the completion list
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.wait(50)
    assert QApplication.focusWidget() is form.destination


def test_tab_leaves_the_people_table_after_its_last_cell(qtbot, form):
    form.people.setFocus()
    form.add_person()
    type_text(qtbot, "suspect")
    for text in ("John Doe", "1980-02-03", "Canada"):
        press(qtbot, Qt.Key.Key_Tab)
        assert form.people.state() == form.people.State.EditingState  # still inside: cell to cell
        type_text(qtbot, text)
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.wait(50)
    assert form.people.item(0, 3).text() == "Canada"
    assert form.people.isAncestorOf(QApplication.focusWidget()) is False
    assert QApplication.focusWidget() is not form.people
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is form.people
    form.people.setCurrentCell(0, 0)
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is not form.people


@pytest.mark.parametrize("finish", [Qt.Key.Key_Tab, Qt.Key.Key_Return])
def test_tab_or_enter_takes_the_highlighted_completion_in_a_cell(qtbot, form, finish):
    go_to(form, 0, "substance")
    type_text(qtbot, "carfent")
    assert QApplication.activePopupWidget() is not None
    press(qtbot, Qt.Key.Key_Down)  # highlight the first entry
    highlighted = QApplication.activePopupWidget().currentIndex().data(Qt.ItemDataRole.EditRole)
    press(qtbot, finish)
    qtbot.wait(50)
    assert cell(form, 0, "substance") == highlighted
    assert highlighted.casefold().startswith("carfent")
    assert form.exhibits.view.currentIndex().column() == COLUMN["form"]  # and moved on


@pytest.mark.parametrize("finish", [Qt.Key.Key_Tab, Qt.Key.Key_Return])
def test_the_only_completion_left_is_taken_in_a_drop_down_cell(qtbot, form, finish):
    go_to(form, 0, "form")
    type_text(qtbot, "pow")
    press(qtbot, finish)
    qtbot.wait(50)
    assert cell(form, 0, "form") == "Powder"


def test_a_partial_name_whose_completions_all_insert_one_substance_takes_it(qtbot, form):
    go_to(form, 0, "substance")
    type_text(qtbot, "carfent")  # "Carfentanil" and the alias "carfentanyl → Carfentanil"
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.wait(50)
    assert cell(form, 0, "substance") == "Carfentanil"


def test_a_partial_word_with_several_completions_and_none_chosen_is_kept(qtbot, form):
    go_to(form, 0, "form")
    type_text(qtbot, "p")  # Powder, Capsule, Plant material, Patch
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.wait(50)
    assert cell(form, 0, "form") == "p"  # kept as typed: validation warns that it is unknown


def test_form_fields_take_the_only_or_the_highlighted_completion(qtbot, form):
    form.place_type.setFocus()
    type_text(qtbot, "border")
    press(qtbot, Qt.Key.Key_Tab)
    assert form.place_type.currentText() == "Border crossing"
    assert QApplication.focusWidget() is form.lat  # Tab still moves on
    form.country.setFocus()
    type_text(qtbot, "can")
    press(qtbot, Qt.Key.Key_Down)
    chosen = QApplication.activePopupWidget().currentIndex().data(Qt.ItemDataRole.EditRole)
    press(qtbot, Qt.Key.Key_Return)
    assert form.country.text() == chosen
    assert QApplication.activePopupWidget() is None


def test_typing_over_a_filled_drop_down_cell_replaces_it(qtbot, form):
    model = form.exhibits.model
    model.setData(model.index(0, COLUMN["form"]), "Powder")
    go_to(form, 0, "form")
    type_text(qtbot, "Tab")
    assert editor_text(QApplication.focusWidget()) == "Tab"
    press(qtbot, Qt.Key.Key_Return)  # the only completion: Tablet
    qtbot.wait(50)
    assert cell(form, 0, "form") == "Tablet"


@pytest.mark.parametrize("key", ["form", "packaging"])
def test_f2_opens_a_cell_to_change_its_text(qtbot, form, key):
    model = form.exhibits.model
    model.setData(model.index(0, COLUMN[key]), "Powder")
    go_to(form, 0, key)
    press(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, "s")
    assert editor_text(QApplication.focusWidget()) == "Powders"


def test_completion_lists_are_as_wide_as_their_entries_within_the_screen(qtbot, form):
    go_to(form, 0, "substance")
    type_text(qtbot, "fentanyl")
    popup = QApplication.activePopupWidget()
    assert popup is not None
    widest = max(popup.fontMetrics().horizontalAdvance(popup.model().index(row, 0).data())
                 for row in range(popup.model().rowCount()))
    screen = (popup.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    assert popup.width() > form.exhibits.view.columnWidth(COLUMN["substance"])
    assert popup.width() >= min(widest, screen.width() - 40)
    assert screen.contains(popup.geometry())
    press(qtbot, Qt.Key.Key_Escape)


# -- saving with a cell still open ------------------------------------------------------------------

def test_ctrl_s_saves_what_is_typed_in_an_open_cell(qtbot, disk_app, users):
    window = MainWindow(disk_app, users["olga"])
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    tab = window.current_case_tab()
    form = tab.form
    form.occurred.setText("2026-01-02 10:00")
    form.country.setText("Canada")
    model = form.exhibits.model
    for key, text in (("substance", "cocaine"), ("form", "Powder"), ("quantity", "12"), ("unit", "g")):
        model.setData(model.index(0, COLUMN[key]), text)
    form.people.setFocus()
    form.add_person()
    type_text(qtbot, "suspect")  # the people cell is committed when focus moves to the exhibits
    go_to(form, 0, "packaging")
    type_text(qtbot, "printer ink bottles")  # the cell editor is still open
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.case_number is not None)
    stored = disk_app.get_case(tab.case_number)
    assert [e.packaging for e in stored.exhibits] == ["printer ink bottles"]
    assert [p.role for p in stored.persons] == ["suspect"]


def test_closing_asks_when_only_an_open_cell_holds_changes(qtbot, form):
    form.mark_clean()
    go_to(form, 0, "packaging")
    type_text(qtbot, "printer ink bottles")
    assert form.is_dirty()


PASTED = "12 Harbour Road\r\nUnit 4\tBack\u2028door"


def paste(qtbot, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    qtbot.wait(15)
    qtbot.keyClick(receiver(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_multi_line_paste_into_a_one_line_field_becomes_one_line(qtbot, form):
    form.city.setFocus()
    type_text(qtbot, "Rich")
    paste(qtbot, "mond\nBC")
    type_text(qtbot, "!")
    assert form.city.text() == "Richmond BC!"  # the cursor stays after what was pasted
    form.address.setFocus()
    paste(qtbot, PASTED)
    qtbot.wait(PAUSE)
    assert form.address.text() == "12 Harbour Road Unit 4 Back door"
    case, _ = form.to_case()
    assert case.location.city == "Richmond BC!" and "\n" not in case.location.address
    assert not form.errors


def test_a_stored_line_break_is_shown_as_an_error_not_changed_silently(qtbot, form):
    from caseapp.core.model import Case, Location

    form.load(Case(location=Location(country="CA", city="Rich\nmond")))
    assert form.city.text() == "Rich\nmond"
    assert any(i.field == "location.city" and "one line" in i.message for i in form.errors)


def test_a_multi_line_paste_into_an_exhibit_or_person_cell_becomes_one_line(qtbot, form):
    view = form.exhibits.view
    view.setFocus()
    view.setCurrentIndex(form.exhibits.model.index(0, COLUMN["description"]))
    press(qtbot, Qt.Key.Key_F2)
    paste(qtbot, "brick\nwrapped in tape")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.wait(PAUSE)
    assert form.exhibits.model.rows[0].cells["description"] == "brick wrapped in tape"
    form.add_person()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit | QComboBox))  # the role's list
    press(qtbot, Qt.Key.Key_Tab)
    paste(qtbot, "Ann\r\nSmith")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.wait(PAUSE)
    assert form.people.item(0, 1).text() == "Ann Smith"


def scrolled_into_view(form: CaseForm, widget: QWidget) -> bool:
    viewport = form.scroll_area.viewport()
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    return viewport.rect().contains(top_left)


def test_alt_x_returns_to_the_exhibits_tables_current_cell_after_tab_left_it(qtbot, form):
    view = form.exhibits.view
    last = form.exhibits.model.index(0, COLUMN["description"])
    view.setFocus()
    view.setCurrentIndex(last)
    press(qtbot, Qt.Key.Key_Tab)  # leaves the table from its last cell
    assert QApplication.focusWidget() is not view
    press(qtbot, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is view and view.currentIndex() == last


def test_alt_p_adds_a_person_and_scrolls_the_new_row_into_view(qtbot, form):
    form.resize(1300, 420)  # the people table starts below the visible part of the form
    qtbot.wait(50)
    form.agency.setFocus()
    assert not scrolled_into_view(form, form.people)
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: scrolled_into_view(form, form.people))
    assert form.people.rowCount() == 1


def test_a_problem_on_a_person_goes_to_that_persons_cell_in_view(qtbot, form):
    form.resize(1300, 420)
    form.add_person()
    form.add_person()
    press(qtbot, Qt.Key.Key_Escape)
    form.people.setItem(1, 2, type(form.people.item(0, 0) or form._person_item(0, 0, ""))("2999-01-01"))
    form.people.setItem(1, 1, type(form.people.item(0, 0))("Ann"))
    form.revalidate()
    form.scroll_area.verticalScrollBar().setValue(0)
    form.agency.setFocus()
    items = [form.problems.item(i) for i in range(form.problems.count())]
    item = next(i for i in items if i.data(Qt.ItemDataRole.UserRole) == "persons[0].date_of_birth")
    form.problems.setCurrentItem(item)
    form.problems.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is form.people
    assert (form.people.currentRow(), form.people.currentColumn()) == (0, 2)
    qtbot.waitUntil(lambda: scrolled_into_view(form, form.people))
