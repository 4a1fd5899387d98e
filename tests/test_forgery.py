"""Forgery tests: someone who can write the database file changes a row, then appends an audit entry that records
the row's new hash, computed with the documented algorithm (docs/architecture.md, Audit). Every hash agrees, so
the hash checks alone pass; `caseapp-cli verify` must still exit 3 and name the forged entry, with or without
an anchor printed before the forgery."""

from __future__ import annotations

import hashlib
import io
import json
import marshal
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.services.app import CaseApp
from caseapp.services.attachments import Attachments
from caseapp.services.auth import Accounts
from caseapp.services.workflow import Workflow
from tests.conftest import PASSWORD, fixed_clock

EXIT_TAMPERED = 3


# -- the forger: sqlite3 and the documented algorithm, no caseapp code ---------------------------------------
def _canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def _row_hash(table: str, values: tuple) -> str:
    return hashlib.sha256(table.encode() + b"\x1e" + marshal.dumps(tuple(values), 2)).hexdigest()


def forge_entry(path: Path, *, actor: str | None, action: str, entity: str, entity_id: str | None,
                detail: dict, rows: dict[str, list[int]], sign=None) -> int:
    """Append an entry recording `rows` (table -> rowids) as they now are; `sign(hash) -> hex` if given.
    Returns the forged entry's id."""
    conn = sqlite3.connect(path)
    try:
        entry_id, prev = conn.execute("SELECT max(id) + 1, (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) "
                                      "FROM audit_log").fetchone()
        summary = {}
        for table, rowids in sorted(rows.items()):
            running = hashlib.sha256()
            for rowid in sorted(rowids):
                values = conn.execute(f"SELECT * FROM {table} WHERE rowid = ?", [rowid]).fetchone()
                digest = _row_hash(table, values)
                conn.execute("INSERT INTO audit_rows (tbl, row_id, audit_id, row_hash) VALUES (?, ?, ?, ?)",
                             [table, rowid, entry_id, digest])
                running.update(f"{rowid}:{digest}\n".encode())
            summary[table] = {"count": len(rowids), "digest": running.hexdigest()}
        detail = {**detail, "rows": summary}
        at = "2026-11-25T12:30:00Z"
        body = {"at": at, "actor": actor, "action": action, "entity": entity, "entity_id": entity_id,
                "detail": detail}
        digest = hashlib.sha256((prev + _canonical(body)).encode()).hexdigest()
        columns = {r[1] for r in conn.execute("PRAGMA table_info(audit_log)")}
        values = [at, actor, action, entity, entity_id, _canonical(detail), prev, digest]
        if "signature" in columns:  # the forger fills every column there is
            conn.execute("INSERT INTO audit_log (at, actor, action, entity, entity_id, detail, prev_hash, hash, "
                         "signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [*values, sign(digest) if sign else None])
        else:
            conn.execute("INSERT INTO audit_log (at, actor, action, entity, entity_id, detail, prev_hash, hash) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", values)
        conn.commit()
        return entry_id
    finally:
        conn.close()


def raw(path: Path, sql: str, params: list | tuple = ()) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def own_key(path: Path, login: str, password: str):
    """A user's signing key, as someone who knows their password derives it from the salt in the file."""
    from caseapp.core.signing import derive_key

    conn = sqlite3.connect(path)
    salt = conn.execute("SELECT key_salt FROM users WHERE login = ?", [login]).fetchone()[0]
    conn.close()
    return derive_key(password, salt)


def verify(path: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--db", str(path), "verify", *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


# -- the evidence: an approved case with a photograph --------------------------------------------------------
@pytest.fixture
def agency(tmp_path: Path) -> dict:
    path = tmp_path / "agency.sqlite3"
    photo = tmp_path / "seal.jpg"
    photo.write_bytes(b"\xff\xd8 the seal, intact " * 50)
    app = CaseApp.open(path, clock=fixed_clock)
    try:
        app.initialise(agency_code="CBSA", timezone="UTC")
        accounts = Accounts(app)
        ada = accounts.create_first_admin("ada", PASSWORD).value
        accounts.add_user(ada, "olga", PASSWORD, role="officer")
        accounts.add_user(ada, "sam", PASSWORD, role="supervisor")
        olga, sam = accounts.authenticate("olga", PASSWORD), accounts.authenticate("sam", PASSWORD)
        flow = Workflow(app)
        case = flow.create(olga, Case(occurred_at="2026-11-20", location=Location(country="CA"), exhibits=[
            Exhibit(substance="fentanyl", quantity=Quantity(Decimal("2"), "kg"))])).value
        attachment = Attachments(app).add(olga, case.case_number, photo).value
        flow.submit(olga, case.case_number)
        flow.approve(sam, case.case_number)
        exhibit_id = app.get_case(case.case_number).exhibits[0].id
        anchor = app._audit.latest_hash()
        admin_key = app.admin_key_fingerprint()
    finally:
        app.close()
    return {"path": path, "case": case.case_number, "exhibit": exhibit_id, "attachment": attachment.id,
            "anchor": anchor, "admin_key": admin_key}


def assert_caught(path: Path, forged: int, anchor: str) -> None:
    for args in ((), ("--anchor", anchor)):
        code, out, err = verify(path, *args)
        assert code == EXIT_TAMPERED, (args, out, err)
        assert f"first bad audit entry: {forged})" in err, err


def test_the_untouched_database_verifies_with_its_anchor_and_admin_key(agency):
    code, out, err = verify(agency["path"], "--anchor", agency["anchor"], "--admin-key", agency["admin_key"])
    assert code == 0, err
    assert f"first admin key {agency['admin_key']}" in out


def test_an_exhibit_changed_and_recorded_by_a_forged_login_entry_is_caught(agency):
    path = agency["path"]
    raw(path, "UPDATE exhibits SET quantity = '1.25', kg_mg = 1250000 WHERE id = ?", [agency["exhibit"]])
    forged = forge_entry(path, actor="sam", action="login", entity="user", entity_id="sam",
                         detail={"rehashed": False}, rows={"exhibits": [agency["exhibit"]]})
    assert_caught(path, forged, agency["anchor"])
    _, _, err = verify(path)
    assert "(login) records exhibits row" in err


def test_a_forged_entry_made_by_no_user_cannot_carry_an_exhibit_change(agency):
    """A failed sign-in is made by no user and so is never signed: the action map alone catches it."""
    path = agency["path"]
    raw(path, "UPDATE exhibits SET quantity = '1.25', kg_mg = 1250000 WHERE id = ?", [agency["exhibit"]])
    forged = forge_entry(path, actor=None, action="login_failed", entity="user", entity_id="sam",
                         detail={"failed_logins": 1, "locked": False}, rows={"exhibits": [agency["exhibit"]]})
    assert_caught(path, forged, agency["anchor"])
    _, _, err = verify(path)
    assert "a login_failed entry changes users" in err


def test_attachment_bytes_changed_and_recorded_by_a_forged_login_entry_are_caught(agency):
    path = agency["path"]
    fake = b"\xff\xd8 a broken seal " * 40
    raw(path, "UPDATE attachments SET content = ?, sha256 = ?, size = ? WHERE id = ?",
        [fake, hashlib.sha256(fake).hexdigest(), len(fake), agency["attachment"]])
    forged = forge_entry(path, actor="olga", action="login", entity="user", entity_id="olga",
                         detail={"rehashed": False}, rows={"attachments": [agency["attachment"]]})
    assert_caught(path, forged, agency["anchor"])
    _, _, err = verify(path)
    assert "its attach entry" in err


def test_attachment_bytes_changed_by_their_owner_under_her_own_signature_are_caught(agency):
    """Olga knows her own password, so she can sign; the entry she may make about an attachment (detach) still
    cannot change its hash: the attach entry's hash is the one the bytes must have."""
    path = agency["path"]
    fake = b"\xff\xd8 a broken seal " * 40
    raw(path, "UPDATE attachments SET content = ?, sha256 = ?, size = ?, removed_by = 'olga', removed_at = 'x', "
        "removed_reason = 'blurred' WHERE id = ?", [fake, hashlib.sha256(fake).hexdigest(), len(fake),
                                                    agency["attachment"]])
    key = own_key(path, "olga", PASSWORD) if _has_keys(path) else None
    forge_entry(path, actor="olga", action="detach", entity="case", entity_id=agency["case"],
                detail={"attachment": agency["attachment"], "reason": "blurred"},
                rows={"attachments": [agency["attachment"]]},
                sign=(lambda h: key.sign(h.encode()).hex()) if key else None)
    code, _, err = verify(path, "--anchor", agency["anchor"])
    assert code == EXIT_TAMPERED, err
    assert f"attachment {agency['attachment']}: its SHA-256" in err and "its attach entry" in err


@pytest.mark.parametrize("signature", ["none", "the forger's own key"])
def test_an_entry_in_a_supervisors_name_without_their_key_is_caught(agency, signature):
    """Olga, an officer who can write the file, amends the approved case in Sam's name (a supervisor may amend):
    the action, the case and the rows all fit, but the entry is not signed with Sam's key."""
    path = agency["path"]
    raw(path, "UPDATE exhibits SET quantity = '1.25', kg_mg = 1250000 WHERE id = ?", [agency["exhibit"]])
    key = own_key(path, "olga", PASSWORD) if signature != "none" else None
    forged = forge_entry(path, actor="sam", action="amend", entity="case", entity_id=agency["case"],
                         detail={"reason": "re-weighed", "changes": []}, rows={"exhibits": [agency["exhibit"]]},
                         sign=(lambda h: key.sign(h.encode()).hex()) if key else None)
    assert_caught(path, forged, agency["anchor"])
    _, _, err = verify(path)
    assert ("is not sam's" if key else "is not signed") in err


def test_a_public_key_swapped_in_the_users_table_is_caught(agency):
    """The forger puts a key of their own on Sam's account, files the row under a failed sign-in (made by no
    user, never signed), then signs an amendment in Sam's name with that key."""
    from caseapp.core.signing import KeyDerivation, derive_key, public_key_text

    path = agency["path"]
    salt = KeyDerivation(time_cost=1, memory_kib=8, parallelism=1).new_salt_text()
    key = derive_key("the forger's own words", salt)
    raw(path, "UPDATE users SET public_key = ?, key_salt = ? WHERE login = 'sam'", [public_key_text(key), salt])
    sam_row = sqlite3.connect(path).execute("SELECT id FROM users WHERE login = 'sam'").fetchone()[0]
    swapped = forge_entry(path, actor=None, action="login_failed", entity="user", entity_id="sam",
                          detail={"failed_logins": 1, "locked": False}, rows={"users": [sam_row]})
    raw(path, "UPDATE exhibits SET quantity = '1.25', kg_mg = 1250000 WHERE id = ?", [agency["exhibit"]])
    forge_entry(path, actor="sam", action="amend", entity="case", entity_id=agency["case"],
                detail={"reason": "re-weighed", "changes": []}, rows={"exhibits": [agency["exhibit"]]},
                sign=lambda h: key.sign(h.encode()).hex())
    assert_caught(path, swapped, agency["anchor"])
    _, _, err = verify(path)
    assert "sam's signing key is not the one the audit chain recorded" in err
    assert "is not sam's" in err


def test_a_chain_rewritten_with_another_first_admin_fails_against_the_printed_key(agency, tmp_path):
    """A whole new database (its own first admin) passes every check of its own; only the fingerprint printed
    earlier tells it from the agency's."""
    other = tmp_path / "other.sqlite3"
    app = CaseApp.open(other, clock=fixed_clock)
    try:
        app.initialise(agency_code="CBSA", timezone="UTC")
        Accounts(app).create_first_admin("ada", PASSWORD)
    finally:
        app.close()
    assert verify(other)[0] == 0
    code, _, err = verify(other, "--admin-key", agency["admin_key"])
    assert code == EXIT_TAMPERED
    assert "the first admin's key in this database has the fingerprint" in err


def _has_keys(path: Path) -> bool:
    conn = sqlite3.connect(path)
    try:
        return "public_key" in {r[1] for r in conn.execute("PRAGMA table_info(users)")}
    finally:
        conn.close()
