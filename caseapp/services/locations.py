"""Storage locations of the evidence room: supervisors and admins add, rename and deactivate them; anyone lists
them. Each change is one audited entry ("location_add", "location_update")."""

from __future__ import annotations

import dataclasses

from caseapp.core.changes import Changes, Done
from caseapp.core.errors import Duplicate, NotFound
from caseapp.core.i18n import QT_TRANSLATE_NOOP, translate
from caseapp.core.storage import LocationError, StorageLocation, checked_code, checked_kind, checked_name
from caseapp.services.app import CaseApp
from caseapp.services.auth import Role, User, current_user

_KEEPERS = (Role.SUPERVISOR, Role.ADMIN)
_WHAT = QT_TRANSLATE_NOOP("Refusals", "managing storage locations")


class Locations:
    def __init__(self, app: CaseApp) -> None:
        self.app = app
        self.store = app._stores.locations

    def list(self, *, include_inactive: bool = True) -> list[StorageLocation]:
        return self.store.list(include_inactive=include_inactive)

    def get(self, code: str) -> StorageLocation:
        found = self.store.get(code.strip())
        if found is None:
            raise NotFound(translate("Storage", "there is no storage location {code}").format(code=code.strip()))
        return found

    def find(self, code: str) -> StorageLocation | None:
        return self.store.get(code.strip())

    def _parent(self, parent: str, code: str) -> str:
        if not parent.strip():
            return ""
        found = self.store.get(checked_code(parent))
        if found is None:
            raise LocationError(translate("Storage", "the parent location {parent} does not exist").format(
                parent=parent.strip()))
        if found.code.upper() == code.upper():
            raise LocationError(translate("Storage", "a location cannot be inside itself"))
        seen = {code.upper()}
        step: StorageLocation | None = found
        while step is not None and step.parent:  # a loop of parents would make a room inside itself
            if step.parent.upper() in seen:
                raise LocationError(translate("Storage", "{parent} is inside {code}: a location cannot be inside "
                                                         "itself").format(parent=found.code, code=code))
            seen.add(step.code.upper())
            step = self.store.get(step.parent)
        return found.code

    def add(self, user: User, code: str, name: str, *, kind: str = "other", parent: str = "") -> Done[StorageLocation]:
        user = current_user(self.app, user, _KEEPERS, _WHAT)
        code, name, kind = checked_code(code), checked_name(name), checked_kind(kind or "other")
        with self.app.change("location_add", "location", code, actor=user.login) as work:
            if self.store.get(code) is not None:
                raise Duplicate(translate("Storage", "the location code {code} is already used").format(code=code))
            location = StorageLocation(code=code, name=name, kind=kind, parent=self._parent(parent, code),
                                       created_by=user.login, created_at=work.at)
            rowid = self.store.add(location)
            work.ledger.record_live("storage_locations", [rowid])
            work.detail.update({"name": name, "kind": kind, "parent": location.parent})
        return Done(dataclasses.replace(location, id=rowid), Changes(audit=True))

    def update(self, user: User, code: str, *, name: str | None = None, kind: str | None = None,
               parent: str | None = None, active: bool | None = None) -> Done[StorageLocation]:
        """Rename, re-file or (de)activate a location; its code never changes (labels carry it)."""
        user = current_user(self.app, user, _KEEPERS, _WHAT)
        with self.app.change("location_update", "location", code.strip(), actor=user.login) as work:
            old = self.get(code)
            new = dataclasses.replace(
                old, name=checked_name(name) if name is not None else old.name,
                kind=checked_kind(kind) if kind is not None else old.kind,
                parent=self._parent(parent, old.code) if parent is not None else old.parent,
                active=old.active if active is None else active, changed_by=user.login, changed_at=work.at)
            if (new.name, new.kind, new.parent, new.active) == (old.name, old.kind, old.parent, old.active):
                raise LocationError(translate("Storage", "nothing to change on location {code}").format(code=old.code))
            self.store.update(old.id or 0, name=new.name, kind=new.kind, parent=new.parent, active=new.active,
                              changed_by=user.login, changed_at=work.at)
            work.ledger.record_live("storage_locations", [old.id or 0])
            work.entity_id = old.code
            work.detail.update({k: v for k, v in (("name", new.name), ("kind", new.kind), ("parent", new.parent),
                                                  ("active", new.active)) if getattr(old, k) != v})
        return Done(new, Changes(audit=True))
