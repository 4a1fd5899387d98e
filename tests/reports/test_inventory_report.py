"""The inventory audit report (reports/inventory.py): the golden text of its page, the same bytes for the same
audit, French as well as English, scanned text printed as scanned, long lists over pages with their headers, and
every font embedded. Built from plain objects with a fixed clock; the printing service's audit is tested too."""

from __future__ import annotations

import hashlib
import io
from datetime import UTC, datetime

from caseapp.core.i18n import using_language
from caseapp.core.inventory import AuditResult, Away, InventoryAudit, ShelfItem, Unknown, UnknownCode
from caseapp.core.substances import default_catalogue
from caseapp.reports.inventory import InventoryReportData, write_inventory_report
from caseapp.services.inventory import InventoryAudits, inventory_report
from tests.inventory_data import SHELF, stock_shelf

CASE = "RCMP-2026-000042"


def item(n: int, substance: str = "cocaine", where: str = SHELF, away: Away = Away.NO) -> ShelfItem:
    return ShelfItem(n, CASE, f"{n:02d}", substance, f"S-{n}", where, "clerk", away)


def audit(**lists: object) -> InventoryAudit:
    result = AuditResult(
        location=SHELF, found=(item(1, "fentanyl"),), missing=(item(2),),
        unexpected=(item(4, "heroin", "VAULT-B.1"), item(5, where=SHELF, away=Away.CHECKED_OUT)),
        unknown=(UnknownCode("<b>junk & 5", Unknown.NOT_A_CODE), UnknownCode(CASE, Unknown.CASE)),
        duplicates=(f"{CASE}/01",), scanned=(f"{CASE}/01", f"{CASE}/04", f"{CASE}/05", "<b>junk & 5", CASE,
                                             f"{CASE}/01"))
    for name, value in lists.items():
        result = AuditResult(**{**result.__dict__, name: value})
    return InventoryAudit(7, SHELF, "2026-11-25T08:30", "2026-11-25T09:05:00", "olga", result, "2026-11-25T17:05:00Z")


def build(recorded: InventoryAudit, lang: str = "en") -> bytes:
    out = io.BytesIO()
    with using_language(lang):
        write_inventory_report(InventoryReportData(
            audit=recorded, agency="RCMP", zone=UTC, generated_at=datetime(2026, 11, 25, 12, 0, tzinfo=UTC),
            printed_by="Sgt Sam Okafor (sam)", auditor="Officer Olga Nowak (olga)", chain_hash="ab" * 32,
            catalogue=default_catalogue()), out)
    return out.getvalue()


GOLDEN = """Inventory audit report
RCMP · evidence room
Location
VAULT-A.3
Audit number
7
Started
2026-11-25 08:30 UTC
Finished
2026-11-25 09:05 UTC
Audited by
Officer Olga Nowak (olga)
Codes scanned
6
Found
Missing
Unexpected
Unknown codes
Scanned twice
1
1
2
2
1
Discrepancies: each missing exhibit stays in the queue of missing exhibits until a custody
event with a reason accounts for it.
Missing: recorded here, not scanned (1)
Case
Exhibit
Substance
Seal
RCMP-2026-000042
02
Cocaine
S-2
Unexpected: scanned here, recorded elsewhere (2)
Case
Exhibit
Substance
Seal
Custody record
RCMP-2026-000042
04
Heroin
S-4
VAULT-B.1 (clerk)
RCMP-2026-000042
05
Cocaine
S-5
checked out (from VAULT-A.3)
Unknown codes (2)
Code as scanned
Why it is unknown
<b>junk & 5
not a code of this application
RCMP-2026-000042
a case label, not an exhibit
Found (1)
Case
Exhibit
Substance
Seal
RCMP-2026-000042
01
Fentanyl
S-1
Scanned more than once (1)
RCMP-2026-000042/01
Signatures
Auditor
Name: Officer Olga Nowak (olga)
Date: ______________________________________
Signature: _________________________________
Evidence room supervisor
Name: ______________________________________
Date: ______________________________________
Signature: _________________________________
Page 1 of 1
Generated 2026-11-25 12:00 UTC · printed by Sgt Sam Okafor (sam)
Audit chain hash abababababababababababababababababababababababababababababababab"""


def test_the_page_matches_the_golden_copy(pdf_pages):
    lines = [line.strip() for line in pdf_pages(build(audit()))[0].splitlines() if line.strip()]
    assert lines == GOLDEN.splitlines()


def test_the_same_audit_gives_the_same_bytes_and_every_font_is_embedded(pdf_fonts):
    first = build(audit())
    assert first == build(audit())
    assert all(pdf_fonts(first).values())


def test_in_french(pdf_pages, flat):
    text = flat(pdf_pages(build(audit(), "fr"))[0])
    for words in ("Rapport de vérification d'inventaire", "Manquantes : consignées ici, non lues (1)",
                  "sortie (de VAULT-A.3)", "Cocaïne", "Superviseur de la salle des pièces", "Page 1 de 1"):
        assert words in text, words


def test_a_clean_audit_says_so_and_a_long_one_runs_over_pages_with_its_headers(pdf_pages, flat):
    clean = flat(pdf_pages(build(audit(missing=(), unexpected=(), unknown=(), duplicates=())))[0])
    assert "Everything recorded at this location was found, and nothing else." in clean and "None." in clean
    many = tuple(item(n) for n in range(1, 140))
    pages = pdf_pages(build(audit(found=many)))
    assert len(pages) > 2 and all("Case Exhibit Substance Seal" in flat(page) for page in pages[1:-1])
    assert f"{CASE} 139" in flat(" ".join(pages))


def test_printing_an_audit_is_audited_with_the_pdfs_hash(fresh_app, users):
    number = stock_shelf(fresh_app, users["olga"])
    recorded = fresh_app.service(InventoryAudits).record(users["olga"], SHELF, [f"{number}/01"]).value
    out = io.BytesIO()
    assert inventory_report(fresh_app, users["sam"], recorded.id, out, lang="en") == 1
    entry = fresh_app._audit.entries("inventory_audit", str(recorded.id))[-1]
    assert entry.action == "print" and entry.actor == "sam" and entry.detail["pages"] == 1
    assert entry.detail["sha256"] == hashlib.sha256(out.getvalue()).hexdigest()
