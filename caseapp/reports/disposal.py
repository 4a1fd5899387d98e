"""Papers of the disposal workflow: the certificate of destruction (or of return) of one batch, and the yearly
report of quantities destroyed. Pure builders: they read the data given and never the database or the clock,
so the same input gives the same bytes. Every officer and catalogue text goes through `styles.markup`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from caseapp.core.disposals import DisposalBatch, YearRow
from caseapp.core.formats import decimal_text
from caseapp.core.i18n import QT_TRANSLATE_NOOP, current_language, translate
from caseapp.reports.styles import (
    GREY_TEXT,
    HEADER_FILL,
    RULE,
    canvas_maker,
    draw_text,
    markup,
    pdf_time,
    rule,
    set_creation_date,
    styles,
)
from caseapp.reports.values import DASH, local_time, person_name

PAGE = A4
MARGIN = 18 * mm
WIDTH = PAGE[0] - 2 * MARGIN
CERTIFICATE = {"destruction": QT_TRANSLATE_NOOP("Disposal", "Certificate of destruction"),
               "return": QT_TRANSLATE_NOOP("Disposal", "Certificate of return")}
YEARLY = QT_TRANSLATE_NOOP("Disposal", "Quantities destroyed in {year}")


@dataclass(frozen=True)
class Paper:
    """What every disposal paper prints around its content."""

    agency: str
    generated_at: datetime  # aware
    zone: tzinfo
    printed_by: str
    chain_hash: str
    people: Mapping[str, str]  # login -> display name


def _t(text: str) -> str:
    return translate("Disposal", text)


def _p(text: object, style: str = "cell", *, bold: bool = False, right: bool = False) -> Paragraph:
    chosen = styles()[style]
    if right:
        chosen = ParagraphStyle(f"{style}_right", parent=chosen, alignment=TA_RIGHT)
    return Paragraph(markup(text, bold=bold), chosen)


def _grid(rows: list[list[Any]], widths: Sequence[float], *, header: bool = True,
          right: Sequence[int] = ()) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0)
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    commands += [("ALIGN", (c, 0), (c, -1), "RIGHT") for c in right]
    table.setStyle(TableStyle(commands))
    return table


def _pairs(pairs: Sequence[tuple[str, str]]) -> Table:
    rows = [[_p(label, "label"), _p(value or DASH)] for label, value in pairs]
    table = _grid(rows, (48 * mm, WIDTH - 48 * mm), header=False)
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), HEADER_FILL)]))
    return table


def _signature(role: str, name: str) -> Table:
    rows = [[_p(role, "label")], [_p(name or DASH)], [Spacer(1, 12 * mm)],
            [_p(_t("Signature"), "small")], [Spacer(1, 7 * mm)], [_p(_t("Date"), "small")]]
    table = Table(rows, colWidths=[(WIDTH - 8 * mm) / 3])
    table.setStyle(TableStyle([("LINEBELOW", (0, 2), (0, 2), 0.6, colors.black),
                               ("LINEBELOW", (0, 4), (0, 4), 0.6, colors.black),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def certificate_story(batch: DisposalBatch, paper: Paper) -> list[Flowable]:
    s = styles()
    who = lambda login: person_name(login, paper.people)  # noqa: E731
    when = lambda iso: local_time(iso, paper.zone)  # noqa: E731
    title = _t(CERTIFICATE.get(batch.method, CERTIFICATE["destruction"]))
    story: list[Flowable] = [
        _p(title, "title"), Spacer(1, 2 * mm),
        _p(_t("{agency} · disposal batch {batch}").format(agency=paper.agency or DASH, batch=batch.batch), "h2"),
        _p(_t("Authorisation"), "h2")]
    authorised = batch.authorised
    story.append(_pairs([
        (_t("Requested by"), f"{who(batch.requested.actor)}, {when(batch.requested.at)}"),
        (_t("Reason for the request"), batch.requested.reason),
        (_t("Authorised by"), f"{who(authorised.actor)}, {when(authorised.at)}" if authorised else ""),
        (_t("Legal basis"), batch.legal_basis),
        (_t("Health Canada authorisation"), batch.authorisation or _t("not required (no controlled substance "
                                                                      "destroyed)")),
        (_t("Reason for the authorisation"), authorised.reason if authorised else "")]))
    story += [_p(_t("Exhibits"), "h2")]
    weight_word = _t("Weight destroyed") if batch.method == "destruction" else _t("Weight returned")
    rows: list[list[Any]] = [[_p(h, "cell_bold") for h in (_t("Case"), _t("Exhibit"), _t("Substance"), _t("Seal"),
                                                            weight_word)]]
    rows += [[_p(i.case_number), _p(i.exhibit_number), _p(i.substance or DASH), _p(i.seal_number or DASH),
              _p(i.weight or DASH)] for i in batch.items]
    story.append(_grid(rows, (46 * mm, 16 * mm, 48 * mm, 28 * mm, WIDTH - 138 * mm)))
    story.append(_p(_t("{count} exhibits").format(count=len(batch.items)) if len(batch.items) != 1
                    else _t("1 exhibit"), "small"))
    disposed = batch.disposed
    heading = _t("Destruction") if batch.method == "destruction" else _t("Return")
    story += [_p(heading, "h2"), _pairs([
        (_t("Method"), batch.means), (_t("Place"), batch.place),
        (_t("Date and time"), when(disposed.at) if disposed else ""),
        (_t("Officer"), who(disposed.actor) if disposed else ""),
        (_t("Witnesses"), " · ".join(who(w) for w in batch.witnesses))])]
    statement = (_t("We certify that the exhibits listed above were destroyed in our presence, each identified "
                    "by its scanned label before destruction.") if batch.method == "destruction" else
                 _t("We certify that the exhibits listed above were returned in our presence, each identified by "
                    "its scanned label before release."))
    witnesses = [*batch.witnesses, "", ""][:2]
    signatures = Table([[_signature(_t("Witness 1"), who(witnesses[0])), _signature(_t("Witness 2"),
                                                                                     who(witnesses[1])),
                         _signature(_t("Officer"), who(disposed.actor) if disposed else "")]],
                       colWidths=[WIDTH / 3] * 3)
    signatures.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(KeepTogether([Spacer(1, 4 * mm), Paragraph(markup(statement), s["body"]), Spacer(1, 6 * mm),
                               signatures]))
    return story


def yearly_story(year: int, rows: Sequence[YearRow], paper: Paper) -> list[Flowable]:
    story: list[Flowable] = [_p(_t(YEARLY).format(year=year), "title"), Spacer(1, 2 * mm),
                             _p(paper.agency or DASH, "h2")]
    if not rows:
        return [*story, _p(_t("Nothing was destroyed in {year}.").format(year=year), "body")]
    table: list[list[Any]] = [[_p(_t("Substance"), "cell_bold"), _p(_t("Method"), "cell_bold"),
                               _p(_t("Exhibits"), "cell_bold", right=True),
                               _p(_t("Mass (kg)"), "cell_bold", right=True)]]
    bold_rows: list[int] = []
    substances = list(dict.fromkeys(r.substance for r in rows))
    for substance in substances:
        own = [r for r in rows if r.substance == substance]
        for r in own:
            table.append([_p(substance or DASH), _p(r.means or DASH), _p(str(r.exhibits), right=True),
                          _p(_kg(r.milligrams, r.unweighed), right=True)])
        if len(own) > 1:
            bold_rows.append(len(table))
            table.append([_p(_t("{substance}, all methods").format(substance=substance or DASH), bold=True), "",
                          _p(str(sum(r.exhibits for r in own)), bold=True, right=True),
                          _p(_kg(sum(r.milligrams for r in own), sum(r.unweighed for r in own)), bold=True,
                             right=True)])
    bold_rows.append(len(table))
    table.append([_p(_t("All substances"), bold=True), "", _p(str(sum(r.exhibits for r in rows)), bold=True,
                                                             right=True),
                  _p(_kg(sum(r.milligrams for r in rows), sum(r.unweighed for r in rows)), bold=True, right=True)])
    grid = _grid(table, (70 * mm, 50 * mm, 20 * mm, WIDTH - 140 * mm))
    grid.setStyle(TableStyle([("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f4f5f8")) for r in bold_rows]))
    story.append(grid)
    if any(r.unweighed for r in rows):
        story.append(_p(_t("* Some exhibits were weighed by count or volume: they are counted, not in the mass."),
                        "small"))
    return story


def _kg(milligrams: int, unweighed: int) -> str:
    """Kilograms to the gram, exact (milligrams kept whole), in the language's decimal mark."""
    kilograms = (Decimal(milligrams) / 1_000_000).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)
    return decimal_text(kilograms) + (" *" if unweighed else "")


