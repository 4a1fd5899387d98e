"""Accounts as server logins, and the rules the server itself enforces (caseapp/store/postgres/rules.py).

Each account signs in to PostgreSQL as its own login. With psql on their own credentials (here: a plain
psycopg connection as that login), users can do no more than the window lets them: every forbidden statement of
FORBIDDEN is tried as each role and must be refused by the server, leaving the data as it was."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import psycopg
import pytest

from caseapp.core.errors import DatabaseError
from caseapp.core.location import database_location
from caseapp.services.app import CaseApp
from caseapp.services.auth import Accounts, AuthError, User
from caseapp.services.workflow import Workflow
from tests.conftest import PASSWORD, fixed_clock, make_users

pytestmark = pytest.mark.usefixtures("fast_password_hashing")


@pytest.fixture
def server(pg_url: str) -> Iterator[tuple[str, dict[str, User]]]:
    """A server database initialised by its owner, with ada (admin), olga and li (officers), sam (supervisor)
    as server logins."""
    app = CaseApp.open(pg_url, clock=fixed_clock)
    try:
        app.initialise(timezone="UTC")
        people = make_users(app)
    finally:
        app.close()
    yield pg_url, people


def as_login(url: str, login: str, password: str = PASSWORD) -> CaseApp:
    """The application signed in to the server as `login` (as the window and the CLI open it)."""
    app = CaseApp.open(database_location(url).signed_in(login, password), clock=fixed_clock)
    app.service(Accounts).authenticate(login, password)
    return app


def psql(url: str, login: str) -> psycopg.Connection:
    """A plain connection on the login's own credentials, as psql would be."""
    return psycopg.connect(database_location(url).signed_in(login, PASSWORD).url, autocommit=True)


def draft(app: CaseApp, user: User) -> str:
    """A new draft recorded by `user` through the services; its case number."""
    from tests.services.test_accounts_workflow import complete_case

    return app.service(Workflow).create(user, complete_case()).value.case_number


def submitted(url: str, login: str, people: dict[str, User]) -> str:
    """A case recorded and submitted by `login`, signed in as itself; its number."""
    app = as_login(url, login)
    try:
        number = draft(app, people[login])
        app.service(Workflow).submit(people[login], number)
    finally:
        app.close()
    return number


def verifies(url: str) -> bool:
    owner = CaseApp.open(url)
    try:
        return owner.verify().ok
    finally:
        owner.close()


def test_each_account_is_a_server_login_with_its_group(server):
    url, _ = server
    with psycopg.connect(url, autocommit=True) as owner:
        database = url.rsplit("/", 1)[1]
        rows = dict(owner.execute(
            "SELECT m.rolname, g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
            "JOIN pg_roles m ON m.oid = a.member WHERE m.rolname IN ('ada', 'olga', 'li', 'sam')").fetchall())
        assert rows == {"ada": f"{database}_admin", "olga": f"{database}_officer", "li": f"{database}_officer",
                        "sam": f"{database}_supervisor"}
        # the server keeps the password as a SCRAM verifier; the users table keeps no hash
        assert owner.execute("SELECT rolpassword FROM pg_authid WHERE rolname = 'olga'").fetchone()[0].startswith(
            "SCRAM-SHA-256$")
        assert owner.execute("SELECT count(*) FROM users WHERE password_hash <> ''").fetchone()[0] == 0


def test_a_wrong_password_is_refused_by_the_server(server):
    url, _ = server
    with pytest.raises(DatabaseError, match="password authentication failed"):
        CaseApp.open(database_location(url).signed_in("olga", "not the password at all"))
    app = as_login(url, "olga")
    try:
        with pytest.raises(AuthError, match="wrong login name or password"):
            app.service(Accounts).authenticate("olga", "not the password at all")
    finally:
        app.close()


def test_a_deactivated_account_can_no_longer_sign_in_to_the_server(server):
    url, people = server
    app = as_login(url, "ada")
    try:
        app.service(Accounts).deactivate(people["ada"], "li")
    finally:
        app.close()
    with pytest.raises(DatabaseError, match="not permitted to log in"):  # the server refuses the login itself
        CaseApp.open(database_location(url).signed_in("li", PASSWORD))
    with psycopg.connect(url, autocommit=True) as owner:
        assert owner.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'li'").fetchone()[0] is False


def test_a_password_reset_does_not_let_a_deactivated_account_sign_in_again(server):
    url, people = server
    app = as_login(url, "ada")
    try:
        accounts = app.service(Accounts)
        accounts.deactivate(people["ada"], "li")
        accounts.change_password(people["ada"], "li", "a reset after he left the unit")
    finally:
        app.close()
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):  # not even with psql
        psycopg.connect(database_location(url).signed_in("li", "a reset after he left the unit").url).close()


