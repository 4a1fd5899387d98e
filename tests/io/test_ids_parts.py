"""An IDS file read by parts gives every row exactly the issues the row-by-row rules give it: the same
problems, in the same order, naming the same fields and values, for generated rows and for hostile ones."""

import csv
import random
from datetime import datetime

import pytest

from caseapp.io import ids_parts
from caseapp.io.ids import HEADER
from caseapp.io.ids_parts import NEUTRAL, PartsReader, PartsRow
from caseapp.store.contract import parts
from caseapp.store.contract.parts import PartsMismatch
from tests.conftest import DATA, generate_ids

NOW = datetime(2026, 11, 25, 12, 0)

# cells a real or hostile file holds, by column: blanks, Unknown, words no vocabulary knows, formula-quoted
# cells, line breaks and NUL, impossible dates and amounts, units that weigh nothing or cannot be converted
HOSTILE = {
    "COUNTRY": ["", "Unknown", "Canada", "Kosovo under UNSCR 1244", "'=cmd|' /C calc'!A0", "Türkiye", "Zz\x00land"],
    "ADMINISTRATIVE_DIVISION": ["", "Ontario", "line\nbreak", "'+SUM(A1)"],
    "PLACE": ["", "Vancouver", "two\nlines", "tab\there", "'-73.5", "Unknown", "x" * 300],
    "SEIZURE_DATE": ["", "2016-03-02", "02/03/2016", "31/02/2016", "2099-01-01", "1899-12-31", "soon", "Unknown",
                     "2016-03-02T25:00"],
    "DRUG_NAME": ["Cocaine", "Unknown", "", "Fentanyl", "Zzz unlisted herb", "Ecstasy (MDMA)", "heroin\nbase",
                  "'=1+1"],
    "AMOUNT": ["1", "0", "0.0", "-2", "1,5", "1e40", "12.5e-999999999", "999999999999999", "", "Unknown", "abc",
               "0.0000001", "2.5"],
    "DRUG_UNIT": ["Kilogram", "Gram", "Tablet", "Ton", "Acres", "", "Litre", "Thousand of tablets", "Unknown"],
    "HIDING_PLACE": ["", "Postal", "Body", "inside a teddy bear"],
    "INSTALLATION": ["", "Airport", "Flat/Apartment", "Moon base"],
    "TRANSPORT": ["", "Mail", "Commercial air", "Donkey"],
    "PRODUCING_COUNTRY": ["", "China", "Narnia", "Unknown"],
    "DEPARTURE_COUNTRY": ["", "Mexico", "'@evil"],
    "DESTINATION_COUNTRY": ["", "Canada", "Atlantis"],
    "ROUTING": ["", "Border - inbound", "sideways"],
}


def hostile_rows(count: int, seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    return [[rng.choice(HOSTILE.get(h, ["", "Region"])) for h in HEADER] for _ in range(count)]


def whole(reader: PartsReader, row: PartsRow) -> tuple:
    return reader.checked(row.cells)[1]


def test_hostile_rows_have_the_row_by_row_issues(catalogue):
    reader = PartsReader(catalogue, NOW)
    rows = [reader.row(line, cells) for line, cells in enumerate(hostile_rows(3000, seed=1), start=2)]
    assert sum(1 for r in rows if r.issues) > 2000  # most hostile rows raise something
    assert [r.issues for r in rows] == [whole(reader, r) for r in rows]
    assert [r.case(catalogue) for r in rows[:300]] == [reader.checked(r.cells)[0] for r in rows[:300]]


def test_generated_and_sample_files_have_the_row_by_row_issues(catalogue, tmp_path):
    reader = PartsReader(catalogue, NOW)
    for path in (generate_ids(tmp_path / "ids.csv", 3000, seed=7), DATA / "sample_ids.csv",
                 DATA / "ids_kept_as_entered.csv"):
        rows = [r for r in reader.read(path) if isinstance(r, PartsRow)]
        assert rows
        assert [r.issues for r in rows] == [whole(reader, r) for r in rows]


def test_a_row_with_a_wrong_number_of_cells_is_an_error_record(catalogue, tmp_path):
    path = tmp_path / "short.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(HEADER)
        writer.writerow(NEUTRAL[:5])
        writer.writerow([""] * len(HEADER))  # blank: skipped
        writer.writerow(NEUTRAL)
    records = list(PartsReader(catalogue, NOW).read(path))
    assert [getattr(r, "number", getattr(r, "line", None)) for r in records] == [2, 4]
    assert records[0].issues[0].message == "has 5 cells, the header has 16"


def test_a_rule_that_stops_being_independent_stops_the_reading(catalogue, monkeypatch):
    reader = PartsReader(catalogue, NOW)
    monkeypatch.setattr(reader, "_row_issues", lambda *args: ())  # as if a combination raised nothing
    bad = list(NEUTRAL)
    bad[HEADER.index("COUNTRY")] = "Narnia"
    with pytest.raises(PartsMismatch, match="line 2"):
        reader.row(2, bad)


def test_the_neutral_row_must_raise_nothing(catalogue, monkeypatch):
    monkeypatch.setattr(ids_parts, "NEUTRAL", ("",) * len(HEADER))
    with pytest.raises(PartsMismatch, match="neutral"):
        PartsReader(catalogue, NOW)


def test_memory_is_bounded_for_a_file_of_distinct_cells(catalogue, monkeypatch):
    monkeypatch.setattr(parts, "MEMO", 10)
    reader = PartsReader(catalogue, NOW)
    for line in range(200):
        cells = list(NEUTRAL)
        cells[HEADER.index("PLACE")] = f"place {line}"
        cells[HEADER.index("AMOUNT")] = f"{line + 1}.5"
        assert not reader.row(line + 2, cells).issues
    assert max(len(memo) for _, memo in reader._singles) <= 10
    assert len(reader._amounts) <= 10


