"""The window's save dialogs never write over the open database or its side files (the same guard as the
command line's --out): the choice is refused with a message and the database is left as it was."""

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication

from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.gui.main_window import MainWindow
from caseapp.services.workflow import Workflow
from tests.conftest import FILE_ONLY
from tests.gui.conftest import wait_finished


@pytest.fixture
def window(qtbot, disk_app, users):
    Workflow(disk_app).create(users["olga"], Case(
        occurred_at="2026-11-20T10:00", location=Location(country="CA", city="Richmond"),
        exhibits=[Exhibit(substance="fentanyl", form="powder", quantity=Quantity(Decimal("12.5"), "g"))]))
    main = MainWindow(disk_app, users["olga"])
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main or main.isVisible())
    main.table.selectRow(0)
    return main


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
@pytest.mark.parametrize("action", ["export json", "export csv", "results csv", "report", "labels", "summary"])
@FILE_ONLY
def test_a_save_dialog_choosing_the_database_is_refused(qtbot, window, disk_app, dialogs, action,
                                                       suffix):
    target = disk_app.path.with_name(disk_app.path.name + suffix)
    before = (disk_app.counts(), len(disk_app._audit.entries()))
    start = {"export json": lambda: window.files.export_file(target, "json"),
             "export csv": lambda: window.files.export_file(target, "csv"),
             "results csv": lambda: window.printing.export_results(target),
             "report": lambda: window.printing.print_case("report", target),
             "labels": lambda: window.printing.print_case("labels", target),
             "summary": lambda: window.printing.summary_dialog(target)}[action]
    wait_finished(qtbot, start(), timeout=30000)
    qtbot.waitUntil(lambda: any("nothing was written" in t for t in dialogs.texts("warning")))
    assert (disk_app.counts(), len(disk_app._audit.entries())) == before
    assert disk_app.verify().ok


def test_the_window_proposes_a_sanitised_report_name(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window.settings.setValue("last_folder", str(tmp_path))
    proposed = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, title, name, *rest: (proposed.append(name), ("", ""))[1]))
    monkeypatch.setattr(window, "selected_case_number", lambda: "../../x")
    monkeypatch.setattr(window, "current_case_tab", lambda: None)
    from caseapp.gui import printing
    from caseapp.gui.dialogs.print_options import PrintOptions

    monkeypatch.setattr(printing, "ask_print_options", lambda *args, **kwargs: PrintOptions("en"))  # the language
    for kind in ("report", "labels"):
        window.printing.print_case(kind)
    assert proposed == [f"{tmp_path}/_.._x-report.pdf", f"{tmp_path}/_.._x-labels.pdf"]
