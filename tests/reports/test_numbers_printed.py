"""Other agencies' numbers on paper: the case report's section (in English and French, user text escaped) and
each exhibit's label (its own numbers, then the case's); a case without numbers prints no section."""

import io
from decimal import Decimal

import pytest

from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.services import reports
from caseapp.services.numbers import ExternalNumbers
from caseapp.services.workflow import Workflow


@pytest.fixture
def numbered(fresh_app, users):
    number = Workflow(fresh_app).create(users["olga"], Case(
        occurred_at="2026-11-20T10:00", location=Location(country="CA"),
        exhibits=[Exhibit(substance="cocaine", quantity=Quantity(Decimal("1"), "kg")),
                  Exhibit(substance="cocaine", quantity=Quantity(Decimal("2"), "kg"))])).value.case_number
    return fresh_app, users, number


def _text(pdf_pages, flat, write):
    out = io.BytesIO()
    write(out)
    return flat(" ".join(pdf_pages(out.getvalue())))


@pytest.mark.parametrize(("lang", "heading", "kind"), [("en", "Other agencies' numbers", "RCMP file"),
                                                       ("fr", "Numéros d’autres organismes", "Dossier de la GRC")])
def test_the_case_report_prints_the_numbers_in_the_language_of_the_print(numbered, pdf_pages, flat, lang,
                                                                        heading, kind):
    app, users, number = numbered
    ExternalNumbers(app).add(users["olga"], number, "rcmp", "2026-77 <b>&")
    ExternalNumbers(app).add(users["li"], number, "lab", "HC 2026/0042", exhibit_number="02")
    removed = ExternalNumbers(app).add(users["olga"], number, "crown", "CR-OLD").value
    ExternalNumbers(app).remove(users["olga"], removed.id, "wrong file")
    text = _text(pdf_pages, flat, lambda out: reports.case_report(app, users["sam"], number, out, lang=lang))
    assert heading in text and kind in text and "2026-77 <b>&" in text and "HC 2026/0042" in text
    assert "CR-OLD" not in text


def test_a_case_without_numbers_prints_no_section(numbered, pdf_pages, flat):
    app, users, number = numbered
    text = _text(pdf_pages, flat, lambda out: reports.case_report(app, users["sam"], number, out, lang="en"))
    assert "Other agencies' numbers" not in text


def test_each_label_carries_its_exhibits_numbers_then_the_cases(numbered, pdf_pages, flat):
    app, users, number = numbered
    ExternalNumbers(app).add(users["olga"], number, "cbsa", "4411-26-000123")
    ExternalNumbers(app).add(users["li"], number, "lab", "HC 2026/0042", exhibit_number="02")
    out = io.BytesIO()
    reports.labels(app, users["olga"], number, out, sheet=False, lang="en")
    first, second = (flat(page) for page in pdf_pages(out.getvalue()))
    assert "CBSA 4411-26-000123" in first and "HC 2026/0042" not in first
    assert "Lab HC 2026/0042 · CBSA 4411-26-000123" in second


GOLDEN_SECTION = """\
Other agencies' numbers
 Kind
Number
Of
Added
Lab sample number
HC 2026/0042
exhibit 01
2026-11-25 04:00 PST by Officer Olga
Nowak (olga)
RCMP file
2026-77 <b>&
the case
2026-11-25 04:00 PST by Sgt Sam
Okafor (sam)"""


def test_the_section_matches_the_golden_copy_and_the_same_input_gives_the_same_bytes():
    from dataclasses import replace

    from caseapp.store.contract.numbers import ExternalNumber
    from tests.reports.conftest import _pages
    from tests.reports.test_case_report import build, long_case, pure_data

    numbers = (ExternalNumber(1, "X", "01", "lab", "HC 2026/0042", "olga", "2026-11-25T12:00:00Z"),
               ExternalNumber(2, "X", None, "rcmp", "2026-77 <b>&", "sam", "2026-11-25T12:00:00Z"),
               ExternalNumber(3, "X", None, "crown", "CR-OLD", "sam", "2026-11-25T12:00:00Z", "sam",
                              "2026-11-25T12:00:00Z", "wrong file"))
    data = pure_data(long_case(2, 10), numbers=numbers,
                     people={"olga": "Officer Olga Nowak", "sam": "Sgt Sam Okafor"})
    first, _ = build(data)
    lines = _pages(first)[0].splitlines()
    start = lines.index("Other agencies' numbers")
    assert "\n".join(lines[start:start + len(GOLDEN_SECTION.splitlines())]) == GOLDEN_SECTION
    assert "CR-OLD" not in _pages(first)[0]
    assert build(replace(data))[0] == first
