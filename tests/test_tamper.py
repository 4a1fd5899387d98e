"""The tamper suite: each attack on a database file, made with plain sqlite3 as someone with the file would,
against `caseapp-cli verify` (exit 3, the first bad entry or the damaged object named on the first line) and
against `restore` of a backup carrying it (refused, even when the attacker rewrote the backup's record to match
the changed file, and the database in place left as it was).

One database is built per session and copied for each test, so the suite stays fast."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.services.app import CaseApp
from caseapp.services.auth import Accounts
from caseapp.services.backup import BackupError, backup, restore, sidecar_of
from caseapp.services.transfer import import_file
from caseapp.store.contract import SearchQuery
from tests.conftest import DATA, PASSWORD, fixed_clock

LOW = (1 << 32) - 1  # the exhibit id bits of a full-text rowid (store.writer.fts_rowid)
JSON_CASE = "CBSA-2024-000101"  # the JSON sample's case: three exhibits, two of them fentanyls
OF_JSON_CASE = (f"{LOW} - (rowid & {LOW}) IN (SELECT e.id FROM exhibits e JOIN cases c ON c.id = e.case_id "
                f"WHERE c.case_number = '{JSON_CASE}')")
HIDE_FENTANYL = ("CREATE TRIGGER hide_fentanyl AFTER INSERT ON audit_log BEGIN "
                 "UPDATE exhibits_fts SET substance = '', description = '', place = '', concealment = '', "
                 "narrative = '' WHERE exhibits_fts MATCH 'fentanyl'; END")


@pytest.fixture(scope="session")
def template(tmp_path_factory) -> Path:
    """A database of the sample cases, imported by officer olga, with admin ada and supervisor sam."""
    path = tmp_path_factory.mktemp("tamper") / "cases.sqlite3"
    app = CaseApp.open(path, clock=fixed_clock)
    try:
        app.initialise(agency_code="TEST", timezone="UTC")
        accounts = Accounts(app)
        ada = accounts.create_first_admin("ada", PASSWORD).value
        accounts.add_user(ada, "olga", PASSWORD, role="officer")
        accounts.add_user(ada, "sam", PASSWORD, role="supervisor")
        accounts.authenticate("olga", PASSWORD)  # signed in: the imports' entries are hers, signed
        assert import_file(app, DATA / "sample_ids.csv", actor="olga").value.committed
        assert import_file(app, DATA / "sample.json", actor="olga").value.committed
        assert app.verify().ok
    finally:
        app.close()
    return path


@pytest.fixture
def db(template, tmp_path) -> Path:
    path = tmp_path / "cases.sqlite3"
    shutil.copyfile(template, path)
    return path


def tamper(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def latest_hash(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    finally:
        conn.close()


# name: (statements, what the first line of verify's complaint names)
ATTACKS: dict[str, tuple[tuple[str, ...], str]] = {
    # raw changes to audited rows and to the chain
    "update case": (("UPDATE cases SET origin_country = 'FR' WHERE id = 2",), "cases row 2 was changed"),
    "delete exhibit": (("DELETE FROM exhibits WHERE id = 5",), "exhibits row 5 was deleted"),
    "insert person": (("INSERT INTO persons (case_id, position, role) VALUES (1, 9, 'witness')",),
                      "was inserted outside the application"),
    "promote a user": (("UPDATE users SET role = 'admin' WHERE login = 'olga'",), "users row 2 was changed"),
    "edit audit entry": (("UPDATE audit_log SET actor = 'nobody' WHERE id = 2",), "audit entry 2"),
    "delete audit entry": (("DELETE FROM audit_log WHERE id = 2",), "audit entry 3"),
    "insert audit entry": (("INSERT INTO audit_log (at, action, entity, detail, prev_hash, hash) "
                            "VALUES ('x', 'x', 'x', '{}', 'x', 'x')",), "audit entry"),
    "rewrite ledger": (("UPDATE audit_rows SET row_hash = 'f00' WHERE tbl = 'exhibits' AND row_id = 3",),
                       "audit entry"),
    "delete search term": (("DELETE FROM exhibit_terms WHERE exhibit_id = 2",), "substance search index"),
    # outside the audited tables (issue 12, finding 8)
    "blank a case's full-text rows": (
        (f"UPDATE exhibits_fts SET substance = '', description = '', place = '', concealment = '', "
         f"narrative = '' WHERE {OF_JSON_CASE}",), f"exhibit 01 of case {JSON_CASE}: its substance, description"),
    "shift the date bits of full-text rowids": (
        (f"UPDATE exhibits_fts SET rowid = rowid + (1440 << 32) WHERE {OF_JSON_CASE}",),
        f"exhibit 01 of case {JSON_CASE}: no row under its rowid"),
    "push a counter up": (("UPDATE case_number_counters SET last = 999999",),
                          "case number counter TEST-2026 was changed outside the application (it is at 999999, "
                          "beyond"),
    "hold a counter back": (("UPDATE case_number_counters SET last = 3",), "counter TEST-2026 was changed"),
    "plant a trigger": ((HIDE_FENTANYL,), "trigger hide_fentanyl on audit_log is not the application's"),
    "drop an index": (("DROP INDEX exhibits_occurred",), "index exhibits_occurred on exhibits is missing"),
    "add a view": (("CREATE VIEW everything AS SELECT * FROM cases",), "view everything on everything"),
    "change a table": (("ALTER TABLE cases ADD COLUMN note TEXT",), "table cases differs"),
}


def test_the_untouched_copy_verifies(db):
    code, out, err = cli("--db", str(db), "verify")
    assert code == 0 and out.startswith("intact:")
    assert all(line.startswith("note: ") for line in err.splitlines())  # what it cannot prove, never a fault


@pytest.mark.parametrize("name", ATTACKS)
def test_verify_names_each_attack_on_its_first_line_with_exit_3(db, name):
    statements, named = ATTACKS[name]
    tamper(db, *statements)
    code, out, err = cli("--db", str(db), "verify")
    first = err.splitlines()[0]
    assert code == 3 and out == ""
    assert first.startswith("caseapp-cli: TAMPERED or corrupt") and named in first, first


def test_cutting_the_newest_entries_shows_against_the_printed_anchor(db):
    anchor = latest_hash(db)
    tamper(db, "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)",
           "DELETE FROM audit_rows WHERE audit_id NOT IN (SELECT id FROM audit_log)")
    code, _, err = cli("--db", str(db), "verify", "--anchor", anchor)
    assert code == 3 and "cases row 12 was inserted outside the application" in err.splitlines()[0]
    assert f"also: the anchor hash {anchor[:16]}... is not in the audit chain" in err


def test_a_planted_trigger_that_fired_at_a_login_is_named_and_its_harm_shows(db, catalogue):
    tamper(db, HIDE_FENTANYL)
    app = CaseApp.open(db, catalogue=catalogue, clock=fixed_clock)
    try:
        assert app.search(SearchQuery(text="fentanyl"))  # found before anyone signs in
        Accounts(app).authenticate("olga", PASSWORD)  # the login's audit entry fires the trigger
        assert not app.search(SearchQuery(text="fentanyl"))  # every fentanyl case is gone from text search
    finally:
        app.close()
    tamper(db, "DROP TRIGGER hide_fentanyl")  # even with the trigger gone, the rows it blanked show
    code, _, err = cli("--db", str(db), "verify")
    assert code == 3 and "the full-text index was changed outside the application" in err.splitlines()[0]


# -- restore refuses each tampered backup -----------------------------------------------------------------------

@pytest.fixture
def live_and_backup(db, tmp_path, catalogue) -> tuple[Path, Path]:
    """The database in place (db) and a backup of it with its record."""
    app = CaseApp.open(db, catalogue=catalogue, clock=fixed_clock)
    try:
        Accounts(app).authenticate("ada", PASSWORD)
        info = backup(app, tmp_path / "backup.sqlite3", actor="ada")
    finally:
        app.close()
    return db, Path(info.path)


def forge_record(source: Path) -> None:
    """The attacker also rewrites the backup's record to describe the changed file."""
    record = json.loads(sidecar_of(source).read_text(encoding="utf-8"))
    record["sha256"] = hashlib.sha256(source.read_bytes()).hexdigest()
    record["size"] = source.stat().st_size
    latest = latest_hash(source)
    if len(latest) == 64:  # an inserted entry whose "hash" is no hash leaves the old one
        record["chain_hash"] = latest
    conn = sqlite3.connect(source)
    record["cases"] = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    conn.close()
    sidecar_of(source).write_text(json.dumps(record), encoding="utf-8")


