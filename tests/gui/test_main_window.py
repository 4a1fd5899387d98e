"""The main window: opening cases from the list, several tabs, the workflow from a case tab, long tasks
off the GUI thread, settings kept between sessions."""

import json
from decimal import Decimal

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.gui.case_tab import CaseTab
from caseapp.gui.dialogs import reason as dialogs_reason
from caseapp.gui.main_window import MainWindow
from caseapp.services.workflow import Workflow
from tests.conftest import FILE_ONLY
from tests.gui.conftest import wait_finished


def window_for(qtbot, app, user):
    window = MainWindow(app, user)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def complete_case(day=20):
    return Case(occurred_at=f"2026-11-{day:02d}T10:00", location=Location(country="CA", city="Richmond"),
                exhibits=[Exhibit(substance="fentanyl", form="powder", quantity=Quantity(Decimal("12.5"), "g"))])


def test_enter_opens_the_selected_case_in_its_own_tab_once(qtbot, disk_app, users):
    workflow = Workflow(disk_app)
    first = workflow.create(users["olga"], complete_case(20)).value
    second = workflow.create(users["olga"], complete_case(21)).value
    window = window_for(qtbot, disk_app, users["olga"])
    assert "2 cases · 2 exhibits" in window.counts_label.text()
    assert window.path_label.text() == disk_app.describe()
    window.table.setFocus()
    window.table.selectRow(0)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert window.current_case_tab().case_number == second.case_number  # newest first
    window.tabs.setCurrentIndex(0)
    window.table.selectRow(1)
    window.open_selected()
    assert window.current_case_tab().case_number == first.case_number
    window.open_case(second.case_number)
    assert len(window.case_tabs()) == 2  # already open: focused, not opened twice


def test_the_list_sorts_and_filters_in_sql(qtbot, disk_app, users):
    workflow = Workflow(disk_app)
    for day in (3, 1, 2):
        workflow.create(users["olga"], complete_case(day))
    window = window_for(qtbot, disk_app, users["olga"])
    header = window.table.horizontalHeader()
    header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    assert [window.model.rows[r].occurred_at for r in range(3)] == [
        "2026-11-01T10:00", "2026-11-02T10:00", "2026-11-03T10:00"]
    header.setSortIndicator(3, Qt.SortOrder.AscendingOrder)  # substances: not sortable, indicator restored
    assert header.sortIndicatorSection() == 1 and window.model.query.sort == "occurred_at"
    qtbot.keyClicks(window.filter, "TEST-2026-000002")
    window._apply_filter()
    assert [r.case_number for r in window.model.rows] == ["TEST-2026-000002"]
    assert window.shown_label.text() == "1 matching"


def test_officer_submits_and_a_supervisor_approves_from_the_case_tab(qtbot, disk_app, users, dialogs, monkeypatch):
    case = Workflow(disk_app).create(users["olga"], complete_case()).value
    officer = window_for(qtbot, disk_app, users["olga"])
    tab = officer.open_case(case.case_number)
    assert tab.submit_button.isVisible() and officer.submit_action.isEnabled()
    assert not tab.approve_button.isVisible()
    tab.submit()
    assert disk_app.get_case(case.case_number).status == "submitted"
    assert tab.form.read_only and not tab.save_button.isVisible()

    supervisor = window_for(qtbot, disk_app, users["sam"])
    review = supervisor.open_case(case.case_number)
    assert review.approve_button.isVisible() and review.return_button.isVisible()
    monkeypatch.setattr(dialogs_reason, "ask_text",
                        staticmethod(lambda *a, **k: ("Weigh exhibit 01 again", True)))
    review.return_case()
    assert disk_app.get_case(case.case_number).status == "returned"
    tab.reload()
    assert not tab.form.read_only  # back with its officer
    tab.submit()
    review.reload()
    dialogs.answer = dialogs.answer.Yes
    review.approve()
    stored = disk_app.get_case(case.case_number)
    assert (stored.status, stored.approved_by) == ("approved", "sam")


def test_the_workflow_refusal_is_a_message_and_changes_nothing(qtbot, disk_app, users, dialogs):
    case = Workflow(disk_app).create(users["olga"], Case(location=Location(country="CA"))).value  # incomplete
    window = window_for(qtbot, disk_app, users["olga"])
    tab = window.open_case(case.case_number)
    tab.submit()
    assert any("not complete" in text for text in dialogs.texts("warning"))
    assert disk_app.get_case(case.case_number).status == "draft"


