"""caseapp-cli number: add, find and remove, read back through the store; bad input refused with nothing written."""

from decimal import Decimal

import pytest

from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.services.app import CaseApp
from caseapp.services.numbers import ExternalNumbers
from caseapp.services.workflow import Workflow
from tests.conftest import make_users
from tests.test_cli import passwords, run  # noqa: F401  (passwords: the same autouse fixture)


@pytest.fixture
def numbered(db_path):
    app = CaseApp.open(db_path)
    app.initialise(timezone="UTC")
    users = make_users(app)
    number = Workflow(app).create(users["olga"], Case(
        occurred_at="2026-11-20T10:00", location=Location(country="CA"),
        exhibits=[Exhibit(substance="cocaine", quantity=Quantity(Decimal("1"), "kg"))])).value.case_number
    app.close()
    return db_path, number


def _stored(db):
    app = CaseApp.open(db)
    try:
        case = app._store.iter_cases().__next__().case_number
        return [(n.kind, n.value, n.exhibit_number, n.removed_reason)
                for n in ExternalNumbers(app).for_case(case, include_removed=True)]
    finally:
        app.close()


def test_a_number_is_added_found_and_removed_from_the_command_line(numbered):
    db, case = numbered
    code, out, err = run("--user", "olga", "number", "add", case, "--exhibit", "1", "--kind", "lab", "HC 2026/0042",
                         db=db)
    assert code == 0, err
    assert out.split()[:5] == ["added", "1", f"{case}/01", "lab", "HC"]
    code, out, _ = run("number", "find", "hc-2026-0042", db=db)
    assert code == 0 and out.split() == ["1", f"{case}/01", "lab", "HC", "2026/0042"]
    code, out, err = run("--user", "sam", "number", "remove", "1", "--reason", "sample renumbered", db=db)
    assert code == 0, err
    assert _stored(db) == [("lab", "HC 2026/0042", "01", "sample renumbered")]
    code, _, err = run("number", "find", "HC 2026/0042", db=db)
    assert code == 1 and "no case or exhibit has the number 'HC 2026/0042'" in err


def test_search_says_whose_number_its_words_are(numbered):
    db, case = numbered
    assert run("--user", "olga", "number", "add", case, "--kind", "crown", "CR-VAN-26-88", db=db)[0] == 0
    code, out, _ = run("search", "--text", "cr van 26 88", db=db)
    assert code == 0 and out.endswith(f"'CR-VAN-26-88' is the crown number of {case}\n")
    code, out, _ = run("search", "--text", "ink", db=db)
    assert code == 0 and "number of" not in out


def test_a_bad_kind_or_a_missing_user_is_refused_and_nothing_is_written(numbered):
    db, case = numbered
    code, _, err = run("--user", "olga", "number", "add", case, "--kind", "fbi", "12", db=db)
    assert code == 1 and "'fbi' is not a kind of number" in err
    code, _, err = run("number", "add", case, "--kind", "rcmp", "12", db=db)
    assert code == 1 and "give --user NAME" in err
    assert _stored(db) == []
