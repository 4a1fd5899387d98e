"""Where the database is, decided once for the command line, the window and the environment: a file path (or
':memory:') is an SQLite database, a postgresql:// (or postgres://) URL in libpq's form is a PostgreSQL server,
and any other text that looks like a URL is refused before anything is created (a foreign URL taken as a file
name once made a folder called 'postgresql:' in the working directory)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import quote, urlsplit, urlunsplit

from caseapp.core.errors import DatabaseError
from caseapp.core.i18n import translate

SERVER_SCHEMES = ("postgresql", "postgres")
MEMORY = ":memory:"

#: a scheme followed by "://" (mysql://, sqlite:///, http://), or one of the server's schemes with a bare colon
_URL_LIKE = re.compile(r"^\s*([A-Za-z][A-Za-z0-9+.-]*):(//|$)|^\s*(postgres(ql)?|jdbc):", re.IGNORECASE)


@dataclass(frozen=True)
class DatabaseLocation:
    """An SQLite file (`path`; None with kind 'sqlite' is a database in memory) or a server (`url`)."""

    kind: Literal["sqlite", "postgresql"]
    path: Path | None
    url: str | None

    @property
    def server(self) -> bool:
        return self.kind == "postgresql"

    def signed_in(self, login: str, password: str) -> DatabaseLocation:
        """The same server, signed in as an account's own login (each account is a server login): the URL's
        user and password, and any `user=`/`password=` of its query, replaced. A file stays as it is."""
        if self.url is None:
            return self
        parts = urlsplit(self.url)
        host = parts.netloc.rsplit("@", 1)[-1]
        query = "&".join(p for p in parts.query.split("&") if p and not re.match(r"(user|password)=", p, re.I))
        netloc = f"{quote(login, safe='')}:{quote(password, safe='')}@{host}"
        return DatabaseLocation("postgresql", None, urlunsplit(parts._replace(netloc=netloc, query=query)))

    def __str__(self) -> str:
        """For messages and the window's title: a server's URL without its password."""
        if self.url is not None:
            return redacted(self.url)
        return str(self.path) if self.path is not None else MEMORY


#: libpq's `password` parameter in a URL's query (`?password=...`), up to the next parameter
_QUERY_PASSWORD = re.compile(r"(^|&)(password=)[^&#]*", re.IGNORECASE)


def redacted(url: str) -> str:
    """`url` without its password, whether it is in the user part or in a `password=` parameter."""
    parts = urlsplit(url)
    if parts.query:
        parts = parts._replace(query=_QUERY_PASSWORD.sub(r"\1\2***", parts.query))
    if parts.password is not None:
        host = parts.netloc.rsplit("@", 1)[1]
        parts = parts._replace(netloc=f"{parts.username or ''}:***@{host}")
    return urlunsplit(parts)


def url_password(url: str) -> str | None:
    """The password `url` carries (user part or `password=` parameter), as typed, to keep it out of messages."""
    parts = urlsplit(url)
    if parts.password:
        return parts.password
    found = re.search(r"(?:^|&)password=([^&#]*)", parts.query, re.IGNORECASE)
    return found.group(1) or None if found else None


def database_location(where: str | os.PathLike[str] | DatabaseLocation) -> DatabaseLocation:
    """The database `where` names (a --db value, CASEAPP_DB); DatabaseError for a URL of anything else. A Path
    object was chosen as a file by its maker and stays one."""
    if isinstance(where, DatabaseLocation):
        return where
    if isinstance(where, os.PathLike):
        return DatabaseLocation("sqlite", Path(where), None)
    text = str(where)
    if text == MEMORY:
        return DatabaseLocation("sqlite", None, None)
    scheme = text.split("://", 1)[0].lower() if "://" in text else None
    if scheme in SERVER_SCHEMES:
        return DatabaseLocation("postgresql", None, text)
    if not text.strip() or _URL_LIKE.match(text):
        shown = redacted(text) if "://" in text else text
        raise DatabaseError(translate(
            "Location", "{shown!r} is not a database location: give a database file path, or a PostgreSQL server "
                        "as postgresql://[user@]host[:port]/database").format(
            shown=shown))
    return DatabaseLocation("sqlite", Path(text), None)
