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


def test_every_package_of_the_source_is_listed_for_the_wheel():
    """pyproject lists the packages the wheel holds by name: a package directory left out installs a caseapp
    that cannot import itself (store/contract once was), which a test run from the checkout never sees."""
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    listed = set(tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = {".".join(init.parent.relative_to(root).parts) for init in (root / "caseapp").rglob("__init__.py")}
    assert found - listed == set()
