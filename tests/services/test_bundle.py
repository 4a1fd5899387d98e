"""Hand-over packages through the services: a CBSA database makes one, an RCMP database imports it (both back
ends), with the custody history, attachments and provenance; a duplicate or a changed package changes nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from caseapp.core.custody import CustodyEvent
from caseapp.core.errors import CaseAppError, Duplicate, ValidationFailed
from caseapp.io.bundle import BundleChanged, check_bundle
from caseapp.services.attachments import Attachments
from caseapp.services.auth import Accounts
from caseapp.services.bundle import make_bundle
from caseapp.services.bundle_import import import_bundle
from caseapp.services.custody import Custody
from caseapp.services.transfer import import_file
from tests.conftest import DATA, PASSWORD, SAMPLE_CASE, make_users

STATEMENT = b"signed statement of the seizing officer \xe2\x80\x94 CBSA"


# the receiving agency's accounts (server logins belong to the whole cluster: other names than PEOPLE's)
RECEIVERS = {"rcmp_admin": ("admin", "RCMP Admin"), "li2": ("officer", "Cst Li Wei"),
             "olga2": ("officer", "Cst Olga Roy"), "sam2": ("supervisor", "Cpl Sam Roy")}


def agency(open_app, code):
    app = open_app()
    app.initialise(agency_code=code, timezone="UTC")
    if code == "CBSA":
        return app, make_users(app)
    accounts = Accounts(app)
    admin = accounts.create_first_admin("rcmp_admin", PASSWORD, display_name="RCMP Admin").value
    people = {"ada": admin}
    for short, (login, (role, name)) in zip(("li", "olga", "sam"), list(RECEIVERS.items())[1:], strict=True):
        accounts.add_user(admin, login, PASSWORD, role=role, display_name=name)
        people[short] = accounts.authenticate(login, PASSWORD)
    return app, people


def sender(open_app, folder: Path):
    app, people = agency(open_app, "CBSA")
    assert import_file(app, DATA / "sample.json", actor="olga").value.committed
    custody = app.service(Custody)
    custody.record(people["olga"], SAMPLE_CASE, "01", CustodyEvent(
        type="seized", at="2024-03-05T14:35", actor="", holder="Officer Olga Nowak", location="Pearson T1"))
    custody.record(people["olga"], SAMPLE_CASE, "01", CustodyEvent(
        type="sealed", at="2024-03-05T14:40", actor="", seal_number="S-0042"))
    scan = folder / "statement.txt"
    scan.write_bytes(STATEMENT)
    app.service(Attachments).add(people["olga"], SAMPLE_CASE, scan)
    return app, people


def counts(app):
    return (app._store.count_cases(), app._store.count_exhibits(), app._stores.attachments.count(),
            len(app._audit.entries()))


def test_a_package_goes_from_one_agency_to_another_with_its_history(open_app, tmp_path):
    cbsa, senders = sender(open_app, tmp_path)
    made = make_bundle(cbsa, senders["olga"], SAMPLE_CASE, tmp_path / "handover.zip", lang="en")
    assert made.signed and made.files == 8
    check = check_bundle(made.path)
    assert check.case_number == SAMPLE_CASE and check.agency == "CBSA" and check.signed_by
    names = {f["name"] for f in check.files}
    assert {"report.pdf", "labels.pdf", "custody.pdf", "custody.json", "audit.json", "case.json",
            "attachments.json"} <= names
    assert any(entry.action == "bundle" for entry in cbsa._audit.entries("case", SAMPLE_CASE))

    rcmp, receivers = agency(open_app, "RCMP")
    done = import_bundle(rcmp, receivers["li"], made.path, location="VAULT-A.3")
    assert (done.value.exhibits, done.value.received, done.value.attachments) == (
        len(cbsa.get_case(SAMPLE_CASE).exhibits), len(cbsa.get_case(SAMPLE_CASE).exhibits), 1)
    received = rcmp.get_case(SAMPLE_CASE)
    sent = cbsa.get_case(SAMPLE_CASE)
    assert [e.number for e in received.exhibits] == [e.number for e in sent.exhibits]
    assert received.narrative == sent.narrative
    events, state = rcmp.service(Custody).history(SAMPLE_CASE, "01")
    assert [(e.type, e.actor) for e in events] == [("seized", "olga"), ("sealed", "olga"), ("received", "li2")]
    assert events[-1].agency == "CBSA" and state.holder == "Cst Li Wei" and state.location == "VAULT-A.3"
    assert state.seal_number == "S-0042"
    other, other_state = rcmp.service(Custody).history(SAMPLE_CASE, "02")
    assert [e.type for e in other] == ["received"] and other_state.holder == "Cst Li Wei"
    attachment, = rcmp._stores.attachments.list_for_case(received.id)
    assert rcmp._stores.attachments.content(attachment.id) == STATEMENT
    entry, = [e for e in rcmp._audit.entries("case", SAMPLE_CASE) if e.action == "bundle_import"]
    assert entry.actor == "li2" and entry.detail["from_agency"] == "CBSA"
    assert entry.detail["signed_by"] == check.signed_by
    assert entry.detail["sender_chain_hash"] == check.manifest["chain_hash"]
    assert rcmp.verify().ok


def test_a_case_number_already_held_is_refused_and_nothing_changes(open_app, tmp_path):
    cbsa, senders = sender(open_app, tmp_path)
    made = make_bundle(cbsa, senders["olga"], SAMPLE_CASE, tmp_path / "handover.zip")
    rcmp, receivers = agency(open_app, "RCMP")
    import_bundle(rcmp, receivers["li"], made.path)
    before = counts(rcmp)
    with pytest.raises(Duplicate, match="already exists"):
        import_bundle(rcmp, receivers["olga"], made.path)
    assert counts(rcmp) == before


def test_a_changed_package_is_refused_before_anything_is_written(open_app, tmp_path):
    cbsa, senders = sender(open_app, tmp_path)
    made = make_bundle(cbsa, senders["olga"], SAMPLE_CASE, tmp_path / "handover.zip")
    changed = tmp_path / "changed.zip"
    with zipfile.ZipFile(made.path) as source, zipfile.ZipFile(changed, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info.filename, data.replace(b"Pearson T1", b"Pearson T3")
                            if info.filename == "custody.json" else data)
    rcmp, receivers = agency(open_app, "RCMP")
    before = counts(rcmp)
    with pytest.raises(BundleChanged, match="custody.json was altered"):
        import_bundle(rcmp, receivers["li"], changed)
    assert counts(rcmp) == before


def test_an_officer_cannot_bring_in_a_reviewed_case(open_app, tmp_path):
    from caseapp.services.workflow import Workflow

    cbsa, senders = sender(open_app, tmp_path)
    flow = cbsa.service(Workflow)
    flow.submit(senders["olga"], SAMPLE_CASE)
    flow.approve(senders["sam"], SAMPLE_CASE)
    made = make_bundle(cbsa, senders["olga"], SAMPLE_CASE, tmp_path / "handover.zip")
    rcmp, receivers = agency(open_app, "RCMP")
    before = counts(rcmp)
    with pytest.raises(CaseAppError, match="only a supervisor"):
        import_bundle(rcmp, receivers["li"], made.path)
    assert counts(rcmp) == before
    import_bundle(rcmp, receivers["sam"], made.path)
    assert rcmp.get_case(SAMPLE_CASE).status == "approved"
    assert rcmp.verify().ok


def test_the_package_is_never_written_over_the_database(open_app, tmp_path):
    from caseapp.services.app import CaseApp
    from tests.conftest import fixed_clock

    path = tmp_path / "cbsa.sqlite3"
    app = CaseApp.open(path, clock=fixed_clock)
    try:
        app.initialise(agency_code="CBSA", timezone="UTC")
        people = make_users(app)
        assert import_file(app, DATA / "sample.json", actor="olga").value.committed
        size = path.stat().st_size
        for target in (path, Path(f"{path}-wal")):
            with pytest.raises(CaseAppError, match="nothing was written"):
                make_bundle(app, people["olga"], SAMPLE_CASE, target)
        assert path.stat().st_size == size and app.verify().ok
    finally:
        app.close()


def remade(source: Path, target: Path, name: str, change) -> Path:
    """The package with one file changed and a manifest made afresh for it, unsigned: what a sender who means
    harm (or a broken one) can send; check-bundle finds it intact, so the import's own checks must hold."""
    import hashlib
    import json

    with zipfile.ZipFile(source) as old:
        files = {info.filename: old.read(info) for info in old.infolist()}
    files[name] = change(files[name])
    manifest = json.loads(files.pop("manifest.json"))
    manifest.pop("signature")
    manifest["files"] = [{"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
                         for n, d in sorted(files.items())]
    with zipfile.ZipFile(target, "w") as new:
        new.writestr("manifest.json", json.dumps(manifest))
        for n, d in files.items():
            new.writestr(n, d)
    return target


def _custody_json(edit):
    def change(data: bytes) -> bytes:
        import json

        document = json.loads(data)
        edit(document)
        return json.dumps(document).encode()
    return change


@pytest.mark.parametrize(("name", "change", "expected"), [
    ("custody.json", _custody_json(lambda d: d["exhibits"][0]["events"].reverse()), "does not hold together"),
    ("custody.json", _custody_json(lambda d: d["exhibits"][0]["events"][0].update(secret="x")), "not in its form"),
    ("custody.json", _custody_json(lambda d: d["exhibits"][0].update(number="99")), "does not hold once"),
    ("case.json", lambda data: b"[" * 100_000, "not valid JSON"),
    ("case.json", lambda data: data.replace(b'"occurred_at": "2024-03-05', b'"occurred_at": "2999-03-05'),
     "cannot be imported"),
    ("case.json", lambda data: data.replace(SAMPLE_CASE.encode(), b"CBSA-2024-000999"), "the manifest names"),
    ("attachments.json", _custody_json(lambda d: d["attachments"][0].update(file="../../etc/passwd")),
     "not in the package"),
])
def test_an_unsigned_package_with_bad_contents_is_refused_whole(open_app, tmp_path, name, change, expected):
    cbsa, senders = sender(open_app, tmp_path)
    made = make_bundle(cbsa, senders["olga"], SAMPLE_CASE, tmp_path / "handover.zip")
    bad = remade(made.path, tmp_path / "bad.zip", name, change)
    assert not check_bundle(bad).signed_by
    rcmp, receivers = agency(open_app, "RCMP")
    before = counts(rcmp)
    with pytest.raises(CaseAppError, match=expected):
        import_bundle(rcmp, receivers["li"], bad)
    assert counts(rcmp) == before


def test_an_exhibit_away_at_the_sender_cannot_be_received(open_app, tmp_path):
    cbsa, senders = sender(open_app, tmp_path)
    custody = cbsa.service(Custody)
    custody.record(senders["olga"], SAMPLE_CASE, "01", CustodyEvent(
        type="checked_out", at="2024-03-06T09:00", actor="", holder="Crown counsel", purpose="court",
        due_date="2024-03-20"))
    away = make_bundle(cbsa, senders["olga"], SAMPLE_CASE, tmp_path / "away.zip")
    rcmp, receivers = agency(open_app, "RCMP")
    before = counts(rcmp)
    with pytest.raises(CaseAppError, match="exhibit 01 cannot be received"):
        import_bundle(rcmp, receivers["li"], away.path)
    assert counts(rcmp) == before


def test_a_raw_change_to_an_imported_row_is_caught(open_app, tmp_path):
    cbsa, senders = sender(open_app, tmp_path)
    made = make_bundle(cbsa, senders["olga"], SAMPLE_CASE, tmp_path / "handover.zip")
    rcmp, receivers = agency(open_app, "RCMP")
    import_bundle(rcmp, receivers["li"], made.path)
    assert rcmp.verify().ok
    rcmp._db.execute("UPDATE custody_events SET detail = '{\"holder\": \"nobody\"}' WHERE type = 'received'")
    assert not rcmp.verify().ok


def test_an_imported_attachment_whose_bytes_change_is_caught(open_app, tmp_path):
    cbsa, senders = sender(open_app, tmp_path)
    made = make_bundle(cbsa, senders["olga"], SAMPLE_CASE, tmp_path / "handover.zip")
    rcmp, receivers = agency(open_app, "RCMP")
    import_bundle(rcmp, receivers["li"], made.path)
    rcmp._db.execute("UPDATE attachments SET sha256 = ?, size = 3", ["0" * 64])
    report = rcmp.verify()
    assert not report.ok


def test_an_exhibit_disposed_at_the_sender_arrives_with_its_history_and_is_not_received(open_app, tmp_path):
    cbsa, senders = sender(open_app, tmp_path)
    custody = cbsa.service(Custody)
    steps = [("olga", CustodyEvent(type="seized", at="2024-03-05T15:00", actor="", holder="Olga", location="Desk")),
             ("olga", CustodyEvent(type="disposal_requested", at="2024-03-07T09:00", actor="", reason="no value",
                                   method="destruction")),
             ("sam", CustodyEvent(type="disposal_authorised", at="2024-03-08T09:00", actor="",
                                  legal_basis="CDSA s.26", reason="released by the Crown")),
             ("olga", CustodyEvent(type="disposed", at="2024-03-09T09:00", actor="", method="destruction",
                                   authority="HC-123", weight="0 g", witnesses=("Ann Lee", "Bob Roy")))]
    for login, step in steps:
        custody.record(senders[login], SAMPLE_CASE, "03", step)
    made = make_bundle(cbsa, senders["olga"], SAMPLE_CASE, tmp_path / "handover.zip")
    rcmp, receivers = agency(open_app, "RCMP")
    done = import_bundle(rcmp, receivers["li"], made.path)
    assert done.value.skipped == ["03"]
    events, state = rcmp.service(Custody).history(SAMPLE_CASE, "03")
    assert [e.type for e in events] == ["seized", "disposal_requested", "disposal_authorised", "disposed"]
    assert state.disposed and events[-1].witnesses == ("Ann Lee", "Bob Roy")
    assert rcmp.verify().ok


def test_times_cross_time_zones_as_the_same_instants(open_app, tmp_path):
    """Toronto hands over to Vancouver at 12:00 UTC (07:00 in Toronto, 04:00 in Vancouver): the seizure at
    06:30 Toronto time arrives as 03:30 Vancouver time, before the receipt at 04:00, not after it."""
    cbsa = open_app()
    cbsa.initialise(agency_code="CBSA", timezone="America/Toronto")
    senders = make_users(cbsa)
    assert import_file(cbsa, DATA / "sample.json", actor="olga").value.committed
    cbsa.service(Custody).record(senders["olga"], SAMPLE_CASE, "01", CustodyEvent(
        type="seized", at="2026-11-25T06:30", actor="", holder="Olga", location="Pearson T1"))
    made = make_bundle(cbsa, senders["olga"], SAMPLE_CASE, tmp_path / "handover.zip")
    rcmp = open_app()
    rcmp.initialise(agency_code="RCMP", timezone="America/Vancouver")
    accounts = Accounts(rcmp)
    admin = accounts.create_first_admin("rcmp_admin", PASSWORD).value
    accounts.add_user(admin, "li2", PASSWORD, role="officer", display_name="Cst Li Wei")
    done = import_bundle(rcmp, accounts.authenticate("li2", PASSWORD), made.path)
    events, _ = rcmp.service(Custody).history(SAMPLE_CASE, "01")
    assert [(e.type, e.at) for e in events] == [("seized", "2026-11-25T03:30"), ("received", "2026-11-25T04:00:00")]
    entry, = [e for e in rcmp._audit.entries("case", SAMPLE_CASE) if e.action == "bundle_import"]
    assert entry.detail["sender_timezone"] == "America/Toronto" and done.value.events == 5


def test_a_case_without_exhibits_is_packed_without_labels_and_refused_as_import_refuses_it(open_app, tmp_path):
    from caseapp.core.model import Case, Location
    from caseapp.services.workflow import Workflow

    cbsa, senders = agency(open_app, "CBSA")
    number = Workflow(cbsa).create(senders["olga"], Case(occurred_at="2026-11-20T10:00",
                                                         location=Location(country="CA"))).value.case_number
    made = make_bundle(cbsa, senders["olga"], number, tmp_path / "handover.zip")
    names = {f["name"] for f in check_bundle(made.path).files}
    assert "labels.pdf" not in names and "report.pdf" in names
    rcmp, receivers = agency(open_app, "RCMP")
    before = counts(rcmp)
    with pytest.raises(ValidationFailed, match="a case needs at least one exhibit"):
        import_bundle(rcmp, receivers["li"], made.path)
    assert counts(rcmp) == before


def test_the_holder_on_receipt_may_be_named(open_app, tmp_path):
    cbsa, senders = sender(open_app, tmp_path)
    made = make_bundle(cbsa, senders["olga"], SAMPLE_CASE, tmp_path / "handover.zip")
    rcmp, receivers = agency(open_app, "RCMP")
    import_bundle(rcmp, receivers["li"], made.path, holder="  Exhibit custodian, E Division  ", location="E-VAULT")
    events, state = rcmp.service(Custody).history(SAMPLE_CASE, "02")
    assert (state.holder, state.location) == ("Exhibit custodian, E Division", "E-VAULT")
    assert events[-1].actor == "li2"
