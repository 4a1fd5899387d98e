"""The case report's account of the seizure: the header with the case's barcode and QR code, the event,
the place, the route, the people, the exhibits and the narrative (see case_report for the whole)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from caseapp.core import vocab
from caseapp.core.countries import country_display
from caseapp.core.formats import grouped, kg_text
from caseapp.core.i18n import QT_TRANSLATE_NOOP, labelled, translate
from caseapp.core.model import Exhibit
from caseapp.reports.barcodes import BarcodeFlowable, QrFlowable
from caseapp.reports.case_layout import (
    FONT,
    WIDTH,
    fields_table,
    grid,
    heading,
    label_lines,
    named_style,
    para,
    status_words,
    title,
)
from caseapp.reports.fitting import Text, budgeted
from caseapp.reports.flowables import split_rows
from caseapp.reports.styles import HAZARD_RED, markup
from caseapp.reports.values import (
    DASH,
    decimal_text,
    hazard_text,
    local_time,
    or_dash,
    person_name,
    quantity_text,
    stored_time,
)

if TYPE_CHECKING:
    from caseapp.core.substances import Catalogue
    from caseapp.reports.case_data import CaseReportData

# The narrative prints up to NARRATIVE_LIMIT characters (about 150 pages of 9-point text; an honest
# narrative is a few thousand), then a note that says how much more the database holds.
NARRATIVE_LIMIT = 1_000_000
NARRATIVE_PIECE = 3_000  # characters: a narrative line longer than this is printed as several paragraphs

EXHIBIT_COLUMNS: tuple[tuple[str, float], ...] = (
    (QT_TRANSLATE_NOOP("CaseReport", "No."), 9), (QT_TRANSLATE_NOOP("CaseReport", "Kind / form"), 18),
    (QT_TRANSLATE_NOOP("CaseReport", "Substance"), 29), (QT_TRANSLATE_NOOP("CaseReport", "Quantity"), 22),
    (QT_TRANSLATE_NOOP("CaseReport", "kg-eq."), 16), (QT_TRANSLATE_NOOP("CaseReport", "Packages"), 18),
    (QT_TRANSLATE_NOOP("CaseReport", "Field test"), 14), (QT_TRANSLATE_NOOP("CaseReport", "Lab result"), 24),
    (QT_TRANSLATE_NOOP("CaseReport", "CDSA"), 14), (QT_TRANSLATE_NOOP("CaseReport", "Hazard"), 16),
)


def header_section(data: CaseReportData) -> Flowable:
    case = data.case
    number = case.case_number or ""
    status = status_words(case)
    if case.status == "approved" and case.approved_by:
        status_line = translate("CaseReport", "{status} by {person}, {moment}").format(
            status=status, person=person_name(case.approved_by, data.people),
            moment=stored_time(case.approved_at, data.zone))
    elif case.status == "approved":
        status_line = translate("CaseReport", "{status} when imported (no approval recorded in this database)").format(
            status=status)
    else:
        status_line = translate("CaseReport", "{status} — not approved").format(status=status)
    left = [
        para(or_dash(data.agency), "h2"),
        Text(markup(title()), named_style("title")),
        Spacer(1, 2),
        Text(markup(translate("CaseReport", "Case {number}").format(number=number), bold=True),
             ParagraphStyle("case", parent=named_style("title"), fontSize=13, leading=17)),
        Text(markup(translate("CaseReport", "Status: {status}").format(status=status_line)),
                  ParagraphStyle("status", parent=named_style("body"),
                                 textColor=colors.black if case.status == "approved" else HAZARD_RED)),
        para(translate("CaseReport", "Version {version}").format(version=case.version), "small"),
    ]
    qr_size = 25 * mm
    codes = Table([[BarcodeFlowable(number, 62 * mm, 11 * mm), QrFlowable(number, qr_size)]],
                  colWidths=[64 * mm, qr_size + 2 * mm])
    codes.setStyle(TableStyle([FONT, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("ALIGN", (0, 0), (-1, -1), "RIGHT")]))
    widths = [WIDTH - 91 * mm, 91 * mm]
    table = Table(split_rows([[left, codes]], widths, 0), colWidths=widths)
    table.setStyle(TableStyle([
        FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.HexColor("#37474f")),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


def event_section(data: CaseReportData) -> list[Flowable]:
    case = data.case
    occurred = local_time(case.occurred_at, data.zone)
    if occurred and case.occurred_at and "T" in case.occurred_at:
        if not occurred.endswith(f" {data.zone_name}"):
            occurred = f"{occurred} ({data.zone_name})"
    elif occurred:
        occurred = translate("CaseReport", "{date} (time not recorded)").format(date=occurred)
    return [*heading(translate("CaseReport", "Event")), fields_table([
        (translate("CaseReport", "Date / time"), occurred or translate("CaseReport", "unknown")),
        (translate("CaseReport", "Recorded"), stored_time(case.recorded_at, data.zone)),
        (translate("CaseReport", "Agency"), case.agency),
        (translate("CaseReport", "Unit"), case.unit),
        (translate("CaseReport", "Officers"), "\n".join(case.officers)),
        (translate("CaseReport", "Detection"), vocab.DETECTION.display(case.detection)),
    ])]


def _country(code: str | None) -> str:
    name = country_display(code)
    return f"{name} ({code})" if code and name != code else name


def place_section(data: CaseReportData) -> list[Flowable]:
    loc = data.case.location
    lat_lon = ""
    if loc.lat is not None or loc.lon is not None:
        lat_lon = f"{decimal_text(loc.lat) or '?'}, {decimal_text(loc.lon) or '?'}"
    return [*heading(translate("CaseReport", "Place")), fields_table([
        (translate("CaseReport", "Name"), loc.name),
        (translate("CaseReport", "Place type"), vocab.PLACE_TYPE.display(loc.place_type)),
        (translate("CaseReport", "Address"), loc.address), (translate("CaseReport", "City"), loc.city),
        (translate("CaseReport", "Region"), loc.region), (translate("CaseReport", "Country"), _country(loc.country)),
        (translate("CaseReport", "Latitude, longitude"), lat_lon),
    ])]


def route_section(data: CaseReportData) -> list[Flowable]:
    case = data.case
    stops = [_country(case.origin_country), _country(case.departure_country),
             *[_country(c) for c in case.transit_countries], _country(case.destination_country)]
    path = " → ".join(stop or translate("CaseReport", "unknown") for stop in stops) if any(stops) else ""
    concealment = vocab.CONCEALMENT.display(case.concealment)
    if case.concealment_text:
        concealment = labelled(concealment, case.concealment_text) if concealment else case.concealment_text
    return [*heading(translate("CaseReport", "Route")), fields_table([
        (translate("CaseReport", "Origin"), _country(case.origin_country)),
        (translate("CaseReport", "Departure"), _country(case.departure_country)),
        (translate("CaseReport", "Transit"), "\n".join(_country(c) for c in case.transit_countries)),
        (translate("CaseReport", "Destination"), _country(case.destination_country)),
    ]), fields_table([
        (translate("CaseReport", "Path"), path),
        (translate("CaseReport", "Routing"), vocab.ROUTING.display(case.routing)),
        (translate("CaseReport", "Transport"), vocab.TRANSPORT.display(case.transport)),
        (translate("CaseReport", "Conveyance"), case.conveyance),
        (translate("CaseReport", "Concealment"), concealment),
    ], columns=1)]


def people_section(data: CaseReportData) -> list[Flowable]:
    persons = data.case.persons
    out = heading(translate("CaseReport", "People"))
    if not persons:
        return [*out, para(translate("CaseReport", "No people recorded."), "body")]
    rows: list[list[Any]] = [[para(h, "cell_bold") for h in (
        translate("CaseReport", "Role"), translate("CaseReport", "Name"), translate("CaseReport", "Date of birth"),
        translate("CaseReport", "Nationality"))]]
    for person in persons:
        rows.append([para(vocab.PERSON_ROLE.display(person.role)), para(or_dash(person.name)),
                     para(or_dash(person.date_of_birth)), para(or_dash(_country(person.nationality)))])
    return [*out, grid(rows, (30, 82, 28, 40))]


def _exhibit_row(exhibit: Exhibit, data: CaseReportData) -> list[Any]:
    lab = exhibit.lab
    names = data.catalogue.display if data.catalogue is not None else (lambda text: text or "")
    substance = markup(budgeted(names(exhibit.substance) or DASH), bold=bool(exhibit.substance))
    if lab is not None and lab.substance:
        confirmed = translate("CaseReport", "lab-confirmed:")
        substance += (f'<br/><font color="#546e7a">{markup(confirmed)}</font> '
                      f'{markup(budgeted(names(lab.substance)), bold=True)}')
    if exhibit.description:
        substance += f'<br/><font color="#546e7a">{markup(budgeted(exhibit.description))}</font>'
    quantity = quantity_text(exhibit.quantity) or translate("CaseReport", "unknown")
    measure = vocab.MEASURE.display(exhibit.measure)
    packages = str(exhibit.packages) if exhibit.packages is not None else ""
    hazard = hazard_text(exhibit, data.catalogue)
    hazard_cell: Any = para(DASH)
    if hazard:
        word, _, kind = hazard.partition(" — ")
        hazard_cell = Text(f'<font color="#{HAZARD_RED.hexval()[2:]}">{markup(word, bold=True)}</font>'
                                + (f"<br/>{markup(kind)}" if kind else ""), named_style("cell"))
    purity = f"{decimal_text(lab.purity_percent)} %" if lab and lab.purity_percent is not None else ""
    lab_cell = label_lines((translate("CaseReport", "purity"), purity),
                           (translate("CaseReport", "lab"), lab.lab if lab else ""),
                           (translate("CaseReport", "cert."), lab.certificate if lab else "")) \
        if lab is not None else para(DASH)
    return [
        para(exhibit.number or "", "cell_bold"),
        label_lines(("", vocab.EXHIBIT_KIND.display(exhibit.kind)), ("", vocab.FORM.display(exhibit.form))),
        Text(substance, named_style("cell")),
        label_lines(("", quantity), ("", measure), (translate("CaseReport", "count"), quantity_text(exhibit.count))),
        para(kg_text(exhibit.kg_mg, exhibit.kg_estimate) or DASH),
        label_lines(("", packages), ("", exhibit.packaging)),
        para(or_dash(vocab.FIELD_TEST.display(exhibit.field_test))),
        lab_cell,
        para(schedule_text(exhibit, data.catalogue)),
        hazard_cell,
    ]


def schedule_text(exhibit: Exhibit, catalogue: Catalogue | None) -> str:
    """Where the CDSA schedules list the exhibit's substance (the lab-confirmed one when there is one):
    'Sched. I-16(5)', 'Sched. I-16 (class)' for an analogue only a class item covers, a Schedule V
    designation with its end date; a dash when no schedule lists it or the catalogue does not know it."""
    if catalogue is None:
        return DASH
    name = exhibit.lab.substance if exhibit.lab is not None and exhibit.lab.substance else exhibit.substance
    substance = catalogue.find(name)
    if substance is None or not substance.schedules:
        return DASH
    texts = []
    for listing in substance.schedules:
        text = translate("CaseReport", "Sched. {reference}").format(reference=listing.reference)
        if listing.by_class:
            text += translate("CaseReport", " (class)")
        if listing.period_end:
            text += translate("CaseReport", " until {date}").format(date=listing.period_end)
        texts.append(text)
    return "\n".join(texts)


def exhibits_section(data: CaseReportData) -> list[Flowable]:
    exhibits = data.case.exhibits
    out = heading(translate("CaseReport", "Exhibits ({count})").format(count=len(exhibits)))
    if not exhibits:
        return [*out, para(translate("CaseReport", "No exhibits recorded."), "body")]
    rows: list[list[Any]] = [[para(translate("CaseReport", h), "cell_bold") for h, _ in EXHIBIT_COLUMNS]]
    for exhibit in exhibits:
        rows.append(_exhibit_row(exhibit, data))
    hazardous = frozenset(i for i, exhibit in enumerate(exhibits) if exhibit.hazard_flag)
    note = para(translate("CaseReport",
                          "kg-eq.: kilogram-equivalent; \"~\" marks an estimate (a volume at 1 L = 1 kg, or a "
                             "count at a typical unit mass).\nA quantity marked \"~\" was entered as approximate.\n"
                             "CDSA: schedule-item of the Controlled Drugs and Substances Act (Canada) listing the "
                             "substance, lab-confirmed first;\n\"class\": covered only by a class item (e.g. I-16, "
                             "fentanyls and their analogues)."), "small")
    return [*out, grid(rows, [w for _, w in EXHIBIT_COLUMNS], highlight=hazardous), Spacer(1, 3), note]


def narrative_pieces(text: str, limit: int | None = None, piece: int = NARRATIVE_PIECE) -> tuple[list[str], int]:
    """(pieces, characters left out): the narrative's lines, a line longer than `piece` characters cut at
    its last space before that (anywhere when it has none), up to `limit` characters. Each piece is one
    Paragraph: ReportLab re-wraps all the rest of a paragraph at every page it splits, so one paragraph of
    5 MB took minutes; pieces shorter than a page keep the work in proportion to the text."""
    limit = NARRATIVE_LIMIT if limit is None else limit
    shown = text[:limit]
    pieces: list[str] = []
    for line in shown.split("\n"):
        while len(line) > piece:
            cut = line.rfind(" ", piece // 2, piece)
            cut = piece if cut < 0 else cut + 1
            pieces.append(line[:cut])
            line = line[cut:]
        pieces.append(line)
    return pieces, len(text) - len(shown)


def narrative_section(data: CaseReportData) -> list[Flowable]:
    text = data.case.narrative
    out = heading(translate("CaseReport", "Narrative"))
    if not text.strip():
        return [*out, para(translate("CaseReport", "No narrative recorded."), "body")]
    pieces, left_out = narrative_pieces(text.replace("\t", "    "))
    for piece in pieces:
        # runs of spaces kept: every space after a space becomes a no-break space, which Paragraph does not fold
        kept = ["\u00a0" if char == " " and index and piece[index - 1] == " " else char
                for index, char in enumerate(piece)]
        out.append(Text(markup("".join(kept)) or "\u00a0", named_style("body")))
    if left_out:
        out.append(Text(markup(translate("CaseReport", "Narrative continues: {left} characters not printed (a report "
                                                       "prints the first {limit}); the full text is in the "
                                                       "database.").format(
            left=grouped(left_out), limit=grouped(NARRATIVE_LIMIT)), bold=True),
                        ParagraphStyle("continues", parent=named_style("body"), textColor=HAZARD_RED, spaceBefore=6)))
    return out

