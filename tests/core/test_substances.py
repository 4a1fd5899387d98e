import json
from collections import Counter

import pytest

from caseapp.core.text import name_key
from caseapp.paths import resource_path


@pytest.mark.parametrize("a,b", [
    ("Furanyl-fentanyl", "furanyl fentanyl"), ("furanylfentanyl", "FURANYL-FENTANYL"),
    ("carfentanyl", "Carfentanil"), ("ecstasy", "MDMA"),
])
def test_names_and_aliases_match_ignoring_case_spaces_and_hyphens(catalogue, a, b):
    assert catalogue.find(a) is not None
    assert catalogue.find(a) is catalogue.find(b)


def test_unlisted_names_are_not_guessed(catalogue):
    assert catalogue.find("zzz unlisted herb") is None
    assert catalogue.find("") is None


@pytest.mark.parametrize("member", [
    "fentanyl", "carfentanil", "furanyl fentanyl", "acetyl fentanyl", "3-methylfentanyl",
    "alpha-methylfentanyl", "ocfentanil", "p-fluorofentanyl", "sufentanil",
])
def test_fentanyl_family_members(catalogue, member):
    substance = catalogue.find(member)
    assert substance is not None, member
    assert substance.family == "fentanyl"
    assert catalogue.is_hazard(substance)


def test_analogues_of_fentanyl_include_carfentanil_but_not_heroin(catalogue):
    names = {s.id for s in catalogue.analogues(catalogue.find("fentanyl"))}
    assert catalogue.find("carfentanil").id in names
    assert catalogue.find("heroin").id not in names
    assert len(names) >= 30


def test_nitazenes_are_a_hazardous_family(catalogue):
    isotonitazene = catalogue.find("isotonitazene")
    assert isotonitazene.family == "nitazene" and catalogue.is_hazard(isotonitazene)
    assert len(catalogue.family_members("nitazene")) >= 10


@pytest.mark.parametrize("name,kind", [
    ("4-ANPP", "precursor"), ("NPP", "precursor"), ("ephedrine", "precursor"), ("P2P", "precursor"),
    ("acetic anhydride", "precursor"), ("xylazine", "cutting_agent"), ("caffeine", "cutting_agent"),
    ("lidocaine", "cutting_agent"), ("pill press", "equipment"), ("cocaine", "drug"),
])
def test_precursors_cutting_agents_and_equipment(catalogue, name, kind):
    assert catalogue.find(name).kind == kind


def test_heroin_is_not_a_hazard_by_default(catalogue):
    assert not catalogue.is_hazard(catalogue.find("heroin"))


def test_groups_follow_the_un_two_levels(catalogue):
    top = {g.id for g in catalogue.groups.values() if g.parent is None}
    assert {"opioids", "cocaine-type", "cannabis-type", "amphetamine-type-stimulants", "hallucinogens",
            "sedatives-tranquillizers", "nps", "precursors", "cutting-agents", "equipment"} <= top
    for group in catalogue.groups.values():
        if group.parent:
            assert catalogue.groups[group.parent].parent is None, group.id
    assert catalogue.top_group(catalogue.find("carfentanil").group).id == "opioids"
    assert catalogue.find_group("Synthetic cathinones").id == "synthetic-cathinones"


def test_catalogue_file_is_consistent():
    data = json.loads(resource_path("substances.json").read_text(encoding="utf-8"))
    substances = data["substances"]
    assert len(substances) >= 350
    assert data["sources"]
    groups = {g["id"] for g in data["groups"]}
    families = {f["id"] for f in data["families"]}
    ids = Counter(s["id"] for s in substances)
    assert not [i for i, n in ids.items() if n > 1]
    owner: dict[str, str] = {}
    for s in substances:
        assert s["group"] in groups, s["id"]
        assert s["family"] is None or s["family"] in families, s["id"]
        assert s["kind"] in ("drug", "precursor", "cutting_agent", "equipment")
        for text in (s["name"], *s["aliases"]):
            key = name_key(text)
            assert owner.setdefault(key, s["id"]) == s["id"], f"{text} names {owner[key]} and {s['id']}"
        for item, mg in s["typical_unit_mass_mg"].items():
            assert item in ("tablet", "capsule", "blotter", "dose", "plant", "ampoule", "vial") and mg > 0
    members = Counter(s["family"] for s in substances if s["family"])
    assert all(members[f] >= 2 for f in families)
