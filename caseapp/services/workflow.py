"""The case workflow with its permissions, enforced here whatever the front end:

- officers (and supervisors) create cases and edit their own drafts and returned cases, then submit them;
- supervisors approve a submitted case, or return it with a reason; nobody approves a case they created,
  edited or submitted (its latest submission), and a returned case is resubmitted by its officers (those
  who created or edited it), never by the supervisor who returned it;
- an approved case is locked: a later change is an amendment with a reason, and goes back for approval;
- admins manage users, not cases.
Each action is one transaction with its audit entry. allowed_actions() answers the same rules for a front
end that offers only what would be accepted."""

from __future__ import annotations

from caseapp.core.changes import Changes, Done
from caseapp.core.diff import changes
from caseapp.core.errors import CaseAppError, ValidationFailed
from caseapp.core.model import Case
from caseapp.services.app import CaseApp
from caseapp.services.auth import PermissionDenied, Role, User, current_user
from caseapp.store.editing import replace_case

CASE_ROLES = (Role.OFFICER, Role.SUPERVISOR)
EDIT_ACTIONS = ("create", "update", "amend")
SUBMIT_ACTIONS = ("submit", "amend")  # an amendment sends the case back for approval


class WorkflowError(CaseAppError):
    """An action the case's status does not allow."""


