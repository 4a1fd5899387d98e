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


def test_the_bundled_cjk_fonts_are_registered_with_qt(qapp):
    families = register_application_fonts()
    assert "Droid Sans Fallback" in families
    assert "NanumGothic" in families
    assert {"Droid Sans Fallback", "NanumGothic"} <= set(QFontDatabase.families())


def test_chinese_and_korean_names_draw_as_characters_not_boxes(qapp):
    register_application_fonts()
    # without a font that has them, each is the same missing-glyph box
    assert _drawn("张伟") != _drawn("王芳")
    assert _drawn("김민") != _drawn("박서")
