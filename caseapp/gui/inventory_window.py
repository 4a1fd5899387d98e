"""Evidence > Inventory audit from the main window: the dialog, and its report printed as the window prints
(the language asked, then the file; written off the GUI thread and audited, then opened)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from PySide6.QtCore import Qt

from caseapp.gui.dialogs.inventory_audit import InventoryAuditDialog
from caseapp.gui.dialogs.print_options import PrintOptions, ask_print_options
from caseapp.gui.file_operations import AUDITED
from caseapp.gui.i18n import translate
from caseapp.gui.worker import DatabaseTask
from caseapp.services.app import CaseApp
from caseapp.services.inventory import inventory_report

#: the main window (its app, user and Printing); not imported, so the window can import this module
MainWindow = Any


def print_audit(window: MainWindow, audit_id: int, path: Path | None = None,
                options: PrintOptions | None = None) -> DatabaseTask | None:
    """Print audit `audit_id`'s report; without `path`, the language is asked, then the file."""
    title = translate("InventoryAuditDialog", "Inventory audit report")
    if path is None:
        options = options or ask_print_options(window, title)
        if options is None:
            return None
        path = window.printing._pdf_path(title, f"inventory-audit-{audit_id}.pdf")
        if path is None:
            return None
    lang = options.lang if options is not None else None
    user = window.user

    def write(app: CaseApp, out: BinaryIO) -> int:
        return inventory_report(app, user, audit_id, out, lang=lang)

    return window.printing._write_pdf(path, write, AUDITED)


def open_inventory_audit(window: MainWindow) -> InventoryAuditDialog:
    """The inventory audit dialog over the window (window-modal: the window's own scanning waits)."""
    dialog = InventoryAuditDialog(window.app, window.user, lambda audit_id: print_audit(window, audit_id), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    dialog.location_edit.setFocus()
    return dialog
