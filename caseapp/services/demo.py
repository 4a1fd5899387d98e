"""The demo database behind `caseapp --demo`: a throw-away file filled with the synthetic cases of
resources/demo/demo_cases.json (made by scripts/make_demo.py), with four users and the cases spread
over the workflow, so every screen has something to show.

Everything goes through the services, as a user would do it: the first admin creates the others,
officer olga imports the file, submits her cases, supervisor sam approves or returns them, and olga
and li record the custody of a few exhibits. The audit trail is therefore complete and `verify` is ok.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

from caseapp.core.custody import CustodyEvent
from caseapp.core.errors import CaseAppError
from caseapp.core.model import Case
from caseapp.paths import resources_dir
from caseapp.services.app import CaseApp, Clock
from caseapp.services.auth import Accounts, Role, User
from caseapp.services.custody import Custody
from caseapp.services.transfer import import_file
from caseapp.services.workflow import Workflow

DEMO_PASSWORD = "demo-harbour-lantern"  # every demo login; it passes the password rules
DEMO_AGENCY = "DEMO"
DEMO_TIMEZONE = "Europe/London"
DEMO_CASES_FILE = ("demo", "demo_cases.json")
# (login, role, display name); the first is the first admin, who creates the others.
DEMO_USERS: tuple[tuple[str, Role, str], ...] = (
    ("admin", Role.ADMIN, "Demo Administrator"),
    ("sam", Role.SUPERVISOR, "Sgt Sam Okafor"),
    ("olga", Role.OFFICER, "Officer Olga Nowak"),
    ("li", Role.OFFICER, "Officer Li Wei"),
)
# Shares of the cases walked through the workflow; the rest stay drafts.
APPROVED_SHARE = 0.60
SUBMITTED_SHARE = 0.10
RETURNED_SHARE = 0.05
CUSTODY_CASES = 12  # approved cases whose exhibits get a seized -> sealed -> transferred -> stored history
_SEED = 2026  # which cases go where: the same every time
RETURN_REASONS = (
    "Exhibit 01: say whether the weight is net or gross, and add the scale certificate number.",
    "The narrative does not say who opened the item or who witnessed it; please add both.",
    "Transit country missing: check the waybill routing and add it.",
    "The addressee's date of birth disagrees with the ID seized; please check.",
    "Field test result is recorded but the kit and lot number are not; add them to the narrative.",
)


def demo_cases_path() -> Path:
    return resources_dir().joinpath(*DEMO_CASES_FILE)


def create_demo_database(path: Path, *, clock: Clock | None = None) -> list[tuple[str, str]]:
    """Create a demo database at `path` (a new file) and return its logins with their roles, for the
    login dialog to show; every login's password is DEMO_PASSWORD. The database is closed on return.
    Raises CaseAppError when `path` holds something already or the demo cases do not import."""
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise CaseAppError(f"{path} exists already; the demo database is created in a new file")
    app = CaseApp.open(path, clock=clock) if clock is not None else CaseApp.open(path)
    try:
        admin_login = DEMO_USERS[0][0]
        app.initialise(agency_code=DEMO_AGENCY, timezone=DEMO_TIMEZONE, actor=admin_login)
        users = _create_users(app)
        officer, supervisor, colleague = users["olga"], users["sam"], users["li"]
        _import_cases(app, officer)
        rng = random.Random(_SEED)
        cases = list(app._store.iter_cases())
        approved = _walk_workflow(app, rng, cases, officer, supervisor)
        _record_custody(app, rng, approved, officer, colleague)
    finally:
        app.close()
    return [(login, role.value) for login, role, _ in DEMO_USERS]


def _create_users(app: CaseApp) -> dict[str, User]:
    accounts = app.service(Accounts)
    (admin_login, _, admin_name), *others = DEMO_USERS
    admin = accounts.create_first_admin(admin_login, DEMO_PASSWORD, display_name=admin_name).value
    users = {admin_login: admin}
    for login, role, display_name in others:
        accounts.add_user(admin, login, DEMO_PASSWORD, role=role.value, display_name=display_name,
                          badge=f"DEMO-{login.upper()}")
        # signed in, as each would be at the window: the entries made in their names are signed with their keys
        users[login] = accounts.authenticate(login, DEMO_PASSWORD)
    return users


def _import_cases(app: CaseApp, officer: User) -> None:
    source = demo_cases_path()
    if not source.is_file():
        raise CaseAppError(f"the demo cases are missing ({source}); run scripts/make_demo.py")
    report = import_file(app, source, fmt="json", actor=officer.login, reviewed_allowed=False).value
    if not report.committed:
        problems = "; ".join(str(p) for p in report.errors[:5]) or "nothing imported"
        raise CaseAppError(f"the demo cases did not import: {problems}")


def _walk_workflow(app: CaseApp, rng: random.Random, cases: list[Case], officer: User,
                   supervisor: User) -> list[Case]:
    """Submit, approve and return shares of the cases, older cases further along; the approved ones."""
    workflow = app.service(Workflow)
    total = len(cases)
    # oldest first, shuffled a little so the newest cases are not all drafts and the oldest all approved
    ranked = sorted(range(total), key=lambda i: i / max(total, 1) + rng.uniform(-0.25, 0.25))
    n_approved = round(total * APPROVED_SHARE)
    n_submitted = round(total * SUBMITTED_SHARE)
    n_returned = round(total * RETURNED_SHARE)
    approved: list[Case] = []
    for position, index in enumerate(ranked):
        number = cases[index].case_number or ""
        if position >= n_approved + n_submitted + n_returned:
            continue  # stays a draft
        workflow.submit(officer, number)
        if position < n_approved:
            approved.append(workflow.approve(supervisor, number).value)
        elif position >= n_approved + n_submitted:
            workflow.return_case(supervisor, number, rng.choice(RETURN_REASONS))
    return approved


def _record_custody(app: CaseApp, rng: random.Random, approved: list[Case], officer: User,
                    colleague: User) -> None:
    """seized and sealed by the seizing officer, transferred to the exhibit officer, stored by them."""
    custody = app.service(Custody)
    today = app.local_now()
    chosen = sorted(rng.sample(approved, min(CUSTODY_CASES, len(approved))), key=lambda c: c.id or 0)
    seal = 0
    for case in chosen:
        seized = _moment(case.occurred_at or "")
        if seized is None or seized + timedelta(days=2) > today:
            continue
        dated = "T" in (case.occurred_at or "")
        place = ", ".join(filter(None, (case.location.name, case.location.city)))
        store = f"{DEMO_AGENCY} exhibit store, {case.location.city or case.location.region}"
        for exhibit in case.exhibits[:2]:
            seal += 1
            number = exhibit.number or ""
            weight = ""
            if exhibit.quantity is not None and exhibit.quantity.value is not None and exhibit.quantity.unit in (
                    "g", "kg", "mg"):
                weight = f"{exhibit.quantity.value} {exhibit.quantity.unit}"
            events = (
                (officer, CustodyEvent(type="seized", at=_at(seized, dated), actor="", holder=officer.display_name,
                                       location=place, weight=weight)),
                (officer, CustodyEvent(type="sealed", at=_at(seized + timedelta(minutes=40), dated), actor="",
                                       seal_number=f"{DEMO_AGENCY}-S-{seal:05d}")),
                (officer, CustodyEvent(type="transferred", at=_at(seized + timedelta(days=1, hours=2), dated),
                                       actor="", holder=colleague.display_name, from_holder=officer.display_name,
                                       notes="handed over for the exhibit store")),
                (colleague, CustodyEvent(type="stored", at=_at(seized + timedelta(days=1, hours=3), dated),
                                         actor="", location=f"{store}, locker {rng.randint(1, 240)}")),
            )
            for user, event in events:
                custody.record(user, case.case_number or "", number, event)


def _moment(occurred_at: str) -> datetime | None:
    try:
        return datetime.fromisoformat(occurred_at) if "T" in occurred_at else datetime.combine(
            date.fromisoformat(occurred_at[:10]), datetime.min.time().replace(hour=12))
    except ValueError:
        return None


def _at(moment: datetime, with_time: bool) -> str:
    """A custody time: to the minute when the seizure's time is known, else the day alone."""
    return moment.isoformat(timespec="minutes") if with_time else moment.date().isoformat()
