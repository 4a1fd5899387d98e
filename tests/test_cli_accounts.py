"""The command line's account commands: who may change the agency settings, what a command without
--user says, unlocking, and user data shown on a terminal without its control or bidi characters."""

import json
import sqlite3

import pytest

from caseapp.cli_text import terminal_safe
from caseapp.services.auth import MAX_FAILED_LOGINS
from caseapp.services.workflow import Workflow
from tests.test_cli import PASSWORD, passwords, run  # noqa: F401  (passwords: the same autouse fixture)


@pytest.fixture
def users_db(db_path):
    assert run("init", "--timezone", "UTC", "--agency", "CBSA", "--admin", "admin", db=db_path)[0] == 0
    for name, role in (("olga", "officer"), ("sam", "supervisor")):
        code, _, err = run("--user", "admin", "user", "add", name, "--role", role, db=db_path)
        assert code == 0, err
    return db_path


def settings(db_path):
    conn = sqlite3.connect(db_path)
    try:
        return dict(conn.execute("SELECT key, value FROM settings WHERE key IN ('agency_code', 'timezone')"))
    finally:
        conn.close()


def test_an_officer_cannot_change_the_agency_settings(users_db):
    code, _, err = run("--user", "olga", "init", "--agency", "EVIL", "--timezone", "Pacific/Kiritimati", db=users_db)
    assert code == 1 and "admin role" in err
    assert settings(users_db) == {"agency_code": "CBSA", "timezone": "UTC"}


def test_an_admin_changes_the_agency_settings(users_db):
    code, out, err = run("--user", "admin", "init", "--agency", "cbsa2", "--timezone", "America/Toronto",
                         db=users_db)
    assert code == 0, err
    assert settings(users_db) == {"agency_code": "CBSA2", "timezone": "America/Toronto"}


def test_a_bad_agency_code_is_refused_at_set_up(db_path):
    code, _, err = run("init", "--agency", "C-1", db=db_path)
    assert code == 1 and "agency code" in err


@pytest.mark.parametrize("args,reason", [
    (["user", "list"], "listing accounts needs a signed-in admin"),
    (["user", "unlock", "olga"], "managing accounts needs a signed-in admin"),
    (["export"], "exports are audited"),
    (["report", "X-1", "--out", "x.pdf"], "printing is audited"),
    (["summary", "--out", "x.pdf"], "printing is audited"),
    (["backup", "x.sqlite3"], "backups are audited"),
    (["restore", "x.sqlite3"], "restoring a backup needs a signed-in admin"),
    (["init", "--agency", "NEW"], "changing the agency settings needs a signed-in admin"),
    (["catalogue", "add", "x", "--group", "opioids"], "needs a signed-in admin"),
    (["submit", "X-1"], "this command changes data"),
])
def test_a_command_without_user_says_why_it_needs_one(users_db, args, reason):
    code, _, err = run(*args, db=users_db)
    assert code == 1 and reason in err and "give --user NAME" in err


def test_user_list_is_for_admins_and_shows_no_hashes(users_db):
    code, _, err = run("--user", "olga", "user", "list", db=users_db)
    assert code == 1 and "admin role" in err
    code, out, _ = run("--user", "admin", "user", "list", db=users_db)
    assert code == 0 and "olga" in out and "$argon2" not in out


def test_an_admin_unlocks_an_account_from_the_command_line(users_db, monkeypatch):
    monkeypatch.setenv("CASEAPP_PASSWORD", "not the password at all")
    for _ in range(MAX_FAILED_LOGINS):
        assert run("--user", "olga", "submit", "X-1", db=users_db)[0] == 1
    monkeypatch.setenv("CASEAPP_PASSWORD", PASSWORD)
    code, _, err = run("--user", "olga", "submit", "X-1", db=users_db)
    assert "locked" in err
    code, out, _ = run("--user", "admin", "user", "list", db=users_db)
    assert "locked until" in out
    assert run("--user", "admin", "user", "unlock", "olga", db=users_db)[:2] == (0, "unlocked olga\n")
    code, _, err = run("--user", "olga", "submit", "X-1", db=users_db)
    assert "no case X-1" in err


