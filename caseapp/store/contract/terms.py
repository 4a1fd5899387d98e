"""The search-term encoding, written once: the terms stored beside each exhibit and the terms a query asks
for are built here, so the writer and the search cannot drift apart.

A term is a prefix and a value. An exhibit has the terms of its suspected and lab-confirmed substances
(substance, analogue family, each group up the tree, or the key of a name the catalogue does not know),
the confirmed substance's again under LAB, and the terms of its case's own fields (countries, transport,
concealment, place type, agency, region, each word of each officer's name). A filter of a search is one
term, so a back end can read it as one index range in date order.

Schedule terms ("v:I", and "lv:I" for the lab-confirmed substance) are derived from an exhibit's stored
substance terms by the catalogue's CDSA listings (`derived_terms`). They are index rows only, never part of the
exhibit's own record (`exhibits.terms`, which the audit ledger hashes): the schedules are law that changes
(Schedule V designations expire, items are added), and re-deriving them must not rewrite audited rows.
"""

from __future__ import annotations

from functools import lru_cache

from caseapp.core import i18n, vocab
from caseapp.core.countries import find_country
from caseapp.core.model import UNKNOWN_SUBSTANCE, Case
from caseapp.core.normalise import is_unknown_substance
from caseapp.core.schedules import ROMAN
from caseapp.core.substances import Catalogue
from caseapp.core.text import name_key
from caseapp.store.contract.queries import SearchQuery, UnknownFilter

# substance terms
SUBSTANCE = "s:"  # a catalogue substance, by id
FAMILY = "f:"  # its analogue family
GROUP = "g:"  # its group and every group above it
UNLISTED = "u:"  # the name key of a substance the catalogue does not know
SCHEDULE = "v:"  # a CDSA schedule ("I" .. "IX") that lists the substance: derived, see derived_terms
#: the prefix that turns a substance term into the same term for the lab-confirmed substance only
LAB = "l"

# case terms, shared by every exhibit of the case
COUNTRY = "c:"  # country seized in (ISO code, or the text kept)
ORIGIN = "o:"
DEPARTURE = "d:"
TRANSIT = "x:"  # each transit country
DESTINATION = "n:"
TRANSPORT = "t:"  # vocabulary code or the text kept, keyed
CONCEALMENT = "k:"
PLACE_TYPE = "p:"
AGENCY = "a:"
REGION = "r:"
OFFICER = "w:"  # each word of each officer's name, keyed

#: term prefixes of a case's fields, shared by every exhibit of the case
CASE_TERM_PREFIXES = (COUNTRY, ORIGIN, DEPARTURE, TRANSIT, DESTINATION, TRANSPORT, CONCEALMENT, PLACE_TYPE,
                      AGENCY, REGION, OFFICER)


#: the order case_terms gives a case's terms in (a writer that gathers them field by field sorts by it)
CASE_TERM_ORDER = {prefix: rank for rank, prefix in enumerate(
    (COUNTRY, ORIGIN, DEPARTURE, DESTINATION, TRANSIT, TRANSPORT, CONCEALMENT, PLACE_TYPE, AGENCY, REGION, OFFICER))}


def in_case_term_order(terms: list[str]) -> tuple[str, ...]:
    """A case's terms gathered in any order, in case_terms' order (a stable sort: the words of one field keep
    theirs), each once."""
    terms.sort(key=lambda term: CASE_TERM_ORDER[term[:2]])
    return tuple(dict.fromkeys(terms))


#: every schedule term there can be, for removing an exhibit's derived rows whatever catalogue wrote them
SCHEDULE_TERMS = tuple(prefix + roman for prefix in (SCHEDULE, LAB + SCHEDULE) for roman in ROMAN)


def value_key(value: str | None) -> str:
    """How a vocabulary code or a free value is keyed in a term: case, accents, spaces, hyphens ignored."""
    return name_key(value) if value else ""


