"""What other connections changed, as it reaches a window: a `ChangeFeed` on a connection of its own hands out
`ChangeNotice`s, one per audit entry committed since the feed last looked (every change appends one entry).

The server announces each entry itself (a trigger on audit_log calls pg_notify, so no client can skip it);
an SQLite file has no such channel, so its feed polls `PRAGMA data_version`, which moves when another
connection has committed, and then reads the entries after the last one it handed out. Both read the
entries after the last one seen again after a gap (a server restart, a lost connection), so nothing is missed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

#: the action of the notice a feed hands out when it knows only that something changed (too many entries
#: arrived while it was away to list them one by one)
CATCH_UP = "catch_up"


@dataclass(frozen=True)
class ChangeNotice:
    """One audit entry another connection committed: its id, what it did and to what, by whom and when."""

    audit_id: int
    action: str
    entity: str
    entity_id: str | None
    actor: str | None
    at: str


class ChangeFeed(Protocol):
    def wait(self, timeout: float) -> list[ChangeNotice]:
        """The entries committed since the last call, oldest first; waits up to `timeout` seconds for the first.
        A database that cannot be reached gives [] (the feed tries again on the next call)."""
        ...

    def close(self) -> None: ...
