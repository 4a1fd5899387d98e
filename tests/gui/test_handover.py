"""Case > Hand-over package… and File > Import hand-over package… in the window (offscreen, both back ends):
the package is written, checks intact, and a second agency's window imports it with a received event per
exhibit; a changed package is refused with the change named and nothing imported."""

from __future__ import annotations

import os
import zipfile
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit

from caseapp.core.custody import CustodyEvent
from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.gui import handover
from caseapp.gui.dialogs.print_options import PrintOptions
from caseapp.gui.main_window import MainWindow
from caseapp.io.bundle import check_bundle
from caseapp.services.auth import Accounts
from caseapp.services.custody import Custody
from caseapp.services.workflow import Workflow
from tests.conftest import PASSWORD
from tests.gui.conftest import wait_finished


def shot(widget, folder: Path, name: str) -> None:
    """A screenshot to look at: in CASEAPP_SHOTS when set, else beside the test's files."""
    target = Path(os.environ.get("CASEAPP_SHOTS") or folder)
    target.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(target / name))


def window_for(qtbot, app, user) -> MainWindow:
    window = MainWindow(app, user)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def a_case(app, user) -> str:
    case = Workflow(app).create(user, Case(
        occurred_at="2026-11-20T10:00", location=Location(country="CA", city="Richmond"),
        exhibits=[Exhibit(substance="fentanyl", form="powder", quantity=Quantity(Decimal("12.5"), "g")),
                  Exhibit(substance="cocaine", form="powder", quantity=Quantity(Decimal("1"), "kg"))])).value
    return case.case_number


def receiving_agency(open_app, folder: Path):
    app = open_app(folder / "rcmp.sqlite3")
    app.initialise(agency_code="RCMP", timezone="UTC", actor="setup")
    accounts = Accounts(app)
    admin = accounts.create_first_admin("rcmp_boss", PASSWORD).value
    accounts.add_user(admin, "cst_roy", PASSWORD, role="officer", display_name="Cst Claire Roy")
    return app, accounts.authenticate("cst_roy", PASSWORD)


def settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.tasks, timeout=30000)
    qtbot.wait(50)


def make_package(qtbot, window, path: Path, monkeypatch) -> None:
    monkeypatch.setattr(handover, "ask_print_options", lambda *args, **kwargs: PrintOptions("fr"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(path), "")))
    assert window.handover_action.isEnabled()
    window.handover_action.trigger()
    settle(qtbot, window)


def test_a_package_made_from_the_case_menu_is_imported_by_another_agency(qtbot, disk_app, users, open_app,
                                                                         tmp_path, monkeypatch, dialogs):
    number = a_case(disk_app, users["olga"])
    disk_app.service(Custody).record(users["olga"], number, "01", CustodyEvent(
        type="seized", at="2026-11-20T10:05", actor="", holder="Olga", location="Mail centre"))
    sender = window_for(qtbot, disk_app, users["olga"])
    sender.open_case(number)
    package = tmp_path / "out" / "handover"
    package.parent.mkdir()
    make_package(qtbot, sender, package, monkeypatch)
    made = package.with_suffix(".zip")
    check = check_bundle(made)
    assert check.case_number == number and check.agency == "TEST" and check.signed_by
    assert any(e.action == "bundle" for e in disk_app._audit.entries("case", number))

    rcmp, roy = receiving_agency(open_app, tmp_path)
    receiver = window_for(qtbot, rcmp, roy)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(made), "")))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *args, **kwargs: ("VAULT-A.3", True)))
    assert receiver.import_handover_action.isEnabled()
    receiver.import_handover_action.trigger()
    settle(qtbot, receiver)
    assert any(f"Case {number} from TEST: 2 exhibits received, 3 custody events, 0 attachments" in text
               for text in dialogs.texts("information")), dialogs.shown
    tab = receiver.current_case_tab()
    assert tab is not None and tab.case_number == number
    events, state = rcmp.service(Custody).history(number, "01")
    assert [e.type for e in events] == ["seized", "received"]
    assert (state.holder, state.location) == ("Cst Claire Roy", "VAULT-A.3")
    assert rcmp.verify().ok
    tab.tabs.setCurrentIndex(1)
    qtbot.wait(100)
    shot(receiver, tmp_path, "handover-received.png")


def test_a_changed_package_is_refused_in_the_window(qtbot, disk_app, users, open_app, tmp_path, monkeypatch,
                                                    dialogs):
    number = a_case(disk_app, users["olga"])
    made = tmp_path / "handover.zip"
    wait_finished(qtbot, window_for(qtbot, disk_app, users["olga"]).handover.make(number, made))
    changed = tmp_path / "changed.zip"
    with zipfile.ZipFile(made) as old, zipfile.ZipFile(changed, "w") as new:
        for info in old.infolist():
            new.writestr(info.filename, old.read(info) + (b" " if info.filename == "case.json" else b""))
    rcmp, roy = receiving_agency(open_app, tmp_path)
    receiver = window_for(qtbot, rcmp, roy)
    before = (rcmp.counts(), len(rcmp._audit.entries()))
    wait_finished(qtbot, receiver.handover.import_package(changed))
    qtbot.waitUntil(lambda: any("case.json was altered" in t for t in dialogs.texts("warning")))
    assert (rcmp.counts(), len(rcmp._audit.entries())) == before


def test_the_location_question_reads_whole(qtbot, tmp_path):
    dialog = QInputDialog()
    qtbot.addWidget(dialog)
    dialog.setWindowTitle(handover.translate("Handover", "Import a hand-over package"))
    dialog.setLabelText(handover.translate(
        "Handover", "Where are the exhibits put on receipt? (a location code; may be left empty)"))
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "location code" in dialog.labelText()
    shot(dialog, tmp_path, "handover-location.png")
