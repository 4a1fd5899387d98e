"""The agency's settings: its name, the code printed in case numbers, and its time zone (which decides
which seizure dates count as "in the future"). Read by anyone; changed by an admin only, audited."""

from __future__ import annotations

from dataclasses import dataclass

from caseapp.core.agency import AGENCY_CODE_KEY, AGENCY_NAME_KEY, TIMEZONE_KEY, agency_code, agency_name, time_zone
from caseapp.services.app import CaseApp
from caseapp.services.auth import Role, User, current_user


@dataclass(frozen=True)
class AgencySettings:
    name: str
    code: str
    timezone: str


def read_agency_settings(app: CaseApp) -> AgencySettings:
    setting = app.store.setting
    return AgencySettings(setting(AGENCY_NAME_KEY) or "", setting(AGENCY_CODE_KEY) or "", setting(TIMEZONE_KEY) or "")


def update_agency_settings(app: CaseApp, user: User, *, name: str | None = None, code: str | None = None,
                           timezone: str | None = None) -> AgencySettings:
    """Change the settings given (None: unchanged), checked, in one transaction with one audit entry
    ("settings", with each changed value as [before, after]). Admins only, as the account is now."""
    actor = current_user(app, user, (Role.ADMIN,), "changing the agency settings")
    wanted: dict[str, str] = {}
    if name is not None:
        wanted[AGENCY_NAME_KEY] = agency_name(name)
    if code is not None:
        wanted[AGENCY_CODE_KEY] = agency_code(code)
    if timezone is not None:
        wanted[TIMEZONE_KEY] = time_zone(timezone)
    with app.store.transaction():
        changed = {key: [app.store.setting(key) or "", value] for key, value in wanted.items()
                   if (app.store.setting(key) or "") != value}
        if changed:
            ledger = app.audit.ledger()
            ledger.record_live("settings", [app.store.set_setting(key, value) for key, (_, value) in changed.items()])
            detail: dict[str, object] = {key.removeprefix("agency_"): pair for key, pair in changed.items()}
            app.audit.append(at=app.now_utc_text(), actor=actor.login, action="settings", entity="agency",
                             entity_id=None, detail=detail, ledger=ledger)
    return read_agency_settings(app)
