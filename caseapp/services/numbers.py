"""Other agencies' numbers on a case or one of its exhibits (the RCMP file, the CBSA seizure number, the lab's
sample number, the Crown's file, other), kept as typed and found by a folded key (core.external_numbers).

- Officers and supervisors add numbers to any saved case, whatever its status: numbers arrive after approval (the
  lab's sample number, the Crown's file) and change nothing a supervisor approved, as attachments do. The same
  kind and number twice on one case or exhibit is refused.
- A number is never deleted: removing one needs a reason and is for whoever added it or a supervisor.
- Each change is one transaction with its audit entry ("number_add", "number_remove", entity the case) and the
  row filed in the audit ledger.
"""

from __future__ import annotations

from caseapp.core.changes import Changes, Done
from caseapp.core.errors import CaseAppError, NotFound
from caseapp.core.external_numbers import checked_kind, checked_value, number_key
from caseapp.core.i18n import translate
from caseapp.core.model import Case, Exhibit
from caseapp.services.app import CaseApp
from caseapp.services.auth import PermissionDenied, Role, User, current_user
from caseapp.services.workflow import CASE_ROLES, Workflow
from caseapp.store.contract.numbers import ExternalNumber


class ExternalNumbers:
    def __init__(self, app: CaseApp) -> None:
        self.app = app
        self.store = app._stores.numbers

    @staticmethod
    def _exhibit(case: Case, exhibit_number: str) -> Exhibit:
        wanted = exhibit_number.strip()
        for exhibit in case.exhibits:
            if exhibit.number in (wanted, wanted.zfill(2)):
                return exhibit
        raise NotFound(translate("ExternalNumbers", "case {case} has no exhibit {exhibit}").format(
            case=case.case_number, exhibit=wanted))

    # -- reads ----------------------------------------------------------------------------------------
    def get(self, number_id: int) -> ExternalNumber:
        found = self.store.get(number_id)
        if found is None:
            raise NotFound(translate("ExternalNumbers", "there is no external number {id}").format(id=number_id))
        return found

    def for_case(self, case_number: str, include_removed: bool = False) -> list[ExternalNumber]:
        case = self.app.get_case(case_number)
        return self.store.for_case(case.id or 0, include_removed)

    def find(self, text: str) -> list[ExternalNumber]:
        """The live numbers typed or scanned as `text` (separators and case ignored), newest first."""
        key = number_key(text)
        return self.store.find(key) if key else []

    # -- changes --------------------------------------------------------------------------------------
    def add(self, user: User, case_number: str, kind: str, value: str, *,
            exhibit_number: str | None = None) -> Done[ExternalNumber]:
        """Add a number to the case, or to one of its exhibits; audited as "number_add"."""
        user = self.app.service(Workflow).require("attach", user, self.app.get_case(case_number))
        kind, value = checked_kind(kind), checked_value(value)
        key = number_key(value)
        with self.app.change("number_add", "case", actor=user.login) as work:
            case = self.app.get_case(case_number)
            exhibit = self._exhibit(case, exhibit_number) if exhibit_number is not None else None
            exhibit_id = exhibit.id if exhibit else None
            if self.store.same(case.id or 0, exhibit_id, kind, key) is not None:
                raise CaseAppError(translate("ExternalNumbers", "{where} already has the {kind} {value}").format(
                    where=f"{case.case_number}/{exhibit.number}" if exhibit else case.case_number, kind=kind,
                    value=value))
            number_id = self.store.add(case_id=case.id or 0, exhibit_id=exhibit_id, kind=kind, value=value,
                                       key=key, added_by=user.login, added_at=work.at)
            work.ledger.record_live("external_numbers", [number_id])
            work.entity_id = case.case_number
            work.detail.update({"number": number_id, "kind": kind, "value": value,
                                "exhibit": exhibit.number if exhibit else None, "case_status": case.status})
        return Done(self.get(number_id), Changes(history=frozenset({case.case_number or ""}), audit=True))

    def remove(self, user: User, number_id: int, reason: str) -> Done[ExternalNumber]:
        """Mark a number removed, with a reason; the row stays. Audited as "number_remove"."""
        user = current_user(self.app, user, CASE_ROLES, "removing an external number")
        if not reason.strip():
            raise CaseAppError(translate("ExternalNumbers", "removing a number needs a reason"))
        with self.app.change("number_remove", "case", actor=user.login) as work:
            number = self.get(number_id)
            if number.removed_at:
                raise CaseAppError(translate("ExternalNumbers", "number {id} was removed already, by {by} on {at}")
                                   .format(id=number_id, by=number.removed_by, at=number.removed_at))
            if number.added_by.casefold() != user.login.casefold() and user.role is not Role.SUPERVISOR:
                raise PermissionDenied(translate("ExternalNumbers", "only {login} or a supervisor removes number {id}")
                                       .format(login=number.added_by, id=number_id))
            self.store.mark_removed(number_id, removed_by=user.login, removed_at=work.at, reason=reason.strip())
            work.ledger.record_live("external_numbers", [number_id])
            work.entity_id = number.case_number
            work.detail.update({"number": number_id, "kind": number.kind, "value": number.value,
                                "reason": reason.strip()})
        return Done(self.get(number_id), Changes(history=frozenset({number.case_number}), audit=True))
