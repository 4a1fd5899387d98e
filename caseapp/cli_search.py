"""`caseapp-cli search`: every filter of the search, as options; the same SearchQuery the GUI builds.

The filter options are shared with the commands that take a search (the period summary)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, TextIO

from caseapp.cli_commands import Command, open_database
from caseapp.cli_numbers import numbers_named
from caseapp.core import vocab
from caseapp.core.countries import country_name, find_country
from caseapp.core.errors import CaseAppError
from caseapp.core.text import one_line
from caseapp.core.units import format_kg, quantity_text
from caseapp.io.results import row_dict, write_csv
from caseapp.services.app import CaseApp
from caseapp.store.contract import MATCH_ON, ORDERS, SearchQuery, SearchRow, UnknownFilter


class UserError(CaseAppError):
    pass


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _kg(text: str) -> Decimal:
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of kilograms (use '.' for decimals)") from None
    if not value.is_finite() or value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of kilograms (0 or more)")
    return value


def country_code(text: str | None, option: str) -> str | None:
    if text is None:
        return None
    country = find_country(text)
    if country is None:
        raise UserError(f"{option}: '{text}' is not a country name or ISO code")
    return country.code


def add_filter_arguments(p: argparse.ArgumentParser) -> None:
    """The search filters, for every command that takes a search."""
    p.add_argument("substance", metavar="SUBSTANCE", nargs="?",
                   help="substance name or alias (suspected or lab-confirmed; see --match)")
    p.add_argument("--analogues", action="store_true", help="widen SUBSTANCE to its analogue family")
    p.add_argument("--group", metavar="NAME", help="substance group, e.g. opioids, synthetic-cathinones")
    p.add_argument("--schedule", metavar="S",
                   help="a schedule of Canada's Controlled Drugs and Substances Act: I, II, III, IV, V, VI or IX")
    p.add_argument("--match", dest="match_on", choices=MATCH_ON, default="either",
                   help="match the suspected substance, the lab-confirmed one, or either (default)")
    p.add_argument("--from", dest="date_from", metavar="DATE", type=_date, help="seized on or after (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", metavar="DATE", type=_date, help="seized on or before (YYYY-MM-DD)")
    p.add_argument("--country", metavar="C", help="country seized in (name or ISO code)")
    p.add_argument("--region", metavar="NAME", help="region seized in, as recorded (province, state...)")
    p.add_argument("--origin", metavar="C", help="origin (producing) country (name or ISO code)")
    p.add_argument("--departure", metavar="C", help="country of departure (name or ISO code)")
    p.add_argument("--transit", metavar="C", help="a transit country (name or ISO code)")
    p.add_argument("--destination", metavar="C", help="country of destination (name or ISO code)")
    p.add_argument("--transport", metavar="MODE", help="transport: " + ", ".join(vocab.TRANSPORT.codes()))
    p.add_argument("--concealment", metavar="WHAT", help="concealment: " + ", ".join(vocab.CONCEALMENT.codes()))
    p.add_argument("--place-type", dest="place_type", metavar="TYPE",
                   help="place type: " + ", ".join(vocab.PLACE_TYPE.codes()))
    p.add_argument("--agency", metavar="NAME", help="agency, as recorded")
    p.add_argument("--officer", metavar="NAME", help="an officer: words of the name, or a login")
    p.add_argument("--status", choices=vocab.CASE_STATUS.codes(), help="case status")
    p.add_argument("--hazard", action="store_true", help="hazardous exhibits only (fentanyl class and others)")
    p.add_argument("--min-kg", dest="kg_min", metavar="KG", type=_kg, help="kg-equivalent at least KG")
    p.add_argument("--max-kg", dest="kg_max", metavar="KG", type=_kg, help="kg-equivalent at most KG")
    p.add_argument("--text", metavar="WORDS",
                   help='full text over narrative, place, concealment, descriptions ("quoted phrases")')


def query_from_args(args: argparse.Namespace, **extra: Any) -> SearchQuery:
    if args.analogues and not args.substance:
        raise UserError("--analogues widens a SUBSTANCE: name one")
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise UserError("--from is after --to")
    if args.kg_min is not None and args.kg_max is not None and args.kg_min > args.kg_max:
        raise UserError("--min-kg is more than --max-kg")
    return SearchQuery(
        substance=args.substance, analogues=args.analogues, group=args.group, schedule=args.schedule,
        match_on=args.match_on,
        date_from=args.date_from, date_to=args.date_to, country=country_code(args.country, "--country"),
        region=args.region, origin=country_code(args.origin, "--origin"),
        departure=country_code(args.departure, "--departure"), transit=country_code(args.transit, "--transit"),
        destination=country_code(args.destination, "--destination"), transport=args.transport,
        concealment=args.concealment, place_type=args.place_type, agency=args.agency, officer=args.officer,
        status=args.status, hazard=args.hazard, kg_min=args.kg_min, kg_max=args.kg_max, text=args.text, **extra,
    )


def _search_arguments(p: argparse.ArgumentParser) -> None:
    add_filter_arguments(p)
    p.add_argument("--order", choices=ORDERS, default="newest", help="newest first (default), oldest, largest")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table", help="output format")
    p.add_argument("--count", action="store_true", help="print only the number of matching exhibits")
    p.add_argument("--totals", action="store_true",
                   help="print seizures, exhibits and the kg-equivalent summed over every match")
    p.add_argument("--limit", metavar="N", type=_positive_int, default=100, help="rows to print (default 100)")


def cmd_search(args: argparse.Namespace, out: TextIO, open_app: Callable[[argparse.Namespace], CaseApp]) -> int:
    query = query_from_args(args, order=args.order, limit=args.limit)
    app = open_app(args)
    try:
        try:
            if args.count:
                out.write(f"{app.count(query)}\n")
                return 0
            if args.totals:
                totals = app.totals(query)
                out.write(f"seizures {totals.seizures}\nexhibits {totals.exhibits}\n"
                          f"kg_equivalent {format_kg(totals.kg_mg, totals.kg_estimate) or '0 kg'}\n"
                          f"exhibits_without_kg {totals.without_kg}\n")
                return 0
            rows = app.search(query)
            # another agency's number given as the words or the name: say whose it is (caseapp-cli number find)
            named = numbers_named(app, args.substance, args.text) if args.format == "table" else []
        except UnknownFilter as exc:
            raise UserError(str(exc)) from None
    finally:
        app.close()
    if args.format == "json":
        json.dump([row_dict(r) for r in rows], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif args.format == "csv":
        write_csv(rows, out)
    else:
        _table(rows, out)
        out.writelines(named)
    return 0


COMMANDS = (
    Command("search", help="search seizures: one row per matching exhibit, newest first",
            description="Search seizures. One row per matching exhibit, newest first. Names match ignoring case, "
                        "accents, spaces and hyphens.",
            arguments=_search_arguments, run=lambda call: cmd_search(call.args, call.out, open_database),
            writes_data=lambda args: args.format == "csv"),
)


def _table(rows: list[SearchRow], out: TextIO) -> None:
    if not rows:
        out.write("no matching seizures\n")
        return
    header = ("CASE", "EX", "DATE", "SUBSTANCE", "QUANTITY", "KG-EQ", "ORIGIN", "PLACE", "")
    lines = [header]
    for r in rows:
        quantity = "unknown" if r.quantity is None else quantity_text(r.quantity, r.unit)
        substance = r.substance or ""
        if r.lab_substance and r.lab_substance != r.substance:
            substance += f" (lab: {r.lab_substance})"
        lines.append((r.case_number, r.exhibit_number, (r.occurred_at or "")[:10], substance, quantity,
                      format_kg(r.kg_mg, r.kg_estimate), country_name(r.origin_country),
                      ", ".join(filter(None, (r.place, country_name(r.country)))), "HAZARD" if r.hazard else ""))
    widths = [min(40, max(len(line[i]) for line in lines)) for i in range(len(header))]
    for line in lines:  # stored text on one terminal line: control and bidi characters shown escaped
        cells = [one_line(cell, limit=sys.maxsize)[:40] for cell in line]
        out.write("  ".join(cell.ljust(w) for cell, w in zip(cells, widths, strict=True)).rstrip() + "\n")