def _write(story: list[Flowable], out: BinaryIO, title: str, paper: Paper) -> int:
    moment = paper.generated_at if paper.generated_at.tzinfo else paper.generated_at.replace(tzinfo=UTC)
    printed = _t("Printed {time} by {who}").format(time=pdf_time(moment.astimezone(paper.zone)),
                                                  who=paper.printed_by)
    chain = _t("Audit chain {hash}").format(hash=paper.chain_hash[:16]) if paper.chain_hash else ""
    doc = BaseDocTemplate(out, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=16 * mm,
                          bottomMargin=22 * mm, title=title, author=paper.printed_by, subject=title,
                          creator="caseapp", producer="caseapp (ReportLab)", invariant=1, lang=current_language())
    frame = Frame(MARGIN, 22 * mm, WIDTH, PAGE[1] - 38 * mm, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0)

    def on_page(canvas: Canvas, doc: Any) -> None:
        if doc.page == 1:
            set_creation_date(canvas, moment)

    doc.addPageTemplates([PageTemplate("page", frames=[frame], onPage=on_page, pagesize=PAGE)])
    doc.build(story, canvasmaker=canvas_maker(footer=_footer(title, printed, chain)))
    return int(doc.page)


def _footer(title: str, printed: str, chain: str) -> Callable[[Canvas, int, int], None]:
    page_of = _t("page {page} of {total}")

    def footer(canvas: Canvas, page: int, total: int) -> None:
        canvas.saveState()
        rule(canvas, MARGIN, PAGE[0] - MARGIN, 16 * mm)
        draw_text(canvas, MARGIN, 12 * mm, title, size=8, bold=True)
        draw_text(canvas, PAGE[0] - MARGIN, 12 * mm, page_of.format(page=page, total=total), size=8, bold=True,
                  align="right")
        canvas.setFillColor(GREY_TEXT)
        draw_text(canvas, MARGIN, 8 * mm, printed, size=7)
        draw_text(canvas, PAGE[0] - MARGIN, 8 * mm, chain, size=7, align="right")
        canvas.restoreState()
    return footer


def write_certificate(batch: DisposalBatch, out: BinaryIO, paper: Paper) -> int:
    """The certificate of destruction (or of return) of a disposed batch, as PDF; returns the page count."""
    title = f"{_t(CERTIFICATE.get(batch.method, CERTIFICATE['destruction']))} {batch.batch}"
    return _write(certificate_story(batch, paper), out, title, paper)


def write_yearly(year: int, rows: Sequence[YearRow], out: BinaryIO, paper: Paper) -> int:
    """The yearly report of quantities destroyed, by substance and method, as PDF; returns the page count."""
    return _write(yearly_story(year, rows, paper), out, _t(YEARLY).format(year=year), paper)
