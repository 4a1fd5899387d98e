"""What a change says it changed, and how each screen follows: the case list re-reads its rows in place
(selection and scroll kept), the search panel runs its search again, open case tabs reload what changed
unless they made the change, and never over unsaved typing."""

from decimal import Decimal

from caseapp.core.changes import Changes
from caseapp.core.custody import CustodyEvent
from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.gui.models.case_list import PLACE, STATUS
from caseapp.services.custody import Custody
from caseapp.services.workflow import Workflow
from tests.gui.conftest import wait_finished
from tests.gui.test_main_window import complete_case, window_for


def many_cases(app, user, count):
    workflow = Workflow(app)
    return [workflow.create(user, Case(occurred_at=f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:00",
                                       location=Location(country="CA", city=f"Town {i}"),
                                       exhibits=[Exhibit(substance="cocaine", form="powder",
                                                         quantity=Quantity(Decimal("1"), "kg"))])).value.case_number
            for i in range(count)]


def test_a_save_in_a_case_tab_keeps_the_case_lists_selection_and_scroll(qtbot, disk_app, users):
    many_cases(disk_app, users["olga"], 300)
    window = window_for(qtbot, disk_app, users["olga"])
    table, model = window.table, window.model
    while model.canFetchMore():
        model.fetchMore()
    table.scrollToBottom()
    table.selectRow(250)
    table.scrollTo(model.index(250, 0))
    chosen = model.rows[250].case_number
    scroll = table.verticalScrollBar().value()
    assert scroll > 0
    resets = []
    model.modelReset.connect(lambda: resets.append(True))

    tab = window.open_case(chosen)
    tab.form.city.setText("Kelowna")
    assert tab.save()
    window.tabs.setCurrentIndex(0)

    assert resets == []  # the rows were read again in place, not reset
    assert model.rows[table.currentIndex().row()].case_number == chosen
    assert [i.row() for i in table.selectionModel().selectedRows()] == [250]
    assert table.verticalScrollBar().value() == scroll
    assert "Kelowna" in model.data(model.index(250, PLACE))

    tab.submit()
    assert model.data(model.index(250, STATUS)) == "Submitted"
    assert model.rows[table.currentIndex().row()].case_number == chosen


def test_a_new_case_enters_the_list_without_moving_the_selection_to_another_case(qtbot, disk_app, users):
    numbers = many_cases(disk_app, users["olga"], 5)
    window = window_for(qtbot, disk_app, users["olga"])
    window.table.selectRow(2)
    chosen = window.selected_case_number()
    tab = window.new_case()
    tab.form.load(complete_case(19))  # newest: it is listed first
    assert tab.save()
    assert len(window.model.rows) == len(numbers) + 1
    assert window.model.rows[0].case_number == tab.case_number
    assert window.selected_case_number() == chosen  # the row moved down with its case


def search_statuses(qtbot, panel):
    qtbot.waitUntil(lambda: not panel._timer.isActive() and not panel.model.pending and panel.totals is not None,
                    timeout=10000)
    column = panel.model.columns.index("Status")
    return {panel.model.case_number(r): panel.model.data(panel.model.index(r, column))
            for r in range(panel.model.rowCount())}


def test_the_search_panel_shows_a_submit_made_in_a_case_tab(qtbot, disk_app, users):
    case = Workflow(disk_app).create(users["olga"], complete_case()).value
    window = window_for(qtbot, disk_app, users["olga"])
    window.show_search()
    window.search_panel.substance.setText("fentanyl")
    assert search_statuses(qtbot, window.search_panel) == {case.case_number: "Draft"}

    tab = window.open_case(case.case_number)
    tab.submit()
    assert tab.case.status == "submitted"
    window.show_search()
    qtbot.waitUntil(lambda: search_statuses(qtbot, window.search_panel) == {case.case_number: "Submitted"},
                    timeout=10000)


