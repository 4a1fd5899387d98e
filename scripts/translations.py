"""The translations: extract every message of caseapp into the Qt Linguist sources and compile them.

    python scripts/translations.py update     # pyside6-lupdate: caseapp/**/*.py -> resources/translations/*.ts
    python scripts/translations.py release    # pyside6-lrelease: *.ts -> *.qm (the files the application reads)
    python scripts/translations.py status     # how many messages each .ts holds, finished and not

Translate caseapp_fr.ts with Qt Linguist (`pyside6-linguist resources/translations/caseapp_fr.ts`) or any
.ts editor, then `release`. The source texts are English (no English catalogue); a counted text is two messages,
"{n} case" and "{n} cases" (core.i18n.plural). tests/test_translations.py fails on a message left unfinished,
on a .qm that is not what lrelease makes of its .ts, and on a message of the code missing from the .ts.
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "caseapp"
TRANSLATIONS = ROOT / "resources" / "translations"
#: each catalogue: its language as Qt names it
CATALOGUES = {"fr": "fr_CA"}


def tool(name: str) -> str:
    """pyside6-lupdate or pyside6-lrelease, beside this Python first (a virtual environment's)."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return str(beside)
    return f"pyside6-{name}"


def sources() -> list[str]:
    """Every module of the package, as paths relative to the checkout (so the .ts never names a machine)."""
    return sorted(path.relative_to(ROOT).as_posix() for path in PACKAGE.rglob("*.py"))


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"caseapp_{lang}.ts"


def qm_path(lang: str) -> Path:
    return TRANSLATIONS / f"caseapp_{lang}.qm"


def update(ts_folder: Path = TRANSLATIONS) -> list[Path]:
    """Run lupdate over the package into each catalogue (in `ts_folder`); messages gone from the code are
    dropped, translations of messages still there are kept. No source locations: a change of code elsewhere
    in a file does not touch the catalogue."""
    ts_folder.mkdir(parents=True, exist_ok=True)
    written = []
    for lang, qt_language in CATALOGUES.items():
        target = ts_folder / f"caseapp_{lang}.ts"
        if not target.exists() and ts_path(lang).exists() and ts_folder != TRANSLATIONS:
            target.write_bytes(ts_path(lang).read_bytes())
        command = [tool("lupdate"), *sources(), "-locations", "none", "-no-obsolete", "-source-language", "en_CA",
                   "-target-language", qt_language, "-ts", str(target)]
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True, env=_env())
        written.append(target)
    return written


def release(ts_folder: Path = TRANSLATIONS, qm_folder: Path = TRANSLATIONS) -> list[Path]:
    """Compile each catalogue; refuses a translation whose place markers, accelerators or ending punctuation
    differ from its source's (-fail-on-invalid... is too strict for French punctuation, so they are checked
    by tests/test_translations.py instead)."""
    written = []
    for lang in CATALOGUES:
        target = qm_folder / f"caseapp_{lang}.qm"
        subprocess.run([tool("lrelease"), str(ts_folder / f"caseapp_{lang}.ts"), "-qm", str(target)], cwd=ROOT,
                       check=True, capture_output=True, text=True, env=_env())
        written.append(target)
    return written


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def messages(ts: Path) -> list[dict[str, object]]:
    """Each message of a .ts: context, source, disambiguation, numerus, the translation's type and forms."""
    found = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            found.append({
                "context": name, "source": message.findtext("source") or "",
                "comment": message.findtext("comment") or "", "numerus": message.get("numerus") == "yes",
                "type": translation.get("type", "") if translation is not None else "unfinished",
                "forms": forms if message.get("numerus") == "yes" else [
                    (translation.text or "") if translation is not None else ""],
            })
    return found


def status() -> None:
    for lang in CATALOGUES:
        found = messages(ts_path(lang))
        unfinished = sum(1 for m in found if m["type"] == "unfinished")
        print(f"{ts_path(lang).name}: {len(found)} messages, {unfinished} unfinished")


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"update", "release", "status"}:
        print(__doc__)
        return 1
    if argv[0] == "update":
        for path in update():
            print(f"updated {path.relative_to(ROOT)}")
    elif argv[0] == "release":
        for path in release():
            print(f"wrote {path.relative_to(ROOT)}")
    status()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
