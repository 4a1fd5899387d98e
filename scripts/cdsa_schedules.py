#!/usr/bin/env python3
"""Write resources/cdsa_schedules.json: the schedules of Canada's Controlled Drugs and Substances Act
(S.C. 1996, c. 19, consolidated number C-38.8), from Justice Canada's XML of the Act in English and French.

The XML is published in the public repository justicecanada/laws-lois-xml (files eng/acts/C-38.8.xml and
fra/lois/C-38.8.xml) under the Open Government Licence - Canada. Give the two files on the command line:

    python scripts/cdsa_schedules.py ENG.xml FRA.xml [--commit SHA] [--out resources/cdsa_schedules.json]

What is written, per schedule (I to IX; VII and VIII are recorded as repealed, with no items):
- each item with its number, its part (and table) where the schedule has parts, its English and French text,
  the names it gives (the leading name, the short names in brackets, the chemical names in brackets),
  whether it is a class (it covers derivatives or analogues, or describes substances by structure), whether
  it is repealed, its dates, and its sub-items (the named substances, to any depth), a sub-item after
  "but not including" marked excluded;
- the dates as the XML gives them: `in_force_since` is the item's lims:inforce-start-date (the start of the
  text in force in this consolidation: 2018-04-04 or so for items older than the electronic consolidation,
  so it is not the date a substance was first controlled), `enacted` its lims:enacted-date when given;
  Schedule V items (temporary designations) carry `period_start` and `period_end` from their period column.
- the source: titles, the consolidation's dates from the XML's metadata, the licence, and the repository
  commit when --commit gives it.

English and French items are paired by their legal numbers (item, sub-item labels), unlabelled ones by
position. The script needs nothing beyond the standard library, reads nothing else and guesses nothing: a
text it cannot pair stops it with an error.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from typing import Any

LIMS = "{http://justice.gc.ca/lims}"
IN_FORCE = ("I", "II", "III", "IV", "V", "VI", "IX")
LICENCE = "Open Government Licence - Canada"
LICENCE_URL = "https://open.canada.ca/en/open-government-licence-canada"
REPOSITORY = "https://github.com/justicecanada/laws-lois-xml"
FILES = ("eng/acts/C-38.8.xml", "fra/lois/C-38.8.xml")
_REPEALED = re.compile(r"^\[(Repealed|Abrogé)", re.IGNORECASE)
EXCLUDING = re.compile(r"^(but not including|mais non compris)\b", re.IGNORECASE)
# the words after which an item's text stops naming and starts qualifying
_QUALIFIER = re.compile(
    r"\s+(?:and|et)\s+(?:any|its|their|the|ses|leurs|tout|toute|les)\b.*$|\s+ainsi que\b.*$|\s+namely\b.*$|\s+—.*$|"
    r",?\s+(?:including|notamment|y compris)\b.*$|:\s*$", re.IGNORECASE | re.DOTALL)
_CLASS_WORDS = re.compile(r"\b(derivatives?|analogues?|dérivés?|analogues?)\b", re.IGNORECASE)
_DESCRIBED = re.compile(r"^(any substance|toute substance|any preparation|toute préparation)\b", re.IGNORECASE)
_CHEMICAL = re.compile(r"\d[,.]\d|\d\s*[-–]\s*\w|\w[-–]\d|\[|\)")
_MONTHS = {m: i for i, m in enumerate(("January", "February", "March", "April", "May", "June", "July",
                                       "August", "September", "October", "November", "December"), 1)}
_PERIOD = re.compile(r"(\w+ \d{1,2}, \d{4}) to (\w+ \d{1,2}, \d{4})")


def text_of(element: ET.Element | None) -> str:
    """An element's text with runs of white space (and soft hyphens) made one space."""
    if element is None:
        return ""
    return re.sub(r"\s+", " ", "".join(element.itertext()).replace("\u00ad", "")).strip()


