"""Opening a server database: the connection, its migrations, and the statements the shared stores write.

The stores of store.sqlite whose SQL both engines understand run on the server unchanged through
`PgDatabase`, which offers the part of sqlite-utils' Database they use (`execute`, `conn.executemany`,
`conn.in_transaction`, `atomic`). It turns their `?` marks into psycopg's and rewrites, by fixed rules, the few
statement shapes that are SQLite's own (INSERT OR IGNORE / OR REPLACE, rowid reads, group_concat); the full
text, the transaction, verify and the summary, which differ in substance, are written for the server in this
package (docs/architecture.md, "Two back ends")."""

from __future__ import annotations

import atexit
import contextlib
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from functools import lru_cache
from typing import Any

import psycopg
from psycopg import pq
from psycopg_pool import ConnectionPool, PoolTimeout

from caseapp.core import i18n
from caseapp.core.errors import DatabaseError
from caseapp.core.location import redacted, url_password
from caseapp.store.postgres.errors import reason, translated
from caseapp.store.postgres.schema import MIGRATIONS, ROWID_COLUMN
from caseapp.store.postgres.text_search import stored_words

LOCK_TIMEOUT = "5s"  # as SQLite's busy_timeout: a writer waits this long for another's lock, then is told busy

#: tables whose single-row INSERT gives the new row's id (cursor.lastrowid on SQLite)
_ID_TABLES = {"users": "id", "custody_events": "id", "attachments": "id", "local_substances": "rowid",
              "inventory_audits": "id", "external_numbers": "id", "storage_locations": "id"}


class _Result:
    """A psycopg cursor with SQLite's lastrowid."""

    def __init__(self, cursor: psycopg.Cursor[Any], lastrowid: int | None = None) -> None:
        self.cursor = cursor
        self.lastrowid = lastrowid
        self.rowcount = cursor.rowcount

    def fetchone(self) -> Any:
        return self.cursor.fetchone()

    def fetchall(self) -> list[Any]:
        return self.cursor.fetchall()

    def __iter__(self) -> Iterator[Any]:
        return iter(self.cursor)

    def close(self) -> None:
        self.cursor.close()


def _value(value: Any) -> Any:
    return int(value) if isinstance(value, bool) else value  # integer columns, as SQLite stores booleans


def _read_value(value: Any) -> Any:
    """A value a read compares with: the server stores no NUL character (it refuses text holding one), so a
    NUL asked for matches nothing, as on SQLite, whose stored text has none either; psycopg cannot send it, so
    it becomes U+FFFF, a noncharacter no text of a case holds."""
    if isinstance(value, str) and "\x00" in value:
        return value.replace("\x00", "\uffff")
    return _value(value)


