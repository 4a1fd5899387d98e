"""scripts/cdsa_schedules.py on a fixture cut from the Act's XML, and the facts it wrote to resources/."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from caseapp.paths import resource_path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "cdsa_schedules.py"
FIXTURE = ROOT / "tests" / "data" / "cdsa"


def _item(facts: dict, schedule: str, item: str, part: str | None = None) -> dict:
    found = [i for s in facts["schedules"] if s["schedule"] == schedule for i in s["items"]
             if i["item"] == item and i.get("part") == part]
    assert len(found) == 1, (schedule, item, part, len(found))
    return found[0]


def _sub(entry: dict, label: str) -> dict:
    return next(s for s in entry["subitems"] if s["item"] == label)


@pytest.fixture(scope="module")
def fixture_facts(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("cdsa") / "facts.json"
    run = subprocess.run([sys.executable, str(SCRIPT), str(FIXTURE / "C-38.8-eng.xml"),
                          str(FIXTURE / "C-38.8-fra.xml"), "--commit", "0" * 40, "--out", str(out)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def committed() -> dict:
    return json.loads(resource_path("cdsa_schedules.json").read_text(encoding="utf-8"))


def test_script_records_the_source_date_and_licence(fixture_facts):
    source = fixture_facts["source"]
    assert source["current_to"] == "2026-06-14" and source["last_amended"] == "2026-06-05"
    assert source["consolidated_number"] == "C-38.8"
    assert source["licence"] == "Open Government Licence - Canada"
    assert source["commit"] == "0" * 40


def test_script_lists_schedules_in_force_and_the_repealed_ones(fixture_facts):
    by_number = {s["schedule"]: s for s in fixture_facts["schedules"]}
    assert list(by_number) == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
    assert by_number["VII"]["repealed"].startswith("[Repealed, 2018")
    assert by_number["VII"]["items"] == []
    assert by_number["I"]["repealed"] is None


def test_script_names_items_and_sub_items_in_both_languages(fixture_facts):
    coca = _item(fixture_facts, "I", "2")
    cocaine = _sub(coca, "(2)")
    assert (cocaine["name_en"], cocaine["name_fr"]) == ("Cocaine", "cocaïne")
    assert cocaine["synonyms_en"] == ["benzoylmethylecgonine"]
    heroin = _sub(_item(fixture_facts, "I", "1"), "(10)")
    assert heroin["name_en"] == "Diacetylmorphine" and heroin["synonyms_en"] == ["heroin"]
    assert heroin["synonyms_fr"] == ["héroïne"]
    lsd = _item(fixture_facts, "III", "5")
    assert lsd["synonyms_en"][0] == "LSD" and lsd["name_fr"] == "Diéthylamide de l’acide lysergique"


def test_script_marks_classes_and_single_substances(fixture_facts):
    fentanyls = _item(fixture_facts, "I", "16")
    assert fentanyls["name_en"] == "Fentanyls" and fentanyls["is_class"] is True
    assert _sub(fentanyls, "(5)")["name_en"] == "Fentanyl"
    assert _sub(fentanyls, "(5)")["is_class"] is False
    assert _item(fixture_facts, "III", "5")["is_class"] is False  # LSD and any salt thereof


def test_script_marks_what_a_schedule_does_not_include(fixture_facts):
    opium = _item(fixture_facts, "I", "1")
    assert _sub(opium, "(32)")["name_en"] == "Apomorphine" and _sub(opium, "(32)")["excluded"] is True
    assert "excluded" not in _sub(opium, "(10)")
    assert not any(s["item"] is None for s in opium["subitems"])  # the "but not including" line itself
    assert _sub(_item(fixture_facts, "IV", "18"), "(33)")["excluded"] is True  # flunitrazepam: Schedule I


def test_script_keeps_item_dates_and_schedule_v_periods(fixture_facts):
    anpp = _sub(_item(fixture_facts, "I", "16"), "(14)")
    assert (anpp["in_force_since"], anpp["enacted"]) == ("2019-05-15", "2019-05-06")
    spiro = _item(fixture_facts, "V", "1", part="1")
    assert spiro["name_en"] == "Spirobrorphine"
    assert (spiro["period_start"], spiro["period_end"]) == ("2026-06-05", "2027-06-04")


def test_script_keeps_parts_apart_in_schedule_vi(fixture_facts):
    assert _item(fixture_facts, "VI", "1", part="1")["name_en"] == "Acetic anhydride"
    assert _item(fixture_facts, "VI", "1", part="2")["name_en"] == "Acetone"
    assert _item(fixture_facts, "VI", "1", part="2")["part_title_en"] == "Class B Precursors"


def test_script_records_repealed_items_without_names(fixture_facts):
    repealed = _item(fixture_facts, "II", "1")
    assert repealed["repealed"] is True and "name_en" not in repealed


def test_script_refuses_files_whose_items_do_not_pair(tmp_path):
    french = (FIXTURE / "C-38.8-fra.xml").read_text(encoding="utf-8").replace("<Label>(10)</Label>",
                                                                              "<Label>(99)</Label>", 1)
    (tmp_path / "fra.xml").write_text(french, encoding="utf-8")
    run = subprocess.run([sys.executable, str(SCRIPT), str(FIXTURE / "C-38.8-eng.xml"), str(tmp_path / "fra.xml"),
                          "--out", str(tmp_path / "out.json")], capture_output=True, text=True, check=False)
    assert run.returncode == 1 and "differ" in run.stderr
    assert not (tmp_path / "out.json").exists()


def test_committed_facts_hold_schedule_i_item_16_fentanyls_as_a_class(committed):
    fentanyls = _item(committed, "I", "16")
    assert fentanyls["is_class"] is True and "analogues" in fentanyls["text_en"]
    names = {s["name_en"] for s in fentanyls["subitems"]}
    assert {"Fentanyl", "Carfentanil", "Sufentanil", "Remifentanil"} <= names


def test_committed_facts_hold_cocaine_in_schedule_i(committed):
    assert _sub(_item(committed, "I", "2"), "(2)")["name_en"] == "Cocaine"


def test_committed_facts_hold_the_designated_devices_of_schedule_ix(committed):
    devices = [i for s in committed["schedules"] if s["schedule"] == "IX" for i in s["items"]]
    assert [d["item"] for d in devices] == ["1", "2", "3", "4", "5"]
    assert "tablets" in devices[0]["text_en"] and "capsules" in devices[1]["text_en"]
    assert [d["text_en"].split()[0] for d in devices[2:]] == ["Die", "Mould", "Punch"]
    assert all(d["device"] for d in devices)


def test_committed_facts_have_no_cannabis_in_schedule_ii_since_2018(committed):
    schedule_ii = _item(committed, "II", "1")
    assert schedule_ii["repealed"] is True and "2018, c. 16" in schedule_ii["text_en"]


def test_committed_facts_name_their_source(committed):
    source = committed["source"]
    assert source["licence"] == "Open Government Licence - Canada"
    assert source["repository"].endswith("justicecanada/laws-lois-xml") and len(source["commit"]) == 40
    assert source["current_to"]
