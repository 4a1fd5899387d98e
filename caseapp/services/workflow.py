"""The case workflow with its permissions, enforced here whatever the front end:

- officers (and supervisors) create cases and edit their own drafts and returned cases, then submit them;
- supervisors approve a submitted case, or return it with a reason; nobody approves a case they created,
  edited or submitted (its latest submission), and a returned case is resubmitted by its officers (those
  who created or edited it), never by the supervisor who returned it;
- an approved case is locked: a later change is an amendment with a reason, and goes back for approval;
- admins manage users, not cases.
- printing is for anyone signed in; custody events and attachments for officers and supervisors, on a
  saved case whatever its status; importing for officers and supervisors, records marked reviewed elsewhere
  for supervisors only.
Each action is one transaction with its audit entry. Each rule is written once (`require`): allowed() answers
with it for a front end that offers only what would be accepted, and the action raises the same refusal."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from caseapp.core import vocab
from caseapp.core.changes import Changes, Done
from caseapp.core.diff import changes
from caseapp.core.errors import CaseAppError, ValidationFailed
from caseapp.core.i18n import translate
from caseapp.core.model import Case
from caseapp.services.app import CaseApp
from caseapp.services.auth import PermissionDenied, Role, User, current_user

CASE_ROLES = (Role.OFFICER, Role.SUPERVISOR)
EDIT_ACTIONS = ("create", "update", "amend")
SUBMIT_ACTIONS = ("submit", "amend")  # an amendment sends the case back for approval


class WorkflowError(CaseAppError):
    """An action the case's status does not allow."""


#: what allowed() answers: "edit" (change a draft or returned case, or record a new one), "submit", "approve",
#: "return", "amend" (change an approved case, with a reason), "print" (the case report), "labels" (exhibit
#: labels), "custody" (record custody events), "attach" (add attachments), "import" (import cases) and
#: "import_reviewed" (import records marked submitted, returned or approved elsewhere)
ACTIONS = ("edit", "submit", "approve", "return", "amend", "print", "labels", "custody", "attach", "import",
           "import_reviewed")
REFUSALS = (PermissionDenied, WorkflowError)  # a rule refuses with these; anything else is a real failure


@dataclass(frozen=True)
class Allowed:
    """What a user may do with a case, as things stood when asked (Workflow.allowed). Each refused action
    keeps the refusal its action raises, so a front end shows that text as the reason."""

    asked: frozenset[str]
    refusals: tuple[tuple[str, CaseAppError], ...] = ()

    def refusal(self, action: str) -> CaseAppError | None:
        if action not in self.asked:
            raise KeyError(f"{action!r} was not asked about (asked: {', '.join(sorted(self.asked))})")
        return next((refusal for name, refusal in self.refusals if name == action), None)

    def may(self, action: str) -> bool:
        return self.refusal(action) is None

    def reason(self, action: str) -> str:
        """Why `action` is refused ("" when it is allowed)."""
        refusal = self.refusal(action)
        return "" if refusal is None else str(refusal)

    @property
    def actions(self) -> frozenset[str]:
        """The allowed actions among those asked."""
        refused = {name for name, _ in self.refusals}
        return frozenset(a for a in self.asked if a not in refused)


