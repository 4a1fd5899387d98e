"""The agency's settings: its name, the code printed in case numbers, and its time zone (which decides
which seizure dates count as "in the future"). Read by anyone; changed by an admin only, audited."""

from __future__ import annotations

from dataclasses import dataclass

from caseapp.core import room
from caseapp.core.agency import AGENCY_CODE_KEY, AGENCY_NAME_KEY, TIMEZONE_KEY, agency_code, agency_name, time_zone
from caseapp.core.changes import NOTHING, Changes, Done
from caseapp.core.errors import CaseAppError
from caseapp.core.i18n import translate
from caseapp.core.room import RoomSettings
from caseapp.services.app import CaseApp
from caseapp.services.auth import Role, User, current_user


@dataclass(frozen=True)
class AgencySettings:
    name: str
    code: str
    timezone: str


def read_agency_settings(app: CaseApp) -> AgencySettings:
    setting = app._store.setting
    return AgencySettings(setting(AGENCY_NAME_KEY) or "", setting(AGENCY_CODE_KEY) or "", setting(TIMEZONE_KEY) or "")


def update_agency_settings(app: CaseApp, user: User, *, name: str | None = None, code: str | None = None,
                           timezone: str | None = None) -> Done[AgencySettings]:
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
    with app.change("settings", "agency", actor=actor.login) as work:
        changed = {key: [app._store.setting(key) or "", value] for key, value in wanted.items()
                   if (app._store.setting(key) or "") != value}
        if changed:
            work.ledger.record_live("settings",
                                    [app._store.set_setting(key, value) for key, (_, value) in changed.items()])
            work.detail.update({key.removeprefix("agency_"): pair for key, pair in changed.items()})
        else:
            work.skip()  # nothing changed: no entry
    return Done(read_agency_settings(app), Changes(settings=True, audit=True) if changed else NOTHING)


def read_room_settings(app: CaseApp) -> RoomSettings:
    """The evidence room's settings (core.room), defaults where none is stored."""
    setting = app._store.setting
    return room.from_settings({key: value for key in room.keys() if (value := setting(key)) is not None})


def update_room_settings(app: CaseApp, user: User, values: dict[str, str]) -> Done[RoomSettings]:
    """Change evidence-room settings (key -> text as typed, keys of core.room.keys()), each checked, in one
    transaction with one "settings" audit entry naming each change as [before, after]. Admins only."""
    actor = current_user(app, user, (Role.ADMIN,), "changing the agency settings")
    wanted: dict[str, str] = {}
    for key, text in values.items():
        if key == room.TOLERANCE_PERCENT_KEY:
            wanted[key] = str(room.percent(text))
        elif key == room.TOLERANCE_GRAMS_KEY:
            wanted[key] = str(room.grams(text))
        elif key in (room.LAB_OVERDUE_KEY, room.DEADLINE_WARNING_KEY) or key.startswith(room.RETENTION_PREFIX):
            if key not in room.keys():
                raise CaseAppError(translate("Room", "unknown setting '{key}'").format(key=key))
            wanted[key] = str(room.days(text, key))
        else:
            raise CaseAppError(translate("Room", "unknown setting '{key}'").format(key=key))
    with app.change("settings", "agency", actor=actor.login) as work:
        changed = {key: [app._store.setting(key) or "", value] for key, value in wanted.items()
                   if (app._store.setting(key) or "") != value}
        if changed:
            work.ledger.record_live("settings",
                                    [app._store.set_setting(key, value) for key, (_, value) in changed.items()])
            work.detail.update(changed)
        else:
            work.skip()
    return Done(read_room_settings(app), Changes(settings=True, audit=True) if changed else NOTHING)
