"""The search panel: results as typed off the GUI thread, the same rows as the command line, totals,
grouping, paging, sorting, copy, saved searches, export; odd input is a message, never a traceback."""

import io
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from caseapp.cli import main as cli_main
from caseapp.gui.main_window import MainWindow
from caseapp.gui.widgets.search_panel import SearchPanel
from caseapp.services.transfer import import_file
from caseapp.store.contract import SearchQuery
from tests.gui.conftest import wait_finished


@pytest.fixture
def loaded(disk_app, data_dir):
    assert import_file(disk_app, data_dir / "sample_ids.csv", actor="tester").value.committed
    assert import_file(disk_app, data_dir / "sample.json", actor="tester").value.committed
    return disk_app


@pytest.fixture
def panel(qtbot, loaded):
    widget = SearchPanel(loaded, page_size=3)
    qtbot.addWidget(widget)
    yield widget
    widget.stop()


def settle(qtbot, panel):
    """Wait for the debounce, the first page and the totals."""
    qtbot.waitUntil(lambda: not panel._timer.isActive() and not panel.model.pending and panel.totals is not None
                    or panel.message.text().startswith(("From", "To", "kg", "'")), timeout=5000)


def all_rows(qtbot, panel):
    while panel.model.canFetchMore():
        panel.model.fetchMore()
        qtbot.waitUntil(lambda: not panel.model.pending, timeout=5000)
    return [(r.case_number, r.exhibit_number) for r in panel.model.rows]


def cli_rows(db, *args):
    out = io.StringIO()
    assert cli_main(["--db", str(db), "search", *args, "--format", "json", "--limit", "1000"], out=out,
                    err=io.StringIO()) == 0
    return [(r["case_number"], r["exhibit"]) for r in json.loads(out.getvalue())]


def test_results_come_as_typed_with_totals(qtbot, panel):
    qtbot.keyClicks(panel.substance, "fentanyl")
    settle(qtbot, panel)
    assert panel.query == SearchQuery(substance="fentanyl", analogues=True, limit=3)
    assert panel.model.rowCount() == 3  # the first page; more as the view scrolls
    assert "5</b> exhibits" in panel.totals_label.text() and "4</b> seizures" in panel.totals_label.text()
    assert len(all_rows(qtbot, panel)) == 5


@pytest.mark.parametrize("fill,cli_args", [
    ({"substance": "fentanyl"}, ["fentanyl", "--analogues"]),
    ({"substance": "carfentanil", "match_on": "confirmed"}, ["carfentanil", "--analogues", "--match", "confirmed"]),
    ({"origin": "China", "transport": "Mail"}, ["--origin", "CN", "--transport", "mail"]),
    ({"officer": "tremblay", "hazard": True}, ["--officer", "tremblay", "--hazard"]),
    ({"text": "ink bottles"}, ["--text", "ink bottles"]),
    ({"kg_min": "0.1", "order": "largest"}, ["--min-kg", "0.1", "--order", "largest"]),
    ({"date_from": "2016-01-01", "date_to": "2016-12-31", "group": "opioids"},
     ["--group", "opioids", "--from", "2016-01-01", "--to", "2016-12-31"]),
    ({"schedule_filter": "I"}, ["--schedule", "I"]),
    ({"schedule_filter": "IX", "origin": "China"}, ["--schedule", "ix", "--origin", "CN"]),
])
def test_the_panel_and_the_command_line_give_the_same_rows(qtbot, panel, loaded, fill, cli_args):
    for name, value in fill.items():
        widget = getattr(panel, name)
        if name in ("match_on", "order", "group", "schedule_filter"):
            widget.setCurrentIndex(widget.findData(value))
        elif name == "hazard":
            widget.setChecked(value)
        elif name in ("transport",):
            widget.setEditText(value)
        else:
            qtbot.keyClicks(widget, value)
    panel.run()
    settle(qtbot, panel)
    expected = cli_rows(loaded.location, *cli_args)
    assert expected and all_rows(qtbot, panel) == expected


def test_grouped_per_case(qtbot, panel):
    panel.origin.setText("China")
    panel.grouped.setChecked(True)
    settle(qtbot, panel)
    assert [r.case_number for r in panel.model.rows] == ["CBSA-2024-000101", "TEST-2026-000002", "TEST-2026-000001"]
    assert panel.model.columns[2] == "Substances"


