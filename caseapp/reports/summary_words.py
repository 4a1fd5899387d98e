"""The period summary's words and numbers, in the language of the print: counts and kg-equivalents grouped as
the language groups digits ('1,250.5 kg', '1 250,5 kg'), shares ('12.5%', '12,5 %'), the filters of the search
and the period in words, the rows' labels (groups, substances, countries, transports...) from their codes, and
the notes under the tables."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from babel.numbers import format_decimal, format_percent

from caseapp.core import vocab
from caseapp.core.countries import country_display, country_name, is_iso_code
from caseapp.core.formats import grouped, numeric_date
from caseapp.core.i18n import LOCALES, QT_TRANSLATE_NOOP, current_language, plural, translate
from caseapp.core.substances import Catalogue
from caseapp.reports.values import DASH
from caseapp.store.contract import (
    NO_SUBSTANCE,
    UNKNOWN,
    UNLISTED_GROUP,
    LargestRow,
    SearchQuery,
    SummaryData,
    SummaryRow,
)

REPORT = QT_TRANSLATE_NOOP("Summary", "Period summary")
ESTIMATE_NOTE = QT_TRANSLATE_NOOP("Summary", "~ marks a kg-equivalent that includes estimates: volumes counted at "
                                             "1 L = 1 kg, and tablets, doses, plants and other counted units converted "
                                             "through typical unit masses.")
SEIZURE_NOTE = QT_TRANSLATE_NOOP("Summary", "A seizure is a case. A case counts once in each line where it has an "
                                            "exhibit, so the lines of a table can add up to more than the total; "
                                            "exhibits and kg-equivalents add up exactly.")
SUBSTANCE_NOTE = QT_TRANSLATE_NOOP("Summary", "Each exhibit counts under the substance the laboratory confirmed when "
                                              "there is a result, otherwise under the suspected substance.")
WITHOUT_NOTE = QT_TRANSLATE_NOOP("Summary", "Exhibits without a kg-equivalent (unknown quantity, or a unit that cannot "
                                            "be converted) are counted but add nothing to the kg-equivalent.")


def count_text(value: int) -> str:
    return grouped(value)


def kg_text(milligrams: int, estimate: bool = False) -> str:
    """A kg-equivalent as printed in the summary: '1,250.5 kg', '12.345 kg', '0.0125 kg' ('1 250,5 kg' in
    French); '~' when the figure includes estimates."""
    kg = Decimal(milligrams) / Decimal(1_000_000)
    locale = LOCALES[current_language()]
    if kg >= 100:
        text = str(format_decimal(kg, "#,##0.0", locale=locale))
    elif kg >= 1:
        text = str(format_decimal(kg, "#,##0.000", locale=locale))
    else:
        text = str(format_decimal(kg, "0.######", locale=locale))
    return f"{'~' if estimate and milligrams else ''}{text} kg"


def share_text(part: int, whole: int) -> str:
    """'12.5%' ('12,5 %'); '<0.1%' for a share that rounds to nothing; a dash of nothing."""
    if whole <= 0:
        return DASH
    share = Decimal(part) / Decimal(whole)
    locale = LOCALES[current_language()]
    pattern = _percent_pattern(locale).replace("#,##0", "#,##0.0", 1)
    if part and share < Decimal("0.001"):
        return "<" + str(format_percent(Decimal("0.001"), pattern, locale=locale))
    return str(format_percent(share, pattern, locale=locale))


def _percent_pattern(locale: str) -> str:
    """The language's own percent pattern ('#,##0%', '#,##0 %' with a no-break space in French)."""
    from babel import Locale

    return str(Locale.parse(locale).percent_formats[None].pattern)


def whole_share() -> str:
    """'100%' ('100 %')."""
    locale = LOCALES[current_language()]
    return str(format_percent(1, _percent_pattern(locale), locale=locale))


def _date_range(query: SearchQuery) -> str:
    if query.date_from and query.date_to:
        return translate("Summary", "{start} to {end}").format(start=numeric_date(query.date_from),
                                                       end=numeric_date(query.date_to))
    if query.date_from:
        return translate("Summary", "from {start}").format(start=numeric_date(query.date_from))
    if query.date_to:
        return translate("Summary", "until {end}").format(end=numeric_date(query.date_to))
    return ""


