"""The period summary: what was seized over a period or for any search, as a PDF for a briefing.

A pure builder: `write_summary(SummaryData, out, ...)` reads the figures the store computed (see
caseapp.store.contract.figures) and never the database or the clock; the generation time and the zone are passed
in, so the same input gives the same bytes.

Contents: the filters in words, the key figures, seizures and kg-equivalent per month, by substance group,
by substance, by origin country, by transport and by concealment, and the largest seizures. A figure that
includes estimated kg-equivalents (volumes, counted units) is printed with "~", explained in a note.
Tables repeat their header row on every page; each page carries "page X of Y", when the summary was
generated and who printed it. All catalogue and officer text goes through `styles.markup`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, tzinfo
from typing import Any, BinaryIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from caseapp.core.i18n import QT_TRANSLATE_NOOP, current_language, translate
from caseapp.core.substances import Catalogue
from caseapp.reports.charts import BLUE, GREEN, ORANGE, PURPLE, Bar, bar_chart, top_bars, trend_chart
from caseapp.reports.fitting import Text, fit_line, fit_size, text_width
from caseapp.reports.flowables import chunk_rows
from caseapp.reports.styles import (
    GREY_TEXT,
    HEADER_FILL,
    RULE,
    SANS,
    canvas_maker,
    draw_text,
    markup,
    pdf_time,
    rule,
    set_creation_date,
    styles,
)
from caseapp.reports.summary_words import (
    REPORT,
    count_text,
    describe_query,
    kg_text,
    localised,
    notes,
    period_text,
    schedule_note,
    share_text,
    whole_share,
)
from caseapp.reports.values import DASH
from caseapp.store.contract import UNKNOWN, LargestRow, SummaryData, SummaryRow

__all__ = ["REPORT", "describe_query", "kg_text", "write_summary"]

PAGE = A4
MARGIN = 15 * mm
TOP_MARGIN = 20 * mm
BOTTOM_MARGIN = 21 * mm
WIDTH = PAGE[0] - 2 * MARGIN  # 180 mm
FONT = ("FONTNAME", (0, 0), (-1, -1), SANS)  # without it a table names an unembedded Helvetica
SUBSTANCE_ROWS = 40  # substances listed one by one; the rest are one "other substances" line
CHART_BARS = 12

BREAKDOWN_COLUMNS: tuple[tuple[str, float], ...] = (
    ("", 68), (QT_TRANSLATE_NOOP("Summary", "Seizures"), 19), (QT_TRANSLATE_NOOP("Summary", "Exhibits"), 19),
    (QT_TRANSLATE_NOOP("Summary", "kg-equivalent"), 32), (QT_TRANSLATE_NOOP("Summary", "Share of kg"), 22),
    (QT_TRANSLATE_NOOP("Summary", "No kg-eq."), 20),
)
LARGEST_COLUMNS: tuple[tuple[str, float], ...] = (
    ("#", 7), (QT_TRANSLATE_NOOP("Summary", "Case"), 30), (QT_TRANSLATE_NOOP("Summary", "Exh."), 9),
    (QT_TRANSLATE_NOOP("Summary", "Date"), 21), (QT_TRANSLATE_NOOP("Summary", "Substance"), 30),
    (QT_TRANSLATE_NOOP("Summary", "kg-eq."), 22), (QT_TRANSLATE_NOOP("Summary", "Origin"), 20),
    (QT_TRANSLATE_NOOP("Summary", "Place"), 41),
)


def _zone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name) if name else UTC
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


# -- building blocks ------------------------------------------------------------------------------------

def _style(name: str) -> ParagraphStyle:
    return styles()[name]


def _p(text: object, style: str = "cell", *, bold: bool = False) -> Paragraph:
    return Text(markup(text, bold=bold), _style(style))


def _number(text: str, *, bold: bool = False) -> Paragraph:
    return Text(markup(text, bold=bold), ParagraphStyle("number", parent=_style("cell"), alignment=TA_RIGHT))


def _table(rows: list[list[Any]], widths: Sequence[float], *, total_row: bool = False,
           grey_rows: Sequence[int] = ()) -> Table:
    """A ruled table (widths in mm) whose header row repeats on every page."""
    points = [w * mm for w in widths]
    grey = set(grey_rows)
    styled: list[int] = []  # a row with a cell taller than a page continues on the next rows
    table_rows = [rows[0]]
    for index, pieces in enumerate(chunk_rows(rows[1:], points, 6), start=1):
        styled += range(len(table_rows), len(table_rows) + len(pieces)) if index in grey else []
        table_rows.extend(pieces)
    grey_rows, rows = styled, table_rows
    table = Table(rows, colWidths=points, repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        FONT,
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if total_row:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f5f5f5")))
    for index in grey_rows:
        commands.append(("TEXTCOLOR", (0, index), (-1, index), GREY_TEXT))
    table.setStyle(TableStyle(commands))
    return table


def _header_row(columns: Sequence[tuple[str, float]], first: str) -> list[Any]:
    cells: list[Any] = []
    for index, (name, _width) in enumerate(columns):
        text = first if index == 0 else translate("Summary", name)
        style = ParagraphStyle("head", parent=_style("cell_bold"), alignment=TA_RIGHT if index else 0)
        cells.append(Text(markup(text), style))
    return cells


def _breakdown_row(row: SummaryRow, total_kg: int) -> list[Any]:
    return [
        _p(row.label), _number(count_text(row.seizures)), _number(count_text(row.exhibits)),
        _number(kg_text(row.kg_mg, row.kg_estimate) if row.kg_mg or not row.without_kg else DASH),
        _number(share_text(row.kg_mg, total_kg)),
        _number(count_text(row.without_kg) if row.without_kg else ""),
    ]


def _breakdown(title: str, rows: Sequence[SummaryRow], data: SummaryData, *, limit: int | None = None,
               others: str = "") -> Table:
    """A breakdown table: one line per row (the first `limit`), the rest as one line, and the total."""
    totals = data.totals
    body = [_header_row(BREAKDOWN_COLUMNS, title)]
    shown = list(rows if limit is None else rows[:limit])
    rest = [] if limit is None else list(rows[limit:])
    grey: list[int] = []
    for row in shown:
        body.append(_breakdown_row(row, totals.kg_mg))
        if row.key == UNKNOWN:
            grey.append(len(body) - 1)
    if rest:
        kg = sum(r.kg_mg for r in rest)
        estimate = any(r.kg_estimate for r in rest)
        without = sum(r.without_kg for r in rest)
        body.append([_p((others or translate("Summary", "Others")) + f" ({len(rest)})"), _number(DASH),
                     _number(count_text(sum(r.exhibits for r in rest))),
                     _number(kg_text(kg, estimate) if kg or not without else DASH),
                     _number(share_text(kg, totals.kg_mg)), _number(count_text(without) if without else "")])
        grey.append(len(body) - 1)
    body.append([_p(translate("Summary", "Total"), bold=True), _number(count_text(totals.seizures), bold=True),
                 _number(count_text(totals.exhibits), bold=True),
                 _number(kg_text(totals.kg_mg, totals.kg_estimate), bold=True),
                 _number(whole_share() if totals.kg_mg else DASH, bold=True),
                 _number(count_text(totals.without_kg) if totals.without_kg else "", bold=True)])
    return _table(body, [w for _, w in BREAKDOWN_COLUMNS], total_row=True, grey_rows=grey)


def _bars(rows: Sequence[SummaryRow], *, by: str) -> list[Bar]:
    if by == "kg":
        return [Bar(r.label, float(r.kg_mg), kg_text(r.kg_mg, r.kg_estimate), r.key == UNKNOWN) for r in rows]
    return [Bar(r.label, float(r.seizures), count_text(r.seizures), r.key == UNKNOWN) for r in rows]


def _others_text(by: str) -> Any:
    if by == "kg":
        return lambda n, total: kg_text(int(total))
    return lambda n, total: count_text(int(total))  # charted by seizures: case fields, one bucket a case


def _chart(rows: Sequence[SummaryRow], *, by: str, title: str, colour: colors.Color) -> list[Flowable]:
    """A bar chart of the rows, then a little space; nothing when there is at most one bar to show."""
    bars = top_bars(_bars(rows, by=by), CHART_BARS, _others_text(by))
    if len(bars) < 2:
        return []
    return [bar_chart(bars, WIDTH, title=title, colour=colour), Spacer(1, 4)]


def _heading(text: str) -> Paragraph:
    return _p(text, "h2")


SHORT_TABLE_ROWS = 15  # a table of at most this many rows (header and total included) is never split


def _section(title: str, *flowables: Flowable) -> list[Flowable]:
    """A heading and what follows: a chart stays with its heading; a short table stays whole with its heading
    and notes (split, it left its Total row alone on the next page); a longer one may start on the same page
    when its header and a few rows fit, and is never left with less than that at the foot of a page."""
    if any(isinstance(f, Table) and len(f._cellvalues) <= SHORT_TABLE_ROWS for f in flowables):
        return [KeepTogether([_heading(title), *flowables])]
    out: list[Flowable] = []
    for index, flowable in enumerate(flowables):
        if isinstance(flowable, Drawing):
            out.append(CondPageBreak(flowable.height + (12 * mm if index == 0 else 0)))
        elif isinstance(flowable, Table):
            out.append(CondPageBreak(38 * mm))
        if index == 0:
            out.append(_heading(title))
        out.append(flowable)
    return out


def _key_figures(data: SummaryData) -> Table:
    totals = data.totals
    figures = (
        (translate("Summary", "Seizures (cases)"), count_text(totals.seizures)),
        (translate("Summary", "Exhibits"), count_text(totals.exhibits)),
        (translate("Summary", "kg-equivalent"), kg_text(totals.kg_mg, totals.kg_estimate)),
        (translate("Summary", "Exhibits without kg-equivalent"), count_text(totals.without_kg)),
    )
    big = ParagraphStyle("figure", parent=_style("title"), fontSize=15, leading=19, alignment=TA_CENTER)
    small = ParagraphStyle("caption", parent=_style("small"), alignment=TA_CENTER, textColor=GREY_TEXT)
    cells = []
    for caption, value in figures:
        size = fit_size(value, WIDTH / 4 - 10, 15, 9, bold=True)
        style = ParagraphStyle("figure_fit", parent=big, fontSize=size, leading=size * 1.25)
        cells.append([Text(markup(value, bold=True), style), Text(markup(caption), small)])
    table = Table([cells], colWidths=[WIDTH / 4] * 4, hAlign="LEFT")
    table.setStyle(TableStyle([
        FONT, ("BOX", (0, 0), (-1, -1), 0.5, RULE), ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f7f9fb")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


def _header(data: SummaryData, title: str, agency: str, catalogue: Catalogue | None) -> list[Flowable]:
    out: list[Flowable] = []
    if agency:
        out.append(_p(agency, "label"))
    out.append(_p(title, "title"))
    out.append(Spacer(1, 2))
    period, filters = translate("Summary", "Period:"), translate("Summary", "Filters:")
    out.append(Text(f'<font color="#546e7a">{markup(period)}</font> {markup(period_text(data))}', _style("body")))
    out.append(Text(f'<font color="#546e7a">{markup(filters)}</font> '
                         f'{markup(describe_query(data.query, catalogue))}', _style("body")))
    out.append(Spacer(1, 8))
    return out


def _largest(rows: Sequence[LargestRow]) -> Table:
    """The largest exhibits; the case, date and kg columns are as wide as their longest value, so a case
    number or a date never wraps, and the place takes what is left."""
    body: list[list[Any]] = []
    for index, row in enumerate(rows, start=1):
        substance = row.substance + (translate("Summary", " (lab)") if row.lab_confirmed else "")
        body.append([str(index), row.case_number, row.exhibit_number, (row.occurred_at or "")[:10], substance,
                     kg_text(row.kg_mg, row.kg_estimate), row.origin or DASH, row.place or DASH])
    pad = 7  # cell padding and a little air, points

    def fitted(column: int, low: float, high: float) -> float:
        widest = max(text_width(str(cells[column]), 8) for cells in [[name for name, _ in headings], *body])
        return min(max(widest + pad, low * mm), high * mm) / mm

    headings = [(translate("Summary", name) if name != "#" else name, width) for name, width in LARGEST_COLUMNS]
    widths = [w for _, w in LARGEST_COLUMNS]
    for column, (low, high) in {0: (6, 10), 1: (22, 42), 2: (9, 16), 3: (17, 30), 5: (16, 28)}.items():
        widths[column] = fitted(column, low, high)
    widths[7] = max(WIDTH / mm - sum(widths[:7]), 30)
    widths[4] = WIDTH / mm - sum(widths[:4]) - sum(widths[5:])
    header = [Text(markup(shown), ParagraphStyle("head", parent=_style("cell_bold"),
                                                      alignment=TA_RIGHT if name in ("#", "kg-eq.") else 0))
              for (name, _), (shown, _) in zip(LARGEST_COLUMNS, headings, strict=True)]
    cells = [[_number(c) if column in (0, 5) else _p(c) for column, c in enumerate(cells)] for cells in body]
    return _table([header, *cells], widths)


def _notes(data: SummaryData) -> list[Flowable]:
    small = _style("small")
    lines = [Text(markup(line), small) for line in notes(data)]
    # the heading never ends a page without the first note
    return [Spacer(1, 8), KeepTogether([_p(translate("Summary", "Notes"), "label"), *lines[:1]]), *lines[1:]]


def _schedule_note(catalogue: Catalogue | None) -> Paragraph:
    return _p(schedule_note(catalogue), "small")


def story(data: SummaryData, *, title: str, agency: str, catalogue: Catalogue | None) -> list[Flowable]:
    """The summary's flowables, in order."""
    data = localised(data, catalogue)
    out: list[Flowable] = [*_header(data, title, agency, catalogue), _key_figures(data)]
    if data.empty:
        out.append(Spacer(1, 14))
        out.append(_p(translate("Summary", "No seizures match these filters."), "h2"))
        out.append(_p(translate("Summary", "Nothing was seized in the period with the filters above; every figure "
                                           "is zero."),
                      "body"))
        return out
    months = [(m.month, m.seizures, m.kg_mg, m.kg_estimate) for m in data.months]
    if months:
        kg_title = (translate("Summary", "kg-equivalent per month (includes estimates)")
                    if any(m.kg_estimate for m in data.months) else translate("Summary", "kg-equivalent per month"))
        out.extend(_section(translate("Summary", "Seizures and kg-equivalent over time"),
                            trend_chart(months, WIDTH, 62 * mm, kg_title=kg_title)))
    out.extend(_section(translate("Summary", "By substance group"),
                        *_chart(data.groups, by="kg", title=translate("Summary", "kg-equivalent by group"),
                                colour=BLUE),
                        _breakdown(translate("Summary", "Substance group"), data.groups, data)))
    if data.schedules:
        out.extend(_section(translate("Summary", "By CDSA schedule (Canada)"),
                            _breakdown(translate("Summary", "Schedule"), data.schedules, data),
                            _schedule_note(catalogue)))
    out.extend(_section(translate("Summary", "By substance"),
                        _breakdown(translate("Summary", "Substance"), data.substances, data, limit=SUBSTANCE_ROWS,
                                   others=translate("Summary", "Other substances"))))
    out.extend(_section(translate("Summary", "By origin country"),
                        *_chart(data.origins, by="seizures", title=translate("Summary", "Seizures by origin country"),
                                colour=GREEN), _breakdown(translate("Summary", "Origin country"), data.origins, data)))
    out.extend(_section(translate("Summary", "By transport"),
                        *_chart(data.transports, by="seizures", title=translate("Summary", "Seizures by transport"),
                                colour=ORANGE), _breakdown(translate("Summary", "Transport"), data.transports, data)))
    out.extend(_section(translate("Summary", "By concealment"),
                        *_chart(data.concealments, by="seizures", title=translate("Summary", "Seizures by concealment"),
                                colour=PURPLE),
                        _breakdown(translate("Summary", "Concealment"), data.concealments, data)))
    if data.largest:
        largest = (translate("Summary", "the largest exhibit by kg-equivalent") if len(data.largest) == 1
                   else translate("Summary", "the {count} largest exhibits by kg-equivalent").format(
                       count=len(data.largest)))
        out.extend(_section(translate("Summary", "Largest seizures ({which})").format(which=largest),
                            _largest(data.largest)))
    out.extend(_notes(data))
    return out


