from dataclasses import replace
from datetime import datetime
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caseapp.core.model import Case, Exhibit, LabResult, Location, Person, Quantity
from caseapp.core.normalise import normalise_case
from caseapp.core.validation import Severity, kind_plural, validate

NOW = datetime(2026, 11, 25, 12, 0)


def good_case(**changes) -> Case:
    case = Case(
        occurred_at="2026-11-20T09:15",
        location=Location(name="Airport", country="CA", place_type="airport"),
        transport="commercial air", origin_country="China",
        exhibits=[Exhibit(substance="Fentanyl", form="powder", quantity=Quantity(Decimal("12.5"), "g"))],
    )
    return replace(case, **changes)


def check(catalogue, case, complete=True):
    return validate(normalise_case(case, catalogue), catalogue, now=NOW, complete=complete)


def fields(report, severity):
    return {i.field for i in report.issues if i.severity is severity}


def test_a_good_case_has_no_problems(catalogue):
    report = check(catalogue, good_case())
    assert report.ok and not report.warnings


@pytest.mark.parametrize("changes,field", [
    ({"occurred_at": "2026-11-26"}, "occurred_at"),
    ({"occurred_at": "2026-11-25T12:01"}, "occurred_at"),
    ({"occurred_at": "1899-12-31"}, "occurred_at"),
    ({"occurred_at": "2026-02-30"}, "occurred_at"),
    ({"occurred_at": "yesterday"}, "occurred_at"),
    ({"location": Location(country="CA", lat=Decimal("91"), lon=Decimal("0"))}, "location.lat"),
    ({"location": Location(country="CA", lat=Decimal("0"), lon=Decimal("-180.5"))}, "location.lon"),
    ({"location": Location(country="CA", lat=Decimal("45"))}, "location.lon"),
    ({"exhibits": [Exhibit(substance="Cocaine", quantity=Quantity(Decimal("0"), "g"))]}, "exhibits[0].quantity"),
    ({"exhibits": [Exhibit(substance="Cocaine", quantity=Quantity(Decimal("-2"), "kg"))]}, "exhibits[0].quantity"),
    ({"exhibits": [Exhibit(substance="Cocaine", quantity=Quantity(Decimal("2"), None))]}, "exhibits[0].quantity"),
    ({"exhibits": [Exhibit(substance="Cocaine", quantity=Quantity(Decimal("2"), "g"),
                           lab=LabResult("Cocaine", Decimal("100.1")))]}, "exhibits[0].lab.purity_percent"),
    ({"persons": [Person("suspect", "A", date_of_birth="2030-01-01")]}, "persons[0].date_of_birth"),
])
def test_malformed_values_are_errors_naming_the_field(catalogue, changes, field):
    report = check(catalogue, good_case(**changes))
    assert field in fields(report, Severity.ERROR)


@pytest.mark.parametrize("changes,field", [
    ({"exhibits": [Exhibit(substance="Zzz unlisted herb", quantity=Quantity(Decimal("1"), "g"))]},
     "exhibits[0].substance"),
    ({"exhibits": [Exhibit(substance="Heroin", quantity=Quantity(Decimal("12"), "Viss"))]}, "exhibits[0].quantity"),
    ({"exhibits": [Exhibit(substance="MDMA", form="tablet", quantity=Quantity(Decimal("3"), "t"))]},
     "exhibits[0].quantity"),
    ({"exhibits": [Exhibit(substance="Cocaine", quantity=Quantity(Decimal("100001"), "kg"))]}, "exhibits[0].quantity"),
    ({"origin_country": "Kosovo under UNSCR 1244"}, "origin_country"),
    ({"transport": "Hovercraft"}, "transport"),
])
def test_unknown_or_implausible_values_are_warnings_that_keep_the_value(catalogue, changes, field):
    report = check(catalogue, good_case(**changes))
    assert report.ok
    assert field in fields(report, Severity.WARNING)
    warning = next(i for i in report.warnings if i.field == field)
    assert warning.value