@pytest.mark.parametrize("forged", [False, True], ids=["record kept", "record forged"])
@pytest.mark.parametrize("name", ATTACKS)
def test_restore_refuses_a_tampered_backup_and_changes_nothing(live_and_backup, name, forged):
    live, source = live_and_backup
    statements, named = ATTACKS[name]
    tamper(source, *statements)
    if forged:
        forge_record(source)
    before = live.read_bytes()
    with pytest.raises(BackupError, match="refused") as refused:
        restore(live, source, actor="ada", clock=fixed_clock)
    if forged:  # the record matches the file: the file's own checks refuse it, naming the damage
        assert named in str(refused.value)
    else:
        assert "its backup record says" in str(refused.value) or "SHA-256 in its backup record" in str(refused.value)
    assert live.read_bytes() == before
    assert not [p for p in live.parent.iterdir() if p.name.startswith(".caseapp-restore")]


def test_restore_refuses_a_backup_whose_newest_entries_were_cut_even_with_a_record_made_to_match(live_and_backup):
    """The attacker cuts the newest entry (and the rows it filed) and rewrites size, SHA-256 and cases in the
    record, but cannot make the record's chain hash, printed with the backup, be the backup's latest."""
    live, source = live_and_backup
    tamper(source, "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)",
           "DELETE FROM audit_rows WHERE audit_id NOT IN (SELECT id FROM audit_log)",
           "DELETE FROM exhibits WHERE case_id = 12", "DELETE FROM persons WHERE case_id = 12")
    record = json.loads(sidecar_of(source).read_text(encoding="utf-8"))
    forge_record(source)
    forged = json.loads(sidecar_of(source).read_text(encoding="utf-8"))
    sidecar_of(source).write_text(json.dumps({**forged, "chain_hash": record["chain_hash"]}), encoding="utf-8")
    with pytest.raises(BackupError, match="refused"):
        restore(live, source, actor="ada", clock=fixed_clock)
