from dataclasses import replace
from datetime import datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caseapp.core.custody import (
    CORRECTABLE,
    CustodyError,
    CustodyEvent,
    CustodyState,
    EventType,
    append,
    check_event,
    replay,
)
from caseapp.core.errors import CaseAppError

NOW = datetime(2026, 3, 15, 12, 0)
SEIZE = CustodyEvent("seized", "2026-03-01T09:00", "ana", holder="Ana Lima", location="Border post 4")


def ev(type: str, at: str = "2026-03-05T10:00", actor: str = "ana", **fields) -> CustodyEvent:
    return CustodyEvent(type, at, actor, **fields)


def build(*events: CustodyEvent) -> list[CustodyEvent]:
    history: list[CustodyEvent] = []
    for event in events:
        history, _ = append(history, event, now=NOW)
    return history


SEALED = ev("sealed", "2026-03-01T10:00", seal_number="S-100")
STORED = ev("stored", "2026-03-02T08:00", holder="Vault clerk", location="Vault A, shelf 3")
OUT = ev("checked_out", "2026-03-03T09:00", holder="Ben Cole", location="Court 2", purpose="court",
         due_date="2026-03-04")
IN = ev("checked_in", "2026-03-04T16:00")
LAB = ev("sent_to_lab", "2026-03-05T09:00", holder="National lab", location="Lab bench 7", tracking_number="TR1")
RESULT = ev("result_received", "2026-03-09T11:00")
REWEIGH = ev("reweighed", "2026-03-10T10:00", weight="12.31 g", seal_number="S-101")
REQUEST = ev("disposal_requested", "2026-03-11T09:00", reason="case closed, no appeal", method="destruction",
             batch="D-1")
AUTHORISE = ev("disposal_authorised", "2026-03-11T15:00", "sam", legal_basis="CDSA s.26", reason="meets policy",
               authorisation="HC-2026-001")
DISPOSE = ev("disposed", "2026-03-12T10:00", weight="12.31 g", method="incineration", authority="Order 55/2026",
             witnesses=("Cy Dunn", "Di Eze"), location="Incinerator")


def test_happy_path_state_after_each_event():
    expected = [
        (SEIZE, dict(holder="Ana Lima", location="Border post 4", seal_number="")),
        (SEALED, dict(holder="Ana Lima", location="Border post 4", seal_number="S-100")),
        (STORED, dict(holder="Vault clerk", location="Vault A, shelf 3")),
        (OUT, dict(holder="Ben Cole", location="Court 2", checked_out=True, purpose="court", due_date="2026-03-04")),
        (IN, dict(holder="Vault clerk", location="Vault A, shelf 3", checked_out=False, purpose="", due_date="")),
        (LAB, dict(holder="National lab", location="Lab bench 7", at_lab=True)),
        (RESULT, dict(holder="Vault clerk", location="Vault A, shelf 3", at_lab=False)),
        (REWEIGH, dict(seal_number="S-101", last_weight="12.31 g")),
        (REQUEST, dict(disposal="requested", disposal_method="destruction", disposal_batch="D-1")),
        (AUTHORISE, dict(disposal="authorised", disposal_method="destruction", disposal_batch="D-1")),
        (DISPOSE, dict(holder="Vault clerk", location="Incinerator", disposed=True, disposal="",
                       disposal_batch="")),
    ]
    history: list[CustodyEvent] = []
    for number, (event, fields) in enumerate(expected, 1):
        history, state = append(history, event, now=NOW)
        assert [e.seq for e in history] == list(range(1, number + 1))
        assert state.events == number and state.last_at == event.at
        assert {name: getattr(state, name) for name in fields} == fields
        assert replay(history) == state
    assert state == CustodyState(holder="Vault clerk", location="Incinerator", seal_number="S-101",
                                 checked_out=False, at_lab=False, disposed=True, last_at=DISPOSE.at, events=11,
                                 last_weight="12.31 g")


def test_append_returns_a_new_list_and_numbers_the_event():
    history = build(SEIZE)
    new_history, _ = append(history, replace(SEALED, seq=99), now=NOW)
    assert len(history) == 1 and new_history[-1].seq == 2 and new_history[0] is history[0]


def test_custody_error_is_a_caseapp_error():
    assert issubclass(CustodyError, CaseAppError)
    assert EventType("correction") is EventType.CORRECTION


