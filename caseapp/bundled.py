"""Where the bundled resources are (substances.json, fonts/, translations/, demo/): in a source checkout
(``resources/`` beside the package), in an installed wheel (``caseapp/resources``) and in a PyInstaller build
(``sys._MEIPASS/resources``). Imports nothing of caseapp, so any module may ask (caseapp.paths re-exports it)."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The folder holding substances.json, fonts/, icons/, translations/ and demo/."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    package_dir = Path(__file__).resolve().parent
    candidates.append(package_dir.parent / "resources")  # source checkout
    candidates.append(package_dir / "resources")  # installed wheel
    for candidate in candidates:
        if (candidate / "substances.json").is_file():
            return candidate
    searched = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"caseapp resources not found (looked in {searched})")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
