import json
from decimal import Decimal

import pytest

from caseapp.core.errors import CaseAppError, ValidationFailed
from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.services.transfer import import_file

GOOD = {"occurred_at": "2024-01-01", "location": {"country": "CA"},
        "exhibits": [{"substance": "cocaine", "quantity": "1", "unit": "kg"}]}


def write_cases(tmp_path, cases, name="in.json"):
    path = tmp_path / name
    path.write_text(json.dumps({"cases": cases}), encoding="utf-8")
    return path


def test_one_invalid_record_and_nothing_is_written_but_every_problem_is_listed(fresh_app, tmp_path):
    bad_date = {**GOOD, "occurred_at": "2031-01-01"}
    bad_quantity = {**GOOD, "exhibits": [{"substance": "heroin", "quantity": "-3", "unit": "g"}]}
    path = write_cases(tmp_path, [GOOD, bad_date, GOOD, bad_quantity])
    report = import_file(fresh_app, path, actor="tester").value
    assert not report.committed and report.imported == 0
    assert fresh_app._store.count_cases() == 0
    assert [(p.record, p.field) for p in report.errors] == [(2, "occurred_at"), (4, "exhibits[0].quantity")]
    assert "future" in report.errors[0].message


def test_skip_invalid_writes_the_valid_records_and_lists_rejects(fresh_app, tmp_path):
    path = write_cases(tmp_path, [GOOD, {**GOOD, "occurred_at": None}, GOOD])
    rejects = tmp_path / "rejects.csv"
    report = import_file(fresh_app, path, actor="tester", skip_invalid=True, rejects=rejects).value
    assert report.committed and report.imported == 2 and report.rejected == 1
    assert fresh_app._store.count_cases() == 2
    lines = rejects.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "record,severity,field,message,value"
    assert lines[1].startswith("2,error,occurred_at,")


def test_dry_run_validates_and_writes_nothing(fresh_app, tmp_path):
    path = write_cases(tmp_path, [GOOD, GOOD])
    report = import_file(fresh_app, path, actor="tester", dry_run=True).value
    assert report.dry_run and not report.committed and report.imported == 2
    assert fresh_app._store.count_cases() == 0


def test_importing_an_existing_case_number_is_refused_as_a_duplicate(fresh_app, tmp_path):
    numbered = {**GOOD, "case_number": "RCMP-2024-000007"}
    assert import_file(fresh_app, write_cases(tmp_path, [numbered]), actor="tester").value.committed
    again = import_file(fresh_app, write_cases(tmp_path, [GOOD, numbered], "again.json"), actor="tester").value
    assert not again.committed
    assert [(p.record, p.field) for p in again.errors] == [(2, "case_number")]
    twice = import_file(fresh_app, write_cases(tmp_path, [{**GOOD, "case_number": "X-1"}] * 2, "twice.json")).value
    assert [(p.record, p.field) for p in twice.errors] == [(2, "case_number")]
    assert fresh_app._store.count_cases() == 1


def test_generated_case_numbers_follow_agency_code_year_serial_and_skip_taken_ones(fresh_app, tmp_path):
    fresh_app.initialise(agency_code="RCMP")
    taken = {**GOOD, "agency": "RCMP", "case_number": "RCMP-2026-000002"}
    import_file(fresh_app, write_cases(tmp_path, [taken]), actor="tester")
    path = write_cases(tmp_path, [{**GOOD, "agency": "Royal Canadian Mounted Police"}] * 2, "more.json")
    assert import_file(fresh_app, path, actor="tester").value.committed
    numbers = sorted(c.case_number for c in fresh_app._store.iter_cases())
    assert numbers == ["RCMP-2026-000002", "RCMP-2026-000003", "RCMP-2026-000004"]


def test_an_import_is_one_audit_entry_with_the_file_hash(fresh_app, tmp_path):
    path = write_cases(tmp_path, [GOOD])
    import_file(fresh_app, path, actor="tester")
    entry = fresh_app._audit.entries()[-1]
    assert entry.action == "import" and entry.actor == "tester"
    assert entry.detail["imported"] == 1 and len(entry.detail["sha256"]) == 64
    assert fresh_app._audit.verify_chain().ok