BASE = (SEIZE,)
STORED_BASE = (SEIZE, SEALED, STORED)
CHECKED_OUT = (*STORED_BASE, OUT)
AT_LAB = (*STORED_BASE, LAB)
DISPOSED = (*STORED_BASE, REQUEST, AUTHORISE, DISPOSE)
AUTHORISED = (*STORED_BASE, REQUEST, AUTHORISE)
WITNESSED = dict(method="burn", authority="Order 1", weight="1 g", witnesses=("Cy", "Di"))

REFUSALS = [
    # 1 first event
    ((), ev("sealed", seal_number="S"), "sealed: the first event must be seized"),
    ((), replace(SEIZE, holder=""), "seized: holder is required"),
    ((), replace(SEIZE, location=" "), "seized: location is required"),
    (BASE, replace(SEIZE, at="2026-03-02"), "seized: seized can only be the first event"),
    # 2 times and actor
    (BASE, ev("sealed", "05/03/2026", seal_number="S"), "at '05/03/2026' is not an ISO date"),
    (BASE, ev("sealed", "2026-02-30", seal_number="S"), "at '2026-02-30' is not an ISO date"),
    (BASE, ev("sealed", "2026-03-16", seal_number="S"), "at '2026-03-16' is in the future"),
    (BASE, ev("sealed", "2026-03-15T12:01", seal_number="S"), "is in the future"),
    (BASE, ev("sealed", "2026-02-28T23:59", seal_number="S"), "is earlier than the event before it"),
    (BASE, ev("sealed", "", seal_number="S"), "sealed: at is required"),
    (BASE, ev("sealed", actor=" ", seal_number="S"), "sealed: actor is required"),
    ((), ev("teleported"), "type 'teleported' is not a custody event type"),
    # 3 after disposal
    (DISPOSED, ev("stored", "2026-03-13", location="Vault"), "disposed of: only a correction may follow"),
    (DISPOSED, ev("sealed", "2026-03-13", seal_number="S-9"), "disposed of: only a correction may follow"),
    # 4 transfer
    (BASE, ev("transferred"), "transferred: holder is required"),
    (BASE, ev("transferred", holder=" ana lima "), "holder ' ana lima ' already holds the exhibit"),
    (BASE, ev("transferred", holder="Bo", from_holder="Zed"),
     "transferred: from_holder 'Zed' is not the current holder 'Ana Lima'"),
    (CHECKED_OUT, ev("transferred", holder="Bo"), "transferred: the exhibit is checked out"),
    (AT_LAB, ev("transferred", "2026-03-06", holder="Bo"), "transferred: the exhibit is at the lab"),
    (STORED_BASE, ev("transferred", holder="Bo", seal_number="S-999"), "seal_number 'S-999' is not the current seal"),
    # 5 store
    (BASE, ev("stored"), "stored: location is required"),
    (CHECKED_OUT, ev("stored", location="Vault"), "stored: the exhibit is checked out"),
    (AT_LAB, ev("stored", "2026-03-06", location="Vault"), "stored: the exhibit is at the lab"),
    # 6 check out / in
    (STORED_BASE, ev("checked_out", due_date="2026-03-09"), "checked_out: purpose is required"),
    (STORED_BASE, ev("checked_out", purpose="court"), "checked_out: due_date is required"),
    (STORED_BASE, ev("checked_out", purpose="court", due_date="next week"), "due_date 'next week' is not an ISO date"),
    (STORED_BASE, ev("checked_out", purpose="court", due_date="2026-03-04"), "due_date '2026-03-04' is before"),
    (CHECKED_OUT, ev("checked_out", purpose="court", due_date="2026-03-09"), "already checked out"),
    (AT_LAB, ev("checked_out", "2026-03-06", purpose="court", due_date="2026-03-09"), "checked_out: the exhibit is at"),
    (STORED_BASE, ev("checked_in"), "checked_in: the exhibit is not checked out"),
    # 7 lab
    (STORED_BASE, ev("sent_to_lab"), "sent_to_lab: holder is required"),
    (CHECKED_OUT, ev("sent_to_lab", holder="Lab"), "sent_to_lab: the exhibit is checked out"),
    (AT_LAB, ev("sent_to_lab", "2026-03-06", holder="Lab 2"), "sent_to_lab: the exhibit is already at the lab"),
    (STORED_BASE, ev("result_received"), "result_received: the exhibit is not at a lab"),
    # 8 seal and sample
    (BASE, ev("sealed"), "sealed: seal_number is required"),
    (CHECKED_OUT, ev("sampled"), "sampled: the exhibit is checked out"),
    (BASE, ev("sealed", seal_number="S", holder="Someone else"), "holder 'Someone else' is not the current holder"),
    # 9 weights
    (STORED_BASE, ev("reweighed"), "reweighed: weight is required"),
    (STORED_BASE, ev("reweighed", weight="0 g"), "weight '0 g' must be more than zero"),
    (STORED_BASE, ev("reweighed", weight="-2 kg"), "weight '-2 kg' must be more than zero"),
    (STORED_BASE, ev("reweighed", weight="1,250 g"), "no group separators"),
    (STORED_BASE, ev("reweighed", weight="12 furlongs"), "unit 'furlongs' is not a known"),
    (STORED_BASE, ev("reweighed", weight="heavy"), "weight 'heavy' is not '<number> <unit>'"),
    (STORED_BASE, ev("reweighed", weight="12.5"), "weight '12.5' is not '<number> <unit>'"),
    (AUTHORISED, ev("disposed", "2026-03-12", **{**WITNESSED, "weight": "-1 g"}), "weight '-1 g' must be zero or more"),
    (STORED_BASE, ev("sent_to_lab", holder="Lab", sample_weight="0 g"), "sample_weight '0 g' must be more than"),
    (STORED_BASE, ev("reweighed", weight="2 g", counted_by=("Cy",)), "counted_by: two different people"),
    (STORED_BASE, ev("reweighed", weight="2 g", counted_by=("Cy", "cy ")), "counted_by: 'cy' is named twice"),
    # 10 disposal
    (AUTHORISED, ev("disposed", "2026-03-12", **{**WITNESSED, "method": ""}), "disposed: method is required"),
    (AUTHORISED, ev("disposed", "2026-03-12", **{**WITNESSED, "authority": ""}), "disposed: authority is required"),
    (AUTHORISED, ev("disposed", "2026-03-12", **{**WITNESSED, "weight": ""}), "disposed: weight is required"),
    (AUTHORISED, ev("disposed", "2026-03-12", **{**WITNESSED, "witnesses": ("Cy",)}),
     "two different witnesses are required"),
    (AUTHORISED, ev("disposed", "2026-03-12", **{**WITNESSED, "witnesses": ("Cy", " cy ")}),
     "two different witnesses"),
    (AUTHORISED, ev("disposed", "2026-03-12", **{**WITNESSED, "witnesses": ("Cy", "Ana")}),
     "the actor 'Ana' cannot witness"),
    (STORED_BASE, ev("disposed", **WITNESSED), "the disposal has not been authorised"),
    ((*STORED_BASE, REQUEST), ev("disposed", "2026-03-12", **WITNESSED), "the disposal has not been authorised"),
    (STORED_BASE, ev("disposal_requested", method="destruction"), "disposal_requested: reason is required"),
    (STORED_BASE, ev("disposal_requested", reason="old", method="burying"), "method 'burying' is not one of"),
    (CHECKED_OUT, ev("disposal_requested", reason="old", method="return"), "the exhibit is checked out"),
    ((*STORED_BASE, REQUEST), ev("disposal_requested", "2026-03-12", reason="x", method="return"),
     "a disposal is already requested"),
    (STORED_BASE, ev("disposal_authorised", legal_basis="s.26", reason="ok", actor="sam"),
     "no disposal is waiting for authorisation"),
    ((*STORED_BASE, REQUEST), ev("disposal_authorised", "2026-03-12", legal_basis="s.26", reason="ok"),
     "who requested the disposal cannot authorise it"),
    ((*STORED_BASE, REQUEST), ev("disposal_authorised", "2026-03-12", reason="ok", actor="sam"),
     "legal_basis is required"),
    (STORED_BASE, ev("disposal_refused", reason="appeal pending", actor="sam"), "no disposal is pending"),
    ((*STORED_BASE, REQUEST), ev("sent_to_lab", "2026-03-12", holder="Lab"), "pending disposal"),
    ((), ev("received", holder="Vault"), "received: agency is required"),
    (CHECKED_OUT, ev("disposed", **WITNESSED), "disposed: the exhibit is checked out"),
    (CHECKED_OUT, ev("disposed", **WITNESSED), "disposed: the disposal has not been authorised"),
    (AT_LAB, ev("disposed", "2026-03-06", **WITNESSED), "disposed: the exhibit is at the lab"),
    # 11 corrections
    (BASE, ev("correction", notes="typo", location="Post 5"), "correction: corrects must give the number"),
    (BASE, ev("correction", notes="typo", location="Post 5", corrects=9), "corrects 9: there is no event 9"),
    ((*BASE, ev("correction", notes="typo", location="Post 5", corrects=1)),
     ev("correction", notes="again", location="Post 6", corrects=2), "event 2 is itself a correction"),
    (BASE, ev("correction", location="Post 5", corrects=1), "notes must give the reason"),
    (BASE, ev("correction", notes="typo", corrects=1), "gives no corrected value"),
    (BASE, ev("stored", location="Vault", corrects=1), "stored: corrects is only for a correction"),
    ((*STORED_BASE, ev("transferred", "2026-03-03", holder="Bo", from_holder="Vault clerk")),
     ev("correction", notes="wrong clerk", holder="Rex", corrects=3),
     "event 4 would become impossible: transferred: from_holder 'Vault clerk' is not the current holder 'Rex'"),
    (STORED_BASE, ev("correction", notes="typo", weight="12 furlongs", corrects=3), "unit 'furlongs'"),
]


