"""The disposal workflow through its service, on both back ends: request, authorise or refuse, witnessed
destruction with every item scanned; each refusal names the exhibit and changes nothing."""

import pytest

from caseapp.core.errors import CaseAppError
from caseapp.services.auth import PermissionDenied
from caseapp.services.custody import Custody
from caseapp.services.disposal import Disposal
from tests.disposal_data import disposal_case

LEGAL = "CDSA s.26; order of Justice Roy, 2026-11-24"


@pytest.fixture
def ready(fresh_app, users):
    return fresh_app, users, disposal_case(fresh_app, users)


def _entries(app):
    return len(app._audit.entries())


def _requested(app, users, number, method="destruction"):
    return Disposal(app).request(users["olga"], [(number, "01"), (number, "2")], reason="case closed, appeal "
                                 "period over", method=method).value


def test_a_batch_goes_from_request_to_witnessed_destruction_in_one_entry_a_step(ready):
    app, users, number = ready
    disposal = Disposal(app)
    batch = _requested(app, users, number)
    assert (batch.batch, batch.status, batch.method) == ("D-2026-1", "requested", "destruction")
    assert [i.code for i in batch.items] == [f"{number}/01", f"{number}/02"]
    assert [i.seal_number for i in batch.items] == ["S-0001", "S-0002"]
    authorised = disposal.authorise(users["sam"], "D-2026-1", legal_basis=LEGAL, reason="no further use",
                                    authorisation="HC-DA-2026-0117").value
    assert (authorised.status, authorised.authorised.actor, authorised.authorisation) == (
        "authorised", "sam", "HC-DA-2026-0117")
    done = disposal.destroy(users["li"], "D-2026-1", witnesses=["olga", "Cst. Marie Roy"], means="incineration",
                            place="Incinerator, Mississauga", scanned=[f"{number}/01", f"{number}/02"],
                            weights={f"{number}/02": "998.2 g"}).value
    assert (done.status, done.means, done.witnesses, done.disposed.actor) == (
        "disposed", "incineration", ("olga", "Cst. Marie Roy"), "li")
    assert [i.weight for i in done.items] == ["12.5 g", "998.2 g"]
    states = Custody(app).states(number)
    assert states["01"].disposed and states["02"].disposed
    actions = [e.action for e in app._audit.entries("disposal", "D-2026-1")]
    assert actions == ["disposal_request", "disposal_authorise", "disposal_destroy"]
    assert app.verify().ok


def test_batch_numbers_count_up_within_the_year(ready):
    app, users, number = ready
    disposal = Disposal(app)
    first = disposal.request(users["olga"], [(number, "01")], reason="closed", method="destruction").value
    second = disposal.request(users["olga"], [(number, "02")], reason="closed", method="return").value
    assert (first.batch, second.batch) == ("D-2026-1", "D-2026-2")
    assert [b.batch for b in disposal.batches()] == ["D-2026-2", "D-2026-1"]


def test_a_refused_batch_frees_its_exhibits_for_a_new_request(ready):
    app, users, number = ready
    disposal = Disposal(app)
    _requested(app, users, number)
    refused = disposal.refuse(users["sam"], "D-2026-1", reason="the Crown still needs exhibit 02").value
    assert (refused.status, refused.refused.reason) == ("refused", "the Crown still needs exhibit 02")
    again = disposal.request(users["olga"], [(number, "01")], reason="closed", method="destruction").value
    assert again.batch == "D-2026-2" and app.verify().ok


def _refused(app, call, match):
    entries = _entries(app)
    with pytest.raises(CaseAppError, match=match):
        call()
    assert _entries(app) == entries


def test_an_exhibit_of_a_case_not_approved_is_refused_by_name(fresh_app, users):
    draft = disposal_case(fresh_app, users, approve=False)
    _refused(fresh_app, lambda: Disposal(fresh_app).request(users["olga"], [(draft, "01")], reason="x",
                                                            method="return"),
             rf"{draft}/01: case {draft} is draft, not approved")


def test_a_drug_with_no_lab_result_is_not_destroyed_but_may_be_returned(fresh_app, users):
    number = disposal_case(fresh_app, users, lab=False)
    disposal = Disposal(fresh_app)
    _refused(fresh_app, lambda: disposal.request(users["olga"], [(number, "01"), (number, "02")], reason="x",
                                                 method="destruction"),
             rf"{number}/01: a drug exhibit has no lab result.*{number}/02: a drug exhibit has no lab result")
    assert disposal.request(users["olga"], [(number, "01")], reason="owner's", method="return").value.status == \
        "requested"


def test_a_controlled_substance_needs_health_canadas_authorisation_number(ready):
    app, users, number = ready
    _requested(app, users, number)
    _refused(app, lambda: Disposal(app).authorise(users["sam"], "D-2026-1", legal_basis=LEGAL, reason="done"),
             rf"{number}/01: Fentanyl is a controlled substance \(CDSA schedule I\): Health Canada")
    assert Disposal(app).batch("D-2026-1").status == "requested"


