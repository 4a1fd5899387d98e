"""Emoji typed into a case draw as themselves, not as empty boxes, on a machine without an emoji font."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QImage
from PySide6.QtWidgets import QLineEdit

from caseapp.gui.fonts import register_application_fonts


def test_the_bundled_symbol_font_is_registered_with_qt(qapp):
    assert "Symbola" in register_application_fonts()
    assert "Symbola" in QFontDatabase.families()


def _drawn(text: str) -> QImage:
    field = QLineEdit(text)
    field.resize(80, 30)
    return field.grab().toImage()


def test_two_different_emoji_draw_differently(qapp):
    register_application_fonts()
    # without a font that has them, both are the same missing-glyph box
    assert _drawn("💊") != _drawn("🚢")
