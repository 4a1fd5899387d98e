"""`caseapp-cli migrate --to postgresql://...`: a database file copied into an empty server database keeps its
cases, attachments, custody, accounts and audit chain; verify passes on the copy and its chain hash is the
file's; the copy answers searches as the file does and takes new work; a database that is not empty is refused."""

from __future__ import annotations

import io
import json
from pathlib import Path

import psycopg
import pytest

from caseapp.cli import main
from caseapp.core.custody import CustodyEvent
from caseapp.services.app import CaseApp
from caseapp.services.attachments import Attachments
from caseapp.services.auth import Accounts
from caseapp.services.catalogue import add_substance
from caseapp.services.custody import Custody
from caseapp.store.contract import SearchQuery
from tests.conftest import PASSWORD, fixed_clock, populate
from tests.pg_server import new_pg_database


def build(path: Path, tmp_path: Path) -> str:
    app = CaseApp.open(path, clock=fixed_clock)
    try:
        people = populate(app, tmp_path, statement=b"signed statement\x00\xff")
        ada, olga = people["ada"], people["olga"]
        app.service(Custody).record(olga, "CBSA-2024-000101", "01",
                                    CustodyEvent("seized", "2024-03-05T15:00", "", holder="olga", location="Desk"))
        add_substance(app, ada, "Zeta-fentanyl X", group="fentanyls", family="fentanyl")
        report = app.verify()
        assert report.ok, report.problems
        return report.latest_hash
    finally:
        app.close()


def run(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue() + err.getvalue()


def give_logins_passwords(url: str) -> None:
    """What the owner does after a copy: each copied account's login gets its password (the same as in the
    file, so the account's signing key, derived from it, carries over)."""
    with psycopg.connect(url, autocommit=True) as owner:
        for (login,) in owner.execute("SELECT login FROM users").fetchall():
            owner.execute(f"ALTER ROLE \"{login}\" LOGIN PASSWORD '{PASSWORD}'")


def test_a_file_copied_to_the_server_verifies_with_the_files_chain_hash(tmp_path: Path, pg_url: str) -> None:
    path = tmp_path / "cases.sqlite3"
    chain = build(path, tmp_path)
    code, text = run("--db", str(path), "migrate", "--to", pg_url)
    give_logins_passwords(pg_url)
    assert code == 0, text
    assert f"chain hash of the copy {chain}" in text and "verify on the copy: intact" in text
    code, text = run("--db", pg_url, "verify")
    assert code == 0 and chain[:16] in text, text
    file, server = CaseApp.open(path), CaseApp.open(pg_url)
    try:
        assert server.counts() == file.counts()
        for query in (SearchQuery(), SearchQuery(text="fentanyl"), SearchQuery(substance="cocaine")):
            assert server.search(query) == file.search(query)
        case = server.get_case("CBSA-2024-000101")
        attached = server._stores.attachments.list_for_case(case.id)
        assert [server._stores.attachments.content(a.id) for a in attached] == [b"signed statement\x00\xff"]
        assert server._stores.custody.events(case.exhibits[0].id) == file._stores.custody.events(case.exhibits[0].id)
        olga = server.service(Accounts).authenticate("olga", PASSWORD)  # accounts, keys and ids carry on
        more = server.service(Attachments).add(olga, "CBSA-2024-000101", tmp_path / "statement.txt").value
        assert more.id > attached[-1].id
        assert server.verify().ok
    finally:
        file.close()
        server.close()


def test_a_database_that_is_not_empty_is_refused(tmp_path: Path, pg_url: str) -> None:
    path = tmp_path / "cases.sqlite3"
    build(path, tmp_path)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE something (x integer)")
    code, text = run("--db", str(path), "migrate", "--to", pg_url)
    assert code == 1 and "not empty" in text


def test_a_server_backs_up_to_a_file_that_verifies_and_copies_back(tmp_path: Path, pg_url: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A server's backup is a database file (the application's own format) with its record: it verifies with
    the server's chain hash, and copied into another empty database it is the server's again."""
    path = tmp_path / "cases.sqlite3"
    chain = build(path, tmp_path)
    assert run("--db", str(path), "migrate", "--to", pg_url)[0] == 0
    give_logins_passwords(pg_url)
    monkeypatch.setenv("CASEAPP_PASSWORD", PASSWORD)
    code, text = run("--db", pg_url, "--user", "ada", "backup", str(tmp_path / "server-backup.sqlite3"))
    assert code == 0, text
    backup_file = tmp_path / "server-backup.sqlite3"
    record = json.loads((tmp_path / "server-backup.sqlite3.json").read_text(encoding="utf-8"))
    server = CaseApp.open(pg_url)
    try:  # the copy holds the chain up to the backup's own entry, which follows it on the server
        *_, copied, backed_up = server._audit.entries()
    finally:
        server.close()
    assert backed_up.action == "backup" and record["chain_hash"] == copied.hash != chain
    assert record["source"] == pg_url.replace("://postgres@", "://ada:***@")  # made signed in as ada's login
    code, text = run("--db", str(backup_file), "verify")
    assert code == 0, text
    again = new_pg_database()
    code, text = run("--db", str(backup_file), "migrate", "--to", again)
    assert code == 0 and f"chain hash of the copy {record['chain_hash']}" in text, text
    file, copy = CaseApp.open(path), CaseApp.open(again)
    try:
        assert copy.search(SearchQuery(text="fentanyl")) == file.search(SearchQuery(text="fentanyl"))
    finally:
        file.close()
        copy.close()


def test_restore_on_a_server_says_how_a_backup_goes_back_there(pg_url: str) -> None:
    """restore replaces a file; on a server it says so in one line and names what does bring a backup back."""
    CaseApp.open(pg_url).close()
    code, text = run("--db", pg_url, "restore", "backup.sqlite3")
    assert code == 1 and text.count("\n") == 1, text
    assert "migrate --to" in text and "empty database" in text, text


def test_copied_accounts_become_server_logins_that_sign_in_once_given_a_password(tmp_path, pg_url):
    """A file's argon2 hashes cannot become the server's SCRAM verifiers: each account arrives as a login that
    cannot sign in; the owner gives the first admin a password, who then sets the others'."""
    import psycopg

    from caseapp.core.errors import DatabaseError
    from caseapp.core.location import database_location
    from caseapp.services.auth import Accounts
    from tests.conftest import PASSWORD, make_users

    source = CaseApp.open(tmp_path / "file.sqlite3")
    try:
        source.initialise(timezone="UTC")
        make_users(source)
        source.copy_to_server(pg_url)
    finally:
        source.close()
    with pytest.raises(DatabaseError, match="password authentication failed|not permitted to log in"):
        CaseApp.open(database_location(pg_url).signed_in("ada", PASSWORD))
    with psycopg.connect(pg_url, autocommit=True) as owner:
        owner.execute(f"ALTER ROLE ada LOGIN PASSWORD '{PASSWORD}'")  # hers, so her signing key carries over
    admin_app = CaseApp.open(database_location(pg_url).signed_in("ada", PASSWORD))
    try:
        accounts = Accounts(admin_app)
        ada = accounts.authenticate("ada", PASSWORD)
        accounts.change_password(ada, "olga", "olga gets a new passphrase")
    finally:
        admin_app.close()
    olga = CaseApp.open(database_location(pg_url).signed_in("olga", "olga gets a new passphrase"))
    try:
        assert Accounts(olga).authenticate("olga", "olga gets a new passphrase").login == "olga"
    finally:
        olga.close()