def _name_and_groups(text: str) -> tuple[str, list[str]]:
    """The leading name and the bracketed groups that follow it: "Codeine (methylmorphine)" gives
    ("Codeine", ["methylmorphine"]). Only a bracket after a space opens a group, so brackets inside a
    chemical name ("4-bromo-2,5-dimethoxy-N-(2-methoxybenzyl)phenethylamine") stay in the name; whatever
    follows the groups is not a name."""
    name_end = next((i for i, c in enumerate(text) if c in "([" and i and text[i - 1] == " "), None)
    if name_end is None:
        return text, []
    groups: list[str] = []
    index = name_end
    while index < len(text) and text[index] in "([":
        depth = 0
        for end in range(index, len(text)):
            depth += text[end] in "(["
            depth -= text[end] in ")]"
            if depth == 0:
                break
        else:
            break  # unbalanced: the rest is no name
        groups.append(text[index + 1:end].strip())
        index = end + 1
        while index < len(text) and text[index] == " ":
            index += 1
    return text[:name_end], groups


def _head(text: str) -> str:
    """The naming part of an item's text: up to the first comma outside brackets, without qualifiers
    ("and any salt thereof", "namely ...", "including:")."""
    depth = 0
    for index, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char == "," and depth == 0 and index + 1 < len(text) and text[index + 1] == " ":
            text = text[:index]
            break
    return _QUALIFIER.sub("", text).strip()


def _beta(name: str) -> str:
    # The XML writes the Greek beta of chemical names as the German sharp s ("ß-Hydroxyfentanyl").
    return name.replace("ß", "β")


def names_of(text: str) -> dict[str, Any]:
    """The names an item's text gives: {"name": leading name or None, "synonyms": [...], "chemical": [...]}."""
    if _DESCRIBED.match(text) or _REPEALED.match(text):
        return {"name": None, "synonyms": [], "chemical": []}
    name, groups = _name_and_groups(_head(text))
    name = name.strip(" ,:;")
    synonyms: list[str] = []
    chemical: list[str] = []
    for group in groups:
        parts = [p.strip() for p in group.split(", ")]
        if len(group) <= 40 and "(" not in group and all(p and not _CHEMICAL.search(p) or len(p) <= 16
                                                         for p in parts):
            synonyms.extend(p for p in parts if p)
        elif len(group) <= 30 and not _CHEMICAL.search(group):
            synonyms.append(group)
        else:
            chemical.append(group)
    if name.count("(") + name.count("[") != name.count(")") + name.count("]"):
        name = ""  # a chemical name cut by the French word order ("[Cyclohexyl (phénylméthyl)–1] ...")
    return {"name": _beta(name) or None, "synonyms": [_beta(s) for s in synonyms],
            "chemical": [_beta(c) for c in chemical]}


def _dates(element: ET.Element) -> dict[str, str]:
    found = {}
    for key, attribute in (("in_force_since", "inforce-start-date"), ("enacted", "enacted-date"),
                           ("in_force_until", "inforce-end-date")):
        value = element.get(LIMS + attribute)
        if value:
            found[key] = value
    return found


def _is_class(text: str) -> bool:
    return bool(_CLASS_WORDS.search(text) or _DESCRIBED.match(text))


def _entry(label: str | None, text_en: str, text_fr: str, element: ET.Element) -> dict[str, Any]:
    en = names_of(text_en)
    fr = names_of(text_fr)
    repealed = bool(_REPEALED.match(text_en))
    entry: dict[str, Any] = {"item": label, "text_en": text_en, "text_fr": text_fr}
    if not repealed:
        entry.update(name_en=en["name"], synonyms_en=en["synonyms"], chemical_names_en=en["chemical"],
                     name_fr=fr["name"], synonyms_fr=fr["synonyms"], is_class=_is_class(text_en))
    entry["repealed"] = repealed
    entry.update(_dates(element))
    return entry


def _label(item: ET.Element) -> str | None:
    label = item.find("Label")
    return text_of(label) or None if label is not None else None


def _pair(items_en: list[ET.Element], items_fr: list[ET.Element], where: str) -> list[tuple[ET.Element, ET.Element]]:
    labels_en = [_label(i) for i in items_en]
    labels_fr = [(_label(i) or "").replace(" et ", " and ") or None for i in items_fr]  # "25 et 26"
    if labels_en != labels_fr:
        raise ValueError(f"{where}: the English and French items differ ({labels_en} / {labels_fr})")
    return list(zip(items_en, items_fr, strict=True))


