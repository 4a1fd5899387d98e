"""What other workstations commit to a server database, as it happens: a connection of its own LISTENs on the
channel that the server's trigger on audit_log notifies at each committed entry (schema.NOTIFY_CHANGES).

The connection is the feed's alone (a pooled one would carry the LISTEN to whoever takes it next) and is
opened again when the server ended it (a restart, a failover); after such a gap the entries committed meanwhile
are read from audit_log, so a window that lost its server for a while still learns what changed."""

from __future__ import annotations

import json
import time
from typing import Any

import psycopg

from caseapp.core.errors import DatabaseError
from caseapp.store.contract.feed import CATCH_UP, ChangeNotice
from caseapp.store.postgres.db import connect
from caseapp.store.postgres.schema import CHANGES_CHANNEL

#: at most this many entries are listed one by one after a gap; past it, one CATCH_UP notice says "much changed"
MOST_LISTED = 500
DRAIN_SECONDS = 0.1  # after the first notice, how long the ones right behind it are gathered with it


class ServerFeed:
    """The feed of one server database; it connects on the first wait (a server down at the start is a feed
    that gives nothing until the server is back)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.raw: psycopg.Connection[Any] | None = None
        self.last_id: int | None = None  # the newest entry handed out (or seen when listening began)

    def _listen(self) -> list[ChangeNotice]:
        """Connect and LISTEN; the entries committed since the last one handed out (none on the first time)."""
        self.raw = connect(self.url).raw
        self.raw.execute(f"LISTEN {CHANGES_CHANNEL}")
        if self.last_id is None:
            row = self.raw.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()
            self.last_id = int(row[0]) if row else 0
            return []
        rows = self.raw.execute("SELECT id, action, entity, entity_id, actor, at FROM audit_log WHERE id > %s "
                                "ORDER BY id LIMIT %s", [self.last_id, MOST_LISTED + 1]).fetchall()
        if len(rows) > MOST_LISTED:
            row = self.raw.execute("SELECT max(id) FROM audit_log").fetchone()
            self.last_id = int(row[0]) if row else self.last_id
            return [ChangeNotice(self.last_id, CATCH_UP, "database", None, None, "")]
        return self._handed_out([ChangeNotice(int(r[0]), r[1], r[2], r[3], r[4], r[5]) for r in rows])

    def wait(self, timeout: float) -> list[ChangeNotice]:
        deadline = time.monotonic() + timeout
        try:
            if self.raw is None or self.raw.closed:
                self.raw = None
                caught_up = self._listen()
                if caught_up:
                    return caught_up
            raw = self.raw
            assert raw is not None
            notices = [self._notice(n.payload) for n in raw.notifies(timeout=max(deadline - time.monotonic(), 0),
                                                                     stop_after=1)]
            if notices:
                notices += [self._notice(n.payload) for n in raw.notifies(timeout=DRAIN_SECONDS)]
        except (psycopg.Error, DatabaseError):  # the server went away (or is not back yet): try again later
            self._drop()
            time.sleep(max(deadline - time.monotonic(), 0))
            return []
        return self._handed_out([n for n in notices if n is not None and n.audit_id > (self.last_id or 0)])

    def _handed_out(self, notices: list[ChangeNotice]) -> list[ChangeNotice]:
        if notices:
            self.last_id = max(self.last_id or 0, *(n.audit_id for n in notices))
        return notices

    @staticmethod
    def _notice(payload: str) -> ChangeNotice | None:
        try:
            given = json.loads(payload)
            return ChangeNotice(int(given["id"]), str(given["action"]), str(given["entity"]), given.get("entity_id"),
                                given.get("actor"), str(given.get("at") or ""))
        except (ValueError, KeyError, TypeError):  # not the trigger's: someone's own NOTIFY on the channel
            return None

    def _drop(self) -> None:
        if self.raw is not None:
            try:
                self.raw.close()
            except psycopg.Error:
                pass
        self.raw = None

    def close(self) -> None:
        self._drop()
