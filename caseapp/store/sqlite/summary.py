"""The figures of a period summary: for any SearchQuery, seizures and kg-equivalent by top-level group, by
substance, by month, by origin country, by transport and by concealment, and the largest seizures.

A seizure is a case; an exhibit counts once. Each exhibit counts under the substance the laboratory
confirmed when there is one, else the suspected one. Every figure is computed in SQL over the rows the
search itself matches (the FROM and WHERE of CaseSearch._plan), reading them once:

1. one pass over the matching exhibits folds them into one row per (case, substance) in a temporary
   table, keyed case id << 32 | substance code, with the case's month, origin, transport and concealment
   packed into one integer beside (and the largest exhibit's kg and the exhibit ids, for the largest
   seizures);
2. the rows of a case are one key range, so one seek per row marks the rows that are not the first of
   their case, or not the first of their substance group in the case (a case counts once in a month, an
   origin..., and once in a group however many of the group's substances it holds);
3. one pass folds those rows by (substance, month) and one by (origin, transport, concealment); Python
   adds up the few thousand folded rows into groups, substances, months, origins, transports and
   concealments;
4. the largest exhibits are read off the per-(case, substance) maxima, then fetched by id.

Folding is an upsert into a small table with an integer key, which costs far less than sorting the
matches for each GROUP BY (on the million-exhibit benchmark, 0.5-1 s a fold against 2-3 s a GROUP BY with
count(DISTINCT)). It all runs in one read snapshot under a savepoint rolled back at the end: the temporary
tables leave nothing behind and a caller's transaction, if any, is untouched.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from sqlite_utils import Database

from caseapp.core import vocab
from caseapp.core.countries import country_name, is_unknown
from caseapp.core.schedules import ROMAN
from caseapp.core.substances import Catalogue
from caseapp.core.text import name_key
from caseapp.store.contract.figures import (
    LARGEST,
    NO_SUBSTANCE,
    NOT_SCHEDULED,
    UNKNOWN,
    UNLISTED_GROUP,
    LargestRow,
    MonthRow,
    SummaryData,
    SummaryRow,
)
from caseapp.store.contract.queries import SearchQuery, SearchTotals
from caseapp.store.contract.terms import unlisted_term
from caseapp.store.sqlite.search import CaseSearch

UNLISTED_GROUP_LABEL = "Not in the catalogue"
NO_SUBSTANCE_LABEL = "No substance recorded"
UNKNOWN_COUNTRY_LABEL = "Unknown / not recorded"
UNKNOWN_LABEL = "Unknown / not recorded"
NOT_SCHEDULED_LABEL = "No schedule lists it"


# -- SQL --------------------------------------------------------------------------------------------
#
# Fold keys are integers (an integer key folds about twice as fast as a text one):
#   substance code  = group code << 20 | index of the substance in its group; group 0 = no substance,
#                     the last group = names the catalogue does not know (numbered as they are met)
#   case cell       = month << 40 | origin << 26 | transport << 13 | concealment
#                     month = YYYYMM (0 = no date); origin = the two letters of an ISO code (< 1024) or a
#                     number handed out for a value kept verbatim; transport and concealment = the position
#                     in the vocabulary or a number for a value kept verbatim; 0 = not recorded
#   (case, substance) = case id << 32 | substance code, so a case's rows are one key range and the rows of
#                     one group inside a case another
# (SQLite gives << >> & | one precedence, left to right: every shift is bracketed.)

_MASK32 = (1 << 32) - 1
_MASK40 = (1 << 40) - 1
_VERBATIM = 1024  # first code of a value kept verbatim
_VERBATIM_LIMIT = {0: 1 << 14, 1: 1 << 13, 2: 1 << 13}  # origin, transport, concealment

# the substance an exhibit counts under (the lab's, else the suspected one), looked up by id in a join
_SUBSTANCE_JOIN = (" LEFT JOIN temp.summary_codes sc ON sc.sid = "
                   "CASE WHEN e.lab_substance IS NOT NULL THEN e.lab_substance_id ELSE e.substance_id END")
_SUBSTANCE_CODE = ("coalesce(sc.code, summary_unlisted("
                   "CASE WHEN e.lab_substance IS NOT NULL THEN e.lab_substance ELSE e.substance END))")
_MONTH = "(substr(e.occurred_at, 1, 4) * 100 + substr(e.occurred_at, 6, 2))"  # text to number: '' is 0
_ORIGIN = ("CASE WHEN c.origin_country IS NULL THEN 0 "
           "WHEN length(c.origin_country) = 2 AND c.origin_country GLOB '[A-Z][A-Z]' "
           "THEN (unicode(c.origin_country) - 64) * 32 + unicode(substr(c.origin_country, 2)) - 64 "
           "ELSE summary_verbatim(0, c.origin_country) END")


def _vocabulary_code(column: str, vocabulary: vocab.Vocabulary, dim: int) -> str:
    whens = " ".join(f"WHEN '{code}' THEN {index}" for index, code in enumerate(vocabulary.codes(), start=1))
    return f"CASE coalesce({column}, '') WHEN '' THEN 0 {whens} ELSE summary_verbatim({dim}, {column}) END"


_CELL = (f"(({_MONTH} << 40) | (({_ORIGIN}) << 26) | (({_vocabulary_code('c.transport', vocab.TRANSPORT, 1)}) << 13) "
         f"| ({_vocabulary_code('c.concealment', vocab.CONCEALMENT, 2)}))")

# Counts travel in pairs packed into one integer (fewer columns make a fold cheaper), both halves summed:
#   counts = exhibits + (exhibits without kg-equivalent << 32)
#   firsts = seizures of the case + (seizures of the group << 32): 1 + (1 << 32) on a row that is the first of
#            its case (the smallest key of the case's key range), 1 << 32 on the first row of a group inside a
#            case that has an earlier row, else 0
#   marks  = rows + (rows with an estimated kg-equivalent << 32)

# the scratch tables live in the connection's temp schema, inside a savepoint that is rolled back
_TABLES = (
    "CREATE TEMP TABLE summary_codes (sid TEXT PRIMARY KEY, code INTEGER NOT NULL) WITHOUT ROWID",
    # the matches folded per (case, substance): top = the largest exhibit's kg, eids = the exhibit ids
    "CREATE TEMP TABLE summary_cs (k INTEGER PRIMARY KEY, cell INTEGER NOT NULL, counts INTEGER NOT NULL, "
    "kg INTEGER NOT NULL, est INTEGER NOT NULL, firsts INTEGER NOT NULL, top INTEGER, eids NOT NULL)",
    # per (substance, month)
    "CREATE TEMP TABLE summary_by_substance (k INTEGER PRIMARY KEY, marks INTEGER NOT NULL, firsts INTEGER NOT NULL, "
    "counts INTEGER NOT NULL, kg INTEGER NOT NULL)",
    # the CDSA schedules of each catalogue substance code, and the matches folded per (schedule, case)
    "CREATE TEMP TABLE summary_schedules (code INTEGER NOT NULL, sched INTEGER NOT NULL, PRIMARY KEY (code, sched)) "
    "WITHOUT ROWID",
    "CREATE TEMP TABLE summary_by_schedule (k INTEGER PRIMARY KEY, counts INTEGER NOT NULL, kg INTEGER NOT NULL, "
    "est INTEGER NOT NULL)",
    # per (origin, transport, concealment)
    "CREATE TEMP TABLE summary_by_case (k INTEGER PRIMARY KEY, marks INTEGER NOT NULL, counts INTEGER NOT NULL, "
    "kg INTEGER NOT NULL)",
)

_FOLD_PAIRS = (
    f"INSERT INTO temp.summary_cs SELECT (e.case_id << 32) | {_SUBSTANCE_CODE}, {_CELL}, "
    f"1 + ((e.kg_mg IS NULL) << 32), coalesce(e.kg_mg, 0), e.kg_estimate, {1 + (1 << 32)}, e.kg_mg, e.id "
    "FROM {source}" + _SUBSTANCE_JOIN + " WHERE {clause} "
    "ON CONFLICT DO UPDATE SET counts = counts + excluded.counts, kg = kg + excluded.kg, "
    "est = max(est, excluded.est), top = CASE WHEN top IS NULL OR excluded.top > top THEN excluded.top ELSE top END, "
    "eids = eids || ',' || excluded.eids"
)

# A seizure counts once: a row with an earlier row of the same case is not the case's first, and is the
# first of its group only when no earlier row of the case is of the same group (group code in the key's
# bits 20-31). Rows of a case are one key range, so each test is one seek.
_EARLIER_IN_CASE = "EXISTS (SELECT 1 FROM temp.summary_cs y WHERE y.k >= ((x.k >> 32) << 32) AND y.k < x.k)"
_EARLIER_IN_GROUP = "EXISTS (SELECT 1 FROM temp.summary_cs y WHERE y.k >= ((x.k >> 20) << 20) AND y.k < x.k)"
_MARK_FIRSTS = (f"UPDATE temp.summary_cs AS x SET firsts = CASE WHEN {_EARLIER_IN_GROUP} THEN 0 ELSE {1 << 32} END "
                f"WHERE {_EARLIER_IN_CASE}")

_FOLD_SUBSTANCES = (
    f"INSERT INTO temp.summary_by_substance SELECT ((k & {_MASK32}) << 20) | (cell >> 40), 1 + (est << 32), "
    "firsts, counts, kg FROM temp.summary_cs WHERE 1 ON CONFLICT DO UPDATE SET marks = marks + excluded.marks, "
    "firsts = firsts + excluded.firsts, counts = counts + excluded.counts, kg = kg + excluded.kg"
)

_FOLD_CASES = (
    f"INSERT INTO temp.summary_by_case SELECT cell & {_MASK40}, (firsts & {_MASK32}) + (est << 32), counts, kg "
    "FROM temp.summary_cs WHERE 1 ON CONFLICT DO UPDATE SET marks = marks + excluded.marks, "
    "counts = counts + excluded.counts, kg = kg + excluded.kg"
)

# A case counts once under a schedule however many of its substances the schedule lists: the (case, substance)
# rows fold into one row per schedule << 32 | case id (schedule 0: no schedule lists the substance), whose
# key order then groups each schedule's cases without a sort.
_FOLD_SCHEDULES = (
    f"INSERT INTO temp.summary_by_schedule SELECT (coalesce(m.sched, 0) << 32) | (x.k >> 32), x.counts, x.kg, x.est "
    f"FROM temp.summary_cs x LEFT JOIN temp.summary_schedules m ON m.code = (x.k & {_MASK32}) WHERE 1 "
    "ON CONFLICT DO UPDATE SET counts = counts + excluded.counts, kg = kg + excluded.kg, est = max(est, excluded.est)"
)
_BY_SCHEDULE = (f"SELECT k >> 32, count(*), sum(counts & {_MASK32}), sum(counts >> 32), sum(kg), max(est) "
                "FROM temp.summary_by_schedule GROUP BY k >> 32")

_LARGEST_COLUMNS = (
    "e.id, c.case_number, e.number, e.occurred_at, e.substance, e.substance_id, e.lab_substance, "
    "e.lab_substance_id, e.kg_mg, e.kg_estimate, c.origin_country, c.place_name, c.city, c.region, c.country"
)


class _Fold:
    """Running sums of one bucket."""

    __slots__ = ("seizures", "exhibits", "kg", "estimate", "without")

    def __init__(self) -> None:
        self.seizures = self.exhibits = self.kg = self.without = 0
        self.estimate = False

    def add(self, seizures: int, exhibits: int, kg: int | None, estimate: int, without: int) -> None:
        self.seizures += seizures
        self.exhibits += exhibits
        self.kg += kg or 0
        self.estimate = self.estimate or bool(estimate)
        self.without += without

    def row(self, key: str, label: str) -> SummaryRow:
        return SummaryRow(key, label, self.seizures, self.exhibits, self.kg, self.estimate, self.without)


class _Codes:
    """The integer codes of one summary: catalogue substances and groups, and numbers handed out (through
    SQL functions) to substance names the catalogue does not know and to values kept verbatim."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        tops: dict[str, str] = {}
        for substance in catalogue.substances.values():
            top = catalogue.top_group(substance.group)
            tops[substance.id] = top.id if top else substance.group
        self.group_ids = [NO_SUBSTANCE, *sorted(set(tops.values())), UNLISTED_GROUP]
        self.unlisted_group = len(self.group_ids) - 1
        self.substances: dict[int, str] = {}  # code -> catalogue id
        counts: dict[int, int] = {}
        for substance_id in sorted(tops):
            group = self.group_ids.index(tops[substance_id])
            counts[group] = counts.get(group, 0) + 1
            self.substances[group << 20 | counts[group] - 1] = substance_id
        self.unlisted: dict[str, int] = {}  # name key -> code
        self.unlisted_names: dict[int, str] = {}  # code -> the name as first met
        self.verbatim: dict[tuple[int, str], int] = {}
        self.verbatim_text: dict[tuple[int, int], str] = {}
        self.counts: dict[int, int] = {}  # values kept verbatim so far, per field

    def rows(self) -> list[tuple[str, int]]:
        return [(substance_id, code) for code, substance_id in self.substances.items()]

    def schedule_rows(self) -> list[tuple[int, int]]:
        """(substance code, schedule number 1-9) for every CDSA listing of a catalogue substance."""
        rows = set()
        for code, substance_id in self.substances.items():
            for listing in self.catalogue.substances[substance_id].schedules:
                rows.add((code, ROMAN.index(listing.schedule) + 1))
        return sorted(rows)

    def unlisted_code(self, name: str | None) -> int:
        key = name_key(name) if name else ""
        if not key:
            return 0  # no substance
        code = self.unlisted.get(key)
        if code is None:
            if len(self.unlisted) >= 1 << 20:
                raise OverflowError("more than a million substance names outside the catalogue")
            code = self.unlisted[key] = self.unlisted_group << 20 | len(self.unlisted)
            self.unlisted_names[code] = (name or "").strip()
        return code

    def verbatim_code(self, dim: int, text: str | None) -> int:
        value = (text or "").strip()
        if not value:
            return 0
        code = self.verbatim.get((dim, value))
        if code is None:
            code = _VERBATIM + self.counts.get(dim, 0)
            if code >= _VERBATIM_LIMIT[dim]:
                raise OverflowError(f"more than {_VERBATIM_LIMIT[dim] - _VERBATIM} different values kept verbatim "
                                    "in one field")
            self.counts[dim] = self.counts.get(dim, 0) + 1
            self.verbatim[(dim, value)] = code
            self.verbatim_text[(dim, code)] = value
        return code

    # decoding
    def substance(self, code: int) -> tuple[str, str]:
        """(key, label) of a substance code."""
        substance_id = self.substances.get(code)
        if substance_id is not None:
            return substance_id, self.catalogue.substances[substance_id].name
        if code == 0:
            return NO_SUBSTANCE, NO_SUBSTANCE_LABEL
        name = self.unlisted_names.get(code, "")
        return unlisted_term(name), name

    def group(self, code: int) -> tuple[str, str]:
        key = self.group_ids[code >> 20]
        if key == NO_SUBSTANCE:
            return key, NO_SUBSTANCE_LABEL
        if key == UNLISTED_GROUP:
            return key, UNLISTED_GROUP_LABEL
        group = self.catalogue.groups.get(key)
        return key, group.name if group else key

    def origin(self, code: int) -> str:
        if code == 0:
            return UNKNOWN
        if code < _VERBATIM:
            return chr(code // 32 + 64) + chr(code % 32 + 64)
        return _country_key(self.verbatim_text.get((0, code), ""))

    def vocabulary(self, code: int, vocabulary: vocab.Vocabulary, dim: int) -> str:
        if code == 0:
            return UNKNOWN
        codes = vocabulary.codes()
        if code <= len(codes):
            return _vocab_key(vocabulary, codes[code - 1])
        return _vocab_key(vocabulary, self.verbatim_text.get((dim, code), ""))


def _ranked(rows: Iterable[SummaryRow]) -> tuple[SummaryRow, ...]:
    """Largest kg-equivalent first, then most seizures, then the label; the unknown bucket last."""
    return tuple(sorted(rows, key=lambda r: (r.key == UNKNOWN, -r.kg_mg, -r.seizures, -r.exhibits, r.label.casefold(),
                                              r.key)))


def _month(yyyymm: int) -> str:
    """YYYY-MM of a month code; UNKNOWN for no date (or a date too short to have a month)."""
    year, month = divmod(yyyymm, 100)
    return f"{year:04d}-{month:02d}" if 1 <= year <= 9999 and 1 <= month <= 12 else UNKNOWN


def _month_number(text: str) -> int:
    return int(text[:4]) * 12 + int(text[5:7]) - 1


def month_range(first: str, last: str) -> list[str]:
    """Every month from first to last (YYYY-MM), both included."""
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(_month_number(first), _month_number(last) + 1)]


