"""Working in French: a quantity typed with a decimal comma (and still no group separators), French words for
substances and units read back to their codes, the language kept in Preferences for the next start, Qt's own
buttons in French, and prints in the window's language unless another is chosen for the print."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.core.substances import default_catalogue
from caseapp.gui.dialogs.preferences import PreferencesDialog
from caseapp.gui.dialogs.print_options import PrintOptions, PrintOptionsDialog
from caseapp.gui.i18n import FOLLOW_SYSTEM, chosen_language, system_language
from caseapp.gui.main_window import MainWindow
from caseapp.gui.models.exhibits import COLUMN
from caseapp.gui.settings_keys import LANGUAGE
from caseapp.services.workflow import Workflow
from tests.gui.conftest import wait_finished


def _window(qtbot, app, user) -> MainWindow:
    main = MainWindow(app, user)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main or main.isVisible())
    return main


def _text(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(
        path.read_bytes())).pages)


def test_a_french_quantity_takes_a_decimal_comma_and_french_words(french, qtbot, disk_app, users):
    window = _window(qtbot, disk_app, users["olga"])
    tab = window.new_case()
    form = tab.form
    qtbot.keyClicks(form.occurred, "2026-11-20")
    model = form.exhibits.model
    model.setData(model.index(0, COLUMN["substance"]), "cocaïne")
    model.setData(model.index(0, COLUMN["quantity"]), "1.5")  # the English mark is a mistake in French
    model.setData(model.index(0, COLUMN["unit"]), "kilogramme")
    form.revalidate()
    assert [e.field for e in form.errors] == ["exhibits[0].quantity"]
    assert "1.5" == model.data(model.index(0, COLUMN["quantity"]), Qt.ItemDataRole.DisplayRole)  # kept as typed
    model.setData(model.index(0, COLUMN["quantity"]), "1 000,5")  # a group separator, refused as in English
    form.revalidate()
    assert [e.field for e in form.errors] == ["exhibits[0].quantity"]
    model.setData(model.index(0, COLUMN["quantity"]), "1,5")
    form.revalidate()
    assert form.errors == []
    assert tab.save()
    exhibit = disk_app.get_case(tab.case_number).exhibits[0]
    # stored as if typed in English: the catalogue's name and the unit's code
    assert (exhibit.substance, exhibit.quantity) == (default_catalogue().find("cocaine").name,
                                                     Quantity(Decimal("1.5"), "kg"))
    assert model.data(model.index(0, COLUMN["quantity"]), Qt.ItemDataRole.DisplayRole) == "1,5"
    assert model.data(model.index(0, COLUMN["substance"]), Qt.ItemDataRole.DisplayRole) == "Cocaïne"
    qtbot.waitUntil(lambda: not form._timer.isActive())


def test_preferences_keep_the_language_for_the_next_start(qtbot, isolated_settings):
    dialog = PreferencesDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == FOLLOW_SYSTEM
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.accept()
    assert QSettings().value(LANGUAGE) == "fr" and chosen_language() == "fr"
    again = PreferencesDialog(None)
    qtbot.addWidget(again)
    assert again.language.currentData() == "fr"  # shown as chosen
    again.language.setCurrentIndex(again.language.findData(FOLLOW_SYSTEM))
    again.accept()
    assert chosen_language() == system_language()


def test_qt_own_buttons_speak_french(french, qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {button.text().replace("&", "") for button in box.buttons()}
    assert texts == {"Oui", "Non", "Annuler"}


@pytest.fixture
def french_window(french, qtbot, disk_app, users):
    Workflow(disk_app).create(users["olga"], Case(
        occurred_at="2026-11-20T10:00", location=Location(country="CA", city="Richmond"),
        exhibits=[Exhibit(substance="heroin", form="powder", quantity=Quantity(Decimal("12.5"), "g"))]))
    main = _window(qtbot, disk_app, users["olga"])
    main.table.selectRow(0)
    return main


def test_a_print_is_in_the_window_language_unless_chosen_otherwise(french_window, qtbot, tmp_path, dialogs,
                                                                    monkeypatch):
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
    asked = PrintOptionsDialog(french_window, "Étiquettes", labels=True)
    qtbot.addWidget(asked)
    assert asked.options() == PrintOptions("fr", False)  # the window's language is offered first
    report, labels = tmp_path / "rapport.pdf", tmp_path / "labels.pdf"
    wait_finished(qtbot, french_window.printing.print_case("report", report))
    text = _text(report)
    assert "Rapport d'incident" in text and "Héroïne" in text and "12,5 g" in text
    assert "Case incident report" not in text
    wait_finished(qtbot, french_window.printing.print_case("labels", labels, options=PrintOptions("en", True)))
    text = _text(labels)
    assert "Seized by / Saisie par" in text and "Heroin, powder / Héroïne, poudre" in text  # English first


def test_the_exhibit_columns_are_wide_enough_for_their_french_titles(french, qtbot, disk_app, users):
    window = _window(qtbot, disk_app, users["olga"])
    table = window.new_case().form.exhibits
    header = table.view.horizontalHeader()
    metrics = header.fontMetrics()
    model = table.model
    narrow = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())
              if header.sectionSize(column) < metrics.horizontalAdvance(
                  str(model.headerData(column, Qt.Orientation.Horizontal))) + 12]
    assert narrow == []
