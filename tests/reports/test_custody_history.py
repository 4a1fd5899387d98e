"""The custody history PDF of a hand-over package: every exhibit's events under a header naming the agency and
the case, in English and French, byte-identical for the same data with a fixed clock, fonts embedded."""

from __future__ import annotations

import io

import pytest

from caseapp.core.custody import CustodyEvent
from caseapp.core.i18n import using_language
from caseapp.reports.custody_history import write_custody_history
from caseapp.services import reports
from caseapp.services.custody import Custody
from tests.conftest import SAMPLE_CASE

GOLDEN_EN = """DRAFT
CBSA
Custody history — case CBSA-2024-000101
Status: Draft · 4 exhibits
Chain of custody
Exhibit 01: 2 events (times in UTC)
# When Event Holder Location Seal Weight Details By
1 2024-03-05 14:35 Seized Officer Olga Nowak Pearson T1 — — — Officer Olga Nowak (olga)
2 2024-03-05 14:40 Sealed — — S-0042 — — Officer Olga Nowak (olga)
No custody events recorded for exhibits 02, 03, 04.
Case CBSA-2024-000101 · Custody history
Page 1 of 1
Generated 2026-11-25 12:00 UTC · printed by Officer Olga Nowak (olga)"""


@pytest.fixture
def history(sample_case_app, users):
    custody = sample_case_app.service(Custody)
    custody.record(users["olga"], SAMPLE_CASE, "01", CustodyEvent(
        type="seized", at="2024-03-05T14:35", actor="", holder="Officer Olga Nowak", location="Pearson T1"))
    custody.record(users["olga"], SAMPLE_CASE, "01", CustodyEvent(
        type="sealed", at="2024-03-05T14:40", actor="", seal_number="S-0042"))

    def build(lang: str) -> bytes:
        with using_language(lang):
            data = reports.gather_case_report(sample_case_app, users["olga"], SAMPLE_CASE)
            out = io.BytesIO()
            assert write_custody_history(data, out) == 1
        return out.getvalue()
    return build


def test_the_page_matches_the_golden_copy(history, pdf_pages, flat):
    text = flat(pdf_pages(history("en"))[0])
    assert text.startswith(flat(GOLDEN_EN))
    assert text.split("Audit chain hash ")[1].strip().isalnum()


def test_the_same_data_gives_the_same_bytes_with_every_font_embedded(history, pdf_fonts):
    first = history("en")
    assert history("en") == first
    assert pdf_fonts(first) and all(pdf_fonts(first).values())


def test_it_prints_in_french(history, pdf_pages, flat):
    text = flat(pdf_pages(history("fr"))[0])
    assert "Historique de continuité — dossier CBSA-2024-000101" in text
    assert "État : Brouillon · 4 pièces" in text and "Pièce 01 : 2 événements" in text
    assert "Dossier CBSA-2024-000101 · Historique de continuité" in text
