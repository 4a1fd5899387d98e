"""An IDS file read by parts, for imports of hundreds of thousands of rows.

The rules that make a case of an IDS row (`ids.row_to_case`, `normalise`, `validate`) read its cells in
independent parts: each cell of the place, the date, the countries, transport, concealment, routing... alone,
and the drug's name and unit together, then its amount with them. IDS columns hold few distinct values, so
each distinct part is put through those same rules once, inside a row that is otherwise a known-good
"neutral" row, and each row is assembled from its parts' results. A row none of whose parts raised an issue
has none; a row with one is checked whole by the same rules (memoised by the cells the issues come from), so
its issues are exactly those of the row-by-row reader, in the same order, naming the same fields and values.

Every cell is in exactly one part. Whether the parts really are independent is checked, not assumed: the
first row of a file and every SAMPLE-th row after it are also made whole by the row-by-row rules and must
match (here for the issues, in the writer for the stored rows), or the import stops with an error instead of
storing anything assembled wrong; tests/io/test_ids_parts.py holds the two readers to each other over
generated and hostile rows.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from caseapp.core.model import Case, Exhibit
from caseapp.core.normalise import exhibit_kg, normalise_quantity
from caseapp.core.substances import Catalogue
from caseapp.core.validation import Issue, amount_issues, validate
from caseapp.io.cells import restore
from caseapp.io.ids import HEADER, SOURCE_FORMAT, amount_quantity, ids_rows, row_to_case
from caseapp.io.records import ProgressCallback, ReadRecord
from caseapp.store.contract.parts import SAMPLE, PartsMismatch, remember

DRUG, AMOUNT, UNIT = (HEADER.index(h) for h in ("DRUG_NAME", "AMOUNT", "DRUG_UNIT"))
#: the cells read one at a time (each decides one field of the case, or none: REGION, SUBREGION are only kept)
SINGLE = tuple(i for i in range(len(HEADER)) if i not in (DRUG, AMOUNT, UNIT))
#: a row that raises no issue, inside which each part is checked
NEUTRAL = ("", "", "Canada", "", "", "2015-01-01", "Cocaine", "1", "Kilogram", "", "", "", "", "", "", "")


@dataclass(frozen=True, eq=False)
class Part:
    """One distinct part of a row and what the rules made of it inside the neutral row."""

    serial: int  # unique within one reader: a writer's key for what it derives from the part
    cells: tuple[str, ...]  # the part's cells (formula quoting undone)
    case: Case  # the neutral row's case with this part's cells, normalised
    issues: tuple[Issue, ...]


@dataclass(frozen=True, eq=False)
class Amount:
    """An AMOUNT cell with one drug part: the drug's exhibit with that amount."""

    serial: int
    cell: str
    exhibit: Exhibit
    issues: tuple[Issue, ...]


@dataclass(frozen=True, slots=True)
class PartsRow:
    """One row of the file as its parts; `case()` makes the whole Case (for writers that take cases)."""

    line: int
    raw: list[str]  # the cells as in the file
    singles: tuple[Part, ...]  # the part of each cell of SINGLE, in that order
    drug: Part
    amount: Amount
    issues: tuple[Issue, ...]

    @property
    def cells(self) -> tuple[str, ...]:
        """The row's cells, formula quoting undone (what Case.source keeps)."""
        return tuple(restore(c) for c in self.raw)

    def case(self, catalogue: Catalogue) -> Case:
        case, _ = row_to_case(dict(zip(HEADER, self.cells, strict=True)), catalogue)
        case.status = "draft"
        return case


