"""The French catalogue is complete and the one the application reads: lupdate finds no message the catalogue
lacks and none left unfinished; the committed .qm is what lrelease makes of the .ts; each translation keeps its
source's placeholders, Alt letter and surrounding spaces; every message is written so lupdate can extract it
(a literal context, never inside an f-string); and the layers below the window read the same translations."""

from __future__ import annotations

import ast
import re
import shutil
import string
import sys
from pathlib import Path

import pytest

from caseapp.core import i18n

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "caseapp"
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402  (scripts/translations.py)

TS = translations.ts_path("fr")
QM = translations.qm_path("fr")
CALLS = {"translate", "QT_TRANSLATE_NOOP"}


def _keys(ts: Path) -> set[tuple[str, str, str]]:
    return {(str(m["context"]), str(m["source"]), str(m["comment"])) for m in translations.messages(ts)}


def _tools_present() -> bool:
    return all(Path(translations.tool(name)).exists() or shutil.which(translations.tool(name))
               for name in ("lupdate", "lrelease"))


needs_tools = pytest.mark.skipif(not _tools_present(), reason="pyside6-lupdate and pyside6-lrelease are not installed")


@needs_tools
def test_lupdate_finds_no_message_the_catalogue_lacks_and_none_unfinished(tmp_path):
    fresh = translations.update(tmp_path)[0]  # the committed .ts, brought up to the code in a copy
    assert _keys(fresh) == _keys(TS), "run: python scripts/translations.py update, translate, release"
    unfinished = [(m["context"], m["source"]) for m in translations.messages(fresh)
                  if m["type"] in ("unfinished", "vanished", "obsolete") or not all(m["forms"])]
    assert unfinished == []


@needs_tools
def test_the_compiled_catalogue_is_what_lrelease_makes_of_the_source(tmp_path):
    shutil.copy(TS, tmp_path / TS.name)
    compiled = translations.release(tmp_path, tmp_path)[0]
    assert compiled.read_bytes() == QM.read_bytes(), "run: python scripts/translations.py release"


def _placeholders(text: str) -> list[str]:
    return sorted(name or "" for _, name, _, _ in string.Formatter().parse(text) if name is not None)


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


@pytest.mark.parametrize("message", translations.messages(TS), ids=lambda m: f"{m['context']}:{m['source'][:40]}")
def test_a_translation_keeps_its_placeholders_alt_letter_and_spaces(message):
    source = str(message["source"])
    for form in message["forms"]:
        assert _placeholders(form) == _placeholders(source)
        assert _accelerators(form) == _accelerators(source)
        assert form[-1:].isspace() == source[-1:].isspace()
        # French sets a space before a colon: " :" may stand for ":"
        assert form[:1].isspace() == source[:1].isspace() or form.lstrip().startswith(":")


def _calls(path: Path) -> list[tuple[int, str]]:
    """The problems of a module's translated texts: a context that is not a literal (lupdate reads no variable),
    a call inside an f-string (lupdate reads none)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    problems = []
    in_fstrings = {id(sub) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for sub in ast.walk(node)}
    wrappers = {id(sub) for node in ast.walk(tree) if isinstance(node, ast.FunctionDef) and node.name in CALLS
                for sub in ast.walk(node)}  # the translate() functions themselves pass their arguments on
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or id(node) in wrappers:
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        receiver = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else None
        if name == "translate" and (len(node.args) == 1 or receiver not in (None, "i18n", "QCoreApplication")):
            continue  # str.translate(table), canvas.translate(x, y), the store's driver-error translate(exc)
        if name in CALLS and node.args:
            if not (isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                problems.append((node.lineno, f"{name}() without a literal context"))
            elif id(node) in in_fstrings and any(isinstance(a, ast.Constant) for a in node.args[1:2]):
                problems.append((node.lineno, f"{name}() inside an f-string"))
        if name == "tr" and isinstance(func, ast.Attribute) and id(node) in in_fstrings:
            problems.append((node.lineno, "self.tr() inside an f-string"))
    return problems


def test_every_translated_text_is_written_so_lupdate_extracts_it():
    found = [f"{path.relative_to(ROOT)}:{line}: {problem}" for path in sorted(PACKAGE.rglob("*.py"))
             for line, problem in _calls(path)]
    assert found == []


def test_the_layers_below_the_window_read_the_french_catalogue():
    catalogue = i18n.read_qm(QM.read_bytes(), "fr")
    for message in translations.messages(TS):
        key = (str(message["context"]), str(message["source"]), str(message["comment"]))
        assert catalogue.lookup(*key) == tuple(message["forms"])
    with i18n.using_language("fr"):
        assert i18n.translate("Validation", "is in the future") == "est dans le futur"
    assert i18n.translate("Validation", "is in the future") == "is in the future"  # English outside it


def test_a_count_takes_the_form_of_its_language():
    with i18n.using_language("en"):
        assert [i18n.plural(n, "{n} case", "{n} cases") for n in (0, 1, 2, 1204)] == [
            "0 cases", "1 case", "2 cases", "1,204 cases"]
    with i18n.using_language("fr"):
        assert [i18n.plural(n, "{n} dossier", "{n} dossiers") for n in (0, 1, 2, 1204)] == [
            "0 dossier", "1 dossier", "2 dossiers", "1\u00a0204 dossiers"]


def test_a_print_language_is_the_tasks_own_and_ends_with_it():
    assert i18n.current_language() == "en"
    with i18n.using_language("fr"):
        assert i18n.current_language() == "fr"
        with i18n.using_language("en"):
            assert i18n.current_language() == "en"
        assert i18n.current_language() == "fr"
    assert i18n.current_language() == "en"
    with pytest.raises(ValueError, match="unknown language 'de'"):
        i18n.set_language("de")


@pytest.mark.parametrize("name,expected", [("fr_CA.UTF-8", "fr"), ("fr-BE", "fr"), ("FR", "fr"), ("en_US", "en"),
                                           ("de_DE", "en"), ("C", "en"), ("", "en"), (None, "en")])
def test_the_system_locale_decides_the_language(name, expected):
    assert i18n.language_of(name) == expected
