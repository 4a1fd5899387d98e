"""Shared fixtures. Qt runs offscreen: set before any QApplication can exist."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from caseapp.core.substances import Catalogue, default_catalogue  # noqa: E402
from caseapp.services.app import CaseApp  # noqa: E402
from caseapp.services.auth import User  # noqa: E402
from tests.pg_server import (  # noqa: E402
    drop_logins_since,
    made_count,
    new_pg_database,
    pg_database_of,
    stop_pg_cluster,
)

FIXED_NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
DATA = Path(__file__).parent / "data"


def fixed_clock() -> datetime:
    return FIXED_NOW


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch):
    """Cheap argon2 parameters in tests (the real ones cost ~100 ms a hash), for password hashes and for the
    signing keys derived from passwords; one test checks the real."""
    from argon2 import PasswordHasher

    import caseapp.services.auth as auth
    from caseapp.core.signing import KeyDerivation

    monkeypatch.setattr(auth, "make_hasher", lambda: PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    monkeypatch.setattr(auth, "make_key_derivation", lambda: KeyDerivation(time_cost=1, memory_kib=8, parallelism=1))


# The back ends the suite runs on: every application a fixture opens is opened on each (on PostgreSQL, in a
# database of its own on the session's test server).
PASSWORD = "correct horse battery"  # every account the fixtures make has this password
# The accounts of the `users` fixture: login -> (role, display name); "ada" is the first admin.
PEOPLE = {"ada": ("admin", "Ada Admin"), "olga": ("officer", "Officer Olga Nowak"),
          "sam": ("supervisor", "Sgt Sam Okafor"), "li": ("officer", "Officer Li Wei")}
SAMPLE_CASE = "CBSA-2024-000101"  # in tests/data/sample.json: a draft with accents, Chinese and markup-like text


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return default_catalogue()


def _open_sqlite(path: Path | None, catalogue: Catalogue | None, clock: Callable[[], datetime]) -> CaseApp:
    return CaseApp.open(":memory:" if path is None else path, catalogue=catalogue, clock=clock)


@pytest.fixture(scope="session", autouse=True)
def _stop_pg_cluster() -> Iterator[None]:
    """The session's test server (started on first use) stops at the end."""
    yield
    stop_pg_cluster()


@pytest.fixture(scope="module", autouse=True)
def _server_logins_per_module() -> Iterator[None]:
    """And those of databases a module shares between its tests go at the module's end."""
    made = made_count()
    yield
    drop_logins_since(made)


@pytest.fixture(autouse=True)
def _server_logins_per_test() -> Iterator[None]:
    """Accounts on the server are logins of the whole cluster: those a test made go at its end."""
    made = made_count()
    yield
    drop_logins_since(made)


@pytest.fixture
def pg_url() -> str:
    """A new, empty database on the test server."""
    return new_pg_database()


def _open_postgresql(path: Path | None, catalogue: Catalogue | None, clock: Callable[[], datetime]) -> CaseApp:
    """A database of its own on the session's test server (tests/pg_server.py); the same `path` reopens the
    same database, so a test may close and open its "file" again."""
    return CaseApp.open(pg_database_of(path), catalogue=catalogue, clock=clock)


# How each back end under test opens an application; BACKENDS (the `backend` fixture's parameters) are its keys.
OPENERS: dict[str, Callable[[Path | None, Catalogue | None, Callable[[], datetime]], CaseApp]] = {
    "sqlite": _open_sqlite,
    "postgresql": _open_postgresql,
}
BACKENDS = tuple(OPENERS)
#: a test of what only one back end has: a database file (backups of the file, dialogs choosing it, lockouts
#: the application counts itself), or a server (its sessions, its notices, a server that goes away)
FILE_ONLY = pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
SERVER_ONLY = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)


def reads_one_term_range_in_order(plan: str, backend: str) -> bool:
    """Whether a search's plan reads one range of the terms index, already in the order asked (no sort)."""
    if backend == "sqlite":
        return "SEARCH t USING PRIMARY KEY (term=?)" in plan and "TEMP B-TREE" not in plan
    return "using exhibit_terms_key on exhibit_terms t" in plan and "Sort" not in plan


def open_backend(backend: str, path: Path | None, catalogue: Catalogue | None = None,
                 clock: Callable[[], datetime] = fixed_clock) -> CaseApp:
    """An application on `backend`: in memory when `path` is None, else on that database file."""
    return OPENERS[backend](path, catalogue, clock)


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """The back end the applications of this test are opened on."""
    return str(request.param)


@pytest.fixture
def open_app(backend: str, catalogue: Catalogue) -> Iterator[Callable[..., CaseApp]]:
    """open_app(path=None, clock=fixed_clock): an application on the back end under test (in memory, or on
    the database file `path`), not yet initialised; closed after the test."""
    opened: list[CaseApp] = []

    def open_(path: Path | None = None, *, clock: Callable[[], datetime] = fixed_clock) -> CaseApp:
        app = open_backend(backend, path, catalogue, clock)
        opened.append(app)
        return app

    yield open_
    for app in opened:
        app.close()