# -- the document ---------------------------------------------------------------------------------------

def _decorations(title: str, agency: str, generated: str, printed_by: str, generated_at: datetime,
                 period: str) -> tuple[Any, Any]:
    width, height = PAGE
    running = " · ".join(filter(None, (agency, title)))
    # one-line texts fitted once: shrunk to a smallest size, then cut with "…" (page one prints them whole)
    running_line = fit_line(running, WIDTH * 0.6, 7.5, 5)
    period_line = fit_line(period, WIDTH * 0.38, 7.5, 5)
    report = translate("Summary", REPORT)
    left = fit_line(f"{report} · {title}" if title != report else report, WIDTH * 0.75, 7.5, 5, bold=True)
    printed = fit_line(translate("Summary", "Generated {moment} · printed by {person}").format(
        moment=generated, person=printed_by), WIDTH, 6.5, 4.5)
    page_of = translate("Summary", "Page {page} of {total}")

    def on_page(canvas: Canvas, doc: Any) -> None:
        if doc.page == 1:
            set_creation_date(canvas, generated_at)
            return
        canvas.saveState()
        y = height - 12 * mm
        draw_text(canvas, MARGIN, y, running_line[0], size=running_line[1])
        draw_text(canvas, width - MARGIN, y, period_line[0], size=period_line[1], align="right")
        rule(canvas, MARGIN, width - MARGIN, y - 2.5)
        canvas.restoreState()

    def footer(canvas: Canvas, page: int, total: int) -> None:
        canvas.saveState()
        rule(canvas, MARGIN, width - MARGIN, 15 * mm)
        canvas.setFillColor(colors.black)
        draw_text(canvas, MARGIN, 11 * mm, left[0], size=left[1], bold=True)
        draw_text(canvas, width - MARGIN, 11 * mm, page_of.format(page=page, total=total), size=7.5, bold=True,
                  align="right")
        canvas.setFillColor(GREY_TEXT)
        draw_text(canvas, MARGIN, 7 * mm, printed[0], size=printed[1])
        canvas.restoreState()

    return on_page, footer