@pytest.mark.parametrize("prior,new,fragment", REFUSALS)
def test_refusals_name_the_problem_and_leave_the_list_unchanged(prior, new, fragment):
    history = build(*prior)
    before, state = list(history), replay(history)
    reasons = check_event(history, new, now=NOW)
    assert any(fragment in reason for reason in reasons), reasons
    assert all("\n" not in reason for reason in reasons)
    with pytest.raises(CustodyError) as refused:
        append(history, new, now=NOW)
    assert fragment in str(refused.value) and str(refused.value) == "; ".join(reasons)
    assert history == before and replay(history) == state


def test_every_reason_is_given_at_once():
    reasons = check_event(build(*CHECKED_OUT), ev("disposed", "2026-03-20", actor=""), now=NOW)
    assert len(reasons) >= 6
    assert all(reason.startswith("disposed: ") for reason in reasons)


def test_transfer_without_location_leaves_it_unknown_and_from_holder_is_trimmed_and_case_blind():
    history = build(*STORED_BASE)
    _, state = append(history, ev("transferred", holder="DHL", from_holder=" vault CLERK ", tracking_number="T9"),
                      now=NOW)
    assert (state.holder, state.location) == ("DHL", "")
    _, state = append(history, ev("transferred", holder="Bo", location="Office 12"), now=NOW)
    assert (state.holder, state.location) == ("Bo", "Office 12")