def _list_entries(list_en: ET.Element, list_fr: ET.Element, where: str) -> list[dict[str, Any]]:
    """The entries of a <List>, sub-lists as sub-items; after "but not including" the rest are excluded."""
    entries = []
    excluding = False
    for item_en, item_fr in _pair(list_en.findall("Item"), list_fr.findall("Item"), where):
        label = _label(item_en)
        text_en = text_of(item_en.find("Text"))
        text_fr = text_of(item_fr.find("Text"))
        if label is None and EXCLUDING.match(text_en):
            excluding = True
            continue
        entry = _entry(label, text_en, text_fr, item_en)
        if excluding:
            entry["excluded"] = True
        sub_en, sub_fr = item_en.find("List"), item_fr.find("List")
        if sub_en is not None and sub_fr is not None:
            entry["subitems"] = _list_entries(sub_en, sub_fr, f"{where} {label or '-'}")
        entries.append(entry)
    return entries


def _parse_period(text: str) -> dict[str, str]:
    match = _PERIOD.search(text)
    if not match:
        raise ValueError(f"Schedule V: no period in '{text}'")

    def iso(value: str) -> str:
        month, day, year = value.replace(",", "").split()
        return date(int(year), _MONTHS[month], int(day)).isoformat()

    return {"period_start": iso(match.group(1)), "period_end": iso(match.group(2))}


def _table_entries(table_en: ET.Element, table_fr: ET.Element, where: str) -> list[dict[str, Any]]:
    rows_en = table_en.findall(".//tbody/row")
    rows_fr = table_fr.findall(".//tbody/row")
    entries = []
    for row_en, row_fr in zip(rows_en, rows_fr, strict=True):
        cells_en = [text_of(e) for e in row_en.findall("entry")]
        cells_fr = [text_of(e) for e in row_fr.findall("entry")]
        if cells_en[0] != cells_fr[0]:
            raise ValueError(f"{where}: rows {cells_en[0]} and {cells_fr[0]} do not pair")
        entry = _entry(cells_en[0], cells_en[1], cells_fr[1], row_en)
        if not entry["repealed"]:
            entry.update(_parse_period(cells_en[2]))
            entry["period_fr"] = cells_fr[2]
        entries.append(entry)
    return entries


def _group_entries(group_en: ET.Element, group_fr: ET.Element, schedule: str) -> list[dict[str, Any]]:
    heading = group_en.find("GroupHeading")
    part = text_of(heading.find("Label")).removeprefix("PART ").strip() if heading is not None else None
    title_en = text_of(heading.find("TitleText")) if heading is not None else ""
    heading_fr = group_fr.find("GroupHeading")
    title_fr = text_of(heading_fr.find("TitleText")) if heading_fr is not None else ""
    where = f"Schedule {schedule} part {part}"
    entries: list[dict[str, Any]] = []
    notes: list[dict[str, str]] = []
    provisions = list(zip(group_en.findall("Provision"), group_fr.findall("Provision"), strict=True))
    for prov_en, prov_fr in provisions:
        tables_en, tables_fr = prov_en.findall(".//TableGroup"), prov_fr.findall(".//TableGroup")
        list_en, list_fr = prov_en.find("List"), prov_fr.find("List")
        if tables_en:
            for table_en, table_fr in zip(tables_en, tables_fr, strict=True):
                caption = text_of(table_en.find("Caption"))
                table = re.match(r"TABLE (\d+)", caption)
                for entry in _table_entries(table_en, table_fr, where):
                    entries.append({"part": part, **({"table": table.group(1)} if table else {}), **entry})
        elif list_en is not None and list_fr is not None:
            entries.extend({"part": part, **e} for e in _list_entries(list_en, list_fr, where))
        else:
            notes.append({"text_en": text_of(prov_en), "text_fr": text_of(prov_fr)})
    for entry in entries:
        entry["part_title_en"] = re.sub(r"\d+$", "", title_en).strip()  # a footnote mark ends some titles
        entry["part_title_fr"] = re.sub(r"\d+$", "", title_fr).strip()
    if notes and entries:
        for entry in entries:
            entry.setdefault("part_notes", notes)
    return entries


