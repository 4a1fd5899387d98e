"""Round trips and bad files for the JSON, CSV and IDS formats."""

import io
import json

import pytest

from caseapp.core.model import CLAIM_FIELDS
from caseapp.io.csvio import HEADER as CSV_HEADER
from caseapp.io.ids import HEADER as IDS_HEADER
from caseapp.services.transfer import export_cases, import_file


def export_text(app, fmt):
    out = io.StringIO()
    export_cases(app, out, fmt=fmt, actor="tester")
    return out.getvalue()


@pytest.mark.parametrize("name, rows", [("sample_ids.csv", 11), ("ids_kept_as_entered.csv", 4)])
def test_ids_to_database_to_ids_gives_the_same_cells(fresh_app, data_dir, name, rows):
    source = data_dir / name
    report = import_file(fresh_app, source, actor="tester").value
    assert report.committed and report.imported == rows
    assert export_text(fresh_app, "unodc-ids") == source.read_text(encoding="utf-8")


def test_ids_spellings_of_an_unknown_drug_come_back_as_written(fresh_app, tmp_path):
    lines = [";".join(IDS_HEADER)] + [f"Europe;;France;;Lyon {i};2016-01-0{i};{drug};1;Gram;;;;;;;"
                                      for i, drug in enumerate(["unknown drug", "N/A", "UNKNOWN"], start=1)]
    source = tmp_path / "unknowns.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_file(fresh_app, source, actor="tester").value
    assert report.committed and report.warning_kinds["unknown substance"] == 3
    assert {e.substance for c in fresh_app._store.iter_cases() for e in c.exhibits} == {"unknown substance"}
    assert export_text(fresh_app, "unodc-ids") == source.read_text(encoding="utf-8")


def test_ids_values_the_vocabularies_do_not_know_are_kept_and_reported(fresh_app, data_dir):
    report = import_file(fresh_app, data_dir / "sample_ids.csv", actor="tester").value
    values = {p.value for p in report.warnings}
    assert {"Kosovo under UNSCR 1244", "Viss", "Acres", "Zzz unlisted herb"} <= values
    kosovo = [p for p in report.warnings if p.value == "Kosovo under UNSCR 1244"][0]
    assert kosovo.record == 6 and kosovo.field == "location.country"


def test_ids_rows_map_onto_the_record(fresh_app, data_dir):
    import_file(fresh_app, data_dir / "sample_ids.csv", actor="tester")
    case = next(c for c in fresh_app._store.iter_cases() if c.location.name == "Mississauga")
    assert case.occurred_at == "2016-03-02" and case.location.country == "CA"
    assert case.transport == "mail" and case.routing == "inbound" and case.concealment == "postal"
    assert case.location.place_type == "mail_centre"
    assert case.origin_country == "CN" and case.destination_country == "CA"
    exhibit = case.exhibits[0]
    assert exhibit.substance == "Furanylfentanyl" and exhibit.hazard_flag and exhibit.kg_mg == 500_000
    unknown = next(c for c in fresh_app._store.iter_cases() if c.location.name == "Rotterdam")
    assert unknown.exhibits[0].quantity.value is None and unknown.exhibits[0].quantity.unit == "block_350g"


