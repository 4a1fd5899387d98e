"""The application's log: a rotating file in the user log folder (1 MB, five files kept).

Unexpected errors are written here with their traceback; the window shows them in a dialog and keeps
running. Nothing an officer typed is logged beyond identifiers (case numbers, file names)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from caseapp.paths import log_dir

LOG_NAME = "caseapp.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(folder: Path | None = None, *, level: int = logging.INFO) -> Path | None:
    """Send the caseapp loggers to a rotating file; returns its path (None when the folder cannot be made,
    in which case logging stays quiet rather than stopping the app)."""
    folder = folder or log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(folder / LOG_NAME, maxBytes=1_000_000, backupCount=5,
                                                       encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger = logging.getLogger("caseapp")
    for old in [h for h in logger.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        logger.removeHandler(old)
        old.close()
    logger.addHandler(handler)
    logger.setLevel(level)
    return folder / LOG_NAME
