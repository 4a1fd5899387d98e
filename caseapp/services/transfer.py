"""Import and export of whole files, all-or-nothing by default.

Every record is read, normalised and validated as complete; problems are collected with the record's
line (CSV, IDS) or position (JSON), field and value. Valid records are written inside one
transaction as they stream past, so memory stays flat; if any record is invalid (and --skip-invalid
was not asked for), or for a dry run, the transaction is rolled back and nothing is written.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TextIO

from caseapp.core.changes import NOTHING, Changes, Done
from caseapp.core.errors import CaseAppError, DiskFull, Duplicate, FileFormatError
from caseapp.core.i18n import plural, translate
from caseapp.core.model import Case
from caseapp.core.normalise import normalise_case
from caseapp.core.text import one_line
from caseapp.core.validation import Severity, kind_count, validate
from caseapp.io import limits
from caseapp.io.cells import CsvOut
from caseapp.io.csvio import read_csv, write_csv
from caseapp.io.ids import is_ids_header, write_ids
from caseapp.io.ids_parts import PartsReader
from caseapp.io.jsonio import read_json, write_json
from caseapp.io.records import ProgressCallback, ReadRecord
from caseapp.io.results import query_to_dict
from caseapp.io.results import write_csv as write_results_csv
from caseapp.services.app import CaseApp
from caseapp.services.auth import check_actor
from caseapp.services.guard import check_input, check_output
from caseapp.store.contract import SearchQuery, SearchRow
from caseapp.store.contract.parts import PartsRow

FORMATS = ("json", "csv", "unodc-ids")


@dataclass(frozen=True)
class Problem:
    record: int
    severity: str
    field: str
    message: str
    value: str | None = None
    case_number: str | None = None
    kind: str = ""  # the warning's kind (core.validation), counted in the import's summary

    def __str__(self) -> str:
        where = translate("Transfer", "record {number}").format(number=self.record)
        severity = translate("Validation", "error") if self.severity == Severity.ERROR else translate("Validation",
                                                                                                     "warning")
        value = f" [{one_line(self.value)}]" if self.value not in (None, "") else ""
        return f"{where}: {severity}: {self.field}: {self.message}{value}"


@dataclass
class ImportReport:
    path: str
    format: str
    records: int = 0
    imported: int = 0
    exhibits: int = 0
    rejected: int = 0
    problems: list[Problem] = field(default_factory=list)
    committed: bool = False
    dry_run: bool = False
    error_count: int = 0  # every error and warning is counted; the first MAX_PROBLEMS_KEPT are kept
    warning_count: int = 0
    warning_kinds: Counter[str] = field(default_factory=Counter)  # every warning, by kind ("" for no kind)

    def note(self, problems: list[Problem]) -> None:
        """Count the problems and keep them while fewer than MAX_PROBLEMS_KEPT are kept (a hostile file of
        a million bad rows must not fill memory; every rejected record goes to the rejects file)."""
        if not problems:
            return
        errors = sum(1 for p in problems if p.severity == Severity.ERROR)
        self.error_count += errors
        self.warning_count += len(problems) - errors
        self.warning_kinds.update(p.kind for p in problems if p.severity == Severity.WARNING)
        room = limits.MAX_PROBLEMS_KEPT - len(self.problems)
        if room > 0:
            self.problems.extend(problems[:room])

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == Severity.WARNING]

    def warnings_text(self) -> str:
        """'3 warnings (1 unknown substance, 1 zero amount, 1 amount without unit)': how many of each kind,
        most first, the warnings of no named kind last as 'other'."""
        text = plural(self.warning_count, translate("Transfer", "{n} warning"), translate("Transfer", "{n} warnings"))
        kinds = sorted(((n, k) for k, n in self.warning_kinds.items() if k), key=lambda nk: -nk[0])
        if not kinds:
            return text
        parts = [kind_count(kind, n) for n, kind in kinds]
        if self.warning_kinds.get(""):
            parts.append(kind_count("", self.warning_kinds[""]))
        return f"{text} ({', '.join(parts)})"


class _Abandon(Exception):
    """Roll the import's transaction back (invalid records, or a dry run)."""