def word_keys(text: str | None) -> list[str]:
    """The keys of each word of a name (an officer "Zoë Tremblay" is found by "tremblay" or "zoe")."""
    return [k for k in (name_key(w) for w in (text or "").split()) if k]


def unlisted_term(name: str) -> str:
    """The term of a substance name the catalogue does not know."""
    return UNLISTED + name_key(name)


# -- stored: the terms of an exhibit and of its case ------------------------------------------------

def case_terms(case: Case) -> tuple[str, ...]:
    """Search terms of the case's own fields, each a prefix and a value, so that any one of these filters
    reads one index range newest first: countries seized in / origin / departure / transit /
    destination (ISO code or the text kept), transport, concealment and place type (code or text),
    agency and region (keyed), officers (each word of each name)."""
    loc = case.location
    terms: list[str] = []
    for prefix, value in ((COUNTRY, loc.country), (ORIGIN, case.origin_country), (DEPARTURE, case.departure_country),
                          (DESTINATION, case.destination_country)):
        if value:
            terms.append(prefix + value)
    terms.extend(TRANSIT + value for value in case.transit_countries if value)
    for prefix, value in ((TRANSPORT, case.transport), (CONCEALMENT, case.concealment), (PLACE_TYPE, loc.place_type),
                          (AGENCY, case.agency), (REGION, loc.region)):
        key = value_key(value)
        if key:
            terms.append(prefix + key)
    for name in case.officers:
        terms.extend(OFFICER + key for key in word_keys(name))
    return tuple(dict.fromkeys(terms))


def substance_terms(catalogue: Catalogue, *names: str | None) -> tuple[str, ...]:
    """Search terms of an exhibit's suspected and confirmed substances: substance, family, groups."""
    terms: list[str] = []
    for name in names:
        if not name:
            continue
        substance = catalogue.find(name)
        if substance is None:
            key = name_key(name)
            if key:
                terms.append(UNLISTED + key)
            continue
        terms.append(SUBSTANCE + substance.id)
        if substance.family:
            terms.append(FAMILY + substance.family)
        group = catalogue.groups.get(substance.group)
        while group is not None:
            terms.append(GROUP + group.id)
            group = catalogue.groups.get(group.parent) if group.parent else None
    return tuple(dict.fromkeys(terms))


def exhibit_substance_terms(catalogue: Catalogue, suspected: str | None, confirmed: str | None) -> tuple[str, ...]:
    """An exhibit's substance terms: the suspected and confirmed substances together (a search for
    either), and the confirmed one again under "l" ("ls:", "lf:", "lg:", "lu:"), so that a search for
    lab-confirmed exhibits only is one index range too. Few exhibits have a lab result: few extra rows."""
    terms = substance_terms(catalogue, suspected, confirmed)
    if confirmed:
        terms += tuple(LAB + term for term in substance_terms(catalogue, confirmed))
    return terms


@lru_cache(maxsize=8)
def schedule_map(catalogue: Catalogue) -> dict[str, tuple[str, ...]]:
    """Substance term -> the schedule terms it derives: "s:cocaine" -> ("v:I",), "ls:cocaine" -> ("lv:I",).
    A substance a class item alone covers (an unnamed fentanyl analogue under I-16) is in that schedule
    too; unlisted names ("u:") and substances no schedule lists derive nothing."""
    mapping: dict[str, tuple[str, ...]] = {}
    for substance in catalogue.substances.values():
        schedules = tuple(dict.fromkeys(listing.schedule for listing in substance.schedules))
        if schedules:
            mapping[SUBSTANCE + substance.id] = tuple(SCHEDULE + s for s in schedules)
            mapping[LAB + SUBSTANCE + substance.id] = tuple(LAB + SCHEDULE + s for s in schedules)
    return mapping


