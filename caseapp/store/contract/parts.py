"""What a writer of rows read by parts (caseapp.io.ids_parts) is given: each row as its parts, and the reader
that made them, which makes the blank rows the parts are compared with and a row whole to check an assembled
one against. A back end that writes whole cases only uses `CasesOfParts`."""

from __future__ import annotations

from typing import Any, Protocol

from caseapp.core.errors import CaseAppError
from caseapp.core.model import Case, Exhibit
from caseapp.core.substances import Catalogue
from caseapp.core.validation import Issue

#: distinct values kept per kind of part; a memo that fills up is emptied and fills again with what comes next,
#: so memory stays flat whatever the file (a million distinct amounts), and common values are soon back
MEMO = 8192  # a part keeps its case: about 1.3 kB each


def remember(memo: dict[Any, Any], key: Any, value: Any, scale: int = 1) -> None:
    """Keep a value in a memo of at most `scale` x MEMO entries (emptied when full)."""
    if len(memo) >= MEMO * scale:
        memo.clear()
    memo[key] = value


#: the first row of an import read by parts and every SAMPLE-th after it are also made whole and compared
SAMPLE = 1024


class PartsMismatch(CaseAppError):
    """A row assembled from its parts differs from the same row made whole: a rule stopped being independent.
    The import stops (and writes nothing) rather than store it."""


class Part(Protocol):
    serial: int  # unique within one reader
    cells: tuple[str, ...]
    case: Case  # the neutral row's case with this part's cells, normalised
    issues: tuple[Issue, ...]


class Amount(Protocol):
    serial: int
    exhibit: Exhibit  # the drug part's exhibit with this amount


class PartsRow(Protocol):
    line: int
    raw: list[str]
    singles: tuple[Part, ...]  # one per position of the reader's `single`
    drug: Part
    amount: Amount
    issues: tuple[Issue, ...]

    @property
    def cells(self) -> tuple[str, ...]: ...

    def case(self, catalogue: Catalogue) -> Case: ...


class PartsSource(Protocol):
    single: tuple[int, ...]  # the positions of the cells read one at a time
    neutral_cells: tuple[str, ...]
    source_format: str

    def checked(self, cells: tuple[str, ...]) -> tuple[Case, tuple[Issue, ...]]: ...

    def restore(self, cell: str) -> str: ...


class PartsWriter(Protocol):
    @property
    def first_case_id(self) -> int | None: ...

    def add(self, row: PartsRow) -> None: ...

    def flush(self) -> None: ...


class _CaseWriter(Protocol):  # stores.CaseWriter, as far as CasesOfParts needs it
    first_case_id: int | None

    def add(self, case: Case) -> Case: ...

    def flush(self) -> None: ...


class CasesOfParts:
    """A PartsWriter for a back end that writes whole cases: each row made whole and handed to its CaseWriter."""

    def __init__(self, writer: _CaseWriter, catalogue: Catalogue) -> None:
        self.writer = writer
        self.catalogue = catalogue

    @property
    def first_case_id(self) -> int | None:
        return self.writer.first_case_id

    def add(self, row: PartsRow) -> None:
        self.writer.add(row.case(self.catalogue))

    def flush(self) -> None:
        self.writer.flush()