class Workflow:
    def __init__(self, app: CaseApp) -> None:
        self.app = app

    def editors(self, case: Case) -> set[str]:
        """Everyone who created, imported or changed the case's content. The import is found through the rows
        its entry wrote: its entity is the file, and later edits replace the case's updated_by."""
        names = {n for n in (case.created_by, case.updated_by) if n}
        for entry in self.app.audit.entries("case", case.case_number):
            if entry.action in EDIT_ACTIONS and entry.actor:
                names.add(entry.actor)
        if case.id is not None:
            names |= self.app.audit.row_writers("cases", case.id, (*EDIT_ACTIONS, "import"))
        return {n.casefold() for n in names}

    def submitter(self, case: Case) -> str | None:
        """Who made the case's latest submission (a submit, or an amendment), casefolded."""
        actors = [e.actor for e in self.app.audit.entries("case", case.case_number) if e.action in SUBMIT_ACTIONS]
        return actors[-1].casefold() if actors and actors[-1] else None

    def allowed_actions(self, user: User, case: Case | None) -> set[str]:
        """What `user` may do with `case` (None: a case not saved yet) as things stand: "edit", "submit",
        "approve", "return". The actions themselves check the same rules again, and the user's account."""
        if case is None:
            return {"edit"} if user.role in CASE_ROLES else set()
        refusals = {"edit": self._edit_refusal(user, case), "submit": self._submit_refusal(user, case),
                    "approve": self._review_refusal(user, case, "approving"),
                    "return": self._review_refusal(user, case, "returning")}
        return {action for action, refusal in refusals.items() if refusal is None}

    def _edit_refusal(self, user: User, case: Case) -> CaseAppError | None:
        if user.role not in CASE_ROLES:
            return PermissionDenied(f"changing a case needs the officer or supervisor role ({user.login} is "
                                    f"{user.role})")
        own = (case.created_by or "").casefold() == user.login.casefold()
        if case.status in ("draft", "returned"):
            return None if own else PermissionDenied(f"only {case.created_by} edits this {case.status} case")
        if case.status == "approved":
            return None if own or user.role is Role.SUPERVISOR else PermissionDenied(
                "an amendment is made by the case's officer or a supervisor")
        return WorkflowError(f"case {case.case_number} is {case.status}: it waits for approval or return")

    def _submit_refusal(self, user: User, case: Case) -> CaseAppError | None:
        if user.role not in CASE_ROLES:
            return PermissionDenied(f"submitting a case needs the officer or supervisor role ({user.login} is "
                                    f"{user.role})")
        if case.status not in ("draft", "returned"):
            return WorkflowError(f"case {case.case_number} is {case.status}; only a draft or returned case is "
                                 "submitted")
        if case.status == "returned":
            if user.login.casefold() not in self.editors(case):
                return PermissionDenied(f"a returned case goes back to its officer: only {case.created_by} (or "
                                        f"whoever edited it) resubmits case {case.case_number}")
        elif (case.created_by or "").casefold() != user.login.casefold() and user.role is not Role.SUPERVISOR:
            return PermissionDenied(f"only {case.created_by} or a supervisor submits this case")
        return None

    def _review_refusal(self, user: User, case: Case, what: str) -> CaseAppError | None:
        if user.role is not Role.SUPERVISOR:
            return PermissionDenied(f"{what} a case needs the supervisor role ({user.login} is {user.role})")
        if case.status != "submitted":
            return WorkflowError(f"case {case.case_number} is {case.status}; only a submitted case is reviewed")
        if user.login.casefold() in self.editors(case):
            return PermissionDenied(f"{user.login} created or edited case {case.case_number} and cannot review it")
        if what == "approving" and self.submitter(case) == user.login.casefold():
            return PermissionDenied(f"{user.login} submitted case {case.case_number}: another supervisor "
                                    "approves it")
        return None

    def _records_cases(self, user: User, what: str) -> User:
        """The user as the database knows them now (active, not locked), if their current role records cases."""
        return current_user(self.app, user, CASE_ROLES, what)

    def create(self, user: User, case: Case) -> Done[Case]:
        user = self._records_cases(user, "recording a case")
        return self.app.record_case(case, actor=user.login)

    def update(self, user: User, case_number: str, changed: Case, *, reason: str = "",
               version: int | None = None) -> Done[Case]:
        """Save changes to a draft or returned case (its creator), or amend an approved one (with a
        reason: the case goes back to submitted for approval). A submitted case waits for its review."""
        user = self._records_cases(user, "changing a case")
        current = self.app.get_case(case_number)
        if version is not None and version != current.version:
            raise WorkflowError(f"case {case_number} was changed since it was opened (version {current.version}, "
                                f"yours {version}); reopen it")
        if current.status == "approved" and not reason.strip():
            raise WorkflowError("an approved case is locked: give the reason for the amendment")
        refusal = self._edit_refusal(user, current)
        if refusal is not None:
            raise refusal
        action, status = ("amend", "submitted") if current.status == "approved" else ("update", current.status)
        normal, report = self.app.check(changed)
        if not report.ok:
            raise ValidationFailed("the case was not saved: " + "; ".join(str(i) for i in report.errors), report)
        normal.status = status
        normal.approved_by = current.approved_by if status == "approved" else None
        normal.approved_at = current.approved_at if status == "approved" else None
        at = self.app.now_utc_text()
        before = self.app.store.get(case_number)
        with self.app.store.transaction():
            ledger = self.app.audit.ledger()
            stored = replace_case(self.app.store, current, normal, actor=user.login, at=at, ledger=ledger)
            detail: dict[str, object] = {"changes": changes(before, stored)}
            if reason.strip():
                detail["reason"] = reason.strip()
            self.app.audit.append(at=at, actor=user.login, action=action, entity="case", entity_id=case_number,
                                  detail={**detail, "version": stored.version}, ledger=ledger)
        return Done(stored, Changes.case(case_number))

    def _transition(self, user: User, case: Case, action: str, status: str, detail: dict[str, str],
                    approved: bool = False) -> Done[Case]:
        at = self.app.now_utc_text()
        with self.app.store.transaction():
            ledger = self.app.audit.ledger()
            version = self.app.store.set_status(case, status, actor=user.login, at=at,
                                                approved_by=user.login if approved else None,
                                                approved_at=at if approved else None)
            ledger.record_live("cases", [case.id or 0])
            self.app.audit.append(at=at, actor=user.login, action=action, entity="case", entity_id=case.case_number,
                                  detail={**detail, "status": [case.status, status], "version": version},
                                  ledger=ledger)
        return Done(self.app.get_case(case.case_number or ""), Changes.case(case.case_number))

    def submit(self, user: User, case_number: str) -> Done[Case]:
        user = self._records_cases(user, "submitting a case")
        case = self.app.get_case(case_number)
        refusal = self._submit_refusal(user, case)
        if refusal is not None:
            raise refusal
        _, report = self.app.check(case, complete=True)
        if not report.ok:
            raise ValidationFailed(f"case {case_number} is not complete: " + "; ".join(str(i) for i in report.errors),
                                   report)
        return self._transition(user, case, "submit", "submitted", {})

    def approve(self, user: User, case_number: str) -> Done[Case]:
        user = current_user(self.app, user, (Role.SUPERVISOR,), "approving a case")
        case = self._reviewable(user, case_number, "approving")
        return self._transition(user, case, "approve", "approved", {}, approved=True)

    def return_case(self, user: User, case_number: str, reason: str) -> Done[Case]:
        if not reason.strip():
            raise WorkflowError("returning a case needs a reason")
        user = current_user(self.app, user, (Role.SUPERVISOR,), "returning a case")
        case = self._reviewable(user, case_number, "returning")
        return self._transition(user, case, "return", "returned", {"reason": reason.strip()})

    def _reviewable(self, user: User, case_number: str, what: str) -> Case:
        case = self.app.get_case(case_number)
        refusal = self._review_refusal(user, case, what)
        if refusal is not None:
            raise refusal
        return case
