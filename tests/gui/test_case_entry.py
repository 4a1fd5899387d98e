"""An officer records a case with the keyboard alone, in the real window; bad input blocks Save."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from caseapp.core.validation import ValidationReport, warning
from caseapp.gui.case_tab import CaseTab
from caseapp.gui.main_window import MainWindow
from caseapp.gui.models.exhibits import COLUMN


def type_into_focus(qtbot, text):
    qtbot.keyClicks(QApplication.focusWidget(), text)


def tab(qtbot, times=1):
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def open_window(qtbot, app, user):
    window = MainWindow(app, user)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts reach the active window only
    return window


def test_an_officer_records_a_whole_case_with_the_keyboard(qtbot, disk_app, users):
    window = open_window(qtbot, disk_app, users["olga"])
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    tab_widget = window.current_case_tab()
    assert isinstance(tab_widget, CaseTab)
    form = tab_widget.form
    assert form.occurred.text() == ""  # the seizure date starts empty
    assert QApplication.focusWidget() is form.occurred
    type_into_focus(qtbot, "2026-11-20 14:30")
    tab(qtbot)  # agency (pre-filled from the settings)
    assert QApplication.focusWidget() is form.agency
    tab(qtbot)
    type_into_focus(qtbot, "Pacific Region")  # unit
    tab(qtbot)
    type_into_focus(qtbot, "Officer Olga Nowak; Officer Li Wei")
    tab(qtbot)
    type_into_focus(qtbot, "Mail")  # detection
    tab(qtbot)
    type_into_focus(qtbot, "International Mail Centre")  # place name
    tab(qtbot, 2)
    type_into_focus(qtbot, "Richmond")  # city
    tab(qtbot, 2)
    type_into_focus(qtbot, "Canada")  # country
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # close the completer's list
    tab(qtbot)
    type_into_focus(qtbot, "Post office")  # place type
    tab(qtbot, 3)  # latitude, longitude, routing
    type_into_focus(qtbot, "Inbound")
    tab(qtbot)
    type_into_focus(qtbot, "Mail")  # transport
    tab(qtbot, 3)
    type_into_focus(qtbot, "toy robots")  # concealed in
    tab(qtbot)
    type_into_focus(qtbot, "CN")  # origin
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    # the exhibit: straight into the substance cell of the first row
    view = form.exhibits.view
    view.setFocus()
    view.setCurrentIndex(form.exhibits.model.index(0, COLUMN["substance"]))
    qtbot.keyClicks(view, "c")
    type_into_focus(qtbot, "arfentanil")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # commit, next cell: form
    type_into_focus(qtbot, "Powder")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_into_focus(qtbot, "12.5")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_into_focus(qtbot, "g")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter commits too
    model = form.exhibits.model
    assert model.data(model.index(0, COLUMN["kg"])) == "0.0125 kg"  # shown as typed
    form.narrative.setFocus()
    type_into_focus(qtbot, "Two robots with white powder inside.")
    form.revalidate()
    assert not form.errors, form.errors
    assert tab_widget.save_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    case = disk_app.get_case(tab_widget.case_number)
    assert case.case_number.startswith("TEST-2026-")
    assert case.occurred_at == "2026-11-20T14:30"
    assert case.unit == "Pacific Region"
    assert case.officers == ["Officer Olga Nowak", "Officer Li Wei"]
    assert (case.location.name, case.location.city, case.location.country) == (
        "International Mail Centre", "Richmond", "CA")
    assert (case.location.place_type, case.routing, case.transport) == ("mail_centre", "inbound", "mail")
    assert (case.concealment_text, case.origin_country) == ("toy robots", "CN")
    (exhibit,) = case.exhibits
    assert (exhibit.substance, exhibit.form, str(exhibit.quantity.value), exhibit.quantity.unit) == (
        "Carfentanil", "powder", "12.5", "g")
    assert exhibit.hazard_flag and exhibit.kg_mg == 12_500
    assert case.narrative == "Two robots with white powder inside."
    assert case.created_by == "olga"
    assert not form.is_dirty()
    assert window.tabs.tabText(window.tabs.currentIndex()) == case.case_number
    assert window.model.rowCount() == 1  # the list refreshed


def new_case_form(qtbot, disk_app, users):
    window = open_window(qtbot, disk_app, users["olga"])
    tab_widget = window.new_case()
    return window, tab_widget, tab_widget.form


def test_a_future_date_blocks_save(qtbot, disk_app, users):
    window, tab_widget, form = new_case_form(qtbot, disk_app, users)
    qtbot.keyClicks(form.occurred, "2026-12-01")
    form.revalidate()
    assert [e.field for e in form.errors] == ["occurred_at"]
    assert not tab_widget.save_button.isEnabled()
    assert form._messages["occurred_at"].isVisibleTo(form)
    assert "future" in form._messages["occurred_at"].text()
    assert form.occurred.property("issue") == "error"
    assert disk_app.counts() == (0, 0)


def test_an_ambiguous_date_blocks_save_and_names_both_readings(qtbot, disk_app, users):
    window, tab_widget, form = new_case_form(qtbot, disk_app, users)
    qtbot.keyClicks(form.occurred, "06/07/2016")
    qtbot.wait(400)  # the validation timer fires on its own
    assert [e.field for e in form.errors] == ["occurred_at"]
    assert not tab_widget.save_button.isEnabled()
    message = form._messages["occurred_at"].text()
    assert "ambiguous" in message and "6 July 2016" in message and "7 June 2016" in message
    assert form.occurred.text() == "06/07/2016"  # kept as typed for the officer to correct
    assert disk_app.counts() == (0, 0)


def test_a_bad_quantity_blocks_save_and_is_marked_on_its_cell(qtbot, disk_app, users, monkeypatch):
    window, tab_widget, form = new_case_form(qtbot, disk_app, users)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kw: warned.append(args[2]))
    qtbot.keyClicks(form.occurred, "2026-11-20")
    model = form.exhibits.model
    model.setData(model.index(0, COLUMN["substance"]), "cocaine")
    model.setData(model.index(0, COLUMN["quantity"]), "1,000.5")
    model.setData(model.index(0, COLUMN["unit"]), "g")
    form.revalidate()
    assert [e.field for e in form.errors] == ["exhibits[0].quantity"]
    assert not tab_widget.save_button.isEnabled()
    assert "thousands" in model.data(model.index(0, COLUMN["quantity"]), Qt.ItemDataRole.ToolTipRole)
    assert not tab_widget.save()  # Ctrl+S on a form with errors refuses with a message
    assert warned and disk_app.counts() == (0, 0)
    model.setData(model.index(0, COLUMN["quantity"]), "-3")
    form.revalidate()
    assert [e.field for e in form.errors] == ["exhibits[0].quantity"]
    model.setData(model.index(0, COLUMN["quantity"]), "1000.5")
    form.revalidate()
    assert not form.errors and tab_widget.save_button.isEnabled()


def test_warnings_show_but_do_not_block(qtbot, disk_app, users):
    window, tab_widget, form = new_case_form(qtbot, disk_app, users)
    qtbot.keyClicks(form.occurred, "2026-11-20")
    qtbot.keyClicks(form.origin, "Atlantis")
    form.revalidate()
    assert not form.errors and [w.field for w in form.warnings] == ["origin_country"]
    assert form.origin.property("issue") == "warning"
    assert tab_widget.save()
    assert disk_app.get_case(tab_widget.case_number).origin_country == "Atlantis"


def test_closing_a_changed_case_asks_and_cancel_keeps_everything(qtbot, disk_app, users, monkeypatch):
    window, tab_widget, form = new_case_form(qtbot, disk_app, users)
    qtbot.keyClicks(form.occurred, "2026-11-20")
    qtbot.keyClicks(form.city, "Richmond")
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not window.close_tab(window.tabs.indexOf(tab_widget))
    assert asked and window.tabs.indexOf(tab_widget) > 0
    assert form.city.text() == "Richmond"
    window.close()
    assert window.isVisible()  # quitting asks too, and Cancel keeps the window open
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    assert window.close_tab(window.tabs.indexOf(tab_widget))  # Save: saved, then closed
    assert disk_app.counts()[0] == 1


def test_an_unchanged_case_closes_without_asking(qtbot, disk_app, users, monkeypatch):
    window, tab_widget, form = new_case_form(qtbot, disk_app, users)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (_ for _ in ()).throw(AssertionError("asked")))
    assert window.close_tab(window.tabs.indexOf(tab_widget))


def test_the_unsaved_mark_follows_every_change_after_a_save_or_a_reload(qtbot, disk_app, users):
    """Typed, saved, typed again: the tab title shows '*' each time the case differs from what is stored."""
    window, tab_widget, form = new_case_form(qtbot, disk_app, users)

    def title() -> str:
        return window.tabs.tabText(window.tabs.indexOf(tab_widget))

    form.city.setFocus()
    qtbot.keyClicks(form.city, "Richmond")
    assert title().endswith("*")
    qtbot.keyClick(form.city, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert disk_app.get_case(tab_widget.case_number).location.city == "Richmond"
    assert not title().endswith("*")
    qtbot.keyClicks(form.city, " BC")
    assert title().endswith("*") and tab_widget.form.is_dirty()
    tab_widget.reload()  # shown as stored again (the typing is not saved)
    assert not title().endswith("*")
    qtbot.keyClicks(form.city, "!")
    assert title().endswith("*")
    qtbot.waitUntil(lambda: not form._timer.isActive())  # no validation left for after the test


def test_editing_a_saved_case_opened_from_the_list_marks_its_tab_unsaved(qtbot, disk_app, users):
    from caseapp.core.model import Case, Location
    from caseapp.services.workflow import Workflow

    case = Workflow(disk_app).create(users["olga"], Case(location=Location(country="CA", city="Richmond"))).value
    window = open_window(qtbot, disk_app, users["olga"])
    tab_widget = window.open_case(case.case_number)
    index = window.tabs.indexOf(tab_widget)
    assert window.tabs.tabText(index) == case.case_number
    tab_widget.form.city.setFocus()
    qtbot.keyClicks(tab_widget.form.city, " BC")
    assert window.tabs.tabText(index) == f"{case.case_number} *"
    qtbot.keyClick(tab_widget.form.city, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert disk_app.get_case(case.case_number).location.city == "Richmond BC"
    assert window.tabs.tabText(index) == case.case_number
    qtbot.keyClicks(tab_widget.form.city, "!")
    assert window.tabs.tabText(index) == f"{case.case_number} *"
    assert tab_widget._was_dirty == tab_widget.form.is_dirty()
    qtbot.waitUntil(lambda: not tab_widget.form._timer.isActive())  # no validation left for after the test


def test_removing_an_exhibit_with_custody_events_is_refused_at_once_saying_why(qtbot, disk_app, users, dialogs):
    from decimal import Decimal

    from caseapp.core.custody import CustodyEvent
    from caseapp.core.model import Case, Exhibit, Location, Quantity
    from caseapp.services.custody import Custody
    from caseapp.services.workflow import Workflow

    case = Workflow(disk_app).create(users["olga"], Case(
        occurred_at="2026-11-20T10:00", location=Location(country="CA"),
        exhibits=[Exhibit(substance="fentanyl", quantity=Quantity(Decimal("12.5"), "g")),
                  Exhibit(substance="cocaine", quantity=Quantity(Decimal("1"), "kg"))])).value
    custody = Custody(disk_app)
    custody.record(users["olga"], case.case_number, "01",
                   CustodyEvent(type="seized", at="2026-11-20T10:05", actor="", holder="olga", location="Dock"))
    custody.record(users["olga"], case.case_number, "01",
                   CustodyEvent(type="sealed", at="2026-11-20T10:10", actor="", seal_number="S-1"))
    window = open_window(qtbot, disk_app, users["olga"])
    tab_widget = window.open_case(case.case_number)
    exhibits = tab_widget.form.exhibits
    exhibits.view.setCurrentIndex(exhibits.model.index(0, COLUMN["substance"]))
    qtbot.mouseClick(exhibits.remove_button, Qt.MouseButton.LeftButton)
    assert exhibits.model.rowCount() == 2
    assert any("2 custody events" in text for text in dialogs.texts("warning")), dialogs.shown
    exhibits.view.setCurrentIndex(exhibits.model.index(1, COLUMN["substance"]))
    qtbot.mouseClick(exhibits.remove_button, Qt.MouseButton.LeftButton)  # no custody: removed, tab unsaved
    assert exhibits.model.rowCount() == 1
    assert window.tabs.tabText(window.tabs.indexOf(tab_widget)).endswith("*")
    qtbot.waitUntil(lambda: not tab_widget.form._timer.isActive())  # no validation left for after the test


def _check_adding(monkeypatch, app, extra):
    """app.check as it is, plus the warning `extra` (the window asks before saving only on the flag)."""
    check = app.check

    def with_extra(case, **kwargs):
        normal, report = check(case, **kwargs)
        return normal, ValidationReport((*report.issues, extra))

    monkeypatch.setattr(app, "check", with_extra)


def test_a_warning_that_needs_confirmation_is_asked_about_whatever_its_words(qtbot, disk_app, users, dialogs,
                                                                              monkeypatch):
    _check_adding(monkeypatch, disk_app, warning("exhibits[0].quantity", "over 100 t", needs_confirmation=True))
    window, tab_widget, form = new_case_form(qtbot, disk_app, users)
    qtbot.keyClicks(form.occurred, "2026-11-20")
    assert not tab_widget.save()  # the question is answered with no Yes: nothing saved
    assert [t for t in dialogs.texts("question") if t.startswith("Please confirm: • over 100 t")]
    assert disk_app.counts()[0] == 0
    dialogs.answer = QMessageBox.StandardButton.Yes
    assert tab_widget.save() and disk_app.counts()[0] == 1


def test_a_warning_that_says_confirm_without_the_flag_is_not_asked_about(qtbot, disk_app, users, dialogs,
                                                                         monkeypatch):
    _check_adding(monkeypatch, disk_app, warning("origin_country", "please confirm the spelling"))
    window, tab_widget, form = new_case_form(qtbot, disk_app, users)
    qtbot.keyClicks(form.occurred, "2026-11-20")
    assert tab_widget.save()
    assert not dialogs.texts("question") and disk_app.counts()[0] == 1


def test_an_exhibit_over_100_tonnes_is_asked_about_before_it_is_saved(qtbot, disk_app, users, dialogs):
    """The exhibit's warning is renumbered to its table row and keeps its flag on the way."""
    window, tab_widget, form = new_case_form(qtbot, disk_app, users)
    qtbot.keyClicks(form.occurred, "2026-11-20")
    model = form.exhibits.model
    model.setData(model.index(0, COLUMN["substance"]), "cocaine")
    model.setData(model.index(0, COLUMN["quantity"]), "200")
    model.setData(model.index(0, COLUMN["unit"]), "t")
    assert not tab_widget.save()
    assert [t for t in dialogs.texts("question") if t.startswith("Please confirm: • over 100 t")]
    assert disk_app.counts()[0] == 0
