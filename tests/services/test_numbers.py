"""External numbers through the service, on both back ends: added, found by a folded key, refused with a clear
message and nothing written, removed with a reason (never deleted), audited, and caught when changed by hand."""

from decimal import Decimal

import pytest

from caseapp.core.errors import CaseAppError
from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.services.auth import PermissionDenied
from caseapp.services.numbers import ExternalNumbers
from caseapp.services.workflow import Workflow


@pytest.fixture
def case_number(fresh_app, users):
    return Workflow(fresh_app).create(users["olga"], Case(
        occurred_at="2026-11-20T10:00", location=Location(country="CA"),
        exhibits=[Exhibit(substance="cocaine", quantity=Quantity(Decimal("1"), "kg")),
                  Exhibit(substance="fentanyl", quantity=Quantity(Decimal("12"), "g"))])).value.case_number


def test_numbers_are_added_to_a_case_and_an_exhibit_and_found_whatever_the_separators(fresh_app, users, case_number):
    numbers = ExternalNumbers(fresh_app)
    rcmp = numbers.add(users["olga"], case_number, "rcmp", " 2026-1234/5 ").value
    lab = numbers.add(users["li"], case_number, "LAB", "HC-LAB 77.0042", exhibit_number="2").value
    assert (rcmp.value, rcmp.exhibit_number, rcmp.kind, rcmp.added_by) == ("2026-1234/5", None, "rcmp", "olga")
    assert (lab.exhibit_number, lab.kind) == ("02", "lab")
    assert [n.id for n in numbers.find("20261234 5")] == [rcmp.id]
    assert [n.id for n in numbers.find("hclab770042")] == [lab.id]  # as a scanner types it
    assert numbers.find("2026") == [] and numbers.find(" -/ ") == []
    assert [n.id for n in numbers.for_case(case_number)] == [rcmp.id, lab.id]
    entries = fresh_app._audit.entries("case", case_number)
    assert [e.action for e in entries][-2:] == ["number_add", "number_add"]
    assert entries[-1].detail["value"] == "HC-LAB 77.0042" and entries[-1].detail["exhibit"] == "02"
    assert fresh_app.verify().ok


@pytest.mark.parametrize(("kind", "value", "exhibit", "message"), [
    ("fbi", "1", None, "'fbi' is not a kind of number; the kinds are: rcmp, cbsa, lab, crown, other"),
    ("rcmp", "   ", None, "the number is empty"),
    ("rcmp", "x" * 65, None, "at most 64"),
    ("rcmp", "12\x1b[2J", None, "control or invisible"),
    ("rcmp", "--//", None, "has no letter or digit"),
    ("rcmp", "2026-1", "07", "has no exhibit 07"),
])
def test_a_bad_number_is_refused_with_its_reason_and_nothing_is_written(fresh_app, users, case_number, kind,
                                                                        value, exhibit, message):
    entries = len(fresh_app._audit.entries())
    with pytest.raises(CaseAppError, match=message.replace("(", r"\(").replace(")", r"\)")):
        ExternalNumbers(fresh_app).add(users["olga"], case_number, kind, value, exhibit_number=exhibit)
    assert len(fresh_app._audit.entries()) == entries
    assert ExternalNumbers(fresh_app).for_case(case_number, include_removed=True) == []


def test_the_same_number_twice_and_an_admin_are_refused(fresh_app, users, case_number):
    numbers = ExternalNumbers(fresh_app)
    numbers.add(users["olga"], case_number, "cbsa", "4411-26-0001")
    with pytest.raises(CaseAppError, match="already has the cbsa 4411 26 0001"):
        numbers.add(users["li"], case_number, "cbsa", "4411 26 0001")
    numbers.add(users["li"], case_number, "crown", "4411 26 0001")  # another kind: another number
    with pytest.raises(PermissionDenied):
        numbers.add(users["ada"], case_number, "cbsa", "9")
    assert len(numbers.for_case(case_number)) == 2


def test_a_number_is_removed_with_a_reason_by_who_added_it_or_a_supervisor_and_kept(fresh_app, users, case_number):
    numbers = ExternalNumbers(fresh_app)
    first = numbers.add(users["olga"], case_number, "crown", "CR-1").value
    with pytest.raises(CaseAppError, match="needs a reason"):
        numbers.remove(users["olga"], first.id, "  ")
    with pytest.raises(PermissionDenied, match="only olga or a supervisor removes number"):
        numbers.remove(users["li"], first.id, "typo")
    removed = numbers.remove(users["sam"], first.id, "wrong file").value
    assert (removed.removed_by, removed.removed_reason) == ("sam", "wrong file")
    with pytest.raises(CaseAppError, match="removed already, by sam"):
        numbers.remove(users["olga"], first.id, "again")
    assert numbers.find("CR-1") == [] and numbers.for_case(case_number) == []
    assert [n.id for n in numbers.for_case(case_number, include_removed=True)] == [first.id]
    assert fresh_app._audit.entries("case", case_number)[-1].action == "number_remove"
    assert fresh_app.verify().ok


@pytest.mark.parametrize("statement", [
    "UPDATE external_numbers SET value = 'S-2', key = 's2'",
    "UPDATE external_numbers SET removed_by = 'olga', removed_at = '2026-11-25T12:00:00Z', removed_reason = 'x'",
    "DELETE FROM external_numbers",
    "INSERT INTO external_numbers (case_id, kind, value, key, added_by, added_at) "
    "SELECT case_id, 'crown', 'CR-FORGED', 'crforged', 'olga', added_at FROM external_numbers",
])
def test_a_raw_change_to_a_number_is_caught(fresh_app, users, case_number, statement):
    ExternalNumbers(fresh_app).add(users["olga"], case_number, "lab", "S-1")
    fresh_app._db.execute(statement)
    report = fresh_app.verify()
    assert not report.ok and any("external_numbers" in p for p in report.problems), report.problems


def test_a_number_is_added_to_an_approved_case_without_reopening_it(fresh_app, users, case_number):
    workflow = Workflow(fresh_app)
    workflow.submit(users["olga"], case_number)
    workflow.approve(users["sam"], case_number)
    added = ExternalNumbers(fresh_app).add(users["li"], case_number, "crown", "CR-VAN-26-88").value
    assert fresh_app.get_case(case_number).status == "approved" and added.added_by == "li"
    entry = fresh_app._audit.entries("case", case_number)[-1]
    assert (entry.action, entry.detail["case_status"]) == ("number_add", "approved")
