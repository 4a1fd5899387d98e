"""The case workflow with its permissions, enforced here whatever the front end:

- officers (and supervisors) create cases and edit their own drafts and returned cases, then submit them;
- supervisors approve a submitted case, or return it with a reason; nobody approves a case they created
  or edited;
- an approved case is locked: a later change is an amendment with a reason, and goes back for approval;
- admins manage users, not cases.
Each action is one transaction with its audit entry."""

from __future__ import annotations

from caseapp.core.diff import changes
from caseapp.core.errors import CaseAppError, ValidationFailed
from caseapp.core.model import Case
from caseapp.services.app import CaseApp
from caseapp.services.auth import PermissionDenied, Role, User, current_user
from caseapp.store.editing import replace_case

CASE_ROLES = (Role.OFFICER, Role.SUPERVISOR)
EDIT_ACTIONS = ("create", "update", "amend")


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

    def _records_cases(self, user: User, what: str) -> User:
        """The user as the database knows them now (active, not locked), if their current role records cases."""
        return current_user(self.app, user, CASE_ROLES, what)

    def create(self, user: User, case: Case) -> Case:
        user = self._records_cases(user, "recording a case")
        return self.app.record_case(case, actor=user.login)

    def update(self, user: User, case_number: str, changed: Case, *, reason: str = "",
               version: int | None = None) -> Case:
        """Save changes to a draft or returned case (its creator), or amend an approved one (with a
        reason: the case goes back to submitted for approval). A submitted case waits for its review."""
        user = self._records_cases(user, "changing a case")
        current = self.app.get_case(case_number)
        if version is not None and version != current.version:
            raise WorkflowError(f"case {case_number} was changed since it was opened (version {current.version}, "
                                f"yours {version}); reopen it")
        own = (current.created_by or "").casefold() == user.login.casefold()
        if current.status in ("draft", "returned"):
            if not own:
                raise PermissionDenied(f"only {current.created_by} edits this {current.status} case")
            action, status = "update", current.status
        elif current.status == "approved":
            if not reason.strip():
                raise WorkflowError("an approved case is locked: give the reason for the amendment")
            if not own and user.role is not Role.SUPERVISOR:
                raise PermissionDenied("an amendment is made by the case's officer or a supervisor")
            action, status = "amend", "submitted"
        else:
            raise WorkflowError(f"case {case_number} is {current.status}: it waits for approval or return")
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
        return stored

    def _transition(self, user: User, case: Case, action: str, status: str, detail: dict[str, str],
                    approved: bool = False) -> Case:
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
        return self.app.get_case(case.case_number or "")

    def submit(self, user: User, case_number: str) -> Case:
        user = self._records_cases(user, "submitting a case")
        case = self.app.get_case(case_number)
        if case.status not in ("draft", "returned"):
            raise WorkflowError(f"case {case_number} is {case.status}; only a draft or returned case is submitted")
        if (case.created_by or "").casefold() != user.login.casefold() and user.role is not Role.SUPERVISOR:
            raise PermissionDenied(f"only {case.created_by} or a supervisor submits this case")
        _, report = self.app.check(case, complete=True)
        if not report.ok:
            raise ValidationFailed(f"case {case_number} is not complete: " + "; ".join(str(i) for i in report.errors),
                                   report)
        return self._transition(user, case, "submit", "submitted", {})

    def approve(self, user: User, case_number: str) -> Case:
        user = current_user(self.app, user, (Role.SUPERVISOR,), "approving a case")
        case = self._reviewable(user, case_number, "approving")
        return self._transition(user, case, "approve", "approved", {}, approved=True)

    def return_case(self, user: User, case_number: str, reason: str) -> Case:
        if not reason.strip():
            raise WorkflowError("returning a case needs a reason")
        user = current_user(self.app, user, (Role.SUPERVISOR,), "returning a case")
        case = self._reviewable(user, case_number, "returning")
        return self._transition(user, case, "return", "returned", {"reason": reason.strip()})

    def _reviewable(self, user: User, case_number: str, what: str) -> Case:
        if user.role is not Role.SUPERVISOR:
            raise PermissionDenied(f"{what} a case needs the supervisor role ({user.login} is {user.role})")
        case = self.app.get_case(case_number)
        if case.status != "submitted":
            raise WorkflowError(f"case {case_number} is {case.status}; only a submitted case is reviewed")
        if user.login.casefold() in self.editors(case):
            raise PermissionDenied(f"{user.login} created or edited case {case_number} and cannot review it")
        return case