def schedule_facts(root_en: ET.Element, root_fr: ET.Element) -> list[dict[str, Any]]:
    schedules = []
    pairs = [(s_en, s_fr) for s_en, s_fr in zip(root_en.iter("Schedule"), root_fr.iter("Schedule"), strict=True)
             if s_en.find("ScheduleFormHeading/Label") is not None]
    for schedule_en, schedule_fr in pairs:
        label = text_of(schedule_en.find("ScheduleFormHeading/Label"))
        number = label.removeprefix("SCHEDULE ").strip()
        where = f"Schedule {number}"
        record: dict[str, Any] = {"schedule": number, "heading_en": label,
                                  "heading_fr": text_of(schedule_fr.find("ScheduleFormHeading/Label")),
                                  **_dates(schedule_en)}
        amended = schedule_en.get(LIMS + "lastAmendedDate")
        if amended:
            record["last_amended"] = amended
        repealed = schedule_en.find("Repealed")
        if repealed is not None:
            record.update(repealed=text_of(repealed), items=[])
        else:
            items: list[dict[str, Any]] = []
            list_en, list_fr = schedule_en.find("List"), schedule_fr.find("List")
            if list_en is not None and list_fr is not None:
                items = _list_entries(list_en, list_fr, where)
            for group_en, group_fr in zip(schedule_en.findall("DocumentInternal/Group"),
                                          schedule_fr.findall("DocumentInternal/Group"), strict=True):
                items.extend(_group_entries(group_en, group_fr, number))
            if number == "IX":  # designated devices: described, not named
                for item in items:
                    item.update(name_en=None, synonyms_en=[], chemical_names_en=[], name_fr=None, synonyms_fr=[],
                                device=True)
            record.update(repealed=None, items=items)
        schedules.append(record)
    numbers = [s["schedule"] for s in schedules]
    missing = [n for n in IN_FORCE if n not in numbers]
    if missing:
        raise ValueError(f"schedules {', '.join(missing)} not found in the XML")
    return schedules


def _source(root_en: ET.Element, root_fr: ET.Element, commit: str | None) -> dict[str, Any]:
    consolidated = None
    for stage in root_en.iter("Stages"):
        if stage.get("stage") == "consolidation":
            day = stage.find("Date")
            if day is not None:
                consolidated = date(int(text_of(day.find("YYYY"))), int(text_of(day.find("MM"))),
                                    int(text_of(day.find("DD")))).isoformat()
    source = {
        "title_en": text_of(root_en.find("Identification/ShortTitle")),
        "title_fr": text_of(root_fr.find("Identification/ShortTitle")),
        "citation": "S.C. 1996, c. 19",
        "consolidated_number": text_of(root_en.find("Identification/Chapter/ConsolidatedNumber")),
        "current_to": root_en.get(LIMS + "current-date"),
        "point_in_time": root_en.get(LIMS + "pit-date"),
        "last_amended": root_en.get(LIMS + "lastAmendedDate"),
        "consolidated": consolidated,
        "publisher": "Justice Canada",
        "repository": REPOSITORY,
        "files": list(FILES),
        "licence": LICENCE,
        "licence_url": LICENCE_URL,
    }
    if commit:
        source["commit"] = commit
    if root_fr.get(LIMS + "current-date") != source["current_to"]:
        raise ValueError("the English and French files are of different consolidations")
    return source


def facts(eng: Path, fra: Path, commit: str | None = None) -> dict[str, Any]:
    root_en = ET.parse(eng).getroot()
    root_fr = ET.parse(fra).getroot()
    return {"format": 1, "source": _source(root_en, root_fr, commit),
            "generated_by": "scripts/cdsa_schedules.py", "schedules": schedule_facts(root_en, root_fr)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("eng", type=Path, help="eng/acts/C-38.8.xml")
    parser.add_argument("fra", type=Path, help="fra/lois/C-38.8.xml")
    parser.add_argument("--commit", help="the laws-lois-xml commit the files come from")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "resources"
                        / "cdsa_schedules.json")
    args = parser.parse_args(argv)
    try:
        data = facts(args.eng, args.fra, args.commit)
    except (ET.ParseError, ValueError, OSError) as error:
        print(f"cdsa_schedules: {error}", file=sys.stderr)
        return 1
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    items = sum(len(s["items"]) for s in data["schedules"])
    print(f"{args.out.name}: {len(data['schedules'])} schedules, {items} items, current to "
          f"{data['source']['current_to']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
