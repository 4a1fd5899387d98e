"""The Qt binding must not drop references to None: a release that does aborts the window after a few
thousand keystrokes (PySide6 6.12.0 on Python 3.11). Run in a subprocess so a broken binding fails
this test with a message instead of aborting the whole test run."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import version

from caseapp.gui.qt_health import BROKEN_RELEASES, unsound_binding_message

PROBE = """
import sys
from PySide6.QtWidgets import QApplication
from caseapp.gui.qt_health import none_reference_drift
app = QApplication([])
print(none_reference_drift(12500))  # 4 calls each: 50,000 ordinary void calls
"""


def test_fifty_thousand_void_calls_leave_none_refcount_unchanged():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"the Qt binding crashed the process: {done.stderr[-2000:]}"
    # a sound binding: a few references come and go with Python's own caches; the fault loses one a call
    assert abs(int(done.stdout.strip().splitlines()[-1])) < 100


def test_installed_binding_is_not_a_known_broken_release():
    assert version("PySide6-Essentials") not in BROKEN_RELEASES


def test_start_up_check_finds_the_installed_binding_sound(qapp):
    assert unsound_binding_message() is None


def test_pyproject_excludes_every_known_broken_release():
    from pathlib import Path

    text = (Path(__file__).parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    for release in BROKEN_RELEASES:
        assert f"!={release}" in text
