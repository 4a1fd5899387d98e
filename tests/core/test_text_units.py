from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseapp.core.normalise import parse_decimal, parse_quantity_value
from caseapp.core.text import name_key
from caseapp.core.units import Dimension, find_unit, format_kg, kg_equivalent


@pytest.mark.parametrize("a,b", [
    ("Furanyl-fentanyl", "furanyl fentanyl"),
    ("furanylfentanyl", "FURANYL FENTANYL"),
    ("α-PVP", "alpha-PVP"),
    ("Cocaïne", "cocaine"),
    ("3-MMC", "3mmc"),
])
def test_name_key_ignores_case_accents_spaces_and_hyphens(a, b):
    assert name_key(a) == name_key(b)


@given(st.text())
def test_name_key_never_raises_and_is_idempotent(text):
    key = name_key(text)
    assert name_key(key) == key


@pytest.mark.parametrize("text,code", [
    ("Kilogram", "kg"), ("Gram", "g"), ("Millilitre", "ml"), ("Litre", "l"), ("Cc", "ml"),
    ("Cubic Centimeter", "ml"), ("Tablet", "tablet"), ("Unit", "unit"), ("Piece", "unit"),
    ("Gallons (US, liquid)", "us_gal"), ("Gallons (UK)", "uk_gal"), ("100 gram", "100g"),
    ("Block (350gr)", "block_350g"), ("Thousand of tablets", "thousand_tablets"), ("Ton", "t"),
    ("Ounce", "oz"), ("lb", "lb"), ("US fl oz", "us_fl_oz"), ("Blotting paper", "blotter"),
    ("Ampoule", "ampoule"), ("Vials", "vial"), ("Plants", "plant"), ("Dose", "dose"),
])
def test_units_known_by_their_agency_spellings(text, code):
    unit = find_unit(text)
    assert unit is not None and unit.code == code


@pytest.mark.parametrize("text", ["Acres", "Viss", "Hectars", "Mark", "Trip", "", None])
def test_units_outside_the_vocabulary_are_not_guessed(text):
    assert find_unit(text) is None


@pytest.mark.parametrize("value,unit,mg", [
    ("550", "g", 550_000), ("1", "kg", 1_000_000), ("2.5", "t", 2_500_000_000),
    ("1", "lb", 453_592), ("1", "oz", 28_350), ("1", "100 gram", 100_000), ("2", "Block (350gr)", 700_000),
    ("0.001", "mg", 0),
])
def test_mass_converts_exactly(value, unit, mg):
    kg = kg_equivalent(Decimal(value), find_unit(unit))
    assert kg is not None and kg.milligrams == mg and not kg.estimate


def test_volume_is_an_estimate_at_one_kg_per_litre():
    kg = kg_equivalent(Decimal("20"), find_unit("Litre"))
    assert kg.milligrams == 20_000_000 and kg.estimate
    assert kg_equivalent(Decimal("1"), find_unit("US gal")).milligrams == 3_785_412


def test_counts_use_the_typical_unit_mass_and_are_estimates():
    kg = kg_equivalent(Decimal("5000"), find_unit("tablets"), {"tablet": 100})
    assert kg.milligrams == 500_000 and kg.estimate and kg.basis == "count x typical mass"
    thousand = kg_equivalent(Decimal("3"), find_unit("Thousand of tablets"), {"tablet": 100})
    assert thousand.milligrams == 300_000


def test_counts_without_a_typical_mass_have_no_kg_equivalent():
    assert kg_equivalent(Decimal("12"), find_unit("vials"), {}) is None
    assert kg_equivalent(None, find_unit("g")) is None
    assert kg_equivalent(Decimal("1"), None) is None


def test_format_kg_marks_estimates():
    assert format_kg(550_000) == "0.55 kg"
    assert format_kg(123_456_789, estimate=True) == "~123.456789 kg"
    assert format_kg(None) == ""


@pytest.mark.parametrize("text", ["1,000", "1 000", "abc", "NaN", "Infinity", "1e", "", "--1"])
def test_decimal_parsing_refuses_ambiguous_or_non_numbers(text):
    with pytest.raises(ValueError):
        parse_decimal(text)


def test_decimal_parsing_keeps_the_digits_as_entered():
    assert str(parse_decimal(" 12.50 ")) == "12.50"
    assert parse_quantity_value("unknown") is None
    assert parse_quantity_value(3) == Decimal(3)
    assert parse_quantity_value(0.1) == Decimal("0.1")


