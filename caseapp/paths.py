"""Where things live: bundled resources and the default database.

Resources are found in a source checkout (``resources/`` beside the package), in an installed wheel
(``caseapp/resources``) and in a PyInstaller build (``sys._MEIPASS/resources``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from caseapp import APP_NAME
from caseapp.core.location import DatabaseLocation, database_location

DB_ENV = "CASEAPP_DB"
DB_FILENAME = "caseapp.sqlite3"


def resources_dir() -> Path:
    """The folder holding substances.json, fonts/, icons/ and demo/."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    package_dir = Path(__file__).resolve().parent
    candidates.append(package_dir.parent / "resources")  # source checkout
    candidates.append(package_dir / "resources")  # installed wheel
    for candidate in candidates:
        if (candidate / "substances.json").is_file():
            return candidate
    searched = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"caseapp resources not found (looked in {searched})")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database(explicit: str | os.PathLike[str] | None = None) -> DatabaseLocation:
    """--db wins, then the CASEAPP_DB environment variable, then the user data folder; a file path or a
    postgresql:// URL (core.location decides, and refuses any other URL)."""
    if explicit:
        return database_location(explicit)
    from_env = os.environ.get(DB_ENV)
    if from_env:
        return database_location(from_env)
    return DatabaseLocation("sqlite", user_data_dir() / DB_FILENAME, None)


BACKUP_DIR_ENV = "CASEAPP_BACKUP_DIR"


def backups_dir() -> Path:
    """Where the window keeps its automatic backups: CASEAPP_BACKUP_DIR, else the user data folder."""
    from_env = os.environ.get(BACKUP_DIR_ENV)
    return Path(from_env) if from_env else user_data_dir() / "backups"


def log_dir() -> Path:
    """The user log folder (on Linux ~/.local/state/caseapp/log); CASEAPP_LOG_DIR overrides it."""
    from_env = os.environ.get("CASEAPP_LOG_DIR")
    return Path(from_env) if from_env else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
