"""The window on a server that goes away: Save says so in a message and keeps what is typed, and saves once the
server is back (a save used to end in the driver's error as an 'unexpected error' with a traceback)."""

from __future__ import annotations

import psycopg

from caseapp.services.workflow import Workflow
from tests.conftest import SERVER_ONLY
from tests.gui.test_main_window import complete_case, window_for


def _allow_connections(url: str, allowed: bool) -> None:
    """Stop (or start again) the server taking sessions for the test's database, ending the ones it has."""
    server, name = url.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f"ALTER DATABASE {name} ALLOW_CONNECTIONS {'true' if allowed else 'false'}")
        if not allowed:
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", [name])


@SERVER_ONLY  # a server that goes away
def test_saving_while_the_server_is_down_is_a_message_and_keeps_what_is_typed(qtbot, backend, disk_app, users,
                                                                             dialogs):
    number = Workflow(disk_app).create(users["olga"], complete_case()).value.case_number
    window = window_for(qtbot, disk_app, users["olga"])
    tab = window.open_case(number)
    tab.form.narrative.setPlainText("typed while the server was down")
    url = disk_app.location.url
    assert url is not None
    _allow_connections(url, False)
    try:
        assert not tab.save()
        assert any(text.startswith("Not saved: cannot connect") for text in dialogs.texts("warning")), dialogs.shown
        assert tab.form.narrative.toPlainText() == "typed while the server was down"
    finally:
        _allow_connections(url, True)
    assert tab.save()
    assert disk_app.get_case(number).narrative == "typed while the server was down"


@SERVER_ONLY  # a server that goes away
def test_typing_while_the_server_is_down_raises_nothing_between_keys(qtbot, backend, disk_app, users):
    """The check that runs in a typist's pause reads the agency's settings: with the server away it waits for
    the next pause (or Save, which says why) instead of an 'unexpected error' box at every pause."""
    number = Workflow(disk_app).create(users["olga"], complete_case()).value.case_number
    window = window_for(qtbot, disk_app, users["olga"])
    tab = window.open_case(number)
    url = disk_app.location.url
    assert url is not None
    _allow_connections(url, False)
    try:
        qtbot.keyClicks(tab.form.narrative, "typed")  # starts the pause timer; a slot's exception fails the test
        qtbot.wait(600)
        assert tab.form.narrative.toPlainText().endswith("typed")
    finally:
        _allow_connections(url, True)