def test_a_case_changed_elsewhere_is_not_overwritten(qtbot, disk_app, users, dialogs):
    case = Workflow(disk_app).create(users["olga"], complete_case()).value
    window = window_for(qtbot, disk_app, users["olga"])
    tab = window.open_case(case.case_number)
    changed = disk_app.get_case(case.case_number)
    changed.narrative = "changed on another workstation"
    Workflow(disk_app).update(users["olga"], case.case_number, changed, version=changed.version)
    tab.form.narrative.setPlainText("my change")
    assert not tab.save()
    assert any("changed since it was opened" in t for t in dialogs.texts("warning"))
    assert disk_app.get_case(case.case_number).narrative == "changed on another workstation"
    assert tab.form.narrative.toPlainText() == "my change"  # nothing typed is lost


def test_an_admin_cannot_record_cases(qtbot, disk_app, users):
    window = window_for(qtbot, disk_app, users["ada"])
    assert not window.new_action.isEnabled() and not window.import_action.isEnabled()
    assert window.new_case() is None


def test_import_runs_off_the_gui_thread_and_refreshes(qtbot, disk_app, users, data_dir, dialogs):
    window = window_for(qtbot, disk_app, users["olga"])
    task = window.files.import_file(data_dir / "sample.json")
    wait_finished(qtbot, task, timeout=20000)
    qtbot.waitUntil(lambda: bool(dialogs.shown))
    assert any("imported" in t for t in dialogs.texts("information")), dialogs.shown
    assert window.model.rowCount() == disk_app.counts()[0] > 0


def test_the_import_message_counts_the_warnings_by_kind(qtbot, disk_app, users, data_dir, dialogs):
    window = window_for(qtbot, disk_app, users["olga"])
    wait_finished(qtbot, window.files.import_file(data_dir / "ids_kept_as_entered.csv"), timeout=20000)
    qtbot.waitUntil(lambda: bool(dialogs.shown))
    assert any("3 warnings (1 unknown substance, 1 zero amount, 1 amount without unit)" in t
               for t in dialogs.texts("information")), dialogs.shown


def test_a_bad_import_writes_nothing_and_says_why(qtbot, disk_app, users, tmp_path, dialogs):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"cases": [{"occurred_at": "2099-01-01", "location": {"country": "CA"}}]}))
    window = window_for(qtbot, disk_app, users["olga"])
    task = window.files.import_file(bad)
    wait_finished(qtbot, task, timeout=20000)
    qtbot.waitUntil(lambda: bool(dialogs.texts("box")))
    assert "nothing was written" in dialogs.texts("box")[0]
    assert disk_app.counts() == (0, 0)


def test_export_and_verify_run_off_the_gui_thread(qtbot, disk_app, users, tmp_path, dialogs):
    Workflow(disk_app).create(users["olga"], complete_case())
    window = window_for(qtbot, disk_app, users["olga"])
    out = tmp_path / "out.json"
    wait_finished(qtbot, window.files.export_file(out, "json"), timeout=20000)
    assert len(json.loads(out.read_text())["cases"]) == 1
    wait_finished(qtbot, window.files.verify(), timeout=20000)
    qtbot.waitUntil(lambda: any("Intact" in t for t in dialogs.texts("information")))


def test_window_geometry_and_columns_are_kept(qtbot, disk_app, users):
    window = window_for(qtbot, disk_app, users["olga"])
    window.resize(780, 560)  # within the offscreen screen (800 x 600), above the minimum
    window.table.setColumnWidth(2, 321)
    window.close()
    assert QSettings().value("main/geometry") is not None
    again = window_for(qtbot, disk_app, users["olga"])
    assert again.table.columnWidth(2) == 321
    assert (again.width(), again.height()) == (780, 560)


def test_a_new_case_tab_starts_with_an_empty_date(qtbot, disk_app, users):
    window = window_for(qtbot, disk_app, users["olga"])
    tab = window.new_case()
    assert isinstance(tab, CaseTab) and tab.form.occurred.text() == ""
    assert window.tabs.tabText(window.tabs.currentIndex()) == "New case"


