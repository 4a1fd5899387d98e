"""Resources are found wherever caseapp is installed from, not only in a source checkout."""

import json
import os
import subprocess
import sys


def test_installed_package_finds_its_catalogue(tmp_path):
    # Run outside the checkout, so the import comes from the installed package (CI installs a wheel).
    code = ("import caseapp, caseapp.paths as p, caseapp.core.substances as s, json; "
            "print(json.dumps([caseapp.__file__, str(p.resources_dir()), len(s.default_catalogue().substances)]))")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env,
                            check=True)
    package_file, resources, count = json.loads(result.stdout)
    assert count >= 350
    assert os.path.isfile(os.path.join(resources, "substances.json"))


def test_cli_entry_point_runs_outside_the_checkout(tmp_path):
    env = {**os.environ, "CASEAPP_DB": str(tmp_path / "x.sqlite3")}
    result = subprocess.run([sys.executable, "-m", "caseapp.cli", "--version"], capture_output=True, text=True,
                            cwd=tmp_path, env=env)
    assert result.returncode == 0 and result.stdout.startswith("caseapp ")