@pytest.mark.parametrize("changes,confirmed", [
    ({"exhibits": [Exhibit(substance="MDMA", form="tablet", quantity=Quantity(Decimal("3"), "t"))]}, True),
    ({"exhibits": [Exhibit(substance="Cocaine", quantity=Quantity(Decimal("100001"), "kg"))]}, True),
    ({"exhibits": [Exhibit(substance="Heroin", quantity=Quantity(Decimal("12"), "Viss"))]}, False),
    ({"origin_country": "Kosovo under UNSCR 1244"}, False),
])
def test_only_implausible_values_need_confirmation(catalogue, changes, confirmed):
    """Implausible values are confirmed by the user before saving; unknown ones are only kept and named."""
    report = check(catalogue, good_case(**changes))
    assert bool(report.to_confirm) is confirmed
    assert all(i.severity is Severity.WARNING for i in report.to_confirm)


@pytest.mark.parametrize("changes,field", [
    ({"occurred_at": None}, "occurred_at"),
    ({"location": Location(name="somewhere")}, "location.country"),
    ({"exhibits": []}, "exhibits"),
    ({"exhibits": [Exhibit(substance="Cocaine")]}, "exhibits[0].quantity"),
])
def test_completeness_blocks_submitting_but_not_a_draft(catalogue, changes, field):
    assert field in fields(check(catalogue, good_case(**changes), complete=True), Severity.ERROR)
    assert check(catalogue, good_case(**changes), complete=False).ok


@pytest.mark.parametrize("exhibit, field, kind", [
    (Exhibit(substance="Unknown", quantity=Quantity(Decimal("1"), "g")), "exhibits[0].substance", "unknown substance"),
    (Exhibit(substance="unknown drug", quantity=Quantity(Decimal("1"), "g")), "exhibits[0].substance",
     "unknown substance"),
    (Exhibit(substance="Cocaine", quantity=Quantity(Decimal("2"), None)), "exhibits[0].quantity",
     "amount without unit"),
])
def test_an_unknown_substance_or_an_amount_without_unit_blocks_submitting_not_a_draft(catalogue, exhibit, field,
                                                                                      kind):
    case = good_case(exhibits=[exhibit])
    submitted = check(catalogue, case, complete=True)
    assert field in fields(submitted, Severity.ERROR)
    draft = check(catalogue, case, complete=False)
    assert draft.ok and [(i.field, i.kind) for i in draft.warnings] == [(field, kind)]


def test_a_zero_amount_is_an_error_typed_and_kept_with_a_warning_from_a_file(catalogue):
    case = normalise_case(good_case(exhibits=[Exhibit(substance="Cocaine", quantity=Quantity(Decimal("0"), "kg"))]),
                          catalogue)
    assert case.exhibits[0].kg_mg is None
    typed = validate(case, catalogue, now=NOW)
    assert [(i.field, i.message) for i in typed.errors] == [("exhibits[0].quantity", "must be greater than zero")]
    imported = validate(case, catalogue, now=NOW, complete=True, imported=True)
    assert imported.ok and [(i.field, i.kind, i.value) for i in imported.warnings] == [
        ("exhibits[0].quantity", "zero amount", "0")]
    case.status = "submitted"  # a file's record marked submitted must be complete
    assert "exhibits[0].quantity" in fields(validate(case, catalogue, now=NOW, complete=True, imported=True),
                                            Severity.ERROR)


def test_an_unknown_substance_is_kept_explicitly_unknown(catalogue):
    exhibit = normalise_case(good_case(exhibits=[Exhibit(substance=" UNKNOWN ", quantity=Quantity(None, "g"))]),
                             catalogue).exhibits[0]
    assert exhibit.substance == "unknown substance" and exhibit.substance_unknown and exhibit.substance_id is None
    assert not normalise_case(good_case(), catalogue).exhibits[0].substance_unknown


def test_an_explicit_unknown_quantity_is_complete(catalogue):
    case = good_case(exhibits=[Exhibit(substance="Heroin", quantity=Quantity(None, "g"))])
    assert check(catalogue, case).ok


def test_hazard_follows_the_catalogue_and_can_be_set_by_hand(catalogue):
    case = normalise_case(good_case(exhibits=[
        Exhibit(substance="Carfentanil", quantity=Quantity(Decimal(1), "g")),
        Exhibit(substance="Cocaine", quantity=Quantity(Decimal(1), "g")),
        Exhibit(substance="Cocaine", quantity=Quantity(Decimal(1), "g"), hazard=True),
        Exhibit(substance="Cocaine", quantity=Quantity(Decimal(1), "g"), lab=LabResult("Fentanyl")),
    ]), catalogue)
    assert [e.hazard_flag for e in case.exhibits] == [True, False, True, True]