class PgDatabase:
    """A server connection speaking the stores' dialect (see the module's note). `conn` is itself, so the
    stores' `db.conn.executemany(...)` reads the same on both back ends."""

    dialect = "postgresql"

    def __init__(self, raw: psycopg.Connection[Any], url: str,
                 release: Callable[[psycopg.Connection[Any]], None] | None = None) -> None:
        self.raw = raw
        self.url = url
        self.conn = self
        self._release = release  # hands a pooled connection back instead of closing it
        self._columns: dict[str, tuple[str, ...]] = {}
        self._has_rules: bool | None = None

    @property
    def in_transaction(self) -> bool:
        """A transaction under way; none on a connection the server ended (its transaction ended with it)."""
        return not self.raw.closed and self.raw.info.transaction_status != pq.TransactionStatus.IDLE

    def revive(self) -> None:
        """Open this session's connection again when the server ended it (a restart, a failover, an idle
        timeout): the window keeps one for hours. A pooled connection is the pool's to replace."""
        if self.raw.closed and self._release is None:
            self.raw = connect(self.url).raw

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> _Result:
        text, returning = self._sql(sql)
        reads = text.lstrip()[:7].upper() in ("SELECT ", "EXPLAIN")
        values = [(_read_value if reads else _value)(p) for p in params or ()]
        # a statement that changes nothing, outside a transaction, runs again once on a new connection when
        # the server turns out to have ended this one; anything else is the caller's to report
        again = (reads or text.strip().upper() == "BEGIN") and not self.in_transaction and self._release is None
        self.revive()
        try:
            cursor = self.raw.execute(text, values, prepare=False)  # type: ignore[arg-type]
        except psycopg.OperationalError:
            if not (again and self.raw.closed):
                raise
            self.revive()
            cursor = self.raw.execute(text, values, prepare=False)  # type: ignore[arg-type]
        if returning:
            row = cursor.fetchone()
            return _Result(cursor, int(row[0]) if row else None)
        return _Result(cursor)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        if sql.startswith(_FULL_TEXT_ROWS):  # the writer's full-text rows (rowid, then the text columns)
            sql = "INSERT INTO exhibit_words (word, key) VALUES (?, ?) ON CONFLICT DO NOTHING"
            rows = sorted({(word, row[0]) for row in rows for word in stored_words(tuple(row[1:]))})
        rows = rows if isinstance(rows, list) else list(rows)
        copied = _COPYABLE.match(sql) if len(rows) >= COPY_FROM else None
        if copied:
            self._copy(copied[2], copied[3], rows, ignore=copied[1] is not None or copied[4] is not None)
            return
        text, _ = self._sql(sql)
        with self.raw.cursor() as cursor:
            cursor.executemany(text, [[_value(v) for v in row] for row in rows])  # type: ignore[arg-type]

    def _copy(self, table: str, columns: str, rows: list[Sequence[Any]], *, ignore: bool) -> None:
        """Many rows by COPY (about six times faster than executemany here); rows that may already be there
        (INSERT OR IGNORE) go through a scratch table and INSERT ... ON CONFLICT DO NOTHING."""
        target = table
        if ignore:
            target = f"pg_temp.copy_{table}"
            self.raw.execute(f"CREATE TEMP TABLE IF NOT EXISTS copy_{table} (LIKE {table})")  # type: ignore[arg-type]
        with self.raw.cursor() as cursor, cursor.copy(f"COPY {target} ({columns}) FROM STDIN") as copy:  # type: ignore[arg-type]
            for row in rows:
                copy.write_row([_value(v) for v in row])
        if ignore:
            self.raw.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {target} "  # type: ignore[arg-type]
                             "ON CONFLICT DO NOTHING")
            self.raw.execute(f"TRUNCATE {target}")  # type: ignore[arg-type]

    def query(self, sql: str, params: Sequence[Any] | None = None) -> Iterator[dict[str, Any]]:
        cursor = self.execute(sql, params).cursor
        names = [c.name for c in cursor.description or ()]
        for row in cursor:
            yield dict(zip(names, row, strict=True))

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """A savepoint inside the transaction under way (sqlite-utils' atomic())."""
        self.revive()
        with self.raw.transaction():
            yield

    def close(self) -> None:
        if self._release is None:
            self.raw.close()
            return
        if not self.raw.closed and self.in_transaction:
            self.raw.execute("ROLLBACK")
        self._release(self.raw)

    def __enter__(self) -> PgDatabase:
        """`with db.conn:` as on sqlite3: statements outside a transaction are committed as they run."""
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def columns(self, table: str) -> tuple[str, ...]:
        """The table's columns in order, without the server's own rowid column."""
        if table not in self._columns:
            rows = self.raw.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                "AND table_name = %s ORDER BY ordinal_position", [table]).fetchall()
            self._columns[table] = tuple(r[0] for r in rows if not (r[0] == "rowid" and table in ROWID_COLUMN))
        return self._columns[table]

    def _rules(self) -> bool:
        """Whether the server's rules (migration 0002) are in place (a database being migrated is not yet)."""
        if self._has_rules is None:
            self.revive()
            row = self.raw.execute("SELECT to_regprocedure('caseapp_users_rows()') IS NOT NULL").fetchone()
            self._has_rules = bool(row and row[0])
        return self._has_rules

    def _sql(self, sql: str) -> tuple[str, bool]:
        live = _LIVE_ROWS.match(sql)
        if live:  # the ledger's read of rows as they are: rowid first, then the hashed columns
            table, rest = live[1], live[2]
            key = ROWID_COLUMN.get(table, "id")
            # users: through the owner's function, which gives a login that is not an admin its own row whole
            # (the secret columns are not granted to it: rules.py)
            source = "caseapp_users_rows() users" if table == "users" and self._rules() else table
            sql = f"SELECT {key}, {', '.join(self.columns(table))} FROM {source} WHERE {key} IN {rest}"
        return _translate(sql)