def describe_query(query: SearchQuery, catalogue: Catalogue | None = None) -> str:
    """The filters of a query in words: "Substance: Fentanyl and analogues · Origin: China · 2024-01-01 to
    2024-12-31"; "All seizures" when nothing is filtered."""
    parts: list[str] = []
    if query.substance:
        substance = catalogue.find(query.substance) if catalogue else None
        name = substance.display() if substance else query.substance.strip()
        if query.analogues and (substance is None or substance.family):
            name = translate("Summary", "{name} and analogues").format(name=name)
        parts.append(translate("Summary", "Substance: {name}").format(name=name))
    if query.group:
        group = catalogue.find_group(query.group) if catalogue else None
        parts.append(translate("Summary", "Group: {name}").format(
            name=group.display() if group else query.group.strip()))
    if query.schedule and query.schedule.strip():
        parts.append(translate("Summary", "CDSA schedule: {schedule}").format(
            schedule=query.schedule.strip().upper().removeprefix("SCHEDULE").strip()))
    if query.match_on == "suspected":
        parts.append(translate("Summary", "Matched on: suspected substance"))
    elif query.match_on == "confirmed":
        parts.append(translate("Summary", "Matched on: lab-confirmed substance"))
    for word, value, country in ((QT_TRANSLATE_NOOP("Summary", "Seized in"), query.country, True),
                                 (QT_TRANSLATE_NOOP("Summary", "Region"), query.region, False),
                                 (QT_TRANSLATE_NOOP("Summary", "Origin"), query.origin, True),
                                 (QT_TRANSLATE_NOOP("Summary", "Departure"), query.departure, True),
                                 (QT_TRANSLATE_NOOP("Summary", "Transit"), query.transit, True),
                                 (QT_TRANSLATE_NOOP("Summary", "Destination"), query.destination, True)):
        if value and value.strip():
            text = value.strip()
            parts.append(translate("Summary", word) + f": {country_display(text) if country else text}")
    for word, vocabulary, value in ((QT_TRANSLATE_NOOP("Summary", "Transport"), vocab.TRANSPORT, query.transport),
                                    (QT_TRANSLATE_NOOP("Summary", "Concealment"), vocab.CONCEALMENT,
                                     query.concealment),
                                    (QT_TRANSLATE_NOOP("Summary", "Place"), vocab.PLACE_TYPE, query.place_type),
                                    (QT_TRANSLATE_NOOP("Summary", "Status"), vocab.CASE_STATUS, query.status)):
        if value and value.strip():
            shown = vocabulary.display(vocabulary.code_for(value) or value.strip())
            parts.append(translate("Summary", word) + f": {shown}")
    for word, value in ((QT_TRANSLATE_NOOP("Summary", "Agency"), query.agency),
                        (QT_TRANSLATE_NOOP("Summary", "Officer"), query.officer)):
        if value and value.strip():
            parts.append(translate("Summary", word) + f": {value.strip()}")
    if query.hazard:
        parts.append(translate("Summary", "Hazardous exhibits only"))
    if query.kg_min is not None and query.kg_max is not None:
        parts.append(translate("Summary", "kg-equivalent: {low} to {high} kg").format(low=_kg(query.kg_min),
                                                                              high=_kg(query.kg_max)))
    elif query.kg_min is not None:
        parts.append(translate("Summary", "kg-equivalent: at least {low} kg").format(low=_kg(query.kg_min)))
    elif query.kg_max is not None:
        parts.append(translate("Summary", "kg-equivalent: at most {high} kg").format(high=_kg(query.kg_max)))
    if query.text and query.text.strip():
        parts.append(translate("Summary", "Text: “{words}”").format(words=query.text.strip()))
    dates = _date_range(query)
    if dates:
        parts.append(dates)
    return " · ".join(parts) if parts else translate("Summary", "All seizures")


def _kg(value: Decimal) -> str:
    from caseapp.core.formats import decimal_text

    return decimal_text(value)


def period_text(data: SummaryData) -> str:
    """The period the summary covers: the query's dates, else the first and last month with a match."""
    dates = _date_range(data.query)
    if data.query.date_from and data.query.date_to:
        return dates
    if data.first_month and data.last_month:
        first, last = data.first_month, data.last_month
        covered = first if first == last else translate("Summary", "{start} to {end}").format(start=first, end=last)
        return f"{covered} ({dates})" if dates else covered
    return dates or translate("Summary", "all dates")


# -- the rows' labels, from their keys ------------------------------------------------------------------

UNKNOWN_WORDS = QT_TRANSLATE_NOOP("Summary", "Unknown / not recorded")
NO_SUBSTANCE_WORDS = QT_TRANSLATE_NOOP("Summary", "No substance recorded")
NOT_SCHEDULED_WORDS = QT_TRANSLATE_NOOP("Summary", "Not in a schedule")
UNLISTED_WORDS = QT_TRANSLATE_NOOP("Summary", "Not in the catalogue")


def _labelled(row: SummaryRow, label: str) -> SummaryRow:
    return row if label == row.label else replace(row, label=label)


