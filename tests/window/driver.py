"""Drive the real application window on an X server with real key events (xdotool), as a user would:
keys arrive one by one through the X server, with pauses in which Qt's timers (validation, completers)
fire between them. The window runs in its own process; what it stored is read back through the store
from this one (a second process on the same file, as the CLI or a backup would be)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

KEY_DELAY_MS = 12  # between two keys of one burst: a fast typist


MAPPED_KEY_DELAY_MS = 150  # a character xdotool maps onto a spare key: one at a time, with this delay
_RUNS = re.compile(r"[\x00-\x7f]+|[^\x00-\x7f]")


class WindowGone(AssertionError):
    pass


def _xdotool(display: str, *args: str, timeout: float = 120) -> str:
    done = subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display}, capture_output=True,
                          text=True, timeout=timeout)
    return done.stdout


class Window:
    """One run of `caseapp` on a display; every key goes through the X server."""

    def __init__(self, display: str, database: Path, home: Path) -> None:
        self.display = display
        self.database = database
        self.home = home
        self.process: subprocess.Popen[bytes] | None = None
        self.main_window = ""
        self.keys_sent = 0
        self.started_at = 0.0
        home.mkdir(parents=True, exist_ok=True)
        self.stderr_path = home / "stderr.txt"
        self.log_dir = home / "logs"

    # -- the process ---------------------------------------------------------------------------------
    def environment(self) -> dict[str, str]:
        env = {key: value for key, value in os.environ.items() if not key.startswith("QT_")}
        env.update({
            "DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb", "HOME": str(self.home),
            "XDG_CONFIG_HOME": str(self.home / "config"), "XDG_DATA_HOME": str(self.home / "data"),
            "XDG_CACHE_HOME": str(self.home / "cache"), "XDG_RUNTIME_DIR": str(self.home / "runtime"),
            "CASEAPP_BACKUP_DIR": str(self.home / "backups"), "CASEAPP_LOG_DIR": str(self.log_dir),
            "PYTHONFAULTHANDLER": "1", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
        })
        (self.home / "runtime").mkdir(mode=0o700, exist_ok=True)
        return env

    def start(self, login: str, password: str, *args: str) -> None:
        self.started_at = time.monotonic()
        with self.stderr_path.open("wb") as err:
            self.process = subprocess.Popen([sys.executable, "-m", "caseapp.gui.app", "--db", str(self.database),
                                             *args], env=self.environment(), stdout=err, stderr=err)
        self.focus(self.wait_for("^Log in"))
        self.type(login)
        self.key("Tab")
        self.type(password)
        self.key("Return")
        self.main_window = self.wait_for(f"^caseapp — {re.escape(login)}")
        self.focus(self.main_window)

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def check_alive(self) -> None:
        if not self.alive():
            raise WindowGone(f"the window ended (exit {self.process.returncode if self.process else None}): "
                             f"{self.stderr()[-3000:]}")

    def stderr(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace") if self.stderr_path.exists() else ""

    def log(self) -> str:
        path = self.log_dir / "caseapp.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""

    def problems(self) -> list[str]:
        """Tracebacks, fatal errors and logged errors of the window's process so far."""
        found = []
        for source, text in (("stderr", self.stderr()), ("log", self.log())):
            for marker in ("Traceback", "Fatal Python error", "Segmentation fault", " ERROR "):
                if marker in text:
                    found.append(f"{source}: {marker}: {text[text.index(marker) - 200:][:3000]}")
        return found

    def quit(self, timeout: float = 60) -> int:
        """Ctrl+Q, as a user ends the day; the exit code. (No window manager hands the focus back to the
        main window when a dialog closes: a user would click it; we give it.)"""
        self.check_alive()
        if self.main_window:
            self.focus(self.main_window)
        self.key("ctrl+q")
        assert self.process is not None
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.screenshot(self.home / "quit-timeout.png")
            raise

    def kill(self) -> None:
        if self.alive():
            assert self.process is not None
            self.process.kill()
            self.process.wait(10)

    # -- windows ---------------------------------------------------------------------------------------
    def windows(self, title_pattern: str) -> list[str]:
        return _xdotool(self.display, "search", "--onlyvisible", "--name", title_pattern).split()

    def wait_for(self, title_pattern: str, timeout: float = 30) -> str:
        """The id of a visible window whose title matches, once it shows."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.check_alive()
            found = self.windows(title_pattern)
            if found:
                return found[-1]
            time.sleep(0.1)
        self.screenshot(self.home / "wait-timeout.png")
        raise AssertionError(f"no window titled {title_pattern!r} within {timeout} s")

    def wait_gone(self, title_pattern: str, timeout: float = 30) -> None:
        end = time.monotonic() + timeout
        while self.windows(title_pattern):
            if time.monotonic() > end:
                raise AssertionError(f"the window {title_pattern!r} is still open after {timeout} s")
            time.sleep(0.1)

    def focus(self, window: str) -> None:
        """No window manager runs: give the window the keyboard focus ourselves."""
        _xdotool(self.display, "windowfocus", "--sync", window)
        time.sleep(0.2)

    def screenshot(self, path: Path) -> Path | None:
        if shutil.which("import") is None:
            return None
        subprocess.run(["import", "-window", "root", str(path)], env={**os.environ, "DISPLAY": self.display},
                       capture_output=True, timeout=30)
        return path

    # -- keys ------------------------------------------------------------------------------------------
    def key(self, *keys: str, pause: float = 0.05) -> None:
        """Key chords as xdotool names them: 'Tab', 'shift+Tab', 'ctrl+s', 'alt+o', 'Return'."""
        self.check_alive()
        _xdotool(self.display, "key", "--clearmodifiers", "--delay", str(KEY_DELAY_MS), *keys)
        self.keys_sent += len(keys)
        time.sleep(pause)

    def type(self, text: str, pause: float = 0.05, delay_ms: int = KEY_DELAY_MS) -> None:
        """Text typed key by key (xdotool maps characters the keyboard lacks, accents and CJK included)."""
        self.check_alive()
        # A character the keyboard lacks (ë, 中) is typed by xdotool mapping it onto a spare key for a moment; a
        # client busy when the mapping changes back reads the key as nothing (seen on a loaded CI machine: "Zoë"
        # arrived as "Zo"). Such characters go one at a time, slowly, the client given time to catch up.
        for run in _RUNS.findall(text):
            plain = run.isascii()
            _xdotool(self.display, "type", "--clearmodifiers", "--delay", str(delay_ms if plain else
                                                                          max(delay_ms, MAPPED_KEY_DELAY_MS)),
                     "--", run)
            if not plain:
                time.sleep(MAPPED_KEY_DELAY_MS / 1000)
        self.keys_sent += len(text)
        time.sleep(pause)

    def field(self, chord: str, text: str, *, then: str | None = None, think: float = 0.35) -> None:
        """Jump to a field with its Alt letter, type into it, optionally leave it, then think a moment (the
        validation timer fires while the user looks at what they typed)."""
        self.key(chord)
        self.type(text)
        if then:
            self.key(then)
        time.sleep(think)