def test_a_return_needs_no_health_canada_number(ready):
    app, users, number = ready
    _requested(app, users, number, method="return")
    assert Disposal(app).authorise(users["sam"], "D-2026-1", legal_basis="s.490(9) order",
                                   reason="owner entitled").value.status == "authorised"


def test_only_a_supervisor_authorises_or_refuses(ready):
    app, users, number = ready
    _requested(app, users, number)
    for login in ("olga", "li", "ada"):
        _refused(app, lambda login=login: Disposal(app).authorise(users[login], "D-2026-1", legal_basis=LEGAL,
                                                                 reason="r", authorisation="HC-1"),
                 "needs the supervisor role")
        _refused(app, lambda login=login: Disposal(app).refuse(users[login], "D-2026-1", reason="r"),
                 "needs the supervisor role")
    with pytest.raises(PermissionDenied):
        Disposal(app).request(users["ada"], [(number, "01")], reason="r", method="return")


def test_the_requester_cannot_authorise_their_own_request(ready):
    app, users, number = ready
    Disposal(app).request(users["sam"], [(number, "01")], reason="closed", method="return")
    _refused(app, lambda: Disposal(app).authorise(users["sam"], "D-2026-1", legal_basis=LEGAL, reason="r"),
             "requested the disposal cannot authorise it")


def test_an_unauthorised_batch_is_not_destroyed(ready):
    app, users, number = ready
    _requested(app, users, number)
    _refused(app, lambda: Disposal(app).destroy(users["li"], "D-2026-1", witnesses=["olga", "Roy"],
                                                means="incineration", scanned=[f"{number}/01", f"{number}/02"]),
             "batch D-2026-1 is awaiting authorisation, not authorised")


@pytest.mark.parametrize(("scanned", "message"), [
    (["{n}/01"], "{n}/02: not scanned"),
    (["{n}/01", "{n}/02", "{n}/03"], "{n}/03 is not an exhibit of batch D-2026-1"),
    (["{n}/01", "{n}/02", "LOC:VAULT-A.3"], "LOC:VAULT-A.3 is not an exhibit of batch D-2026-1"),
])
def test_every_item_is_scanned_and_nothing_else(ready, scanned, message):
    app, users, number = ready
    _requested(app, users, number)
    Disposal(app).authorise(users["sam"], "D-2026-1", legal_basis=LEGAL, reason="r", authorisation="HC-1")
    _refused(app, lambda: Disposal(app).destroy(users["li"], "D-2026-1", witnesses=["olga", "Roy"],
                                                means="incineration", scanned=[s.format(n=number) for s in scanned]),
             message.format(n=number))
    assert Disposal(app).batch("D-2026-1").status == "authorised"


def test_two_different_witnesses_are_required(ready):
    app, users, number = ready
    _requested(app, users, number)
    Disposal(app).authorise(users["sam"], "D-2026-1", legal_basis=LEGAL, reason="r", authorisation="HC-1")
    _refused(app, lambda: Disposal(app).destroy(users["li"], "D-2026-1", witnesses=["Roy", "roy"], means="fire",
                                                scanned=[f"{number}/01", f"{number}/02"]),
             rf"{number}/01: disposed: witnesses: two different witnesses are required")


@pytest.mark.parametrize(("exhibits", "message"), [
    ([], "name at least one exhibit"),
    ([("NOPE-1", "01")], "NOPE-1"),
    ([("{n}", "07")], "case {n} has no exhibit 07"),
    ([("{n}", "01"), ("{n}", "1")], "{n}/01 is named twice"),
])
def test_bad_requests_are_refused_and_change_nothing(ready, exhibits, message):
    app, users, number = ready
    pairs = [(c.format(n=number), x) for c, x in exhibits]
    _refused(app, lambda: Disposal(app).request(users["olga"], pairs, reason="r", method="destruction"),
             message.format(n=number))


def test_a_request_needs_a_reason_and_a_known_method(ready):
    app, users, number = ready
    _refused(app, lambda: Disposal(app).request(users["olga"], [(number, "01")], reason=" ", method="burial"),
             "reason is required.*method 'burial' is not one of: destruction, return")


def test_an_unknown_batch_is_named(ready):
    app, users, _ = ready
    _refused(app, lambda: Disposal(app).refuse(users["sam"], "D-2026-9", reason="r"),
             "there is no disposal batch D-2026-9")


def test_a_raw_change_to_an_authorisation_is_caught_by_verify(ready):
    app, users, number = ready
    _requested(app, users, number)
    Disposal(app).authorise(users["sam"], "D-2026-1", legal_basis=LEGAL, reason="r", authorisation="HC-1")
    assert app.verify().ok
    app._db.execute("UPDATE custody_events SET detail = replace(detail, 'HC-1', 'HC-9') "
                    "WHERE type = 'disposal_authorised'")
    assert not app.verify().ok