def test_returns_from_lab_and_checkout_go_back_unless_given():
    history = build(*AT_LAB)
    _, state = append(history, ev("result_received", "2026-03-09", location="Vault B"), now=NOW)
    assert (state.holder, state.location, state.at_lab) == ("Vault clerk", "Vault B", False)
    _, state = append(build(*CHECKED_OUT), ev("checked_in", "2026-03-04", holder="Ada"), now=NOW)
    assert (state.holder, state.location, state.checked_out) == ("Ada", "Vault A, shelf 3", False)


def test_disposal_may_record_zero_weight_and_sampling_while_at_the_lab():
    history = build(*AT_LAB, ev("sampled", "2026-03-06", weight="11.9 g", seal_number="LAB-7"), RESULT, REQUEST,
                    AUTHORISE)
    _, state = append(history, ev("disposed", "2026-03-12", **{**WITNESSED, "weight": "0 g"}), now=NOW)
    assert state.disposed and state.last_weight == "0 g" and state.seal_number == "LAB-7"


def test_date_only_times_cover_the_whole_day():
    history = build(SEIZE, ev("sealed", "2026-03-01", seal_number="S"))  # same day as a 09:00 seizure
    assert check_event(history, ev("stored", "2026-03-01T08:00", location="V"), now=NOW) != []  # before 09:00
    assert check_event(history, ev("stored", "2026-03-15", location="V"), now=NOW) == []  # today


def test_a_correction_changes_the_derived_location_and_keeps_the_original():
    history = build(SEIZE, SEALED)
    fix = ev("correction", "2026-03-02", notes="post number mistyped", location="Border post 5", corrects=1)
    history, state = append(history, fix, now=NOW)
    assert state.location == "Border post 5" and state.holder == "Ana Lima" and state.events == 3
    assert state.last_at == SEALED.at
    assert history[0] == replace(SEIZE, seq=1) and history[2].corrects == 1
    assert replay(history) == state