_FULL_TEXT_ROWS = "INSERT INTO exhibits_fts "
#: from this many rows an INSERT goes by COPY: INSERT [OR IGNORE] INTO table (columns) VALUES (?, ...)
COPY_FROM = 64
_COPYABLE = re.compile(r"^\s*INSERT (OR IGNORE )?INTO (\w+) \(([^)]*)\) VALUES \([?, ]*\)"
                       r"( ON CONFLICT DO NOTHING)?\s*$", re.S)
_LIVE_ROWS = re.compile(r"SELECT rowid, \* FROM (\w+) WHERE rowid IN (.*)$", re.S)
_INSERT = re.compile(r"^\s*INSERT OR (IGNORE|REPLACE) INTO (\w+)(.*)$", re.S)
_COLUMN_LIST = re.compile(r"^\s*\(([^)]*)\)")
_PLAIN_INSERT = re.compile(r"^\s*INSERT INTO (\w+)\s*\(", re.S)
_AUDIT_INSERT = re.compile(r"^\s*INSERT INTO audit_log \(([^)]*)\) VALUES \(([^)]*)\)\s*$", re.S)


@lru_cache(maxsize=512)
def _translate(sql: str) -> tuple[str, bool]:
    """(the statement for psycopg, whether it returns the new row's id)."""
    returning = False
    ignore = _INSERT.match(sql)
    if ignore:
        kind, table, rest = ignore.groups()
        sql = f"INSERT INTO {table}{rest}"
        if kind == "IGNORE":
            sql += " ON CONFLICT DO NOTHING"
        else:
            listed = _COLUMN_LIST.match(rest)
            assert listed is not None, "INSERT OR REPLACE names its columns"
            names = [c.strip() for c in listed[1].split(",")]
            sets = ", ".join(f"{n} = EXCLUDED.{n}" for n in names if n != "id")
            sql += f" ON CONFLICT (id) DO UPDATE SET {sets}"
    audit = _AUDIT_INSERT.match(sql)
    if audit and "id" not in [c.strip() for c in audit[1].split(",")]:
        # the entry's id is max + 1 as on SQLite (the ledger names it before the insert; no sequence gaps)
        sql = (f"INSERT INTO audit_log (id, {audit[1]}) SELECT coalesce(max(id), 0) + 1, {audit[2]} FROM audit_log")
    plain = _PLAIN_INSERT.match(sql)
    if plain and plain[1] in _ID_TABLES and "RETURNING" not in sql and "SELECT" not in sql:
        sql += f" RETURNING {_ID_TABLES[plain[1]]}"
        returning = True
    sql = (sql.replace("group_concat(", "string_agg(").replace("char(31)", "chr(31)")
           .replace("GROUP BY e.case_id", "GROUP BY e.case_id, c.id")
           .replace("LIMIT ?)", "LIMIT ?) AS probe")  # a subquery in FROM needs a name before PostgreSQL 16
           .replace("DELETE FROM exhibits_fts WHERE rowid = ?", "DELETE FROM exhibit_words WHERE key = ?")
           # the writer's index rows from a JSON list of terms (writer.INDEX_TERMS)
           .replace("json_each(e.terms) j", "json_array_elements_text(e.terms::json) AS j(value)"))
    return sql.replace("%", "%%").replace("?", "%s"), returning


_OPTIONS = f"-c lock_timeout={LOCK_TIMEOUT} -c client_encoding=UTF8"


def connect(url: str) -> PgDatabase:
    try:
        raw = psycopg.connect(url, autocommit=True, connect_timeout=10, options=_OPTIONS)
    except psycopg.Error as exc:
        raise DatabaseError(connect_failure(url, exc)) from None
    raw.adapters.register_loader("numeric", _WholeNumberLoader)
    return PgDatabase(raw, url)


def _configure(raw: psycopg.Connection[Any]) -> None:
    raw.adapters.register_loader("numeric", _WholeNumberLoader)


_POOLS: dict[str, ConnectionPool] = {}


def pooled(url: str) -> PgDatabase:
    """A connection from this process's pool for `url` (psycopg_pool), handed back by close(): the window's
    workers and searches each take a session, and a pool spares each one a new server login."""
    pool = _POOLS.get(url)
    if pool is None:
        pool = _POOLS[url] = ConnectionPool(
            url, min_size=1, max_size=8, open=True, timeout=10, configure=_configure, name="caseapp",
            kwargs={"autocommit": True, "connect_timeout": 10, "options": _OPTIONS})
        atexit.register(pool.close)
    try:
        raw = pool.getconn()
    except PoolTimeout as exc:
        raise DatabaseError(connect_failure(url, exc)) from None
    return PgDatabase(raw, url, release=pool.putconn)


