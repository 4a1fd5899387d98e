"""The agency's own catalogue entries (added by admins), kept beside the bundled catalogue, and the
re-resolution of exhibits recorded under a name that an entry now knows."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from caseapp.core.substances import Catalogue, Substance
from caseapp.store.contract.terms import (
    CASE_TERM_PREFIXES,
    SCHEDULE_TERMS,
    derived_terms,
    exhibit_substance_terms,
    schedule_map,
    unlisted_term,
)
from caseapp.store.sqlite.audit import Ledger


def _substance(row: tuple[Any, ...]) -> Substance:
    id_, name, aliases, kind, group, family, hazard = row
    return Substance(id=id_, name=name, aliases=tuple(json.loads(aliases)), kind=kind, group=group,
                     family=family, hazard=bool(hazard), typical_unit_mass_mg={})


class LocalCatalogueStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def entries(self) -> list[Substance]:
        return [_substance(r) for r in self.db.execute(
            "SELECT id, name, aliases, kind, group_id, family_id, hazard FROM local_substances ORDER BY rowid")]

    def add(self, substance: Substance, *, actor: str, at: str) -> int:
        cursor = self.db.execute(
            "INSERT INTO local_substances (id, name, aliases, kind, group_id, family_id, hazard, added_by, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [substance.id, substance.name, json.dumps(list(substance.aliases), ensure_ascii=False), substance.kind,
             substance.group, substance.family, int(substance.hazard), actor, at])
        return int(cursor.lastrowid or 0)

    def resolve_unlisted(self, catalogue: Catalogue, substance: Substance, ledger: Ledger) -> int:
        """Exhibits recorded under one of the substance's names while it was unlisted now point at it:
        their catalogue columns, hazard mark (unless set by hand) and search terms are rebuilt."""
        ids: set[int] = set()
        for text in (substance.name, *substance.aliases):
            ids.update(r[0] for r in self.db.execute(
                "SELECT exhibit_id FROM exhibit_terms WHERE term = ?", [unlisted_term(text)]))
        for exhibit_id in sorted(ids):
            suspected, confirmed, occurred, terms, manual = self.db.execute(
                "SELECT substance, lab_substance, occurred_at, terms, hazard_manual FROM exhibits WHERE id = ?",
                [exhibit_id]).fetchone()
            self.db.conn.executemany(
                "DELETE FROM exhibit_terms WHERE term = ? AND occurred_at = ? AND exhibit_id = ?",
                [(t, occurred, exhibit_id) for t in (*json.loads(terms), *SCHEDULE_TERMS)])
            # the substance's terms are rebuilt; those of the case's fields stay as they are
            kept = tuple(t for t in json.loads(terms) if t.startswith(CASE_TERM_PREFIXES))
            new_terms = exhibit_substance_terms(catalogue, suspected, confirmed) + kept
            self.db.conn.executemany("INSERT OR IGNORE INTO exhibit_terms VALUES (?, ?, ?)",
                                     [(t, occurred, exhibit_id)
                                      for t in new_terms + derived_terms(catalogue, new_terms)])
            found = catalogue.find(suspected)
            lab = catalogue.find(confirmed)
            hazard = bool(manual) if manual is not None else any(
                s is not None and catalogue.is_hazard(s) for s in (found, lab))
            self.db.execute(
                "UPDATE exhibits SET substance_id = ?, group_id = ?, family_id = ?, lab_substance_id = ?, "
                "hazard = ?, terms = ? WHERE id = ?",
                [found.id if found else None, found.group if found else None, found.family if found else None,
                 lab.id if lab else None, int(hazard), json.dumps(list(new_terms), ensure_ascii=False), exhibit_id])
        ledger.record_live("exhibits", sorted(ids))
        return len(ids)


def rebuild_schedule_terms(db: Database, catalogue: Catalogue) -> None:
    """Every exhibit's schedule terms derived again from its stored substance terms, in SQL: the old rows go
    (one index range per schedule term), the new ones come from the substance terms' own ranges. No audited
    row changes, so a release whose schedules differ calls this from a migration."""
    marks = ",".join("?" * len(SCHEDULE_TERMS))
    db.execute(f"DELETE FROM exhibit_terms WHERE term IN ({marks})", list(SCHEDULE_TERMS))
    db.execute(
        "INSERT OR IGNORE INTO exhibit_terms (term, occurred_at, exhibit_id) "
        "SELECT d.value, t.occurred_at, t.exhibit_id FROM json_each(?) m "
        "JOIN exhibit_terms t ON t.term = m.key, json_each(m.value) d",
        [json.dumps(schedule_map(catalogue))])
