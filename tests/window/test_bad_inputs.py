"""What a new user met in the real window, typed again with real keys: each must now keep exactly what was
typed, refuse what cannot be read, and never raise."""

from __future__ import annotations

import json
from pathlib import Path

from caseapp.services.app import CaseApp
from tests.conftest import PASSWORD
from tests.window.driver import Window

SUBSTANCE, FORM, QUANTITY, UNIT, PACKAGING = 2, 3, 4, 5, 10


def go_to_cell(w: Window, row: int, column: int) -> None:
    w.key("alt+x", "ctrl+Home", *(["Down"] * row), *(["Right"] * column), pause=0.05)


def stored_cases(w: Window) -> list:
    app = CaseApp.open(w.database)
    try:
        return list(app._store.iter_cases())
    finally:
        app.close()


def test_cells_keep_what_is_typed_across_pauses_and_rows_come_and_go_without_errors(window):
    window.start("olga", PASSWORD)
    window.key("ctrl+n", pause=0.8)
    window.type("2026-11-20 14:30", pause=0.3)
    go_to_cell(window, 0, SUBSTANCE)  # a new case starts with one empty exhibit row
    window.type("carfent", pause=0.4)  # a partial word: every completion left means Carfentanil, Tab takes it
    window.key("Tab")
    window.type("Powder", pause=0.2)
    window.key("Tab")
    window.type("12.5", pause=0.1)
    window.key("Tab")
    window.type("k", pause=0.5)  # "k", half a second (the validation timer fires), then "g": kilograms
    window.type("g", pause=0.1)
    window.key("Return", pause=0.05)
    go_to_cell(window, 0, PACKAGING)
    window.type("printer ", pause=0.3)  # typed across a pause right after a cell was committed
    window.type("ink bottles", pause=0.1)
    window.key("Return", pause=0.4)
    window.key("ctrl+shift+e", "Escape", pause=0.3)  # a second row, then a third: the table already has rows
    window.key("ctrl+shift+e", pause=0.3)
    window.type("cocaine", pause=0.3)
    window.key("Return", pause=0.3)
    go_to_cell(window, 0, FORM)
    window.type("Liquid", pause=0.3)  # typing over a filled drop-down replaces its text
    window.key("Return", pause=0.3)
    window.key("ctrl+s", pause=1.5)
    assert window.alive() and window.problems() == []
    [case] = stored_cases(window)
    first = case.exhibits[0]
    assert (first.substance, first.form, str(first.quantity.value), first.quantity.unit) == (
        "Carfentanil", "liquid", "12.5", "kg")
    assert first.packaging == "printer ink bottles"
    assert [e.substance for e in case.exhibits] == ["Carfentanil", "Cocaine"]  # the empty row is not kept
    assert window.quit() == 0


def test_an_ambiguous_date_is_refused_and_nothing_is_saved_until_it_is_clear(window, tmp_path):
    window.start("olga", PASSWORD)
    window.key("ctrl+n", pause=0.8)
    window.type("06/07/2016", pause=0.6)
    window.key("alt+v")
    window.type("Pills stamped 💊 in a box", pause=0.4)  # an emoji, through the X server like any key
    window.key("ctrl+s", pause=0.5)
    refused = window.wait_for("^Not saved")  # it reads as 6 July or 7 June: the message says so
    shot = window.screenshot(tmp_path / "ambiguous-date.png")
    assert stored_cases(window) == []
    window.focus(refused)
    window.key("Return")
    window.wait_gone("^Not saved")
    window.focus(window.main_window)  # no window manager gives it back
    window.key("alt+o", "ctrl+a", "BackSpace")
    window.type("2016-07-06", pause=0.5)
    window.key("ctrl+s", pause=1.5)
    [case] = stored_cases(window)
    assert case.occurred_at == "2016-07-06" and case.narrative == "Pills stamped 💊 in a box"
    assert case.case_number == "CBSA-2026-000001"  # the agency's code, whatever agency is typed
    assert window.quit() == 0
    assert window.problems() == [] and (shot is None or shot.exists())


def test_closing_after_a_change_leaves_a_backup_holding_it(window):
    window.start("olga", PASSWORD)
    window.key("ctrl+n", pause=0.8)
    window.type("2026-11-21 08:00", pause=0.3)
    window.key("alt+a", "ctrl+a", "BackSpace")
    window.type("Canada Border Services Agency", pause=0.3)
    window.key("ctrl+s", pause=1.5)
    assert window.quit() == 0
    records = sorted(Path(window.home / "backups").glob("*.json"))
    assert records, "no backup after a day's change"
    record = json.loads(records[-1].read_text(encoding="utf-8"))
    app = CaseApp.open(Path(record["path"]) if Path(record.get("path", "")).exists()
                       else records[-1].with_suffix(""))
    try:
        assert [c.case_number for c in app._store.iter_cases()] == ["CBSA-2026-000001"]
    finally:
        app.close()


def test_an_admin_changes_the_agency_settings_from_the_window(window):
    window.start("ada", PASSWORD)
    window.key("alt+l", pause=0.4)  # Tools
    window.key("g", pause=0.8)  # Agency settings
    dialog = window.wait_for("^Agency settings")
    window.focus(dialog)
    window.key("alt+n", "ctrl+a", "BackSpace")
    window.type("Canada Border Services Agency — Pacific Region", pause=0.3)
    window.key("alt+s", pause=1.0)
    window.wait_gone("^Agency settings")
    assert window.quit() == 0
    app = CaseApp.open(window.database)
    try:
        assert app._store.setting("agency_name") == "Canada Border Services Agency — Pacific Region"
        assert app._store.setting("agency_code") == "CBSA"
    finally:
        app.close()
    assert window.problems() == []
