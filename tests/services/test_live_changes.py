"""Audit entries made at another workstation become the Changes a local use case returns for the same change."""

from __future__ import annotations

import pytest

from caseapp.core.changes import Changes
from caseapp.services.live import changes_of, latest_about
from caseapp.store.contract import CATCH_UP, ChangeNotice


def notice(action: str, entity: str = "case", entity_id: str | None = "TEST-2026-000001", audit_id: int = 1,
           actor: str | None = "li") -> ChangeNotice:
    return ChangeNotice(audit_id, action, entity, entity_id, actor, "2026-11-25T12:00:00Z")


@pytest.mark.parametrize(("made", "expected"), [
    (notice("create"), Changes.case("TEST-2026-000001")),
    (notice("update"), Changes.case("TEST-2026-000001")),
    (notice("approve"), Changes.case("TEST-2026-000001")),
    (notice("custody_transferred", "exhibit", "TEST-2026-000001/2"),
     Changes(custody=frozenset({"TEST-2026-000001"}), audit=True)),
    (notice("attach"), Changes(attachments=frozenset({"TEST-2026-000001"}), audit=True)),
    (notice("import", "file", "seizures.csv"), Changes(case_list=True, exhibits=True, audit=True)),
    (notice("user_create", "user", "kim"), Changes(users=True, audit=True)),
    (notice("settings", "agency", None), Changes(settings=True, audit=True)),
    (notice("print"), Changes(history=frozenset({"TEST-2026-000001"}), audit=True)),
    (notice("login", "user", "kim"), Changes(audit=True)),
    (notice("number_add"), Changes(history=frozenset({"TEST-2026-000001"}), audit=True)),
    (notice("number_remove"), Changes(history=frozenset({"TEST-2026-000001"}), audit=True)),
])
def test_an_entry_made_elsewhere_changes_what_the_same_local_change_would(made, expected):
    assert changes_of([made]) == expected


def test_a_catch_up_after_a_long_gap_refreshes_every_list_but_names_no_case():
    changes = changes_of([notice(CATCH_UP, "database", None)])
    assert changes.case_list and changes.exhibits and not changes.cases and not changes.everything


def test_several_entries_merge_and_the_latest_about_a_case_is_found():
    notices = [notice("update", audit_id=1, actor="li"), notice("create", entity_id="TEST-2026-000002", audit_id=2),
               notice("custody_sealed", "exhibit", "TEST-2026-000001/1", audit_id=3, actor="sam")]
    merged = changes_of(notices)
    assert merged.cases == {"TEST-2026-000001", "TEST-2026-000002"} and merged.custody == {"TEST-2026-000001"}
    latest = latest_about(notices, "TEST-2026-000001")
    assert latest is not None and (latest.audit_id, latest.actor) == (3, "sam")
    assert latest_about(notices, "TEST-2026-000009") is None
