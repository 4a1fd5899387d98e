"""The layers stay apart: only gui imports PySide6, only store speaks SQL."""

import ast
import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "caseapp"


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module a file imports, anywhere in it (inside functions and under TYPE_CHECKING too); for
    `from a.b import c`, both a.b and a.b.c (c may be a module)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _files(*layers: str) -> list[Path]:
    return sorted(path for layer in layers for path in (PACKAGE / layer).rglob("*.py")) if layers else sorted(
        PACKAGE.rglob("*.py"))


def _rel(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def _is_under(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")
SQL = re.compile(r"\b(SELECT .* FROM|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE)\b")


def test_core_store_services_io_and_cli_do_not_load_qt():
    code = ("import sys, caseapp.core.validation, caseapp.store.contract, caseapp.store.sqlite.search, "
            "caseapp.services.transfer, "
            "caseapp.io.ids, caseapp.cli; print('PySide6' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_only_gui_imports_pyside6():
    offenders = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                 if "PySide6" in p.read_text(encoding="utf-8") and p.parent.name != "gui"
                 and "gui" not in p.relative_to(PACKAGE).parts]
    assert offenders == []


def test_sql_lives_only_in_store():
    offenders = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                 if "store" not in p.relative_to(PACKAGE).parts and SQL.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_core_imports_neither_sqlite_nor_qt():
    for path in (PACKAGE / "core").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(import|from) (sqlite3|sqlite_utils|PySide6)", text, re.M), path.name


FACADE_INTERNALS = re.compile(r"\bapp\.(_?(?:db|store|finder|audit|case_list))\b")


def test_only_the_services_touch_the_facades_database_stores_and_audit_log():
    """CaseApp's database, stores and audit log are the services' own: the window, the CLI, io and reports go
    through its methods (setting, history, has_history...) and its services (app.service(Workflow)...)."""
    offenders = [f"{p.relative_to(PACKAGE)}: app.{m}" for p in PACKAGE.rglob("*.py")
                 if not {"services", "store"} & set(p.relative_to(PACKAGE).parts)
                 for m in FACADE_INTERNALS.findall(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_the_facade_keeps_its_database_stores_and_audit_log_private():
    from caseapp.services.app import CaseApp

    app = CaseApp.open(":memory:")
    try:
        assert [name for name in ("db", "store", "finder", "audit", "case_list") if hasattr(app, name)] == []
    finally:
        app.close()


def test_services_change_data_through_one_unit_of_work():
    """Every service writes through `with app.change(...)` (transaction, ledger and audit entry in one place):
    none opens a transaction or appends an audit entry by hand."""
    by_hand = re.compile(r"\.transaction\(\)|\.append\(\s*at=")
    offenders = [p.name for p in (PACKAGE / "services").glob("*.py")
                 if p.name != "app.py" and by_hand.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


DRIVERS = ("sqlite3", "sqlite_utils", "psycopg")

def test_only_store_imports_a_database_driver():
    """The store turns driver errors into the application's own (DatabaseBusy, DiskFull, DatabaseError), so
    nothing above it needs sqlite3, sqlite_utils or psycopg, even to catch their exceptions."""
    offenders = {_rel(path) for path in _files() if "store" not in path.relative_to(PACKAGE).parts
                 and any(_is_under(name, driver) for name in _imports(path) for driver in DRIVERS)}
    assert offenders == set()


def test_window_io_and_reports_take_only_the_contract_from_the_store():
    offenders = {f"{_rel(path)}: {name}" for path in _files("gui", "io", "reports") for name in _imports(path)
                 if _is_under(name, "caseapp.store") and not _is_under(name, "caseapp.store.contract")
                 and name != "caseapp.store"}
    assert offenders == set()


def test_the_contract_imports_no_back_end():
    for path in _files("store/contract"):
        imported = _imports(path)
        assert not any(_is_under(name, "caseapp.store.sqlite") for name in imported), _rel(path)
        assert not any(_is_under(name, driver) for name in imported for driver in DRIVERS), _rel(path)


# services/app.py opens the SQLite database and builds its stores; everything else reaches them through it.
SQLITE_OPENER = {"services/app.py"}
# A backup here is a copy of the SQLite file (the online backup API, the file's facts): services/backup.py is the
# SQLite back end's backup service. The PostgreSQL back end brings its own (pg_dump), chosen by the opener.
KNOWN_SQLITE_OFFENDERS = {"services/backup.py"}


# The server back end runs the SQLite package's stores whose SQL both engines read (through
# store/postgres/db.PgDatabase) and borrows its row layouts and verify's comparisons, rather than copying them;
# it names each module it borrows here, so a new dependency is a decision. (They move to a shared package once the
# import rewrite under way in store/sqlite/writer.py has landed: docs/architecture.md, "Two back ends".)
SHARED_WITH_THE_SERVER = {
    "caseapp.store.sqlite.attachments", "caseapp.store.sqlite.audit", "caseapp.store.sqlite.cases",
    "caseapp.store.sqlite.catalogue", "caseapp.store.sqlite.custody", "caseapp.store.sqlite.users",
    "caseapp.store.sqlite.search", "caseapp.store.sqlite.case_list", "caseapp.store.sqlite.summary",
    "caseapp.store.sqlite.verify", "caseapp.store.sqlite.verify_entries", "caseapp.store.sqlite.consistency",
    "caseapp.store.sqlite.writer", "caseapp.store.sqlite",
    "caseapp.store.sqlite.inventory",
    "caseapp.store.sqlite.disposals",
    "caseapp.store.sqlite.queues", "caseapp.store.sqlite.numbers",
    "caseapp.store.sqlite.locations",
}


def test_only_the_opener_imports_the_sqlite_back_end():
    importers = {_rel(path) for path in _files() if not _is_under(_module(path), "caseapp.store.sqlite")
                 and not _is_under(_module(path), "caseapp.store.postgres")
                 and any(_is_under(name, "caseapp.store.sqlite") for name in _imports(path))}
    assert importers == SQLITE_OPENER | KNOWN_SQLITE_OFFENDERS


def test_the_server_back_end_borrows_only_the_shared_sqlite_modules():
    borrowed = {module for path in _files("store/postgres") for name in _imports(path)
                if _is_under(name, "caseapp.store.sqlite")
                for module in [name if name in SHARED_WITH_THE_SERVER else name.rsplit(".", 1)[0]]}
    assert borrowed <= SHARED_WITH_THE_SERVER, borrowed - SHARED_WITH_THE_SERVER
    assert "caseapp.store.sqlite.db" not in borrowed and "caseapp.store.sqlite.migrations" not in borrowed


def test_no_module_imports_itself_through_a_circle():
    """caseapp's modules import each other without a circle, counting imports inside functions and under
    TYPE_CHECKING (store/cases, editing and writer once did)."""
    modules = {_module(path): path for path in _files()}
    graph = {name: {m for m in _imports(path) if m in modules and m != name} for name, path in modules.items()}
    done: set[str] = set()

    def visit(name: str, trail: list[str]) -> None:
        if name in trail:
            raise AssertionError(" -> ".join(trail[trail.index(name):] + [name]))
        if name in done:
            return
        for following in sorted(graph[name]):
            visit(following, [*trail, name])
        done.add(name)

    for name in sorted(graph):
        visit(name, [])


def test_a_workstation_on_its_file_never_loads_the_server_driver():
    """psycopg is imported only when a server is opened: the file's start-up stays as it was."""
    code = ("import sys\nfrom caseapp.services.app import CaseApp, database_errors\nimport caseapp.cli\n"
            "app = CaseApp.open(':memory:')\nwith database_errors():\n    app.initialise(timezone='UTC')\n"
            "app.verify()\nprint('psycopg' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
