"""Each use case returns its result with what it changed, so a screen (or, later, another workstation)
refreshes exactly what it shows."""

from __future__ import annotations

from decimal import Decimal

from caseapp.core.changes import Changes
from caseapp.core.custody import CustodyEvent
from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.services.attachments import Attachments
from caseapp.services.auth import Accounts
from caseapp.services.catalogue import add_substance
from caseapp.services.custody import Custody
from caseapp.services.settings import update_agency_settings
from caseapp.services.transfer import import_file
from caseapp.services.workflow import Workflow
from tests.conftest import PASSWORD


def signed_in(fresh_app):
    accounts = Accounts(fresh_app)
    ada = accounts.create_first_admin("ada", PASSWORD)
    assert ada.changes == Changes(users=True, audit=True)
    for login, role in (("olga", "officer"), ("sam", "supervisor")):
        assert accounts.add_user(ada.value, login, PASSWORD, role=role).changes.users
    return ada.value, accounts.authenticate("olga", PASSWORD), accounts.authenticate("sam", PASSWORD)


def test_the_workflow_says_which_case_changed(fresh_app):
    _, olga, sam = signed_in(fresh_app)
    flow = Workflow(fresh_app)
    created = flow.create(olga, Case(occurred_at="2026-11-20T10:00", location=Location(country="CA"),
                                     exhibits=[Exhibit(substance="cocaine", form="powder",
                                                       quantity=Quantity(Decimal("1"), "kg"))]))
    number = created.value.case_number
    assert created.changes == Changes.case(number)
    assert created.changes.case_list and created.changes.exhibits and created.changes.touches(number)
    for done in (flow.update(olga, number, created.value, version=created.value.version),
                 flow.submit(olga, number), flow.return_case(sam, number, "weigh again")):
        assert done.changes == Changes.case(number) and done.value.case_number == number
    assert flow.submit(olga, number).value.status == "submitted"


def test_custody_and_attachments_name_their_case_only(fresh_app, tmp_path):
    _, olga, _ = signed_in(fresh_app)
    number = Workflow(fresh_app).create(olga, Case(location=Location(country="CA"),
                                                   exhibits=[Exhibit(substance="cocaine")])).value.case_number
    custody = Custody(fresh_app).record(olga, number, "01", CustodyEvent(type="seized", at="2026-11-20T10:00",
                                                                         actor="", holder="olga", location="Vault"))
    assert custody.changes == Changes(custody=frozenset({number}), audit=True)
    assert not custody.changes.case_list and custody.value.holder == "olga"
    photo = tmp_path / "scene.jpg"
    photo.write_bytes(b"\xff\xd8 a picture")
    added = Attachments(fresh_app).add(olga, number, photo)
    assert added.changes == Changes(attachments=frozenset({number}), audit=True)
    removed = Attachments(fresh_app).remove(olga, added.value.id, "wrong file")
    assert removed.changes == added.changes and removed.value.removed


def test_an_import_changes_the_lists_and_a_refused_one_nothing(fresh_app, data_dir, tmp_path):
    done = import_file(fresh_app, data_dir / "sample.json", actor="tester")
    assert done.value.committed and done.changes.case_list and done.changes.exhibits
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "caseapp", "cases": [{"occurred_at": "not a date"}]}', encoding="utf-8")
    refused = import_file(fresh_app, bad, actor="tester")
    assert not refused.value.committed and not refused.changes


def test_settings_and_the_catalogue_say_so(fresh_app):
    ada, _, _ = signed_in(fresh_app)
    assert update_agency_settings(fresh_app, ada, code="RCMP").changes == Changes(settings=True, audit=True)
    assert not update_agency_settings(fresh_app, ada, code="RCMP").changes  # nothing changed
    added = add_substance(fresh_app, ada, "Newazene", group="opioids")
    assert added.changes.catalogue and added.value[0].name == "Newazene"
    assert not added.changes.case_list  # no exhibit was recorded under its names
    assert fresh_app.initialise().changes.settings