def detect_format(path: Path, explicit: str | None) -> str:
    if explicit:
        if explicit not in FORMATS:
            raise CaseAppError(translate(
                "Transfer", "unknown format '{explicit}' (choose {formats})").format(
                explicit=explicit, formats=', '.join(FORMATS)))
        return explicit
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "json"
    try:
        with path.open("rb") as handle:
            first = handle.readline(65536).decode("utf-8", errors="replace")
    except OSError as exc:
        raise FileFormatError(translate("Transfer", "{path}: {error}").format(path=path, error=exc.strerror)) from None
    if is_ids_header(first):
        return "unodc-ids"
    if suffix == ".csv":
        return "csv"
    raise CaseAppError(translate(
        "Transfer", "cannot tell the format of {name} from its extension; give --format").format(
        name=path.name))


@dataclass(slots=True)
class _Checked:
    """One record of a file, read, normalised and validated: its problems, and the case or the IDS row to write."""

    number: int
    problems: list[Problem]
    case: Case | None = None
    row: PartsRow | None = None


def _checked(app: CaseApp, path: Path, fmt: str, encoding: str, progress: ProgressCallback | None,
             reviewed_allowed: bool, parts: PartsReader) -> Iterator[_Checked]:
    """The records of a file with their problems. An IDS file is read by parts (io.ids_parts: each distinct
    cell checked once, by the same rules and with the same problems as row by row)."""
    if fmt == "unodc-ids":
        for item in parts.read(path, encoding=encoding, progress=progress):
            if isinstance(item, ReadRecord):
                yield _Checked(item.number, [Problem(item.number, i.severity, i.field, i.message, i.value)
                                             for i in item.issues])
            else:
                yield _Checked(item.line, [Problem(item.line, i.severity, i.field, i.message, i.value, None, i.kind)
                                           for i in item.issues], row=item)
        return
    now = app.local_now()
    reader = read_json if fmt == "json" else read_csv
    for record in reader(path, encoding=encoding, progress=progress):
        problems = [Problem(record.number, i.severity, i.field, i.message, i.value) for i in record.issues]
        case = record.case
        if case is not None:
            if not record.normalised:
                case = normalise_case(case, app.catalogue)
            validation = validate(case, app.catalogue, now=now, complete=True, imported=True)
            problems += [Problem(record.number, i.severity, i.field, i.message, i.value,
                                 case.case_number, i.kind) for i in validation.issues]
            if case.status != "draft" and not reviewed_allowed:
                problems.append(Problem(record.number, Severity.ERROR, "status",
                                        "only a supervisor imports cases already reviewed", case.status,
                                        case.case_number))
        yield _Checked(record.number, problems, case=case)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def import_file(app: CaseApp, path: Path, *, fmt: str | None = None, actor: str | None = None,
                skip_invalid: bool = False, dry_run: bool = False, encoding: str = "utf-8",
                progress: ProgressCallback | None = None, rejects: Path | None = None,
                reviewed_allowed: bool = True) -> Done[ImportReport]:
    """Import a file. reviewed_allowed=False (an officer's import) refuses records whose status says
    they were submitted, returned or approved elsewhere: only a supervisor brings in reviewed cases."""
    # before anything is read, validated or written: neither path may be the database or its side files
    check_input(path, app.path, what="imported")
    if rejects is not None:
        check_output(rejects, app.path, what="the rejects file")
    check_actor(app, actor, "importing cases")  # the account as it is now, not as it was at login
    fmt = detect_format(path, fmt)
    report = ImportReport(path=str(path), format=fmt, dry_run=dry_run)
    at = app.now_utc_text()
    rejects_handle: TextIO | None = None
    rejects_writer = None
    if rejects is not None:
        try:
            rejects_handle = rejects.open("w", encoding="utf-8", newline="")
        except OSError as exc:
            raise CaseAppError(translate(
                "Transfer", "cannot write {rejects}: {error}").format(
                rejects=rejects, error=exc.strerror)) from None
        rejects_writer = CsvOut(rejects_handle)
        rejects_writer.writerow(["record", "severity", "field", "message", "value"])
    failed = False
    parts = PartsReader(app.catalogue, app.local_now())
    try:
        with app.change("import", "file", path.name, actor=actor, at=at) as work:
            writer = app._store.bulk_writer(actor=actor, at=at, ledger=work.ledger)
            rows = app._store.parts_writer(parts, actor=actor, at=at, ledger=work.ledger)
            for record in _checked(app, path, fmt, encoding, progress, reviewed_allowed, parts):
                report.records += 1
                problems = record.problems
                has_error = (record.case is None and record.row is None) or any(
                    p.severity == Severity.ERROR for p in problems)
                if not has_error and not failed:
                    try:
                        if record.row is not None:
                            rows.add(record.row)
                            report.exhibits += 1
                        elif record.case is not None:
                            writer.add(record.case)
                            report.exhibits += len(record.case.exhibits)
                        report.imported += 1
                    except Duplicate as exc:
                        number = record.case.case_number if record.case else None
                        problems.append(Problem(record.number, Severity.ERROR, "case_number", str(exc), number,
                                                number))
                        has_error = True
                report.note(problems)
                if has_error:
                    report.rejected += 1
                    if not skip_invalid:
                        failed = True
                    if rejects_writer is not None:
                        for p in problems:
                            if p.severity == Severity.ERROR:
                                rejects_writer.writerow([p.record, p.severity, p.field, p.message, p.value or ""])
            if failed or dry_run:
                raise _Abandon
            writer.flush()
            rows.flush()
            work.detail.update({
                "format": fmt, "sha256": file_sha256(path), "records": report.records,
                "imported": report.imported, "exhibits": report.exhibits, "rejected": report.rejected,
                "first_case_id": writer.first_case_id or rows.first_case_id,
            })
    except _Abandon:
        report.imported = 0 if not dry_run else report.imported
        report.committed = False
    except DiskFull:  # rolled back by the store: the whole import, not a part of it
        raise DiskFull(translate("Transfer", "the disk is full: nothing was imported")) from None
    else:
        report.committed = True
    finally:
        if rejects_handle is not None:
            rejects_handle.close()
    # new cases only (a number already stored is refused), so no open case changed: the lists did
    return Done(report, Changes(case_list=True, exhibits=True, audit=True) if report.committed else NOTHING)


