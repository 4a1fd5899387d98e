"""Any bytes handed to a reader end in records with problems or one clear CaseAppError: never a crash,
and an import of them either commits whole or changes nothing."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseapp.core.errors import CaseAppError
from caseapp.io.csvio import HEADER as CSV_HEADER
from caseapp.io.ids import HEADER as IDS_HEADER
from caseapp.services.transfer import import_file

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
IDS_HEAD = ";".join(IDS_HEADER).encode() + b"\n"
CSV_HEAD = ",".join(CSV_HEADER).encode() + b"\n"

cell = st.one_of(st.text(max_size=12), st.sampled_from(["Unknown", "", "Kilogram", "2016-02-30", "1,5", "-3", "0",
                                                         "Canada", "Fentanyl", "1e309", "NaN", '"', ";"]))


def attempt(app, tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    before = app._store.count_cases()
    try:
        report = import_file(app, path, actor="fuzz").value
    except CaseAppError as exc:
        assert str(exc) and "\n" not in str(exc)
        assert app._store.count_cases() == before
        return
    if not report.committed:
        assert app._store.count_cases() == before


@FUZZ
@given(st.binary(max_size=400))
def test_any_bytes_as_json(fresh_app, tmp_path, data):
    attempt(fresh_app, tmp_path, "x.json", data)


@FUZZ
@given(st.binary(max_size=400))
def test_any_bytes_after_an_ids_header(fresh_app, tmp_path, data):
    attempt(fresh_app, tmp_path, "x.csv", IDS_HEAD + data)


@FUZZ
@given(st.lists(st.lists(cell, min_size=16, max_size=16), min_size=1, max_size=5))
def test_any_cells_in_ids_rows(fresh_app, tmp_path, rows):
    body = "\n".join(";".join(c.replace("\n", " ").replace("\r", " ") for c in row) for row in rows)
    attempt(fresh_app, tmp_path, "x.csv", IDS_HEAD + body.encode("utf-8", "surrogatepass"))


@FUZZ
@given(st.binary(max_size=400))
def test_any_bytes_after_a_csv_header(fresh_app, tmp_path, data):
    attempt(fresh_app, tmp_path, "y.csv", CSV_HEAD + data)


@FUZZ
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                    max_leaves=20))
def test_any_json_value_as_a_case(fresh_app, tmp_path, value):
    import json

    try:
        text = json.dumps({"cases": [value]})
    except ValueError:
        return
    attempt(fresh_app, tmp_path, "z.json", text.encode())
