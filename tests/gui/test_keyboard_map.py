"""Keyboard paths: every Alt letter in effect in a window is unique there, every label's letter puts focus in the
field that takes the text, and README's keyboard map lists every letter of every window walked.

VIEWS is the walk: one entry per window (or state of a window) a user meets. A new dialog is walked by adding a
View; a QDialog subclass in caseapp.gui that no View builds is still constructed from its parameter names
(app, user, accounts, case_number...) and checked, and fails with a message if it cannot be built.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

import caseapp.gui
from caseapp.core.custody import WORKFLOW_EVENTS, EventType
from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.gui.dialogs.custody_event import CustodyEventDialog
from caseapp.gui.dialogs.lab import LabRequestDialog, LabResultDialog
from caseapp.gui.dialogs.locations import LocationsDialog
from caseapp.gui.dialogs.login import FirstAdminDialog, LoginDialog
from caseapp.gui.dialogs.preferences import PreferencesDialog
from caseapp.gui.dialogs.print_options import PrintOptionsDialog
from caseapp.gui.dialogs.receive import ReceiveDialog
from caseapp.gui.dialogs.room_settings import RoomSettingsDialog
from caseapp.gui.main_window import MainWindow
from caseapp.services.app import CaseApp
from caseapp.services.auth import Accounts, User
from caseapp.services.custody import Custody
from caseapp.services.workflow import Workflow
from tests.gui.mnemonics import Mnemonic, clashes, menu_clashes, mnemonics, plain, takes_focus

README = Path(__file__).resolve().parents[2] / "README.md"
# a label's buddy is the widget that takes what is typed or chosen, never a container or a button
TEXT_TAKERS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView)


class Fixture:
    """What the views are built from: a database with users, a draft with an exhibit, a submitted case."""

    def __init__(self, qtbot, app: CaseApp, users: dict[str, User]) -> None:
        self.qtbot, self.app, self.users = qtbot, app, users
        self._draft: str | None = None
        self._submitted: str | None = None
        self.built: list[QWidget] = []

    def case(self, **changes: object) -> Case:
        return Case(occurred_at="2026-11-20T10:00", location=Location(country="CA", city="Richmond"),
                    exhibits=[Exhibit(substance="fentanyl", form="powder",
                                      quantity=Quantity(Decimal("12.5"), "g"))], **changes)

    @property
    def draft(self) -> str:
        if self._draft is None:
            self._draft = Workflow(self.app).create(self.users["olga"], self.case()).value.case_number or ""
        return self._draft

    @property
    def submitted(self) -> str:
        if self._submitted is None:
            workflow = Workflow(self.app)
            number = workflow.create(self.users["olga"], self.case()).value.case_number or ""
            workflow.submit(self.users["olga"], number)
            self._submitted = number
        return self._submitted

    def shown(self, widget: QWidget) -> QWidget:
        self.qtbot.addWidget(widget)
        self.built.append(widget)
        widget.show()
        widget.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)  # shortcuts act in the active window
        return widget

    def window(self, login: str = "olga") -> MainWindow:
        window = MainWindow(self.app, self.users[login], auto_backup=False)
        self.shown(window)
        return window


@dataclass(frozen=True)
class View:
    name: str
    sections: tuple[str, ...]  # README keyboard-map headings that list this view's letters
    build: Callable[[Fixture], QWidget]
    builds: type | None = None  # the dialog class it covers


def _case_list(f: Fixture) -> QWidget:
    return f.window()


def _search(f: Fixture) -> QWidget:
    window = f.window()
    window.show_search()
    return window


def _new_case(f: Fixture) -> QWidget:
    window = f.window()
    window.new_case()
    return window


def _draft(f: Fixture, inner_tab: int = 0) -> QWidget:
    window = f.window()
    tab = window.open_case(f.draft)
    tab.tabs.setCurrentIndex(inner_tab)
    return window


def _review(f: Fixture) -> QWidget:
    window = f.window("sam")
    window.open_case(f.submitted)
    return window


def _custody_event(event_type: EventType) -> Callable[[Fixture], QWidget]:
    def build(f: Fixture) -> QWidget:
        number = f.draft
        if event_type is not EventType.SEIZED:  # a seizure on record, so there is something to correct
            state = Custody(f.app).states(number).get("01")
            if state is None:
                dialog = CustodyEventDialog(f.app, f.users["olga"], number, "01", None)
                dialog.at_edit.setText("2026-11-20 11:00")
                dialog.holder_edit.setText("Olga")
                dialog.location_edit.setText("Vault A")
                Custody(f.app).record(f.users["olga"], number, "01", dialog.build_event())
                dialog.deleteLater()
        _, state = Custody(f.app).history(number, "01")
        dialog = CustodyEventDialog(f.app, f.users["olga"], number, "01", state)
        dialog.type_combo.setCurrentIndex(dialog.type_combo.findData(event_type.value))
        return f.shown(dialog)
    return build


def _reason(kind: str) -> Callable[[Fixture], QWidget]:
    def build(f: Fixture) -> QWidget:
        from caseapp.gui.dialogs import reason

        return f.shown(reason.text_dialog(None, *getattr(reason, kind)))
    return build


def _import_refused(f: Fixture) -> QWidget:
    from caseapp.gui.file_operations import import_refused_box
    from caseapp.services.transfer import ImportReport

    report = ImportReport(path="cases.csv", format="csv", records=3, rejected=1)
    box, _ = import_refused_box(None, Path("cases.csv"), report, skipped=False)
    return f.shown(box)


def _error(f: Fixture) -> QWidget:
    from caseapp.gui.errors import error_dialog

    return f.shown(error_dialog("ValueError: boom", "Traceback..."))


def _print_options(labels: bool) -> Callable[[Fixture], QWidget]:
    def build(f: Fixture) -> QWidget:
        from caseapp.gui.dialogs.print_options import PrintOptionsDialog
        from caseapp.gui.i18n import translate

        title = translate("Printing", "Exhibit labels") if labels else translate("Printing", "Case report")
        return f.shown(PrintOptionsDialog(None, title, labels=labels))
    return build


def _preferences(f: Fixture) -> QWidget:
    from caseapp.gui.dialogs.preferences import PreferencesDialog

    return f.shown(PreferencesDialog(None))


def _lab_request(f: Fixture) -> QWidget:
    exhibits = list(f.app.get_case(f.draft).exhibits)
    return f.shown(LabRequestDialog(f.app, f.users["olga"], f.draft, exhibits, {"01"}))


def _lab_result(f: Fixture) -> QWidget:
    exhibit = f.app.get_case(f.draft).exhibits[0]
    return f.shown(LabResultDialog(f.app, f.users["olga"], f.draft, exhibit, "HC Lab"))


MENU = "Menu bar"
CASE_TAB = "Case tab"
VIEWS: list[View] = [
    View("case list", (MENU, "Case list"), _case_list),
    View("search", (MENU, "Search"), _search),
    View("new case", (MENU, CASE_TAB, "Case form"), _new_case),
    View("saved draft", (MENU, CASE_TAB, "Case form"), _draft),
    View("case under review", (MENU, CASE_TAB, "Case form"), _review),
    View("custody of a case", (MENU, CASE_TAB, "Custody"), lambda f: _draft(f, 1)),
    View("history of a case", (MENU, CASE_TAB, "History"), lambda f: _draft(f, 2)),
    View("log in", ("Log in",), lambda f: f.shown(LoginDialog(Accounts(f.app), database_label="cases.sqlite3")),
         LoginDialog),
    View("first administrator", ("First administrator",), lambda f: f.shown(FirstAdminDialog(Accounts(f.app))),
         FirstAdminDialog),
    *(View(f"custody event: {t.value}", ("Record custody event",), _custody_event(t), CustodyEventDialog)
      for t in EventType if t not in WORKFLOW_EVENTS and t is not EventType.DISPOSED),
    View("amendment reason", ("Reasons and names",), _reason("AMENDMENT")),
    View("return reason", ("Reasons and names",), _reason("RETURN")),
    View("attachment removal reason", ("Reasons and names",), _reason("REMOVE_ATTACHMENT")),
    View("saved search name", ("Reasons and names",), _reason("SEARCH_NAME")),
    View("import refused", ("Message boxes",), _import_refused),
    View("unexpected error", ("Message boxes",), _error),
    View("print a report", ("Print",), _print_options(False)),
    View("print labels", ("Print",), _print_options(True), PrintOptionsDialog),
    View("preferences", ("Preferences",), _preferences, PreferencesDialog),
    View("request analysis", ("Request analysis",), _lab_request, LabRequestDialog),
    View("lab result", ("Lab result",), _lab_result, LabResultDialog),
    View("evidence room settings", ("Evidence room settings",),
         lambda f: f.shown(RoomSettingsDialog(None, f.app, f.users["ada"])), RoomSettingsDialog),
    View("receive or transfer by scanning", ("Receive or transfer by scanning",),
         lambda f: f.shown(ReceiveDialog(None, f.app, f.users["olga"])), ReceiveDialog),
    View("storage locations", ("Storage locations",),
         lambda f: f.shown(LocationsDialog(None, f.app, f.users["sam"])), LocationsDialog),
]


@pytest.fixture
def fixture(qtbot, disk_app, users):
    built = Fixture(qtbot, disk_app, users)
    yield built
    for widget in reversed(built.built):  # closed while the database is still open (forms check on a timer)
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # gone, with their timers


def check_window(window: QWidget) -> list[Mnemonic]:
    found = mnemonics(window)
    assert not clashes(found), clashes(found)
    assert not menu_clashes(window), menu_clashes(window)
    for mnemonic in found:
        if mnemonic.kind == "label":
            target = mnemonic.target
            assert isinstance(target, TEXT_TAKERS) and takes_focus(target) and target.isVisibleTo(window), (
                f"{mnemonic.describe()}: its buddy {type(target).__name__} does not take the text")
    return found


@pytest.mark.parametrize("view", VIEWS, ids=[v.name for v in VIEWS])
def test_each_alt_letter_is_used_once_and_a_label_letter_goes_to_its_field(language, fixture, qtbot, view):
    """In English and in French: the French labels carry letters of their own."""
    window = view.build(fixture)
    found = check_window(window)
    for mnemonic in found:
        if mnemonic.kind in ("label", "group") and mnemonic.owner.isEnabled():
            expected = mnemonic.target
            if mnemonic.kind == "group":  # a group's letter goes to its first field
                expected = next(w for w in mnemonic.owner.findChildren(QWidget)
                                if takes_focus(w) and w.isVisibleTo(window))
            if not expected.isEnabled():
                continue  # a disabled field (a read-only case's lists) takes no focus
            window.setFocus()
            qtbot.keyClick(window, Qt.Key(ord(mnemonic.letter.upper())), Qt.KeyboardModifier.AltModifier)
            assert QApplication.focusWidget() is expected, (
                f"{mnemonic.describe()} put focus on {type(QApplication.focusWidget()).__name__}")


def test_the_case_form_letters_reach_the_fields_the_officers_named(fixture, qtbot):
    """The keys of the issue: Alt+O the seizure date, Alt+I officers, Alt+T transport, Alt+G origin, Alt+A agency,
    Alt+S saves (not the Search menu), Alt+F and Alt+L stay with the File and Tools menus."""
    window = _new_case(fixture)
    form = window.current_case_tab().form
    for key, field in ((Qt.Key.Key_O, form.occurred), (Qt.Key.Key_I, form.officers), (Qt.Key.Key_T, form.transport),
                       (Qt.Key.Key_G, form.origin), (Qt.Key.Key_A, form.agency), (Qt.Key.Key_U, form.country)):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is field
    qtbot.keyClicks(QApplication.focusWidget(), "CA")  # what is typed after Alt+letter lands in the field
    assert form.country.text() == "CA"
    letters = {m.letter: m for m in mnemonics(window)}
    assert letters["s"].owner is window.current_case_tab().save_button
    assert (letters["f"].kind, letters["f"].text) == ("menu", "File")


def _dialog_classes() -> set[type]:
    classes = set()
    for module in pkgutil.walk_packages(caseapp.gui.__path__, "caseapp.gui."):
        loaded = importlib.import_module(module.name)
        for _, cls in inspect.getmembers(loaded, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.name:
                classes.add(cls)
    return classes


def _construct(cls: type, f: Fixture) -> QWidget:
    """Build a dialog from its parameter names, the way a later dialog is covered without a View."""
    known = {"app": f.app, "user": f.users["ada"], "admin": f.users["ada"], "actor": f.users["ada"],
             "accounts": Accounts(f.app), "case_number": f.draft, "exhibit_number": "01", "state": None,
             "parent": None, "database_label": "cases.sqlite3"}
    arguments = {}
    for name, parameter in inspect.signature(cls).parameters.items():
        if name in known:
            arguments[name] = known[name]
        elif parameter.default is inspect.Parameter.empty and parameter.kind not in (
                parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            pytest.fail(f"{cls.__qualname__}: cannot tell what '{name}' is; add a View to VIEWS in {__name__}")
    return f.shown(cls(**arguments))


def test_every_dialog_class_of_the_application_is_walked(fixture):
    covered = {view.builds for view in VIEWS}
    others = sorted(_dialog_classes() - covered, key=lambda c: c.__qualname__)
    for cls in others:
        check_window(_construct(cls, fixture))


# -- the README's keyboard map -------------------------------------------------------------------------------------
def normalised(text: str) -> str:
    """A label as the map names it: without the '&', a trailing ':' or '*', a parenthesis, or a correction's
    'Corrected ' prefix. A name the map ends with '…' stands for every text that starts with it."""
    text = plain(text).strip()
    text = re.sub(r"\s*\(.*$", "", text)
    text = text.rstrip(":* ").strip()
    return re.sub(r"^Corrected ", "", text).casefold()


def readme_map() -> dict[str, set[tuple[str, str]]]:
    """{section: {(letter, normalised name)}} from the tables of README's keyboard map."""
    text = README.read_text(encoding="utf-8")
    start = text.index("\n## Keyboard map")
    end = text.find("\n## ", start + 1)
    sections: dict[str, set[tuple[str, str]]] = {}
    current = None
    for line in text[start:end if end > 0 else None].splitlines():
        heading = re.match(r"### (.+)", line)
        if heading:
            current = sections.setdefault(heading.group(1).strip(), set())
            continue
        row = re.match(r"\|\s*Alt\+([A-Z0-9])\s*\|\s*([^|]+?)\s*\|", line)
        if row and current is not None:
            for name in row.group(2).split(" / "):
                current.add((row.group(1).lower(), normalised(name.strip("* "))))
    return sections


