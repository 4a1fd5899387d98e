"""Words wider than their cell are broken where a reader expects: after a hyphen or slash when there is one."""

from __future__ import annotations

from reportlab.lib.units import mm

from caseapp.reports.case_layout import para


def lines(text: str, width_mm: float) -> list[str]:
    paragraph = para(text, "cell")
    paragraph.wrap(width_mm * mm, 1000)
    shown = []
    for line in paragraph.blPara.lines:
        words = line.words if hasattr(line, "words") else line[1]
        shown.append("".join(w if isinstance(w, str) else getattr(w, "text", "") for w in words).strip())
    return shown


def test_a_hyphenated_word_wider_than_its_cell_breaks_after_the_hyphen():
    assert lines("33 vacuum-sealed bundles", 16) == ["33", "vacuum-", "sealed", "bundles"]
    assert lines("33 vacuum-sealed bundles", 18) == ["33 vacuum-", "sealed", "bundles"]


def test_a_word_without_a_break_point_is_still_cut_to_fit():
    shown = lines("RFL-26-06372-AAAAAAAAAAAAAAAAAAAA", 16)
    assert "".join(shown) == "RFL-26-06372-AAAAAAAAAAAAAAAAAAAA"
    assert len(shown) >= 2