def test_later_events_are_checked_against_the_corrected_history():
    history = build(SEIZE, ev("correction", "2026-03-02", notes="wrong officer", holder="Ana Silva", corrects=1))
    assert check_event(history, ev("transferred", "2026-03-02", holder="Bo", from_holder="Ana Lima"), now=NOW)
    _, state = append(history, ev("transferred", "2026-03-02", holder="Bo", from_holder="Ana Silva"), now=NOW)
    assert state.holder == "Bo"


def test_corrections_are_allowed_after_disposal():
    history = build(*DISPOSED)
    fix = ev("correction", "2026-03-13", notes="order number", authority="Order 56/2026", corrects=6)
    _, state = append(history, fix, now=NOW)
    assert state.disposed and state.events == 7


@pytest.mark.parametrize("events,fragment", [
    ([SEALED], "custody event 1 is inconsistent: sealed: the first event must be seized"),
    ([replace(SEIZE, seq=2)], "custody event 1 is numbered 2"),
    ([SEIZE, ev("transferred", "2026-02-01", holder="Bo")], "custody event 2 is inconsistent"),
])
def test_replay_refuses_an_inconsistent_list(events, fragment):
    with pytest.raises(CustodyError, match=fragment):
        replay(events)


# Property: random candidates through append; the accepted history always holds together.

HOLDERS = ["", "Ana", "Ana", "Bo", "Lab", "Court", " ana"]
LOCATIONS = ["", "Vault", "Shelf 2", "Lab bench"]
USES = {  # the fields each type uses: a tidy candidate leaves the others blank, a messy one may not
    "seized": {"holder", "location", "seal_number"}, "sealed": {"seal_number"},
    "transferred": {"holder", "from_holder", "location", "tracking_number"}, "stored": {"holder", "location"},
    "checked_out": {"holder", "location", "purpose", "due_date"}, "checked_in": {"holder", "location"},
    "sampled": {"seal_number", "weight"}, "sent_to_lab": {"holder", "location", "tracking_number"},
    "result_received": {"holder", "location"}, "reweighed": {"weight", "seal_number"},
    "disposed": {"method", "authority", "witnesses", "weight", "location"},
    "correction": {"notes", "corrects", "holder", "location", "seal_number", "weight", "authority", "due_date"},
    "disposal_requested": {"reason", "method", "batch"}, "disposal_authorised": {"reason", "legal_basis"},
    "disposal_refused": {"reason"}, "received": {"holder", "agency", "location"},
}
BLANK = CustodyEvent("", "", "")
FIRST = CustodyEvent("seized", "2026-03-01T08:00", "ana", holder="Ana", location="Vault")

candidates = st.builds(
    CustodyEvent,
    type=st.sampled_from([t.value for t in EventType]),
    at=st.just(""),  # set from a running clock
    actor=st.sampled_from(["ana"] * 6 + ["Di", "sam", ""]),
    holder=st.sampled_from(HOLDERS),
    from_holder=st.sampled_from(HOLDERS),
    location=st.sampled_from(LOCATIONS),
    seal_number=st.sampled_from(["", "S1", "S2"]),
    purpose=st.sampled_from(["", "court", "court"]),
    due_date=st.sampled_from(["", "2026-03-01", "2026-03-20", "2026-03-20", "soon"]),
    tracking_number=st.sampled_from(["", "TR-1"]),
    method=st.sampled_from(["", "burn", "destruction", "destruction"]),
    authority=st.sampled_from(["", "Order 1", "Order 1"]),
    witnesses=st.sampled_from([(), ("Cy", "Di"), ("Cy", "Di"), ("Cy", "ana"), ("Cy", "cy")]),
    weight=st.sampled_from(["", "0 g", "12.5 g", "12.5 g", "3 tablets", "x"]),
    notes=st.sampled_from(["", "typo", "typo"]),
    reason=st.sampled_from(["", "old", "old"]),
    legal_basis=st.sampled_from(["", "s.26"]),
    agency=st.sampled_from(["", "CBSA"]),
    corrects=st.sampled_from([None, 1, 2, 3, 5]),
)
steps = st.tuples(
    candidates,
    st.sampled_from([True] * 7 + [False]),  # tidy
    st.sampled_from([-180, 0, 0, 30, 60, 60, 240, 1440]),  # minutes since the previous candidate
    st.sampled_from(["minutes"] * 6 + ["date", "bad"]),
    st.one_of(st.none(), st.integers(0, 8)),  # else the type becomes one the state may allow
)


