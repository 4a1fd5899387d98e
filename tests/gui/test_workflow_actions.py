"""The window offers a case's actions exactly as Workflow.allowed answers them: who recorded, edited or
submitted a case is not offered its approval, an officer is not offered another officer's draft, an admin is
offered no case action at all, and who returned a case is not offered to resubmit it."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.gui.dialogs import reason as dialogs_reason
from caseapp.gui.main_window import MainWindow
from caseapp.services.auth import Accounts
from caseapp.services.workflow import Workflow
from tests.conftest import PASSWORD


def window_for(qtbot, app, user) -> MainWindow:
    window = MainWindow(app, user)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def complete_case() -> Case:
    return Case(occurred_at="2026-11-20T10:00", location=Location(country="CA", city="Richmond"),
                exhibits=[Exhibit(substance="fentanyl", form="powder", quantity=Quantity(Decimal("12.5"), "g"))])


def offered(window: MainWindow) -> set[str]:
    """The case actions the current tab shows as buttons, checked against the Case menu's enabled items."""
    tab = window.current_case_tab()
    assert tab is not None
    buttons = {"save": tab.save_button, "submit": tab.submit_button, "approve": tab.approve_button,
               "return": tab.return_button}
    menu = {"save": window.save_action, "submit": window.submit_action, "approve": window.approve_action,
            "return": window.return_action}
    shown = {name for name, button in buttons.items() if button.isVisible()}
    assert shown == {name for name, action in menu.items() if action.isEnabled()}
    return shown


@pytest.fixture
def sue(disk_app, users):
    """A second supervisor."""
    accounts = Accounts(disk_app)
    accounts.add_user(users["ada"], "sue", PASSWORD, role="supervisor", display_name="Sgt Sue")
    return accounts.authenticate("sue", PASSWORD)


def test_a_supervisor_who_recorded_and_submitted_a_case_is_not_offered_approve(qtbot, disk_app, users, sue):
    workflow = Workflow(disk_app)
    case = workflow.create(users["sam"], complete_case()).value
    window = window_for(qtbot, disk_app, users["sam"])
    tab = window.open_case(case.case_number)
    assert offered(window) == {"save", "submit"}
    qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
    assert disk_app.get_case(case.case_number).status == "submitted"
    assert offered(window) == set()  # neither Approve nor Return: he recorded it
    assert "created or edited" in tab.allowed.reason("approve")

    other = window_for(qtbot, disk_app, sue)
    other.open_case(case.case_number)
    assert offered(other) == {"approve", "return"}


def test_a_supervisor_who_edited_an_officers_case_is_not_offered_approve(qtbot, disk_app, users, sue):
    workflow = Workflow(disk_app)
    case = workflow.create(users["olga"], complete_case()).value
    workflow.submit(users["olga"], case.case_number)
    workflow.return_case(users["sam"], case.case_number, "weigh again")
    changed = disk_app.get_case(case.case_number)
    changed.narrative = "weighed again"
    workflow.update(users["olga"], case.case_number, changed)
    workflow.submit(users["olga"], case.case_number)
    window = window_for(qtbot, disk_app, users["sam"])
    window.open_case(case.case_number)
    assert offered(window) == {"approve", "return"}  # he returned it; he did not edit it


def test_an_officer_is_offered_nothing_on_another_officers_draft(qtbot, disk_app, users):
    case = Workflow(disk_app).create(users["olga"], complete_case()).value
    window = window_for(qtbot, disk_app, users["li"])
    tab = window.open_case(case.case_number)
    assert offered(window) == set()
    assert tab.form.read_only
    assert "only olga" in tab.allowed.reason("edit") and "only olga" in tab.allowed.reason("submit")


def test_an_admin_is_offered_no_case_action(qtbot, disk_app, users):
    case = Workflow(disk_app).create(users["olga"], complete_case()).value
    window = window_for(qtbot, disk_app, users["ada"])
    assert not window.new_action.isEnabled() and not window.import_action.isEnabled()
    tab = window.open_case(case.case_number)
    assert offered(window) == set()
    assert tab.form.read_only
    assert not tab.custody.record_button.isEnabled()
    assert not tab.attachments.add_button.isEnabled()
    assert window.report_action.isEnabled()  # anyone signed in prints (audited)


def test_a_supervisor_who_returned_a_case_is_not_offered_to_resubmit_it(qtbot, disk_app, users, monkeypatch):
    workflow = Workflow(disk_app)
    case = workflow.create(users["olga"], complete_case()).value
    workflow.submit(users["olga"], case.case_number)
    window = window_for(qtbot, disk_app, users["sam"])
    tab = window.open_case(case.case_number)
    monkeypatch.setattr(dialogs_reason, "ask_text", staticmethod(lambda *a, **k: ("Weigh again", True)))
    tab.return_case()
    assert disk_app.get_case(case.case_number).status == "returned"
    assert offered(window) == set()
    officer = window_for(qtbot, disk_app, users["olga"])
    officer.open_case(case.case_number)
    assert offered(officer) == {"save", "submit"}


def test_labels_are_not_offered_for_a_case_without_exhibits_and_the_menu_says_why(qtbot, disk_app, users):
    """Printing labels of a case with no exhibit is refused by the service: the menu no longer offers it."""
    case = Workflow(disk_app).create(users["olga"], Case(location=Location(country="CA"))).value
    window = window_for(qtbot, disk_app, users["olga"])
    window.table.selectRow(0)  # from the case list
    assert window.report_action.isEnabled() and not window.labels_action.isEnabled()
    assert window.labels_action.toolTip() == f"case {case.case_number} has no exhibits: there is no label to print"
    window.open_case(case.case_number)  # and from its tab
    assert window.report_action.isEnabled() and not window.labels_action.isEnabled()
    assert "no exhibits" in window.labels_action.toolTip()


def test_remove_is_offered_only_on_attachments_the_user_may_remove(qtbot, disk_app, users, tmp_path):
    """Olga's attachment: another officer is not offered Remove (and is told why), a supervisor is."""
    from caseapp.services.attachments import Attachments

    case = Workflow(disk_app).create(users["olga"], complete_case()).value
    photo = tmp_path / "scale.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n not really a picture")
    attachment = Attachments(disk_app).add(users["olga"], case.case_number, photo).value
    for login, offered_remove in (("li", False), ("sam", True), ("olga", True)):
        window = window_for(qtbot, disk_app, users[login])
        panel = window.open_case(case.case_number).attachments
        panel.list.setCurrentRow(0)
        assert panel.remove_button.isEnabled() is offered_remove, login
        if not offered_remove:
            assert panel.remove_button.toolTip() == f"only olga or a supervisor removes attachment {attachment.id}"
