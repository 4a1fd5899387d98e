"""The demo database: scripts/make_demo.py is deterministic, the bundled file is what it makes now, and
create_demo_database gives a verified database with cases all along the workflow."""

import importlib.util
import json
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from caseapp.core.errors import CaseAppError
from caseapp.services.app import CaseApp
from caseapp.services.auth import Accounts, check_password_rules
from caseapp.services.custody import Custody
from caseapp.services.demo import DEMO_PASSWORD, create_demo_database, demo_cases_path
from caseapp.store.contract import SearchQuery
from tests.conftest import fixed_clock

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "make_demo.py"


@pytest.fixture(scope="module")
def make_demo():
    spec = importlib.util.spec_from_file_location("make_demo", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_generator_is_deterministic(make_demo):
    first = make_demo.generate(make_demo.SEED)
    assert first == make_demo.generate(make_demo.SEED)
    assert first != make_demo.generate(make_demo.SEED + 1)
    assert json.loads(make_demo.render(first)) == first


def test_the_bundled_file_is_what_the_generator_makes_now(make_demo):
    path = demo_cases_path()
    assert json.loads(path.read_text(encoding="utf-8")) == make_demo.generate(), (
        "resources/demo/demo_cases.json is out of date: run python scripts/make_demo.py")
    assert path.stat().st_size < 600_000


def test_the_generated_cases_are_drafts_without_numbers_and_varied(make_demo):
    cases = make_demo.generate()["cases"]
    assert len(cases) == make_demo.CASE_COUNT
    assert all(c["status"] == "draft" and "case_number" not in c for c in cases)
    assert all("2019-01-01" <= c["occurred_at"][:10] <= "2026-11-01" for c in cases)
    assert all(1 <= len(c["exhibits"]) <= 4 and 1 <= len(c["officers"]) <= 3 for c in cases)
    tablets = [e for c in cases for e in c["exhibits"] if e.get("unit") == "tablet" or e.get("count_unit") == "tablet"]
    assert any(e.get("count") for e in tablets) and any(e["unit"] == "tablet" for e in tablets)
    scripts = Counter(_script(p["name"]) for c in cases for p in c.get("persons", []))
    assert {"CJK", "CYRILLIC", "GREEK"} <= set(scripts)


def _script(name: str) -> str:
    for ch in name:
        if ord(ch) > 0x24F and ch.isalpha():
            return unicodedata.name(ch).split()[0]
    return "LATIN"


def test_the_demo_password_passes_the_rules():
    check_password_rules(DEMO_PASSWORD)


def test_create_demo_database(tmp_path):
    path = tmp_path / "demo.sqlite3"
    logins = create_demo_database(path, clock=fixed_clock)
    assert logins == [("admin", "admin"), ("sam", "supervisor"), ("olga", "officer"), ("li", "officer")]
    app = CaseApp.open(path, clock=fixed_clock)
    try:
        report = app.verify()
        assert report.ok, report.problems
        cases = list(app._store.iter_cases())
        assert len(cases) >= 250
        statuses = Counter(c.status for c in cases)
        assert statuses["approved"] > statuses["draft"] > statuses["submitted"] > statuses["returned"] > 0
        assert all(c.created_by == "olga" for c in cases)
        assert all(c.approved_by == "sam" for c in cases if c.status == "approved")
        assert len({c.origin_country for c in cases if c.origin_country}) >= 8
        assert len({c.location.country for c in cases}) >= 6
        assert {c.occurred_at[:4] for c in cases} >= {str(year) for year in range(2019, 2027)}

        rows = app.search(SearchQuery(substance="fentanyl", analogues=True, limit=1000))
        assert len({r.substance for r in rows}) >= 3  # fentanyl and its analogues
        assert all(r.hazard for r in rows)

        approved = [c for c in cases if c.status == "approved"]
        custody = Custody(app)
        held = [state for c in approved for state in custody.states(c.case_number).values() if state]
        assert held and all(s.holder == "Officer Li Wei" and s.location.startswith("DEMO exhibit store")
                            and s.seal_number for s in held)

        accounts = Accounts(app)
        for login, role in logins:
            assert accounts.authenticate(login, DEMO_PASSWORD).role == role
    finally:
        app.close()


def test_the_demo_is_not_created_over_an_existing_file(tmp_path):
    path = tmp_path / "cases.sqlite3"
    path.write_bytes(b"someone's data")
    with pytest.raises(CaseAppError, match="exists already"):
        create_demo_database(path, clock=fixed_clock)
    assert path.read_bytes() == b"someone's data"