def export_cases(app: CaseApp, out: TextIO, *, fmt: str, actor: str | None = None,
                 target: str = "stdout") -> int:
    if fmt not in FORMATS:
        raise CaseAppError(translate(
            "Transfer", "unknown format '{fmt}' (choose {formats})").format(
            fmt=fmt, formats=', '.join(FORMATS)))
    check_actor(app, actor, "exporting cases")
    cases = app._store.iter_cases()
    if fmt == "json":
        count = write_json(cases, out)
    elif fmt == "csv":
        count = write_csv(cases, out)
    else:
        count = write_ids(cases, out, app.catalogue)
    with app.change("export", "file", target, actor=actor, detail={"format": fmt, "cases": count}):
        pass
    return count


def export_search(app: CaseApp, query: SearchQuery, out: TextIO, *, actor: str | None = None,
                  target: str = "stdout", page: int = 5000) -> int:
    """Every row a search matches, as CSV (the columns of caseapp-cli search --format csv); audited."""
    check_actor(app, actor, "exporting search results")

    def rows() -> Iterator[SearchRow]:
        offset = 0
        while True:
            batch = app.search(replace(query, limit=page, offset=offset))
            yield from batch
            if len(batch) < page:
                return
            offset += page

    count = write_results_csv(rows(), out)
    with app.change("export", "search", target, actor=actor,
                    detail={"format": "csv", "rows": count, "query": query_to_dict(query)}):
        pass
    return count
