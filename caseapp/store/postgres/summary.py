"""Period summaries on the server: the same figures as store.sqlite.summary from the same matches (the search's
FROM and WHERE), folded by the same codes (its _Codes) and assembled by the same code (its _assemble). SQLite
folds inside the engine through Python functions it calls per row (summary_unlisted, summary_verbatim);
PostgreSQL cannot call into the client, so the matching rows are streamed once and folded here, by the very
rules of the SQLite statements (each step below names the statement it stands for)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from caseapp.core import vocab
from caseapp.store.contract.figures import LARGEST, SummaryData
from caseapp.store.contract.queries import SearchQuery
from caseapp.store.sqlite.summary import (
    _MASK32,
    _MASK40,
    SummaryStore,
    _Codes,
    _schedule_rows,
    largest_of_pairs,
)

_LEADING_NUMBER = re.compile(r"\s*([+-]?\d+)")
_ISO2 = re.compile(r"[A-Z][A-Z]")


def _number(text: str) -> int:
    """SQLite's reading of text as a number in arithmetic: its leading integer, else 0."""
    match = _LEADING_NUMBER.match(text)
    return int(match[1]) if match else 0


class PgSummaryStore(SummaryStore):
    def summary(self, query: SearchQuery, *, largest: int = LARGEST) -> SummaryData:
        source, clause, params = self.plan(query)  # raises UnknownFilter before anything is read
        codes = _Codes(self.catalogue)
        by_id = {substance_id: code for substance_id, code in codes.rows()}
        transports = {code: i for i, code in enumerate(vocab.TRANSPORT.codes(), start=1)}
        concealments = {code: i for i, code in enumerate(vocab.CONCEALMENT.codes(), start=1)}
        pairs: dict[int, list[Any]] = {}  # _FOLD_PAIRS: key -> [cell, counts, kg, est, firsts, top, eids]
        rows = self.db.execute(
            "SELECT e.case_id, e.id, e.lab_substance, e.lab_substance_id, e.substance, e.substance_id, "
            f"e.occurred_at, c.origin_country, c.transport, c.concealment, e.kg_mg, e.kg_estimate FROM {source} "
            f"WHERE {clause}", params)
        for (case_id, exhibit_id, lab, lab_id, suspected, suspected_id, occurred, origin, transport, concealment,
             kg_mg, estimate) in rows:
            named = lab is not None
            code = by_id.get(lab_id if named else suspected_id)
            if code is None:
                code = codes.unlisted_code(lab if named else suspected)
            text = occurred or ""
            month = _number(text[0:4]) * 100 + _number(text[5:7])
            if origin is None:
                origin_code = 0
            elif len(origin) == 2 and _ISO2.fullmatch(origin):
                origin_code = (ord(origin[0]) - 64) * 32 + ord(origin[1]) - 64
            else:
                origin_code = codes.verbatim_code(0, origin)
            transport_code = transports.get(transport or "", 0) if (transport or "") in transports or not transport \
                else codes.verbatim_code(1, transport)
            concealment_code = concealments.get(concealment or "", 0) if (concealment or "") in concealments \
                or not concealment else codes.verbatim_code(2, concealment)
            cell = (month << 40) | (origin_code << 26) | (transport_code << 13) | concealment_code
            key = (case_id << 32) | code
            fold = pairs.get(key)
            if fold is None:
                pairs[key] = [cell, 1 + ((kg_mg is None) << 32), kg_mg or 0, estimate, 1 + (1 << 32), kg_mg,
                              str(exhibit_id)]
                continue
            fold[1] += 1 + ((kg_mg is None) << 32)
            fold[2] += kg_mg or 0
            fold[3] = max(fold[3], estimate)
            if kg_mg is not None and (fold[5] is None or kg_mg > fold[5]):
                fold[5] = kg_mg
            fold[6] += f",{exhibit_id}"
        keys = sorted(pairs)
        for before, key in zip(keys, keys[1:], strict=False):  # _MARK_FIRSTS: not the first of its case
            if before >> 32 == key >> 32:
                pairs[key][4] = 0 if before >> 20 == key >> 20 else 1 << 32
        by_substance: dict[int, list[int]] = {}  # _FOLD_SUBSTANCES
        by_case: dict[int, list[int]] = {}  # _FOLD_CASES
        for key in keys:
            cell, counts, kg, est, firsts, _top, _eids = pairs[key]
            folded = by_substance.setdefault(((key & _MASK32) << 20) | (cell >> 40), [0, 0, 0, 0])
            for i, value in enumerate((1 + (est << 32), firsts, counts, kg)):
                folded[i] += value
            folded = by_case.setdefault(cell & _MASK40, [0, 0, 0])
            for i, value in enumerate(((firsts & _MASK32) + (est << 32), counts, kg)):
                folded[i] += value
        by_schedule: list[tuple[int, ...]] = []
        if self.catalogue.schedule_facts is not None:  # _FOLD_SCHEDULES, then _BY_SCHEDULE
            listed: dict[int, list[int]] = {}
            for code, schedule in codes.schedule_rows():
                listed.setdefault(code, []).append(schedule)
            per_case: dict[int, list[int]] = {}
            for key in keys:
                _cell, counts, kg, est, *_ = pairs[key]
                for schedule in listed.get(key & _MASK32, [0]):
                    folded = per_case.setdefault((schedule << 32) | (key >> 32), [0, 0, 0])
                    folded[0] += counts
                    folded[1] += kg
                    folded[2] = max(folded[2], est)
            sums: dict[int, list[int]] = {}
            for key, (counts, kg, est) in per_case.items():
                total = sums.setdefault(key >> 32, [0, 0, 0, 0, 0])
                total[0] += 1
                total[1] += counts & _MASK32
                total[2] += counts >> 32
                total[3] += kg
                total[4] = max(total[4], est)
            by_schedule = [(schedule, *figures) for schedule, figures in sums.items()]
        largest_rows = self._largest_of(pairs, largest) if largest > 0 else []
        data = self._assemble(query, codes, [(k, *v) for k, v in by_substance.items()],
                              [(k, *v) for k, v in by_case.items()], largest_rows)
        return replace(data, schedules=_schedule_rows(by_schedule))

    def _largest_of(self, pairs: dict[int, list[Any]], limit: int) -> list[tuple[Any, ...]]:
        """As SummaryStore._largest, over the folded pairs held here."""
        tops = sorted(((fold[5], fold[6]) for fold in pairs.values() if fold[5] is not None),
                      key=lambda pair: pair[0], reverse=True)[:limit * 20]
        return largest_of_pairs(self.db, tops, limit)  # type: ignore[arg-type]  # PgDatabase
