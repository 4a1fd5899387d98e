"""The shared test data lives in tests/conftest.py alone: the password, the users, the sample databases and
the fixtures that open an application, which run on every back end in BACKENDS."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import BACKENDS, PASSWORD, PEOPLE

TESTS = Path(__file__).resolve().parent
SHARED = re.compile(r"^(PASSWORD\s*=|def (users|sample_app|sample_case_app|fresh_app|open_app|backend|"
                    r"catalogue|make_users)\()", re.M)
# (users_app is meant to be overridden: tests/gui/conftest.py makes the users in its database file.)
# tests/workstation.py is run as a script by the real-window tests, without pytest: it keeps a copy of PASSWORD
STANDALONE = {TESTS / "workstation.py"}


def test_shared_fixtures_and_the_password_are_defined_only_in_the_root_conftest():
    offenders = [f"{path.relative_to(TESTS)}: {match.group(0)}" for path in sorted(TESTS.rglob("*.py"))
                 if path != TESTS / "conftest.py" and path not in STANDALONE
                 for match in SHARED.finditer(path.read_text(encoding="utf-8"))]
    assert offenders == []


def test_the_standalone_copy_of_the_password_is_the_same():
    assert f'PASSWORD = "{PASSWORD}"' in (TESTS / "workstation.py").read_text(encoding="utf-8")


def test_an_application_fixture_runs_on_each_back_end(request, backend, fresh_app, users):
    assert backend in BACKENDS and request.node.callspec.params["backend"] == backend
    assert set(users) == set(PEOPLE) and users["ada"].role == "admin"
