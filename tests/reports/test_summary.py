"""The period summary PDF: figures and names in the text, filters in words, "~" for estimates, an empty
summary, fonts, metadata, repeated table headers, page furniture, determinism, charts that do not
collide, and the audited print."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Group, String

from caseapp.reports import charts
from caseapp.reports.summary import describe_query, kg_text, write_summary
from caseapp.services.summary import gather_summary, summary_report
from caseapp.services.transfer import import_file
from caseapp.store.contract import UNKNOWN, MonthRow, SearchQuery, SummaryRow

GENERATED = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture
def loaded(sample_case_app, data_dir):
    assert import_file(sample_case_app, data_dir / "sample_ids.csv", actor="olga").value.committed
    return sample_case_app


def pdf_of(data, catalogue=None, **kwargs):
    out = io.BytesIO()
    options = {"title": "Period summary", "agency": "CBSA", "generated_at": GENERATED,
               "printed_by": "Sgt Sam Okafor (sam)", "timezone_name": "America/Vancouver", "catalogue": catalogue,
               **kwargs}
    pages = write_summary(data, out, **options)
    return out.getvalue(), pages


def gather(app, **query):
    return app._stores.summaries.summary(SearchQuery(**query))


def test_totals_names_and_estimates_are_printed(loaded, catalogue, pdf_pages, flat):
    data = gather(loaded)
    pdf, pages = pdf_of(data, catalogue)
    texts = pdf_pages(pdf)
    assert len(texts) == pages >= 2
    text = flat(" ".join(texts))
    assert "Period summary" in text and "CBSA" in text
    assert "Filters: All seizures" in text and "Period: 2012-08 to 2024-03" in text
    assert "13 Seizures (cases)" in text and "17 Exhibits" in text
    assert kg_text(data.totals.kg_mg, True) == "~23.214 kg" and "~23.214 kg" in text
    for name in ("Carfentanil", "Furanylfentanyl", "Acetic anhydride", "Zzz unlisted herb", "Opioids",
                 "Cocaine-type substances", "China", "Türkiye", "Unknown / not recorded", "Commercial sea",
                 "Freight / container", "No substance recorded"):
        assert name in text, name
    assert "~20.000 kg" in text  # the acetic anhydride (20 L) is an estimate wherever it counts
    assert "~ marks a kg-equivalent that includes estimates" in text
    assert "Largest seizures" in text and "CASE-2026-000009" in text and "Carfentanil (lab)" in text


def test_page_furniture_on_every_page(loaded, catalogue, pdf_pages, flat):
    pdf, pages = pdf_of(gather(loaded), catalogue)
    for number, page in enumerate(pdf_pages(pdf), start=1):
        text = flat(page)
        assert f"Page {number} of {pages}" in text
        assert "Generated 2026-11-25 04:00 PST · printed by Sgt Sam Okafor (sam)" in text


def test_filters_in_words(catalogue):
    query = SearchQuery(substance="fentanyl", analogues=True, origin="CN", date_from=date(2024, 1, 1),
                        date_to=date(2024, 12, 31))
    assert describe_query(query, catalogue) == (
        "Substance: Fentanyl and analogues · Origin: China · 2024-01-01 to 2024-12-31")
    assert describe_query(SearchQuery(), catalogue) == "All seizures"
    assert describe_query(SearchQuery(group="opioids", transport="mail", concealment="freight", hazard=True,
                                      kg_min=Decimal("1"), match_on="confirmed", date_from=date(2020, 5, 1)),
                          catalogue) == ("Group: Opioids · Matched on: lab-confirmed substance · Transport: Mail · "
                                         "Concealment: Freight / container · Hazardous exhibits only · "
                                         "kg-equivalent: at least 1 kg · from 2020-05-01")


def test_filters_and_period_printed(loaded, catalogue, pdf_pages, flat):
    query = {"substance": "fentanyl", "analogues": True, "origin": "China", "date_from": date(2016, 1, 1),
             "date_to": date(2016, 12, 31)}
    pdf, _ = pdf_of(gather(loaded, **query), catalogue)
    text = flat(" ".join(pdf_pages(pdf)))
    assert "Filters: Substance: Fentanyl and analogues · Origin: China · 2016-01-01 to 2016-12-31" in text
    assert "Period: 2016-01-01 to 2016-12-31" in text
    assert "2 Seizures (cases)" in text


def test_no_match_is_a_valid_pdf_saying_so(loaded, catalogue, pdf_pages, flat, pdf_fonts):
    data = gather(loaded, substance="nothing like this")
    pdf, pages = pdf_of(data, catalogue)
    assert pages == 1 and pdf.startswith(b"%PDF")
    text = flat(pdf_pages(pdf)[0])
    assert "No seizures match" in text and "Substance: nothing like this" in text and "0 kg" in text
    assert "Page 1 of 1" in text
    assert all(pdf_fonts(pdf).values())


def test_every_font_is_embedded_and_none_is_helvetica(loaded, catalogue, pdf_fonts):
    pdf, _ = pdf_of(gather(loaded), catalogue)
    fonts = pdf_fonts(pdf)
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in name for name in fonts)
    assert b"Helvetica" not in pdf


def test_same_input_same_bytes(loaded, catalogue):
    data = gather(loaded)
    assert pdf_of(data, catalogue)[0] == pdf_of(data, catalogue)[0]
    assert pdf_of(data, catalogue)[0] != pdf_of(data, catalogue, generated_at=datetime(2026, 11, 26, tzinfo=UTC))[0]


def test_pdf_metadata(loaded, catalogue):
    pdf, _ = pdf_of(gather(loaded, origin="CN"), catalogue, title="Origin China, all years")
    info = PdfReader(io.BytesIO(pdf)).metadata
    assert info.title == "Origin China, all years"
    assert info.author == "Sgt Sam Okafor (sam)"
    assert "Period summary" in info.subject and "Origin: China" in info.subject
    assert "period summary" in info["/Keywords"] and "CBSA" in info["/Keywords"]
    assert info["/CreationDate"].startswith("D:20261125120000")


def _rows(count: int, prefix: str) -> tuple[SummaryRow, ...]:
    return tuple(SummaryRow(f"{prefix}{i}", f"{prefix} {i:03d}", 1, 1, 1_000_000 * (count - i), False, 0)
                 for i in range(count))


def test_long_tables_repeat_their_header_and_hostile_text_prints_as_typed(loaded, catalogue, pdf_pages, flat):
    data = gather(loaded)
    hostile = SummaryRow("u:x", '<b>unclosed & 5 < 6 海洛因 헤로인', 1, 1, 5, False, 0)
    data = replace(data, origins=_rows(150, "Place"), substances=(hostile, *data.substances))
    pdf, pages = pdf_of(data, catalogue)
    texts = [flat(t) for t in pdf_pages(pdf)]
    with_header = [i for i, t in enumerate(texts) if "Origin country Seizures Exhibits kg-equivalent" in t]
    assert len(with_header) >= 3  # the origin table runs over pages, its header on each
    assert any("Place 149" in t for t in texts) and "Page 1 of" in texts[0]
    everything = " ".join(texts)
    assert "<b>unclosed & 5 < 6" in everything and "海洛因" in everything and "헤로인" in everything
    assert pages == len(texts)


def test_months_chart_over_many_years_prints(loaded, catalogue, pdf_pages):
    data = gather(loaded)
    months = tuple(MonthRow(f"{1990 + i // 12}-{i % 12 + 1:02d}", i % 7, i % 7, i * 1000, i % 5 == 0)
                   for i in range(400))
    pdf, _ = pdf_of(replace(data, months=months), catalogue)
    assert "Seizures per year" in pdf_pages(pdf)[0]


# -- charts -------------------------------------------------------------------------------------------

def _labels(node, dx=0.0, dy=0.0):
    """(x0, x1, y) of every label Group in a drawing: its Strings laid end to end."""
    found = []
    for item in getattr(node, "contents", []):
        if isinstance(item, Group) and item.contents and all(isinstance(s, String) for s in item.contents):
            first, last = item.contents[0], item.contents[-1]
            width = charts.text_width(last.text, last.fontSize)
            found.append((first.x, last.x + width, first.y, first.fontSize))
        elif isinstance(item, Group):
            found.extend(_labels(item))
    return found


def _overlapping(labels):
    clashes = []
    for i, (a0, a1, ay, asize) in enumerate(labels):
        for b0, b1, by, bsize in labels[i + 1:]:
            if abs(ay - by) < max(asize, bsize) and a0 < b1 and b0 < a1:
                clashes.append(((a0, a1, ay), (b0, b1, by)))
    return clashes


@pytest.mark.parametrize("count", [1, 5, 12, 40, 96, 150, 400])
@pytest.mark.parametrize("first", [0, 11])  # from January, from December
def test_trend_chart_labels_never_overlap(count, first):
    months = [(f"{2000 + i // 12}-{i % 12 + 1:02d}", i % 9, i * 123_456, False) for i in range(first, first + count)]
    drawing = charts.trend_chart(months, 500, 170)
    labels = _labels(drawing)
    assert labels and not _overlapping(labels)
    assert all(0 <= x0 and x1 <= 500 for x0, x1, _, _ in labels)


def test_bar_chart_fits_long_labels_and_groups_the_rest():
    bars = [charts.Bar("A very long substance name " * 4 + str(i), 100 - i, f"{100 - i} kg") for i in range(30)]
    bars.append(charts.Bar("Unknown / not recorded", 50, "50", unknown=True))
    shown = charts.top_bars(bars, 12, lambda n, total: f"{total:g}")
    assert len(shown) == 12 and shown[-1].unknown and shown[-2].label == "Others (20)"
    assert shown[-2].value == sum(100 - i for i in range(10, 30))
    drawing = charts.bar_chart(shown, 510, title="Title")
    labels = _labels(drawing)
    assert not _overlapping(labels) and all(x1 <= 510 for _, x1, _, _ in labels)
    assert any(s.text.endswith("…") for g in drawing.contents if isinstance(g, Group) for s in g.contents
               if isinstance(s, String))
    assert drawing.initialFontName == "CaseSans"


def test_axis_ticks_are_round_and_printed_alike():
    assert charts.nice_ticks(14) == [0, 5, 10, 15]
    assert [charts.axis_format(charts.nice_ticks(9876))(v) for v in charts.nice_ticks(9876)] == [
        "0", "2.5k", "5.0k", "7.5k", "10.0k"]
    assert charts.axis_format(charts.nice_ticks(0.012))(0.005) == "0.005"
    assert charts.shorten("abcdefghijklmnopqrstuvwxyz", 40, 7).endswith("…")


# -- the audited print -----------------------------------------------------------------------------------

def test_summary_report_is_audited(loaded, users, pdf_pages, flat):
    out = io.BytesIO()
    query = SearchQuery(substance="fentanyl", analogues=True)
    pages = summary_report(loaded, users["sam"], query, out, title="Fentanyl and analogues")
    assert pages >= 1 and out.getvalue().startswith(b"%PDF")
    text = flat(" ".join(pdf_pages(out.getvalue())))
    assert "Fentanyl and analogues" in text and "printed by Sgt Sam Okafor (sam)" in text
    entry = loaded._audit.entries()[-1]
    assert (entry.action, entry.entity, entry.entity_id, entry.actor) == ("print", "search", "summary", "sam")
    detail = entry.detail if isinstance(entry.detail, dict) else json.loads(entry.detail)
    assert detail == {"report": "summary", "query": {"substance": "fentanyl", "analogues": True}, "pages": pages,
                      "lang": "en"}  # the language of the paper
    assert loaded.verify().ok


def test_deactivated_user_cannot_print(loaded, users):
    from caseapp.services.auth import Accounts, PermissionDenied

    Accounts(loaded).deactivate(users["ada"], "sam")  # after sam signed in: the database decides
    with pytest.raises(PermissionDenied, match="deactivated"):
        gather_summary(loaded, users["sam"], SearchQuery())


def test_unknown_rows_are_grey_in_charts(loaded):
    data = gather(loaded)
    assert data.origins[-1].key == UNKNOWN


def test_the_summary_has_a_table_by_cdsa_schedule(loaded, catalogue, pdf_pages, flat):
    data = gather(loaded)
    assert [r.key for r in data.schedules][:1] == ["I"] and data.schedules[-1].label == "No schedule lists it"
    text = flat(" ".join(pdf_pages(pdf_of(data, catalogue)[0])))
    assert "By CDSA schedule (Canada)" in text
    first = data.schedules[0]
    assert f"Schedule I {first.seizures} {first.exhibits}" in text
    assert "current to 2026-06-14" in text
    assert describe_query(SearchQuery(schedule="schedule ii"), catalogue) == "CDSA schedule: II"


def test_a_short_table_is_never_split_from_its_total():
    """The schedule table once broke at the foot of page 1, leaving its Total row alone on page 2: a table of
    a few rows stays whole with its heading and note; a long one may still split."""
    from reportlab.platypus import KeepTogether, Paragraph, Table

    from caseapp.reports.styles import styles
    from caseapp.reports.summary import SHORT_TABLE_ROWS, _section

    short = Table([["Schedule", "Seizures"]] + [[f"Schedule {n}", n] for n in range(6)] + [["Total", 21]])
    kept = _section("By CDSA schedule (Canada)", short, Paragraph("note", styles()["small"]))
    assert len(kept) == 1 and isinstance(kept[0], KeepTogether)
    long = Table([["Substance", "Seizures"]] + [[f"s{n}", n] for n in range(SHORT_TABLE_ROWS + 5)])
    assert not any(isinstance(f, KeepTogether) for f in _section("By substance", long))
