import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseapp.core.scancodes import ScanKind, exhibit_code, location_code, parse, person_code


@pytest.mark.parametrize("text,kind,fields", [
    ("CBSA-2024-000101/01", ScanKind.EXHIBIT, dict(case_number="CBSA-2024-000101", exhibit_number="01")),
    ("CBSA-2024-000101/7\r", ScanKind.EXHIBIT, dict(case_number="CBSA-2024-000101", exhibit_number="07")),
    ("\x02CBSA-2024-000101\x03", ScanKind.CASE, dict(case_number="CBSA-2024-000101")),
    ("LOC:VAULT-A.3", ScanKind.LOCATION, dict(code="VAULT-A.3")),
    ("loc:shelf1", ScanKind.LOCATION, dict(code="shelf1")),
    ("PER:ana", ScanKind.PERSON, dict(code="ana")),
    ("LOC:", ScanKind.UNKNOWN, {}),
    ("CBSA-2024/abc", ScanKind.UNKNOWN, {}),
    ("hello world", ScanKind.UNKNOWN, {}),
    ("", ScanKind.UNKNOWN, {}),
    ("a/b/c", ScanKind.UNKNOWN, {}),
])
def test_parse_names_what_a_code_carries(text, kind, fields):
    code = parse(text)
    assert code.kind is kind
    assert {name: getattr(code, name) for name in fields} == fields


@given(st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}", fullmatch=True), st.integers(1, 9999))
def test_printed_codes_read_back(case_number, number):
    exhibit = parse(exhibit_code(case_number, f"{number:02d}"))
    assert (exhibit.kind, exhibit.case_number, exhibit.exhibit_number) == (
        ScanKind.EXHIBIT, case_number, f"{number:02d}")
    assert parse(location_code(case_number)).code == case_number
    assert parse(person_code(case_number)).kind is ScanKind.PERSON


@given(st.text(max_size=60))
def test_parse_never_raises(text):
    assert parse(text).kind in ScanKind