class PartsReader:
    """Rows of an IDS file as PartsRow (a row that cannot be read: a ReadRecord with its error)."""

    single = SINGLE
    neutral_cells = NEUTRAL
    source_format = SOURCE_FORMAT
    restore = staticmethod(restore)

    def __init__(self, catalogue: Catalogue, now: datetime) -> None:
        self.catalogue = catalogue
        self.now = now
        self._serial = 0
        self._singles: tuple[tuple[int, dict[str, Part]], ...] = tuple((i, {}) for i in SINGLE)
        self._drugs: dict[tuple[str, str], Part] = {}
        self._amounts: dict[tuple[int, str], Amount] = {}
        self._issues: dict[tuple[Any, ...], tuple[Issue, ...]] = {}
        self.rows = 0
        _, neutral_issues = self.checked(NEUTRAL)
        if neutral_issues:  # a rule changed under this reader: it would be wrong, not slow
            raise PartsMismatch(f"the neutral IDS row raises issues: {neutral_issues}")

    def checked(self, cells: tuple[str, ...]) -> tuple[Case, tuple[Issue, ...]]:
        """A row's case and issues as the row-by-row import makes them (read, normalised, and validated as a
        complete imported draft)."""
        case, issues = row_to_case(dict(zip(HEADER, cells, strict=True)), self.catalogue)
        case.status = "draft"
        report = validate(case, self.catalogue, now=self.now, complete=True, imported=True)
        return case, (*issues, *report.issues)

    def _part(self, positions: tuple[int, ...], cells: tuple[str, ...]) -> Part:
        row = list(NEUTRAL)
        restored = tuple(restore(c) for c in cells)
        for position, cell in zip(positions, restored, strict=True):
            row[position] = cell
        case, issues = self.checked(tuple(row))
        self._serial += 1
        return Part(self._serial, restored, case, issues)

    def _amount(self, drug: Part, cell: str) -> Amount:
        """The drug's exhibit with this amount: the amount read, normalised and checked by the same functions
        row_to_case, normalise_exhibit and validate use."""
        restored = restore(cell)
        quantity, parse_issues = amount_quantity(restored, drug.cells[1])
        exhibit = copy.copy(drug.case.exhibits[0])
        exhibit.quantity = normalise_quantity(quantity)
        substance = self.catalogue.substances.get(exhibit.substance_id or "")
        kg = exhibit_kg(exhibit.quantity, exhibit.count, substance.typical_unit_mass_mg if substance else None)
        exhibit.kg_mg = kg.milligrams if kg else None
        exhibit.kg_estimate = kg.estimate if kg else False
        self._serial += 1
        return Amount(self._serial, restored, exhibit,
                      (*parse_issues, *amount_issues(exhibit, imported=True, status="draft")))

    def row(self, line: int, cells: list[str]) -> PartsRow:
        """One row of 16 cells."""
        singles = []
        bad = False
        for position, memo in self._singles:
            cell = cells[position]
            part = memo.get(cell)
            if part is None:
                part = self._part((position,), (cell,))
                remember(memo, cell, part)
            if part.issues:
                bad = True
            singles.append(part)
        drug_key = (cells[DRUG], cells[UNIT])
        drug = self._drugs.get(drug_key)
        if drug is None:
            drug = self._part((DRUG, UNIT), drug_key)
            remember(self._drugs, drug_key, drug)
        amount_key = (drug.serial, cells[AMOUNT])
        amount = self._amounts.get(amount_key)
        if amount is None:
            amount = self._amount(drug, cells[AMOUNT])
            remember(self._amounts, amount_key, amount)
        issues: tuple[Issue, ...] = ()
        if bad or drug.issues or amount.issues:
            issues = self._row_issues(cells, singles, drug, amount)
        row = PartsRow(line, cells, tuple(singles), drug, amount, issues)
        if self.rows % SAMPLE == 0:
            _, whole = self.checked(row.cells)
            if whole != issues:
                raise PartsMismatch(f"line {line}: the issues of a row assembled from its parts differ from the "
                                    f"row's own: {issues} against {whole}")
        self.rows += 1
        return row

    def _row_issues(self, cells: list[str], singles: list[Part], drug: Part, amount: Amount) -> tuple[Issue, ...]:
        """The issues of a row one of whose parts raised some: the neutral row with the cells of the parts that
        raised them (the drug's name, amount and unit together: an amount's issue names its unit and the
        other way round), checked whole."""
        drug_cells = (*drug.cells, amount.cell) if drug.issues or amount.issues else None
        key = (*(p.cells[0] if p.issues else None for p in singles), drug_cells)
        issues = self._issues.get(key)
        if issues is None:
            row = list(NEUTRAL)
            for position, part in zip(SINGLE, singles, strict=True):
                if part.issues:
                    row[position] = part.cells[0]
            if drug_cells is not None:
                row[DRUG], row[UNIT], row[AMOUNT] = drug_cells
            _, issues = self.checked(tuple(row))
            remember(self._issues, key, issues)
        return issues

    def read(self, path: Path, *, encoding: str = "utf-8",
             progress: ProgressCallback | None = None) -> Iterator[PartsRow | ReadRecord]:
        """The rows of an IDS file; a row's number is its line in the file."""
        for line, cells in ids_rows(path, encoding=encoding, progress=progress):
            yield cells if isinstance(cells, ReadRecord) else self.row(line, cells)
