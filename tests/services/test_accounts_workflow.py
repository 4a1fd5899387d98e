"""Accounts, logins and the case workflow, with a test walking every action x role."""

from decimal import Decimal

import pytest
from argon2 import PasswordHasher

from caseapp.core.errors import CaseAppError
from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.services.auth import MAX_FAILED_LOGINS, Accounts, AuthError, PermissionDenied
from caseapp.services.workflow import Workflow, WorkflowError
from tests.conftest import FILE_ONLY, PASSWORD

FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


@pytest.fixture
def accounts(fresh_app):
    accounts = Accounts(fresh_app, hasher=FAST)
    admin = accounts.create_first_admin("admin", PASSWORD, display_name="Ada Admin").value
    for login, role in (("olga", "officer"), ("omar", "officer"), ("sam", "supervisor"), ("sue", "supervisor")):
        accounts.add_user(admin, login, PASSWORD, role=role, badge=f"B-{login}")
    return accounts


def login(accounts, name):
    return accounts.authenticate(name, PASSWORD)


def complete_case() -> Case:
    return Case(occurred_at="2026-11-20", location=Location(country="CA"),
                exhibits=[Exhibit(substance="cocaine", quantity=Quantity(Decimal("12"), "g"))])


def test_first_admin_only_once(accounts):
    with pytest.raises(AuthError, match="exists already"):
        accounts.create_first_admin("other", PASSWORD)


# an SQLite file's own password hashes and lockouts; on a server: tests/store/test_server_logins.py
@FILE_ONLY
def test_passwords_are_argon2_hashes(accounts):
    record = accounts.users.get("olga")
    assert record.password_hash.startswith("$argon2") and PASSWORD not in record.password_hash


# an SQLite file's own password hashes and lockouts; on a server: tests/store/test_server_logins.py
@FILE_ONLY
def test_wrong_password_counts_in_the_database_and_locks(accounts, fresh_app):
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(AuthError, match="wrong login name or password"):
            accounts.authenticate("olga", "not the password")
    assert accounts.users.get("olga").failed_logins == MAX_FAILED_LOGINS
    with pytest.raises(AuthError, match="locked"):
        accounts.authenticate("olga", PASSWORD)  # even the right password, while locked
    assert fresh_app.verify().ok


# an SQLite file's own password hashes and lockouts; on a server: tests/store/test_server_logins.py
@FILE_ONLY
def test_a_good_login_resets_the_count_and_rehashes_old_parameters(fresh_app):
    old = Accounts(fresh_app, hasher=FAST)
    old.create_first_admin("admin", PASSWORD)
    with pytest.raises(AuthError):
        old.authenticate("admin", "nope nope nope")
    stronger = Accounts(fresh_app, hasher=PasswordHasher(time_cost=2, memory_cost=16, parallelism=1))
    stronger.authenticate("admin", PASSWORD)
    record = stronger.users.get("admin")
    assert record.failed_logins == 0 and "m=16" in record.password_hash


def test_users_are_deactivated_never_deleted(accounts):
    admin = login(accounts, "admin")
    accounts.deactivate(admin, "omar")
    with pytest.raises(AuthError, match="deactivated"):
        login(accounts, "omar")
    assert accounts.users.get("omar") is not None
    with pytest.raises(AuthError, match="taken"):
        accounts.add_user(admin, "omar", PASSWORD, role="officer")
    with pytest.raises(AuthError, match="last active admin"):
        accounts.deactivate(admin, "admin")


def test_password_rules_and_roles(accounts):
    admin = login(accounts, "admin")
    with pytest.raises(AuthError, match="at least"):
        accounts.add_user(admin, "x", "short", role="officer")
    with pytest.raises(AuthError, match="not a role"):
        accounts.add_user(admin, "x", PASSWORD, role="janitor")
    with pytest.raises(PermissionDenied):
        accounts.add_user(login(accounts, "sam"), "x", PASSWORD, role="officer")
    olga = login(accounts, "olga")
    accounts.change_password(olga, "olga", "a brand new passphrase")
    with pytest.raises(PermissionDenied):
        accounts.change_password(olga, "omar", "a brand new passphrase")


def test_the_approval_walk(accounts, fresh_app):
    flow = Workflow(fresh_app)
    olga, sam = login(accounts, "olga"), login(accounts, "sam")
    case = flow.create(olga, complete_case()).value
    flow.submit(olga, case.case_number)
    returned = flow.return_case(sam, case.case_number, "weigh exhibit 01 again").value
    assert returned.status == "returned"
    changed = complete_case()
    changed.exhibits[0].quantity = Quantity(Decimal("11.8"), "g")
    flow.update(olga, case.case_number, changed)
    flow.submit(olga, case.case_number)
    approved = flow.approve(sam, case.case_number).value
    assert approved.status == "approved" and approved.approved_by == "sam"
    with pytest.raises(WorkflowError, match="reason"):
        flow.update(olga, case.case_number, complete_case())
    amended = flow.update(olga, case.case_number, complete_case(), reason="typo in the weight").value
    assert amended.status == "submitted"
    actions = [e.action for e in fresh_app._audit.entries("case", case.case_number)]
    assert actions == ["create", "submit", "return", "update", "submit", "approve", "amend"]
    assert fresh_app.verify().ok