def test_an_import_makes_new_matches_appear_in_the_search_panel(qtbot, disk_app, users, data_dir):
    window = window_for(qtbot, disk_app, users["olga"])
    window.show_search()
    window.search_panel.substance.setText("cocaine")
    assert search_statuses(qtbot, window.search_panel) == {}
    wait_finished(qtbot, window.files.import_file(data_dir / "sample.json"), timeout=20000)
    qtbot.waitUntil(lambda: len(search_statuses(qtbot, window.search_panel)) > 0, timeout=10000)
    assert "cases" in window.counts_label.text() and not window.counts_label.text().startswith("0")


def changed_elsewhere(app, user, number, city):
    """A save made outside this window (another workstation, the command line), then announced."""
    current = app.get_case(number)
    current.location.city = city
    return Workflow(app).update(user, number, current, version=current.version)


def test_an_open_clean_tab_reloads_a_change_made_elsewhere(qtbot, disk_app, users):
    case = Workflow(disk_app).create(users["olga"], complete_case()).value
    window = window_for(qtbot, disk_app, users["olga"])
    tab = window.open_case(case.case_number)
    done = changed_elsewhere(disk_app, users["olga"], case.case_number, "Surrey")
    window.hub.announce(done.changes)
    assert tab.form.city.text() == "Surrey"
    assert tab.case.version == done.value.version and not tab.stored_changed


def test_unsaved_typing_is_never_replaced_by_a_change_made_elsewhere(qtbot, disk_app, users):
    case = Workflow(disk_app).create(users["olga"], complete_case()).value
    window = window_for(qtbot, disk_app, users["olga"])
    tab = window.open_case(case.case_number)
    tab.form.city.setFocus()
    tab.form.city.selectAll()
    qtbot.keyClicks(tab.form.city, "Typed here")
    assert tab.form.is_dirty()
    window.hub.announce(changed_elsewhere(disk_app, users["olga"], case.case_number, "Surrey").changes)
    assert tab.form.city.text() == "Typed here" and tab.form.is_dirty()
    assert tab.stored_changed and "changed meanwhile" in tab.heading.text()
    tab.show_case(disk_app.get_case(case.case_number))  # the user discards: the window closes cleanly


def test_the_tab_that_saved_is_not_reloaded_by_its_own_change(qtbot, disk_app, users):
    case = Workflow(disk_app).create(users["olga"], complete_case()).value
    window = window_for(qtbot, disk_app, users["olga"])
    tab = window.open_case(case.case_number)
    loads = []
    original = tab.show_case
    tab.show_case = lambda shown: (loads.append(shown), original(shown))[1]
    tab.form.city.setText("Delta")
    assert tab.save()
    assert len(loads) == 1  # shown once, from what the save returned; the hub's signal did not load it again


def test_a_custody_event_recorded_elsewhere_shows_in_the_open_tab(qtbot, disk_app, users):
    case = Workflow(disk_app).create(users["olga"], complete_case()).value
    window = window_for(qtbot, disk_app, users["olga"])
    tab = window.open_case(case.case_number)
    tab.form.city.setText("typed, not saved")
    history = tab.history.table.rowCount()
    done = Custody(disk_app).record(users["olga"], case.case_number, "01", CustodyEvent(
        type="seized", at="2026-11-20T11:00", actor="", holder="olga", location="Richmond office"))
    assert done.changes == Changes(custody=frozenset({case.case_number}), audit=True)
    window.hub.announce(done.changes)
    assert tab.custody.event_table.rowCount() == 1
    assert tab.history.table.rowCount() == history + 1
    assert tab.form.city.text() == "typed, not saved"  # the record was not reloaded over the typing
    tab.show_case(disk_app.get_case(case.case_number))


def test_a_step_made_in_the_window_updates_the_counts_once(qtbot, disk_app, users):
    window = window_for(qtbot, disk_app, users["olga"])
    seen = []
    window.hub.changed.connect(lambda changes, initiator: seen.append((changes, initiator)))
    tab = window.new_case()
    tab.form.load(complete_case())
    assert tab.save()
    assert len(seen) == 1 and seen[0][1] is tab and tab.case_number in seen[0][0].cases
    assert "1 case · 1 exhibit" in window.counts_label.text()
    assert window.model.rowCount() == 1
