"""The window's language: English or Canadian French, chosen by the user in Preferences (kept in the window's
settings) or else the system locale's, applied once at start, before the first dialog.

Qt's way: every text the window shows goes through `QCoreApplication.translate(context, text)` (this
module's `translate`, with an explicit context: PySide6's `self.tr` looks up the class of the object at run
time, so a subclass would miss its base class's messages); `pyside6-lupdate` extracts them into
resources/translations/caseapp_fr.ts (scripts/translations.py), `pyside6-lrelease` compiles the .qm files
installed here, beside Qt's own (qtbase_fr.qm: the buttons of message boxes, file dialogs, the context menu of
a text field). The layers below the window translate through caseapp.core.i18n, from the same .qm file, in
the language set here.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from caseapp.core import i18n
from caseapp.core.i18n import labelled, plural
from caseapp.gui.settings_keys import LANGUAGE

__all__ = ["labelled", "plural", "translate", "install_language", "chosen_language", "choose_language",
           "window_language"]

log = logging.getLogger("caseapp.gui")

#: the setting's value when the user has not chosen: the system locale decides
FOLLOW_SYSTEM = ""


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """`text` in the window's language (QCoreApplication.translate; lupdate reads these calls)."""
    return QCoreApplication.translate(context, text, disambiguation)


def system_language() -> str:
    """The system locale's language as Qt reads it (the user's desktop setting), English by default."""
    return i18n.language_of(QLocale.system().name())


def chosen_language(settings: QSettings | None = None) -> str:
    """The user's choice in Preferences, else the system locale's language."""
    value = str((settings or QSettings()).value(LANGUAGE, FOLLOW_SYSTEM) or FOLLOW_SYSTEM)
    return value if value in i18n.LANGUAGES else system_language()


def choose_language(lang: str, settings: QSettings | None = None) -> None:
    """Keep the user's choice (FOLLOW_SYSTEM to follow the system locale again); it applies at the next start."""
    if lang != FOLLOW_SYSTEM:
        i18n.checked_language(lang)
    chosen = settings or QSettings()
    chosen.setValue(LANGUAGE, lang)
    chosen.sync()


def _qt_translations() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install_language(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Make `lang` the window's language: caseapp's messages, Qt's own dialogs, the locale numbers are read
    and written in (a French quantity field takes ',' as its decimal mark), and the language of the messages
    the layers below make. Returns the translators installed (the application keeps them)."""
    i18n.set_language(lang)
    QLocale.setDefault(QLocale(i18n.LOCALES[lang]))
    installed: list[QTranslator] = []
    if lang == i18n.ENGLISH:  # the source texts, and Qt's own words, are English
        app.setProperty("caseapp_language", lang)
        return installed
    for name, folder in ((f"caseapp_{lang}.qm", Path(i18n.catalogue_path(lang)).parent),
                         (f"qtbase_{lang}.qm", _qt_translations())):
        translator = QTranslator(app)
        if translator.load(str(folder / name)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folder)
    app.setProperty("caseapp_language", lang)
    return installed


def window_language() -> str:
    """The language the window was started in."""
    app = QCoreApplication.instance()
    value = app.property("caseapp_language") if app is not None else None
    return str(value) if value in i18n.LANGUAGES else i18n.ENGLISH
