"""Catalogue substances carry their CDSA schedule, derived from resources/cdsa_schedules.json."""

import json

import pytest

from caseapp.core.schedules import CLASS, DECLARED, NAMED, ScheduleFacts
from caseapp.core.substances import Catalogue, Substance
from caseapp.paths import resource_path


@pytest.mark.parametrize("name,reference", [
    ("cocaine", "I-2(2)"),  # Coca ... including (2) Cocaine
    ("heroin", "I-1(10)"),  # (10) Diacetylmorphine (heroin)
    ("diacetylmorphine", "I-1(10)"),
    ("fentanyl", "I-16(5)"),
    ("methamphetamine", "I-18"),
    ("MDMA", "I-19(8)"),  # (8) N-methyl-3,4-methylenedioxyamphetamine
    ("ketamine", "I-14(1)"),
    ("GHB", "I-21"),
    ("flunitrazepam", "I-20"),  # also in IV-18, after "but not including"
    ("JWH-018", "II-2(2)(i)"),
    ("LSD", "III-5"),
    ("2C-B", "III-35(4)"),
    ("alprazolam", "IV-18(1)"),
    ("khat", "IV-19"),
    ("GBL", "VI-1.18"),
    ("acetone", "VI-2.1"),
])
def test_named_substances_carry_their_schedule_item(catalogue, name, reference):
    listing = catalogue.find(name).schedule
    assert listing is not None, name
    assert listing.reference == reference
    assert listing.basis == NAMED
    assert catalogue.schedule_of(name) == listing


def test_cannabis_has_no_cdsa_schedule_since_the_cannabis_act(catalogue):
    # Schedule II item 1 (cannabis) was repealed in 2018: cannabis is controlled by another Act
    assert catalogue.find("cannabis").schedule is None
    assert catalogue.find("hashish").schedule is None


def test_an_unlisted_fentanyl_analogue_is_covered_by_the_fentanyls_class(catalogue):
    listing = catalogue.find("furanylfentanyl").schedule
    assert listing.reference == "I-16" and listing.basis == CLASS and listing.by_class
    assert listing.describe() == "Schedule I, item 16 (class: Fentanyls)"


def test_a_substance_no_schedule_names_and_no_class_covers_has_no_schedule(catalogue):
    for name in ("caffeine", "mephedrone", "etizolam", "xylazine"):
        assert catalogue.find(name).schedule is None, name


def test_schedule_ix_devices_are_declared_on_the_equipment_entries(catalogue):
    assert [li.reference for li in catalogue.find("tablet press").schedules] == ["IX-1"]
    assert catalogue.find("encapsulator").schedule.reference == "IX-2"
    assert catalogue.find("tablet dies").schedule.basis == DECLARED
    assert catalogue.find("digital scales").schedule is None


def test_schedule_v_listing_carries_its_period(tmp_path):
    facts = ScheduleFacts.load(resource_path("cdsa_schedules.json"))
    listings, _ = facts.named(["Spirobrorphine"])
    assert len(listings) == 1
    assert listings[0].period_start and listings[0].period_end > listings[0].period_start


def test_french_names_from_the_act_find_the_substance(catalogue):
    # (accents alone never mattered: "cocaïne" keys as "cocaine")
    assert catalogue.find("cocaïne") is catalogue.find("cocaine")
    assert catalogue.find("héroïne") is catalogue.find("heroin")
    assert catalogue.find("feuilles de coca") is catalogue.find("coca leaves")
    assert catalogue.find("anhydride acétique") is catalogue.find("acetic anhydride")
    assert catalogue.find("permanganate de potassium") is catalogue.find("potassium permanganate")
    assert "héroïne" in catalogue.find("heroin").french_names
    # completion lists the catalogue's own French name (substances.json name_fr), which the Act spells alike
    assert ("Héroïne", catalogue.find("heroin")) in catalogue.names()


def test_substances_in_schedule_lists_named_and_class_members(catalogue):
    schedule_i = catalogue.substances_in_schedule("I")
    assert catalogue.find("cocaine") in schedule_i and catalogue.find("furanylfentanyl") in schedule_i
    assert catalogue.find("LSD") not in schedule_i
    named_only = catalogue.substances_in_schedule("schedule i", by_class=False)
    assert catalogue.find("furanylfentanyl") not in named_only and catalogue.find("fentanyl") in named_only
    assert catalogue.substances_in_schedule("IX") == [catalogue.find(n) for n in
                                                      ("tablet press", "tablet dies", "encapsulator")]


def test_excluded_sub_items_list_nothing():
    facts = ScheduleFacts.load(resource_path("cdsa_schedules.json"))
    assert facts.named(["naloxone"])[0] == ()  # Schedule I item 1 "but not including" (34.1)
    assert [li.reference for li in facts.named(["butorphanol"])[0]] == ["IV-9"]  # not I-10(14)


def test_agency_additions_get_their_schedule_too(catalogue):
    extra = Substance(id="local-carfentanyl-x", name="Benzylcarfentanil test", aliases=("Thiofentanyl",),
                      kind="drug", group="fentanyls", family="fentanyl", hazard=True, typical_unit_mass_mg={})
    with pytest.raises(ValueError):  # the alias already names a catalogue substance
        catalogue.with_additions([extra])
    own = Substance(id="local-x", name="Zz-fentanyl", aliases=(), kind="drug", group="fentanyls",
                    family="fentanyl", hazard=True, typical_unit_mass_mg={})
    assert catalogue.with_additions([own]).find("Zz-fentanyl").schedule.reference == "I-16"


def test_family_class_references_exist_in_the_schedule_facts():
    data = json.loads(resource_path("substances.json").read_text(encoding="utf-8"))
    facts = ScheduleFacts.load(resource_path("cdsa_schedules.json"))
    for family in data["families"]:
        if family.get("cdsa_class"):
            assert facts.reference(family["cdsa_class"]).item_is_class, family["id"]


def test_catalogue_without_schedule_facts_has_no_schedules():
    catalogue = Catalogue.load(resource_path("substances.json"))
    assert catalogue.find("cocaine").schedule is None
    assert catalogue.schedule_of("cocaine") is None
    assert catalogue.find("ester méthylique de la benzoylecgonine") is None  # a French name the Act alone gives
    assert catalogue.find("héroïne") is catalogue.find("heroin")  # the catalogue's own French name


def test_the_completion_names_hold_each_spelling_of_a_substance_once(catalogue):
    """The Act's French names were offered beside the English ones they equal: "fentanyl -> Fentanyl" under
    "Fentanyl". Each (spelling, substance) pair is listed once, whatever its case."""
    keys = [(name.casefold(), substance.id) for name, substance in catalogue.names()]
    repeated = {key for key in keys if keys.count(key) > 1}
    assert repeated == set()
    assert ("Héroïne", "heroin") in {(name, s.id) for name, s in catalogue.names()}
