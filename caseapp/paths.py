"""Where things live: bundled resources and the default database.

Resources are found in a source checkout (``resources/`` beside the package), in an installed wheel
(``caseapp/resources``) and in a PyInstaller build (``sys._MEIPASS/resources``).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from caseapp import APP_NAME
from caseapp.bundled import resource_path, resources_dir
from caseapp.core.location import DatabaseLocation, database_location

__all__ = ["resource_path", "resources_dir", "default_database", "user_data_dir", "backups_dir", "log_dir"]

DB_ENV = "CASEAPP_DB"
DB_FILENAME = "caseapp.sqlite3"


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