def _chunks(items: list[int], size: int = 500) -> Iterator[list[int]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


class SummaryStore:
    """Period summaries over the same matches as the search (composes CaseSearch; shares its plan)."""

    def __init__(self, db: Database, finder: CaseSearch) -> None:
        self.db = db
        self.finder = finder

    @property
    def catalogue(self) -> Catalogue:
        return self.finder.catalogue

    def plan(self, query: SearchQuery) -> tuple[str, str, list[Any]]:
        """(FROM, WHERE, parameters) of the search for a query: the rows a summary folds."""
        source, clause, params, _order = self.finder._plan(query)
        return source, clause, params

    def summary(self, query: SearchQuery, *, largest: int = LARGEST) -> SummaryData:
        """Every figure of a period summary for the query (its limit, offset and order are ignored)."""
        source, clause, params = self.plan(query)  # raises UnknownFilter before anything is written
        codes = _Codes(self.catalogue)
        conn = self.db.conn
        conn.create_function("summary_unlisted", 1, codes.unlisted_code)
        conn.create_function("summary_verbatim", 2, codes.verbatim_code)
        conn.execute("SAVEPOINT summary")  # outside a transaction this begins one: a single read snapshot
        try:
            for sql in _TABLES:
                conn.execute(sql)
            conn.executemany("INSERT INTO temp.summary_codes VALUES (?, ?)", codes.rows())
            conn.execute(_FOLD_PAIRS.format(source=source, clause=clause), params)
            conn.execute(_MARK_FIRSTS)
            conn.execute(_FOLD_SUBSTANCES)
            conn.execute(_FOLD_CASES)
            by_substance = conn.execute("SELECT k, marks, firsts, counts, kg FROM temp.summary_by_substance").fetchall()
            by_case = conn.execute("SELECT k, marks, counts, kg FROM temp.summary_by_case").fetchall()
            by_schedule: list[tuple[int, ...]] = []
            if self.catalogue.schedule_facts is not None:
                conn.executemany("INSERT INTO temp.summary_schedules VALUES (?, ?)", codes.schedule_rows())
                conn.execute(_FOLD_SCHEDULES)
                by_schedule = conn.execute(_BY_SCHEDULE).fetchall()
            largest_rows = self._largest(largest) if largest > 0 else []
        finally:
            conn.execute("ROLLBACK TO summary")
            conn.execute("RELEASE summary")
            conn.create_function("summary_unlisted", 1, None)
            conn.create_function("summary_verbatim", 2, None)
        data = self._assemble(query, codes, by_substance, by_case, largest_rows)
        return replace(data, schedules=_schedule_rows(by_schedule))

    def _largest(self, limit: int) -> list[tuple[Any, ...]]:
        """The `limit` largest matching exhibits. Each is the largest of its (case, substance) or shares
        that pair with a larger one, so only the pairs whose largest reaches the limit-th largest pair can
        hold them; their exhibits are fetched by id and ranked here."""
        conn = self.db.conn
        pairs = conn.execute("SELECT top, eids FROM temp.summary_cs WHERE top IS NOT NULL ORDER BY top DESC LIMIT ?",
                             [limit * 20]).fetchall()  # ties at the floor included, within reason
        return largest_of_pairs(self.db, pairs, limit)

    # -- from folded rows to the summary -------------------------------------------------------------
    def _assemble(self, query: SearchQuery, codes: _Codes, by_substance: list[tuple[int, ...]],
                  by_case: list[tuple[int, ...]], largest_rows: list[tuple[Any, ...]]) -> SummaryData:
        substances: dict[tuple[str, str], _Fold] = {}
        groups: dict[tuple[str, str], _Fold] = {}
        months: dict[str, _Fold] = {}
        for key, marks, firsts, counts, kg in by_substance:
            code, month = key >> 20, _month(key & 0xFFFFF)
            pairs, estimate = marks & _MASK32, marks >> 32
            first_of_case, first_of_group = firsts & _MASK32, firsts >> 32
            exhibits, without = counts & _MASK32, counts >> 32
            substances.setdefault(codes.substance(code), _Fold()).add(pairs, exhibits, kg, estimate, without)
            groups.setdefault(codes.group(code), _Fold()).add(first_of_group, exhibits, kg, estimate, without)
            months.setdefault(month, _Fold()).add(first_of_case, exhibits, kg, estimate, without)

        origins: dict[str, _Fold] = {}
        transports: dict[str, _Fold] = {}
        concealments: dict[str, _Fold] = {}
        total = _Fold()
        for cell, marks, counts, kg in by_case:
            figures = (marks & _MASK32, counts & _MASK32, kg, marks >> 32, counts >> 32)
            origins.setdefault(codes.origin(cell >> 26 & 0x3FFF), _Fold()).add(*figures)
            transports.setdefault(codes.vocabulary(cell >> 13 & 0x1FFF, vocab.TRANSPORT, 1), _Fold()).add(*figures)
            concealments.setdefault(codes.vocabulary(cell & 0x1FFF, vocab.CONCEALMENT, 2), _Fold()).add(*figures)
            total.add(*figures)

        undated_fold = months.pop(UNKNOWN, None)
        dated = months
        first, last = _month_bounds(query, dated)
        month_rows: list[MonthRow] = []
        if first and last:
            for text in month_range(first, last):
                fold = dated.get(text, _Fold())
                month_rows.append(MonthRow(text, fold.seizures, fold.exhibits, fold.kg, fold.estimate))

        return SummaryData(
            query=query,
            totals=SearchTotals(total.seizures, total.exhibits, total.kg, total.estimate, total.without),
            groups=_ranked(f.row(key, label) for (key, label), f in groups.items()),
            substances=_ranked(f.row(key, label) for (key, label), f in substances.items()),
            months=tuple(month_rows),
            undated=undated_fold.row(UNKNOWN, "No date") if undated_fold else None,
            origins=_ranked(f.row(k, country_name(k) if k else UNKNOWN_COUNTRY_LABEL) for k, f in origins.items()),
            transports=_ranked(f.row(k, vocab.TRANSPORT.label(k) if k else UNKNOWN_LABEL)
                               for k, f in transports.items()),
            concealments=_ranked(f.row(k, vocab.CONCEALMENT.label(k) if k else UNKNOWN_LABEL)
                                 for k, f in concealments.items()),
            largest=tuple(self._largest_row(r) for r in largest_rows),
            first_month=first,
            last_month=last,
        )

    def _largest_row(self, r: tuple[Any, ...]) -> LargestRow:
        (_id, case_number, number, occurred_at, substance, substance_id, lab_substance, lab_substance_id, kg_mg,
         kg_estimate, origin, place_name, city, region, country) = r
        catalogue = self.catalogue
        lab = catalogue.substances.get(lab_substance_id or "")
        suspected = catalogue.substances.get(substance_id or "")
        if lab_substance:
            name = lab.name if lab else lab_substance
        else:
            name = suspected.name if suspected else (substance or NO_SUBSTANCE_LABEL)
        place = ", ".join(filter(None, (place_name, city, country_name(country))))
        return LargestRow(case_number, number, occurred_at or None, name, bool(lab_substance), int(kg_mg),
                          bool(kg_estimate), origin, country_name(origin) if not is_unknown(origin) else "", place,
                          country or None)


def _schedule_rows(folded: list[tuple[int, ...]]) -> tuple[SummaryRow, ...]:
    """The schedules in the Act's order, then the exhibits no schedule lists (key "")."""
    rows = [SummaryRow(ROMAN[number - 1] if number else NOT_SCHEDULED, f"Schedule {ROMAN[number - 1]}" if number
                       else NOT_SCHEDULED_LABEL, int(cases), int(exhibits), int(kg), bool(estimate), int(without))
            for number, cases, exhibits, without, kg, estimate in sorted(folded, key=lambda r: r[0] or 99)]
    return tuple(rows)


def _country_key(value: str) -> str:
    return UNKNOWN if is_unknown(value) else value


def _vocab_key(vocabulary: vocab.Vocabulary, value: str) -> str:
    if not value or value == "unknown" or (value not in vocabulary and is_unknown(value)):
        return UNKNOWN
    return value


def _month_bounds(query: SearchQuery, months: dict[str, _Fold]) -> tuple[str | None, str | None]:
    """The range the monthly figures cover: the query's dates where given, else the first and last month
    with a match."""
    first = query.date_from.isoformat()[:7] if query.date_from else (min(months) if months else None)
    last = query.date_to.isoformat()[:7] if query.date_to else (max(months) if months else None)
    first, last = first or last, last or first
    if first and last and first > last:  # a range the wrong way round matches nothing: no months
        return None, None
    return first, last


def largest_of_pairs(db: Database, pairs: list[tuple[Any, Any]], limit: int) -> list[tuple[Any, ...]]:
    """The `limit` largest exhibits of the (case, substance) pairs given as (their largest kg_mg, their exhibit
    ids joined by commas), largest first (both back ends' summaries)."""
    if not pairs:
        return []
    floor = pairs[min(limit, len(pairs)) - 1][0]
    ids = {int(i) for top, eids in pairs if top >= floor for i in str(eids).split(",")}
    rows: list[tuple[Any, ...]] = []
    for chunk in _chunks(sorted(ids)):
        rows.extend(db.execute(
            f"SELECT {_LARGEST_COLUMNS} FROM exhibits e JOIN cases c ON c.id = e.case_id "
            f"WHERE e.id IN ({','.join('?' * len(chunk))}) AND e.kg_mg >= ?", [*chunk, floor]).fetchall())
    # largest first; among equals the newest, then by case and exhibit number (stable sorts, last key first)
    rows.sort(key=lambda r: (r[1], r[2]))
    rows.sort(key=lambda r: r[3] or "", reverse=True)
    rows.sort(key=lambda r: r[8], reverse=True)
    return rows[:limit]

