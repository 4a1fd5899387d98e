"""The case report's account of the seizure: the header with the case's barcode and QR code, the event,
the place, the route, the people, the exhibits and the narrative (see case_report for the whole)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from caseapp.core import vocab
from caseapp.core.countries import country_name
from caseapp.core.model import Exhibit
from caseapp.core.units import format_kg
from caseapp.reports.barcodes import BarcodeFlowable, QrFlowable
from caseapp.reports.case_layout import (
    FONT,
    TITLE,
    WIDTH,
    fields_table,
    grid,
    heading,
    label_lines,
    named_style,
    para,
    status_words,
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
    ("No.", 9), ("Kind / form", 18), ("Substance", 29), ("Quantity", 22), ("kg-eq.", 16), ("Packages", 18),
    ("Field test", 14), ("Lab result", 24), ("CDSA", 14), ("Hazard", 16),
)


def header_section(data: CaseReportData) -> Flowable:
    case = data.case
    number = case.case_number or ""
    status = status_words(case)
    if case.status == "approved" and case.approved_by:
        status_line = (f"{status} by {person_name(case.approved_by, data.people)}, "
                       f"{stored_time(case.approved_at, data.zone)}")
    elif case.status == "approved":
        status_line = f"{status} when imported (no approval recorded in this database)"
    else:
        status_line = f"{status} — not approved"
    left = [
        para(or_dash(data.agency), "h2"),
        Text(markup(TITLE), named_style("title")),
        Spacer(1, 2),
        Text(markup(f"Case {number}", bold=True), ParagraphStyle("case", parent=named_style("title"), fontSize=13,
                                                                      leading=17)),
        Text(markup(f"Status: {status_line}"),
                  ParagraphStyle("status", parent=named_style("body"),
                                 textColor=colors.black if case.status == "approved" else HAZARD_RED)),
        para(f"Version {case.version}", "small"),
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
        occurred = f"{occurred} (time not recorded)"
    return [*heading("Event"), fields_table([
        ("Date / time", occurred or "unknown"),
        ("Recorded", stored_time(case.recorded_at, data.zone)),
        ("Agency", case.agency),
        ("Unit", case.unit),
        ("Officers", "\n".join(case.officers)),
        ("Detection", vocab.DETECTION.label(case.detection)),
    ])]


def _country(code: str | None) -> str:
    name = country_name(code)
    return f"{name} ({code})" if code and name != code else name


def place_section(data: CaseReportData) -> list[Flowable]:
    loc = data.case.location
    lat_lon = ""
    if loc.lat is not None or loc.lon is not None:
        lat_lon = f"{decimal_text(loc.lat) or '?'}, {decimal_text(loc.lon) or '?'}"
    return [*heading("Place"), fields_table([
        ("Name", loc.name), ("Place type", vocab.PLACE_TYPE.label(loc.place_type)),
        ("Address", loc.address), ("City", loc.city),
        ("Region", loc.region), ("Country", _country(loc.country)),
        ("Latitude, longitude", lat_lon),
    ])]


def route_section(data: CaseReportData) -> list[Flowable]:
    case = data.case
    stops = [_country(case.origin_country), _country(case.departure_country),
             *[_country(c) for c in case.transit_countries], _country(case.destination_country)]
    path = " → ".join(stop or "unknown" for stop in stops) if any(stops) else ""
    concealment = vocab.CONCEALMENT.label(case.concealment)
    if case.concealment_text:
        concealment = f"{concealment}: {case.concealment_text}" if concealment else case.concealment_text
    return [*heading("Route"), fields_table([
        ("Origin", _country(case.origin_country)), ("Departure", _country(case.departure_country)),
        ("Transit", "\n".join(_country(c) for c in case.transit_countries)),
        ("Destination", _country(case.destination_country)),
    ]), fields_table([
        ("Path", path),
        ("Routing", vocab.ROUTING.label(case.routing)),
        ("Transport", vocab.TRANSPORT.label(case.transport)),
        ("Conveyance", case.conveyance),
        ("Concealment", concealment),
    ], columns=1)]


def people_section(data: CaseReportData) -> list[Flowable]:
    persons = data.case.persons
    out = heading("People")
    if not persons:
        return [*out, para("No people recorded.", "body")]
    rows: list[list[Any]] = [[para(h, "cell_bold") for h in ("Role", "Name", "Date of birth", "Nationality")]]
    for person in persons:
        rows.append([para(vocab.PERSON_ROLE.label(person.role)), para(or_dash(person.name)),
                     para(or_dash(person.date_of_birth)), para(or_dash(_country(person.nationality)))])
    return [*out, grid(rows, (30, 82, 28, 40))]


def _exhibit_row(exhibit: Exhibit, data: CaseReportData) -> list[Any]:
    lab = exhibit.lab
    substance = markup(budgeted(exhibit.substance or DASH), bold=bool(exhibit.substance))
    if lab is not None and lab.substance:
        substance += (f'<br/><font color="#546e7a">{markup("lab-confirmed:")}</font> '
                      f'{markup(budgeted(lab.substance), bold=True)}')
    if exhibit.description:
        substance += f'<br/><font color="#546e7a">{markup(budgeted(exhibit.description))}</font>'
    quantity = quantity_text(exhibit.quantity) or "unknown"
    measure = vocab.MEASURE.label(exhibit.measure)
    packages = str(exhibit.packages) if exhibit.packages is not None else ""
    hazard = hazard_text(exhibit, data.catalogue)
    hazard_cell: Any = para(DASH)
    if hazard:
        word, _, kind = hazard.partition(" — ")
        hazard_cell = Text(f'<font color="#{HAZARD_RED.hexval()[2:]}">{markup(word, bold=True)}</font>'
                                + (f"<br/>{markup(kind)}" if kind else ""), named_style("cell"))
    lab_cell = label_lines(("purity", f"{decimal_text(lab.purity_percent)} %" if lab and lab.purity_percent is not None
                            else ""), ("lab", lab.lab if lab else ""), ("cert.", lab.certificate if lab else "")) \
        if lab is not None else para(DASH)
    return [
        para(exhibit.number or "", "cell_bold"),
        label_lines(("", vocab.EXHIBIT_KIND.label(exhibit.kind)), ("", vocab.FORM.label(exhibit.form))),
        Text(substance, named_style("cell")),
        label_lines(("", quantity), ("", measure), ("count", quantity_text(exhibit.count))),
        para(format_kg(exhibit.kg_mg, exhibit.kg_estimate) or DASH),
        label_lines(("", packages), ("", exhibit.packaging)),
        para(or_dash(vocab.FIELD_TEST.label(exhibit.field_test))),
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
        text = f"Sched. {listing.reference}"
        if listing.by_class:
            text += " (class)"
        if listing.period_end:
            text += f" until {listing.period_end}"
        texts.append(text)
    return "\n".join(texts)


def exhibits_section(data: CaseReportData) -> list[Flowable]:
    exhibits = data.case.exhibits
    out = heading(f"Exhibits ({len(exhibits)})")
    if not exhibits:
        return [*out, para("No exhibits recorded.", "body")]
    rows: list[list[Any]] = [[para(h, "cell_bold") for h, _ in EXHIBIT_COLUMNS]]
    for exhibit in exhibits:
        rows.append(_exhibit_row(exhibit, data))
    hazardous = frozenset(i for i, exhibit in enumerate(exhibits) if exhibit.hazard_flag)
    note = para("kg-eq.: kilogram-equivalent; \"~\" marks an estimate (a volume at 1 L = 1 kg, or a count at a typical "
              "unit mass).\nA quantity marked \"~\" was entered as approximate.\nCDSA: schedule-item of the Controlled "
              "Drugs and Substances Act (Canada) listing the substance, lab-confirmed first;\n\"class\": covered "
              "only by a class item (e.g. I-16, fentanyls and their analogues).", "small")
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
    out = heading("Narrative")
    if not text.strip():
        return [*out, para("No narrative recorded.", "body")]
    pieces, left_out = narrative_pieces(text.replace("\t", "    "))
    for piece in pieces:
        # runs of spaces kept: every space after a space becomes a no-break space, which Paragraph does not fold
        kept = ["\u00a0" if char == " " and index and piece[index - 1] == " " else char
                for index, char in enumerate(piece)]
        out.append(Text(markup("".join(kept)) or "\u00a0", named_style("body")))
    if left_out:
        out.append(Text(markup(f"Narrative continues: {left_out:,} characters not printed (a report prints the "
                               f"first {NARRATIVE_LIMIT:,}); the full text is in the database.", bold=True),
                        ParagraphStyle("continues", parent=named_style("body"), textColor=HAZARD_RED, spaceBefore=6)))
    return out

