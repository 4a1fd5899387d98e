"""The evidence room's prints: location and badge labels and the custody receipt. Pure builders with a fixed
clock: the same bytes every time, embedded fonts only, user text printed as typed (never as markup), both
languages, and a golden copy of the receipt's text."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from caseapp.core.i18n import using_language
from caseapp.reports.receipt import ReceiptData, ReceiptLine, write_receipt
from caseapp.reports.room_labels import RoomLabel, write_room_labels

MOMENT = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def receipt_data(lines: int = 3) -> ReceiptData:
    return ReceiptData(
        to_kind="location", to="VAULT-A.3 - Vault A, shelf <3> & co", at="2026-11-25 11:30",
        recorded_by="Officer Olga Nowak (olga)", agency="CBSA",
        lines=[ReceiptLine(f"CBSA-2026-000001/{n:02d}", "Fentanyl" if n % 2 else "王小明的粉末", "olga",
                           "Mail centre") for n in range(1, lines + 1)],
        printed_at="2026-11-25 12:00 UTC", chain_hash="ab" * 32)


def build_receipt(data: ReceiptData) -> bytes:
    out = io.BytesIO()
    write_receipt(data, out, generated_at=MOMENT)
    return out.getvalue()


GOLDEN_RECEIPT = """Custody receipt
Stored at
VAULT-A.3 - Vault A, shelf <3> & co
Time
2026-11-25 11:30
Recorded by
Officer Olga Nowak (olga)
Exhibits
2
Agency
CBSA
#
Exhibit
Substance
Held by before
Location before
1
CBSA-2026-000001/01
Fentanyl
olga
Mail centre
2
CBSA-2026-000001/02
王小明的粉末
olga
Mail centre
Placed by
Name
Signature
Date and time
Witness
Name
Signature
Date and time
Printed 2026-11-25 12:00 UTC · audit chain abababababababab
Page 1 of 1"""


def test_the_receipt_text_matches_the_golden_copy(pdf_pages):
    lines = [line.strip() for line in pdf_pages(build_receipt(receipt_data(2)))[0].splitlines() if line.strip()]
    assert lines == GOLDEN_RECEIPT.splitlines()


def test_the_receipt_is_deterministic_with_embedded_fonts_and_runs_over_pages(pdf_fonts, pdf_pages):
    first, second = build_receipt(receipt_data(60)), build_receipt(receipt_data(60))
    assert first == second
    fonts = pdf_fonts(first)
    assert fonts and all(fonts.values()) and not any("Helvetica" in name for name in fonts)
    pages = pdf_pages(first)
    assert len(pages) == 2 and "CBSA-2026-000001/60" in pages[1] and "Page 2 of 2" in pages[1]


def test_the_receipt_prints_in_french(pdf_pages):
    with using_language("fr"):
        text = pdf_pages(build_receipt(receipt_data(1)))[0]
    assert "Reçu de garde" in text and "Entreposé à" in text and "Page 1 de 1" in text


def test_room_labels_carry_their_codes_and_are_deterministic(pdf_fonts, pdf_pages):
    labels = [RoomLabel(f"LOC:SHELF-{n}", f"Shelf {n} <b>bold</b> & a name far too long to fit on one label line",
                        "Shelf · in VAULT-A") for n in range(16)] + [RoomLabel("PER:olga", "Zoë 王", "Badge 4411")]
    for sheet in (True, False):
        first, second = io.BytesIO(), io.BytesIO()
        pages = write_room_labels(labels, first, sheet=sheet, title="Labels", generated_at=MOMENT)
        write_room_labels(labels, second, sheet=sheet, title="Labels", generated_at=MOMENT)
        assert first.getvalue() == second.getvalue() and pages == (2 if sheet else 17)
        fonts = pdf_fonts(first.getvalue())
        assert fonts and all(fonts.values())
        text = "".join(pdf_pages(first.getvalue()))
        assert "LOC:SHELF-15" in text and "PER:olga" in text and "<b>bold</b>" in text
