"""The real window starts, takes a login typed on the keyboard, saves a case typed into it and ends
cleanly; the case is read back from another process."""

from __future__ import annotations

from caseapp.services.app import CaseApp
from tests.conftest import PASSWORD


def test_a_draft_typed_in_the_real_window_is_stored_and_the_window_ends_cleanly(window):
    window.start("olga", PASSWORD)
    window.key("ctrl+n")
    window.wait_for("^caseapp — olga")
    window.type("2026-11-20 14:30", pause=0.5)
    window.key("ctrl+s", pause=1.0)
    assert window.quit() == 0
    assert window.problems() == []
    app = CaseApp.open(window.database)
    try:
        cases = list(app._store.iter_cases())
        assert [(c.case_number, c.occurred_at) for c in cases] == [("CBSA-2026-000001", "2026-11-20T14:30")]
    finally:
        app.close()
