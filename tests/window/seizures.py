"""Three seizures of our story, as an officer types them, and what the store must hold afterwards."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class TypedExhibit:
    substance: str
    form: str = ""
    quantity: str = ""
    unit: str = ""
    count: str = ""
    count_unit: str = ""
    packages: str = ""
    packaging: str = ""
    field_test: str = ""
    description: str = ""
    kind: str = ""  # typed only when not the default (Drug)


@dataclass(frozen=True)
class TypedPerson:
    role: str
    name: str
    born: str = ""
    nationality: str = ""


@dataclass(frozen=True)
class Seizure:
    title: str
    occurred: str
    agency: str
    unit: str
    officers: str
    detection: str
    place_name: str
    address: str
    city: str
    region: str
    country: str
    place_type: str
    lat: str
    lon: str
    routing: str
    transport: str
    conveyance: str
    concealment: str
    concealed_in: str
    origin: str
    departure: str
    transit: str
    destination: str
    exhibits: tuple[TypedExhibit, ...]
    persons: tuple[TypedPerson, ...] = ()
    narrative: str = ""
    expected: dict[str, object] = field(default_factory=dict)


PORT = Seizure(
    title="carfentanil in printer-ink bottles, Port of Vancouver",
    occurred="2026-10-14 09:40", agency="CBSA", unit="Pacific Region — Marine Operations",
    officers="BSO Zoë Tremblay; BSO Raj Singh", detection="Border inspection",
    place_name="Port of Vancouver, Centerm terminal", address="777 Centennial Road", city="Vancouver",
    region="British Columbia", country="Canada", place_type="Seaport", lat="49.2869", lon="-123.0847",
    routing="Inbound", transport="Commercial sea", conveyance="MSC Aurora, container MSCU 4417227",
    concealment="Goods", concealed_in="printer ink bottles", origin="China", departure="China",
    transit="Republic of Korea, Japan", destination="Canada",
    exhibits=(
        TypedExhibit("carfentanil", "Liquid", "1.25", "L", "48", "bottles", "2", "printer ink bottles",
                     "Positive", "cyan ink bottles, 26 mL each"),
        TypedExhibit("carfentanil", "Liquid", "0.75", "L", "30", "bottles", "1", "printer ink bottles",
                     "Positive", "magenta ink bottles"),
        TypedExhibit("", "", "12", "units", "", "", "1", "carton", "Not done",
                     "empty printer ink cartridges, same shipment", kind="Packaging"),
    ),
    persons=(TypedPerson("Addressee", "Lucky Print Supplies Ltd."),),
    narrative="Container MSCU 4417227 referred for examination. Ink bottles tested positive for "
              "carfentanil on the ion scanner; HAZMAT protocol followed.",
)

TRAFFIC_STOP = Seizure(
    title="a kilogram of fentanyl at a traffic stop",
    occurred="2026-11-02 23:15", agency="RCMP", unit="BC Highway Patrol, Chilliwack",
    officers="Cst. Amélie Roy", detection="Traffic stop",
    place_name="Highway 1 eastbound, km 119", address="", city="Chilliwack",
    region="British Columbia", country="Canada", place_type="Road / street", lat="49.1579", lon="-121.9514",
    routing="Domestic", transport="Private vehicle / private road", conveyance="grey 2019 Honda Civic, BC plate",
    concealment="Vehicle", concealed_in="spare tyre well", origin="Canada", departure="Canada",
    transit="", destination="Canada",
    exhibits=(
        TypedExhibit("fentanyl", "Powder", "1.02", "kg", "", "", "2", "vacuum-sealed bricks", "Positive",
                     "two bricks wrapped in cling film"),
        TypedExhibit("fentanyl", "Tablet", "55", "g", "500", "tablets", "1", "zip-lock bag", "Positive",
                     "blue M30 counterfeit tablets"),
    ),
    persons=(TypedPerson("Arrested", "Jordan Blake", "1994-03-17", "Canada"),),
    narrative="Vehicle stopped for speeding. Odour and nervous driver; search incident to arrest found "
              "two bricks in the spare tyre well.",
)

MAIL_CENTRE = Seizure(
    title="furanyl-fentanyl at a mail centre",
    occurred="2026-09-08 11:05", agency="CBSA", unit="Vancouver International Mail Centre",
    officers="BSO Wei Chen", detection="Mail or courier interception",
    place_name="Vancouver International Mail Centre", address="4567 Lougheed Hwy", city="Burnaby",
    region="British Columbia", country="Canada", place_type="Post office / mail centre", lat="", lon="",
    routing="Inbound", transport="Mail", conveyance="EMS parcel EE123456789CN", concealment="Postal item",
    concealed_in="toy robot boxes", origin="China", departure="Hong Kong", transit="", destination="Canada",
    exhibits=(
        TypedExhibit("furanyl-fentanyl", "Powder", "48.6", "g", "", "", "3", "foil sachets", "Positive",
                     "inside three toy robots"),
        TypedExhibit("Mannitol", "Powder", "250", "g", "", "", "1", "plastic bag", "Not done",
                     "same parcel", kind="Cutting agent"),
    ),
    persons=(TypedPerson("Addressee", "M. Dupré"),),
    narrative="Parcel declared as toys. X-ray anomaly; three sachets found inside the robots.",
)

SEIZURES = (PORT, TRAFFIC_STOP, MAIL_CENTRE)
