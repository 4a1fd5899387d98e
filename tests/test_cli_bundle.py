"""caseapp-cli bundle, check-bundle and import-bundle: a package made by one agency's database, checked offline
(exit 0 intact, 3 on any change, 1 when it is no package), and imported by another's, on SQLite and from SQLite
into PostgreSQL. Hostile ZIPs are refused by name, and nothing is ever extracted."""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.io.bundle import MANIFEST
from tests.conftest import DATA, PASSWORD, SAMPLE_CASE, make_users_database


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(autouse=True)
def passwords(monkeypatch):
    monkeypatch.setenv("CASEAPP_PASSWORD", PASSWORD)
    monkeypatch.setenv("CASEAPP_NEW_PASSWORD", PASSWORD)


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    """A CBSA database file holding SAMPLE_CASE with custody and an attachment, and its package."""
    folder = tmp_path_factory.mktemp("cbsa")
    db = folder / "cbsa.sqlite3"
    make_users_database(db)
    os.environ["CASEAPP_PASSWORD"] = PASSWORD
    try:
        assert run("--db", db, "--user", "ada", "init", "--agency", "CBSA")[0] == 0
        assert run("--db", db, "--user", "olga", "import", DATA / "sample.json")[0] == 0
        assert run("--db", db, "--user", "olga", "custody", SAMPLE_CASE, "01", "seized", "--at", "2024-03-05T14:35",
                   "--holder", "Olga", "--location", "Pearson T1")[0] == 0
        code, out, err = run("--db", db, "--user", "olga", "bundle", SAMPLE_CASE, "--out", folder / "handover.zip",
                             "--lang", "fr")
    finally:
        del os.environ["CASEAPP_PASSWORD"]
    assert code == 0, err
    assert "signed" in out
    return folder / "handover.zip"


def rewrite(source: Path, target: Path, *, change=None, add=(), drop=(), raw_manifest=None) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            if info.filename in drop:
                continue
            data = old.read(info)
            if raw_manifest is not None and info.filename == MANIFEST:
                data = raw_manifest(data)
            if change and info.filename == change[0]:
                data = change[1](data)
            new.writestr(info.filename, data)
        for name, data in add:
            new.writestr(name, data)
    return target


def test_an_intact_package_checks_with_no_database(package, tmp_path):
    code, out, err = run("--db", tmp_path / "none" / "x.sqlite3", "check-bundle", package)
    assert code == 0, err
    assert "intact" in out and SAMPLE_CASE in out and "CBSA" in out and "signed by key" in out
    for name in ("report.pdf", "labels.pdf", "custody.pdf", "custody.json", "audit.json", "case.json"):
        assert name in out
    assert not (tmp_path / "none").exists()


def _edit_manifest(edit):
    def change(data: bytes) -> bytes:
        manifest = json.loads(data)
        edit(manifest)
        return json.dumps(manifest).encode()
    return change


TAMPERING = {
    "altered": (dict(change=("custody.json", lambda d: d.replace(b"Pearson T1", b"Pearson T3"))),
                "custody.json was altered"),
    "added": (dict(add=[("extra.txt", b"planted")]), "extra.txt was added"),
    "removed": (dict(drop=["labels.pdf"]), "labels.pdf was removed"),
    "manifest edited": (dict(raw_manifest=_edit_manifest(lambda m: m.update(case="CBSA-2024-999999"))),
                        "signature does not match"),
    "hash swapped with the file": (dict(change=("case.json", lambda d: d + b" "), raw_manifest=_edit_manifest(
        lambda m: [f.update(size=f["size"] + 1) for f in m["files"] if f["name"] == "case.json"])),
        "signature does not match"),
    "signature of another key": (dict(raw_manifest=_edit_manifest(
        lambda m: m["signature"].update(public_key="ab" * 32))), "signature does not match"),
    "a name outside the package": (dict(add=[("../../evil.sh", b"rm -rf /")]), "not one a package holds"),
    "an absolute name": (dict(add=[("/etc/passwd", b"x")]), "not one a package holds"),
    "a name given twice": (dict(add=[("case.json", b"{}")]), "case.json is in the ZIP twice"),
    "manifest not JSON": (dict(raw_manifest=lambda d: d[:-20]), "not valid JSON"),
    "manifest missing": (dict(drop=[MANIFEST]), "manifest.json is missing"),
}


