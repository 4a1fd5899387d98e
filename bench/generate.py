"""Synthetic IDS rows for benchmarks: realistic vocabularies (frequencies from the UN's export), the UN's
own DRUG_NAME values (tests/data/un_drug_names.csv) drawn by the EMCDDA's published shares of seizures by drug
(the file's SHARE column says which share each name draws from), dates 2011-2016, and the rows real UN data
holds that import as drafts with a warning, at their rates in the UN's 2011-2016 export (311,038 rows):
DRUG_NAME "Unknown" (460, 0.15 %), an AMOUNT of 0 (26, about 0.01 %) and an AMOUNT without DRUG_UNIT (20, about
0.01 %). Prints the row count and seconds on its last line.

    python bench/generate.py --exhibits 1000000 --out /tmp/ids-1m.csv
"""

from __future__ import annotations

import argparse
import csv
import itertools
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from caseapp.core.substances import default_catalogue  # noqa: E402
from caseapp.io.ids import HEADER  # noqa: E402

UNITS = [("Kilogram", 241317), ("Gram", 58017), ("Unit", 6858), ("Tablet", 2803), ("Litre", 854),
         ("Millilitre", 373), ("Piece", 182), ("Pill", 116), ("Capsule", 94), ("Bottles", 56), ("Acres", 42)]
TRANSPORT = [("Commercial air", 19137), ("Land", 8933), ("Private road", 6933), ("Other", 5942),
             ("Commercial road", 3471), ("Unknown", 2833), ("Commercial sea", 1021), ("Mail", 924), ("", 20000)]
ROUTING = [("National territory/domestic seizure", 161408), ("Border - inbound", 5847),
           ("Border - outbound", 2773), ("Other", 379), ("", 30000)]
HIDING = [("Postal", 8091), ("Baggage", 7208), ("Inserted", 3548), ("Other", 3192), ("Plastic bags", 2760),
          ("Unknown", 2738), ("Swallowed", 2209), ("", 60000)]
INSTALLATION = [("Airport", 10382), ("Post Office", 9528), ("Road", 6970), ("Street", 6683),
                ("Flat/Apartment", 4086), ("Open Air", 3736), ("Unknown", 2794), ("", 40000)]
COUNTRIES = ["Canada", "United States of America", "Mexico", "Colombia", "Germany", "Netherlands", "Spain",
             "United Kingdom", "France", "Italy", "Brazil", "Peru", "Bolivia (Plurinational State of)",
             "China", "India", "Afghanistan", "Iran (Islamic Republic of)", "Pakistan", "Türkiye", "Thailand",
             "Myanmar", "Australia", "Nigeria", "South Africa", "Kenya", "Russian Federation", "Ukraine",
             "Kosovo under UNSCR 1244", "Poland", "Belgium"]
COMMON = ["Cannabis herb", "Cannabis resin", "Cocaine", "Heroin", "Methamphetamine", "Amphetamine", "MDMA",
          "Fentanyl", "Opium", "Khat", "Crack cocaine", "Carfentanil", "Furanylfentanyl", "Tramadol"]
EARLIER_CATALOGUE_DRUGS = 418
UN_DRUG_NAMES = Path(__file__).resolve().parent.parent / "tests" / "data" / "un_drug_names.csv"
#: Number of drug seizures by drug, per cent: EMCDDA, European Drug Report 2021, "Drug seizures at a glance"
#: (EU-27, 2019). UNODC's World Drug Report gives seizures by quantity, not by count; these are the published
#: counts nearest to the UN's rows (one row, one seizure). "unknown" draws nothing here: see UNKNOWN_DRUG_RATE.
SEIZURE_SHARES = {"cannabis-herb": 37, "cannabis-resin": 36, "cannabis-plants": 1, "cocaine": 11, "heroin": 3,
                  "amphetamines": 5, "mdma": 3, "other": 4, "unknown": 0}
UNKNOWN_DRUG_RATE = 460 / 311_038
ZERO_AMOUNT_RATE = 26 / 311_038
NO_UNIT_RATE = 20 / 311_038


def weighted(pairs):
    values = [v for v, _ in pairs]
    weights = [w for _, w in pairs]
    return lambda rng: rng.choices(values, weights)[0]


