"""Logins on many workstations at once, as real processes with the real argon2 parameters: the slow
password check runs outside the write lock, so logins do not queue behind each other's hashing."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from argon2 import PasswordHasher

from caseapp.services.app import CaseApp
from caseapp.services.auth import Accounts
from tests.conftest import PASSWORD

PROCESSES = 16
ROOT = Path(__file__).resolve().parents[2]

LOGIN_SCRIPT = """
import sys, time
from pathlib import Path
import caseapp.store.sqlite.db as db
db.BUSY_TIMEOUT_MS = 1000  # a workstation gives up after 1 s: 16 logins of ~0.1 s each would not fit in it
from caseapp.services.app import CaseApp
from caseapp.services.auth import Accounts
database, login, folder = sys.argv[1], sys.argv[2], Path(sys.argv[3])
app = CaseApp.open(database)
accounts = Accounts(app)  # the real argon2 parameters
(folder / f"{login}.ready").touch()
while not (folder / "go").exists():
    time.sleep(0.005)
try:
    user = accounts.authenticate(login, sys.argv[4])
    print("ok", user.login)
except Exception as exc:
    print("refused", type(exc).__name__, exc)
finally:
    app.close()
"""


def test_parallel_logins_with_real_argon2_all_succeed(tmp_path):
    database = tmp_path / "cases.sqlite3"
    app = CaseApp.open(database)
    try:
        app.initialise(timezone="UTC")
        accounts = Accounts(app, hasher=PasswordHasher())  # the real parameters, as in the field
        admin = accounts.create_first_admin("admin", PASSWORD).value
        logins = [f"officer{n:02d}" for n in range(PROCESSES)]
        for login in logins:
            accounts.add_user(admin, login, PASSWORD, role="officer")
    finally:
        app.close()
    script = tmp_path / "login.py"
    script.write_text(LOGIN_SCRIPT, encoding="utf-8")
    procs = [subprocess.Popen([sys.executable, str(script), str(database), login, str(tmp_path), PASSWORD],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for login in logins]
    deadline = time.monotonic() + 120
    while len(list(tmp_path.glob("*.ready"))) < PROCESSES and time.monotonic() < deadline:
        time.sleep(0.02)
    (tmp_path / "go").touch()  # every process logs in at the same moment
    results = [p.communicate(timeout=120) for p in procs]
    outputs = [out.strip() for out, _ in results]
    assert outputs == [f"ok {login}" for login in logins], [r[1][-300:] for r in results if r[1]]
    app = CaseApp.open(database)
    try:
        logged = [e.entity_id for e in app._audit.entries() if e.action == "login"]
        assert sorted(logged) == logins
        assert app.verify().ok
    finally:
        app.close()
