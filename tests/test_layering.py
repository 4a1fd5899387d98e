"""The layers stay apart: only gui imports PySide6, only store speaks SQL."""

import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "caseapp"
SQL = re.compile(r"\b(SELECT .* FROM|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE)\b")


def test_core_store_services_io_and_cli_do_not_load_qt():
    code = ("import sys, caseapp.core.validation, caseapp.store.search, caseapp.services.transfer, "
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


def test_gui_talks_to_services_and_takes_only_data_types_from_the_store():
    allowed = {"SearchQuery", "SearchTotals", "SearchRow", "CaseRow", "UnknownFilter", "CaseListQuery",
               "CaseListRow", "AuditEntry"}
    imported: set[str] = set()
    for path in (PACKAGE / "gui").rglob("*.py"):
        for names in re.findall(r"^from caseapp\.store\.\w+ import (.+)$", path.read_text(encoding="utf-8"), re.M):
            imported.update(n.strip() for n in names.split(","))
    assert imported <= allowed, imported - allowed


DRIVER = re.compile(r"^\s*(import|from) (sqlite3|sqlite_utils)\b", re.M)


def test_only_the_store_imports_the_database_driver():
    """The store turns driver errors into the application's own (DatabaseBusy, DiskFull, DatabaseError), so
    nothing above it needs sqlite3 or sqlite_utils, even to catch their exceptions."""
    offenders = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                 if "store" not in p.relative_to(PACKAGE).parts and DRIVER.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


FACADE_INTERNALS = re.compile(r"\bapp\.(_?(?:db|store|finder|audit|case_list))\b")


def test_only_the_services_touch_the_facades_database_stores_and_audit_log():
    """CaseApp's database, stores and audit log are the services' own: the window, the CLI, io and reports go
    through its methods (setting, history, has_history...) and its services (app.workflow, app.custody...)."""
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