def test_json_round_trip_keeps_every_field(fresh_app, data_dir, catalogue):
    assert import_file(fresh_app, data_dir / "sample.json", actor="tester").value.committed
    first = json.loads(export_text(fresh_app, "json"))
    assert first["format"] == "caseapp-cases" and first["version"] == 1
    case = first["cases"][0]
    assert case["case_number"] == "CBSA-2024-000101"
    assert case["officers"] == ["Officer Zoë Tremblay", "Officer Li Wei"]
    assert case["transit_countries"] == ["HK", "JP"]
    assert case["persons"][1]["name"] == "王小明"
    assert case["exhibits"][0]["quantity"] == "12.50"
    assert case["exhibits"][0]["lab"]["substance"] == "Carfentanil"
    assert case["exhibits"][3]["quantity"] == "unknown"
    assert first["cases"][1]["case_number"] == "RCMP-2026-000001"

    from caseapp.services.app import CaseApp
    from tests.conftest import fixed_clock

    other = CaseApp.open(":memory:", catalogue=catalogue, clock=fixed_clock)
    other.initialise(timezone="UTC")
    path = data_dir.parent / "exported.tmp.json"
    try:
        path.write_text(json.dumps(first), encoding="utf-8")
        assert import_file(other, path, actor="tester").value.committed
        second = json.loads(export_text(other, "json"))
    finally:
        path.unlink()
    assert dropping_claims(second) == first
    claims = second["cases"][0]["source"]["claims"]  # the first database's history: the file's claims here
    assert claims == {k: first["cases"][0][k] for k in CLAIM_FIELDS if first["cases"][0][k]}


def dropping_claims(exported: dict) -> dict:
    """An export with the source claims a re-import added taken out again."""
    cases = []
    for case in exported["cases"]:
        source = dict(case["source"] or {})
        source.pop("claims", None)
        cases.append({**case, "source": source if source.get("cells") else None})
    return {**exported, "cases": cases}


def test_csv_round_trip(fresh_app, data_dir, catalogue, tmp_path):
    assert import_file(fresh_app, data_dir / "sample.json", actor="tester").value.committed
    text = export_text(fresh_app, "csv")
    assert text.splitlines()[0].split(",") == list(CSV_HEADER)
    path = tmp_path / "cases.csv"
    path.write_text(text, encoding="utf-8")
    from caseapp.services.app import CaseApp
    from tests.conftest import fixed_clock

    other = CaseApp.open(":memory:", catalogue=catalogue, clock=fixed_clock)
    report = import_file(other, path, actor="tester").value
    assert report.committed, [str(p) for p in report.errors]
    again = json.loads(export_text(other, "json"))
    assert dropping_claims(again) == json.loads(export_text(fresh_app, "json"))
    assert again["cases"][0]["source"] == {"format": "csv", "cells": [], "claims": {
        "recorded_at": "2026-11-25T12:00:00Z", "created_by": "tester", "created_at": "2026-11-25T12:00:00Z",
        "updated_by": "tester", "updated_at": "2026-11-25T12:00:00Z"}}


