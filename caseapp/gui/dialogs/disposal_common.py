"""What the disposal dialogs share: how a refusal and a batch's state are shown, and saving a certificate."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from caseapp.core.disposals import STATUS_WORDS
from caseapp.core.errors import CaseAppError
from caseapp.gui.i18n import translate
from caseapp.services.app import CaseApp
from caseapp.services.auth import User
from caseapp.services.disposal import DisposalError
from caseapp.services.guard import check_output

ERROR_STYLE = "color: #b00020; font-weight: bold;"


def problems_text(error: CaseAppError) -> str:
    """A refusal as the dialogs show it: one reason a line."""
    problems = error.problems if isinstance(error, DisposalError) else (str(error),)
    return "\n".join(("• " + p) if len(problems) > 1 else p for p in problems)


def status_text(status: str) -> str:
    return translate("Disposal", STATUS_WORDS.get(status, status))


def save_certificate(app: CaseApp, user: User, batch: str, path: Path) -> int:
    """Write a disposed batch's certificate to `path` (never over the database); returns its pages."""
    from caseapp.services.disposal_papers import certificate

    check_output(path, app.path, what="the PDF")
    with path.open("wb") as out:
        return certificate(app, user, batch, out)


def ask_pdf_path(parent: QWidget, title: str, name: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, title, name, "PDF (*.pdf)")
    if not chosen:
        return None
    return Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")