def derived_terms(catalogue: Catalogue, terms: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The schedule terms an exhibit's stored terms derive (written beside them, never into exhibits.terms)."""
    mapping = schedule_map(catalogue)
    return tuple(dict.fromkeys(d for t in terms for d in mapping.get(t, ())))


def schedule_code(catalogue: Catalogue, text: str) -> str:
    """'I', 'ii', 'Schedule IV', '9' -> the schedule's Roman numeral; UnknownFilter for anything else and
    for a schedule no longer in force (VII and VIII were repealed in 2018)."""
    value = text.strip().upper().removeprefix("SCHEDULE").strip()
    if value.isdigit() and 1 <= int(value) <= len(ROMAN):
        value = ROMAN[int(value) - 1]
    facts = catalogue.schedule_facts
    in_force = facts.schedules if facts is not None else list(ROMAN)
    if value in ROMAN and value not in in_force:
        raise UnknownFilter(i18n.translate(
            "Database", "Schedule {value} is repealed: no substance is listed in it").format(
            value=value))
    if value not in in_force:
        raise UnknownFilter(i18n.translate(
            "Database", "'{text}' is not a schedule ({schedules})").format(
            text=text, schedules=', '.join(in_force)))
    return value


# -- asked: the terms of a query --------------------------------------------------------------------

def asked_substance(text: str) -> str:
    """The substance name a query asks for: "unknown", "unknown drug"... ask for the explicitly unknown one."""
    return UNKNOWN_SUBSTANCE if is_unknown_substance(text) else text


def substance_term(catalogue: Catalogue, query: SearchQuery) -> str | None:
    if not query.substance:
        return None
    if is_unknown_substance(query.substance):
        return unlisted_term(UNKNOWN_SUBSTANCE)
    substance = catalogue.find(query.substance)
    if substance is None:
        return unlisted_term(query.substance)
    if query.analogues and substance.family:
        return FAMILY + substance.family
    return SUBSTANCE + substance.id


def group_term(catalogue: Catalogue, query: SearchQuery) -> str | None:
    if not query.group:
        return None
    group = catalogue.find_group(query.group)
    if group is None:
        raise UnknownFilter(i18n.translate("Database", "'{group}' is not a substance group").format(group=query.group))
    return GROUP + group.id


def _country_value(text: str) -> str:
    country = find_country(text)
    return country.code if country else text.strip()


def _vocab_key(vocabulary: vocab.Vocabulary, text: str) -> str:
    return value_key(vocabulary.code_for(text) or text)


def query_terms(catalogue: Catalogue, query: SearchQuery) -> list[str]:
    """The query's index terms (the same encoding as case_terms and exhibit_substance_terms); an exhibit
    matches when it has every one of them, and any one reads newest first."""
    terms = [t for t in (substance_term(catalogue, query), group_term(catalogue, query)) if t]
    if query.schedule and query.schedule.strip():
        terms.append(SCHEDULE + schedule_code(catalogue, query.schedule))
    if query.match_on == "confirmed":
        terms = [LAB + t for t in terms]  # the lab-confirmed substance's own terms
    for prefix, value in ((COUNTRY, query.country), (ORIGIN, query.origin), (DEPARTURE, query.departure),
                          (TRANSIT, query.transit), (DESTINATION, query.destination)):
        if value and value.strip():
            terms.append(prefix + _country_value(value))
    for prefix, vocabulary, value in ((TRANSPORT, vocab.TRANSPORT, query.transport),
                                      (CONCEALMENT, vocab.CONCEALMENT, query.concealment),
                                      (PLACE_TYPE, vocab.PLACE_TYPE, query.place_type)):
        if value and value.strip():
            terms.append(prefix + _vocab_key(vocabulary, value))
    for prefix, value in ((AGENCY, query.agency), (REGION, query.region)):
        if value and value.strip():
            terms.append(prefix + value_key(value))
    if query.officer and query.officer.strip():
        # an officer typed as punctuation only keys to nothing: a term no exhibit has
        terms.extend(OFFICER + key for key in word_keys(query.officer) or [""])
    return list(dict.fromkeys(terms))