BAD_FILES = {
    "truncated.json": b'{"cases": [{"occurred_at": "2024-01-01", "location": {"country": "CA"}, "exh',
    "not-json.json": b"this is not json",
    "list.json": b"[1, 2, 3]",
    "wrong-header.csv": b"a,b,c\n1,2,3\n",
    "latin1.csv": ";".join(IDS_HEADER).encode() + b"\nEurope;;France;;Orl\xe9ans;2016-01-01;Cocaine;1;Kilogram"
                  + b";;;;;;;\n",
    "empty.csv": b"",
    "ids-short-row.csv": ";".join(IDS_HEADER).encode() + b"\nEurope;;France\n",
    "bad-quote.csv": ",".join(CSV_HEADER).encode() + b'\n"unterminated,2024-01-01\n',
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_files_leave_the_database_unchanged(fresh_app, tmp_path, data_dir, name):
    assert import_file(fresh_app, data_dir / "sample_ids.csv", actor="tester").value.committed
    before = export_text(fresh_app, "json")
    audit_before = len(fresh_app._audit.entries())
    path = tmp_path / name
    path.write_bytes(BAD_FILES[name])
    from caseapp.core.errors import CaseAppError

    try:
        report = import_file(fresh_app, path, actor="tester").value
    except CaseAppError as exc:
        assert str(exc)  # a message, not a traceback
    else:
        assert not report.committed and report.errors
    assert export_text(fresh_app, "json") == before
    assert len(fresh_app._audit.entries()) == audit_before + 1  # only the export above was audited


def test_latin1_file_reads_with_its_encoding(fresh_app, tmp_path):
    path = tmp_path / "cp1252.csv"
    path.write_bytes(BAD_FILES["latin1.csv"])
    from caseapp.core.errors import FileFormatError

    with pytest.raises(FileFormatError, match="line 2 is not valid utf-8.*--encoding"):
        import_file(fresh_app, path)
    report = import_file(fresh_app, path, encoding="cp1252").value
    assert report.committed
    assert fresh_app._store.iter_cases().__next__().location.name == "Orléans"


def test_a_ten_megabyte_line_is_read(fresh_app, tmp_path):
    narrative = "x" * (10 * 1024 * 1024)
    data = {"cases": [{"occurred_at": "2024-01-01", "location": {"country": "CA"}, "narrative": narrative,
                       "exhibits": [{"substance": "cocaine", "quantity": 1, "unit": "g"}]}]}
    path = tmp_path / "big.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert import_file(fresh_app, path).value.committed
    csv_path = tmp_path / "big.csv"
    csv_path.write_text(export_text(fresh_app, "csv").replace("CASE-2026-000001", "CASE-2026-000999"),
                        encoding="utf-8")
    report = import_file(fresh_app, csv_path).value
    assert report.committed and len(next(fresh_app._store.iter_cases()).narrative) == len(narrative)


def test_ids_rows_read_normalised_equal_a_second_normalisation(data_dir, catalogue):
    from caseapp.core.normalise import normalise_case
    from caseapp.io.ids import read_ids

    plain = list(read_ids(data_dir / "sample_ids.csv"))
    ready = list(read_ids(data_dir / "sample_ids.csv", catalogue=catalogue))
    assert all(r.normalised for r in ready) and not any(r.normalised for r in plain)
    for raw, done in zip(plain, ready, strict=True):
        assert normalise_case(raw.case, catalogue) == done.case
        assert normalise_case(done.case, catalogue) == done.case


def test_generated_ids_data_holds_unknown_drugs_zero_amounts_and_amounts_without_unit(tmp_path):
    """bench/generate.py makes the rows real UN data holds at about their rates (0.15 % "Unknown" drugs,
    about 0.01 % amounts of 0 and amounts without unit), so the benches import them too."""
    import csv

    from tests.conftest import generate_ids

    rows = list(csv.DictReader(generate_ids(tmp_path / "g.csv", 40_000).open(encoding="utf-8"), delimiter=";"))
    unknown = sum(r["DRUG_NAME"] == "Unknown" for r in rows)
    zero = sum(r["AMOUNT"] == "0" for r in rows)
    no_unit = sum(bool(r["AMOUNT"]) and not r["DRUG_UNIT"] for r in rows)
    assert 30 <= unknown <= 90 and 1 <= zero <= 12 and 1 <= no_unit <= 12, (unknown, zero, no_unit)


def test_the_search_bench_keeps_drawing_catalogue_drugs(tmp_path, catalogue):
    """bench/search.py's figures were measured on catalogue drugs (fentanyl and its analogues frequent);
    `--drugs catalogue` still draws them, while the default draws the UN's own names."""
    import csv
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent.parent
    drawn = {}
    for mode in ("catalogue", "un"):
        out = tmp_path / f"{mode}.csv"
        subprocess.run([sys.executable, str(root / "bench" / "generate.py"), "--exhibits", "3000", "--drugs", mode,
                        "--out", str(out)], check=True, capture_output=True)
        drawn[mode] = [r["DRUG_NAME"] for r in csv.DictReader(out.open(encoding="utf-8"), delimiter=";")]
    names = {s.name for s in catalogue.substances.values()}
    assert {d for d in drawn["catalogue"] if d != "Unknown"} <= names
    assert drawn["catalogue"].count("Fentanyl") > 100
    assert drawn["un"].count("Fentanyl") < 20