def drug_weights(path: Path = UN_DRUG_NAMES) -> list[tuple[str, float]]:
    """(DRUG_NAME, weight in per cent of rows) for the names of the UN's data: each share of SEIZURE_SHARES split
    evenly among the names that draw from it (no per-name counts were published)."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    names = [(row["DRUG_NAME"], row["SHARE"]) for row in csv.DictReader(lines)]
    members = {share: sum(1 for _, s in names if s == share) for share in SEIZURE_SHARES}
    unknown = set(dict(names).values()) - set(SEIZURE_SHARES)
    if unknown:
        raise ValueError(f"{path}: SHARE {sorted(unknown)} is not one of {sorted(SEIZURE_SHARES)}")
    return [(name, SEIZURE_SHARES[share] / members[share]) for name, share in names]


def rows(count: int, seed: int = 1, drugs: str = "un") -> Iterator[list[str]]:
    """The rows of a generated file, in order (deterministic for a seed). `drugs`: "un" draws DRUG_NAME from
    the UN's own names by published seizure shares (the import and coverage benches); "catalogue" draws, as
    earlier versions did, a common drug 80 % of the time and any catalogue drug otherwise (the search bench,
    whose figures since the start were measured on it: fentanyl and its analogues are frequent there)."""
    catalogue_drugs = ([s.name for s in default_catalogue().substances.values() if s.kind == "drug"]
                       if drugs == "catalogue" else [])
    rng = random.Random(seed)
    kept = random.Random(seed + 1)  # its own stream: the other cells are those of earlier versions
    drawn = random.Random(seed + 2)  # DRUG_NAME's own stream, for the same reason
    un_names, weights = zip(*drug_weights(), strict=True)
    cumulative = list(itertools.accumulate(weights))
    unit, transport, routing = weighted(UNITS), weighted(TRANSPORT), weighted(ROUTING)
    hiding, installation = weighted(HIDING), weighted(INSTALLATION)
    for _ in range(count):
        # earlier versions drew DRUG_NAME here from COMMON (80 %) or the catalogue's 418 drugs: the same draws
        # are still made so that the cells drawn after them stay those of earlier versions
        common = rng.random() < 0.8
        pick = rng.randrange(len(COMMON)) if common else rng.randrange(len(catalogue_drugs) or EARLIER_CATALOGUE_DRUGS)
        un_drug = drawn.choices(un_names, cum_weights=cumulative)[0]
        drug = un_drug if not catalogue_drugs else (COMMON[pick] if common else catalogue_drugs[pick])
        amount = f"{max(rng.lognormvariate(0, 2), 0.001):.3f}".rstrip("0").rstrip(".")
        day = f"{rng.randint(2011, 2016)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        country = rng.choice(COUNTRIES)
        row = ["Region", "Subregion", country, "", f"Place {rng.randint(1, 5000)}", day, drug,
               amount if rng.random() > 0.02 else "", unit(rng), hiding(rng), installation(rng),
               transport(rng), rng.choice(COUNTRIES) if rng.random() < 0.4 else "",
               rng.choice(COUNTRIES) if rng.random() < 0.3 else "",
               rng.choice(COUNTRIES) if rng.random() < 0.3 else "", routing(rng)]
        draw = kept.random()
        if draw < UNKNOWN_DRUG_RATE:
            row[6] = "Unknown"
        elif draw < UNKNOWN_DRUG_RATE + ZERO_AMOUNT_RATE:
            row[7] = "0"
        elif draw < UNKNOWN_DRUG_RATE + ZERO_AMOUNT_RATE + NO_UNIT_RATE:
            row[7], row[8] = row[7] or "1", ""
        yield row


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--exhibits", type=int, default=300_000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--drugs", choices=("un", "catalogue"), default="un",
                        help="DRUG_NAME from the UN's names by seizure shares (default), or the catalogue's drugs")
    args = parser.parse_args()
    started = time.perf_counter()
    with args.out.open("w", encoding="utf-8", newline="") as out:
        out.write(";".join(HEADER) + "\n")
        for row in rows(args.exhibits, args.seed, args.drugs):
            out.write(";".join(row) + "\n")
    print(f"rows={args.exhibits} seconds={time.perf_counter() - started:.1f} file={args.out}")


if __name__ == "__main__":
    main()
