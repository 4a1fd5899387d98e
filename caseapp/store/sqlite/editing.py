"""Changing a stored case: its row in place (with a version check), its persons rewritten, its
exhibits kept under their ids by exhibit number (custody events point at them), and the search terms
and full-text rows of every exhibit rebuilt."""

from __future__ import annotations

import json
from typing import Protocol

from caseapp.core import i18n
from caseapp.core.errors import CaseAppError, ConcurrentChange
from caseapp.core.model import Case
from caseapp.store.contract.terms import SCHEDULE_TERMS
from caseapp.store.sqlite.audit import Ledger
from caseapp.store.sqlite.writer import CASE_COLUMNS, BulkWriter, RowStore, case_row, exhibit_number, fts_rowid


class EditedStore(RowStore, Protocol):
    """What an update needs of the case store beyond the writer's: whether an exhibit may be removed."""

    def custody_event_count(self, exhibit_id: int) -> int: ...

    def attachment_count(self, exhibit_id: int) -> int: ...


def _next_number(taken: set[str]) -> str:
    position = 1
    while exhibit_number(position) in taken:
        position += 1
    return exhibit_number(position)


def replace_case(store: EditedStore, old: Case, new: Case, *, actor: str | None, at: str, ledger: Ledger) -> Case:
    """Write `new` (normalised) over the stored `old` inside the caller's transaction."""
    assert old.id is not None
    db = store.db
    new.id, new.case_number, new.recorded_at = old.id, old.case_number, old.recorded_at
    new.created_by, new.created_at, new.source = old.created_by, old.created_at, old.source
    new.updated_by, new.updated_at, new.version = actor, at, old.version + 1
    old_ids = {e.number: e.id for e in old.exhibits if e.number and e.id}
    taken = {e.number for e in new.exhibits if e.number}
    for exhibit in new.exhibits:
        if not exhibit.number:
            exhibit.number = _next_number(taken | set(old_ids))
            taken.add(exhibit.number)
    removed = [number for number in old_ids if number not in taken]
    for number in removed:
        if store.custody_event_count(old_ids[number]):
            raise CaseAppError(i18n.translate(
                "Database", "exhibit {number} has custody events and cannot be removed from the case").format(
                number=number))
        if store.attachment_count(old_ids[number]):
            raise CaseAppError(i18n.translate(
                "Database", "exhibit {number} has attachments and cannot be removed from the case").format(
                number=number))
    # the case row first: its version check refuses a stale edit before anything else is touched, and on the
    # server the rules allow rewriting an amended case's children once the case is being amended (rules.py)
    values = case_row(new)
    assignments = ", ".join(f"{c} = ?" for c in CASE_COLUMNS[1:])
    cursor = db.execute(f"UPDATE cases SET {assignments} WHERE id = ? AND version = ?",
                        [*values[1:], old.id, old.version])
    if cursor.rowcount != 1:
        raise ConcurrentChange(i18n.translate(
            "Database", "case {case_number} was changed by someone else since it was opened; reopen it and apply "
                        "your changes again").format(
            case_number=old.case_number))
    # derived rows of every old exhibit go; they are rebuilt from the new record below
    for exhibit_id, occurred, terms in db.execute(
        "SELECT id, occurred_at, terms FROM exhibits WHERE case_id = ?", [old.id]
    ).fetchall():
        db.conn.executemany("DELETE FROM exhibit_terms WHERE term = ? AND occurred_at = ? AND exhibit_id = ?",
                            [(term, occurred, exhibit_id) for term in (*json.loads(terms), *SCHEDULE_TERMS)])
        db.execute("DELETE FROM exhibits_fts WHERE rowid = ?", [fts_rowid(occurred, exhibit_id)])
    for number in removed:
        db.execute("DELETE FROM exhibits WHERE id = ?", [old_ids[number]])
    old_persons = [r[0] for r in db.execute("SELECT id FROM persons WHERE case_id = ?", [old.id])]
    db.execute("DELETE FROM persons WHERE case_id = ?", [old.id])
    writer = BulkWriter(store, actor=actor, at=at, batch_size=10**9, replace_exhibits=True)
    writer.add_children(new, {n: i for n, i in old_ids.items() if n in taken})
    new_persons = [row[0] for row in writer.persons]
    exhibit_ids = [row[0] for row in writer.exhibits]
    writer.flush()
    ledger.record_live("cases", [old.id])
    ledger.record_live("persons", old_persons + new_persons)
    ledger.record_live("exhibits", exhibit_ids + [old_ids[n] for n in removed if old_ids[n] is not None])
    return new
