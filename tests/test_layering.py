"""The layers stay apart: only gui imports PySide6, only store speaks SQL."""

import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "caseapp"
SQL = re.compile(r"\b(SELECT .* FROM|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE)\b")


def test_core_store_services_io_and_cli_do_not_load_qt():
    code = ("import sys, caseapp.core.validation, caseapp.store.sqlite.search, caseapp.services.transfer, "
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
