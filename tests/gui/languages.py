"""The window in a language for one test: caseapp's and Qt's translations installed, the layers below speaking
it too, and everything put back afterwards (the tests' default is English, in QLocale en_US)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from caseapp.core import i18n
from caseapp.gui.i18n import install_language


@contextlib.contextmanager
def speaking(lang: str) -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = install_language(app, lang)
    try:
        yield
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        i18n.set_language(i18n.ENGLISH)
        app.setProperty("caseapp_language", i18n.ENGLISH)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