def listed_as(found: tuple[str, str], rows: set[tuple[str, str]]) -> tuple[str, str] | None:
    letter, text = found
    for row in rows:
        if row[0] == letter and (row[1] == text or row[1].endswith("…") and text.startswith(row[1][:-1])):
            return row
    return None


def test_the_readme_keyboard_map_lists_every_letter_and_no_other(fixture):
    documented = readme_map()
    used: set[tuple[str, tuple[str, str]]] = set()
    for view in VIEWS:
        found = {(m.letter, normalised(m.text)) for m in check_window(view.build(fixture))}
        for mnemonic in found:
            matches = [(section, row) for section in view.sections
                       if (row := listed_as(mnemonic, documented.get(section, set()))) is not None]
            assert matches, f"README keyboard map, one of {view.sections}: add Alt+{mnemonic[0].upper()} {mnemonic[1]}"
            used.update(matches)
    stale = sorted((section, row) for section, rows in documented.items() for row in rows
                   if (section, row) not in used)
    assert not stale, f"README keyboard map lists letters no window has: {stale}"


# -- Tab order and Enter ---------------------------------------------------------------------------------------------
def next_in_tab_order(widget: QWidget) -> QWidget:
    """The widget Tab goes to from `widget`: the next one in the focus chain that takes Tab focus, is shown and
    enabled (a compound widget's own parts, such as a table's viewport, are skipped)."""
    candidate = widget.nextInFocusChain()
    while candidate is not widget:
        if (takes_focus(candidate) and candidate.isVisible() and candidate.isEnabled()
                and candidate.focusProxy() is None and not widget.isAncestorOf(candidate)):
            return candidate
        candidate = candidate.nextInFocusChain()
    return widget