@pytest.mark.filterwarnings("ignore:Duplicate name")
@pytest.mark.parametrize("kind", TAMPERING)
def test_any_change_exits_3_naming_it(package, tmp_path, kind):
    how, expected = TAMPERING[kind]
    changed = rewrite(package, tmp_path / "changed.zip", **how)
    code, out, err = run("check-bundle", changed)
    assert code == 3, (out, err)
    assert "CHANGED" in err and expected in err
    assert "Traceback" not in err and not out
    assert not (tmp_path.parent / "evil.sh").exists()


def test_a_zip_bomb_stops_at_the_size_the_manifest_gives(package, tmp_path, monkeypatch):
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(package) as old, zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, old.read(info) if info.filename != "audit.json" else b"\0" * 50_000_000)
    assert bomb.stat().st_size < 1_000_000
    code, _, err = run("check-bundle", bomb)
    assert code == 3 and "audit.json was altered" in err


def test_a_huge_manifest_is_refused_unread(package, tmp_path):
    huge = rewrite(package, tmp_path / "huge.zip", raw_manifest=lambda d: d + b" " * (5 * 1024 * 1024))
    code, _, err = run("check-bundle", huge)
    assert code == 3 and "manifest.json is larger than a manifest can be" in err


@pytest.mark.parametrize("content", [None, b"", b"PK\x03\x04 not really a zip", b"%PDF-1.4"])
def test_what_is_no_package_is_a_user_error(tmp_path, content):
    path = tmp_path / "package.zip"
    if content is not None:
        path.write_bytes(content)
    code, out, err = run("check-bundle", path)
    assert code == 1 and err.startswith("caseapp-cli: ") and err.count("\n") == 1
    assert ("no such file" if content is None else "not a hand-over package") in err


def test_a_package_from_a_file_database_goes_into_a_server(package, pg_url):
    assert run("--db", pg_url, "init", "--agency", "RCMP", "--timezone", "UTC", "--admin", "rcmp_chief")[0] == 0
    assert run("--db", pg_url, "--user", "rcmp_chief", "user", "add", "cst_roy", "--role", "officer",
               "--display-name", "Cst Roy")[0] == 0
    code, out, err = run("--db", pg_url, "--user", "cst_roy", "import-bundle", package, "--location", "VAULT-A.3")
    assert code == 0, err
    assert f"imported case {SAMPLE_CASE} from CBSA" in out
    code, out, err = run("--db", pg_url, "--user", "cst_roy", "custody", SAMPLE_CASE, "01")
    assert code == 0, err
    assert "received" in out and "Cst Roy" in out and "VAULT-A.3" in out and "Pearson T1" in out
    assert run("--db", pg_url, "verify")[0] == 0
    code, _, err = run("--db", pg_url, "--user", "cst_roy", "import-bundle", package)
    assert code == 1 and "already exists" in err


def test_a_changed_package_is_not_imported(package, tmp_path):
    db = tmp_path / "rcmp.sqlite3"
    make_users_database(db)
    changed = rewrite(package, tmp_path / "changed.zip", drop=["audit.json"])
    code, out, err = run("--db", db, "--user", "olga", "import-bundle", changed)
    assert code == 3 and "audit.json was removed" in err and "nothing was imported" in err
    code, out, _ = run("--db", db, "show", SAMPLE_CASE)
    assert code == 1


@pytest.mark.parametrize("edit", [
    lambda m: m.update(case_entries=5), lambda m: m.update(created_by="olga"), lambda m: m.update(case=["x"]),
    lambda m: m.update(chain_hash="not a hash"), lambda m: m.pop("agency"),
    lambda m: m["files"].append({"name": "../../etc/passwd", "size": 1, "sha256": "0" * 64}),
])
def test_a_manifest_of_another_shape_is_a_change_even_unsigned(package, tmp_path, edit):
    def unsigned(data: bytes) -> bytes:
        manifest = json.loads(data)
        manifest.pop("signature")
        edit(manifest)
        return json.dumps(manifest).encode()
    code, out, err = run("check-bundle", rewrite(package, tmp_path / "odd.zip", raw_manifest=unsigned))
    assert code == 3 and "Traceback" not in err
    assert "not in the form a package's manifest has" in err or "lists a file in a form it never has" in err