def write_summary(data: SummaryData, out: BinaryIO, *, title: str, agency: str, generated_at: datetime,
                  printed_by: str, timezone_name: str, catalogue: Catalogue | None = None) -> int:
    """Write the period summary as PDF to `out`; returns the number of pages. `generated_at` (aware) is
    printed in `timezone_name` (an IANA name; UTC when unknown) and dates the PDF."""
    title = title.strip() or translate("Summary", REPORT)
    filters = describe_query(data.query, catalogue)
    moment = generated_at if generated_at.tzinfo else generated_at.replace(tzinfo=UTC)
    generated = pdf_time(moment.astimezone(_zone(timezone_name)))
    on_page, footer = _decorations(title, agency, generated, printed_by, moment, period_text(data))
    doc = BaseDocTemplate(
        out, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN, title=title, author=printed_by,
        subject=translate("Summary", REPORT) + f": {filters}; {period_text(data)}" + (f"; {agency}" if agency else ""),
        keywords=[translate("Summary", REPORT).lower(), translate("Summary", "seizures"),
                  translate("Summary", "kg-equivalent"),
                  *([agency] if agency else []), filters],
        creator="caseapp", producer="caseapp (ReportLab)", invariant=1, lang=current_language(),
    )
    frame = Frame(MARGIN, BOTTOM_MARGIN, WIDTH, PAGE[1] - TOP_MARGIN - BOTTOM_MARGIN, leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate("page", frames=[frame], onPage=on_page, pagesize=PAGE)])
    doc.build(story(data, title=title, agency=agency, catalogue=catalogue), canvasmaker=canvas_maker(footer=footer))
    return int(doc.page)