@pytest.mark.parametrize("field,text,message", [
    ("date_from", "yesterday", "not a date"),
    ("kg_min", "1,000", "thousands separators"),
    ("kg_min", "-5", "0 or more"),
])
def test_bad_filters_are_a_message_and_no_search(qtbot, panel, field, text, message):
    qtbot.keyClicks(getattr(panel, field), text)
    panel.run()
    assert message in panel.message.text() and panel.message.isVisibleTo(panel)
    assert panel.model.rowCount() == 0 and panel.query is None


@pytest.mark.parametrize("text", ['"', "NEAR(", "';--", "***", "   ", "zzzzqqq"])
def test_odd_text_shows_no_results_not_a_traceback(qtbot, panel, text):
    panel.text.setText(text)
    panel.run()
    settle(qtbot, panel)
    shown = panel.message.text()
    assert shown == "" or shown.startswith("No results"), shown
    if text == "zzzzqqq":
        assert shown.startswith("No results")


def test_date_header_toggles_oldest_first(qtbot, panel):
    panel.substance.setText("cocaine")
    panel.run()
    settle(qtbot, panel)
    newest = all_rows(qtbot, panel)
    panel.table.horizontalHeader().sectionClicked.emit(2)  # Date
    settle(qtbot, panel)
    assert panel.order.currentData() == "oldest"
    assert all_rows(qtbot, panel) == list(reversed(newest))


def test_double_click_opens_the_case_and_copy_puts_rows_on_the_clipboard(qtbot, panel):
    panel.substance.setText("carfentanil")
    panel.run()
    settle(qtbot, panel)
    with qtbot.waitSignal(panel.open_case) as opened:
        panel.table.doubleClicked.emit(panel.model.index(0, 0))
    assert opened.args == ["CBSA-2024-000101"]
    text = panel.copy()
    assert text.splitlines()[0].startswith("Case\tEx.\tDate")
    assert "CBSA-2024-000101\t01" in text
    assert QApplication.clipboard().text() == text


def test_saved_searches_run_again(qtbot, panel):
    panel.substance.setText("heroin")
    panel.origin.setText("Afghanistan")
    panel.save_search("Afghan heroin")
    panel.clear()
    settle(qtbot, panel)
    assert panel.substance.text() == ""
    panel.run_saved("Afghan heroin")
    settle(qtbot, panel)
    assert panel.substance.text() == "heroin" and panel.origin.value() == "AF"
    assert all_rows(qtbot, panel) == [("TEST-2026-000010", "01")]
    panel.delete_search("Afghan heroin")
    assert "Afghan heroin" not in panel.saved()


def test_a_saved_search_keeps_its_schedule(qtbot, panel):
    panel.schedule_filter.setCurrentIndex(panel.schedule_filter.findData("IX"))
    panel.save_search("presses")
    assert panel.saved()["presses"]["schedule"] == "IX"
    panel.clear()
    settle(qtbot, panel)
    assert panel.schedule_filter.currentData() is None
    panel.run_saved("presses")
    settle(qtbot, panel)
    assert panel.schedule_filter.currentData() == "IX" and panel.query.schedule == "IX"
    assert all_rows(qtbot, panel) == cli_rows(panel.app.location, "--schedule", "IX") != []


def test_ctrl_f_opens_the_panel_and_results_export_to_csv(qtbot, loaded, users, tmp_path):
    window = MainWindow(loaded, users["olga"])
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.search_panel
    window.search_panel.substance.setText("cocaine")
    out = tmp_path / "results.csv"
    wait_finished(qtbot, window.printing.export_results(out), timeout=10000)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("case_number,exhibit,occurred_at") and len(lines) == 1 + 3
    entry = loaded._audit.entries("search", "results.csv")[-1]
    assert (entry.action, entry.actor, entry.detail["rows"]) == ("export", "olga", 3)


def test_the_summary_of_the_results_is_written_and_shown(qtbot, loaded, users, tmp_path, opened_urls):
    window = MainWindow(loaded, users["sam"])
    qtbot.addWidget(window)
    window.search_panel.substance.setText("fentanyl")
    path = tmp_path / "summary.pdf"
    wait_finished(qtbot, window.printing.summary_dialog(path), timeout=30000)
    qtbot.waitUntil(lambda: str(path) in opened_urls)
    assert path.read_bytes().startswith(b"%PDF")
    entry = loaded._audit.entries("search", "summary")[-1]
    assert entry.action == "print" and entry.detail["query"]["substance"] == "fentanyl"