def test_too_many_files_are_refused_before_any_is_read(package, tmp_path, monkeypatch):
    from caseapp.io import bundle

    monkeypatch.setattr(bundle, "MAX_MEMBERS", 3)
    code, _, err = run("check-bundle", package)
    assert code == 3 and "more than a package can" in err


def test_an_unsigned_package_says_so(package, tmp_path):
    def unsigned(data: bytes) -> bytes:
        manifest = json.loads(data)
        manifest.pop("signature")
        return json.dumps(manifest).encode()
    code, out, _ = run("check-bundle", rewrite(package, tmp_path / "unsigned.zip", raw_manifest=unsigned))
    assert code == 0 and "not signed" in out


def test_a_database_holding_an_imported_package_moves_to_a_server_and_verifies(package, tmp_path, pg_url):
    db = tmp_path / "rcmp.sqlite3"
    make_users_database(db)
    assert run("--db", db, "--user", "olga", "import-bundle", package)[0] == 0
    code, out, err = run("--db", db, "migrate", "--to", pg_url)
    assert code == 0, (out, err)
    assert run("--db", pg_url, "verify")[0] == 0


@pytest.fixture
def sender_db(tmp_path) -> Path:
    db = tmp_path / "cbsa.sqlite3"
    make_users_database(db)
    assert run("--db", db, "--user", "olga", "import", DATA / "sample.json")[0] == 0
    return db


def audit_count(db: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM audit_log WHERE action NOT IN ('login', 'login_failed')"
                            ).fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize(("args", "expected"), [
    (("bundle", SAMPLE_CASE, "--out", "{tmp}/package.pdf"), "a package is a .zip file"),
    (("bundle", "CBSA-2024-999999", "--out", "{tmp}/package.zip"), "CBSA-2024-999999"),
    (("bundle", SAMPLE_CASE, "--out", "{tmp}/missing/package.zip"), "does not exist"),
    (("bundle", SAMPLE_CASE, "--out", "{db}-wal"), "a package is a .zip file"),
    (("import-bundle", "{tmp}/nothing.zip"), "no such file"),
    (("import-bundle", "{db}"), "cannot be imported"),
])
def test_bad_input_is_one_line_and_changes_nothing(sender_db, tmp_path, args, expected):
    before = audit_count(sender_db)
    argv = [a.format(tmp=tmp_path, db=sender_db) for a in args]
    code, out, err = run("--db", sender_db, "--user", "olga", *argv)
    assert code == 1 and err.startswith("caseapp-cli: ") and err.count("\n") == 1, (code, out, err)
    assert expected in err and "Traceback" not in err
    assert audit_count(sender_db) == before
    assert not list(tmp_path.glob("*.zip")) and not list(tmp_path.glob(".caseapp-*"))


def test_a_package_needs_a_signed_in_user(sender_db, tmp_path):
    code, _, err = run("--db", sender_db, "bundle", SAMPLE_CASE, "--out", tmp_path / "package.zip")
    assert code == 1 and "give --user" in err and not (tmp_path / "package.zip").exists()


def test_a_zip_whose_end_record_counts_too_many_files_is_refused_unparsed(tmp_path):
    """The count is read from the ZIP's end record before the central directory is parsed into memory."""
    from caseapp.io.bundle import declared_entries

    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for n in range(3):
            archive.writestr(f"f{n}", b"")
    data = bytearray(path.read_bytes())
    end = data.rfind(b"PK\x05\x06")
    data[end + 8:end + 12] = (60_000).to_bytes(2, "little") * 2  # the count a 60,000-entry ZIP gives
    path.write_bytes(bytes(data))
    assert declared_entries(path) == 60_000
    code, _, err = run("check-bundle", path)
    assert code == 3 and "more than a package can" in err


def test_the_end_record_count_of_a_zip64_archive_is_read(tmp_path):
    from caseapp.io.bundle import declared_entries

    path = tmp_path / "z64.zip"
    with zipfile.ZipFile(path, "w", allowZip64=True) as archive:
        for n in range(70_000):  # more than 65,535 entries: zip64 end records
            archive.writestr(zipfile.ZipInfo(f"f{n}"), b"")
    assert declared_entries(path) == 70_000
    code, _, err = run("check-bundle", path)
    assert code == 3 and "70000 files" in err
