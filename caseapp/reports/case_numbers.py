"""The case report's section of other agencies' numbers (the RCMP file, the CBSA seizure number, the lab's sample
number, the Crown's file): printed only when the case has one, so reports of cases without any stay as they were."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from caseapp.core.external_numbers import kind_label
from caseapp.core.i18n import translate
from caseapp.reports.case_layout import grid, heading, para
from caseapp.reports.values import person_name, stored_time

if TYPE_CHECKING:
    from caseapp.reports.case_data import CaseReportData


def numbers_section(data: CaseReportData) -> list[Flowable]:
    numbers = [n for n in data.numbers if not n.removed_at]
    if not numbers:
        return []
    rows = [[para(translate("CaseReport", "Kind"), bold=True), para(translate("CaseReport", "Number"), bold=True),
             para(translate("CaseReport", "Of"), bold=True), para(translate("CaseReport", "Added"), bold=True)]]
    for number in numbers:
        where = (translate("CaseReport", "exhibit {number}").format(number=number.exhibit_number)
                 if number.exhibit_number else translate("CaseReport", "the case"))
        added = translate("CaseReport", "{moment} by {person}").format(
            moment=stored_time(number.added_at, data.zone), person=person_name(number.added_by, data.people))
        rows.append([para(kind_label(number.kind)), para(number.value), para(where), para(added)])
    return [*heading(translate("CaseReport", "Other agencies' numbers")), grid(rows, (46, 52, 24, 58))]  # mm
