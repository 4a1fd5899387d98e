"""Printed in French: the case report, the summary and the labels of the same stored case, chosen per print
(`lang="fr"`, `caseapp-cli report --lang fr`), with French headings and none of the English ones, French
names of vocabularies, substances and countries, and numbers and dates as French writes them. The case was
entered in English: only codes are stored, so it prints in either language."""

from __future__ import annotations

import io
import json

import pytest

from caseapp.core import i18n
from caseapp.services import reports
from caseapp.services.summary import summary_report
from caseapp.services.transfer import import_file
from caseapp.store.contract import NO_SUBSTANCE, UNLISTED_GROUP, SearchQuery

CASE = "CBSA-2024-000101"

CASE_HEADINGS = {  # French heading: the English heading it replaces
    "Rapport d'incident": "Case incident report", "Événement": "Event", "Lieu": "Place",
    "Itinéraire": "Route", "Personnes": "People", "Pièces à conviction (4)": "Exhibits (4)",
    "Exposé des faits": "Narrative", "Pièces jointes (0)": "Attachments (0)",
    "Continuité de la preuve": "Chain of custody", "Vérification": "Audit", "Page 1 de 2": "Page 1 of 2",
    "Produit le": "Generated", "imprimé par": "printed by", "Superviseur": "Supervisor",
    "Empreinte de la chaîne de vérification": "Audit chain hash", "Statut :": "Status:",
}
SUMMARY_HEADINGS = {
    "Sommaire de la période": "Period summary", "Période : du 2012-08 au 2024-03": "Period:",
    "Filtres : Toutes les saisies": "Filters:", "Saisies (dossiers)": "Seizures (cases)",
    "Par groupe de substances": "By substance group", "Par substance": "By substance",
    "Par pays d'origine": "By country of origin", "Par moyen de transport": "By transport",
    "Par dissimulation": "By concealment", "Plus grandes saisies": "Largest seizures",
    "Par annexe de la LRCDAS": "By CDSA schedule", "Part des kg": "Share of kg",
    "Inconnu / non consigné": "Unknown / not recorded", "Pas au catalogue": "Not in the catalogue",
    "Aucune substance consignée": "No substance recorded", "Page 1 de 4": "Page 1 of",
}


def _printed(pdf_pages, flat, write) -> tuple[list[str], str]:
    out = io.BytesIO()
    write(out)
    pages = pdf_pages(out.getvalue())
    return pages, flat(" ".join(pages))


@pytest.fixture
def loaded(sample_case_app, data_dir):
    assert import_file(sample_case_app, data_dir / "sample_ids.csv", actor="olga").value.committed
    return sample_case_app


def test_a_case_entered_in_english_prints_in_french(sample_case_app, users, pdf_pages, flat):
    _, text = _printed(pdf_pages, flat, lambda out: reports.case_report(sample_case_app, users["sam"], CASE, out,
                                                                        lang="fr"))
    assert [french for french in CASE_HEADINGS if french not in text] == []
    assert [english for english in CASE_HEADINGS.values() if english in text] == []
    expected = [
        "Interception de courrier ou de colis", "Bureau de poste / centre de tri du courrier",  # vocabularies
        "Chine (CN)", "R.A.S. chinoise de Hong Kong (HK)", "Japon (JP)",  # countries (CLDR)
        "Destinataire", "Expéditeur", "Entrant", "Poste", "Marchandises : printer ink bottles",
        "12,50 g", "0,0125 kg", "pureté 3,5 %", "49,1951, -123,1790", "~5000 comprimés", "1 unité",  # numbers
        "Héroïne", "Presse à comprimés", "Drogue Poudre", "Positif", "inconnue (g)",  # catalogue, units
        "DANGER classe du fentanyl", "2024-03-05 14 h 30 UTC", "Brouillon — non approuvé",
    ]
    assert [item for item in expected if item not in text] == []
    # what was typed prints as typed, in whatever language it was typed
    assert "X-ray showed anomalies in two ink bottles." in text and "Jean-François Côté" in text