def connect_failure(url: str, exc: Exception) -> str:
    """One line without the password: libpq's reasons run over two lines ("...Connection refused\n\tIs the
    server running..."), and a URL it cannot read is quoted back from the middle of the password ("invalid
    percent-encoded token: "cr%t@host"), so a URL carrying a password is then not quoted at all."""
    reason = " ".join(str(exc).split())
    password = url_password(url)
    if password is not None:
        if isinstance(exc, psycopg.ProgrammingError) or "@" in password:  # libpq ends the user part at an @
            reason = ("the URL cannot be read: check its form; a password holding @ : / % # ? must be "
                      "percent-encoded, or left out of the URL and given in PGPASSWORD")
        for secret in [password, *(part for part in password.split("@") if len(part) >= 3)]:
            reason = reason.replace(secret, "***")
    return f"cannot connect to {redacted(url)}: {reason}"


class _WholeNumberLoader(psycopg.adapt.Loader):
    """Sums of integer columns come back as numeric: whole ones as int, as SQLite gives them."""

    def load(self, data: Any) -> Any:
        text = bytes(data).decode()
        return int(text) if text.lstrip("-").isdigit() else Decimal(text)


def applied_migrations(db: PgDatabase) -> list[str]:
    exists = db.raw.execute("SELECT to_regclass('schema_migrations')").fetchone()
    if exists is None or exists[0] is None:
        return []
    return [r[0] for r in db.raw.execute("SELECT name FROM schema_migrations ORDER BY name")]


def _is_empty(db: PgDatabase) -> bool:
    row = db.raw.execute("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").fetchone()
    return row is not None and row[0] == 0


def open_server(url: str, shown: str) -> PgDatabase:
    """Connect, refuse a database of a newer caseapp or of something else, and migrate (creating the schema
    in an empty database)."""
    db = connect(url)
    try:
        with translated():
            applied = applied_migrations(db)
            known = [name for name, _ in MIGRATIONS]
            newer = sorted(set(applied) - set(known))
            if newer:
                raise DatabaseError(i18n.translate(
                    "Database", "{shown} was written by a newer version of caseapp (schema {newer}); update "
                                "caseapp to open it").format(
                    shown=shown, newer=newer[-1]))
            if not applied and not _is_empty(db):
                raise DatabaseError(i18n.translate(
                    "Database", "{shown} is not a caseapp database (it holds other tables): give an empty "
                                "database for a new one").format(
                    shown=shown))
            for name, ddl in MIGRATIONS:
                if name in applied:
                    continue
                with _owner_needed(shown), db.raw.transaction():
                    db.raw.execute("SELECT pg_advisory_xact_lock(7270015)")  # two first openings: one migrates
                    db.raw.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, "
                                   "applied_at timestamptz NOT NULL DEFAULT now())")
                    if db.raw.execute("SELECT 1 FROM schema_migrations WHERE name = %s", [name]).fetchone():
                        continue
                    if callable(ddl):
                        schema = db.raw.execute("SELECT current_schema()").fetchone()
                        ddl = ddl(schema[0] if schema else "public")
                    db.raw.execute(ddl)  # type: ignore[arg-type]
                    db.raw.execute("INSERT INTO schema_migrations (name) VALUES (%s)", [name])
    except BaseException:
        db.close()
        raise
    return db


@contextlib.contextmanager
def _owner_needed(shown: str) -> Iterator[None]:
    """A role that may not create caseapp's schema is told what gives it the right: owning the database."""
    try:
        yield
    except psycopg.errors.InsufficientPrivilege as exc:
        raise DatabaseError(i18n.translate(
            "Database", "{shown}: {reason}: the role of the URL must own the database to create caseapp's tables "
                        "(createdb -O ROLE, or ALTER DATABASE ... OWNER TO ROLE); nothing was written").format(
            shown=shown, reason=reason(exc))) from None


def server_identity(db: PgDatabase) -> str:
    """user@host:port/database of the session as libpq made it (the URL's parts, or PGUSER, PGHOST... when it
    left them out); libpq's `info` holds no password."""
    db.revive()
    info = db.raw.info
    host = info.host if ":" not in info.host else f"[{info.host}]"
    return f"{info.user}@{host}:{info.port}/{info.dbname}"


def schema_version(db: PgDatabase) -> str:
    applied = applied_migrations(db)
    return applied[-1] if applied else ""
