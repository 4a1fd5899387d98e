"""Real-window tests: an X server (the one CI starts, else an Xvfb of our own) and xdotool.

Without them these tests skip, unless CASEAPP_WINDOW_TESTS=required (as .ci/run sets), where a missing
X server or xdotool fails the run instead of hiding it."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import PASSWORD, fixed_clock
from tests.window.driver import Window


def _unavailable(why: str) -> None:
    if os.environ.get("CASEAPP_WINDOW_TESTS") == "required":
        pytest.fail(f"real-window tests are required here but {why}")
    pytest.skip(why)


def _reachable(display: str) -> bool:
    try:
        done = subprocess.run(["xdotool", "getdisplaygeometry"], env={**os.environ, "DISPLAY": display},
                              capture_output=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


@pytest.fixture(scope="session")
def x_display():
    if shutil.which("xdotool") is None:
        _unavailable("xdotool is not installed")
    display = os.environ.get("CASEAPP_TEST_DISPLAY") or os.environ.get("DISPLAY")
    if display and _reachable(display):
        yield display
        return
    if shutil.which("Xvfb") is None:
        _unavailable("no X server: DISPLAY is not set and Xvfb is not installed")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1600x1000x24",
                               "-nolisten", "tcp"], pass_fds=(write_end,), stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as reader:
        number = reader.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def make_agency(where: str | Path) -> None:
    """The CBSA's Pacific Region in the database at `where` (a file, or a server's URL): code CBSA, Vancouver
    time, an admin (ada), officers (olga, li) and a supervisor (sam), all with the test password."""
    from caseapp.services.app import CaseApp
    from caseapp.services.auth import Accounts

    app = CaseApp.open(where, clock=fixed_clock)
    try:
        app.initialise(agency_code="CBSA", timezone="America/Vancouver")
        accounts = Accounts(app)
        ada = accounts.create_first_admin("ada", PASSWORD).value
        for login, role in (("olga", "officer"), ("li", "officer"), ("sam", "supervisor")):
            accounts.add_user(ada, login, PASSWORD, role=role)
    finally:
        app.close()


@pytest.fixture
def agency_database(tmp_path: Path) -> Path:
    """A database file of the agency (make_agency)."""
    path = tmp_path / "agency.sqlite3"
    make_agency(path)
    return path


@pytest.fixture
def window(x_display, agency_database, tmp_path, request):
    """The application on the display, not yet signed in; killed at the end whatever happened, with a
    screenshot of the screen left beside the test's files when the test failed."""
    driver = Window(x_display, agency_database, tmp_path / "home")
    yield driver
    failed = getattr(request.node, "rep_call", None) is not None and request.node.rep_call.failed
    if failed and driver.alive():
        shot = driver.screenshot(tmp_path / "failure.png")
        print(f"screenshot at failure: {shot}")
    driver.kill()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)