@FILE_ONLY
def test_closing_the_window_backs_up_what_changed_since_the_last_backup(qtbot, disk_app, users,
                                                                          monkeypatch, tmp_path):
    monkeypatch.setenv("CASEAPP_BACKUP_DIR", str(tmp_path / "auto"))
    window_for(qtbot, disk_app, users["ada"]).close()  # an admin closes an empty window first
    Workflow(disk_app).create(users["olga"], complete_case())
    window_for(qtbot, disk_app, users["olga"]).close()  # the officer's case is in the next backup
    window_for(qtbot, disk_app, users["olga"]).close()  # nothing changed since: no backup
    made = sorted((tmp_path / "auto").glob("caseapp-auto-*.sqlite3"))
    assert [p.name for p in made] == ["caseapp-auto-2026-11-25-120000-2.sqlite3",
                                      "caseapp-auto-2026-11-25-120000.sqlite3"]
    assert all((tmp_path / "auto" / (p.name + ".json")).exists() for p in made)
    newest = json.loads((tmp_path / "auto" / (made[0].name + ".json")).read_text())
    assert newest["cases"] == 1


@FILE_ONLY
def test_backup_from_the_window_and_restore_by_an_admin(qtbot, disk_app, users, tmp_path, dialogs):
    Workflow(disk_app).create(users["olga"], complete_case())
    window = window_for(qtbot, disk_app, users["olga"])
    assert not window.restore_action.isEnabled()  # an officer cannot restore
    wait_finished(qtbot, window.files.backup_to(tmp_path / "copy.sqlite3"), timeout=20000)
    qtbot.waitUntil(lambda: any("Backed up" in t for t in dialogs.texts("information")))
    Workflow(disk_app).create(users["olga"], complete_case(21))  # after the backup
    admin = window_for(qtbot, disk_app, users["ada"])
    wait_finished(qtbot, admin.files.restore_from(tmp_path / "copy.sqlite3"), timeout=30000)
    qtbot.waitUntil(lambda: any("Restored" in t for t in dialogs.texts("information")))
    assert admin.restored
    from caseapp.services.app import CaseApp

    restored = CaseApp.open(disk_app.path)
    try:
        assert restored.counts()[0] == 1
    finally:
        restored.close()


@FILE_ONLY
def test_a_refused_restore_changes_nothing(qtbot, disk_app, users, tmp_path, dialogs):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database" * 50)
    admin = window_for(qtbot, disk_app, users["ada"])
    wait_finished(qtbot, admin.files.restore_from(bad), timeout=20000)
    qtbot.waitUntil(lambda: any("Not restored" in t for t in dialogs.texts("warning")))
    assert not admin.restored and disk_app.counts() == (0, 0)


@FILE_ONLY
def test_a_restore_without_a_record_is_asked_about_and_goes_ahead_only_on_yes(qtbot, disk_app, users,
                                                                              tmp_path, dialogs):
    from PySide6.QtWidgets import QMessageBox

    from caseapp.services.backup import backup, sidecar_of

    Workflow(disk_app).create(users["olga"], complete_case())
    backup(disk_app, tmp_path / "copy.sqlite3", actor="ada")
    sidecar_of(tmp_path / "copy.sqlite3").unlink()
    Workflow(disk_app).create(users["olga"], complete_case(21))
    admin = window_for(qtbot, disk_app, users["ada"])
    dialogs.answer = QMessageBox.StandardButton.No
    with qtbot.waitSignal(admin.files.restore_from(tmp_path / "copy.sqlite3").finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: any("Not restored" in t for t in dialogs.texts("warning")))
    question = dialogs.texts("question")[-1]
    assert "copy.sqlite3.json is missing" in question and "--without-record" not in question
    assert not admin.restored and disk_app.counts()[0] == 2
    dialogs.answer = QMessageBox.StandardButton.Yes
    admin.files.restore_from(tmp_path / "copy.sqlite3")
    qtbot.waitUntil(lambda: any("Restored" in t for t in dialogs.texts("information")), timeout=30000)
    assert admin.restored
    from caseapp.services.app import CaseApp

    restored = CaseApp.open(disk_app.path)
    try:
        assert restored.counts()[0] == 1
    finally:
        restored.close()


def test_the_case_report_and_labels_are_written_and_shown(qtbot, disk_app, users, tmp_path, opened_urls):
    case = Workflow(disk_app).create(users["olga"], complete_case()).value
    window = window_for(qtbot, disk_app, users["olga"])
    window.open_case(case.case_number)
    assert window.report_action.isEnabled() and window.labels_action.isEnabled()
    for kind in ("report", "labels"):
        path = tmp_path / f"{kind}.pdf"
        wait_finished(qtbot, window.printing.print_case(kind, path), timeout=30000)
        qtbot.waitUntil(lambda p=path: str(p) in opened_urls)
        assert path.read_bytes().startswith(b"%PDF")
    prints = [e for e in disk_app._audit.entries("case", case.case_number) if e.action == "print"]
    assert [e.detail["report"] for e in prints] == ["case", "labels"]


