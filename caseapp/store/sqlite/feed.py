"""What other connections commit to a database file, seen from a connection of its own: SQLite has no channel
to announce a commit, so the feed polls `PRAGMA data_version` (a read of a counter in shared memory, no page
read), which changes when any other connection, in this process or another, has committed; it then reads the
audit entries after the last one it handed out (store.contract.feed)."""

from __future__ import annotations

import os
import sqlite3
import time

from caseapp.store.contract.feed import CATCH_UP, ChangeNotice
from caseapp.store.sqlite.db import open_database

POLL_SECONDS = 0.25  # how often data_version is read while waiting
#: at most this many entries are listed one by one after a gap; past it, one CATCH_UP notice says "much changed"
MOST_LISTED = 500

_AFTER = ("SELECT id, action, entity, entity_id, actor, at FROM audit_log WHERE id > ? ORDER BY id LIMIT ?")


class FileFeed:
    """The feed of one database file, on a connection of its own (open it in the thread that waits on it)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.db = open_database(path)
        self._version = self._data_version()
        row = self.db.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()
        self.last_id = int(row[0])

    def _data_version(self) -> int:
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def wait(self, timeout: float) -> list[ChangeNotice]:
        deadline = time.monotonic() + timeout
        while True:
            try:
                version = self._data_version()
                if version != self._version:
                    self._version = version
                    notices = self._entries_after()
                    if notices:
                        return notices
            except sqlite3.Error:  # busy past the timeout, a file replaced under us: look again next time
                return []
            left = deadline - time.monotonic()
            if left <= 0:
                return []
            time.sleep(min(POLL_SECONDS, left))

    def _entries_after(self) -> list[ChangeNotice]:
        rows = self.db.execute(_AFTER, [self.last_id, MOST_LISTED + 1]).fetchall()
        if not rows:
            return []
        if len(rows) > MOST_LISTED:
            row = self.db.execute("SELECT max(id) FROM audit_log").fetchone()
            self.last_id = int(row[0])
            return [ChangeNotice(self.last_id, CATCH_UP, "database", None, None, "")]
        self.last_id = int(rows[-1][0])
        return [ChangeNotice(int(r[0]), r[1], r[2], r[3], r[4], r[5]) for r in rows]

    def close(self) -> None:
        self.db.close()
