"""One unit of work: `app.change` opens the transaction, hands over the ledger, appends the audit entry when
the block ends, and writes nothing (no rows, no entry) when the block raises."""

from __future__ import annotations

import pytest

from caseapp.core.changes import Changes, Done
from caseapp.core.errors import CaseAppError


def test_a_change_appends_its_entry_with_what_the_block_filled_in(fresh_app):
    before = len(fresh_app._audit.entries())
    with fresh_app.change("settings", "database", actor=None, detail={"asked": 1}) as work:
        rowid = fresh_app._store.set_setting("agency_code", "RCMP")
        work.ledger.record_live("settings", [rowid])
        work.detail["agency_code"] = "RCMP"
        work.entity_id = "agency"
    entries = fresh_app._audit.entries()
    assert len(entries) == before + 1
    entry = entries[-1]
    assert (entry.action, entry.entity, entry.entity_id) == ("settings", "database", "agency")
    assert entry.detail["asked"] == 1 and entry.detail["agency_code"] == "RCMP"
    assert entry.detail["rows"]  # the ledger's rows are summed up in the entry
    assert fresh_app.verify().ok


def test_a_change_that_raises_writes_nothing(fresh_app):
    before = len(fresh_app._audit.entries())
    with pytest.raises(CaseAppError), fresh_app.change("settings", "database", actor=None) as work:
        work.ledger.record_live("settings", [fresh_app._store.set_setting("agency_code", "CBSA")])
        raise CaseAppError("refused half-way")
    assert fresh_app._store.setting("agency_code") is None
    assert len(fresh_app._audit.entries()) == before
    assert fresh_app.verify().ok


def test_changes_merge_and_say_which_cases_they_touch():
    saved = Changes.case("RCMP-2026-0001")
    custody = Changes(custody=frozenset({"RCMP-2026-0002"}))
    both = saved | custody
    assert both.case_list and both.exhibits and both.audit
    assert both.touches("RCMP-2026-0001") and both.touches("RCMP-2026-0002")
    assert not both.touches("RCMP-2026-0003") and not both.touches(None)
    assert not Changes() and both
    assert Changes.all().touches("anything")
    assert Done(value=3, changes=saved).changes is saved


def test_a_change_the_block_skips_commits_without_an_entry(fresh_app):
    before = len(fresh_app._audit.entries())
    with fresh_app.change("settings", "agency", actor=None) as work:
        work.skip()  # nothing to record after all (the settings asked for were the settings already)
    assert len(fresh_app._audit.entries()) == before and work.hash is None


def test_a_change_tells_the_hash_of_its_entry_and_takes_the_action_decided_inside(fresh_app):
    with fresh_app.change("login", "user", "nobody", actor=None) as work:
        work.action = "login_failed"  # a login learns inside its transaction whether it succeeded
        work.detail["reason"] = "unknown"
    entry = fresh_app._audit.entries()[-1]
    assert (entry.action, entry.entity_id, entry.detail) == ("login_failed", "nobody", {"reason": "unknown"})
    assert work.hash == entry.hash == fresh_app._audit.latest_hash()
