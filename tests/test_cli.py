import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from caseapp.cli import build_parser, main
from tests.conftest import PASSWORD

README = Path(__file__).resolve().parent.parent / "README.md"




def run(*args, db):
    out, err = io.StringIO(), io.StringIO()
    code = main(["--db", str(db), *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(autouse=True)
def passwords(monkeypatch):
    monkeypatch.setenv("CASEAPP_PASSWORD", PASSWORD)
    monkeypatch.setenv("CASEAPP_NEW_PASSWORD", PASSWORD)


@pytest.fixture
def users_db(db_path):
    assert run("init", "--timezone", "UTC", "--admin", "admin", db=db_path)[0] == 0
    for name, role in (("tester", "officer"), ("sam", "supervisor")):
        code, _, err = run("--user", "admin", "user", "add", name, "--role", role, db=db_path)
        assert code == 0, err
    return db_path


@pytest.fixture
def loaded_db(users_db, data_dir):
    code, out, err = run("--user", "tester", "import", str(data_dir / "sample_ids.csv"), db=users_db)
    assert code == 0, err
    code, out, err = run("--user", "tester", "import", str(data_dir / "sample.json"), db=users_db)
    assert code == 0, err
    return users_db


def test_import_prints_a_summary_with_warnings(users_db, data_dir):
    db_path = users_db
    code, out, err = run("--user", "tester", "import", str(data_dir / "sample_ids.csv"), db=db_path)
    assert code == 0
    assert "imported 11 cases (11 exhibits)" in out
    assert "record 6: warning: location.country: 'Kosovo under UNSCR 1244'" in err


def test_import_of_rows_kept_as_entered_exits_0_and_counts_the_warnings_by_kind(users_db, data_dir):
    code, out, err = run("--user", "tester", "import", "--format", "unodc-ids",
                         str(data_dir / "ids_kept_as_entered.csv"), db=users_db)
    assert code == 0, err
    assert ("4 records read, 0 errors, 3 warnings (1 unknown substance, 1 zero amount, 1 amount without unit); "
            "imported 4 cases (4 exhibits)") in out
    assert "record 3: warning: exhibits[0].substance:" in err and "[unknown substance]" in err
    assert "record 4: warning: exhibits[0].quantity:" in err and "record 5: warning: exhibits[0].quantity:" in err


def test_search_json_rows_carry_the_documented_keys(loaded_db):
    code, out, _ = run("search", "fentanyl", "--analogues", "--format", "json", db=loaded_db)
    rows = json.loads(out)
    assert code == 0 and len(rows) == 5
    for key in ("case_number", "occurred_at", "substance", "group", "quantity", "unit", "kg_equivalent",
                "origin_country", "place"):
        assert key in rows[0]
    assert rows[0]["substance"] == "Furanylfentanyl" and rows[0]["kg_equivalent"] == "0.0125"


@pytest.mark.parametrize("args,count", [
    (["fentanyl"], 2), (["fentanyl", "--analogues"], 5), (["--group", "opioids"], 8),
    (["--origin", "China"], 6), (["--country", "CA", "--from", "2016-01-01", "--to", "2016-12-31"], 2),
    (["--text", "printer ink"], 4), (["cocaine", "--analogues", "--origin", "CO"], 1),
])
def test_search_count(loaded_db, args, count):
    code, out, _ = run("search", *args, "--count", db=loaded_db)
    assert code == 0 and out.strip() == str(count)


def test_search_table_and_csv(loaded_db):
    code, out, _ = run("search", "carfentanil", db=loaded_db)
    assert code == 0 and "HAZARD" in out and "Vancouver" in out
    code, out, _ = run("search", "--limit", "2", "--format", "csv", db=loaded_db)
    assert out.splitlines()[0].startswith("case_number,exhibit,occurred_at") and len(out.splitlines()) == 3
    code, out, _ = run("search", "no such thing", db=loaded_db)
    assert code == 0 and "no matching seizures" in out


def test_show_text_and_json(loaded_db):
    code, out, _ = run("show", "CBSA-2024-000101", db=loaded_db)
    assert code == 0 and "printer ink bottles" in out and "王小明" in out and "HAZARD" in out
    code, out, _ = run("show", "CBSA-2024-000101", "--format", "json", db=loaded_db)
    assert json.loads(out)["exhibits"][0]["lab"]["certificate"] == "DAS-24-0042"


def test_export_to_a_file(loaded_db, tmp_path):
    target = tmp_path / "all.csv"
    code, _, _ = run("--user", "tester", "export", "--format", "unodc-ids", "--out", str(target), db=loaded_db)
    assert code == 0 and target.read_text(encoding="utf-8").startswith("REGION;SUBREGION;COUNTRY")


@pytest.mark.parametrize("args,message", [
    (["show", "NOPE-1"], "no case NOPE-1"),
    (["search", "--group", "stardust"], "not a substance group"),
    (["search", "--country", "Atlantis"], "not a country"),
    (["search", "--from", "2020-01-02", "--to", "2020-01-01"], "--from is after --to"),
    (["--user", "tester", "import", "missing-file.json"], "no such file"),
    (["--user", "tester", "import", "x.xyz", "--format", "json"], "no such file"),
    (["import", "x.json"], "give --user NAME"),
    (["--user", "admin", "import", "x.json"], "officer or supervisor role"),
    (["--user", "nobody", "submit", "X"], "wrong login name or password"),
    (["--user", "sam", "approve", "NOPE"], "no case NOPE"),
    (["--user", "admin", "init", "--timezone", "Mars/Olympus"], "unknown time zone"),
])
def test_user_errors_exit_1_with_one_line(loaded_db, args, message):
    code, out, err = run(*args, db=loaded_db)
    assert code == 1 and message in err and err.count("\n") == 1 and "Traceback" not in err


def test_invalid_import_exits_1_and_writes_nothing(loaded_db, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"cases": [{"occurred_at": "2999-01-01", "location": {"country": "CA"}, '
                    '"exhibits": [{"substance": "x", "quantity": "0", "unit": "g"}]}]}', encoding="utf-8")
    before = run("search", "--count", db=loaded_db)[1]
    code, out, err = run("--user", "tester", "import", str(path), db=loaded_db)
    assert code == 1 and "nothing imported" in err and "record 1: error: occurred_at" in err
    assert run("search", "--count", db=loaded_db)[1] == before


def test_usage_errors_exit_2(db_path):
    proc = subprocess.run([sys.executable, "-m", "caseapp.cli", "--db", str(db_path), "search", "--limit", "x"],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_a_non_database_file_is_a_one_line_error(tmp_path):
    bogus = tmp_path / "photo.jpg"
    bogus.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    proc = subprocess.run([sys.executable, "-m", "caseapp.cli", "--db", str(bogus), "search"],
                          capture_output=True, text=True)
    assert proc.returncode == 1 and "not a caseapp database" in proc.stderr and "Traceback" not in proc.stderr
    assert bogus.read_bytes() == b"\xff\xd8\xff\xe0" + b"\x00" * 100


def test_caseapp_db_environment_variable(tmp_path, data_dir):
    env_db = tmp_path / "env.sqlite3"
    import os

    env = {**os.environ, "CASEAPP_DB": str(env_db)}
    proc = subprocess.run([sys.executable, "-m", "caseapp.cli", "init"], capture_output=True, text=True, env=env)
    assert proc.returncode == 0 and env_db.exists()


def test_every_command_and_option_is_documented_in_the_readme():
    readme = README.read_text(encoding="utf-8")
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    for name, sub in subparsers.choices.items():
        assert re.search(rf"caseapp-cli (\[[^\]]*\] )*{name}\b", readme) or f"caseapp-cli {name}" in readme, name
        for action in sub._actions:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help":
                    assert option in readme, f"{name} {option}"


def test_changes_need_a_first_admin(db_path, data_dir):
    code, _, err = run("--user", "x", "import", str(data_dir / "sample.json"), db=db_path)
    assert code == 1 and "init --admin" in err


def test_users_and_the_workflow_from_the_command_line(loaded_db):
    code, out, _ = run("--user", "admin", "user", "list", db=loaded_db)
    assert code == 0 and "tester" in out and "supervisor" in out
    assert run("--user", "tester", "submit", "CBSA-2024-000101", db=loaded_db)[1] == "CBSA-2024-000101: submitted\n"
    code, out, err = run("--user", "sam", "return", "CBSA-2024-000101", "--reason", "photos missing", db=loaded_db)
    assert code == 0 and "returned" in out
    run("--user", "tester", "submit", "CBSA-2024-000101", db=loaded_db)
    code, out, err = run("--user", "sam", "approve", "CBSA-2024-000101", db=loaded_db)
    assert code == 0 and out == "CBSA-2024-000101: approved\n"
    code, _, err = run("--user", "admin", "user", "deactivate", "tester", db=loaded_db)
    assert code == 0
    code, _, err = run("--user", "tester", "submit", "CBSA-2024-000101", db=loaded_db)
    assert code == 1 and "deactivated" in err


def test_verify_exit_codes(loaded_db):
    import sqlite3

    code, out, _ = run("verify", db=loaded_db)
    assert code == 0 and out.startswith("intact:")
    latest = out.split()[-1]
    assert run("verify", "--anchor", latest, db=loaded_db)[0] == 0
    conn = sqlite3.connect(loaded_db)
    conn.execute("UPDATE exhibits SET quantity = '1' WHERE id = 1")
    conn.commit()
    conn.close()
    code, _, err = run("verify", db=loaded_db)
    assert code == 3 and "exhibits row 1 was changed" in err
    code, _, err = run("verify", "--anchor", "0" * 64, db=loaded_db)
    assert code == 3 and "anchor" in err


def test_custody_from_the_command_line(loaded_db):
    base = ("--user", "tester", "custody", "CBSA-2024-000101", "01")
    code, out, err = run(*base, "seized", "--at", "2024-03-05 15:00", "--holder", "tester", "--location",
                         "Mail centre", db=loaded_db)
    assert code == 0, err
    code, out, err = run(*base, "transferred", "--at", "2024-03-06 09:00", "--from", "tester", "--holder",
                         "Exhibit vault", "--location", "Vault B", db=loaded_db)
    assert code == 0 and "held by Exhibit vault at Vault B" in out
    code, out, err = run(*base, "disposed", "--at", "2024-03-07 09:00", "--method", "incineration", db=loaded_db)
    assert code == 1 and "witness" in err
    code, out, _ = run("custody", "CBSA-2024-000101", "01", db=loaded_db)
    assert code == 0 and "transferred" in out and out.splitlines()[-1] == "now: held by Exhibit vault at Vault B"


def test_catalogue_show_and_add(users_db):
    code, out, _ = run("catalogue", "show", "furanyl-fentanyl", db=users_db)
    assert code == 0 and "Carfentanil" in out and "hazard: yes" in out
    code, out, err = run("--user", "admin", "catalogue", "add", "Brorphine-X", "--group", "synthetic-opioids-nps",
                         "--alias", "BRX", "--hazard", db=users_db)
    assert code == 0, err
    assert "hazard: yes" in run("catalogue", "show", "brx", db=users_db)[1]
    code, _, err = run("--user", "tester", "catalogue", "add", "Y", "--group", "opioids", db=users_db)
    assert code == 1 and "admin role" in err


def test_a_busy_database_is_a_message_not_a_traceback(loaded_db, data_dir, monkeypatch):
    import sqlite3

    import caseapp.store.sqlite.db as db_module

    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(loaded_db)
    holder.execute("BEGIN IMMEDIATE")  # another workstation in the middle of a write
    try:
        code, _, err = run("--user", "tester", "import", str(data_dir / "sample_ids.csv"), db=loaded_db)
    finally:
        holder.rollback()
        holder.close()
    assert code == 1 and "busy" in err and "Traceback" not in err


@pytest.mark.parametrize("options,expected", [
    (["--officer", "tremblay", "--hazard"], [("CBSA-2024-000101", "01"), ("CBSA-2024-000101", "02")]),
    (["carfentanil", "--match", "confirmed"], [("CBSA-2024-000101", "01")]),
    (["carfentanil", "--match", "suspected"], [("CASE-2026-000002", "01")]),
    (["--transport", "commercial air", "--destination", "Germany"], [("CASE-2026-000004", "01")]),
    (["--transit", "JPN", "--place-type", "Post office / mail centre", "heroin"], [("CBSA-2024-000101", "04")]),
    (["--min-kg", "1", "--order", "largest"], [("CASE-2026-000009", "01"), ("CASE-2026-000004", "01")]),
    (["--agency", "rcmp", "--status", "draft", "--region", "ontario", "--concealment", "vehicle"],
     [("RCMP-2026-000001", "01"), ("RCMP-2026-000001", "02")]),
])
def test_search_filters_from_the_command_line(loaded_db, options, expected):
    code, out, err = run("search", *options, "--format", "json", db=loaded_db)
    assert code == 0, err
    assert [(r["case_number"], r["exhibit"]) for r in json.loads(out)] == expected


def test_search_totals(loaded_db):
    code, out, _ = run("search", "--country", "AU", "--totals", db=loaded_db)
    assert code == 0 and out.splitlines() == ["seizures 1", "exhibits 1", "kg_equivalent ~20 kg",
                                              "exhibits_without_kg 0"]


@pytest.mark.parametrize("options,code_expected,message", [
    (["--min-kg", "lots"], 2, "not a number of kilograms"),
    (["--min-kg", "-1"], 2, "0 or more"),
    (["--min-kg", "5", "--max-kg", "1"], 1, "--min-kg is more than --max-kg"),
    (["--transit", "Atlantis"], 1, "not a country name"),
    (["--match", "perhaps"], 2, "invalid choice"),
    (["--status", "lost"], 2, "invalid choice"),
])
def test_bad_search_options_are_clear_messages(loaded_db, options, code_expected, message, capsys):
    if code_expected == 2:
        with pytest.raises(SystemExit) as exit_info:
            run("search", *options, db=loaded_db)
        assert exit_info.value.code == 2 and message in capsys.readouterr().err
    else:
        code, _, err = run("search", *options, db=loaded_db)
        assert code == 1 and message in err


def test_backup_and_restore_from_the_command_line(loaded_db, tmp_path):
    code, out, err = run("--user", "admin", "backup", str(tmp_path), db=loaded_db)
    assert code == 0, err
    backup_file = out.split(" to ")[1].splitlines()[0]
    code, out, err = run("--user", "tester", "restore", backup_file, db=loaded_db)
    assert code == 1 and "admin role" in err
    code, out, err = run("--user", "admin", "restore", backup_file, db=loaded_db)
    assert code == 0, err
    assert "kept at" in out
    assert run("verify", db=loaded_db)[0] == 0


def test_report_and_labels_from_the_command_line(loaded_db, tmp_path):
    case = "CBSA-2024-000101"
    code, out, err = run("--user", "tester", "report", case, "--out", str(tmp_path / "r.pdf"), db=loaded_db)
    assert code == 0, err
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF") and "pages" in out
    code, out, err = run("--user", "tester", "labels", case, "--single", "--out", str(tmp_path / "l.pdf"),
                         db=loaded_db)
    assert code == 0, err
    assert out.strip().endswith("4 pages")  # one label per exhibit
    code, _, err = run("--user", "tester", "report", "NOPE-1", "--out", str(tmp_path / "x.pdf"), db=loaded_db)
    assert code == 1 and "no case" in err and not (tmp_path / "x.pdf").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".caseapp-")]  # no half file left
    code, _, err = run("report", case, "--out", str(tmp_path / "y.pdf"), db=loaded_db)
    assert code == 1 and "--user" in err


def test_summary_from_the_command_line(loaded_db, tmp_path):
    code, out, err = run("--user", "tester", "summary", "fentanyl", "--analogues", "--origin", "China",
                         "--title", "Fentanyl from China", "--out", str(tmp_path / "s.pdf"), db=loaded_db)
    assert code == 0, err
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")
    code, _, err = run("--user", "tester", "summary", "--group", "space dust", "--out", str(tmp_path / "t.pdf"),
                       db=loaded_db)
    assert code == 1 and "not a substance group" in err and not (tmp_path / "t.pdf").exists()


def test_search_by_cdsa_schedule_and_a_repealed_one_refused(loaded_db):
    from caseapp.core.substances import default_catalogue

    code, out, err = run("search", "--schedule", "I", "--format", "json", db=loaded_db)
    assert code == 0, err
    rows = json.loads(out)
    catalogue = default_catalogue()
    assert rows and all(any(li.schedule == "I" for s in (catalogue.find(r["substance"]), catalogue.find(
        r["lab_substance"])) if s for li in s.schedules) for r in rows)
    code, _, err = run("search", "--schedule", "VII", db=loaded_db)
    assert code == 1 and "repealed" in err


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def test_printing_commands_take_the_language_of_the_paper(loaded_db, tmp_path, monkeypatch):
    case = "CBSA-2024-000101"
    monkeypatch.setenv("LC_ALL", "en_CA.UTF-8")
    code, out, err = run("--user", "tester", "report", case, "--lang", "fr", "--out", str(tmp_path / "r.pdf"),
                         db=loaded_db)
    assert code == 0, err
    text = _pdf_text(tmp_path / "r.pdf")
    assert "Rapport d'incident" in text and "12,50 g" in text and "Case incident report" not in text
    assert "pages" in out  # the command line's own words stay English
    code, _, err = run("--user", "tester", "labels", case, "--lang", "fr", "--bilingual", "--out",
                       str(tmp_path / "l.pdf"), db=loaded_db)
    assert code == 0, err
    assert "Saisie par / Seized by" in _pdf_text(tmp_path / "l.pdf")
    monkeypatch.setenv("LC_ALL", "fr_CA.UTF-8")  # no --lang: the system locale's language
    code, _, err = run("--user", "tester", "summary", "--out", str(tmp_path / "s.pdf"), db=loaded_db)
    assert code == 0, err
    assert "Sommaire de la période" in _pdf_text(tmp_path / "s.pdf")
    with pytest.raises(SystemExit) as refused:  # argparse's refusal of a language it does not offer
        run("--user", "tester", "report", case, "--lang", "de", "--out", str(tmp_path / "x.pdf"), db=loaded_db)
    assert refused.value.code == 2 and not (tmp_path / "x.pdf").exists()