def test_a_new_password_is_the_servers_and_the_old_one_stops_working(server):
    url, people = server
    app = as_login(url, "olga")
    try:
        app.service(Accounts).change_password(people["olga"], "olga", "a brand new passphrase of hers")
    finally:
        app.close()
    with pytest.raises(DatabaseError, match="password authentication failed"):
        CaseApp.open(database_location(url).signed_in("olga", PASSWORD))
    as_login(url, "olga", "a brand new passphrase of hers").close()


def test_the_workflow_runs_signed_in_as_each_login(server):
    """An officer records and submits, a supervisor approves: each signed in as themselves, nothing refused."""
    url, people = server
    number = submitted(url, "olga", people)
    sam = as_login(url, "sam")
    try:
        assert sam.service(Workflow).approve(people["sam"], number).value.status == "approved"
    finally:
        sam.close()
    assert verifies(url)


def _forbidden(number: str, drafts: dict[str, str], submitted: str) -> dict[str, list[tuple[str, str]]]:
    """(what, statement) each login may not do; `number` is an approved case of olga's, `drafts` a draft of
    olga's and one of li's (each login is tried on a draft that is not its own), `submitted` a case li
    submitted."""
    return {login: _forbidden_to(number, drafts["li" if login == "olga" else "olga"], submitted, role)
            for login, role in (("olga", "officer"), ("li", "officer"), ("sam", "supervisor"), ("ada", "admin"))}


def _forbidden_to(number: str, other: str, submitted: str, role: str) -> list[tuple[str, str]]:
    for_everyone = [
        ("update an audit entry", "UPDATE audit_log SET actor = 'nobody' WHERE id = 1"),
        ("delete an audit entry", "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)"),
        ("update a ledger row", "UPDATE audit_rows SET row_hash = 'x' WHERE audit_id = 1"),
        ("delete a ledger row", "DELETE FROM audit_rows WHERE audit_id = 1"),
        ("truncate the audit log", "TRUNCATE audit_log CASCADE"),
        ("add a ledger row to an entry already written",
         "INSERT INTO audit_rows (tbl, row_id, audit_id, row_hash) VALUES ('cases', 1, 1, 'x')"),
        ("forge an audit entry in another's name",
         "INSERT INTO audit_log (id, at, actor, action, entity, entity_id, detail, prev_hash, hash) SELECT id + 1, "
         "'2024-01-01', 'someone else', 'approve', 'case', 'x', '{}', hash, 'f' FROM audit_head"),
        ("read the server's verifiers", "SELECT rolpassword FROM pg_authid"),
        ("delete a case", f"DELETE FROM cases WHERE case_number = '{other}'"),
        ("change an approved case", f"UPDATE cases SET narrative = 'changed' WHERE case_number = '{number}'"),
        ("delete an approved case's exhibit",
         f"DELETE FROM exhibits WHERE case_id = (SELECT id FROM cases WHERE case_number = '{number}')"),
        ("change another officer's draft", f"UPDATE cases SET narrative = 'mine now' WHERE case_number = '{other}'"),
        ("change another officer's exhibit",
         f"UPDATE exhibits SET quantity = '1' WHERE case_id = (SELECT id FROM cases WHERE case_number = '{other}')"),
        ("hide an exhibit from search",
         f"DELETE FROM exhibit_terms WHERE exhibit_id IN (SELECT e.id FROM exhibits e JOIN cases c ON c.id = e.case_id "
         f"WHERE c.case_number = '{number}')"),
        ("make a login", "CREATE ROLE intruder LOGIN PASSWORD 'x'"),
        ("lock the chain's table by hand", "LOCK TABLE audit_log IN EXCLUSIVE MODE"),
        ("move the chain head", "UPDATE audit_head SET hash = 'x'"),
        ("drop the rules", "DROP TRIGGER cases_rules ON cases"),
    ]
    not_admins = [  # admins read whole accounts (verify hashes them) and manage them and the settings
        ("read password hashes", "SELECT password_hash FROM users"),
        ("read signing key salts", "SELECT key_salt FROM users"),
        ("make themselves a login", "SELECT caseapp_create_login('intruder', NULL, 'admin')"),
        ("change an account", "UPDATE users SET role = 'admin' WHERE login = 'olga'"),
        ("change a setting", "UPDATE settings SET value = 'X' WHERE key = 'timezone'"),
    ]
    officer = for_everyone + not_admins + [
        ("approve a case", f"UPDATE cases SET status = 'approved', approved_by = session_user, "
                           f"approved_at = 'now' WHERE case_number = '{submitted}'"),
        ("return a case", f"UPDATE cases SET status = 'returned' WHERE case_number = '{submitted}'"),
        ("submit another officer's draft", f"UPDATE cases SET status = 'submitted' WHERE case_number = '{other}'"),
        ("insert an approved case", "INSERT INTO cases (id, case_number, recorded_at, status, created_by, created_at, "
                                    "updated_at) SELECT max(id) + 1, 'FAKE-1', 'x', 'approved', session_user, 'x', 'x' "
                                    "FROM cases"),
        ("set another's password", "SELECT caseapp_set_password('sam', 'SCRAM-SHA-256$4096:x$y:z')"),
    ]
    if role == "officer":
        return officer
    if role == "supervisor":
        return for_everyone + not_admins
    return [
        *for_everyone,
        ("record a case", "INSERT INTO cases (id, case_number, recorded_at, status, created_by, created_at, "
                          "updated_at) SELECT max(id) + 1, 'FAKE-2', 'x', 'draft', session_user, 'x', 'x' FROM cases"),
    ]


