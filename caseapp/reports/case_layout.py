"""The case report's page and the pieces its sections are built from: the frame's geometry, styled
paragraphs (officer text escaped and within the report's cell budget), ruled tables and label/value
tables whose rows are cut into continuation rows, and section headings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from caseapp.core import vocab
from caseapp.core.i18n import QT_TRANSLATE_NOOP, translate
from caseapp.core.model import Case
from caseapp.reports.fitting import Text, budgeted
from caseapp.reports.flowables import chunk_rows
from caseapp.reports.styles import HEADER_FILL, RULE, SANS, markup, styles
from caseapp.reports.values import DASH, or_dash

TITLE = QT_TRANSLATE_NOOP("CaseReport", "Case incident report")  # translated where it is printed: title()
PAGE = A4
MARGIN = 15 * mm
TOP_MARGIN = 20 * mm
BOTTOM_MARGIN = 21 * mm
WIDTH = PAGE[0] - 2 * MARGIN  # 180 mm of frame
HAZARD_FILL = colors.HexColor("#fdecee")
# Tables set a font even when every cell is a flowable: without this, an unembedded Helvetica is named
FONT = ("FONTNAME", (0, 0), (-1, -1), SANS)


def named_style(name: str) -> ParagraphStyle:
    return styles()[name]


def para(text: object, style: str = "cell", *, bold: bool = False) -> Paragraph:
    return Text(markup(budgeted(text), bold=bold), named_style(style))


def label_lines(*parts: tuple[str, object], style: str = "cell") -> Paragraph:
    """Several 'label: value' lines in one cell; empty values are left out."""
    shown = [(label, value) for label, value in parts if value not in (None, "")]
    text = "<br/>".join((f'<font color="#546e7a">{markup(label)}</font> ' if label else "")
                        + markup(budgeted(value)) for label, value in shown)
    return Text(text or markup(DASH), named_style(style))


def grid(data: list[list[Any]], widths: Sequence[float], *, header: bool = True,
         highlight: frozenset[int] = frozenset()) -> Table:
    """A ruled table of Paragraph cells, widths in mm; the header row repeats on every page; `highlight`
    holds indexes of data rows (0: the first row after the header) tinted as hazardous."""
    widths_pt = [w * mm for w in widths]
    body = data[1:] if header else data
    rows: list[list[Any]] = [data[0]] if header else []
    extra: list[tuple[Any, ...]] = []
    for index, pieces in enumerate(chunk_rows(body, widths_pt, 6)):
        first = len(rows)
        rows.extend(pieces)
        if index in highlight:
            extra.append(("BACKGROUND", (0, first), (-1, len(rows) - 1), HAZARD_FILL))
    table = Table(rows, colWidths=widths_pt, repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    table.setStyle(TableStyle([FONT, *commands, *extra]))
    return table


def fields_table(pairs: Sequence[tuple[str, object]], *, columns: int = 2) -> Table:
    """Label/value pairs, `columns` pairs to a row."""
    label_w, value_w = (27.0, 63.0) if columns == 2 else (27.0, 153.0)
    widths = [w * mm for w in (label_w, value_w) * columns]
    rows: list[list[Any]] = []
    for start in range(0, len(pairs), columns):
        row: list[Any] = []
        for label, value in pairs[start:start + columns]:
            row += [para(label, "label"), para(or_dash(value))]
        while len(row) < 2 * columns:
            row += ["", ""]
        rows.extend(piece for pieces in chunk_rows([row], widths, 6) for piece in pieces)
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([
        FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#e0e0e0")),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return table


def title() -> str:
    """The report's title in the language of the print."""
    return translate("CaseReport", TITLE)


def heading(text: str) -> list[Flowable]:
    return [CondPageBreak(30 * mm), Text(markup(text), named_style("h2"))]


def status_words(case: Case) -> str:
    return vocab.CASE_STATUS.display(case.status) or case.status