def test_terminal_safe_escapes_control_bidi_and_invisible_characters():
    assert terminal_safe("sam\u200b \u202eevil\x1b[2J\r\x07 ok\n\tend") == \
        "sam\\u200b \\u202eevil\\u001b[2J\\u000d\\u0007 ok\n\tend"
    assert terminal_safe("Ośrodek 王小明 café") == "Ośrodek 王小明 café"
    assert terminal_safe("tag\U000e0041") == "tag\\udb40\\udc41"
    assert json.loads('"' + terminal_safe("a\u202eb\u0085c") + '"') == "a\u202eb\u0085c"


HOSTILE = "Port \u202eevil\x1b[2J\x1b]0;owned\x07 \u200bdock"


def test_old_logins_and_names_are_listed_escaped(users_db):
    conn = sqlite3.connect(users_db)  # accounts made before logins were restricted
    conn.execute("UPDATE users SET display_name = ? WHERE login = 'sam'", [HOSTILE])
    conn.commit()
    conn.close()
    code, out, _ = run("--user", "admin", "user", "list", db=users_db)
    assert code == 0 and "\x1b" not in out and "\u202e" not in out and "\u200b" not in out
    assert "Port \\u202eevil\\u001b[2J" in out


def test_show_and_import_warnings_escape_user_data(users_db, tmp_path, monkeypatch):
    import caseapp.core.validation as validation

    path = tmp_path / "hostile.json"
    path.write_text(json.dumps({"cases": [{
        "case_number": "CBSA-2026-000009", "occurred_at": "2026-11-20",
        "location": {"country": "CA", "name": HOSTILE}, "narrative": HOSTILE,
        "exhibits": [{"substance": "glitter\x1b[31m\u202e", "quantity": "1", "unit": "g"}]}]}), encoding="utf-8")
    code, out, err = run("--user", "olga", "import", str(path), db=users_db)
    # control characters in one-line fields are refused, and the refusal names them escaped
    assert code != 0 and "location.name: one line only" in err and "\x1b" not in err and "\u202e" not in err
    monkeypatch.setattr(validation, "_check_one_line", lambda values: iter(()))  # as a database from before
    code, out, err = run("--user", "olga", "import", str(path), db=users_db)
    assert code == 0, err
    assert "glitter" in err and "\x1b" not in err and "\u202e" not in err
    for args in (("show", "CBSA-2026-000009"), ("show", "CBSA-2026-000009", "--format", "json"),
                 ("search", "--text", "dock")):
        code, out, _ = run(*args, db=users_db)
        assert code == 0 and "\x1b" not in out and "\u202e" not in out and "\u200b" not in out, args
    code, out, _ = run("show", "CBSA-2026-000009", "--format", "json", db=users_db)
    assert json.loads(out)["narrative"] == HOSTILE  # escaped for the terminal, the same JSON value


def test_the_cli_refuses_workflow_steps_with_the_services_own_refusal(users_db, tmp_path):
    """Sam imports and submits a case: approving it himself is refused in the words Workflow.allowed gives
    the window, and the case stays submitted."""
    from caseapp.services.app import CaseApp
    from caseapp.services.auth import User

    case = {"case_number": "CBSA-2026-000001", "occurred_at": "2026-01-05T10:00", "location": {"country": "CA"},
            "exhibits": [{"substance": "cocaine", "quantity": "1", "unit": "kg"}]}
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"cases": [case]}), encoding="utf-8")
    assert run("--user", "sam", "import", str(path), db=users_db)[0] == 0
    assert run("--user", "sam", "submit", "CBSA-2026-000001", db=users_db)[0] == 0
    code, _, err = run("--user", "sam", "approve", "CBSA-2026-000001", db=users_db)
    code_olga, _, err_olga = run("--user", "olga", "approve", "CBSA-2026-000001", db=users_db)
    code_admin, _, err_admin = run("--user", "admin", "import", str(path), db=users_db)
    app = CaseApp.open(users_db)
    try:
        flow = app.service(Workflow)
        stored = app.get_case("CBSA-2026-000001")
        sam, olga, admin = (User.from_record(app._stores.users.get(name)) for name in ("sam", "olga", "admin"))
        assert stored.status == "submitted"
        assert (code, err) == (1, f"caseapp-cli: {flow.allowed(sam, stored).reason('approve')}\n")
        assert (code_olga, err_olga) == (1, f"caseapp-cli: {flow.allowed(olga, stored).reason('approve')}\n")
        assert (code_admin, err_admin) == (1, f"caseapp-cli: {flow.allowed(admin, None).reason('import')}\n")
    finally:
        app.close()
