"""Account rules: who changes agency settings, rights that follow the account's current state, password
strength, the login character set, unlocking, and logins in parallel processes."""

from decimal import Decimal

import pytest
from argon2 import PasswordHasher

from caseapp.core.errors import CaseAppError
from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.services.auth import MAX_FAILED_LOGINS, Accounts, AuthError, PermissionDenied
from caseapp.services.workflow import Workflow
from tests.conftest import FILE_ONLY, PASSWORD

FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


@pytest.fixture
def accounts(fresh_app):
    accounts = Accounts(fresh_app, hasher=FAST)
    admin = accounts.create_first_admin("admin", PASSWORD, display_name="Ada Admin").value
    for login, role in (("olga", "officer"), ("sam", "supervisor")):
        accounts.add_user(admin, login, PASSWORD, role=role, display_name=login.title())
    return accounts


def signed_in(accounts, name):
    return accounts.authenticate(name, PASSWORD)


def draft() -> Case:
    return Case(occurred_at="2026-11-20", location=Location(country="CA"),
                exhibits=[Exhibit(substance="cocaine", quantity=Quantity(Decimal("12"), "g"))])


# -- agency settings: an admin's ---------------------------------------------------------------------
def test_an_officer_cannot_change_the_agency_settings(accounts, fresh_app):
    from caseapp.services.settings import update_agency_settings

    olga = signed_in(accounts, "olga")
    with pytest.raises(PermissionDenied, match="admin"):
        update_agency_settings(fresh_app, olga, code="EVIL", timezone="Pacific/Kiritimati")
    assert fresh_app._store.setting("timezone") == "UTC"


def test_initialise_no_longer_changes_settings_once_accounts_exist(accounts, fresh_app):
    with pytest.raises(CaseAppError, match="admin"):
        fresh_app.initialise(agency_code="EVIL", timezone="Pacific/Kiritimati", actor="olga")
    assert fresh_app._store.setting("timezone") == "UTC" and fresh_app._store.setting("agency_code") is None


def test_an_admin_changes_the_agency_settings_audited(accounts, fresh_app):
    from caseapp.services.settings import read_agency_settings, update_agency_settings

    admin = signed_in(accounts, "admin")
    update_agency_settings(fresh_app, admin, name="Border Agency", code=" cbsa ", timezone="America/Toronto")
    settings = read_agency_settings(fresh_app)
    assert (settings.name, settings.code, settings.timezone) == ("Border Agency", "CBSA", "America/Toronto")
    assert fresh_app._store.setting("agency_code") == "CBSA" and fresh_app._store.setting("agency_name")
    entry = fresh_app._audit.entries()[-1]
    assert entry.action == "settings" and entry.actor == "admin"
    assert entry.detail["timezone"] == ["UTC", "America/Toronto"]
    assert fresh_app.verify().ok


@pytest.mark.parametrize("code", ["C", "TOOLONGAGENCYCODE", "CB-SA", "CBSA 1", "ÇBSA", ""])
def test_agency_codes_are_2_to_12_letters_or_digits(accounts, fresh_app, code):
    from caseapp.services.settings import update_agency_settings

    with pytest.raises(CaseAppError, match="agency code"):
        update_agency_settings(fresh_app, signed_in(accounts, "admin"), code=code)


def test_an_unknown_time_zone_is_refused(accounts, fresh_app):
    from caseapp.services.settings import update_agency_settings

    with pytest.raises(CaseAppError, match="time zone"):
        update_agency_settings(fresh_app, signed_in(accounts, "admin"), timezone="Mars/Olympus")


# -- rights follow the account's current state ---------------------------------------------------------
def test_a_deactivated_officer_can_no_longer_record_with_an_old_user_object(accounts, fresh_app):
    olga = signed_in(accounts, "olga")  # the open window's User
    accounts.deactivate(signed_in(accounts, "admin"), "olga")
    with pytest.raises(PermissionDenied, match="deactivated"):
        Workflow(fresh_app).create(olga, draft())
    assert fresh_app._store.count_cases() == 0


# an SQLite file's own password hashes and lockouts; on a server: tests/store/test_server_logins.py
@FILE_ONLY
def test_a_locked_account_can_no_longer_change_data(accounts, fresh_app):
    olga = signed_in(accounts, "olga")
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(AuthError):
            accounts.authenticate("olga", "not the password at all")
    with pytest.raises(PermissionDenied, match="locked"):
        Workflow(fresh_app).create(olga, draft())


def test_a_role_taken_away_is_taken_away_from_the_open_window(accounts, fresh_app):
    sam = signed_in(accounts, "sam")
    fresh_app._db.execute("UPDATE users SET role = 'officer' WHERE login = 'sam'")  # as a role change would
    olga = signed_in(accounts, "olga")
    flow = Workflow(fresh_app)
    case = flow.create(olga, draft()).value
    flow.submit(olga, case.case_number)
    with pytest.raises(PermissionDenied, match="supervisor"):
        flow.approve(sam, case.case_number)