@pytest.fixture
def fresh_app(open_app: Callable[..., CaseApp]) -> CaseApp:
    """An empty in-memory database behind the services, with a fixed clock and UTC agency time."""
    app = open_app()
    app.initialise(timezone="UTC")
    return app


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cases.sqlite3"


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="module")
def sample_app(backend: str, catalogue: Catalogue) -> Iterator[CaseApp]:
    """tests/data's IDS rows and JSON cases imported into an in-memory database (read-only use: shared by
    a module's tests)."""
    from caseapp.services.transfer import import_file

    app = open_backend(backend, None, catalogue)
    app.initialise(timezone="UTC")
    assert import_file(app, DATA / "sample_ids.csv", actor="tester").value.committed
    assert import_file(app, DATA / "sample.json", actor="tester").value.committed
    yield app
    app.close()


@pytest.fixture
def users_app(fresh_app: CaseApp) -> CaseApp:
    """The application the `users` fixture makes its accounts in (tests/gui/conftest.py: its database file)."""
    return fresh_app


def make_users(app: CaseApp) -> dict[str, User]:
    """The accounts of PEOPLE, password PASSWORD: the first admin as created, the others signed in (their
    entries are signed)."""
    from caseapp.services.auth import Accounts

    accounts = Accounts(app)
    (admin_login, (_, admin_name)), *others = PEOPLE.items()
    admin = accounts.create_first_admin(admin_login, PASSWORD, display_name=admin_name).value
    made = {admin_login: admin}
    for login, (role, name) in others:
        accounts.add_user(admin, login, PASSWORD, role=role, display_name=name)
        made[login] = accounts.authenticate(login, PASSWORD)
    return made


@pytest.fixture
def users(users_app: CaseApp) -> dict[str, User]:
    """ada (admin), olga and li (officers), sam (supervisor), all with PASSWORD: see PEOPLE."""
    return make_users(users_app)


@pytest.fixture
def sample_case_app(fresh_app: CaseApp, users: dict[str, User]) -> CaseApp:
    """tests/data/sample.json imported by officer olga into fresh_app, with the `users`: SAMPLE_CASE is a
    draft with accents, Chinese and a narrative that looks like markup."""
    from caseapp.services.transfer import import_file

    assert import_file(fresh_app, DATA / "sample.json", actor="olga").value.committed
    return fresh_app


def make_users_database(path: Path) -> None:
    """A database file with an admin (ada) and an officer (olga), password PASSWORD."""
    from caseapp.services.auth import Accounts

    app = CaseApp.open(path, clock=fixed_clock)
    try:
        app.initialise(timezone="UTC")
        accounts = Accounts(app)
        ada = accounts.create_first_admin("ada", PASSWORD).value
        accounts.add_user(ada, "olga", PASSWORD, role="officer")
    finally:
        app.close()


def generate_ids(path: Path, rows: int, seed: int = 3) -> Path:
    """A generated IDS file (bench/generate.py) of `rows` seizures."""
    import subprocess
    import sys

    subprocess.run([sys.executable, str(Path(__file__).resolve().parent.parent / "bench" / "generate.py"),
                    "--exhibits", str(rows), "--out", str(path), "--seed", str(seed)], check=True,
                   capture_output=True)
    return path


def populate(app: CaseApp, folder: Path,
             statement: bytes = b"signed statement of the seizing officer") -> dict[str, User]:
    """A database as an agency's would hold it: set up, an admin (ada) and an officer (olga), the sample IDS
    rows and JSON cases imported by olga, and a scanned statement attached to SAMPLE_CASE (written in `folder`).
    Returns the signed-in users."""
    from caseapp.services.attachments import Attachments
    from caseapp.services.auth import Accounts
    from caseapp.services.transfer import import_file

    app.initialise(agency_code="TEST", timezone="UTC")
    accounts = Accounts(app)
    ada = accounts.create_first_admin("ada", PASSWORD).value
    accounts.add_user(ada, "olga", PASSWORD, role="officer")
    olga = accounts.authenticate("olga", PASSWORD)
    assert import_file(app, DATA / "sample_ids.csv", actor="olga").value.committed
    assert import_file(app, DATA / "sample.json", actor="olga").value.committed
    scan = folder / "statement.txt"
    scan.write_bytes(statement)
    app.service(Attachments).add(olga, SAMPLE_CASE, scan)
    return {"ada": ada, "olga": olga}


def with_generated(app: CaseApp, folder: Path, rows: int, seed: int) -> CaseApp:
    """`app` with `rows` generated IDS rows imported (every kind of catalogue name) beside what it holds."""
    from caseapp.services.transfer import import_file

    source = generate_ids(folder / "ids.csv", rows, seed=seed)
    assert import_file(app, source, actor="tester", skip_invalid=True).value.committed
    return app

