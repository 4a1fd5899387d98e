"""A lab result written onto one stored exhibit: its lab columns, its search terms and its full-text row,
and nothing else of the case (not the case row, its version or its other exhibits), so a result can be
recorded on an approved case without amending what was seized. Run on the server unchanged (PgDatabase),
where the rules let it through only beside the exhibit's result_received custody event (rules.py)."""

from __future__ import annotations

import json

from caseapp.core.model import Case
from caseapp.store.contract.terms import SCHEDULE_TERMS, case_terms
from caseapp.store.sqlite.audit import Ledger
from caseapp.store.sqlite.writer import BulkWriter, RowStore, fts_concealment_text, fts_place_text, fts_rowid


def write_lab_result(store: RowStore, case: Case, exhibit_number: str, *, actor: str | None, at: str,
                     ledger: Ledger) -> None:
    """Rewrite the stored exhibit `exhibit_number` of `case` (normalised, its lab result set) under its id,
    inside the caller's transaction."""
    assert case.id is not None
    exhibit = next(e for e in case.exhibits if e.number == exhibit_number)
    db = store.db
    exhibit_id, occurred, terms = db.execute(
        "SELECT id, occurred_at, terms FROM exhibits WHERE case_id = ? AND number = ?",
        [case.id, exhibit_number]).fetchone()
    db.conn.executemany("DELETE FROM exhibit_terms WHERE term = ? AND occurred_at = ? AND exhibit_id = ?",
                        [(term, occurred, exhibit_id) for term in (*json.loads(terms), *SCHEDULE_TERMS)])
    db.execute("DELETE FROM exhibits_fts WHERE rowid = ?", [fts_rowid(occurred, exhibit_id)])
    loc = case.location
    writer = BulkWriter(store, actor=actor, at=at, batch_size=10**9, replace_exhibits=True)
    position = [e.number for e in case.exhibits].index(exhibit_number) + 1
    writer._add_exhibit(case.id, position, exhibit, case.occurred_at or "",
                        fts_place_text(loc.name, loc.address, loc.city, loc.region, loc.country, loc.place_type),
                        fts_concealment_text(case.concealment, case.concealment_text), case.narrative,
                        exhibit_id, case_terms(case))
    writer.flush()
    ledger.record_live("exhibits", [exhibit_id])