def test_kg_equivalent_prefers_the_mass_of_a_counted_exhibit(catalogue):
    case = normalise_case(good_case(exhibits=[
        Exhibit(substance="MDMA", form="tablet", quantity=Quantity(Decimal(5000), "tablets"),
                count=None),
        Exhibit(substance="MDMA", form="tablet", quantity=Quantity(Decimal(5000), "tablets"),
                count=Quantity(Decimal("550"), "g")),
    ]), catalogue)
    first, second = case.exhibits
    assert first.kg_estimate and first.kg_mg == 1_250_000  # 250 mg a tablet
    assert not second.kg_estimate and second.kg_mg == 550_000


settings_fast = settings(max_examples=75, deadline=None)


@settings_fast
@given(st.text(), st.text(), st.text(), st.text())
def test_any_text_in_any_field_never_raises(catalogue, a, b, c, d):
    case = good_case(occurred_at=a, transport=b, origin_country=c, narrative=d,
                     exhibits=[Exhibit(substance=b, form=c, quantity=Quantity(Decimal(1), d))])
    check(catalogue, case)


def test_normalising_keeps_every_field_it_does_not_rewrite(catalogue):
    import dataclasses

    from caseapp.core.model import SourceRecord

    case = good_case(case_number="X-1", agency="A", unit="U", officers=["o"], conveyance="c", concealment_text="t",
                     narrative="n", status="submitted", id=7, recorded_at="r", created_by="cb", created_at="ca",
                     updated_by="ub", updated_at="ua", approved_by="ab", approved_at="aa", version=3,
                     source=SourceRecord("f", ("a",)), persons=[Person("witness", "W")])
    normal = normalise_case(case, catalogue)
    rewritten = {"location", "transport", "origin_country", "exhibits", "persons"}
    for field in dataclasses.fields(case):
        if field.name not in rewritten:
            assert getattr(normal, field.name) == getattr(case, field.name), field.name


ONE_LINE_FIELDS = [
    ({"agency": "Border\nAgency"}, "agency"),
    ({"unit": "K9\rdogs"}, "unit"),
    ({"officers": ["Li", "Olga\nSmith"]}, "officers[1]"),
    ({"location": Location(country="CA", name="Dock\n7")}, "location.name"),
    ({"location": Location(country="CA", address="1 Main St\r\nSuite 2")}, "location.address"),
    ({"location": Location(country="CA", city="Rich\nmond")}, "location.city"),
    ({"location": Location(country="CA", region="B\u2028C")}, "location.region"),
    ({"conveyance": "AC\t123"}, "conveyance"),
    ({"concealment_text": "false\x00floor"}, "concealment_text"),
    ({"persons": [Person(role="suspect", name="Ann\x1bB")]}, "persons[0].name"),
]


@pytest.mark.parametrize(("changes", "field"), ONE_LINE_FIELDS)
def test_a_line_break_or_control_character_in_a_one_line_field_is_an_error(catalogue, changes, field):
    report = check(catalogue, good_case(**changes), complete=False)
    assert field in fields(report, Severity.ERROR)
    assert any("one line" in i.message for i in report.errors if i.field == field)


@pytest.mark.parametrize("key", ["packaging", "description", "lab", "certificate", "substance"])
def test_a_line_break_in_an_exhibit_text_field_is_an_error(catalogue, key):
    exhibit = Exhibit(substance="cocaine", quantity=Quantity(Decimal("1"), "g"))
    if key in ("lab", "certificate"):
        exhibit.lab = LabResult(**{key: "line one\nline two"})
        field = f"exhibits[0].lab.{key}"
    else:
        setattr(exhibit, key, "line one\nline two")
        field = f"exhibits[0].{key}"
    report = check(catalogue, good_case(exhibits=[exhibit]), complete=False)
    assert field in fields(report, Severity.ERROR)


def test_the_narrative_keeps_its_lines(catalogue):
    report = check(catalogue, good_case(narrative="Stopped at 10:00.\nSearched.\r\n\tFound two bricks."))
    assert report.ok


@pytest.mark.parametrize("kind, plural", [
    ("zero amount", "zero amounts"), ("amount without unit", "amounts without unit"),
    ("unknown country", "unknown countries"), ("unknown place type", "unknown place types"),
    ("unknown routing", "unknown routings"), ("unknown substance", "unknown substances"),
])
def test_warning_kinds_count_in_words(kind, plural):
    assert kind_plural(kind) == plural
