"""Screenshots of the application for the README and docs/, taken offscreen on the demo database.

    python scripts/screenshots.py            # writes docs/images/*.png
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QLocale, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from caseapp.gui.main_window import MainWindow  # noqa: E402
from caseapp.gui.models.exhibits import COLUMN  # noqa: E402
from caseapp.services.app import CaseApp  # noqa: E402
from caseapp.services.auth import Accounts  # noqa: E402
from caseapp.services.demo import DEMO_PASSWORD, create_demo_database  # noqa: E402

OUT = ROOT / "docs" / "images"
SIZE = (1400, 880)


def clock() -> datetime:
    return datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def shoot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    qt = QApplication([])
    settings_dir = tempfile.mkdtemp(prefix="caseapp-shots-settings-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    qt.setOrganizationName("caseapp-screenshots")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.sqlite3"
        create_demo_database(path, clock=clock)
        app = CaseApp.open(path, clock=clock)
        officer = Accounts(app).authenticate("olga", DEMO_PASSWORD)
        window = MainWindow(app, officer, title_note=" (demo data)")
        window.resize(*SIZE)
        window.path_label.setText("demo.sqlite3 (throw-away demo database)")
        window.show()
        shoot(window, "main-window")

        panel = window.search_panel
        window.tabs.setCurrentWidget(panel)
        panel.substance.setText("fentanyl")
        panel.origin.setText("China")
        panel.run()
        for _ in range(200):  # the worker thread answers in a few milliseconds
            QApplication.processEvents()
            if panel.totals is not None and not panel.model.pending:
                break
            time.sleep(0.01)
        shoot(window, "search")
        window.tabs.setCurrentIndex(0)

        number = next(r.case_number for r in window.model.rows if r.hazard and r.status == "approved")
        tab = window.open_case(number)
        shoot(window, "case-form")
        tab.tabs.setCurrentWidget(tab.custody)
        tab.custody.exhibit_table.selectRow(0)
        shoot(window, "custody")
        tab.tabs.setCurrentWidget(tab.history)
        shoot(window, "history")

        new = window.new_case()
        form = new.form
        form.occurred.setText("2026-12-03 09:15")
        form.unit.setText("Pacific Region — Vancouver Mail Centre")
        form.place_name.setText("International Mail Centre")
        form.city.setText("Richmond")
        form.country.setText("Canada")
        form.origin.setText("China")
        model = form.exhibits.model
        for key, text in (("substance", "carfentanil"), ("form", "Powder"), ("quantity", "1,250.5"),
                          ("unit", "g")):
            model.setData(model.index(0, COLUMN[key]), text)
        form.revalidate()
        shoot(window, "case-form-errors")
        form.load(None)  # leave without the unsaved-changes question
        window.close()
        panel.stop()
        app.close()


if __name__ == "__main__":
    main()