def _approved_and_drafts(url: str, people: dict[str, User]) -> tuple[str, dict[str, str], str]:
    number = submitted(url, "olga", people)
    olga = as_login(url, "olga")
    try:
        hers = draft(olga, people["olga"])
    finally:
        olga.close()
    sam = as_login(url, "sam")
    try:
        sam.service(Workflow).approve(people["sam"], number)
    finally:
        sam.close()
    li = as_login(url, "li")
    try:
        his = draft(li, people["li"])
    finally:
        li.close()
    return number, {"olga": hers, "li": his}, submitted(url, "li", people)


def _snapshot(url: str) -> tuple[object, ...]:
    with psycopg.connect(url, autocommit=True) as owner:
        return tuple(owner.execute(f"SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM {table} t")
                     .fetchone()[0] for table in ("cases", "exhibits", "exhibit_terms", "audit_log", "audit_rows",
                                                  "users", "settings", "audit_head"))


def test_every_forbidden_statement_is_refused_by_the_server_for_each_role(server):
    url, people = server
    number, drafts, submitted = _approved_and_drafts(url, people)
    before = _snapshot(url)
    tried: dict[str, int] = {}
    for login, statements in _forbidden(number, drafts, submitted).items():
        with psql(url, login) as conn:
            for what, statement in statements:
                try:
                    with conn.transaction():
                        cursor = conn.execute(statement)
                        changed = cursor.rowcount
                except psycopg.Error:
                    tried[login] = tried.get(login, 0) + 1
                    continue
                pytest.fail(f"{login} could {what} ({changed} rows): {statement}")
    assert tried == {login: len(s) for login, s in _forbidden(number, drafts, submitted).items()}
    assert _snapshot(url) == before
    assert verifies(url)


def test_a_supervisor_cannot_approve_a_case_they_created_even_with_psql(server):
    url, people = server
    number = submitted(url, "sam", people)
    with psql(url, "sam") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege, match="created or edited"):
        conn.execute("UPDATE cases SET status = 'approved', approved_by = session_user, version = version + 1 "
                     "WHERE case_number = %s", [number])


def test_an_officer_cannot_write_an_entry_that_forks_the_chain(server):
    """The chain's head is locked and checked by a trigger no client can skip: an entry that does not follow
    the head is refused, whatever the client's own locking."""
    url, _ = server
    with psql(url, "olga") as conn, pytest.raises(psycopg.errors.SerializationFailure, match="chain moved on"):
        conn.execute("INSERT INTO audit_log (id, at, actor, action, entity, entity_id, detail, prev_hash, hash) "
                     "SELECT id, 'x', session_user, 'login', 'user', session_user, '{}', hash, 'f' FROM audit_head")


def test_an_officer_edits_and_resubmits_their_own_draft_signed_in(server):
    url, people = server
    olga = as_login(url, "olga")
    try:
        number = draft(olga, people["olga"])
        flow = olga.service(Workflow)
        changed = replace(olga.get_case(number), narrative="more detail, typed later")
        flow.update(people["olga"], number, changed)
        flow.submit(people["olga"], number)
        assert olga.get_case(number).narrative == "more detail, typed later"
    finally:
        olga.close()


def test_the_password_never_reaches_the_server_in_clear(server):
    """CREATE ROLE is given a SCRAM verifier computed on the workstation (core.scram), so the server's statement
    log and pg_stat_activity never hold a password: the verifier the server stores is the one sent."""
    url, _ = server
    with psycopg.connect(url, autocommit=True) as owner:
        stored = owner.execute("SELECT rolpassword FROM pg_authid WHERE rolname = 'sam'").fetchone()[0]
    assert stored.startswith("SCRAM-SHA-256$4096:") and PASSWORD not in stored
