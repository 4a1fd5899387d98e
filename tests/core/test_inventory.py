"""The inventory audit's rules (core.inventory): every scanned text lands in exactly one list, nothing recorded
on the shelf is lost between found and missing, and the order of scanning changes nothing but the order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from caseapp.core.custody import CustodyState
from caseapp.core.inventory import Away, ShelfItem, Unknown, audit, away_of, exhibit_key, location_key

HERE = "VAULT-A.3"


def item(n: int, where: str = HERE, away: Away = Away.NO, case: str = "CBSA-2026-000001") -> ShelfItem:
    return ShelfItem(n, case, f"{n:02d}", "cocaine", f"S-{n}", where, "clerk", away)


SHELF = [item(1), item(2), item(3, away=Away.CHECKED_OUT), item(4, where=" vault-a.3")]
ELSEWHERE = {exhibit_key("CBSA-2026-000001", "05"): item(5, where="VAULT-B.1")}


def test_found_missing_unexpected_unknown_and_duplicates():
    result = audit(HERE, SHELF, ["CBSA-2026-000001/01", "cbsa-2026-000001/4", "CBSA-2026-000001/5",
                                 "CBSA-2026-000001/01", "CBSA-2026-000001", "hello", "\x02CBSA-2026-000001/07\r"],
                   ELSEWHERE, cases=["cbsa-2026-000001"])
    assert [i.exhibit_number for i in result.found] == ["01", "04"]
    assert [i.exhibit_number for i in result.missing] == ["02"]
    assert [(i.exhibit_number, i.location) for i in result.unexpected] == [("05", "VAULT-B.1")]
    assert [(u.text, u.why) for u in result.unknown] == [("CBSA-2026-000001", Unknown.CASE),
                                                         ("hello", Unknown.NOT_A_CODE),
                                                         ("CBSA-2026-000001/07", Unknown.NO_SUCH_EXHIBIT)]
    assert result.duplicates == ("CBSA-2026-000001/01",)
    assert not result.clean


def test_an_exhibit_recorded_here_but_checked_out_is_unexpected_when_scanned():
    result = audit(HERE, SHELF, ["CBSA-2026-000001/03"], {})
    assert [(i.exhibit_number, i.away) for i in result.unexpected] == [("03", Away.CHECKED_OUT)]
    assert "03" not in [i.exhibit_number for i in result.missing]


def test_a_bare_enter_is_not_a_scan_and_an_empty_shelf_scanned_empty_is_clean():
    result = audit(HERE, [], ["", "  ", "\r"], {})
    assert result.clean and result.scanned == ()


def test_away_follows_the_custody_state():
    assert away_of(None) is Away.NO_CUSTODY
    assert away_of(CustodyState(location=HERE)) is Away.NO
    assert away_of(CustodyState(location=HERE, at_lab=True)) is Away.AT_LAB
    assert away_of(CustodyState(location=HERE, disposed=True, checked_out=True)) is Away.DISPOSED
    assert location_key("  Vault  a.3 ") == location_key("VAULT A.3")


numbers = st.integers(min_value=1, max_value=12)
texts = st.one_of(numbers.map(lambda n: f"CBSA-2026-000001/{n:02d}"), numbers.map(lambda n: f"CBSA-2026-000001/{n}"),
                  st.text(max_size=12))


@given(shelf=st.sets(numbers, max_size=8), away=st.sets(numbers, max_size=3), elsewhere=st.sets(numbers, max_size=4),
       scans=st.lists(texts, max_size=25))
def test_every_recorded_exhibit_is_found_or_missing_and_every_scan_is_accounted_for(shelf, away, elsewhere, scans):
    recorded = [item(n, away=Away.AT_LAB if n in away else Away.NO) for n in sorted(shelf)]
    known = {exhibit_key("CBSA-2026-000001", f"{n:02d}"): item(n, where="ELSEWHERE") for n in elsewhere
             if n not in shelf}
    result = audit(HERE, recorded, scans, known)
    expected = {i.exhibit_id for i in recorded if i.away is Away.NO}
    found, missing = {i.exhibit_id for i in result.found}, {i.exhibit_id for i in result.missing}
    assert found | missing == expected and not found & missing
    unexpected = {i.exhibit_id for i in result.unexpected}
    assert not unexpected & expected
    assert unexpected <= (set(shelf) & away) | {i.exhibit_id for i in known.values()}
    kept = [t for t in result.scanned]
    exhibit_scans = len(kept) - sum(u.why is not Unknown.NO_SUCH_EXHIBIT for u in result.unknown)
    distinct = len(found) + len(unexpected) + sum(u.why is Unknown.NO_SUCH_EXHIBIT for u in result.unknown)
    assert distinct <= exhibit_scans and (distinct == exhibit_scans) == (not result.duplicates)


@given(scans=st.lists(texts, max_size=20), data=st.data())
def test_the_order_of_scanning_changes_no_list_but_its_order(scans, data):
    shuffled = data.draw(st.permutations(scans))
    first, second = audit(HERE, SHELF, scans, ELSEWHERE), audit(HERE, SHELF, shuffled, ELSEWHERE)
    assert first.found == second.found and first.missing == second.missing
    assert set(first.unexpected) == set(second.unexpected)
    assert sorted(first.scanned) == sorted(second.scanned)
