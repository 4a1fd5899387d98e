"""Signing keys follow passwords: made with the account, re-derived at sign-in, replaced with the password
(signed by the old key, or by the admin who resets), held only by the session that signed in."""

from __future__ import annotations

from decimal import Decimal

import pytest

from caseapp.core.errors import NotSignedIn
from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.core.signing import KeyDerivation, derive_key, public_key_text
from caseapp.services.auth import Accounts, AuthError
from caseapp.services.workflow import Workflow
from tests.conftest import PASSWORD

NEW_PASSWORD = "violet anchor drizzle"


@pytest.fixture
def accounts(fresh_app) -> Accounts:
    accounts = Accounts(fresh_app)
    admin = accounts.create_first_admin("ada", PASSWORD).value
    accounts.add_user(admin, "olga", PASSWORD, role="officer")
    return accounts


def draft() -> Case:
    return Case(occurred_at="2026-11-20", location=Location(country="CA"),
                exhibits=[Exhibit(substance="cocaine", quantity=Quantity(Decimal("12"), "g"))])


def signatures(app) -> list[tuple[str, bool]]:
    return [(a, s) for a, s in app._db.execute("SELECT action, signature IS NOT NULL FROM audit_log ORDER BY id")]


def test_every_entry_by_an_account_is_signed_and_verifies(accounts, fresh_app):
    olga = accounts.authenticate("olga", PASSWORD)
    Workflow(fresh_app).create(olga, draft())
    assert signatures(fresh_app) == [("init", False), ("user_create", True), ("user_create", True),
                                     ("login", True), ("create", True)]
    report = fresh_app.verify()
    assert report.ok, report.problems
    assert report.admin_key == fresh_app.admin_key_fingerprint() and len(report.admin_key) == 64


def test_an_own_password_change_replaces_the_key_signed_by_the_old_one(accounts, fresh_app):
    olga = accounts.authenticate("olga", PASSWORD)
    old = fresh_app.keys.get("olga")
    accounts.change_password(olga, "olga", NEW_PASSWORD)
    assert fresh_app.keys.get("olga") is not old
    Workflow(fresh_app).create(olga, draft())  # signed with the new key
    report = fresh_app.verify()
    assert report.ok, report.problems
    assert not any("no admin signed" in note or "no signing key" in note for note in report.notes), report.notes
    with pytest.raises(AuthError):
        accounts.authenticate("olga", PASSWORD)
    assert accounts.authenticate("olga", NEW_PASSWORD).login == "olga"


def test_an_admin_reset_gives_a_key_the_admin_signs(accounts, fresh_app):
    ada = accounts.authenticate("ada", PASSWORD)
    accounts.change_password(ada, "olga", NEW_PASSWORD)
    olga = accounts.authenticate("olga", NEW_PASSWORD)
    Workflow(fresh_app).create(olga, draft())
    report = fresh_app.verify()
    assert report.ok, report.problems
    assert not any("no admin signed" in note for note in report.notes), report.notes


def test_a_session_whose_key_was_replaced_elsewhere_is_asked_to_sign_in_again(accounts, fresh_app):
    olga = accounts.authenticate("olga", PASSWORD)
    ada = accounts.authenticate("ada", PASSWORD)
    stale = fresh_app.keys.get("olga")
    accounts.change_password(ada, "olga", NEW_PASSWORD)  # as from another workstation
    fresh_app.keys.add("olga", stale)
    with pytest.raises(NotSignedIn, match="sign in again"):
        Workflow(fresh_app).create(olga, draft())
    assert fresh_app.verify().ok


def test_a_user_who_is_not_signed_in_here_cannot_have_entries_made_in_their_name(accounts, fresh_app):
    olga = accounts.authenticate("olga", PASSWORD)
    accounts.sign_out(olga)
    with pytest.raises(NotSignedIn):
        Workflow(fresh_app).create(olga, draft())
    assert fresh_app._store.count_cases() == 0


def test_sign_in_refuses_an_account_whose_stored_key_is_not_its_passwords(accounts, fresh_app):
    other = derive_key("someone else's words", KeyDerivation(1, 8, 1).new_salt_text())
    fresh_app._db.execute("UPDATE users SET public_key = ? WHERE login = 'olga'", [public_key_text(other)])
    with pytest.raises(AuthError, match="does not come from this password"):
        accounts.authenticate("olga", PASSWORD)
    assert fresh_app.keys.get("olga") is None


def test_keys_are_derived_outside_any_write_transaction(fresh_app, monkeypatch):
    import caseapp.services.auth as auth

    seen: list[bool] = []
    real = auth.derive_key

    def watched(password: str, salt: str):
        seen.append(fresh_app._db.conn.in_transaction)
        return real(password, salt)

    monkeypatch.setattr(auth, "derive_key", watched)
    accounts = Accounts(fresh_app)
    ada = accounts.create_first_admin("ada", PASSWORD).value
    accounts.add_user(ada, "olga", PASSWORD, role="officer")
    olga = accounts.authenticate("olga", PASSWORD)
    accounts.change_password(olga, "olga", NEW_PASSWORD)
    accounts.change_password(ada, "olga", PASSWORD)
    assert len(seen) == 5 and not any(seen)


def test_the_real_key_derivation_is_argon2id_with_the_password_hash_parameters():
    from argon2 import PasswordHasher

    real = KeyDerivation()
    hasher = PasswordHasher()
    assert (real.time_cost, real.memory_kib, real.parallelism) == (hasher.time_cost, hasher.memory_cost,
                                                                   hasher.parallelism)
    salt = real.new_salt_text()
    assert salt.startswith("argon2id$t=3,m=65536,p=4$")
    assert public_key_text(derive_key(PASSWORD, salt)) == public_key_text(derive_key(PASSWORD, salt))
    assert public_key_text(derive_key(PASSWORD, salt)) != public_key_text(derive_key(PASSWORD, real.new_salt_text()))
