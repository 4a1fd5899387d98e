"""The certificate of destruction and the yearly report of quantities destroyed: pure builders with a fixed
clock (golden text, identical bytes), and printed through the service, audited, on both back ends."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest

from caseapp.core.disposals import BatchItem, DisposalBatch, Step, YearRow
from caseapp.core.i18n import using_language
from caseapp.reports.disposal import Paper, write_certificate, write_yearly
from caseapp.services.disposal import Disposal, DisposalError
from caseapp.services.disposal_papers import certificate, yearly_report
from tests.disposal_data import disposal_case

PAPER = Paper(agency="CBSA Pacific", generated_at=datetime(2026, 11, 25, 12, 0, tzinfo=UTC), zone=UTC,
              printed_by="Sgt Sam Okafor (sam)", chain_hash="ab" * 32,
              people={"olga": "Officer Olga Nowak", "sam": "Sgt Sam Okafor", "li": "Officer Li Wei"})
BATCH = DisposalBatch(
    batch="D-2026-4", status="disposed", method="destruction",
    requested=Step("olga", "2026-11-24T09:15", "Case closed; appeal period over <b>&"),
    authorised=Step("sam", "2026-11-24T16:40", "No further evidentiary use"),
    legal_basis="CDSA s.26; Food and Drug Regulations", authorisation="HC-DA-2026-0117",
    disposed=Step("li", "2026-11-25T10:30"), means="incineration", place="Incinerator, 1 Rue Étienne, Montréal",
    witnesses=("olga", "Cst. Marie Roy"),
    items=(BatchItem("CBSA-2026-000012", "01", "drug", "Fentanyl", "S-0001", "12.5 g"),
           BatchItem("CBSA-2026-000012", "02", "drug", "Cocaine", "S-0002", "998.2 g"),
           BatchItem("RCMP-2026-000340", "03", "drug", "Methamphetamine", "S-1207", "2.75 kg")))
ROWS = [YearRow("Cocaine", "chemical", 1, 500, 0), YearRow("Cocaine", "incineration", 2, 1_998_200, 0),
        YearRow("Fentanyl", "incineration", 3, 12_500, 1)]

GOLDEN_CERTIFICATE = """\
Certificate of destruction
CBSA Pacific · disposal batch D-2026-4
Authorisation
Requested by Officer Olga Nowak (olga), 2026-11-24 09:15 UTC
Reason for the request Case closed; appeal period over <b>&
Authorised by Sgt Sam Okafor (sam), 2026-11-24 16:40 UTC
Legal basis CDSA s.26; Food and Drug Regulations
Health Canada authorisation HC-DA-2026-0117
Reason for the authorisation No further evidentiary use
Exhibits
Case Exhibit Substance Seal Weight destroyed
CBSA-2026-000012 01 Fentanyl S-0001 12.5 g
CBSA-2026-000012 02 Cocaine S-0002 998.2 g
RCMP-2026-000340 03 Methamphetamine S-1207 2.75 kg
3 exhibits
Destruction
Method incineration
Place Incinerator, 1 Rue Étienne, Montréal
Date and time 2026-11-25 10:30 UTC
Officer Officer Li Wei (li)
Witnesses Officer Olga Nowak (olga) · Cst. Marie Roy
We certify that the exhibits listed above were destroyed in our presence, each identified by its scanned label
before destruction.
Witness 1 Officer Olga Nowak (olga) Signature Date
Witness 2 Cst. Marie Roy Signature Date
Officer Officer Li Wei (li) Signature Date
Certificate of destruction D-2026-4 page 1 of 1
Printed 2026-11-25 12:00 UTC by Sgt Sam Okafor (sam) Audit chain abababababababab"""


def _pdf(write, *args) -> bytes:
    out = io.BytesIO()
    write(*args, out, PAPER)
    return out.getvalue()


def test_the_certificate_prints_every_step_item_and_signature_line(pdf_pages, flat):
    pdf = _pdf(write_certificate, BATCH)
    assert flat(pdf_pages(pdf)[0]) == flat(GOLDEN_CERTIFICATE)
    assert pdf == _pdf(write_certificate, BATCH)  # the same input gives the same bytes


def test_the_certificate_prints_in_french(pdf_pages, flat):
    with using_language("fr"):
        text = flat(pdf_pages(_pdf(write_certificate, BATCH))[0])
    assert "Certificat de destruction" in text and "Témoin 1" in text and "Autorisation de Santé Canada" in text


def test_the_yearly_report_totals_by_substance_and_method(pdf_pages, flat):
    text = flat(pdf_pages(_pdf(write_yearly, 2026, ROWS))[0])
    assert "Quantities destroyed in 2026" in text
    assert "Cocaine chemical 1 0.001 Cocaine incineration 2 1.998 Cocaine, all methods 3 1.999" in text
    assert "Fentanyl incineration 3 0.013 * All substances 6 2.011 *" in text
    assert "counted, not in the mass" in text


def test_the_yearly_report_says_when_nothing_was_destroyed(pdf_pages, flat):
    assert "Nothing was destroyed in 2025." in flat(pdf_pages(_pdf(write_yearly, 2025, []))[0])


@pytest.fixture
def disposed(fresh_app, users):
    number = disposal_case(fresh_app, users)
    disposal = Disposal(fresh_app)
    disposal.request(users["olga"], [(number, "01"), (number, "02")], reason="closed", method="destruction")
    disposal.authorise(users["sam"], "D-2026-1", legal_basis="CDSA s.26", reason="no further use",
                       authorisation="HC-DA-1")
    disposal.destroy(users["li"], "D-2026-1", witnesses=["olga", "Cst. Marie Roy"], means="incineration",
                     place="Incinerator", scanned=[f"{number}/01", f"{number}/02"])
    return fresh_app, users, number


def test_a_disposed_batchs_certificate_is_printed_and_audited(disposed, pdf_pages, flat):
    app, users, number = disposed
    out = io.BytesIO()
    assert certificate(app, users["sam"], "D-2026-1", out, lang="fr") == 1
    text = flat(pdf_pages(out.getvalue())[0])
    assert "Certificat de destruction" in text and f"{number} 02 Cocaïne S-0002 1000 g" in text
    entry = app._audit.entries("disposal", "D-2026-1")[-1]
    assert (entry.action, entry.actor, entry.detail["report"], entry.detail["lang"]) == (
        "print", "sam", "disposal_certificate", "fr")
    assert app.verify().ok


def test_the_yearly_report_reads_the_disposed_batches(disposed, pdf_pages, flat):
    app, users, _ = disposed
    out = io.BytesIO()
    yearly_report(app, users["olga"], 2026, out)
    text = flat(pdf_pages(out.getvalue())[0])
    assert "Cocaine incineration 1 1.000" in text and "Fentanyl incineration 1 0.013" in text
    assert "All substances 2 1.013" in text


def test_no_certificate_before_the_destruction(fresh_app, users):
    number = disposal_case(fresh_app, users)
    Disposal(fresh_app).request(users["olga"], [(number, "01")], reason="closed", method="return")
    entries = len(fresh_app._audit.entries())
    with pytest.raises(DisposalError, match="batch D-2026-1 is not disposed of yet"):
        certificate(fresh_app, users["sam"], "D-2026-1", io.BytesIO())
    assert len(fresh_app._audit.entries()) == entries