def test_an_import_must_be_complete(fresh_app, tmp_path):
    path = write_cases(tmp_path, [{"location": {"country": "CA"}, "exhibits": []}])
    report = import_file(fresh_app, path).value
    assert {p.field for p in report.errors} == {"occurred_at", "exhibits"}


def test_record_case_saves_a_draft_and_refuses_a_bad_one(fresh_app):
    draft = Case(location=Location(country="CA"),
                 exhibits=[Exhibit(substance="fentanyl", quantity=Quantity(Decimal("2.5"), "g"))])
    saved = fresh_app.record_case(draft, actor="officer1").value
    assert saved.case_number.startswith("CASE-2026-") and saved.status == "draft"
    again = fresh_app.get_case(saved.case_number)
    assert again.exhibits[0].quantity.value == Decimal("2.5") and again.exhibits[0].hazard_flag
    assert again.created_by == "officer1"
    with pytest.raises(ValidationFailed, match="future"):
        fresh_app.record_case(Case(occurred_at="2099-01-01"), actor="officer1")
    assert fresh_app._store.count_cases() == 1


def test_an_officer_cannot_import_cases_marked_approved(fresh_app, tmp_path):
    path = write_cases(tmp_path, [{**GOOD, "status": "approved", "approved_by": "someone"}])
    report = import_file(fresh_app, path, actor="olga", reviewed_allowed=False).value
    assert not report.committed and [p.field for p in report.errors] == ["status"]
    assert import_file(fresh_app, path, actor="sam", reviewed_allowed=True).value.committed


def test_an_admin_adds_a_substance_and_earlier_exhibits_are_found_under_it(fresh_app, tmp_path):
    from caseapp.services.auth import Accounts, PermissionDenied
    from caseapp.services.catalogue import add_substance
    from caseapp.store.contract import SearchQuery

    unlisted = {**GOOD, "exhibits": [{"substance": "Zeta-fentanyl X", "quantity": "2", "unit": "g"}]}
    assert import_file(fresh_app, write_cases(tmp_path, [unlisted, GOOD]), actor="olga").value.committed
    accounts = Accounts(fresh_app)
    admin = accounts.create_first_admin("admin", "correct horse battery").value
    accounts.add_user(admin, "olga", "correct horse battery", role="officer")
    with pytest.raises(PermissionDenied):
        add_substance(fresh_app, accounts.authenticate("olga", "correct horse battery"), "X", group="opioids")
    substance, resolved = add_substance(fresh_app, admin, "Zeta-fentanyl X", group="fentanyls", family="fentanyl",
                                        aliases=("ZFX",), hazard=True).value
    assert resolved == 1
    rows = fresh_app.search(SearchQuery(substance="zfx"))
    assert [r.substance for r in rows] == ["Zeta-fentanyl X"] and rows[0].hazard
    assert "Zeta-fentanyl X" in [r.substance for r in fresh_app.search(SearchQuery(substance="fentanyl",
                                                                                    analogues=True))]
    with pytest.raises(CaseAppError, match="names both"):
        add_substance(fresh_app, admin, "carfentanyl", group="opioids")
    assert fresh_app.verify().ok