def test_every_changing_service_refuses_a_deactivated_account(accounts, fresh_app, tmp_path):
    from caseapp.core.custody import CustodyEvent
    from caseapp.services.attachments import Attachments
    from caseapp.services.catalogue import add_substance
    from caseapp.services.custody import Custody

    admin, olga = signed_in(accounts, "admin"), signed_in(accounts, "olga")
    case = Workflow(fresh_app).create(olga, draft()).value
    photo = tmp_path / "photo.txt"
    photo.write_text("seal intact", encoding="utf-8")
    accounts.add_user(admin, "root2", PASSWORD, role="admin")
    other_admin = signed_in(accounts, "root2")  # entries are signed: the acting admin is signed in
    accounts.deactivate(admin, "olga")
    accounts.deactivate(other_admin, "admin")
    attempts = [
        lambda: Workflow(fresh_app).update(olga, case.case_number, draft()),
        lambda: Workflow(fresh_app).submit(olga, case.case_number),
        lambda: Attachments(fresh_app).add(olga, case.case_number, photo),
        lambda: Custody(fresh_app).record(olga, case.case_number, "01",
                                          CustodyEvent(type="seized", at="2026-11-20", actor="olga")),
        lambda: add_substance(fresh_app, admin, "newazene", group="opioids"),
        lambda: accounts.add_user(admin, "eve", PASSWORD, role="admin"),
        lambda: accounts.change_password(admin, "sam", "a brand new passphrase"),
        lambda: accounts.list_users(admin),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied, match="deactivated"):
            attempt()


# -- passwords ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("password", ["aaaaaaaaaa", "1234567890", "password12", "qwertyuiop", "olgaolgaolga",
                                      "Password123", "Olga Olga Olga"])
def test_weak_passwords_are_refused(accounts, password):
    with pytest.raises(AuthError, match="password"):
        accounts.add_user(signed_in(accounts, "admin"), "olgab", password, role="officer", display_name="Olga")
    with pytest.raises(AuthError, match="password"):
        accounts.change_password(signed_in(accounts, "olga"), "olga", password)


def test_a_strong_passphrase_is_accepted(accounts):
    accounts.add_user(signed_in(accounts, "admin"), "nadia", "violet anchor drizzle", role="officer")
    assert accounts.authenticate("nadia", "violet anchor drizzle").login == "nadia"


def test_a_password_built_on_the_users_own_names_is_refused(accounts):
    with pytest.raises(AuthError, match="password"):
        accounts.add_user(signed_in(accounts, "admin"), "mkowalczyk", "mkowalczyk2026", role="officer",
                          display_name="Marta Kowalczyk")


# -- login names -------------------------------------------------------------------------------------
@pytest.mark.parametrize("login", ["s\u0430m", "sam\u200b", "\u202esam", "sam\x1b[31m", "sa m", "-sam", "",
                                   "x" * 65, "sam\u00e9", "s/am"])
def test_look_alike_and_control_character_logins_are_refused(accounts, login):
    with pytest.raises(AuthError, match="login"):
        accounts.add_user(signed_in(accounts, "admin"), login, PASSWORD, role="officer")


def test_logins_are_kept_in_lower_case_and_found_in_any_case(accounts):
    user = accounts.add_user(signed_in(accounts, "admin"), " Nadia.K ", PASSWORD, role="officer").value
    assert user.login == "nadia.k"
    assert accounts.authenticate("NADIA.K", PASSWORD).login == "nadia.k"
    with pytest.raises(AuthError, match="taken"):
        accounts.add_user(signed_in(accounts, "admin"), "\uff4e\uff41\uff44\uff49\uff41.k", PASSWORD, role="officer")


# -- unlocking ---------------------------------------------------------------------------------------
# an SQLite file's own password hashes and lockouts; on a server: tests/store/test_server_logins.py
@FILE_ONLY
def test_an_admin_unlocks_a_locked_account_audited(accounts, fresh_app):
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(AuthError):
            accounts.authenticate("olga", "not the password at all")
    with pytest.raises(PermissionDenied):
        accounts.unlock(signed_in(accounts, "sam"), "olga")
    accounts.unlock(signed_in(accounts, "admin"), "olga")
    record = accounts.users.get("olga")
    assert record.failed_logins == 0 and record.locked_until is None
    assert accounts.authenticate("olga", PASSWORD).login == "olga"
    assert [e.action for e in fresh_app._audit.entries("user", "olga")][-2] == "user_unlock"
    assert fresh_app.verify().ok


def test_unlocking_an_account_that_is_not_locked_says_so(accounts):
    with pytest.raises(AuthError, match="not locked"):
        accounts.unlock(signed_in(accounts, "admin"), "olga")


def test_listing_accounts_needs_an_admin(accounts):
    with pytest.raises(PermissionDenied, match="admin"):
        accounts.list_users(signed_in(accounts, "olga"))
    assert [u.login for u in accounts.list_users(signed_in(accounts, "admin"))] == ["admin", "olga", "sam"]


def test_imports_and_exports_by_a_deactivated_login_are_refused(accounts, fresh_app, data_dir):
    import io

    from caseapp.services.transfer import export_cases, export_search, import_file
    from caseapp.store.contract import SearchQuery

    accounts.deactivate(signed_in(accounts, "admin"), "olga")  # olga's window passes her login
    with pytest.raises(PermissionDenied, match="deactivated"):
        import_file(fresh_app, data_dir / "sample.json", actor="olga")
    with pytest.raises(PermissionDenied, match="deactivated"):
        export_cases(fresh_app, io.StringIO(), fmt="json", actor="olga")
    with pytest.raises(PermissionDenied, match="deactivated"):
        export_search(fresh_app, SearchQuery(), io.StringIO(), actor="olga")
    assert fresh_app._store.count_cases() == 0
    signed_in(accounts, "sam")
    assert import_file(fresh_app, data_dir / "sample.json", actor="sam").value.committed
