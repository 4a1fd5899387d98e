import pytest

from caseapp.core.countries import country_name, find_country, is_unknown


@pytest.mark.parametrize("text,code", [
    ("CA", "CA"), ("can", "CA"), ("Canada", "CA"), ("USA", "US"), ("United States of America", "US"),
    ("UK", "GB"), ("Bolivia, Plurinational State of", "BO"), ("Bolivia (Plurinational State of)", "BO"),
    ("Russian Federation", "RU"), ("Russia", "RU"), ("Turkey", "TR"), ("Türkiye", "TR"),
    ("Iran (Islamic Republic of)", "IR"), ("Viet Nam", "VN"), ("China, Hong Kong SAR", "HK"),
    ("Côte d'Ivoire", "CI"), ("Netherlands", "NL"), ("deu", "DE"),
])
def test_codes_names_un_long_forms_and_variants(text, code):
    assert find_country(text).code == code


@pytest.mark.parametrize("text", ["Kosovo under UNSCR 1244", "Atlantis", "ZZ"])
def test_unrecognised_names_are_not_guessed(text):
    assert find_country(text) is None


@pytest.mark.parametrize("text", ["", "  ", "Unknown", "unknown", None, "N/A"])
def test_explicit_unknown(text):
    assert is_unknown(text)


def test_display_name_for_codes_and_verbatim_values():
    assert country_name("DE") == "Germany"
    assert country_name("Kosovo under UNSCR 1244") == "Kosovo under UNSCR 1244"
    assert country_name(None) == ""
