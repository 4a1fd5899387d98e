"""The case list and exhibits models: Qt's model checks, lazy paging, SQL sorting, live kg-equivalent."""

from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt

from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.gui.models.case_list import CASE, DATE, KG, SUBSTANCES, CaseListModel
from caseapp.gui.models.exhibits import COLUMN, ExhibitsModel
from caseapp.services.transfer import import_file
from caseapp.store.contract import CaseListQuery


def add_cases(app, how_many):
    for day in range(how_many):
        app.record_case(Case(occurred_at=f"2024-01-{day % 28 + 1:02d}", location=Location(country="CA"),
                             exhibits=[Exhibit(substance="cocaine", quantity=Quantity(Decimal(day + 1), "g"))]),
                        actor="olga")


def test_case_list_model_passes_qt_model_checks(qtmodeltester, disk_app, data_dir):
    import_file(disk_app, data_dir / "sample.json", actor="olga")
    model = CaseListModel(disk_app, page_size=2)
    model.refresh()
    qtmodeltester.check(model, force_py=True)


def test_case_list_loads_page_by_page(disk_app):
    add_cases(disk_app, 25)
    model = CaseListModel(disk_app, page_size=10)
    model.refresh()
    assert model.rowCount() == 10
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 25
    assert not model.canFetchMore(QModelIndex())
    numbers = [model.data(model.index(r, CASE)) for r in range(25)]
    assert len(set(numbers)) == 25


def test_sorting_is_done_in_sql_over_every_row_not_only_loaded_ones(disk_app):
    add_cases(disk_app, 30)
    model = CaseListModel(disk_app, page_size=5)
    model.refresh()
    model.sort(DATE, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == 5
    assert model.data(model.index(0, DATE)) == "2024-01-01"  # the oldest of all 30, not of the first page
    model.sort(SUBSTANCES, Qt.SortOrder.AscendingOrder)  # not sortable in SQL: nothing changes
    assert model.query.sort == "occurred_at"


def test_filter_and_totals(disk_app, data_dir):
    import_file(disk_app, data_dir / "sample.json", actor="olga")
    model = CaseListModel(disk_app)
    model.set_filter("printer ink")
    assert [model.data(model.index(r, CASE)) for r in range(model.rowCount())] == ["CBSA-2024-000101"]
    assert model.total() == 1
    assert "kg" in model.data(model.index(0, KG))
    model.set_filter("", status="approved")
    assert model.rowCount() == 0 and model.query == CaseListQuery(status="approved")


def test_exhibits_model_passes_qt_model_checks(qtmodeltester, catalogue):
    model = ExhibitsModel(catalogue)
    model.set_exhibits([Exhibit(substance="Fentanyl", form="powder", quantity=Quantity(Decimal("12.5"), "g"))])
    model.add_row()
    qtmodeltester.check(model, force_py=True)


def test_kg_equivalent_and_hazard_follow_what_is_typed(catalogue):
    model = ExhibitsModel(catalogue)
    row = model.add_row()
    model.setData(model.index(row, COLUMN["substance"]), "carfentanil")
    model.setData(model.index(row, COLUMN["quantity"]), "12.5")
    model.setData(model.index(row, COLUMN["unit"]), "g")
    assert model.data(model.index(row, COLUMN["kg"])) == "0.0125 kg"
    assert "HAZARD" in model.data(model.index(row, COLUMN["hazard"]))
    model.setData(model.index(row, COLUMN["quantity"]), "unknown")
    assert model.data(model.index(row, COLUMN["kg"])) == ""
    exhibits, problems = model.exhibits()
    assert exhibits[0].quantity == Quantity(None, "g") and not problems


def test_a_bad_number_in_a_cell_is_a_problem_naming_the_cell(catalogue):
    model = ExhibitsModel(catalogue)
    row = model.add_row()
    model.setData(model.index(row, COLUMN["quantity"]), "1,000.5")
    _, problems = model.exhibits()
    assert [(p.field, "thousands separators" in p.message) for p in problems] == [("exhibits[0].quantity", True)]
    model.set_issues(problems)
    assert model.data(model.index(row, COLUMN["quantity"]), Qt.ItemDataRole.BackgroundRole) is not None
    assert "thousands" in model.data(model.index(row, COLUMN["quantity"]), Qt.ItemDataRole.ToolTipRole)


def test_rows_are_added_duplicated_and_removed(catalogue):
    model = ExhibitsModel(catalogue)
    row = model.add_row({"kind": "Drug", "substance": "Cocaine", "quantity": "1", "unit": "kg"})
    copy = model.duplicate_row(row)
    assert model.rows[copy].cells == model.rows[row].cells and model.rows[copy].id is None
    model.remove_row(row)
    assert model.rowCount() == 1


@pytest.mark.parametrize(("field", "key"), [("packaging", "packaging"), ("lab.lab", "lab"),
                                            ("lab.certificate", "certificate"), ("description", "description")])
def test_a_one_line_error_is_marked_on_its_own_cell(catalogue, field, key):
    from caseapp.core.validation import ONE_LINE_MESSAGE, error

    model = ExhibitsModel(catalogue)
    row = model.add_row({"substance": "Cocaine", key: "two\nlines"})
    model.set_issues([error(f"exhibits[0].{field}", ONE_LINE_MESSAGE, "two\nlines")])
    assert "one line" in model.data(model.index(row, COLUMN[key]), Qt.ItemDataRole.ToolTipRole)


def test_the_case_list_columns_sort_by_keys_of_the_contract():
    from caseapp.gui.models.case_list import COLUMNS
    from caseapp.store.contract import CASE_LIST_SORTS

    assert {key for _, key in COLUMNS if key} <= set(CASE_LIST_SORTS)