def test_tab_follows_the_case_form_group_by_group(fixture, qtbot):
    window = _draft(fixture)
    tab = window.current_case_tab()
    form, attachments = tab.form, tab.attachments
    fields = [form.occurred, form.agency, form.unit, form.officers, form.detection, form.place_name, form.address,
              form.city, form.region, form.country, form.place_type, form.lat, form.lon, form.routing,
              form.transport, form.conveyance, form.concealment, form.concealment_text, form.origin, form.departure,
              form.transit, form.destination]
    form.occurred.setFocus()
    for expected in fields[1:]:  # the keys a user presses, field by field through Event, Place and Route
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected, expected.accessibleName()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.exhibits.view
    table = form.exhibits
    rest = [form.exhibits.view, table.add_button, table.duplicate_button, table.remove_button, table.unknown_button,
            form.people, *form.person_buttons, form.narrative, attachments.exhibit, attachments.add_button,
            attachments.open_button, attachments.remove_button, attachments.list]
    rest = [w for w in rest if w.isEnabled()]  # Open and Remove wait for an attachment to be chosen
    for first, second in zip(rest, rest[1:], strict=False):
        assert next_in_tab_order(first) is second, f"after {first.accessibleName() or first.text()}"


def test_tab_goes_from_the_case_list_filter_to_the_list(fixture, qtbot):
    _ = fixture.draft  # a case in the list
    window = fixture.window()
    window.focus_filter()
    qtbot.keyClick(window.filter, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.table
    qtbot.keyClick(window.table, Qt.Key.Key_Tab)  # Tab leaves the list (the arrows move in it)
    assert QApplication.focusWidget() is window.status_filter


def test_tab_leaves_the_search_results(fixture, qtbot):
    _ = fixture.draft  # a fentanyl seizure
    window = _search(fixture)
    panel = window.search_panel
    qtbot.keyClicks(panel.substance, "fentanyl")
    panel.run()
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not panel.table


def test_tab_leaves_the_several_line_reason_for_its_buttons(fixture, qtbot):
    from PySide6.QtWidgets import QPlainTextEdit, QPushButton

    dialog = _reason("RETURN")(fixture)
    box = dialog.findChild(QPlainTextEdit)
    box.setFocus()
    qtbot.keyClicks(box, "Weigh exhibit 01 again")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert box.toPlainText() == "Weigh exhibit 01 again"  # no tab typed into the reason
    assert isinstance(QApplication.focusWidget(), QPushButton)


def test_enter_in_the_filter_opens_the_one_case_found(fixture, qtbot):
    number = fixture.draft
    _ = fixture.submitted  # a second one
    window = fixture.window()
    window.focus_filter()
    qtbot.keyClicks(window.filter, number)
    qtbot.keyClick(window.filter, Qt.Key.Key_Return)
    tab = window.current_case_tab()
    assert tab is not None and tab.case_number == number


def test_enter_in_the_filter_with_several_cases_found_moves_to_the_list(fixture, qtbot):
    _ = fixture.draft  # a case in the list
    _ = fixture.submitted  # a second one
    window = fixture.window()
    window.focus_filter()
    qtbot.keyClicks(window.filter, "Richmond")  # the city of both
    qtbot.keyClick(window.filter, Qt.Key.Key_Return)
    assert window.current_case_tab() is None
    assert QApplication.focusWidget() is window.table and window.table.currentIndex().row() == 0
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)  # and Enter there opens the chosen one
    assert window.current_case_tab() is not None
