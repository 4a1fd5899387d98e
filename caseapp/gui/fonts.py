"""Fonts the window brings with it: Symbola, so emoji and symbols typed into a case draw as themselves on a
workstation without an emoji font (Qt falls back to application fonts for glyphs the main font lacks)."""

from __future__ import annotations

import functools
import logging

from PySide6.QtGui import QFontDatabase

from caseapp.paths import resource_path

log = logging.getLogger("caseapp.gui")


@functools.cache
def register_application_fonts() -> tuple[str, ...]:
    """Register the bundled fallback fonts once per process (needs a QGuiApplication); their families."""
    families: list[str] = []
    for name in ("Symbola.ttf",):
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts") / name))
        if font_id < 0:
            log.warning("the bundled font %s could not be loaded", name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(families)
