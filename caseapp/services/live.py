"""Changes made at other workstations, in the terms the window's screens already react to: the audit entries a
change feed reports (store.contract.feed) become the same `Changes` a local use case returns, so one signal
refreshes the case list, the search results and the open case tabs whichever workstation made the change."""

from __future__ import annotations

from collections.abc import Iterable

from caseapp.core.changes import NOTHING, Changes
from caseapp.store.actions import case_of_entity
from caseapp.store.contract import CATCH_UP, ChangeNotice

#: actions that change a case's record (form, exhibits, people, status): its tabs, the list and the search
_CASE_ACTIONS = frozenset({"create", "update", "amend", "submit", "approve", "return"})
_ACCOUNT_ACTIONS = frozenset({"user_create", "user_deactivate", "user_unlock", "user_password"})
#: what much happened means, when a feed could not list it (a long gap): every list, not each open case
_MUCH = Changes(case_list=True, exhibits=True, users=True, settings=True, catalogue=True, audit=True)


def change_of(notice: ChangeNotice) -> Changes:
    """What one entry made at another workstation changed."""
    action = notice.action
    case = case_of_entity(notice.entity, notice.entity_id)
    one = frozenset({case}) if case else frozenset()
    if action in _CASE_ACTIONS:
        return Changes.case(case)
    if action.startswith("custody_"):
        return Changes(custody=one, audit=True)
    if action in ("attach", "detach"):
        return Changes(attachments=one, audit=True)
    if action == "import":
        return Changes(case_list=True, exhibits=True, audit=True)
    if action == "catalogue_add":  # unlisted exhibits everywhere may now be resolved
        return Changes(catalogue=True, case_list=True, exhibits=True, audit=True)
    if action in _ACCOUNT_ACTIONS:
        return Changes(users=True, audit=True)
    if action == "settings":
        return Changes(settings=True, audit=True)
    if action == "print" and case:
        return Changes(history=one, audit=True)
    if action in ("number_add", "number_remove"):  # as services.numbers returns them
        return Changes(history=one, audit=True)
    if action == CATCH_UP:
        return _MUCH
    return Changes(audit=True)  # logins, backups, exports: only the audit log grew


def changes_of(notices: Iterable[ChangeNotice]) -> Changes:
    merged = NOTHING
    for notice in notices:
        merged = merged | change_of(notice)
    return merged


def latest_about(notices: Iterable[ChangeNotice], case_number: str) -> ChangeNotice | None:
    """The newest of `notices` about the case `case_number` (its record, custody or attachments)."""
    found = None
    for notice in notices:
        if case_of_entity(notice.entity, notice.entity_id) == case_number:
            found = notice
    return found