def localised(data: SummaryData, catalogue: Catalogue | None) -> SummaryData:
    """The summary's rows labelled in the language of the print (the store labels them in English, from the
    codes it counts by): groups and substances by the catalogue's names, countries and vocabularies by theirs,
    the unknown rows and schedules in words."""
    def unknown(row: SummaryRow) -> str | None:
        if row.key == UNKNOWN:
            return translate("Summary", UNKNOWN_WORDS)
        return None

    def group(row: SummaryRow) -> SummaryRow:
        found = catalogue.groups.get(row.key) if catalogue is not None else None
        if row.key == UNLISTED_GROUP:
            return _labelled(row, translate("Summary", UNLISTED_WORDS))
        if row.key == NO_SUBSTANCE:  # the same empty code as UNKNOWN: the exhibits without a substance
            return _labelled(row, translate("Summary", NO_SUBSTANCE_WORDS))
        return _labelled(row, found.display() if found is not None else row.label)

    def substance(row: SummaryRow) -> SummaryRow:
        found = catalogue.substances.get(row.key) if catalogue is not None else None
        if found is not None:
            return _labelled(row, found.display())
        if row.label in ("No substance recorded", ""):
            return _labelled(row, translate("Summary", NO_SUBSTANCE_WORDS))
        return row

    def origin(row: SummaryRow) -> SummaryRow:
        return _labelled(row, unknown(row) or (country_display(row.key) if is_iso_code(row.key) else row.label))

    def term(vocabulary: vocab.Vocabulary) -> object:
        return lambda row: _labelled(row, unknown(row) or vocabulary.display(row.key))

    def schedule(row: SummaryRow) -> SummaryRow:
        if row.label.startswith("Schedule "):
            return _labelled(row, translate("Summary", "Schedule {number}").format(number=row.key))
        return _labelled(row, translate("Summary", NOT_SCHEDULED_WORDS))

    def largest(row: LargestRow) -> LargestRow:
        name = catalogue.display(row.substance) if catalogue is not None else row.substance
        origin_name = country_display(row.origin_country) if row.origin and row.origin_country else row.origin
        place = row.place
        if row.country and is_iso_code(row.country) and place.endswith(country_name(row.country)):
            place = place[:len(place) - len(country_name(row.country))] + country_display(row.country)
        return replace(row, substance=name, origin=origin_name, place=place)

    transports, concealments = term(vocab.TRANSPORT), term(vocab.CONCEALMENT)
    return replace(
        data, groups=tuple(group(r) for r in data.groups), substances=tuple(substance(r) for r in data.substances),
        origins=tuple(origin(r) for r in data.origins),
        transports=tuple(transports(r) for r in data.transports),  # type: ignore[operator]
        concealments=tuple(concealments(r) for r in data.concealments),  # type: ignore[operator]
        schedules=tuple(schedule(r) for r in data.schedules), largest=tuple(largest(r) for r in data.largest))


# -- notes ----------------------------------------------------------------------------------------------

def notes(data: SummaryData) -> list[str]:
    lines = []
    if data.totals.kg_estimate:
        lines.append(translate("Summary", ESTIMATE_NOTE))
    lines.append(translate("Summary", SEIZURE_NOTE))
    lines.append(translate("Summary", SUBSTANCE_NOTE))
    if data.totals.without_kg:
        lines.append(translate("Summary", WITHOUT_NOTE))
    if data.undated is not None:
        seizures, exhibits = data.undated.seizures, data.undated.exhibits
        counted = plural(exhibits, translate("Summary", "{n} exhibit"), translate("Summary", "{n} exhibits"))
        lines.append(plural(seizures, translate("Summary", "{n} seizure with {exhibits} has no date: it is in every "
                                                           "table but not in the monthly chart."),
                            translate("Summary", "{n} seizures with {exhibits} have no date: they are in every "
                                                 "table but not in the monthly chart.")).format(exhibits=counted))
    return lines


def schedule_note(catalogue: Catalogue | None) -> str:
    source = catalogue.schedule_facts.source if catalogue and catalogue.schedule_facts else {}
    current = (translate("Summary", ", current to {date}").format(date=source["current_to"]) if source.get("current_to")
               else "")
    return translate("Summary", "Schedules of the Controlled Drugs and Substances Act (S.C. 1996, c. 19; Justice "
                        "Canada{current}). An exhibit counts under each schedule that lists the substance the "
                        "laboratory confirmed, else the suspected one; a fentanyl analogue the Act does not name "
                        "counts under Schedule I, item 16 (the class). Cannabis is governed by the Cannabis Act and "
                        "no schedule lists it.").format(current=current)
