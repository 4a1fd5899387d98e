"""Three seizures of our story typed into the real window by keyboard alone (Alt letters, Tab, Enter, the
table keys), with a user's pauses; then every field is read back from another process and compared."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest

from caseapp.core import vocab
from caseapp.core.countries import find_country
from caseapp.core.units import find_unit
from caseapp.services.app import CaseApp
from tests.conftest import PASSWORD
from tests.window.driver import Window
from tests.window.seizures import SEIZURES, Seizure

EXHIBIT_CELLS = ("form", "quantity", "unit", "count", "count_unit", "measure", "packages", "packaging",
                 "field_test", "lab_substance", "purity", "lab", "certificate", "description")


def type_seizure(w: Window, s: Seizure) -> None:
    w.key("ctrl+n", pause=0.8)  # a new case, the cursor in "Seized on"
    w.type(s.occurred, pause=0.4)
    w.key("Tab")
    w.key("ctrl+a")  # the agency comes pre-filled from the settings
    w.type(s.agency)
    w.key("Tab")
    w.type(s.unit)
    w.key("Tab")
    w.key("ctrl+a")  # the signed-in officer is pre-filled
    w.type(s.officers)
    w.key("Tab")
    w.type(s.detection, pause=0.3)
    w.key("Tab")
    w.field("alt+n", s.place_name, then="Tab")
    for text in (s.address, s.city, s.region, s.country, s.place_type, s.lat, s.lon):
        w.type(text, pause=0.15)
        w.key("Tab")
    w.key("alt+t", "shift+Tab")  # routing has no letter: the field before Transport
    for text in (s.routing, s.transport, s.conveyance, s.concealment, s.concealed_in, s.origin, s.departure,
                 s.transit, s.destination):
        w.type(text, pause=0.15)
        w.key("Tab")
    time.sleep(0.4)
    for exhibit in s.exhibits:
        w.key("ctrl+shift+e", pause=0.3)  # a new exhibit row, its substance cell open
        if exhibit.kind:
            w.key("Escape", "shift+Tab")
            w.type(exhibit.kind, pause=0.2)
            w.key("Tab")
        w.type(exhibit.substance, pause=0.3)
        for key in EXHIBIT_CELLS:
            w.key("Tab")
            w.type(getattr(exhibit, key, ""), pause=0.1)
        w.key("Tab", pause=0.3)  # past the last cell: out of the table
    for person in s.persons:
        w.key("alt+p", pause=0.3)  # a new person, on its role
        for index, text in enumerate((person.role, person.name, person.born, person.nationality)):
            if index:
                w.key("Tab")
            w.type(text, pause=0.1)
        w.key("Tab", pause=0.2)
    w.key("alt+v")
    w.type(s.narrative, pause=0.5)
    w.key("ctrl+s", pause=1.5)


def country_code(text: str) -> str | None:
    found = find_country(text)
    assert found is not None, text
    return found.code


def code(vocabulary: vocab.Vocabulary, label: str) -> str | None:
    return vocabulary.code_for(label) if label else None


def check_stored(app: CaseApp, number: str, s: Seizure) -> None:
    case = app.get_case(number)
    assert case.occurred_at == s.occurred.replace(" ", "T")
    assert (case.agency, case.unit) == (s.agency, s.unit)
    assert case.officers == [o.strip() for o in s.officers.split(";")]
    assert case.detection == code(vocab.DETECTION, s.detection)
    loc = case.location
    assert (loc.name, loc.address, loc.city, loc.region) == (s.place_name, s.address, s.city, s.region)
    assert loc.country == country_code(s.country)
    assert loc.place_type == code(vocab.PLACE_TYPE, s.place_type)
    assert loc.lat == (Decimal(s.lat) if s.lat else None) and loc.lon == (Decimal(s.lon) if s.lon else None)
    assert case.routing == code(vocab.ROUTING, s.routing)
    assert case.transport == code(vocab.TRANSPORT, s.transport)
    assert case.conveyance == s.conveyance
    assert case.concealment == code(vocab.CONCEALMENT, s.concealment)
    assert case.concealment_text == s.concealed_in
    assert case.origin_country == country_code(s.origin)
    assert case.departure_country == country_code(s.departure)
    assert case.transit_countries == [country_code(c.strip()) for c in s.transit.split(",") if c.strip()]
    assert case.destination_country == country_code(s.destination)
    assert case.narrative == s.narrative
    assert len(case.exhibits) == len(s.exhibits)
    for stored, typed in zip(case.exhibits, s.exhibits, strict=True):
        known = app.catalogue.find(typed.substance) if typed.substance else None
        assert stored.substance == (known.name if known else (typed.substance or None))
        assert stored.kind == (code(vocab.EXHIBIT_KIND, typed.kind) or "drug")
        assert stored.form == code(vocab.FORM, typed.form)
        assert stored.quantity is not None and stored.quantity.value == Decimal(typed.quantity)
        assert stored.quantity.unit == find_unit(typed.unit).code
        if typed.count:
            assert stored.count.value == Decimal(typed.count) and stored.count.unit == find_unit(typed.count_unit).code
        else:
            assert stored.count is None
        assert stored.packages == int(typed.packages) and stored.packaging == typed.packaging
        assert stored.field_test == code(vocab.FIELD_TEST, typed.field_test)
        assert stored.description == typed.description
    assert [(p.role, p.name, p.date_of_birth or "", p.nationality) for p in case.persons] == [
        (code(vocab.PERSON_ROLE, p.role), p.name, p.born, country_code(p.nationality) if p.nationality else None)
        for p in s.persons]


@pytest.fixture
def typed(window):
    """The three seizures typed in one sitting by officer olga: (keystrokes, seconds) of each."""
    window.start("olga", PASSWORD)
    figures = []
    for seizure in SEIZURES:
        keys, started = window.keys_sent, time.monotonic()
        type_seizure(window, seizure)
        figures.append((window.keys_sent - keys, time.monotonic() - started))
    assert window.quit() == 0
    return figures


def test_three_seizures_typed_by_keyboard_alone_are_stored_field_for_field(window, typed):
    assert window.problems() == []
    app = CaseApp.open(window.database)
    try:
        numbers = [f"CBSA-2026-{n:06d}" for n in range(1, len(SEIZURES) + 1)]
        assert sorted(c.case_number for c in app._store.iter_cases()) == numbers
        for number, seizure in zip(numbers, SEIZURES, strict=True):
            check_stored(app, number, seizure)
        assert app.verify().ok
    finally:
        app.close()
    for seizure, (keys, seconds) in zip(SEIZURES, typed, strict=True):
        print(f"{seizure.title}: {keys} keystrokes, {seconds:.1f} s")
