"""Screenshots of the application for the README and docs/, taken offscreen on the demo database.

    python scripts/screenshots.py            # writes docs/images/*.png
    python scripts/screenshots.py --lang fr  # the window in French: docs/images/*-fr.png

The first page of a case report, of the summary of all seizures and of a sheet of labels are drawn too, in
the same language (pdftoppm, at 100 dpi: an A4 page 827 pixels wide), when pdftoppm is installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
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

from caseapp.gui.i18n import install_language  # noqa: E402
from caseapp.gui.main_window import MainWindow  # noqa: E402
from caseapp.gui.models.exhibits import COLUMN  # noqa: E402
from caseapp.services import reports  # noqa: E402
from caseapp.services.app import CaseApp  # noqa: E402
from caseapp.services.auth import Accounts  # noqa: E402
from caseapp.services.demo import DEMO_PASSWORD, create_demo_database  # noqa: E402
from caseapp.services.summary import summary_report  # noqa: E402
from caseapp.store.contract import SearchQuery  # noqa: E402

OUT = ROOT / "docs" / "images"
SIZE = (1400, 880)


def clock() -> datetime:
    return datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


SUFFIX = ""
REPORTED_CASE = "DEMO-2026-000044"  # approved, three exhibits, one hazardous


def page_one(write, name: str, folder: Path) -> None:
    """The first page of the PDF `write(out)` makes, as docs/images/<name><SUFFIX>.png."""
    pdf = folder / f"{name}.pdf"
    with pdf.open("wb") as out:
        write(out)
    target = OUT / f"{name}{SUFFIX}"
    subprocess.run(["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(target)],
                   check=True)
    print(target.with_suffix(".png").relative_to(ROOT))


def report_pages(app: CaseApp, lang: str, folder: Path) -> None:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not installed: no report pages drawn")
        return
    supervisor = Accounts(app).authenticate("sam", DEMO_PASSWORD)
    page_one(lambda out: reports.case_report(app, supervisor, REPORTED_CASE, out, lang=lang), "report-case", folder)
    page_one(lambda out: summary_report(app, supervisor, SearchQuery(), out, lang=lang), "report-summary", folder)
    page_one(lambda out: reports.labels(app, supervisor, REPORTED_CASE, out, sheet=True, lang=lang,
                                        bilingual=lang != "en"), "report-labels", folder)


def shoot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    path = OUT / f"{name}{SUFFIX}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT))


def main(lang: str = "en") -> None:
    global SUFFIX
    SUFFIX = "" if lang == "en" else f"-{lang}"
    OUT.mkdir(parents=True, exist_ok=True)
    qt = QApplication([])
    settings_dir = tempfile.mkdtemp(prefix="caseapp-shots-settings-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    qt.setOrganizationName("caseapp-screenshots")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    if lang != "en":
        install_language(qt, lang)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.sqlite3"
        create_demo_database(path, clock=clock)
        app = CaseApp.open(path, clock=clock)
        officer = Accounts(app).authenticate("olga", DEMO_PASSWORD)
        french = lang == "fr"
        window = MainWindow(app, officer, title_note=" (données de démonstration)" if french else " (demo data)")
        window.resize(*SIZE)
        window.path_label.setText("demo.sqlite3 (base de démonstration jetable)" if french
                                  else "demo.sqlite3 (throw-away demo database)")
        window.show()
        shoot(window, "main-window")

        panel = window.search_panel
        window.tabs.setCurrentWidget(panel)
        panel.substance.setText("fentanyl")
        panel.origin.setText("Chine" if french else "China")
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
        form.origin.setText("Chine" if french else "China")
        model = form.exhibits.model
        for key, text in (("substance", "carfentanil"), ("form", "Poudre" if french else "Powder"),
                          ("quantity", "1 250,5" if french else "1,250.5"), ("unit", "g")):
            model.setData(model.index(0, COLUMN[key]), text)
        form.revalidate()
        shoot(window, "case-form-errors")
        form.load(None)  # leave without the unsaved-changes question
        window.close()
        panel.stop()
        report_pages(app, lang, Path(folder))
        app.close()


if __name__ == "__main__":
    main(sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv else "en")
