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

# Names of the UN's data left unresolved on purpose, each for its reason (bench/coverage.py --unresolved).
UNRESOLVED = {
    # the UN's catch-alls: no published grouping says which drug group they are
    "Other", "Multiple drugs", "Synthetics", "Non-specified pharmaceuticals",
    "Non-specified psychotropic substances",  # 1971 Convention: stimulants, sedatives and hallucinogens alike
    "Cough sirups",  # codeine, dextromethorphan or promethazine: the name does not say
    # mixtures of substances that share no group of the catalogue (ecstasy-type vs synthetic cathinones / ATS
    # vs arylcyclohexylamines): resolving to one part would misstate the exhibit
    "MDMA & Mephedrone", "Amphetamine-Ketamine Mix",
    # no published list found that names them, or the name is a fragment of a chemical name
    "Karcidone", "Fuelite", "Methylester", "Acyl", "Methanone", "Methyl ether", "MDPA", "GABA",
    # chemicals no list among the catalogue's sources names (not in the 1988 Convention's tables)
    "Sodium Carbonate", "Ammonium chloride", "Sodium hydroxide", "Phosphorous Acid", "Phenyl-2-nitropropene",
    "1-phenethyl-4-hydroxypiperidine",
}
# "Unknown" is neither: it imports as an explicitly unknown substance (core.model.UNKNOWN_SUBSTANCE).
UNKNOWN_BY_DESIGN = {"Unknown"}


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
    assert set(result["unknown"]) == UNKNOWN_BY_DESIGN
    resolved = {name for name, _ in names} - UNRESOLVED - UNKNOWN_BY_DESIGN
    assert set(result["resolved"]) == resolved and len(resolved) == 148


@pytest.mark.parametrize("name,expected", [
    ("Non-specified stimulants", "amphetamine-type-stimulants-not-specified"),
    ("Tabacco", "tobacco"), ("Modafinil", "modafinil"), ("Spasmo proxyvon", "dextropropoxyphene"),
    ("3-butenoyl-1-methylindole [1- (1-methyl-1H-indol-3-yl) butan-1-one] and derivatives",
     "synthetic-cannabinoids-not-specified"),
    ("Acetone/Ethyl Ether", "precursors-not-specified"),
])
def test_un_names_unresolved_before_resolve_to_their_entry(catalogue, name, expected):
    assert catalogue.find(name).id == expected


def test_non_specified_stimulants_count_under_amphetamine_type_stimulants(catalogue):
    """UNODC's only stimulant group for synthetic drugs (World Drug Report glossary: the synthetic stimulants of
    the 1971 Convention); cocaine-type substances are reported under their own names."""
    substance, group = catalogue.resolve("Non-specified stimulants")
    assert group.id == "amphetamine-type-stimulants" and substance.name.endswith("(not specified)")


@pytest.mark.parametrize("name,expected", [
    ("Acetone/Ethyl Ether", "precursors-not-specified"),  # both solvents of Table II: the precursors' entry
    ("Diazepam + Alprazolam", "benzodiazepines-not-specified"),
    ("Heroin & Morphine", "opiates-not-specified"), ("Alprazolam-Diazepam mix", "benzodiazepines-not-specified"),
    ("Heroin + heroin", "heroin"),
])
def test_a_mixture_resolves_to_the_narrowest_group_its_parts_share(catalogue, name, expected):
    assert catalogue.find(name).id == expected


@pytest.mark.parametrize("name", [
    "MDMA & Mephedrone", "Amphetamine-Ketamine Mix", "Heroin + Cocaine", "Heroin + Zzzunlisted", "N/A",
])
def test_a_mixture_of_groups_with_no_common_entry_or_an_unknown_part_resolves_to_nothing(catalogue, name):
    assert catalogue.find(name) is None


@pytest.mark.parametrize("name", sorted(UNRESOLVED))
def test_unresolvable_un_names_resolve_to_nothing(catalogue, name):
    assert catalogue.resolve(name) == (None, None)


def test_coverage_script_prints_its_figures_on_the_last_line():
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "coverage.py")], capture_output=True, text=True,
                         check=True)
    assert run.stdout.strip().splitlines()[-1].startswith("names ")


def test_coverage_script_gives_the_rows_of_a_generated_file_on_its_last_line():
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "coverage.py"), "--rows", "2000"],
                         capture_output=True, text=True, check=True)
    last = run.stdout.strip().splitlines()[-1]
    assert "generated rows (seed 1) 2000: resolved " in last and "resolved counting unknown by design" in last


@pytest.mark.parametrize("name,expected", [
    ("Tabacco", "tobacco"), ("Non-specified stimulants", "amphetamine-type-stimulants-not-specified"),
    ("Acetone/Ethyl Ether", "precursors-not-specified"), ("Spasmo proxyvon", "dextropropoxyphene"),
])
def test_newly_resolved_un_names_get_their_entry_when_imported(catalogue, name, expected):
    exhibit = normalise_exhibit(Exhibit(kind="drug", substance=name), catalogue)
    assert exhibit.substance_id == expected


def test_generated_drug_names_are_the_un_names_drawn_by_the_published_shares():
    from generate import SEIZURE_SHARES, drug_weights, rows

    weights = dict(drug_weights())
    names = {name for name, _ in read_names(ROOT / "tests" / "data" / "un_drug_names.csv")}
    assert set(weights) == names
    assert sum(weights.values()) == pytest.approx(sum(SEIZURE_SHARES.values())) == pytest.approx(100)
    assert weights["Cannabis resin"] == 36 and weights["Heroin"] == 3 and weights["Unknown"] == 0
    drawn = [row[6] for row in rows(3000, seed=7)]
    assert set(drawn) <= names and drawn == [row[6] for row in rows(3000, seed=7)]


def test_coverage_of_a_generated_file_lists_what_resolves_and_what_does_not(tmp_path):
    from coverage import generated_names, ids_names
    from generate import rows

    counted = generated_names(5000, seed=2)
    result = coverage(counted.items())
    assert set(result["unresolved"]) == UNRESOLVED & set(counted)
    assert set(result["unknown"]) <= UNKNOWN_BY_DESIGN
    assert set(result["resolved"]) == set(counted) - UNRESOLVED - UNKNOWN_BY_DESIGN
    assert sum(result["row_counts"].values()) == 5000
    path = tmp_path / "ids.csv"
    path.write_text("DRUG_NAME;AMOUNT\n" + "".join(f"{row[6]};{row[7]}\n" for row in rows(5000, seed=2)),
                    encoding="utf-8")
    assert ids_names(path) == counted


def test_coverage_counts_a_name_as_the_importer_stores_it(catalogue):
    """coverage.outcome agrees with normalise_exhibit for every UN name: resolved names get an entry (a
    "(not specified)" one for group level), "Unknown" the unknown substance, unresolved ones no entry."""
    from coverage import outcome

    for name, _ in read_names(ROOT / "tests" / "data" / "un_drug_names.csv"):
        exhibit = normalise_exhibit(Exhibit(kind="drug", substance=name), catalogue)
        kind = outcome(catalogue, name)
        assert (kind == "unknown") == exhibit.substance_unknown, name
        assert (kind in ("substance", "group")) == (exhibit.substance_id is not None), name
        assert (kind == "group") == (exhibit.substance_id or "").endswith("-not-specified"), name
