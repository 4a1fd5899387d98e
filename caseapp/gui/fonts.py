"""Fonts the window brings with it, so what is typed into a case draws as itself on a workstation without the
fonts for it (Qt falls back to application fonts for glyphs the main font lacks): Symbola for emoji and
symbols, Droid Sans Fallback for Chinese and Japanese, NanumGothic for Korean (the fonts reports embed)."""

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
    for name in ("Symbola.ttf", "DroidSansFallbackFull.ttf", "NanumGothic.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts") / name))
        if font_id < 0:
            log.warning("the bundled font %s could not be loaded", name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(families)
