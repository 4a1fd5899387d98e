"""Shared fixtures. Qt runs offscreen: set before any QApplication can exist."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from caseapp.core.substances import Catalogue, default_catalogue  # noqa: E402
from caseapp.services.app import CaseApp  # noqa: E402

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


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return default_catalogue()


@pytest.fixture
def fresh_app(catalogue: Catalogue) -> CaseApp:
    """An empty in-memory database behind the services, with a fixed clock and UTC agency time."""
    app = CaseApp.open(":memory:", catalogue=catalogue, clock=fixed_clock)
    app.initialise(timezone="UTC")
    yield app
    app.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cases.sqlite3"


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="module")
def sample_app(catalogue: Catalogue) -> CaseApp:
    """tests/data's IDS rows and JSON cases imported into an in-memory database (read-only use: shared by
    a module's tests)."""
    from caseapp.services.transfer import import_file

    app = CaseApp.open(":memory:", catalogue=catalogue, clock=fixed_clock)
    app.initialise(timezone="UTC")
    assert import_file(app, DATA / "sample_ids.csv", actor="tester").value.committed
    assert import_file(app, DATA / "sample.json", actor="tester").value.committed
    yield app
    app.close()


PASSWORD = "correct horse battery"


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
