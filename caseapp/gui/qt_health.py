"""A check that the Qt binding keeps Python's reference counts: a binding that drops a reference to
None on every call of a method returning nothing (PySide6 6.12.0 on Python 3.11) aborts the process
with "none_dealloc" after a few thousand calls, taking unsaved work with it.

pyproject.toml keeps the installed (and so the frozen) binding off releases known to be broken; this
check catches a future release with the same fault, at start-up and in the test suite."""

from __future__ import annotations

import sys

#: releases known to drop references to None (refused by pyproject.toml and build.spec)
BROKEN_RELEASES = frozenset({"6.12.0"})


def none_reference_drift(calls: int = 200) -> int:
    """How many references to None the binding lost over `calls` ordinary void calls (0 when sound).

    Needs a QApplication. Python 3.12+ makes None immortal, which hides the fault (drift 0)."""
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    try:
        before = sys.getrefcount(None)
        for index in range(calls):
            label.setText("x" if index % 2 else "y")
            label.setVisible(False)
            label.setEnabled(bool(index % 2))
            label.setToolTip("")
        after = sys.getrefcount(None)
    finally:
        label.deleteLater()
    return before - after


def binding_version() -> str:
    import PySide6

    return str(PySide6.__version__)


def unsound_binding_message(calls: int = 200) -> str | None:
    """A message for the user when the binding is known or measured to lose references; None if sound."""
    version = binding_version()
    drift = none_reference_drift(calls)
    if version in BROKEN_RELEASES or drift > calls // 2:
        from caseapp.gui.i18n import translate

        return translate("QtHealth", "This installation uses PySide6 {version}, which loses Python references on "
                         "ordinary calls ({drift} over {calls} calls) and would end the application without saving "
                         "after a few thousand keystrokes. Reinstall caseapp so that it brings a sound PySide6 "
                         "release.").format(version=version, drift=drift, calls=calls * 4)
    return None