def _span(at: str) -> tuple[datetime, datetime]:
    start = datetime.fromisoformat(at)
    return start, start if "T" in at else datetime.combine(start.date(), time.max)


def _plausible(state: CustodyState) -> list[str]:
    """Types the state may allow: steering half the candidates to these gives long histories to check."""
    if not state.events:
        return ["seized", "received"]
    if state.disposed:
        return ["correction"]
    if state.checked_out:
        return ["checked_in", "sealed", "reweighed", "correction"]
    if state.at_lab:
        return ["result_received", "sampled", "sealed", "reweighed", "correction"]
    if state.disposal == "requested":
        return ["disposal_authorised", "disposal_refused", "stored", "correction"]
    if state.disposal == "authorised":
        return ["disposed", "disposal_refused", "stored", "correction"]
    return ["transferred", "stored", "checked_out", "sent_to_lab", "sealed", "sampled", "reweighed",
            "disposal_requested", "correction"]


@settings(max_examples=200, deadline=None)
@given(st.lists(steps, min_size=12, max_size=40), st.sampled_from([True, True, True, False]))
def test_random_histories_keep_their_invariants(steps, start_with_seizure):
    accepted: list[CustodyEvent] = []
    state = replay(accepted)
    clock = datetime(2026, 3, 1, 8, 0)
    if start_with_seizure:
        accepted, state = append(accepted, FIRST, now=NOW)
    for candidate, tidy, minutes, style, guide in steps:
        if guide is not None:
            types = _plausible(state)
            candidate = replace(candidate, type=types[guide % len(types)])
        clock += timedelta(minutes=minutes)
        at = {"minutes": clock.isoformat(timespec="minutes"), "date": clock.date().isoformat()}.get(style, "x")
        candidate = replace(candidate, at=at)
        if tidy:
            candidate = replace(candidate, **{name: getattr(BLANK, name) for name in CORRECTABLE + ("notes", "corrects")
                                              if name not in USES[candidate.type]})
        reasons = check_event(accepted, candidate, now=NOW)
        try:
            new_list, new_state = append(accepted, candidate, now=NOW)
        except CustodyError:
            assert reasons
            assert replay(accepted) == state
            continue
        assert not reasons
        accepted, state = new_list, new_state
        assert state == replay(accepted)
        assert isinstance(state.location, str) and not (state.checked_out and state.at_lab)
        assert [e.seq for e in accepted] == list(range(1, len(accepted) + 1)) and state.events == len(accepted)
        disposal = next((i for i, e in enumerate(accepted) if e.type == "disposed"), None)
        if disposal is not None:
            assert all(e.type == "correction" for e in accepted[disposal + 1:])
        ordinary = [_span(e.at) for e in accepted if e.type != "correction"]
        assert all(span[1] >= max(s[0] for s in ordinary[:i]) for i, span in enumerate(ordinary) if i)
        assert all(_span(e.at)[0] <= NOW for e in accepted)
        assert accepted[0].type in ("seized", "received")
        assert not (state.disposal and state.disposed)


def test_a_disposal_runs_request_authorise_dispose_and_a_refusal_ends_it():
    history = build(*STORED_BASE, REQUEST)
    refused, state = append(history, ev("disposal_refused", "2026-03-12", "sam", reason="appeal pending"), now=NOW)
    assert state.disposal == "" and state.disposal_batch == "" and not state.disposed
    _, state = append(refused, replace(REQUEST, at="2026-03-13"), now=NOW)
    assert state.disposal == "requested"


def test_a_stored_disposal_without_a_request_still_replays():
    old = [replace(e, seq=i) for i, e in enumerate((*STORED_BASE, DISPOSE), 1)]
    assert replay(old).disposed


def test_received_may_open_a_history_and_changes_hands():
    history, state = append([], ev("received", holder="RCMP vault", agency="CBSA", location="Shelf 1"), now=NOW)
    assert (state.holder, state.location) == ("RCMP vault", "Shelf 1")
    _, state = append(build(*STORED_BASE), ev("received", holder="RCMP", agency="CBSA"), now=NOW)
    assert (state.holder, state.location) == ("RCMP", "")


def test_lab_state_names_when_and_with_which_request_it_went():
    history, state = append(build(*STORED_BASE), replace(LAB, batch="LR-7", sample_weight="1.2 g"), now=NOW)
    assert (state.lab_since, state.lab_batch) == (LAB.at, "LR-7")
    _, state = append(history, RESULT, now=NOW)
    assert (state.lab_since, state.lab_batch) == ("", "")
