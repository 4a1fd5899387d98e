"""Smoke test of the frozen build (build.spec): run the bundled executables, not the source.

    python scripts/smoke_frozen.py --dist dist/caseapp

In a temporary folder, with a database and user folders inside it and Python's own environment variables
removed, it runs the frozen command line: --version (must be the package's version), init, user add, import
of tests/data/sample.json, search with analogues (rows expected), report, labels and summary as PDF, verify. Then it
starts the frozen desktop application on the same database with QT_QPA_PLATFORM=offscreen, checks that it
is still running a few seconds later (waiting at the login dialog) and printed no traceback, and ends it.
Each step is printed; the first failure stops the run with a message and exit status 1 (the temporary
folder is kept for a look). Exit status 0 when every step passed.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "sample.json"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
COMMAND_TIMEOUT_S = 180
ADMIN, ADMIN_PASSWORD = "ada", "smoke-admin-password-1"
OFFICER, OFFICER_PASSWORD = "olga", "smoke-officer-password-1"
MIN_PDF_BYTES = 2000


class SmokeFailure(Exception):
    pass


def package_version() -> str:
    """caseapp.__version__ as written in the checkout, read without importing the package."""
    tree = ast.parse((ROOT / "caseapp" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__version__" for t in node.targets):
            return str(ast.literal_eval(node.value))
    raise SmokeFailure("caseapp/__init__.py has no __version__")


def missing_report_modules() -> list[str]:
    """The caseapp.services modules the report commands import (caseapp/cli_reports.py) that this checkout
    does not have yet: while one is missing, `report`, `labels` and `summary` cannot work, frozen or not."""
    source = ROOT / "caseapp" / "cli_reports.py"
    if not source.is_file():
        return ["caseapp.cli_reports"]
    needed = {"reports"}
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == "caseapp.services":
            needed.update(alias.name for alias in node.names)
    services = ROOT / "caseapp" / "services"
    return [f"caseapp.services.{name}" for name in sorted(needed)
            if not (services / f"{name}.py").is_file() and not (services / name / "__init__.py").is_file()]


class Smoke:
    def __init__(self, dist: Path, work: Path, gui_seconds: float) -> None:
        self.cli = dist / f"caseapp-cli{EXE_SUFFIX}"
        self.gui = dist / f"caseapp{EXE_SUFFIX}"
        self.work = work
        self.db = work / "smoke.sqlite3"
        self.gui_seconds = gui_seconds
        self.step_number = 0
        self.env = self._environment()

    def _environment(self) -> dict[str, str]:
        """Nothing from the development environment: no PYTHONPATH or virtualenv, the user folders (settings,
        data, backups, caches) inside the temporary folder, Qt offscreen."""
        env = {k: v for k, v in os.environ.items()
               if not k.startswith("PYTHON") and k not in ("VIRTUAL_ENV", "CASEAPP_PASSWORD", "CASEAPP_NEW_PASSWORD")}
        for name in ("CONFIG", "DATA", "CACHE", "STATE"):
            folder = self.work / "home" / name.lower()
            folder.mkdir(parents=True, exist_ok=True)
            env[f"XDG_{name}_HOME"] = str(folder)
        env["CASEAPP_DB"] = str(self.db)
        env["CASEAPP_BACKUP_DIR"] = str(self.work / "backups")
        env["QT_QPA_PLATFORM"] = "offscreen"
        return env

    def step(self, title: str) -> None:
        self.step_number += 1
        print(f"[{self.step_number}] {title}", flush=True)

    def run_cli(self, *args: str, password: str | None = None, new_password: str | None = None,
                expect: int = 0, show: bool = True) -> subprocess.CompletedProcess[str]:
        env = dict(self.env)
        if password is not None:
            env["CASEAPP_PASSWORD"] = password
        if new_password is not None:
            env["CASEAPP_NEW_PASSWORD"] = new_password
        shown = " ".join(["caseapp-cli", *args])
        print(f"    $ {shown}", flush=True)
        started = time.monotonic()
        try:
            result = subprocess.run([str(self.cli), *args], cwd=self.work, env=env, capture_output=True, text=True,
                                    encoding="utf-8", errors="replace", timeout=COMMAND_TIMEOUT_S,
                                    stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise SmokeFailure(f"`{shown}` did not finish in {COMMAND_TIMEOUT_S} s") from None
        elapsed = time.monotonic() - started
        for line in result.stdout.strip().splitlines()[:8] if show else []:
            print(f"      {line}")
        if result.returncode != expect or "Traceback (most recent call last)" in result.stderr:
            raise SmokeFailure(f"`{shown}` exited {result.returncode} (expected {expect}) after {elapsed:.1f} s\n"
                               f"--- stdout ---\n{result.stdout[-3000:]}\n--- stderr ---\n{result.stderr[-5000:]}")
        print(f"      ok ({elapsed:.1f} s)", flush=True)
        return result

    def check_pdf(self, path: Path) -> None:
        if not path.is_file():
            raise SmokeFailure(f"{path.name} was not written")
        data = path.read_bytes()
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:] or len(data) < MIN_PDF_BYTES:
            raise SmokeFailure(f"{path.name} is not a complete PDF ({len(data)} bytes, starts {data[:8]!r})")
        print(f"      {path.name}: {len(data):,} bytes, a PDF")

    def run(self, *, require_reports: bool) -> None:
        version = package_version()
        sample = self.work / SAMPLE.name
        shutil.copyfile(SAMPLE, sample)

        self.step("version")
        out = self.run_cli("--version").stdout.strip()
        if out != f"caseapp {version}":
            raise SmokeFailure(f"caseapp-cli --version printed {out!r}; the package is caseapp {version} "
                               f"(a stale build?)")

        self.step("init with the first admin")
        self.run_cli("init", "--agency", "SMK", "--timezone", "UTC", "--admin", ADMIN, new_password=ADMIN_PASSWORD)
        if not self.db.is_file():
            raise SmokeFailure(f"init did not create {self.db} (CASEAPP_DB ignored?)")

        self.step("add an officer")
        self.run_cli("--user", ADMIN, "user", "add", OFFICER, "--role", "officer", password=ADMIN_PASSWORD,
                     new_password=OFFICER_PASSWORD)

        self.step(f"import {SAMPLE.name}")
        out = self.run_cli("--user", OFFICER, "import", sample.name, password=OFFICER_PASSWORD).stdout
        if "imported" not in out or "imported 0 cases" in out:
            raise SmokeFailure(f"the import wrote nothing: {out.strip()!r}")

        self.step("search fentanyl with its analogues")
        rows = json.loads(self.run_cli("search", "fentanyl", "--analogues", "--format", "json", show=False).stdout)
        if not isinstance(rows, list) or not rows:
            raise SmokeFailure("the search found no rows")
        names = {row.get("substance") for row in rows} | {row.get("lab_substance") for row in rows}
        analogues = sorted(n for n in names if n and n.lower() != "fentanyl")
        if not analogues:
            found = sorted(n for n in names if n)
            raise SmokeFailure(f"the search found no analogues of fentanyl (catalogue missing?): {found}")
        case = str(rows[0]["case_number"])
        print(f"      {len(rows)} rows, analogues {', '.join(analogues)}; case {case}")

        missing = missing_report_modules()
        if missing and not require_reports:
            print(f"[-] report, labels and summary SKIPPED: this checkout does not have {', '.join(missing)} yet "
                  f"(--require-reports makes this a failure)", flush=True)
        else:
            self.step(f"case report of {case}")
            self.run_cli("--user", OFFICER, "report", case, "--out", "report.pdf", password=OFFICER_PASSWORD)
            self.check_pdf(self.work / "report.pdf")
            self.step(f"labels of {case}")
            self.run_cli("--user", OFFICER, "labels", case, "--out", "labels.pdf", password=OFFICER_PASSWORD)
            self.check_pdf(self.work / "labels.pdf")
            self.step("summary of the fentanyl family")
            self.run_cli("--user", OFFICER, "summary", "fentanyl", "--analogues", "--out", "summary.pdf",
                         password=OFFICER_PASSWORD)
            self.check_pdf(self.work / "summary.pdf")

        self.step("verify")
        self.run_cli("verify")

        self.step(f"desktop application, offscreen, for {self.gui_seconds:g} s")
        self.run_gui()

    def run_gui(self) -> None:
        args = [str(self.gui), "--db", str(self.db)]
        print(f"    $ caseapp --db {self.db.name}   (QT_QPA_PLATFORM=offscreen)", flush=True)
        stdout_path, stderr_path = self.work / "gui.stdout", self.work / "gui.stderr"
        with stdout_path.open("w") as stdout, stderr_path.open("w") as stderr:
            process = subprocess.Popen(args, cwd=self.work, env=self.env, stdout=stdout, stderr=stderr,
                                       stdin=subprocess.DEVNULL)
            try:
                deadline = time.monotonic() + self.gui_seconds
                while time.monotonic() < deadline and process.poll() is None:
                    time.sleep(0.1)
                evidence = self._gui_evidence(process.pid) if process.poll() is None else []
                running = process.poll() is None
            finally:
                self._stop(process)
        err = stderr_path.read_text(encoding="utf-8", errors="replace")
        out = stdout_path.read_text(encoding="utf-8", errors="replace")
        if not running:
            raise SmokeFailure(f"the desktop application exited with status {process.returncode} within "
                               f"{self.gui_seconds:g} s\n--- stdout ---\n{out[-3000:]}\n--- stderr ---\n{err[-5000:]}")
        if "Traceback (most recent call last)" in err:
            raise SmokeFailure(f"the desktop application printed a traceback:\n{err[-5000:]}")
        for line in evidence:
            print(f"      {line}")
        noise = [line for line in err.splitlines() if line.strip()]
        if noise:
            print(f"      stderr ({len(noise)} lines, no traceback): {noise[0][:150]}")
        print("      ok: still running at the login dialog, then ended", flush=True)

    def _gui_evidence(self, pid: int) -> list[str]:
        """On Linux: that Qt's offscreen platform plugin is loaded and the database is open (so the window
        got past start-up to the login dialog). Elsewhere nothing to add."""
        proc = Path(f"/proc/{pid}")
        if not proc.is_dir():
            return []
        try:
            maps = (proc / "maps").read_text(errors="replace")
            fds = [os.readlink(fd) for fd in (proc / "fd").iterdir()]
        except OSError:
            return []
        if "libqoffscreen" not in maps:
            raise SmokeFailure("the desktop application is running but has not loaded Qt's offscreen platform "
                               "plugin (libqoffscreen): is it in the bundle?")
        if not any(Path(fd).name == self.db.name for fd in fds):
            raise SmokeFailure("the desktop application is running but has not opened the database")
        return ["Qt offscreen platform plugin loaded from the bundle, database open"]

    @staticmethod
    def _stop(process: subprocess.Popen[bytes]) -> None:
        if process.poll() is not None:
            return
        if sys.platform != "win32":
            process.send_signal(signal.SIGTERM)
        else:
            process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke test of the frozen caseapp build (build.spec).")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "caseapp",
                        help="the built folder holding caseapp and caseapp-cli (default: dist/caseapp)")
    parser.add_argument("--gui-seconds", type=float, default=5.0,
                        help="how long the desktop application must stay up (default 5)")
    parser.add_argument("--require-reports", action="store_true",
                        help="fail, rather than skip report, labels and summary, when the checkout lacks their modules")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder after a successful run")
    args = parser.parse_args(argv)

    dist = args.dist.resolve()
    for exe in (dist / f"caseapp-cli{EXE_SUFFIX}", dist / f"caseapp{EXE_SUFFIX}"):
        if not exe.is_file():
            print(f"SMOKE TEST FAILED: {exe} does not exist: build first (pyinstaller --noconfirm build.spec)",
                  file=sys.stderr)
            return 1
    work = Path(tempfile.mkdtemp(prefix="caseapp-smoke-"))
    print(f"smoke test of {dist} in {work}", flush=True)
    started = time.monotonic()
    try:
        Smoke(dist, work, args.gui_seconds).run(require_reports=args.require_reports)
    except SmokeFailure as exc:
        print(f"\nSMOKE TEST FAILED: {exc}\n(kept {work})", file=sys.stderr, flush=True)
        return 1
    print(f"smoke test passed in {time.monotonic() - started:.1f} s", flush=True)
    if args.keep:
        print(f"kept {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
