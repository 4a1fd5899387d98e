"""Numbers, dates and zones as each language writes them (Babel), and the data tables in French: every term of
every vocabulary, every unit, the countries and the catalogue shown in French and read back from French to the
same code as the English word."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from caseapp.core import formats, units, vocab
from caseapp.core.countries import country_display, find_country
from caseapp.core.i18n import using_language
from caseapp.core.substances import default_catalogue

VOCABULARIES = [v for v in vars(vocab).values() if isinstance(v, vocab.Vocabulary)]


@pytest.mark.parametrize("lang,kg,day,number,decimal", [
    ("fr", "1,5 kg", "14 juin 2016", "1\u202f234\u202f567", "1,50"),
    ("en", "1.5 kg", "June 14, 2016", "1,234,567", "1.50"),
])
def test_numbers_and_dates_as_the_language_writes_them(lang, kg, day, number, decimal):
    assert formats.kg_text(1_500_000, lang=lang) == kg
    assert formats.kg_text(1_500_000, True, lang=lang) == "~" + kg
    assert formats.long_date(date(2016, 6, 14), lang) == day
    assert formats.numeric_date(date(2016, 6, 14), lang) == "2016-06-14"  # the same in both
    assert formats.grouped(1234567, lang).replace("\xa0", "\u202f") == number
    assert formats.decimal_text(Decimal("1.50"), lang) == decimal  # exactly the digits stored


def test_times_and_zones_in_french():
    summer = datetime(2016, 6, 14, 14, 30, tzinfo=ZoneInfo("America/Vancouver"))
    winter = datetime(2016, 1, 14, 14, 30, tzinfo=ZoneInfo("America/Toronto"))
    assert formats.moment_text(summer, "fr") == "2016-06-14 14 h 30 HAP"
    assert formats.moment_text(summer, "en") == "2016-06-14 14:30 PDT"
    assert formats.moment_text(winter, "fr") == "2016-01-14 14 h 30 HNE"


def test_the_print_language_decides_when_none_is_given():
    with using_language("fr"):
        assert formats.kg_text(250_000) == "0,25 kg"
        assert formats.decimal_text(Decimal("12.50")) == "12,50"
    assert formats.kg_text(250_000) == "0.25 kg"


@pytest.mark.parametrize("vocabulary", VOCABULARIES, ids=[v.name for v in VOCABULARIES])
def test_every_term_has_a_french_label_read_back_to_its_code(vocabulary):
    for term in vocabulary.terms:
        french = vocabulary.display(term.code, "fr")
        assert french, term
        assert vocabulary.code_for(french) == term.code
        assert vocabulary.code_for(term.label) == term.code  # English still read
    assert vocabulary.display_name("fr")


def test_french_words_of_the_agencies():
    assert vocab.DETECTION.code_for("Mandat de perquisition") == "search_warrant"
    assert vocab.PLACE_TYPE.code_for("aéroport") == "airport"
    assert vocab.CASE_STATUS.display("approved", "fr") == "Approuvé"
    assert vocab.CUSTODY_EVENT.display("seized", "fr") == "Saisie"
    assert vocab.CUSTODY_EVENT.display("sealed", "fr") == "Mise sous scellé"


def test_units_in_french():
    # the caller writes the number in the language; the unit takes its French word and number
    assert units.quantity_text(formats.decimal_text(Decimal("1.5"), "fr"), "kg", "fr") == "1,5 kg"
    assert units.quantity_text("1,5", "tablet", "fr") == "1,5 comprimé"  # French singular below two
    assert units.quantity_text("5000", "tablet", "fr") == "5000 comprimés"  # no group separator
    assert units.quantity_text("1", "tablet") == "1 tablet"  # English without a language (the CLI)
    assert units.find_unit("comprimés").code == "tablet"
    assert units.find_unit("kilogramme").code == "kg"
    for unit in units.UNITS:
        assert units.find_unit(unit.display("fr")) == unit, unit


def test_countries_in_french():
    assert find_country("Allemagne").code == "DE"
    assert country_display("DE", "fr") == "Allemagne" and country_display("DE", "en") == "Germany"
    assert country_display("Atlantis", "fr") == "Atlantis"  # kept as typed


@pytest.mark.parametrize("typed,name,french", [
    ("cocaïne", "Cocaine", "Cocaïne"),
    ("héroïne", "Heroin", "Héroïne"),
    ("heroine", "Heroin", "Héroïne"),
    ("méthamphétamine", "Methamphetamine", "Méthamphétamine"),
    ("résine de cannabis", "Cannabis resin", "Résine de cannabis"),
    ("anhydride acétique", "Acetic anhydride", "Anhydride acétique"),
])
def test_the_catalogue_finds_french_names_and_prints_them(typed, name, french):
    catalogue = default_catalogue()
    found = catalogue.find(typed)
    assert found is not None and found.name == name
    assert catalogue.display(name, "fr") == french and catalogue.display(name, "en") == name


def test_every_group_and_family_has_a_french_name():
    catalogue = default_catalogue()
    assert [g.key for g in catalogue.groups.values() if not g.display("fr")] == []
    named = [s for s in catalogue.substances.values() if s.display("fr") != s.name]
    assert len(named) >= 200


@pytest.mark.parametrize("zone,expected", [
    ("Europe/Paris", "2020-03-17 08 h 55 UTC+01:00"),
    ("Asia/Kolkata", "2020-03-17 13 h 25 UTC+05:30"),
    ("Europe/London", "2020-03-17 07 h 55 UTC"),
])
def test_a_zone_without_a_french_abbreviation_is_written_as_its_offset_from_utc(zone, expected):
    moment = datetime(2020, 3, 17, 7, 55, tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(zone))
    assert formats.moment_text(moment, "fr") == expected
