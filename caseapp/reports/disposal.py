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
from caseapp.core.i18n import QT_TRANSLATE_NOOP, current_language, plural, translate
from caseapp.core.substances import Catalogue
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
    catalogue: Catalogue | None = None  # names substances in the language of the paper


def _substance(paper: Paper, text: str) -> str:
    return (paper.catalogue.display(text) if paper.catalogue is not None and text else text) or DASH


def _weight(text: str) -> str:
    """A custody weight ("998.2 g") with the language's decimal mark; text that is not one as it is."""
    value, _, unit = text.strip().partition(" ")
    try:
        return f"{decimal_text(Decimal(value))} {unit}".strip() if text.strip() else DASH
    except ArithmeticError:
        return text


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
            [_p(translate("Disposal", "Signature"), "small")], [Spacer(1, 7 * mm)],
            [_p(translate("Disposal", "Date"), "small")]]
    table = Table(rows, colWidths=[(WIDTH - 8 * mm) / 3])
    table.setStyle(TableStyle([("LINEBELOW", (0, 2), (0, 2), 0.6, colors.black),
                               ("LINEBELOW", (0, 4), (0, 4), 0.6, colors.black),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def _authorisation(batch: DisposalBatch, who: Callable[[str], str], when: Callable[[str], str]) -> Table:
    authorised = batch.authorised
    not_required = translate("Disposal", "not required (no controlled substance destroyed)")
    return _pairs([
        (translate("Disposal", "Requested by"), f"{who(batch.requested.actor)}, {when(batch.requested.at)}"),
        (translate("Disposal", "Reason for the request"), batch.requested.reason),
        (translate("Disposal", "Authorised by"),
         f"{who(authorised.actor)}, {when(authorised.at)}" if authorised else ""),
        (translate("Disposal", "Legal basis"), batch.legal_basis),
        (translate("Disposal", "Health Canada authorisation"), batch.authorisation or not_required),
        (translate("Disposal", "Reason for the authorisation"), authorised.reason if authorised else "")])


def _items(batch: DisposalBatch, paper: Paper) -> list[Flowable]:
    destroyed = batch.method == "destruction"
    weight_word = (translate("Disposal", "Weight destroyed") if destroyed
                   else translate("Disposal", "Weight returned"))
    headers = (translate("Disposal", "Case"), translate("Disposal", "Exhibit"), translate("Disposal", "Substance"),
               translate("Disposal", "Seal"), weight_word)
    rows: list[list[Any]] = [[_p(h, "cell_bold") for h in headers]]
    rows += [[_p(i.case_number), _p(i.exhibit_number), _p(_substance(paper, i.substance)),
              _p(i.seal_number or DASH), _p(_weight(i.weight))] for i in batch.items]
    count = plural(len(batch.items), translate("Disposal", "{n} exhibit"), translate("Disposal", "{n} exhibits"))
    return [_grid(rows, (46 * mm, 16 * mm, 48 * mm, 28 * mm, WIDTH - 138 * mm)), _p(count, "small")]


def certificate_story(batch: DisposalBatch, paper: Paper) -> list[Flowable]:
    def who(login: str) -> str:
        return person_name(login, paper.people)

    def when(iso: str) -> str:
        return local_time(iso, paper.zone)

    destroyed = batch.method == "destruction"
    heading = translate("Disposal", "{agency} · disposal batch {batch}").format(agency=paper.agency or DASH,
                                                                               batch=batch.batch)
    story: list[Flowable] = [
        _p(translate("Disposal", CERTIFICATE.get(batch.method, CERTIFICATE["destruction"])), "title"),
        Spacer(1, 2 * mm), _p(heading, "h2"), _p(translate("Disposal", "Authorisation"), "h2"),
        _authorisation(batch, who, when), _p(translate("Disposal", "Exhibits"), "h2"), *_items(batch, paper)]
    disposed = batch.disposed
    officer = who(disposed.actor) if disposed else ""
    story += [_p(translate("Disposal", "Destruction") if destroyed else translate("Disposal", "Return"), "h2"),
              _pairs([(translate("Disposal", "Method"), batch.means), (translate("Disposal", "Place"), batch.place),
                      (translate("Disposal", "Date and time"), when(disposed.at) if disposed else ""),
                      (translate("Disposal", "Officer"), officer),
                      (translate("Disposal", "Witnesses"), " · ".join(who(w) for w in batch.witnesses))])]
    statement = (translate("Disposal", "We certify that the exhibits listed above were destroyed in our presence, "
                                       "each identified by its scanned label before destruction.") if destroyed else
                 translate("Disposal", "We certify that the exhibits listed above were returned in our presence, "
                                       "each identified by its scanned label before release."))
    first, second = [*batch.witnesses, "", ""][:2]
    signatures = Table([[_signature(translate("Disposal", "Witness 1"), who(first)),
                         _signature(translate("Disposal", "Witness 2"), who(second)),
                         _signature(translate("Disposal", "Officer"), officer)]], colWidths=[WIDTH / 3] * 3)
    signatures.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(KeepTogether([Spacer(1, 4 * mm), Paragraph(markup(statement), styles()["body"]),
                               Spacer(1, 6 * mm), signatures]))
    return story


def _total_row(label: str, rows: Sequence[YearRow]) -> list[Any]:
    return [_p(label, bold=True), "", _p(str(sum(r.exhibits for r in rows)), bold=True, right=True),
            _p(_kg(sum(r.milligrams for r in rows), sum(r.unweighed for r in rows)), bold=True, right=True)]


def yearly_story(year: int, rows: Sequence[YearRow], paper: Paper) -> list[Flowable]:
    story: list[Flowable] = [_p(translate("Disposal", YEARLY).format(year=year), "title"), Spacer(1, 2 * mm),
                             _p(paper.agency or DASH, "h2")]
    if not rows:
        return [*story, _p(translate("Disposal", "Nothing was destroyed in {year}.").format(year=year), "body")]
    table: list[list[Any]] = [[_p(translate("Disposal", "Substance"), "cell_bold"),
                               _p(translate("Disposal", "Method"), "cell_bold"),
                               _p(translate("Disposal", "Exhibits"), "cell_bold", right=True),
                               _p(translate("Disposal", "Mass (kg)"), "cell_bold", right=True)]]
    bold_rows: list[int] = []
    for substance in dict.fromkeys(r.substance for r in rows):
        own = [r for r in rows if r.substance == substance]
        for r in own:
            table.append([_p(_substance(paper, substance)), _p(r.means or DASH), _p(str(r.exhibits), right=True),
                          _p(_kg(r.milligrams, r.unweighed), right=True)])
        if len(own) > 1:
            bold_rows.append(len(table))
            table.append(_total_row(translate("Disposal", "{substance}, all methods").format(
                substance=_substance(paper, substance)), own))
    bold_rows.append(len(table))
    table.append(_total_row(translate("Disposal", "All substances"), rows))
    grid = _grid(table, (70 * mm, 50 * mm, 20 * mm, WIDTH - 140 * mm))
    grid.setStyle(TableStyle([("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f4f5f8")) for r in bold_rows]))
    story.append(grid)
    if any(r.unweighed for r in rows):
        story.append(_p(translate("Disposal", "* Some exhibits were weighed by count or volume: they are counted, "
                                              "not in the mass."), "small"))
    return story


def _kg(milligrams: int, unweighed: int) -> str:
    """Kilograms to the gram, exact (milligrams kept whole), in the language's decimal mark."""
    kilograms = (Decimal(milligrams) / 1_000_000).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)
    return decimal_text(kilograms) + (" *" if unweighed else "")


def _write(story: list[Flowable], out: BinaryIO, title: str, paper: Paper) -> int:
    moment = paper.generated_at if paper.generated_at.tzinfo else paper.generated_at.replace(tzinfo=UTC)
    printed = translate("Disposal", "Printed {time} by {who}").format(time=pdf_time(moment.astimezone(paper.zone)),
                                                  who=paper.printed_by)
    chain = translate("Disposal", "Audit chain {hash}").format(hash=paper.chain_hash[:16]) if paper.chain_hash else ""
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
    page_of = translate("Disposal", "page {page} of {total}")

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
    name = translate("Disposal", CERTIFICATE.get(batch.method, CERTIFICATE["destruction"]))
    title = f"{name} {batch.batch}"
    return _write(certificate_story(batch, paper), out, title, paper)


def write_yearly(year: int, rows: Sequence[YearRow], out: BinaryIO, paper: Paper) -> int:
    """The yearly report of quantities destroyed, by substance and method, as PDF; returns the page count."""
    return _write(yearly_story(year, rows, paper), out, translate("Disposal", YEARLY).format(year=year), paper)