def test_nobody_approves_what_they_created_or_edited(accounts, fresh_app):
    flow = Workflow(fresh_app)
    sam, sue = login(accounts, "sam"), login(accounts, "sue")
    case = flow.create(sam, complete_case()).value
    flow.submit(sam, case.case_number)
    with pytest.raises(PermissionDenied, match="created or edited"):
        flow.approve(sam, case.case_number)
    assert flow.approve(sue, case.case_number).value.status == "approved"
    flow.update(sue, case.case_number, complete_case(), reason="amended by a supervisor")
    with pytest.raises(PermissionDenied, match="created or edited"):
        flow.approve(sue, case.case_number)


def test_an_incomplete_case_cannot_be_submitted(accounts, fresh_app):
    flow = Workflow(fresh_app)
    olga = login(accounts, "olga")
    draft = flow.create(olga, Case(location=Location(country="CA"))).value
    with pytest.raises(CaseAppError, match="not complete"):
        flow.submit(olga, draft.case_number)


ACTIONS = ["create", "edit own draft", "edit other's draft", "submit own", "approve", "return", "manage users"]
EXPECTED = {
    "officer": {"create", "edit own draft", "submit own"},
    "supervisor": {"create", "edit own draft", "submit own", "approve", "return"},
    "admin": {"manage users"},
}


@pytest.mark.parametrize("role", sorted(EXPECTED))
@pytest.mark.parametrize("action", ACTIONS)
def test_role_matrix(accounts, fresh_app, role, action):
    flow = Workflow(fresh_app)
    admin = login(accounts, "admin")
    accounts.add_user(admin, "actor", PASSWORD, role=role)
    actor = login(accounts, "actor")
    omar = login(accounts, "omar")
    others = flow.create(omar, complete_case()).value
    submitted = flow.create(omar, complete_case()).value
    flow.submit(omar, submitted.case_number)

    def attempt():
        if action == "create":
            flow.create(actor, complete_case())
        elif action == "edit own draft":
            own = flow.create(actor, complete_case()).value if role != "admin" else others
            flow.update(actor, own.case_number, complete_case())
        elif action == "edit other's draft":
            flow.update(actor, others.case_number, complete_case())
        elif action == "submit own":
            own = flow.create(actor, complete_case()).value if role != "admin" else others
            flow.submit(actor, own.case_number)
        elif action == "approve":
            flow.approve(actor, submitted.case_number)
        elif action == "return":
            flow.return_case(actor, submitted.case_number, "check the weights")
        elif action == "manage users":
            accounts.add_user(actor, "newcomer", PASSWORD, role="officer")

    if action in EXPECTED[role]:
        attempt()
    else:
        with pytest.raises(PermissionDenied):
            attempt()


def test_the_default_hasher_uses_argon2_recommended_parameters():
    from argon2 import PasswordHasher

    import caseapp.services.auth as auth

    assert isinstance(auth.PasswordHasher(), PasswordHasher)
    assert auth.PasswordHasher().time_cost >= 2 and auth.PasswordHasher().memory_cost >= 19 * 1024


def test_audit_entries_carry_before_and_after(accounts, fresh_app):
    flow = Workflow(fresh_app)
    olga = login(accounts, "olga")
    case = flow.create(olga, complete_case()).value
    changed = fresh_app.get_case(case.case_number)  # as an editor loads it: exhibits keep their numbers
    changed.narrative = "Found in a suitcase."
    changed.exhibits[0].quantity = Quantity(Decimal("12.4"), "g")
    flow.update(olga, case.case_number, changed)
    entry = fresh_app._audit.entries("case", case.case_number)[-1]
    assert entry.detail["changes"] == {"exhibits[01].quantity.value": ["12", "12.4"],
                                       "narrative": ["", "Found in a suitcase."]}
    flow.submit(olga, case.case_number)
    assert fresh_app._audit.entries("case", case.case_number)[-1].detail["status"] == ["draft", "submitted"]


def test_a_supervisor_cannot_resubmit_a_case_they_returned_and_approve_it(accounts, fresh_app):
    """Four eyes: returning a case and then submitting and approving it oneself approves it with no officer
    ever seeing the return."""
    flow = Workflow(fresh_app)
    olga, sam = login(accounts, "olga"), login(accounts, "sam")
    case = flow.create(olga, complete_case()).value
    flow.submit(olga, case.case_number)
    flow.return_case(sam, case.case_number, "weigh exhibit 01 again")
    with pytest.raises(PermissionDenied, match="officer"):
        flow.submit(sam, case.case_number)
    assert fresh_app.get_case(case.case_number).status == "returned"
    assert flow.submit(olga, case.case_number).value.status == "submitted"  # the case's officer resubmits


