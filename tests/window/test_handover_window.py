"""Case > Hand-over package… in the real window, from the keyboard: the case chosen in the case list, the
language and the file asked, the package written; then `caseapp-cli check-bundle` (another process, no
database) finds it intact, and `import-bundle` brings it into a second agency's database."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from tests.conftest import DATA, PASSWORD, SAMPLE_CASE, make_users_database


def cli(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "caseapp.cli", *map(str, args)], capture_output=True, text=True,
                          env={**os.environ, "CASEAPP_PASSWORD": PASSWORD}, timeout=300)


def test_a_package_made_from_the_case_menu_checks_intact_and_imports(window, tmp_path):
    assert cli("--db", window.database, "--user", "olga", "import", DATA / "sample.json").returncode == 0
    target = tmp_path / "out" / "court-package.zip"
    target.parent.mkdir()
    window.start("olga", PASSWORD)
    window.key("ctrl+l", pause=0.3)  # the case list's filter: only the sample case stays
    window.type(SAMPLE_CASE, pause=1.0)
    window.key("Return", pause=1.5)  # the one case found opens in its tab (no click: the queue panel is docked
    # where the list began)
    window.key("alt+c", pause=0.4)  # Case
    window.key("h", pause=0.8)  # Hand-over package…
    options = window.wait_for("^Hand-over package$")
    window.focus(options)
    window.key("Return", pause=0.8)  # the window's language; Choose the file…
    chooser = window.wait_for("^Hand-over package$")
    window.focus(chooser)
    window.key("ctrl+a", "BackSpace")
    window.type(str(target), pause=0.3)
    window.key("Return", pause=0.5)
    end = time.monotonic() + 120
    while not target.exists() and time.monotonic() < end:
        window.check_alive()
        time.sleep(0.2)
    window.screenshot(tmp_path / "after.png")
    assert target.exists(), "no package was written"
    assert window.quit() == 0
    assert window.problems() == []

    checked = cli("check-bundle", target)
    assert checked.returncode == 0, checked.stderr
    assert "intact" in checked.stdout and SAMPLE_CASE in checked.stdout and "signed by key" in checked.stdout

    receiving = tmp_path / "rcmp.sqlite3"
    make_users_database(receiving)
    imported = cli("--db", receiving, "--user", "olga", "import-bundle", target, "--location", "VAULT-A.3")
    assert imported.returncode == 0, imported.stderr
    shown = cli("--db", receiving, "custody", SAMPLE_CASE, "01")
    assert "received" in shown.stdout and "VAULT-A.3" in shown.stdout
    assert cli("--db", receiving, "verify").returncode == 0
