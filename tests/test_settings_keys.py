"""Every settings key is declared once: the window's (QSettings) in caseapp/gui/settings_keys.py, the
agency's (the database's settings) in caseapp/core/agency.py. No other module spells a key as a string,
and every read or write of a setting names its key by a constant."""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

from caseapp.core import agency, room
from caseapp.gui import settings_keys

PACKAGE = Path(__file__).resolve().parent.parent / "caseapp"
DECLARING = {PACKAGE / "gui" / "settings_keys.py", PACKAGE / "core" / "agency.py", PACKAGE / "core" / "room.py"}
WINDOW_KEYS = {value for name, value in vars(settings_keys).items() if name.isupper() and isinstance(value, str)}
STORE_KEYS = {agency.AGENCY_NAME_KEY, agency.AGENCY_CODE_KEY, agency.TIMEZONE_KEY, *room.keys()}
# a setting read or written with a string literal as its key: QSettings.value/setValue, CaseStore.setting/set_setting
LITERAL_KEY = re.compile(r"\.(value|setValue|setting|set_setting|remove|contains)\(\s*[rbfu]?[\"']")


def string_literals(path: Path) -> list[tuple[int, str]]:
    found = []
    for token in tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline):
        if token.type == tokenize.STRING and not token.string.lstrip("rbuRBU").startswith(("f", "F")):
            found.append((token.start[0], ast.literal_eval(token.string)))
    return found


def test_the_declared_keys_are_the_words_stored_today():
    assert WINDOW_KEYS == {"last_folder", "main/geometry", "main/state", "main/case_list_header", "search/saved",
                           "language"}
    assert STORE_KEYS - set(room.keys()) == {"agency_name", "agency_code", "timezone"}
    assert {key for key in room.keys() if not key.startswith(room.RETENTION_PREFIX)} == {
        "room_weight_tolerance_percent", "room_weight_tolerance_grams", "room_lab_overdue_days",
        "room_deadline_warning_days"}


def test_no_module_spells_a_settings_key_outside_its_declaration():
    offenders = [f"{path.relative_to(PACKAGE)}:{line}: {text!r}"
                 for path in sorted(PACKAGE.rglob("*.py")) if path not in DECLARING
                 for line, text in string_literals(path) if text in WINDOW_KEYS | STORE_KEYS]
    assert offenders == []


def test_every_setting_is_read_and_written_by_a_declared_constant():
    offenders = [f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}"
                 for path in sorted(PACKAGE.rglob("*.py")) if path not in DECLARING
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
                 if LITERAL_KEY.search(line)]
    assert offenders == []
