"""caseapp-cli location, badge-labels and receive, on a database file and on a server database: what they
print, what they store (read back through the store), and every bad input refused with nothing changed."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from caseapp.cli import main
from caseapp.services.app import CaseApp
from caseapp.services.custody import Custody
from tests.conftest import DATA, PASSWORD

CASE = "CBSA-2024-000101"  # tests/data/sample.json: three exhibits


def run(db: str, *args: str, stdin: str | None = None, monkeypatch: pytest.MonkeyPatch | None = None):
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None and monkeypatch is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--db", db, *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(params=["sqlite", "postgresql"])
def room_db(request, tmp_path, monkeypatch) -> str:
    monkeypatch.setenv("CASEAPP_PASSWORD", PASSWORD)
    monkeypatch.setenv("CASEAPP_NEW_PASSWORD", PASSWORD)
    db = request.getfixturevalue("pg_url") if request.param == "postgresql" else str(tmp_path / "c.sqlite3")
    assert run(db, "init", "--agency", "CBSA", "--timezone", "UTC", "--admin", "ada")[0] == 0
    for login, role in (("sam", "supervisor"), ("olga", "officer")):
        code, _, err = run(db, "--user", "ada", "user", "add", login, "--role", role, "--display-name",
                           login.title(), "--badge", "4411")
        assert code == 0, err
    code, _, err = run(db, "--user", "olga", "import", str(DATA / "sample.json"))
    assert code == 0, err
    for number in ("01", "02", "03"):
        code, _, err = run(db, "--user", "olga", "custody", CASE, number, "seized", "--holder", "olga",
                           "--location", "Mail centre", "--at", "2024-03-06T10:00")
        assert code == 0, err
    code, _, err = run(db, "--user", "sam", "location", "add", "VAULT-A.3", "--name", "Vault A, shelf 3",
                       "--kind", "shelf")
    assert code == 0, err
    return db


def _events(db: str, number: str):
    app = CaseApp.open(db)
    try:
        return app.service(Custody).history(CASE, number)[0]
    finally:
        app.close()


def test_locations_are_added_and_listed(room_db):
    code, out, _ = run(room_db, "location", "list")
    assert code == 0 and out.split() == ["VAULT-A.3", "shelf", "Vault", "A,", "shelf", "3"]


def test_an_officer_cannot_add_a_location_and_nothing_changes(room_db):
    code, _, err = run(room_db, "--user", "olga", "location", "add", "L1", "--name", "Locker")
    assert code == 1 and "supervisor or admin" in err
    assert "L1" not in run(room_db, "location", "list")[1]


def test_receive_reads_codes_from_arguments_and_stdin_and_writes_a_receipt(room_db, tmp_path, monkeypatch):
    receipt = tmp_path / "receipt.pdf"
    code, out, err = run(room_db, "--user", "olga", "receive", "--to-location", "vault-a.3", "-", f"{CASE}/03",
                         "--at", "2024-03-07T09:00", "--receipt", str(receipt), "--lang", "fr",
                         stdin=f"{CASE}/01\n\n{CASE}/02\n", monkeypatch=monkeypatch)
    assert code == 0, err
    assert out.splitlines()[:3] == [f"{CASE}/0{n}: stored at VAULT-A.3 - Vault A, shelf 3" for n in (1, 2, 3)]
    for number in ("01", "02", "03"):
        last = _events(room_db, number)[-1]
        assert (last.type, last.location, last.at, last.actor) == ("stored", "VAULT-A.3", "2024-03-07T09:00", "olga")
    page = PdfReader(receipt).pages[0].extract_text()
    assert "Reçu de garde" in page and f"{CASE}/02" in page


def test_receive_to_a_person_by_login(room_db):
    code, out, err = run(room_db, "--user", "olga", "receive", "--to-person", "sam", f"{CASE}/01")
    assert code == 0, err
    last = _events(room_db, "01")[-1]
    assert (last.type, last.holder, last.from_holder) == ("transferred", "Sam (sam)", "olga")


def test_a_refused_receipt_lists_every_reason_and_records_nothing(room_db, tmp_path):
    code, _, err = run(room_db, "--user", "olga", "receive", "--to-location", "VAULT-A.3", f"{CASE}/01",
                       f"{CASE}/01", f"{CASE}/07", "LOC:VAULT-A.3", "--receipt", str(tmp_path / "r.pdf"))
    assert code == 1
    assert [line.strip() for line in err.splitlines()] == [
        "refused, nothing was recorded:", f"{CASE}/01: scanned twice", f"{CASE}/07: unknown exhibit code",
        "LOC:VAULT-A.3: a location or person code, not an exhibit"]
    assert [e.type for e in _events(room_db, "01")] == ["seized"] and not (tmp_path / "r.pdf").exists()


@pytest.mark.parametrize(("args", "message"), [
    (["--to-location", "NOWHERE", f"{CASE}/01"], "no storage location NOWHERE"),
    (["--to-person", "", f"{CASE}/01"], "scan a person or a location first"),
    (["--to-location", "VAULT-A.3", f"{CASE}/01", "--at", "yesterday"], "--at"),
    (["--to-location", "VAULT-A.3", f"{CASE}/01", "--receipt", "no/such/folder/r.pdf"], "does not exist"),
])
def test_bad_receive_inputs_are_refused_and_record_nothing(room_db, args, message):
    code, _, err = run(room_db, "--user", "olga", "receive", *args)
    assert code == 1 and message in err
    assert [e.type for e in _events(room_db, "01")] == ["seized"]


def test_location_and_badge_labels_carry_their_codes(room_db, tmp_path):
    code, out, err = run(room_db, "--user", "sam", "location", "labels", "--out", str(tmp_path / "loc.pdf"))
    assert code == 0 and out.endswith("1 page\n"), err
    assert "LOC:VAULT-A.3" in PdfReader(tmp_path / "loc.pdf").pages[0].extract_text()
    code, _, err = run(room_db, "--user", "olga", "badge-labels", "olga", "--out", str(tmp_path / "b.pdf"))
    assert code == 0, err
    text = PdfReader(tmp_path / "b.pdf").pages[0].extract_text()
    assert "PER:olga" in text and "Badge 4411" in text
    code, _, err = run(room_db, "--user", "olga", "badge-labels", "sam", "--out", str(tmp_path / "c.pdf"))
    assert code == 1 and "only their own" in err and not (tmp_path / "c.pdf").exists()


def _raw(db: str, sql: str) -> None:
    """A change made outside the application: plain sqlite3 on the file, or the owner's psql on the server."""
    if db.startswith("postgresql"):
        import psycopg

        with psycopg.connect(db, autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]
    else:
        import sqlite3

        conn = sqlite3.connect(db)
        with conn:
            conn.execute(sql)
        conn.close()


@pytest.mark.parametrize("sql", [
    "UPDATE storage_locations SET name = 'Somewhere else' WHERE code = 'VAULT-A.3'",
    "UPDATE storage_locations SET active = 0",
    "DELETE FROM storage_locations",
    "INSERT INTO storage_locations (code, name, kind, active, created_by, created_at) "
    "VALUES ('FAKE', 'Fake shelf', 'shelf', 1, 'sam', '2026-11-25T12:00:00Z')",
])
def test_a_raw_change_to_storage_locations_fails_verify(room_db, sql):
    assert run(room_db, "verify")[0] == 0
    _raw(room_db, sql)
    code, out, err = run(room_db, "verify")
    assert code == 3 and "storage_locations" in out + err


@pytest.mark.parametrize("room_db", ["sqlite"], indirect=True)  # a copy goes from a file to a server
def test_a_file_with_locations_moves_to_a_server_and_verifies(room_db, pg_url):
    code, out, err = run(room_db, "migrate", "--to", pg_url)
    assert code == 0, out + err
    code, out, _ = run(pg_url, "location", "list")
    assert code == 0 and "VAULT-A.3" in out
