"""Catalogue administration: an admin adds the agency's own substances (new analogues appear faster than
catalogue releases). Exhibits already recorded under the new name are re-resolved, so searches find them."""

from __future__ import annotations

import re

from caseapp.core.changes import Changes, Done
from caseapp.core.errors import CaseAppError
from caseapp.core.i18n import translate
from caseapp.core.substances import Substance
from caseapp.services.app import CaseApp
from caseapp.services.auth import Role, User, current_user

_SLUG = re.compile(r"[^a-z0-9]+")


def add_substance(app: CaseApp, user: User, name: str, *, group: str, kind: str = "drug", family: str | None = None,
                  aliases: tuple[str, ...] = (), hazard: bool = False) -> Done[tuple[Substance, int]]:
    """Add a substance; returns it and how many exhibits recorded under its names now point at it (their
    cases' rows and search results change then)."""
    user = current_user(app, user, (Role.ADMIN,), "changing the catalogue")
    name = name.strip()
    if not name:
        raise CaseAppError(translate("Catalogue", "name the substance"))
    found_group = app.catalogue.find_group(group)
    if found_group is None:
        raise CaseAppError(translate("Catalogue", "'{group}' is not a substance group").format(group=group))
    slug = _SLUG.sub("-", name.casefold()).strip("-") or "substance"
    substance = Substance(id=f"local-{slug}", name=name, aliases=tuple(a.strip() for a in aliases if a.strip()),
                          kind=kind, group=found_group.id, family=family or None, hazard=hazard,
                          typical_unit_mass_mg={})
    try:
        catalogue = app.catalogue.with_additions([substance])
    except ValueError as exc:
        raise CaseAppError(str(exc)) from None
    local = app._stores.catalogue
    with app.change("catalogue_add", "substance", substance.id, actor=user.login,
                    detail={"name": name, "group": found_group.id, "family": family, "aliases": list(aliases),
                            "hazard": hazard}) as work:
        rowid = local.add(substance, actor=user.login, at=work.at)
        work.ledger.record_live("local_substances", [rowid])
        resolved = local.resolve_unlisted(catalogue, substance, work.ledger)
        work.detail["exhibits_resolved"] = resolved
    app.refresh_catalogue()
    return Done((substance, resolved), Changes(catalogue=True, audit=True, case_list=resolved > 0,
                                               exhibits=resolved > 0))


def local_substances(app: CaseApp) -> list[Substance]:
    """The agency's own entries, in the order they were added (anyone may read them)."""
    return app._stores.catalogue.entries()