def test_the_same_case_prints_in_english_after_a_french_print(sample_case_app, users, pdf_pages, flat):
    _printed(pdf_pages, flat, lambda out: reports.case_report(sample_case_app, users["sam"], CASE, out, lang="fr"))
    _, text = _printed(pdf_pages, flat, lambda out: reports.case_report(sample_case_app, users["sam"], CASE, out,
                                                                        lang="en"))
    assert "Case incident report" in text and "12.50 g" in text and "Heroin" in text
    assert "Rapport d'incident" not in text and "12,50 g" not in text
    assert i18n.current_language() == "en"  # the print's language ended with the print


def test_the_print_records_its_language(sample_case_app, users):
    reports.case_report(sample_case_app, users["sam"], CASE, io.BytesIO(), lang="fr")
    entry = sample_case_app._audit.entries()[-1]
    detail = entry.detail if isinstance(entry.detail, dict) else json.loads(entry.detail)
    assert (entry.action, detail["report"], detail["lang"]) == ("print", "case", "fr")


def test_the_summary_in_french(loaded, users, pdf_pages, flat):
    _, text = _printed(pdf_pages, flat, lambda out: summary_report(loaded, users["sam"], SearchQuery(), out,
                                                                   lang="fr"))
    assert [french for french in SUMMARY_HEADINGS if french not in text] == []
    assert [english for english in SUMMARY_HEADINGS.values() if english in text] == []
    for name in ("Anhydride acétique", "Cocaïne", "Résine de cannabis", "Méthamphétamine", "Opioïdes",
                 "Précurseurs et produits chimiques essentiels", "Turquie", "Maroc", "Fret / conteneur",
                 "Maritime commercial", "Carfentanil (labo)", "München, Allemagne", "~23,214 kg", "86,2 %",
                 "<0,1 %"):
        assert name in text, name
    assert "~23.214 kg" not in text


def test_the_notes_heading_is_printed_on_the_page_of_the_notes(loaded, users, pdf_pages, flat):
    for lang, heading, first_note in (("fr", "Notes", "~ marque un équivalent kg"),
                                      ("en", "Notes", "~ marks a kg-equivalent")):
        pages, _ = _printed(pdf_pages, flat, lambda out, lang=lang: summary_report(loaded, users["sam"],
                                                                                  SearchQuery(), out, lang=lang))
        page = next(flat(page) for page in pages if first_note in flat(page))
        assert f"{heading} {first_note}" in page, lang


def test_labels_in_french_and_bilingual(sample_case_app, users, pdf_pages, flat):
    _, french = _printed(pdf_pages, flat, lambda out: reports.labels(sample_case_app, users["olga"], CASE, out,
                                                                     sheet=False, lang="fr"))
    assert "Furanylfentanyl, poudre" in french and "12,50 g net" in french and "Saisie par" in french
    assert "Seized by" not in french and "powder" not in french
    _, both = _printed(pdf_pages, flat, lambda out: reports.labels(sample_case_app, users["olga"], CASE, out,
                                                                   sheet=False, lang="fr", bilingual=True))
    for pair in ("Saisie / Seized", "Saisie par / Seized by", "12,50 g net", "12.50 g net", "Héroïne, poudre",
                 "Heroin, powder", "DANGER — classe du fentanyl / HAZARD — fentanyl-class"):
        assert pair in both, pair


def test_the_rows_without_a_name_are_named_as_in_english(loaded):
    """A group row of exhibits without a substance is 'No substance recorded', not an unknown origin's words
    (the store keys both with the same empty code)."""
    from caseapp.reports.summary_words import localised

    data = loaded._stores.summaries.summary(SearchQuery())
    for lang, none, unlisted in (("en", "No substance recorded", "Not in the catalogue"),
                                 ("fr", "Aucune substance consignée", "Pas au catalogue")):
        with i18n.using_language(lang):
            shown = localised(data, loaded.catalogue)
        groups = {row.key: row.label for row in shown.groups}
        assert (groups[NO_SUBSTANCE], groups[UNLISTED_GROUP]) == (none, unlisted), lang


def test_a_bilingual_label_on_a_sheet_keeps_its_whole_heading(sample_case_app, users, pdf_pages, flat):
    _, text = _printed(pdf_pages, flat, lambda out: reports.labels(sample_case_app, users["olga"], CASE, out,
                                                                   sheet=True, lang="fr", bilingual=True))
    assert f"Dossier / Case {CASE} · Pièce / Exhibit 01" in text and "…" not in text
