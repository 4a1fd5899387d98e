"""Signed audit entries: what they cost. Prints
- a sign-in with the real argon2id parameters (password check plus key derivation), and each half alone;
- a saved case (one audited change) by a signed-in user against the same save with no accounts (unsigned);
- verify of a database of N cases, each saved by a signed-in officer, with and without the entries' checks
  (signatures, rows against actions, keys, attachments): "without" is verify as it was before signing.

    python bench/signing.py --cases 10000
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.core.signing import KeyDerivation, derive_key
from caseapp.services.app import CaseApp
from caseapp.services.auth import Accounts, make_hasher
from caseapp.services.workflow import Workflow

PASSWORD = "correct horse battery staple"


def case(i: int) -> Case:
    return Case(occurred_at=f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}", location=Location(country="CA"),
                narrative=f"bench case {i}",
                exhibits=[Exhibit(substance="cocaine", quantity=Quantity(Decimal(str(1 + i % 50)), "kg")),
                          Exhibit(substance="fentanyl", quantity=Quantity(Decimal("12"), "g"))])


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="caseapp-signing-"))

    # -- sign-in with the real parameters ----------------------------------------------------------------
    app = CaseApp.open(folder / "accounts.sqlite3")
    app.initialise(agency_code="BENCH", timezone="UTC")
    accounts = Accounts(app)
    admin = accounts.create_first_admin("ada", PASSWORD).value
    accounts.add_user(admin, "olga", PASSWORD, role="officer")
    logins = timed(lambda: accounts.authenticate("olga", PASSWORD), 7)
    record = accounts.users.get("olga")
    assert record is not None and record.key_salt
    hasher = make_hasher()
    checks = timed(lambda: hasher.verify(record.password_hash, PASSWORD), 7)
    derivations = timed(lambda: derive_key(PASSWORD, record.key_salt or ""), 7)
    real = KeyDerivation()
    print(f"sign-in (argon2id t={real.time_cost}, m={real.memory_kib} KiB, p={real.parallelism} for both the "
          f"password hash and the key): median {statistics.median(logins) * 1000:.0f} ms "
          f"(password check {statistics.median(checks) * 1000:.0f} ms, "
          f"key derivation {statistics.median(derivations) * 1000:.0f} ms)")
    app.close()

    # -- signing per audited change ---------------------------------------------------------------------
    saves = 300
    unsigned = CaseApp.open(folder / "unsigned.sqlite3")
    unsigned.initialise(agency_code="BENCH", timezone="UTC")
    plain = timed(lambda: unsigned.record_case(case(1), actor="olga"), saves)
    unsigned.close()
    signed_app = CaseApp.open(folder / "signed.sqlite3")
    signed_app.initialise(agency_code="BENCH", timezone="UTC")
    accounts = Accounts(signed_app)
    admin = accounts.create_first_admin("ada", PASSWORD).value
    accounts.add_user(admin, "olga", PASSWORD, role="officer")
    olga = accounts.authenticate("olga", PASSWORD)
    flow = Workflow(signed_app)
    signed = timed(lambda: flow.create(olga, case(1)), saves)
    key = signed_app.keys.get("olga")
    assert key is not None
    sign_only = timed(lambda: key.sign(b"0" * 64), 2000)
    print(f"saving a 2-exhibit case, {saves} saves: unsigned (no accounts) median "
          f"{statistics.median(plain) * 1000:.2f} ms, signed by a signed-in officer "
          f"{statistics.median(signed) * 1000:.2f} ms (the Ed25519 signature alone "
          f"{statistics.median(sign_only) * 1e6:.0f} us)")

    # -- verify on N cases --------------------------------------------------------------------------------
    start = time.perf_counter()
    for i in range(args.cases - saves):
        flow.create(olga, case(i))
    built = time.perf_counter() - start
    cases = signed_app._store.count_cases()
    entries = signed_app._db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    import caseapp.store.sqlite.verify as verify_module

    after = timed(lambda: verify_module.verify_database(signed_app._db), 3)
    real_check = verify_module.check_entries
    verify_module.check_entries = lambda db, report, admin_key=None: None  # verify as before signing
    before = timed(lambda: verify_module.verify_database(signed_app._db), 3)
    verify_module.check_entries = real_check
    report = verify_module.verify_database(signed_app._db)
    assert report.ok, report.problems
    print(f"verify of {cases:,} cases ({entries:,} signed entries, built in {built:.0f} s): without the entries' "
          f"checks (as before) {min(before):.2f} s, with them {min(after):.2f} s")
    signed_app.close()


if __name__ == "__main__":
    main()
