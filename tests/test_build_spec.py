"""build.spec and scripts/smoke_frozen.py, checked without building anything (no PyInstaller needed): the spec
is run against stand-ins for PyInstaller's build classes that record what it asks for."""

import ast
import subprocess
import sys
import tomllib
import types
from pathlib import Path

import caseapp

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"
SMOKE = ROOT / "scripts" / "smoke_frozen.py"


class _Target:
    """Stands in for Analysis, PYZ, EXE and COLLECT: keeps its arguments."""

    made: list["_Target"] = []

    def __init__(self, *args, **kwargs):
        self.kind = type(self).__name__
        self.args = args
        self.kwargs = kwargs
        self.scripts, self.pure, self.binaries, self.datas = [], [], [], []
        _Target.made.append(self)


def _run_spec(tmp_path, monkeypatch, *, name, version):
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package, filter=None: []
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda filename, search_paths=None: []
    for module_name, module in {
        "PyInstaller": types.ModuleType("PyInstaller"), "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
        "PyInstaller.utils.hooks": hooks, "PyInstaller.depend": types.ModuleType("PyInstaller.depend"),
        "PyInstaller.depend.bindepend": bindepend,
    }.items():
        monkeypatch.setitem(sys.modules, module_name, module)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec puts the checkout on it
    monkeypatch.setattr(caseapp, "APP_NAME", name)
    monkeypatch.setattr(caseapp, "__version__", version)
    _Target.made = []
    namespace = {
        "__name__": "__main__", "SPECPATH": str(ROOT), "workpath": str(tmp_path / "work"),
        "DISTPATH": str(tmp_path / "dist"),
        **{kind: type(kind, (_Target,), {}) for kind in ("Analysis", "PYZ", "EXE", "COLLECT")},
    }
    (tmp_path / "work").mkdir()
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return namespace, list(_Target.made)


def test_spec_parses_as_python():
    ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def test_spec_does_not_hard_code_the_name_or_version():
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    strings = {node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    assert caseapp.__version__ not in strings
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module == "caseapp"
                for alias in node.names}
    assert {"APP_NAME", "__version__"} <= imported


def test_spec_builds_both_executables_into_one_folder_named_from_the_package(tmp_path, monkeypatch):
    namespace, made = _run_spec(tmp_path, monkeypatch, name="probeapp", version="9.8.7")
    assert namespace["VERSION"] == "9.8.7"
    exes = {target.kwargs["name"]: target for target in made if target.kind == "EXE"}
    assert set(exes) == {"probeapp", "probeapp-cli"}
    assert exes["probeapp"].kwargs["console"] is False  # the desktop application is windowed
    assert exes["probeapp-cli"].kwargs["console"] is True
    assert all(target.kwargs["exclude_binaries"] for target in exes.values())  # one folder, not one file
    collects = [target for target in made if target.kind == "COLLECT"]
    assert len(collects) == 1 and collects[0].kwargs["name"] == "probeapp"
    assert {id(exe) for exe in exes.values()} <= {id(arg) for arg in collects[0].args}
    analyses = [target for target in made if target.kind == "Analysis"]
    assert len(analyses) == 2
    for analysis in analyses:
        assert (str(ROOT / "resources"), "resources") in analysis.kwargs["datas"]  # where caseapp.paths looks
        assert any(name.startswith("reportlab.graphics.barcode") or name == "_cffi_backend"
                   for name in analysis.kwargs["hiddenimports"])


def test_spec_launchers_run_the_installed_entry_points(tmp_path, monkeypatch):
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    entry_points = {**project["scripts"], **project["gui-scripts"]}  # name -> "module:function"
    _namespace, made = _run_spec(tmp_path, monkeypatch, name=caseapp.APP_NAME, version=caseapp.__version__)
    launched = set()
    for target in made:
        if target.kind != "Analysis":
            continue
        script = Path(target.args[0][0])
        assert script.is_file() and script.stem != "caseapp"  # a caseapp.py would shadow the package
        tree = ast.parse(script.read_text(encoding="utf-8"))
        launched |= {f"{node.module}:{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
    assert set(entry_points.values()) <= launched
    assert set(entry_points) == {caseapp.APP_NAME, f"{caseapp.APP_NAME}-cli"}


def test_smoke_script_takes_dist(tmp_path):
    help_text = subprocess.run([sys.executable, str(SMOKE), "--help"], capture_output=True, text=True, check=True)
    assert "--dist" in help_text.stdout


def test_smoke_script_fails_clearly_without_a_build(tmp_path):
    result = subprocess.run([sys.executable, str(SMOKE), "--dist", str(tmp_path / "missing")], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 1
    assert "SMOKE TEST FAILED" in result.stderr and "does not exist" in result.stderr
