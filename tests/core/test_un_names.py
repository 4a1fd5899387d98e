"""UN drug names resolve to the catalogue: group-level names, bracketed forms, and the substances the UN's
data names that the catalogue lacked (tests/data/un_drug_names.csv, bench/coverage.py)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from caseapp.core.model import Exhibit
from caseapp.core.normalise import normalise_exhibit
from caseapp.paths import resource_path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
from coverage import coverage, read_names  # noqa: E402

# Names of the UN's data left unresolved on purpose: no published list tells what they are, or they name
# several substances of different groups, or no drug at all.
UNRESOLVED = {
    "Unknown", "Other", "Multiple drugs", "Tabacco", "Non-specified psychotropic substances",
    "Non-specified pharmaceuticals", "Non-specified stimulants", "Synthetics", "Cough sirups", "Spasmo proxyvon",
    "MDMA & Mephedrone", "Amphetamine-Ketamine Mix", "Acetone/Ethyl Ether", "Karcidone", "Methylester", "Acyl",
    "Methanone", "Methyl ether", "MDPA", "Fuelite", "Modafinil", "GABA", "Sodium Carbonate", "Ammonium chloride",
    "Sodium hydroxide", "Phosphorous Acid", "Phenyl-2-nitropropene", "1-phenethyl-4-hydroxypiperidine",
    "3-butenoyl-1-methylindole [1- (1-methyl-1H-indol-3-yl) butan-1-one] and derivatives",
}


@pytest.mark.parametrize("name,group", [
    ("Synthetic Cannabinoid", "synthetic-cannabinoids"), ("synthetic cannabinoids", "synthetic-cannabinoids"),
    ("Benzodiazepine", "benzodiazepines"), ("Hallucinogens", "hallucinogens"), ("Non-specified NPS", "nps"),
    ("Opiates", "opiates"), ("Barbiturates", "barbiturates"), ("Phenethylamines", "phenethylamines"),
    ("Acetylated Opium", "opiates"), ("Other precursors", "precursors"), ("Anabolic steroids", "anabolic-steroids"),
])
def test_group_level_names_resolve_to_their_group_through_find(catalogue, name, group):
    substance = catalogue.find(name)  # the importer's path: normalise_exhibit -> Catalogue.find
    assert substance is not None, name
    assert substance.group == group and substance.name.endswith("(not specified)")


def test_group_level_name_gets_its_group_when_imported(catalogue):
    exhibit = normalise_exhibit(Exhibit(kind="drug", substance="Synthetic Cannabinoid"), catalogue)
    assert exhibit.substance_id == "synthetic-cannabinoids-not-specified"


@pytest.mark.parametrize("name,expected", [
    ("Alprazolam (Xanax)", "alprazolam"), ("Cannabis Herb (Marijuana)", "cannabis-herb"),
    ("Dimethyltryptamine (DMT)", "dmt"), ("Substitol (slow release Morphine)", "morphine"),
    ("5F-APINACA, 5F-AKB-48", "5f-apinaca"), ("Xanax [alprazolam]", "alprazolam"),
])
def test_bracketed_and_listed_forms_match_either_part(catalogue, name, expected):
    assert catalogue.find(name).id == expected


def test_parts_naming_different_substances_resolve_to_nothing(catalogue):
    assert catalogue.find("Heroin (cocaine)") is None
    assert catalogue.find("Zzz (unlisted)") is None


@pytest.mark.parametrize("name,group", [
    ("2C-H", "phenethylamines"), ("6-MAPB", "phenethylamines"), ("2-MMC", "synthetic-cathinones"),
    ("bk_MDEA", "synthetic-cathinones"), ("4-CI-a-PVP", "synthetic-cathinones"), ("4-HO-DiPT", "tryptamines"),
    ("MDMB-CHMCZCA", "synthetic-cannabinoids"), ("CUMYL-5F-PINACA", "synthetic-cannabinoids"),
    ("GHB/GBL", "sedatives-tranquillizers"), ("Nimetazepam", "benzodiazepines"), ("Edible cannabis", "cannabis-type"),
    ("N-Methylephedrone", "synthetic-cathinones"), ("para-Methoxy-N-methylamphetamine", "amphetamine-type-stimulants"),
    ("METHANDROSTENOLONE", "anabolic-steroids"), ("Thiopropamine", "other-nps"),
])
def test_un_names_the_catalogue_lacked_are_in_their_group(catalogue, name, group):
    assert catalogue.find(name).group == group


def test_every_entry_with_a_source_names_a_published_list():
    data = json.loads(resource_path("substances.json").read_text(encoding="utf-8"))
    sourced = [s for s in data["substances"] if "source" in s]
    assert len(sourced) >= 20
    for entry in sourced:
        assert any(word in entry["source"] for word in ("UNODC", "EUDA", "WHO", "CDSA", "Convention")), entry["id"]


def test_un_names_resolve_except_the_listed_ones():
    names = read_names(ROOT / "tests" / "data" / "un_drug_names.csv")
    result = coverage(names)
    assert set(result["unresolved"]) == UNRESOLVED
    assert result["share"] >= 0.8


def test_coverage_script_prints_its_figures_on_the_last_line():
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "coverage.py")], capture_output=True, text=True,
                         check=True)
    assert run.stdout.strip().splitlines()[-1].startswith("names ")