def test_a_supervisor_cannot_approve_a_case_they_imported_whatever_the_file_claims(fresh_app, tmp_path):
    from caseapp.services.auth import Accounts, PermissionDenied
    from caseapp.services.workflow import Workflow

    accounts = Accounts(fresh_app)
    admin = accounts.create_first_admin("ada", "correct horse battery").value
    for login in ("sue", "sam"):
        accounts.add_user(admin, login, "correct horse battery", role="supervisor")
    sue, sam = (accounts.authenticate(login, "correct horse battery") for login in ("sue", "sam"))
    claimed = {**GOOD, "case_number": "X-2024-000001", "status": "submitted", "created_by": "olga",
               "updated_by": "olga"}
    assert import_file(fresh_app, write_cases(tmp_path, [claimed]), actor="sue").value.committed
    case = fresh_app.get_case("X-2024-000001")
    assert (case.created_by, case.updated_by) == ("sue", "sue")
    assert (case.source.claim("created_by"), case.source.claim("updated_by")) == ("olga", "olga")
    with pytest.raises(PermissionDenied, match="sue created or edited"):
        Workflow(fresh_app).approve(sue, "X-2024-000001")
    assert Workflow(fresh_app).approve(sam, "X-2024-000001").value.status == "approved"


def test_case_numbers_run_on_without_gaps_across_saves_and_imports(fresh_app, tmp_path):
    numbers = [fresh_app.record_case(Case(location=Location(country="CA")), actor="olga").value.case_number
               for _ in range(3)]
    assert numbers == ["CASE-2026-000001", "CASE-2026-000002", "CASE-2026-000003"]
    assert import_file(fresh_app, write_cases(tmp_path, [GOOD, GOOD]), actor="olga").value.committed
    after = fresh_app.record_case(Case(location=Location(country="CA")), actor="olga").value.case_number
    assert after == "CASE-2026-000006"


def test_a_new_case_is_numbered_with_the_agency_code_not_the_agency_typed(catalogue):
    from caseapp.core.model import Case, Exhibit, Location
    from caseapp.services.app import CaseApp
    from tests.conftest import fixed_clock

    app = CaseApp.open(":memory:", catalogue=catalogue, clock=fixed_clock)
    app.initialise(agency_code="CBSA", timezone="UTC")
    first = app.record_case(Case(occurred_at="2026-11-20", agency="Canada Border Services Agency",
                                 location=Location(country="CA"), exhibits=[Exhibit(substance="fentanyl")]),
                            actor="olga").value
    second = app.record_case(Case(occurred_at="2026-11-21", agency="Royal Canadian Mounted Police",
                                  location=Location(country="CA")), actor="olga").value
    assert (first.case_number, second.case_number) == ("CBSA-2026-000001", "CBSA-2026-000002")
    app.close()


def test_whoever_imported_a_case_counts_as_its_editor_after_others_changed_it(fresh_app, tmp_path):
    """Issue 12, finding 7: sue imports a draft claiming olga entered it; olga fixed a typo and submitted, and
    sue could approve (the import's entry names the file, and olga's edit replaced updated_by)."""
    from caseapp.services.auth import Accounts, PermissionDenied
    from caseapp.services.workflow import Workflow

    accounts = Accounts(fresh_app)
    admin = accounts.create_first_admin("ada", "correct horse battery").value
    accounts.add_user(admin, "sue", "correct horse battery", role="supervisor")
    accounts.add_user(admin, "olga", "correct horse battery", role="officer")
    sue = accounts.authenticate("sue", "correct horse battery")  # signed in: her entries are signed
    claimed = {**GOOD, "case_number": "X-2024-000002", "created_by": "olga", "updated_by": "olga"}
    assert import_file(fresh_app, write_cases(tmp_path, [claimed]), actor="sue").value.committed
    case = fresh_app.get_case("X-2024-000002")
    # the case row as an earlier version wrote it (the file's creator in created_by), changed since by olga
    case.created_by = case.updated_by = "olga"
    assert "sue" in Workflow(fresh_app).editors(case)
    Workflow(fresh_app).submit(sue, "X-2024-000002")
    with pytest.raises(PermissionDenied, match="sue created or edited"):
        Workflow(fresh_app).approve(sue, "X-2024-000002")


# -- real UN rows kept as entered: an unknown drug, an amount of 0, an amount without unit -------------

KEPT = "ids_kept_as_entered.csv"