def test_a_long_case_number_is_never_cut_in_the_case_list(qtbot, disk_app, users, tmp_path):
    from caseapp.services.transfer import import_file

    number = "CANADABORDERSERVICES-2026-000001"
    case = {"case_number": number, "occurred_at": "2026-11-20", "location": {"country": "CA"},
            "exhibits": [{"substance": "fentanyl", "quantity": "1", "unit": "g"}]}
    path = tmp_path / "long.json"
    path.write_text(json.dumps({"format": "caseapp-cases", "version": 1, "cases": [case]}), encoding="utf-8")
    assert import_file(disk_app, path, actor="olga").value.committed
    window = MainWindow(disk_app, users["olga"])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    metrics = window.table.fontMetrics()
    assert window.table.columnWidth(0) > metrics.horizontalAdvance(number)


def test_the_case_tab_shows_an_imported_files_claims_as_the_files_word(qtbot, disk_app, users, tmp_path):
    from caseapp.services.transfer import import_file

    forged = {"case_number": "X-2024-000009", "occurred_at": "2024-03-05", "location": {"country": "CA"},
              "exhibits": [{"substance": "cocaine", "quantity": "1", "unit": "kg"}], "status": "approved",
              "created_by": "li", "approved_by": "sam<b>", "approved_at": "2024-03-06T09:00:00Z"}
    path = tmp_path / "forged.json"
    path.write_text(json.dumps({"cases": [forged]}), encoding="utf-8")
    assert import_file(disk_app, path, actor="sam").value.committed
    window = window_for(qtbot, disk_app, users["sam"])
    window.open_case("X-2024-000009")
    heading = window.current_case_tab().heading.text()
    assert "Approved<span style='color:gray'> — approved when imported; a change is an amendment" in heading
    assert "per the imported file: created by li; approved by sam&lt;b&gt; 2024-03-06T09:00:00Z" in heading


def test_a_supervisor_is_not_offered_to_resubmit_or_approve_a_case_he_returned(qtbot, disk_app, users, dialogs,
                                                                               monkeypatch):
    """Sam returns a case: his tab then offers no Submit (Alt+B), and the service agrees; after the officer
    resubmits, he reviews it again."""
    workflow = Workflow(disk_app)
    case = workflow.create(users["olga"], complete_case()).value
    workflow.submit(users["olga"], case.case_number)
    window = window_for(qtbot, disk_app, users["sam"])
    review = window.open_case(case.case_number)
    monkeypatch.setattr(dialogs_reason, "ask_text", staticmethod(lambda *a, **k: ("Weigh again", True)))
    review.return_case()
    assert disk_app.get_case(case.case_number).status == "returned"
    assert not review.submit_button.isVisible() and not window.submit_action.isEnabled()
    assert not review.approve_button.isVisible() and not window.approve_action.isEnabled()
    qtbot.keyClick(review, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert disk_app.get_case(case.case_number).status == "returned"
    workflow.submit(users["olga"], case.case_number)
    review.reload()
    assert review.approve_button.isVisible() and review.return_button.isVisible()


def test_a_supervisor_who_submitted_a_case_is_offered_return_but_not_approve(qtbot, disk_app, users):
    workflow = Workflow(disk_app)
    case = workflow.create(users["olga"], complete_case()).value
    window = window_for(qtbot, disk_app, users["sam"])
    tab = window.open_case(case.case_number)
    assert tab.submit_button.isVisible()
    dialogs_answer = tab.workflow.submit(users["sam"], case.case_number).value
    tab.show_case(dialogs_answer)
    assert not tab.approve_button.isVisible() and tab.return_button.isVisible()


def test_restore_says_why_it_is_not_offered_on_a_server(backend, qtbot, disk_app, users, dialogs):
    admin = window_for(qtbot, disk_app, users["ada"])
    if backend == "sqlite":
        assert admin.restore_action.isEnabled()
        return
    assert not admin.restore_action.isEnabled()  # a server database has no file to replace
    assert "migrate --to" in admin.restore_action.statusTip()
    admin.files.restore_dialog()  # asked for anyway (a shortcut): a message, not silence
    assert any("migrate --to" in t for t in dialogs.texts("information"))
