"""Attachments through the service: hashes, media types, exhibits, refusals that write nothing, removal
that keeps the row, re-checked bytes, safe export names."""

import hashlib
from decimal import Decimal
from pathlib import Path

import pytest
from argon2 import PasswordHasher

import caseapp.services.attachments as attachments_module
from caseapp.core.errors import CaseAppError, NotFound
from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.services.attachments import MAX_NAME_BYTES, AttachmentError, Attachments, safe_file_name
from caseapp.services.auth import Accounts, PermissionDenied
from caseapp.services.workflow import Workflow
from tests.conftest import PASSWORD

PHOTO = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40  # not a real JPEG; the bytes are what matters


@pytest.fixture
def setup(fresh_app):
    accounts = Accounts(fresh_app, hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    admin = accounts.create_first_admin("admin", PASSWORD).value
    for login, role in (("olga", "officer"), ("omar", "officer"), ("sam", "supervisor")):
        accounts.add_user(admin, login, PASSWORD, role=role)
    users = {name: accounts.authenticate(name, PASSWORD) for name in ("admin", "olga", "omar", "sam")}
    case = Workflow(fresh_app).create(users["olga"], Case(
        occurred_at="2026-11-20T10:00", location=Location(country="CA"),
        exhibits=[Exhibit(substance="fentanyl", quantity=Quantity(Decimal("12.5"), "g")),
                  Exhibit(substance="cocaine", quantity=Quantity(Decimal("1"), "kg"))])).value
    return fresh_app, users, case.case_number


def write(folder: Path, name: str, data: bytes = PHOTO) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def counts(app):
    return Attachments(app).store.count(), len(app._audit.entries())


def test_add_and_list_with_hash_size_and_media_type(setup, tmp_path):
    app, users, number = setup
    service = Attachments(app)
    added = service.add(users["olga"], number, write(tmp_path, "scene.jpg"), caption="  Boot of the car ").value
    assert added.sha256 == hashlib.sha256(PHOTO).hexdigest() and added.size == len(PHOTO)
    assert (added.media_type, added.file_name, added.caption) == ("image/jpeg", "scene.jpg", "Boot of the car")
    assert (added.case_number, added.exhibit_id, added.exhibit_number) == (number, None, None)
    assert (added.added_by, added.added_at, added.removed) == ("olga", "2026-11-25T12:00:00Z", False)
    assert service.list(number) == [added]
    assert service.content(added.id) == PHOTO
    entry = app._audit.entries("case", number)[-1]
    assert (entry.action, entry.actor) == ("attach", "olga")
    assert {k: entry.detail[k] for k in ("file_name", "sha256", "size", "exhibit")} == {
        "file_name": "scene.jpg", "sha256": added.sha256, "size": len(PHOTO), "exhibit": None}
    assert entry.detail["attachment"] == added.id and entry.detail["rows"]["attachments"]["count"] == 1
    assert app.verify().ok


def test_exhibit_attachments_and_media_types(setup, tmp_path):
    app, users, number = setup
    service = Attachments(app)
    form = service.add(users["olga"], number, write(tmp_path, "Lab form.PDF", b"%PDF-1.7 ..."),
                       exhibit_number="2").value
    blob = service.add(users["sam"], number, write(tmp_path, "readings.xyz-unknown", b"\x00\x01"),
                       exhibit_number=" 01 ").value
    note = service.add(users["olga"], number, write(tmp_path, "notes.txt", b"seal intact\n")).value
    assert (form.exhibit_number, form.media_type) == ("02", "application/pdf")
    assert (blob.exhibit_number, blob.media_type) == ("01", "application/octet-stream")
    assert note.media_type == "text/plain" and note.exhibit_id is None
    case = app.get_case(number)
    assert form.exhibit_id == case.exhibits[1].id and blob.exhibit_id == case.exhibits[0].id
    assert [a.id for a in service.list(number)] == [form.id, blob.id, note.id]
    attached = [e.detail["exhibit"] for e in app._audit.entries("case", number) if e.action == "attach"]
    assert attached == ["02", "01", None]
    assert app.verify().ok


@pytest.mark.parametrize("case_name", [
    "empty file", "missing file", "directory", "unknown exhibit", "admin role", "unknown case", "too big",
    "unreadable",
])
def test_bad_inputs_are_refused_and_write_nothing(setup, tmp_path, monkeypatch, case_name):
    app, users, number = setup
    service = Attachments(app)
    service.add(users["olga"], number, write(tmp_path, "first.png"))  # so "nothing" is not trivially zero
    before = counts(app)
    user, case_number, exhibit = users["olga"], number, None
    path = write(tmp_path, "photo.jpg")
    if case_name == "empty file":
        path, expected = write(tmp_path, "empty.jpg", b""), "is empty"
    elif case_name == "missing file":
        path, expected = tmp_path / "nowhere.jpg", "does not exist"
    elif case_name == "directory":
        (tmp_path / "folder.jpg").mkdir()
        path, expected = tmp_path / "folder.jpg", "is a folder"
    elif case_name == "unknown exhibit":
        exhibit, expected = "7", f"case {number} has no exhibit 7"
    elif case_name == "admin role":
        user, expected = users["admin"], "needs the officer or supervisor role"
    elif case_name == "unknown case":
        case_number, expected = "NOPE-1", "no case NOPE-1"
    elif case_name == "too big":
        monkeypatch.setattr(attachments_module, "MAX_ATTACHMENT_BYTES", len(PHOTO) - 1)
        expected = "an attachment is at most"
    else:
        def refuse(*args, **kwargs):
            raise PermissionError(13, "Permission denied")
        monkeypatch.setattr(attachments_module.os, "open", refuse)
        expected = "cannot read .*Permission denied"
    with pytest.raises(CaseAppError, match=expected):
        service.add(user, case_number, path, exhibit_number=exhibit)
    assert counts(app) == before
    assert app.verify().ok


def test_role_refusal_is_a_permission_error(setup, tmp_path):
    app, users, number = setup
    with pytest.raises(PermissionDenied):
        Attachments(app).add(users["admin"], number, write(tmp_path, "a.jpg"))
    with pytest.raises(NotFound):
        Attachments(app).add(users["olga"], number, write(tmp_path, "a.jpg"), exhibit_number="9")


def test_removal_needs_a_reason_and_keeps_the_row(setup, tmp_path):
    app, users, number = setup
    service = Attachments(app)
    added = service.add(users["olga"], number, write(tmp_path, "blurred.jpg")).value
    kept = service.add(users["olga"], number, write(tmp_path, "sharp.jpg", b"sharp")).value
    before = counts(app)
    for reason in ("", "   "):
        with pytest.raises(AttachmentError, match="needs a reason"):
            service.remove(users["olga"], added.id, reason)
    with pytest.raises(PermissionDenied, match="only olga or a supervisor"):
        service.remove(users["omar"], added.id, "not mine")
    with pytest.raises(PermissionDenied):
        service.remove(users["admin"], added.id, "admins manage users")
    with pytest.raises(NotFound):
        service.remove(users["olga"], 999, "no such")
    assert counts(app) == before
    removed = service.remove(users["olga"], added.id, "  out of focus; retaken as sharp.jpg ").value
    assert (removed.removed, removed.removed_by, removed.removed_at) == (True, "olga", "2026-11-25T12:00:00Z")
    assert removed.removed_reason == "out of focus; retaken as sharp.jpg"
    assert service.list(number) == [kept]
    assert [a.id for a in service.list(number, include_removed=True)] == [added.id, kept.id]
    assert service.content(added.id) == PHOTO  # nothing is lost
    assert counts(app) == (before[0], before[1] + 1)
    entry = app._audit.entries("case", number)[-1]
    assert (entry.action, entry.actor, entry.detail["attachment"], entry.detail["reason"]) == (
        "detach", "olga", added.id, "out of focus; retaken as sharp.jpg")
    with pytest.raises(AttachmentError, match="removed already"):
        service.remove(users["sam"], added.id, "again")
    service.remove(users["sam"], kept.id, "wrong case")  # a supervisor removes anyone's
    assert service.list(number) == [] and app.verify().ok


def test_attachments_on_an_approved_case_are_allowed_audited_and_do_not_reopen_it(setup, tmp_path):
    app, users, number = setup
    workflow = Workflow(app)
    workflow.submit(users["olga"], number)
    Attachments(app).add(users["sam"], number, write(tmp_path, "seal.jpg"))  # not an edit of the case
    approved = workflow.approve(users["sam"], number).value
    late = Attachments(app).add(users["omar"], number, write(tmp_path, "lab certificate.pdf", b"%PDF"),
                                exhibit_number="01").value
    assert app.get_case(number).status == "approved" and app.get_case(number).version == approved.version
    attach = [e for e in app._audit.entries("case", number) if e.action == "attach"]
    assert [(e.actor, e.detail["case_status"]) for e in attach] == [("sam", "submitted"), ("omar", "approved")]
    assert attach[-1].detail["attachment"] == late.id and app.verify().ok


def test_changed_bytes_are_refused_when_read_back(setup, tmp_path):
    app, users, number = setup
    service = Attachments(app)
    added = service.add(users["olga"], number, write(tmp_path, "scene.jpg")).value
    app._db.execute("UPDATE attachments SET content = ? WHERE id = ?", [b"doctored", added.id])
    with pytest.raises(AttachmentError, match=f"attachment {added.id} .* of case {number} no longer matches"):
        service.content(added.id)
    out = tmp_path / "out"
    with pytest.raises(AttachmentError):
        service.export_to(added.id, out)
    assert not out.exists() or not any(out.iterdir())
    assert not app.verify().ok


UNICODE_NAMES = {
    "Фото улики №1.jpg": "Фото улики №1.jpg",
    "証拠写真 (東京).png": "証拠写真 (東京).png",
    "e\u0301tiquette\u0301.jpg": "\u00e9tiquett\u00e9.jpg",  # decomposed (macOS) becomes composed
    "..\\..\\Windows\\evil.jpg": "_.._Windows_evil.jpg",  # backslashes are legal in a Linux name
    "photo\u202egpj.exe": "photogpj.exe",  # a right-to-left override disguising an extension
    "tab\there\nnew.png": "tabherenew.png",
    "con.txt": "_con.txt",
    "...hidden.jpg": "hidden.jpg",
    "what?*:<>|\".jpg": "what_______.jpg",
}


@pytest.mark.parametrize("name", sorted(UNICODE_NAMES))
def test_unicode_and_hostile_names_export_safely(setup, tmp_path, name):
    app, users, number = setup
    source = tmp_path / "in"
    source.mkdir()
    service = Attachments(app)
    added = service.add(users["olga"], number, write(source, name)).value
    assert added.file_name == name  # the name is kept as given; only the exported copy is cleaned
    folder = tmp_path / "out"
    exported = service.export_to(added.id, folder)
    assert exported.parent == folder and exported.name == UNICODE_NAMES[name]
    assert exported.read_bytes() == PHOTO
    again = service.export_to(added.id, folder)  # never overwrites
    assert again != exported and again.parent == folder and again.read_bytes() == PHOTO
    assert sorted(p.name for p in folder.iterdir()) == sorted([exported.name, again.name])


def test_safe_file_name_edge_cases():
    assert safe_file_name("../../etc/passwd", "x") == "_.._etc_passwd"
    assert safe_file_name("/", "attachment-3") == "attachment-3"
    assert safe_file_name("..", "attachment-3") == "attachment-3"
    assert safe_file_name("\x00\x1f\x7f", "attachment-3") == "attachment-3"
    assert safe_file_name("NUL", "x") == "_NUL" and safe_file_name("trailing. . ", "x") == "trailing"
    long = safe_file_name("é" * 300 + ".jpeg", "x")
    assert long.endswith("é.jpeg") and len(long.encode("utf-8")) <= MAX_NAME_BYTES
    assert safe_file_name("bad\udcffbyte.jpg", "x") == "bad\ufffdbyte.jpg"  # an undecodable byte in a name


def test_an_undecodable_file_name_is_stored_as_text(setup, tmp_path):
    app, users, number = setup
    path = Path(tmp_path / "scan\udce9.tif")  # the byte 0xE9 (Latin-1 é) as Python keeps it
    try:
        path.write_bytes(PHOTO)
    except (UnicodeEncodeError, OSError):
        pytest.skip("this file system refuses names that are not UTF-8")
    added = Attachments(app).add(users["olga"], number, path).value
    assert added.file_name == "scan\ufffd.tif" and added.media_type == "image/tiff"
    assert app.verify().ok


def test_an_exhibit_with_attachments_cannot_be_removed_from_the_case(setup, tmp_path):
    app, users, number = setup
    Attachments(app).add(users["olga"], number, write(tmp_path, "bag.jpg"), exhibit_number="02")
    case = app.get_case(number)
    case.exhibits = case.exhibits[:1]
    with pytest.raises(CaseAppError, match="exhibit 02 has attachments"):
        Workflow(app).update(users["olga"], number, case, version=case.version)
    assert len(app.get_case(number).exhibits) == 2
    assert app.verify().ok
