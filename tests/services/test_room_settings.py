from decimal import Decimal

import pytest

from caseapp.core import room
from caseapp.core.errors import CaseAppError
from caseapp.services.auth import PermissionDenied
from caseapp.services.settings import read_room_settings, update_room_settings


def test_defaults_are_two_percent_or_one_gram(fresh_app):
    settings = read_room_settings(fresh_app)
    assert settings.tolerance_for(Decimal("10")) == Decimal("1")
    assert settings.tolerance_for(Decimal("1000")) == Decimal("20")
    assert settings.retention_for("currency") == 180 and settings.retention_for("drug") == 365


def test_an_admin_changes_them_audited(users_app, users):
    app = users_app
    done = update_room_settings(app, users["ada"], {room.TOLERANCE_PERCENT_KEY: "5", room.LAB_OVERDUE_KEY: "10",
                                             room.RETENTION_PREFIX + "drug": "730"})
    assert done.value.tolerance_percent == Decimal("5") and done.value.lab_overdue_days == 10
    assert read_room_settings(app).retention_for("drug") == 730
    entry = [e for e in app._audit.entries() if e.action == "settings"][-1]
    assert entry.action == "settings" and entry.detail[room.LAB_OVERDUE_KEY] == ["", "10"]


@pytest.mark.parametrize("key,text", [
    (room.TOLERANCE_PERCENT_KEY, "abc"), (room.TOLERANCE_PERCENT_KEY, "150"), (room.TOLERANCE_GRAMS_KEY, "-1"),
    (room.LAB_OVERDUE_KEY, "0"), (room.LAB_OVERDUE_KEY, "2.5"), ("room_anything", "3"),
    (room.RETENTION_PREFIX + "spaceship", "3"), (room.TOLERANCE_PERCENT_KEY, "NaN"),
])
def test_bad_values_are_refused_and_change_nothing(users_app, users, key, text):
    before = users_app._audit.latest_hash()
    with pytest.raises(CaseAppError):
        update_room_settings(users_app, users["ada"], {key: text})
    assert read_room_settings(users_app) == room.RoomSettings() and users_app._audit.latest_hash() == before


def test_only_an_admin_changes_them(users_app, users):
    with pytest.raises(PermissionDenied):
        update_room_settings(users_app, users["sam"], {room.LAB_OVERDUE_KEY: "10"})


def test_a_hand_edited_value_falls_back_to_its_default():
    assert room.from_settings({room.TOLERANCE_GRAMS_KEY: "heavy"}).tolerance_grams == Decimal("1")
