"""Every audit action, with the rows an entry of it may record and who may make it: written once, here.

`AuditLog.append` refuses an action not listed, and verify checks each entry against its rule: a "login"
entry that records an exhibit's row, or an "attach" entry that records another case's attachment, is a
forgery whatever its hashes say.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from caseapp.core.custody import EVENT_TYPES


class Scope(StrEnum):
    NONE = "none"  # records no rows
    CASE = "case"  # rows of the case the entry names (entity_id; an exhibit's "CASE/NUMBER")
    OWN_USER = "own_user"  # the users row of the login the entry names
    NEW = "new"  # rows no earlier entry recorded (an import adds cases, never changes them)
    ANY = "any"  # rows of any case (the catalogue resolving unlisted exhibits everywhere; settings)


class Until(StrEnum):
    """An entry made by no user may record rows only in the database's early life."""
    ALWAYS = "always"
    ACCOUNTS = "accounts"  # before the first account (set-up of agency code and time zone)
    KEYS = "keys"  # before the first signing key (the migration that re-files the users rows)


@dataclass(frozen=True)
class ActionRule:
    tables: frozenset[str] = frozenset()
    scope: Scope = Scope.NONE
    roles: frozenset[str] | None = None  # the actor's role when made by an account; None: any account
    system: bool = False  # may be made by no user (actor NULL), hence never signed
    rows_until: Until = Until.ALWAYS
    may_be_unsigned: bool = False  # signed when the session can; a restore into an older copy cannot
    adds_only: bool = False  # every row it records is new (a second "attach" of an attachment is a forgery)


_CASE_TABLES = frozenset({"cases", "persons", "exhibits"})
_CASE_ROLES = frozenset({"officer", "supervisor"})
_ADMIN = frozenset({"admin"})
_USERS = frozenset({"users"})
_ROOM_KEEPERS = frozenset({"supervisor", "admin"})

ACTIONS: dict[str, ActionRule] = {
    # set-up and the system
    "init": ActionRule(frozenset({"settings"}), Scope.ANY, system=True, rows_until=Until.ACCOUNTS),
    "schema": ActionRule(_USERS, Scope.ANY, system=True, rows_until=Until.KEYS),
    "settings": ActionRule(frozenset({"settings"}), Scope.ANY, roles=_ADMIN),
    "backup": ActionRule(),
    "restore": ActionRule(roles=_ADMIN, may_be_unsigned=True),
    # accounts
    "login": ActionRule(_USERS, Scope.OWN_USER),
    "login_failed": ActionRule(_USERS, Scope.OWN_USER, system=True),
    "user_create": ActionRule(_USERS, Scope.OWN_USER, roles=_ADMIN),
    "user_deactivate": ActionRule(_USERS, Scope.OWN_USER, roles=_ADMIN),
    "user_unlock": ActionRule(_USERS, Scope.OWN_USER, roles=_ADMIN),
    "user_password": ActionRule(_USERS, Scope.OWN_USER),  # one's own, or an admin's reset (checked by verify)
    # cases
    "create": ActionRule(_CASE_TABLES, Scope.CASE, roles=_CASE_ROLES, adds_only=True),
    "update": ActionRule(_CASE_TABLES, Scope.CASE, roles=_CASE_ROLES),
    "amend": ActionRule(_CASE_TABLES, Scope.CASE, roles=_CASE_ROLES),
    "submit": ActionRule(frozenset({"cases"}), Scope.CASE, roles=_CASE_ROLES),
    "approve": ActionRule(frozenset({"cases"}), Scope.CASE, roles=frozenset({"supervisor"})),
    "return": ActionRule(frozenset({"cases"}), Scope.CASE, roles=frozenset({"supervisor"})),
    "attach": ActionRule(frozenset({"attachments"}), Scope.CASE, adds_only=True),
    "detach": ActionRule(frozenset({"attachments"}), Scope.CASE),
    **{f"custody_{kind}": ActionRule(frozenset({"custody_events"}), Scope.CASE, roles=_CASE_ROLES)
       for kind in sorted(EVENT_TYPES)},
    "import": ActionRule(_CASE_TABLES, Scope.NEW),
    "catalogue_add": ActionRule(frozenset({"local_substances", "exhibits"}), Scope.ANY, roles=_ADMIN),
    # the disposal workflow: one entry per batch, whose exhibits may belong to several cases
    "disposal_request": ActionRule(frozenset({"custody_events"}), Scope.ANY, roles=_CASE_ROLES, adds_only=True),
    "disposal_authorise": ActionRule(frozenset({"custody_events"}), Scope.ANY, roles=frozenset({"supervisor"}),
                                     adds_only=True),
    "disposal_refuse": ActionRule(frozenset({"custody_events"}), Scope.ANY, roles=frozenset({"supervisor"}),
                                  adds_only=True),
    "disposal_destroy": ActionRule(frozenset({"custody_events"}), Scope.ANY, roles=_CASE_ROLES, adds_only=True),
    "number_add": ActionRule(frozenset({"external_numbers"}), Scope.CASE, roles=_CASE_ROLES, adds_only=True),
    "number_remove": ActionRule(frozenset({"external_numbers"}), Scope.CASE, roles=_CASE_ROLES),
    # reading out
    "export": ActionRule(),
    "print": ActionRule(),
    # the evidence room
    "inventory_audit": ActionRule(frozenset({"inventory_audits"}), Scope.NEW, roles=_CASE_ROLES, adds_only=True),
    # hand-over packages: making one reads out; importing one adds a case with its children
    "bundle": ActionRule(),
    "bundle_import": ActionRule(_CASE_TABLES | {"custody_events", "attachments"}, Scope.NEW, roles=_CASE_ROLES,
                                adds_only=True),
    # the lab (services/lab.py): a request sends exhibits; a result closes one and confirms its substance
    "lab_request": ActionRule(frozenset({"custody_events"}), Scope.CASE, roles=_CASE_ROLES, adds_only=True),
    "lab_result": ActionRule(_CASE_TABLES | {"custody_events"}, Scope.CASE, roles=_CASE_ROLES),
    # the evidence room's storage locations
    "location_add": ActionRule(frozenset({"storage_locations"}), Scope.ANY, roles=_ROOM_KEEPERS, adds_only=True),
    "location_update": ActionRule(frozenset({"storage_locations"}), Scope.ANY, roles=_ROOM_KEEPERS),
}

# Entries that record a signing key in their detail ("public_key", "key_salt").
KEY_ACTIONS = frozenset({"user_create", "user_password", "login"})


def rule_for(action: str) -> ActionRule | None:
    return ACTIONS.get(action)


def case_of_entity(entity: str, entity_id: str | None) -> str | None:
    """The case number an entry names: a case's number, or the case part of an exhibit's "CASE/NUMBER"."""
    if entity_id is None:
        return None
    if entity == "exhibit":
        return entity_id.split("/", 1)[0]
    return entity_id if entity == "case" else None