@given(st.text(max_size=40))
def test_quantity_parser_raises_only_value_error(text):
    try:
        parse_quantity_value(text)
    except ValueError:
        pass


@given(st.decimals(allow_nan=False, allow_infinity=False, min_value=Decimal("0.001"), max_value=Decimal(10**9),
                   places=3))
def test_grams_to_milligrams_is_exact(value):
    kg = kg_equivalent(value, find_unit("g"))
    assert kg.milligrams == int(value * 1000)


def test_every_unit_has_a_dimension():
    assert {u.dimension for u in (find_unit("g"), find_unit("L"), find_unit("tablet"))} == set(Dimension)


@pytest.mark.parametrize(("number", "expected"), [(0, "0 cases"), (1, "1 case"), (2, "2 cases"),
                                                  (1204, "1,204 cases")])
def test_counted_puts_the_noun_in_the_number_of_its_count(number, expected):
    from caseapp.core.text import counted

    assert counted(number, "case") == expected


def test_counted_takes_an_irregular_plural():
    from caseapp.core.text import counted

    assert counted(1, "audit entry", "audit entries") == "1 audit entry"
    assert counted(3, "audit entry", "audit entries") == "3 audit entries"


@pytest.mark.parametrize(("value", "unit", "expected"), [
    ("1", "unit", "1 unit"), ("1.0", "tablet", "1.0 tablet"), ("2", "tablet", "2 tablets"),
    ("1", "thousand_tablets", "1 thousand tablets"), ("1", "g", "1 g"), ("1", "Viss", "1 Viss"),
    ("0.5", "bottle", "0.5 bottles"),
])
def test_quantity_text_makes_a_single_counted_item_singular(value, unit, expected):
    from caseapp.core.units import quantity_text

    assert quantity_text(value, unit) == expected


@pytest.mark.parametrize(("typed", "both"), [("06/07/2016", ("6 July 2016", "7 June 2016")),
                                             ("1.2.2024 10:00", ("1 February 2024", "2 January 2024"))])
def test_a_typed_date_that_reads_two_ways_is_refused_naming_both(typed, both):
    from caseapp.core.dates import parse_occurred

    with pytest.raises(ValueError, match="ambiguous") as caught:
        parse_occurred(typed)
    assert all(reading in str(caught.value) for reading in both)
    assert "YYYY-MM-DD" in str(caught.value)


@pytest.mark.parametrize(("typed", "iso"), [("25/12/2016", "2016-12-25"), ("12/25/2016", "2016-12-25"),
                                            ("05/05/2016", "2016-05-05"), ("2016-07-06", "2016-07-06"),
                                            ("31.01.2020 23:15", "2020-01-31T23:15")])
def test_a_typed_date_that_reads_one_way_only_is_taken(typed, iso):
    from caseapp.core.dates import parse_occurred

    assert parse_occurred(typed) == iso


def test_the_un_layout_reads_slashed_dates_day_first():
    from caseapp.core.dates import parse_occurred

    assert parse_occurred("06/07/2016", day_first=True) == "2016-07-06"


def test_a_long_or_hostile_value_is_quoted_short_and_visible():
    from caseapp.core.text import quoted

    assert quoted("x" * 5000) == "'" + "x" * 48 + "…' (5,000 characters)"
    assert quoted("evil\u202eexe\x1b[2J\n") == "'evil\\u202eexe\\x1b[2J\\n'"


def test_a_message_about_a_long_bad_date_stays_short():
    from caseapp.core.dates import parse_occurred

    with pytest.raises(ValueError) as caught:
        parse_occurred("abcdefghij" * 50)
    assert len(str(caught.value)) < 150 and "500 characters" in str(caught.value)


def test_breaks_line_refuses_exactly_the_control_and_separator_categories() -> None:
    """The fast check (one regular expression) agrees with the Unicode categories it stands for, on every
    code point."""
    import sys
    import unicodedata

    from caseapp.core.text import BREAKING_CATEGORIES, breaks_line

    disagree = [c for c in range(sys.maxunicode + 1)
                if breaks_line(chr(c)) != (unicodedata.category(chr(c)) in BREAKING_CATEGORIES)]
    assert disagree == []
    assert breaks_line("Place 12\u2028B") and not breaks_line("Vancouver, B.C. \u00e9")