def test_whoever_submitted_a_case_does_not_approve_it(accounts, fresh_app):
    flow = Workflow(fresh_app)
    olga, sam, sue = login(accounts, "olga"), login(accounts, "sam"), login(accounts, "sue")
    case = flow.create(olga, complete_case()).value
    flow.submit(sam, case.case_number)  # a supervisor may submit an officer's draft...
    with pytest.raises(PermissionDenied, match="submitted"):
        flow.approve(sam, case.case_number)  # ...but not approve his own submission
    assert fresh_app.get_case(case.case_number).status == "submitted"
    assert flow.approve(sue, case.case_number).value.approved_by == "sue"


def test_allowed_follows_the_same_rules_as_the_actions(accounts, fresh_app):
    flow = Workflow(fresh_app)
    olga, omar, sam, sue = (login(accounts, n) for n in ("olga", "omar", "sam", "sue"))
    admin = login(accounts, "admin")

    def steps(user, case):
        return flow.allowed(user, case, only=("edit", "submit", "approve", "return", "amend")).actions

    assert steps(olga, None) == {"edit"}
    assert steps(admin, None) == set()
    case = flow.create(olga, complete_case()).value
    assert steps(olga, case) == {"edit", "submit"}
    assert steps(omar, case) == set()
    assert steps(sam, case) == {"submit"}
    case = flow.submit(olga, case.case_number).value
    assert steps(olga, case) == set()
    assert steps(sam, case) == {"approve", "return"}
    case = flow.return_case(sam, case.case_number, "weigh again").value
    assert steps(sam, case) == set()
    assert steps(olga, case) == {"edit", "submit"}
    case = flow.submit(olga, case.case_number).value
    assert steps(sam, case) == {"approve", "return"}
    other = flow.submit(sue, flow.create(omar, complete_case()).value.case_number).value
    assert steps(sue, other) == {"return"}  # she submitted it: someone else approves
    approved = flow.approve(sam, case.case_number).value
    assert steps(olga, approved) == {"amend"}
    assert steps(sue, approved) == {"amend"}  # a supervisor amends, with a reason
    assert steps(omar, approved) == set()


def test_a_supervisor_who_recorded_a_case_is_refused_its_review_before_and_when_he_tries(accounts, fresh_app):
    flow = Workflow(fresh_app)
    sam, sue = login(accounts, "sam"), login(accounts, "sue")
    case = flow.submit(sam, flow.create(sam, complete_case()).value.case_number).value
    answer = flow.allowed(sam, case)
    assert not answer.may("approve") and not answer.may("return")
    with pytest.raises(PermissionDenied) as raised:
        flow.approve(sam, case.case_number)
    assert str(raised.value) == answer.reason("approve") == "sam created or edited case " \
        f"{case.case_number} and cannot review it"
    assert flow.allowed(sue, case).actions >= {"approve", "return", "print", "custody", "attach"}


@pytest.mark.parametrize("who,status", [("omar", "draft"), ("sam", "returned"), ("olga", "submitted"),
                                        ("omar", "approved"), ("admin", "draft"), ("olga", "approved")])
def test_every_refused_step_raises_the_refusal_allowed_reported(accounts, fresh_app, who, status):
    """For each case action allowed() refuses, the action itself raises the same error, with the same text."""
    flow = Workflow(fresh_app)
    olga, sam = login(accounts, "olga"), login(accounts, "sam")
    case = flow.create(olga, complete_case()).value
    if status != "draft":
        case = flow.submit(olga, case.case_number).value
    if status == "returned":
        case = flow.return_case(sam, case.case_number, "weigh again").value
    if status == "approved":
        case = flow.approve(sam, case.case_number).value
    user = login(accounts, who)
    answer = flow.allowed(user, case)
    number = case.case_number
    attempts = {"edit": lambda: flow.update(user, number, case),
                "amend": lambda: flow.update(user, number, case, reason="weighed again"),
                "submit": lambda: flow.submit(user, number), "approve": lambda: flow.approve(user, number),
                "return": lambda: flow.return_case(user, number, "weigh again")}
    refused = [action for action in attempts if not answer.may(action)
               and not (action == "edit" and status == "approved") and not (action == "amend" and status != "approved")]
    assert refused
    for action in refused:
        with pytest.raises(type(answer.refusal(action))) as raised:
            attempts[action]()
        assert str(raised.value) == answer.reason(action)


def test_allowed_answers_only_what_was_asked_and_knows_its_actions(accounts, fresh_app):
    flow = Workflow(fresh_app)
    answer = flow.allowed(login(accounts, "olga"), None, only=("edit",))
    assert answer.may("edit")
    with pytest.raises(KeyError):
        answer.may("approve")
    with pytest.raises(ValueError, match="unknown action"):
        flow.allowed(login(accounts, "olga"), None, only=("delete",))


def test_admins_print_but_record_nothing(accounts, fresh_app):
    flow = Workflow(fresh_app)
    case = flow.create(login(accounts, "olga"), complete_case()).value
    answer = flow.allowed(login(accounts, "admin"), case)
    assert answer.actions == {"print", "labels"}
    assert answer.reason("custody") == "recording custody needs the officer or supervisor role (admin is admin)"
    assert flow.allowed(login(accounts, "olga"), None).actions == {"edit", "import"}
    assert flow.allowed(login(accounts, "sam"), None).actions == {"edit", "import", "import_reviewed"}