def test_ids_rows_with_an_unknown_drug_a_zero_or_no_unit_import_as_drafts_with_warnings(fresh_app, data_dir):
    report = import_file(fresh_app, data_dir / KEPT, actor="tester").value
    assert report.committed and report.imported == 4 and not report.errors
    kept = {(p.record, p.field, p.kind, p.value) for p in report.warnings if p.kind}
    assert kept == {(3, "exhibits[0].substance", "unknown substance", "unknown substance"),
                    (4, "exhibits[0].quantity", "zero amount", "0"),
                    (5, "exhibits[0].quantity", "amount without unit", "12")}
    cases = {c.location.name: c for c in fresh_app._store.iter_cases()}
    assert all(c.status == "draft" for c in cases.values())
    unknown = cases["Frankfurt"].exhibits[0]
    assert unknown.substance_unknown and unknown.substance_id is None and unknown.kg_mg == 300
    zero = cases["Chiang Rai"].exhibits[0]
    assert zero.quantity.value == 0 and zero.quantity.unit == "kg" and zero.kg_mg is None
    no_unit = cases["Lagos"].exhibits[0]
    assert no_unit.quantity.value == 12 and no_unit.quantity.unit is None and no_unit.kg_mg is None


def test_the_import_counts_its_warnings_by_kind(fresh_app, data_dir):
    report = import_file(fresh_app, data_dir / KEPT, actor="tester").value
    assert report.warning_kinds == {"unknown substance": 1, "zero amount": 1, "amount without unit": 1}
    assert report.warnings_text() == "3 warnings (1 unknown substance, 1 zero amount, 1 amount without unit)"


def test_a_kept_row_blocks_submission_until_corrected(fresh_app, users, data_dir):
    from caseapp.services.workflow import Workflow

    assert import_file(fresh_app, data_dir / KEPT, actor="olga").value.committed
    flow = fresh_app.service(Workflow)
    olga = users["olga"]
    cases = {c.location.name: c for c in fresh_app._store.iter_cases()}
    for place, field in (("Frankfurt", "substance"), ("Chiang Rai", "quantity"), ("Lagos", "quantity")):
        number = cases[place].case_number
        with pytest.raises(ValidationFailed, match=f"exhibits\\[0\\].{field}"):
            flow.submit(olga, number)
        fixed = fresh_app.get_case(number)
        fixed.exhibits[0].substance = "Heroin"
        fixed.exhibits[0].quantity = Quantity(Decimal("2"), "g")
        flow.update(olga, number, fixed)
        assert flow.submit(olga, number).value.status == "submitted"


def test_a_file_record_marked_submitted_must_be_complete(fresh_app, tmp_path):
    unknown = {**GOOD, "status": "submitted", "exhibits": [{"substance": "Unknown", "quantity": "1", "unit": "g"}]}
    zero = {**GOOD, "status": "submitted", "exhibits": [{"substance": "cocaine", "quantity": "0", "unit": "g"}]}
    report = import_file(fresh_app, write_cases(tmp_path, [unknown, zero]), actor="sam").value
    assert not report.committed
    assert [(p.record, p.field) for p in report.errors] == [(1, "exhibits[0].substance"), (2, "exhibits[0].quantity")]


def test_a_json_draft_keeps_its_unknown_substance_and_zero_amount(fresh_app, tmp_path):
    draft = {**GOOD, "exhibits": [{"substance": "unknown substance", "quantity": "0", "unit": "g"}]}
    report = import_file(fresh_app, write_cases(tmp_path, [draft]), actor="tester").value
    assert report.committed
    assert report.warning_kinds == {"unknown substance": 1, "zero amount": 1}


def test_a_search_finds_the_unknown_substances(fresh_app, data_dir):
    from caseapp.store.contract import SearchQuery

    assert import_file(fresh_app, data_dir / KEPT, actor="tester").value.committed
    for words in ("unknown", "Unknown substance", "unknown drug"):
        rows = fresh_app.search(SearchQuery(substance=words))
        assert [r.place for r in rows] == ["Frankfurt"], words
        assert rows[0].substance == "unknown substance"
