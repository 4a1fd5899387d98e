"""The audit view of a case walked through the workflow, with custody of its exhibits."""

from __future__ import annotations

from decimal import Decimal

import pytest

from caseapp.core.custody import CustodyEvent
from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.gui.widgets.audit_view import AuditView
from caseapp.services.custody import Custody
from caseapp.services.workflow import Workflow


def complete_case() -> Case:
    return Case(occurred_at="2026-11-20T10:00", location=Location(country="CA"),
                exhibits=[Exhibit(substance="cocaine", quantity=Quantity(Decimal("12"), "g"))])


@pytest.fixture
def walked(disk_app, users) -> str:
    """A case created and submitted by olga, returned then approved by sam, with one custody event."""
    workflow = Workflow(disk_app)
    number = workflow.create(users["olga"], complete_case()).value.case_number
    Custody(disk_app).record(users["olga"], number, "01", CustodyEvent(
        "seized", "2026-11-20T10:05", "", holder="olga", location="Mail centre"))
    workflow.submit(users["olga"], number)
    workflow.return_case(users["sam"], number, "the narrative is missing")
    changed = disk_app.get_case(number)
    changed.narrative = "Parcel opened at the mail centre"
    workflow.update(users["olga"], number, changed)
    workflow.submit(users["olga"], number)
    workflow.approve(users["sam"], number)
    return number


@pytest.fixture
def view(qtbot, disk_app) -> AuditView:
    widget = AuditView(disk_app)
    qtbot.addWidget(widget)
    widget.resize(900, 360)
    return widget


def column(view: AuditView, index: int) -> list[str]:
    return [view.table.item(row, index).text() for row in range(view.table.rowCount())]


def test_the_case_history_reads_in_words(view, walked):
    view.show_case(walked)
    assert column(view, 2) == ["created", "custody: seized", "submitted", "returned", "updated", "submitted",
                               "approved"]
    assert column(view, 1) == ["olga", "olga", "olga", "sam", "olga", "olga", "sam"]
    summaries = column(view, 3)
    assert summaries[0] == "1 exhibit"
    assert summaries[1] == "exhibit 01 event #1: held by olga at Mail centre"
    assert summaries[2] == "draft → submitted"
    assert summaries[3] == "reason: the narrative is missing; submitted → returned"
    assert summaries[4] == "narrative: (empty) → Parcel opened at the mail c…"
    assert summaries[6] == "submitted → approved"
    assert not view.table.editTriggers()  # read-only


def test_times_are_in_the_agency_zone_and_the_detail_is_in_the_tooltip(view, disk_app, walked, users):
    from caseapp.services.settings import update_agency_settings

    view.show_case(walked)
    assert view.table.horizontalHeaderItem(0).text() == "When (UTC)"
    assert column(view, 0)[0] == "2026-11-25 12:00"
    update_agency_settings(disk_app, users["ada"], timezone="Asia/Kolkata")  # UTC+05:30
    view.show_case(walked)
    assert view.table.horizontalHeaderItem(0).text() == "When (Asia/Kolkata)"
    assert column(view, 0)[0] == "2026-11-25 17:30"
    tooltip = view.table.item(3, 3).toolTip()
    assert "2026-11-25T12:00:00Z" in tooltip and '"reason": "the narrative is missing"' in tooltip


def test_the_selected_entry_shows_its_chain_hash(view, disk_app, walked):
    view.show_case(walked)
    entries = view.case_entries(walked)
    assert view.selected_entry() == entries[-1]
    assert entries[-1].hash[:16] in view.hash_label.text()
    view.table.selectRow(0)
    assert entries[0].hash[:16] in view.hash_label.text()
    assert disk_app._audit.has_hash(entries[0].hash)


def test_no_case_and_a_case_without_entries(view):
    view.show_case(None)
    assert view.table.rowCount() == 0 and view.empty_label.text() == "Save the case to start its audit trail."
    view.show_case("TEST-NO-SUCH-CASE")
    assert view.table.rowCount() == 0 and "No audit entries" in view.empty_label.text()