class Workflow:
    def __init__(self, app: CaseApp) -> None:
        self.app = app

    def editors(self, case: Case) -> set[str]:
        """Everyone who created, imported or changed the case's content. The import is found through the rows
        its entry wrote: its entity is the file, and later edits replace the case's updated_by."""
        names = {n for n in (case.created_by, case.updated_by) if n}
        for entry in self.app._audit.entries("case", case.case_number):
            if entry.action in EDIT_ACTIONS and entry.actor:
                names.add(entry.actor)
        if case.id is not None:
            names |= self.app._audit.row_writers("cases", case.id, (*EDIT_ACTIONS, "import"))
        return {n.casefold() for n in names}

    def submitter(self, case: Case) -> str | None:
        """Who made the case's latest submission (a submit, or an amendment), casefolded."""
        actors = [e.actor for e in self.app._audit.entries("case", case.case_number) if e.action in SUBMIT_ACTIONS]
        return actors[-1].casefold() if actors and actors[-1] else None

    # -- what a user may do: one rule per action, used by allowed() and by the action itself ---------------
    def allowed(self, user: User, case: Case | None, only: Iterable[str] | None = None) -> Allowed:
        """What `user` may do with `case` (None: a case not saved yet) as things stand, each refused action
        with the refusal the action itself would raise. `only`: answer just these actions (cheaper)."""
        asked = tuple(only) if only is not None else ACTIONS
        refusals = []
        for action in asked:
            try:
                self.require(action, user, case)
            except REFUSALS as refusal:
                refusals.append((action, refusal))
        return Allowed(frozenset(asked), tuple(refusals))

    def require(self, action: str, user: User, case: Case | None) -> User:
        """Raise the refusal of `action` on `case` for `user` (PermissionDenied or WorkflowError); else return
        the user as the database knows them now (active, not locked, their current role)."""
        rule = _RULES.get(action)
        if rule is None:
            raise ValueError(f"unknown action {action!r} (known: {', '.join(ACTIONS)})")
        return rule(self, user, case)

    def _edit(self, user: User, case: Case | None) -> User:
        user = current_user(self.app, user, CASE_ROLES, "recording a case" if case is None else "changing a case")
        if case is None:
            return user
        if case.status in ("draft", "returned"):
            if not _same(case.created_by, user.login):
                raise PermissionDenied(translate("Workflow", "only {login} edits this {status} case").format(
                    login=case.created_by, status=_status(case.status)))
            return user
        if case.status == "approved":
            raise WorkflowError(translate("Workflow", "case {case} is approved: a change is an amendment with a "
                                                      "reason").format(case=case.case_number))
        raise WorkflowError(translate("Workflow", "case {case} is {status}: it waits for approval or return").format(
            case=case.case_number, status=_status(case.status)))

    def _amend(self, user: User, case: Case | None) -> User:
        user = current_user(self.app, user, CASE_ROLES, "changing a case")
        if case is None or case.status != "approved":
            raise WorkflowError(translate("Workflow", "case {case} is {status}; only an approved case is "
                                                      "amended").format(
                case=_number(case), status=_status(case.status if case else None)))
        if not _same(case.created_by, user.login) and user.role is not Role.SUPERVISOR:
            raise PermissionDenied(translate("Workflow", "an amendment is made by the case's officer or a supervisor"))
        return user

    def _submit(self, user: User, case: Case | None) -> User:
        user = current_user(self.app, user, CASE_ROLES, "submitting a case")
        if case is None or case.status not in ("draft", "returned"):
            raise WorkflowError(translate("Workflow", "case {case} is {status}; only a draft or returned case is "
                                                      "submitted").format(
                case=_number(case), status=_status(case.status if case else None)))
        if case.status == "returned":
            if user.login.casefold() not in self.editors(case):
                raise PermissionDenied(translate("Workflow", "a returned case goes back to its officer: only {login} "
                                                             "(or whoever edited it) resubmits case {case}").format(
                    login=case.created_by, case=case.case_number))
        elif not _same(case.created_by, user.login) and user.role is not Role.SUPERVISOR:
            raise PermissionDenied(translate("Workflow", "only {login} or a supervisor submits this case").format(
                login=case.created_by))
        return user

    def _review(self, user: User, case: Case | None, what: str) -> User:
        user = current_user(self.app, user, (Role.SUPERVISOR,), f"{what} a case")
        if case is None or case.status != "submitted":
            raise WorkflowError(translate("Workflow", "case {case} is {status}; only a submitted case is "
                                                      "reviewed").format(
                case=_number(case), status=_status(case.status if case else None)))
        if user.login.casefold() in self.editors(case):
            raise PermissionDenied(translate("Workflow", "{login} created or edited case {case} and cannot review "
                                                         "it").format(login=user.login, case=case.case_number))
        if what == "approving" and self.submitter(case) == user.login.casefold():
            raise PermissionDenied(translate("Workflow", "{login} submitted case {case}: another supervisor "
                                                         "approves it").format(login=user.login, case=case.case_number))
        return user

    def _approve(self, user: User, case: Case | None) -> User:
        return self._review(user, case, "approving")

    def _return(self, user: User, case: Case | None) -> User:
        return self._review(user, case, "returning")

    def _print(self, user: User, case: Case | None) -> User:
        """Anyone signed in prints a saved case (printing is audited, so the account must be usable now)."""
        user = current_user(self.app, user, None, "printing")
        if case is None:
            raise WorkflowError(translate("Workflow", "the case is not saved yet: save it to print it"))
        return user

    def _labels(self, user: User, case: Case | None) -> User:
        user = self._print(user, case)
        if case is not None and not case.exhibits:
            raise WorkflowError(translate("Workflow", "case {case} has no exhibits: there is no label to "
                                                      "print").format(case=case.case_number))
        return user

    def _custody(self, user: User, case: Case | None) -> User:
        """Officers and supervisors record custody events on a saved case's exhibits, whatever its status."""
        user = current_user(self.app, user, CASE_ROLES, "recording custody")
        if case is None:
            raise WorkflowError(translate("Workflow", "the case is not saved yet: save it to record custody"))
        return user

    def _attach(self, user: User, case: Case | None) -> User:
        """Officers and supervisors attach files to a saved case, whatever its status (services/attachments)."""
        user = current_user(self.app, user, CASE_ROLES, "adding an attachment")
        if case is None:
            raise WorkflowError(translate("Workflow", "the case is not saved yet: save it to attach files"))
        return user

    def _import(self, user: User, case: Case | None) -> User:
        """Importing records cases: officers and supervisors (whatever `case`)."""
        return current_user(self.app, user, CASE_ROLES, "importing cases")

    def _import_reviewed(self, user: User, case: Case | None) -> User:
        """Only a supervisor brings in records marked submitted, returned or approved elsewhere."""
        return current_user(self.app, user, (Role.SUPERVISOR,), "importing reviewed cases")

    def create(self, user: User, case: Case) -> Done[Case]:
        user = self.require("edit", user, None)
        return self.app.record_case(case, actor=user.login)

    def update(self, user: User, case_number: str, changed: Case, *, reason: str = "",
               version: int | None = None) -> Done[Case]:
        """Save changes to a draft or returned case (its creator), or amend an approved one (with a
        reason: the case goes back to submitted for approval). A submitted case waits for its review."""
        current_user(self.app, user, CASE_ROLES, "changing a case")
        current = self.app.get_case(case_number)
        if version is not None and version != current.version:
            raise WorkflowError(translate("Workflow", "case {case} was changed since it was opened (version "
                                                      "{version}, yours {yours}); reopen it").format(
                case=case_number, version=current.version, yours=version))
        if current.status == "approved" and not reason.strip():
            raise WorkflowError(translate("Workflow", "an approved case is locked: give the reason for the amendment"))
        user = self.require("amend" if current.status == "approved" else "edit", user, current)
        action, status = ("amend", "submitted") if current.status == "approved" else ("update", current.status)
        normal, report = self.app.check(changed)
        if not report.ok:
            raise ValidationFailed(translate("Workflow", "the case was not saved: {problems}").format(
                problems="; ".join(str(i) for i in report.errors)), report)
        normal.status = status
        normal.approved_by = current.approved_by if status == "approved" else None
        normal.approved_at = current.approved_at if status == "approved" else None
        before = self.app._store.get(case_number)
        with self.app.change(action, "case", case_number, actor=user.login) as work:
            stored = self.app._store.replace(current, normal, actor=user.login, at=work.at, ledger=work.ledger)
            work.detail["changes"] = changes(before, stored)
            if reason.strip():
                work.detail["reason"] = reason.strip()
            work.detail["version"] = stored.version
        return Done(stored, Changes.case(case_number))

    def _transition(self, user: User, case: Case, action: str, status: str, detail: dict[str, str],
                    approved: bool = False) -> Done[Case]:
        with self.app.change(action, "case", case.case_number, actor=user.login, detail=detail) as work:
            version = self.app._store.set_status(case, status, actor=user.login, at=work.at,
                                                approved_by=user.login if approved else None,
                                                approved_at=work.at if approved else None)
            work.ledger.record_live("cases", [case.id or 0])
            work.detail.update({"status": [case.status, status], "version": version})
        return Done(self.app.get_case(case.case_number or ""), Changes.case(case.case_number))

    def submit(self, user: User, case_number: str) -> Done[Case]:
        current_user(self.app, user, CASE_ROLES, "submitting a case")  # first: a refused account learns nothing
        case = self.app.get_case(case_number)
        user = self.require("submit", user, case)
        _, report = self.app.check(case, complete=True)
        if not report.ok:
            raise ValidationFailed(translate("Workflow", "case {case} is not complete: {problems}").format(
                case=case_number, problems="; ".join(str(i) for i in report.errors)), report)
        return self._transition(user, case, "submit", "submitted", {})

    def approve(self, user: User, case_number: str) -> Done[Case]:
        current_user(self.app, user, (Role.SUPERVISOR,), "approving a case")
        case = self.app.get_case(case_number)
        user = self.require("approve", user, case)
        return self._transition(user, case, "approve", "approved", {}, approved=True)

    def return_case(self, user: User, case_number: str, reason: str) -> Done[Case]:
        if not reason.strip():
            raise WorkflowError(translate("Workflow", "returning a case needs a reason"))
        current_user(self.app, user, (Role.SUPERVISOR,), "returning a case")
        case = self.app.get_case(case_number)
        user = self.require("return", user, case)
        return self._transition(user, case, "return", "returned", {"reason": reason.strip()})


def _same(login: str | None, other: str) -> bool:
    return (login or "").casefold() == other.casefold()


def _number(case: Case | None) -> str:
    return (case.case_number or "") if case is not None else translate("Workflow", "(new)")


def _status(code: str | None) -> str:
    """A case's status as a refusal says it ('approved', 'approuvé'); 'not saved yet' for no case."""
    return vocab.CASE_STATUS.display(code).lower() if code else translate("Workflow", "not saved yet")


_RULES: dict[str, Callable[[Workflow, User, Case | None], User]] = {
    "edit": Workflow._edit, "submit": Workflow._submit, "approve": Workflow._approve, "return": Workflow._return,
    "amend": Workflow._amend, "print": Workflow._print, "labels": Workflow._labels, "custody": Workflow._custody,
    "attach": Workflow._attach, "import": Workflow._import, "import_reviewed": Workflow._import_reviewed,
}
assert tuple(_RULES) == ACTIONS
