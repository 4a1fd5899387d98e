#!/usr/bin/env python3
"""Write resources/demo/demo_cases.json: the synthetic cases behind `caseapp --demo`.

About 300 seizure cases over 2019-2026 (none after 2026-11-01): fentanyl and its analogues by mail and
in counterfeit pills, nitazenes, pill presses and precursors, cocaine by sea and air, heroin,
methamphetamine, cannabis, MDMA and a few others, seized at mail centres, airports, ports, borders,
roads and premises in ten countries. Every name, number and story is invented.

The output is deterministic: random.Random with a fixed seed, no clock, no network, and only integer
arithmetic for the numbers, so the same seed gives the same file on every machine. A test checks that
the bundled file is what this script generates now.

    python scripts/make_demo.py            # (re)write the file
    python scripts/make_demo.py --check    # exit 1 when the bundled file is out of date

The file is in the app's JSON import format ({"format": "caseapp-cases", "version": 1, "cases": [...]},
one case a line). Records carry no case number (the store numbers them as it imports), no system fields,
and the status "draft".
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

SEED = 20261101
CASE_COUNT = 300
START = date(2019, 1, 1)
END = date(2026, 11, 1)  # the last day a demo seizure may fall on
AGENCY = "DEMO"
FORMAT = "caseapp-cases"
OUTPUT = Path(__file__).resolve().parent.parent / "resources" / "demo" / "demo_cases.json"

# How many cases of each kind; the kinds are the methods of _Maker below.
QUOTAS: tuple[tuple[str, int], ...] = (
    ("fentanyl_mail", 42), ("fentanyl_pills", 30), ("fentanyl_lab", 10), ("pill_press", 10),
    ("opioid_precursors", 14), ("nitazenes", 18), ("cocaine_container", 30), ("cocaine_air", 24),
    ("heroin", 22), ("methamphetamine", 28), ("cannabis", 34), ("mdma", 24), ("other", 14),
)

COUNTRY_NAMES = {
    "AE": "the United Arab Emirates", "AF": "Afghanistan", "AL": "Albania", "AU": "Australia",
    "BE": "Belgium", "BG": "Bulgaria", "BO": "Bolivia", "BR": "Brazil", "CA": "Canada", "CN": "China",
    "CO": "Colombia", "CR": "Costa Rica", "CZ": "Czechia", "DE": "Germany", "DO": "the Dominican Republic",
    "EC": "Ecuador", "ES": "Spain", "ET": "Ethiopia", "FR": "France", "GB": "the United Kingdom",
    "GR": "Greece", "HK": "Hong Kong", "IE": "Ireland", "IN": "India", "IR": "Iran", "JM": "Jamaica",
    "JP": "Japan", "KR": "South Korea", "LA": "Laos", "LB": "Lebanon", "MA": "Morocco", "MM": "Myanmar",
    "MX": "Mexico", "NG": "Nigeria", "NL": "the Netherlands", "NZ": "New Zealand", "PA": "Panama",
    "PE": "Peru", "PK": "Pakistan", "PL": "Poland", "QA": "Qatar", "RO": "Romania", "SG": "Singapore",
    "SY": "Syria", "TH": "Thailand", "TR": "Türkiye", "US": "the United States", "VN": "Viet Nam",
}

# Seizure places: (name, city, region, lat, lon) by country and kind of place. Kinds "courier" and
# "mail" are both mail centres to the app; "road" places have no coordinates.
Facility = tuple[str, str, str, str | None, str | None]
FACILITIES: dict[str, dict[str, list[Facility]]] = {
    "CA": {
        "mail": [("International Mail Processing Centre", "Mississauga", "Ontario", "43.6890", "-79.6226"),
                 ("Vancouver Mail Processing Plant", "Richmond", "British Columbia", "49.1830", "-123.0930"),
                 ("Centre de traitement du courrier de Montréal", "Montréal", "Québec", "45.4850", "-73.5990")],
        "courier": [("Courier Sufferance Warehouse, YVR South", "Richmond", "British Columbia", "49.1790",
                     "-123.1520"),
                    ("Courier hub, Pearson airport", "Mississauga", "Ontario", "43.6970", "-79.6010")],
        "airport": [("Vancouver International Airport", "Richmond", "British Columbia", "49.1951", "-123.1779"),
                    ("Toronto Pearson International Airport, Terminal 3", "Mississauga", "Ontario", "43.6777",
                     "-79.6248"),
                    ("Aéroport Montréal-Trudeau", "Dorval", "Québec", "45.4706", "-73.7408")],
        "seaport": [("Port of Vancouver, Centerm terminal", "Vancouver", "British Columbia", "49.2870", "-123.0900"),
                    ("Port de Montréal, terminal Racine", "Montréal", "Québec", "45.5600", "-73.5300"),
                    ("Port of Halifax, South End terminal", "Halifax", "Nova Scotia", "44.6300", "-63.5600")],
        "border": [("Pacific Highway port of entry", "Surrey", "British Columbia", "49.0040", "-122.7350"),
                   ("Ambassador Bridge", "Windsor", "Ontario", "42.3120", "-83.0740"),
                   ("Poste frontalier de Lacolle", "Saint-Bernard-de-Lacolle", "Québec", "45.0080", "-73.3720")],
        "road": [("Highway 401 eastbound near Kingston", "Kingston", "Ontario", None, None),
                 ("Trans-Canada Highway near Hope", "Hope", "British Columbia", None, None),
                 ("Autoroute 20 near Drummondville", "Drummondville", "Québec", None, None)],
    },
    "US": {
        "mail": [("JFK International Mail Facility", "Jamaica", "New York", "40.6560", "-73.7950"),
                 ("Chicago International Mail Facility", "Chicago", "Illinois", "41.9960", "-87.8770"),
                 ("Los Angeles International Service Center", "Los Angeles", "California", "33.9330",
                  "-118.3930")],
        "courier": [("Express consignment hub, CVG", "Hebron", "Kentucky", "39.0460", "-84.6620"),
                    ("Express consignment hub, Memphis", "Memphis", "Tennessee", "35.0420", "-89.9790"),
                    ("Express consignment hub, Louisville", "Louisville", "Kentucky", "38.1740", "-85.7360")],
        "airport": [("Chicago O'Hare International Airport", "Chicago", "Illinois", "41.9786", "-87.9048"),
                    ("Miami International Airport", "Miami", "Florida", "25.7959", "-80.2870"),
                    ("Newark Liberty International Airport", "Newark", "New Jersey", "40.6895", "-74.1745")],
        "seaport": [("Port of Los Angeles, Pier 400", "San Pedro", "California", "33.7260", "-118.2560"),
                    ("Port of Philadelphia, Packer Avenue terminal", "Philadelphia", "Pennsylvania", "39.9050",
                     "-75.1370"),
                    ("Port Everglades", "Fort Lauderdale", "Florida", "26.0920", "-80.1210")],
        "border": [("Otay Mesa port of entry", "San Diego", "California", "32.5500", "-116.9380"),
                   ("San Ysidro port of entry", "San Diego", "California", "32.5430", "-117.0290"),
                   ("DeConcini port of entry", "Nogales", "Arizona", "31.3330", "-110.9420"),
                   ("Bridge of the Americas", "El Paso", "Texas", "31.7640", "-106.4510"),
                   ("Lukeville port of entry", "Lukeville", "Arizona", "31.8800", "-112.8160")],
        "road": [("Interstate 19 northbound checkpoint near Tubac", "Tubac", "Arizona", None, None),
                 ("Interstate 5 checkpoint near San Clemente", "San Clemente", "California", None, None),
                 ("Interstate 95 near Fayetteville", "Fayetteville", "North Carolina", None, None)],
    },
    "GB": {
        "mail": [("Heathrow Worldwide Distribution Centre", "London", "Greater London", "51.4710", "-0.4880"),
                 ("Coventry International Mail Centre", "Coventry", "West Midlands", "52.4280", "-1.4870")],
        "courier": [("Express hub, East Midlands Airport", "Castle Donington", "Leicestershire", "52.8310",
                     "-1.3280"),
                    ("Express hub, Stansted Airport", "Stansted", "Essex", "51.8860", "0.2390")],
        "airport": [("Heathrow Airport, Terminal 4", "London", "Greater London", "51.4590", "-0.4460"),
                    ("Gatwick Airport, North Terminal", "Crawley", "West Sussex", "51.1620", "-0.1770"),
                    ("Manchester Airport, Terminal 2", "Manchester", "Greater Manchester", "53.3650", "-2.2730"),
                    ("Birmingham Airport", "Birmingham", "West Midlands", "52.4530", "-1.7480")],
        "seaport": [("Port of Felixstowe, Trinity terminal", "Felixstowe", "Suffolk", "51.9600", "1.3050"),
                    ("London Gateway", "Stanford-le-Hope", "Essex", "51.5050", "0.4630"),
                    ("Port of Southampton, container terminal", "Southampton", "Hampshire", "50.9080", "-1.4400")],
        "border": [("Dover Eastern Docks", "Dover", "Kent", "51.1270", "1.3330"),
                   ("Eurotunnel freight terminal", "Folkestone", "Kent", "51.0950", "1.1230")],
        "road": [("M6 southbound near Stafford", "Stafford", "Staffordshire", None, None),
                 ("M62 near Warrington", "Warrington", "Cheshire", None, None),
                 ("A14 near Cambridge", "Cambridge", "Cambridgeshire", None, None)],
    },
    "NL": {
        "mail": [("Internationaal sorteercentrum", "Amsterdam", "North Holland", "52.3030", "4.7890")],
        "courier": [("Expresvrachtcentrum Schiphol", "Schiphol", "North Holland", "52.2890", "4.7620")],
        "airport": [("Amsterdam Airport Schiphol", "Schiphol", "North Holland", "52.3100", "4.7680")],
        "seaport": [("Port of Rotterdam, Maasvlakte II", "Rotterdam", "South Holland", "51.9560", "4.0150"),
                    ("Port of Rotterdam, Waalhaven", "Rotterdam", "South Holland", "51.8890", "4.4350"),
                    ("Port of Vlissingen", "Vlissingen", "Zeeland", "51.4430", "3.6440")],
        "border": [("Hazeldonk border crossing", "Breda", "North Brabant", "51.4930", "4.7450")],
        "road": [("A16 near Breda", "Breda", "North Brabant", None, None),
                 ("A67 near Eindhoven", "Eindhoven", "North Brabant", None, None)],
    },
    "BE": {
        "mail": [("Brussels X sorting centre", "Brussels", "Brussels-Capital", "50.8700", "4.3740")],
        "courier": [("Liège Airport cargo terminal", "Grâce-Hollogne", "Liège", "50.6370", "5.4430")],
        "airport": [("Brussels Airport", "Zaventem", "Flemish Brabant", "50.9010", "4.4840")],
        "seaport": [("Port of Antwerp-Bruges, Deurganck dock", "Antwerpen", "Antwerp", "51.2800", "4.2600"),
                    ("Port of Antwerp-Bruges, Zeebrugge", "Brugge", "West Flanders", "51.3330", "3.2000")],
        "border": [("E19 Meer border car park", "Hoogstraten", "Antwerp", "51.4420", "4.7380")],
        "road": [("E19 near Mechelen", "Mechelen", "Antwerp", None, None),
                 ("E40 near Gent", "Gent", "East Flanders", None, None)],
    },
    "AU": {
        "mail": [("Sydney Gateway Facility", "Clyde", "New South Wales", "-33.8330", "151.0190"),
                 ("Melbourne Gateway Facility", "Tullamarine", "Victoria", "-37.6900", "144.8800")],
        "courier": [("Air cargo examination facility", "Mascot", "New South Wales", "-33.9340", "151.1710")],
        "airport": [("Sydney Airport, international terminal", "Mascot", "New South Wales", "-33.9399",
                     "151.1753"),
                    ("Melbourne Airport", "Tullamarine", "Victoria", "-37.6690", "144.8410"),
                    ("Perth Airport", "Perth", "Western Australia", "-31.9400", "115.9670")],
        "seaport": [("Port Botany", "Botany", "New South Wales", "-33.9700", "151.2100"),
                    ("Port of Melbourne, Swanson Dock", "West Melbourne", "Victoria", "-37.8110", "144.9180"),
                    ("Fremantle Port", "Fremantle", "Western Australia", "-32.0500", "115.7400")],
        "border": [("Container Examination Facility, Port Botany", "Botany", "New South Wales", "-33.9610",
                    "151.2220")],
        "road": [("Hume Highway near Goulburn", "Goulburn", "New South Wales", None, None),
                 ("Eyre Highway near Border Village", "Border Village", "South Australia", None, None)],
    },
    "DE": {
        "mail": [("Internationales Postzentrum", "Frankfurt am Main", "Hesse", "50.0520", "8.5890")],
        "courier": [("Express hub, Leipzig/Halle Airport", "Schkeuditz", "Saxony", "51.4240", "12.2360")],
        "airport": [("Frankfurt Airport", "Frankfurt am Main", "Hesse", "50.0379", "8.5622"),
                    ("Munich Airport", "Freising", "Bavaria", "48.3540", "11.7750")],
        "seaport": [("Port of Hamburg, Burchardkai", "Hamburg", "Hamburg", "53.5200", "9.9200"),
                    ("Port of Bremerhaven", "Bremerhaven", "Bremen", "53.5800", "8.5300")],
        "border": [("A3 border crossing Suben", "Passau", "Bavaria", "48.4390", "13.4170")],
        "road": [("A44 near Aachen", "Aachen", "North Rhine-Westphalia", None, None),
                 ("A12 near Frankfurt (Oder)", "Frankfurt (Oder)", "Brandenburg", None, None)],
    },
    "FR": {
        "mail": [("Centre de tri international", "Roissy-en-France", "Île-de-France", "49.0040", "2.5170")],
        "courier": [("Hub express, aéroport Paris-CDG", "Roissy-en-France", "Île-de-France", "49.0150",
                     "2.5350")],
        "airport": [("Aéroport Paris-Charles de Gaulle", "Roissy-en-France", "Île-de-France", "49.0097",
                     "2.5479"),
                    ("Aéroport Paris-Orly", "Orly", "Île-de-France", "48.7262", "2.3652")],
        "seaport": [("Port du Havre, Port 2000", "Le Havre", "Normandy", "49.4700", "0.1500"),
                    ("Port de Marseille-Fos", "Fos-sur-Mer", "Provence-Alpes-Côte d'Azur", "43.4200", "4.8600")],
        "border": [("Péage du Boulou", "Le Boulou", "Occitanie", "42.5200", "2.8300")],
        "road": [("A7 near Montélimar", "Montélimar", "Auvergne-Rhône-Alpes", None, None),
                 ("A9 near Nîmes", "Nîmes", "Occitanie", None, None)],
    },
    "ES": {
        "mail": [("Centro de Tratamiento Automatizado", "Madrid", "Community of Madrid", "40.4150", "-3.6120")],
        "courier": [("Terminal de carga, aeropuerto de Madrid-Barajas", "Madrid", "Community of Madrid", "40.4830",
                     "-3.5570")],
        "airport": [("Aeropuerto Adolfo Suárez Madrid-Barajas", "Madrid", "Community of Madrid", "40.4983",
                     "-3.5676"),
                    ("Aeropuerto de Barcelona-El Prat", "El Prat de Llobregat", "Catalonia", "41.2971", "2.0785")],
        "seaport": [("Puerto de Algeciras", "Algeciras", "Andalusia", "36.1300", "-5.4400"),
                    ("Puerto de Valencia", "Valencia", "Valencian Community", "39.4440", "-0.3170")],
        "border": [("Paso fronterizo de La Jonquera", "La Jonquera", "Catalonia", "42.4200", "2.8740")],
        "road": [("A-4 near Córdoba", "Córdoba", "Andalusia", None, None),
                 ("AP-7 near Tarragona", "Tarragona", "Catalonia", None, None)],
        "waters": [("Gulf of Cádiz, 30 nm south-west of Huelva", "", "Andalusia", "36.7800", "-7.2500"),
                   ("Strait of Gibraltar, off Tarifa", "", "Andalusia", "35.9700", "-5.6000")],
    },
}

# Towns for premises and traffic stops: (city, region, streets).
TOWNS: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {
    "CA": [("Surrey", "British Columbia", ("King George Boulevard", "152 Street", "Fraser Highway")),
           ("Brampton", "Ontario", ("Queen Street East", "Bovaird Drive", "Kennedy Road")),
           ("Laval", "Québec", ("boulevard des Laurentides", "rue Principale", "boulevard Cartier")),
           ("Calgary", "Alberta", ("17 Avenue SW", "Macleod Trail", "Centre Street N")),
           ("Abbotsford", "British Columbia", ("South Fraser Way", "Clearbrook Road"))],
    "US": [("Phoenix", "Arizona", ("West McDowell Road", "North 35th Avenue", "East Van Buren Street")),
           ("Philadelphia", "Pennsylvania", ("Kensington Avenue", "North 5th Street", "Frankford Avenue")),
           ("Dayton", "Ohio", ("Salem Avenue", "Wayne Avenue")),
           ("Tucson", "Arizona", ("South 6th Avenue", "East Speedway Boulevard")),
           ("Seattle", "Washington", ("Rainier Avenue South", "Aurora Avenue North"))],
    "GB": [("Liverpool", "Merseyside", ("Smithdown Road", "County Road", "Scotland Road")),
           ("Birmingham", "West Midlands", ("Coventry Road", "Soho Road", "Bristol Street")),
           ("Leeds", "West Yorkshire", ("Roundhay Road", "Kirkstall Road")),
           ("Glasgow", "Scotland", ("Duke Street", "Paisley Road West")),
           ("Bristol", "Bristol", ("Stapleton Road", "Gloucester Road"))],
    "NL": [("Tilburg", "North Brabant", ("Ringbaan-West", "Bredaseweg")),
           ("Eindhoven", "North Brabant", ("Kruisstraat", "Boschdijk")),
           ("Rotterdam", "South Holland", ("Beijerlandselaan", "Zwart Janstraat")),
           ("Venlo", "Limburg", ("Eindhovenseweg", "Kaldenkerkerweg"))],
    "BE": [("Antwerpen", "Antwerp", ("Turnhoutsebaan", "Lange Kievitstraat")),
           ("Charleroi", "Hainaut", ("rue de la Montagne", "boulevard Tirou")),
           ("Liège", "Liège", ("rue Saint-Léonard", "quai de la Boverie"))],
    "AU": [("Parramatta", "New South Wales", ("Church Street", "Victoria Road")),
           ("Geelong", "Victoria", ("Pakington Street", "Malop Street")),
           ("Gold Coast", "Queensland", ("Gold Coast Highway", "Nerang Street")),
           ("Adelaide", "South Australia", ("Grote Street", "Port Road"))],
    "DE": [("Köln", "North Rhine-Westphalia", ("Venloer Straße", "Kalker Hauptstraße")),
           ("Berlin", "Berlin", ("Sonnenallee", "Hermannstraße")),
           ("München", "Bavaria", ("Landsberger Straße", "Schleißheimer Straße"))],
    "FR": [("Marseille", "Provence-Alpes-Côte d'Azur", ("boulevard National", "chemin de la Madrague-Ville")),
           ("Lille", "Hauts-de-France", ("rue Solférino", "boulevard de Metz")),
           ("Lyon", "Auvergne-Rhône-Alpes", ("cours Gambetta", "rue Paul Bert"))],
    "ES": [("Sevilla", "Andalusia", ("Avenida de la Buhaira", "Calle Feria")),
           ("La Línea de la Concepción", "Andalusia", ("Calle Real", "Avenida de España")),
           ("Málaga", "Andalusia", ("Calle Carretería", "Avenida de Andalucía")),
           ("Barcelona", "Catalonia", ("Carrer de Sants", "Avinguda Meridiana"))],
}

UNIT_NAMES = {
    "mail": "International Mail Team", "courier": "Express Courier Team", "airport": "Airport Passenger Operations",
    "seaport": "Marine Container Examination", "border": "Land Border Operations", "road": "Highway Interdiction Unit",
    "premises": "Drug Investigation Unit", "laboratory": "Clandestine Laboratory Response Team",
    "waters": "Maritime Interdiction Unit",
}
PLACE_TYPES = {
    "mail": "mail_centre", "courier": "mail_centre", "airport": "airport", "seaport": "seaport",
    "border": "border_crossing", "road": "road", "waters": "waters",
}

LABS = {
    "CA": ("Drug Analysis Laboratory, Burnaby", "DAL"), "US": ("Regional Forensic Laboratory, San Diego", "RFL"),
    "GB": ("Forensic Drug Laboratory, Birmingham", "FDL"), "NL": ("Forensisch Laboratorium, Den Haag", "FLH"),
    "BE": ("Laboratoire de police scientifique, Bruxelles", "LPS"), "AU": ("Forensic Drug Laboratory, Pymble", "FDP"),
    "DE": ("Kriminaltechnisches Labor, Wiesbaden", "KTL"), "FR": ("Laboratoire des douanes, Paris", "LDP"),
    "ES": ("Laboratorio de Aduanas, Madrid", "LAM"),
}

# Names by nationality: (given names, family names) combined freely, or a list of whole names where
# family names change with gender or the order is not "given family".
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]] | tuple[str, ...]] = {
    "CA": (("Jean-François", "Émilie", "Liam", "Priya", "Mathieu", "Chloé", "Harpreet", "Noah", "Geneviève",
            "Owen", "Amélie", "Gurpreet"),
           ("Côté", "Gagnon", "MacDonald", "Sandhu", "Bélanger", "Tremblay", "Gill", "Wilson", "Lévesque",
            "Fraser", "Bouchard", "Dhaliwal")),
    "US": (("Marcus", "Ashley", "Tyler", "Jasmine", "Kevin", "Brittany", "DeShawn", "Megan", "Cody", "Vanessa",
            "Luis", "Tiffany"),
           ("Johnson", "Rivera", "Brooks", "Carter", "O'Neill", "Williams", "Kowalski", "Jenkins", "Morales",
            "Reed", "Patterson", "Delgado")),
    "MX": (("José Luis", "María Guadalupe", "Jesús", "Ana Sofía", "Héctor", "Rocío", "Juan Carlos", "Adriana",
            "Óscar", "Itzel", "Ramón", "Yesenia"),
           ("Hernández", "Sánchez Ortega", "Ramírez", "Muñoz", "Villarreal", "Peña", "Gutiérrez", "Félix",
            "Zúñiga", "Castañeda", "López Beltrán", "Quintero")),
    "CO": (("Andrés Felipe", "Luz Marina", "Juan Camilo", "Valentina", "Jhon Jairo", "Yuliana", "Sebastián",
            "Marcela"),
           ("Gómez", "Cárdenas", "Ríos", "Ospina", "Muñoz", "Restrepo", "Zapata", "Londoño Arango")),
    "EC": (("Wilmer", "Jéssica", "Byron", "Katherine"), ("Cedeño", "Mendoza Vera", "Zambrano", "Quiñónez")),
    "PE": (("Jhonatan", "Milagros", "Renzo", "Rosa"), ("Quispe", "Huamán", "Mamani", "Flores")),
    "BO": (("Limbert", "Roxana", "Freddy", "Wara"), ("Choque", "Condori", "Vargas", "Mamani")),
    "BR": (("João Pedro", "Luíza", "Thiago", "Ana Beatriz", "Rafael", "Letícia"),
           ("Conceição", "Araújo", "Gonçalves", "Ferreira", "Magalhães", "Simões")),
    "DO": (("Yeison", "Ariela", "Rafael", "Yokasta"), ("Peña", "Santana", "De los Santos", "Reyes")),
    "JM": (("Andre", "Tanisha", "Dwayne", "Shanice"), ("Campbell", "Brown", "McKenzie", "Francis")),
    "IN": (("Rajesh", "Ananya", "Vikram", "Sanjay", "Deepika", "Arjun", "Pooja", "Rohit"),
           ("Kumar", "Iyer", "Singh", "Patel", "Sharma", "Reddy", "Nair", "Verma")),
    "PK": (("Imran", "Ayesha", "Bilal", "Farhan"), ("Qureshi", "Malik", "Chaudhry", "Butt")),
    "NL": (("Daan", "Sanne", "Mohamed", "Jeroen", "Fleur", "Sven", "Noor", "Bram"),
           ("de Vries", "van den Berg", "El Amrani", "Bakker", "Jansen", "Visser", "Smit", "van Dijk")),
    "BE": (("Lucas", "Anaïs", "Karim", "Wout", "Elise", "Mathis", "Yasmina", "Thibault"),
           ("Peeters", "Dubois", "Benali", "Janssens", "Maes", "Lambert", "Claes", "Wouters")),
    "GB": (("Oliver", "Chloe", "Kwame", "Ryan", "Aisha", "Callum", "Jade", "Harry"),
           ("Hughes", "Evans", "Mensah", "Thompson", "Rahman", "Walsh", "Taylor", "Okonkwo")),
    "IE": ("Siobhán Ní Bhriain", "Cillian O'Sullivan", "Aoife Murphy", "Pádraig Ó Briain", "Niamh Byrne"),
    "AU": (("Jack", "Olivia", "Lachlan", "Mei Lin", "Connor", "Zoe", "Tom", "Aaliyah"),
           ("Nguyen", "Papadopoulos", "Smith", "Tan", "O'Brien", "Kelly", "Wright", "Haddad")),
    "DE": (("Jürgen", "Lena", "Björn", "Sabine", "Mehmet", "Katharina", "Lukas", "Anja"),
           ("Schäfer", "Müller", "Weiß", "Hoffmann", "Öztürk", "Krüger", "Becker", "Schröder")),
    "FR": (("François", "Amélie", "Yannick", "Céline", "Mehdi", "Inès", "Loïc", "Hélène"),
           ("Lefèvre", "Rousseau", "N'Diaye", "Moreau", "Haddad", "Girard", "Mercier", "Fontaine")),
    "ES": (("Álvaro", "Lucía", "Íñigo", "Nerea", "Sergio", "Begoña", "José Manuel", "Marta"),
           ("García López", "Fernández", "Etxeberria", "Martín", "Ruiz", "Jiménez", "Moreno Díaz", "Navarro")),
    "PL": ("Zbigniew Wróblewski", "Agnieszka Łukasik", "Paweł Kowalczyk", "Małgorzata Nowicka",
           "Łukasz Zieliński"),
    "TR": (("Mehmet", "Ayşe", "Emre", "Zeynep", "Burak"), ("Yılmaz", "Çelik", "Şahin", "Doğan", "Öztürk")),
    "RU": ("Дмитрий Иванов", "Ольга Петрова", "Сергей Кузнецов", "Анна Смирнова", "Алексей Волков"),
    "GR": ("Γιώργος Παπαδόπουλος", "Ελένη Νικολάου", "Κωνσταντίνος Δημητρίου", "Μαρία Γεωργίου"),
    "BG": ("Георги Димитров", "Ивана Петрова", "Николай Стоянов"),
    "RO": ("Ionuț Popescu", "Andreea Ștefănescu", "Mihai Dumitrașcu"),
    "AL": ("Arben Hoxha", "Ermal Krasniqi", "Blerina Shehu", "Dritan Çela"),
    "NG": (("Chinedu", "Ngozi", "Emeka", "Funmilayo"), ("Okeke", "Adeyemi", "Eze", "Balogun")),
    "VN": ("Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Minh Tuấn", "Phạm Thị Lan"),
    "TH": ("Somchai Wongsakul", "Siriporn Chaiyaphum", "Anan Srisuk"),
    "MA": (("Youssef", "Fatima Zahra", "Hamza", "Nadia"), ("El Idrissi", "Benjelloun", "Ait Ouahmane", "Tazi")),
    "AF": ("Ahmad Shah Noori", "Gul Agha Karimi"),
    "IR": ("Reza Ahmadi", "Maryam Hosseini"),
}
CHINESE = (("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
           ("黄", "Huang"), ("赵", "Zhao"), ("周", "Zhou"), ("吴", "Wu"))
CHINESE_GIVEN = (("小明", "Xiaoming"), ("伟", "Wei"), ("娜", "Na"), ("静", "Jing"), ("洋", "Yang"),
                 ("志强", "Zhiqiang"), ("秀英", "Xiuying"), ("建国", "Jianguo"), ("丽", "Li"), ("海涛", "Haitao"))
HONG_KONG = ("陳家豪", "Chan Ka-ho", "黃詠詩", "Wong Wing-sze", "梁志偉", "Leung Chi-wai")
SENDER_COMPANIES = {
    "CN": ("Wuhan Yuancheng Trading Co., Ltd.", "Hebei Ruisi Biotech Co.", "Shanghai Kaiyue Industrial Ltd.",
           "Guangzhou Mingda Chemical Co.", "Hubei Jusheng Technology"),
    "IN": ("Sai Pharma Exports", "Shree Ganesh Chemicals", "Aarav Healthcare Pvt. Ltd."),
    "HK": ("Grand Ocean Logistics (HK) Ltd.", "Fortune Link Trading Ltd."),
}

OFFICERS = (
    "Officer Zoë Tremblay", "Officer Tomás Ferreira", "Det. Anna Kowalczyk", "Officer Kwame Boateng",
    "Officer Niamh Byrne", "Officer Raj Malhotra", "Officer Camille Lefebvre", "Officer Jonas Lindqvist",
    "Officer Ayesha Siddiqui", "Officer Dylan Murphy", "Officer María José Ortega", "Officer Emma Schultz",
    "Officer Mateus Oliveira", "Officer Grace Adeyemi", "Officer Ivan Horvat", "Officer Sophie Laurent",
    "Officer Pieter de Wit", "K9 handler Marcus Reid", "Officer Li Wei", "Det. Björn Åkesson",
)
RECORDING_OFFICER = "Officer Olga Nowak"

# (substance, first year, last year, weight) for the fentanyl family seen in mail.
FENTANYLS = (
    ("Fentanyl", 2019, 2026, 30), ("Carfentanil", 2019, 2026, 5), ("Furanylfentanyl", 2019, 2020, 4),
    ("Acetylfentanyl", 2019, 2026, 6), ("Cyclopropylfentanyl", 2019, 2020, 3),
    ("Methoxyacetylfentanyl", 2019, 2020, 2), ("Valerylfentanyl", 2019, 2021, 2),
    ("para-Fluorofentanyl", 2020, 2026, 8), ("ortho-Fluorofentanyl", 2020, 2026, 3), ("Sufentanil", 2019, 2026, 2),
)
# What a lab found instead of the suspected substance, now and then.
LAB_SURPRISES = {
    "Fentanyl": ("Acetylfentanyl", "para-Fluorofentanyl", "Carfentanil", "ortho-Fluorofentanyl"),
    "Carfentanil": ("Fentanyl",), "Furanylfentanyl": ("Carfentanil", "Acrylfentanyl"),
    "Acetylfentanyl": ("Fentanyl", "Butyrfentanyl"), "Cyclopropylfentanyl": ("Crotonylfentanyl",),
    "para-Fluorofentanyl": ("Fentanyl",), "Sufentanil": ("Fentanyl",), "Valerylfentanyl": ("Cyclopentylfentanyl",),
    "Isotonitazene": ("Protonitazene", "Metonitazene"), "Metonitazene": ("Isotonitazene", "Protonitazene"),
    "Protonitazene": ("Metonitazene", "N-Desethyl isotonitazene"), "Etonitazepyne": ("Protonitazepyne",),
    "N-Desethyl isotonitazene": ("Isotonitazene",), "Oxycodone": ("Fentanyl", "Metonitazene", "Isotonitazene"),
    "Heroin": ("Fentanyl",), "MDMA": ("MDA",), "Alprazolam": ("Bromazolam", "Etizolam"),
    "1-Boc-4-AP": ("4-AP",), "4-AP": ("1-Boc-4-AP",), "N-Phenethyl-4-piperidone": ("4-ANPP",),
    "Methamphetamine": ("Amphetamine",), "Cocaine": ("Cocaine base",),
}
FIELD_TESTERS = ("a Raman analyser", "an FTIR analyser", "a colorimetric kit", "a handheld Raman device",
                 "test strips")


def _dec(units: int, places: int) -> str:
    """An exact decimal string from an integer count of 10**-places."""
    return str(Decimal(units).scaleb(-places)) if places else str(units)


def _mass(grams: int) -> tuple[str, str]:
    """(quantity, unit) for a whole number of grams: grams below 5 kg, kilograms from there."""
    return (_dec(grams, 0), "g") if grams < 5000 else (_dec(grams, 3), "kg")


def _a(noun: str) -> str:
    return ("an " if noun[0].lower() in "aeiou" else "a ") + noun


class _Maker:
    """Case builders, one method a kind of case, all drawing on one random.Random."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    # -- small draws ------------------------------------------------------------------------------
    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def pick(self, items: Any) -> Any:
        return self.r.choice(items)

    def weighted(self, pairs: Any) -> Any:
        """One value of (value, weight) pairs; integer weights keep the draw exact."""
        values = [v for v, _ in pairs]
        return self.r.choices(values, weights=[w for _, w in pairs])[0]

    def amount(self, bands: Any, places: int = 0) -> str:
        """A decimal string drawn from ((low, high, weight), ...): a band, then uniformly within it."""
        low, high = self.weighted([((lo, hi), w) for lo, hi, w in bands])
        scale = 10 ** places
        return _dec(self.r.randint(int(low * scale), int(high * scale)), places)

    def day(self, first_year: int = 2019, last_year: int = 2026) -> date:
        first = max(START, date(first_year, 1, 1))
        last = min(END, date(last_year, 12, 31))
        return first + timedelta(days=self.r.randrange((last - first).days + 1))

    def when(self, day: date, timed: float = 0.85) -> str:
        if not self.chance(timed):
            return day.isoformat()
        hour = self.weighted([(h, 1 if h < 6 else 3) for h in range(24)])
        return f"{day.isoformat()}T{hour:02d}:{self.pick((0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55)):02d}"

    # -- people ----------------------------------------------------------------------------------
    def name(self, nationality: str) -> str:
        if nationality == "CN":
            (family, family_pinyin), (given, given_pinyin) = self.pick(CHINESE), self.pick(CHINESE_GIVEN)
            return family + given if self.chance(0.6) else f"{family_pinyin} {given_pinyin}"
        if nationality == "HK":
            return self.pick(HONG_KONG)
        pool = NAMES[nationality]
        if isinstance(pool[0], tuple):
            return f"{self.pick(pool[0])} {self.pick(pool[1])}"
        return self.pick(pool)

    def person(self, role: str, nationality: str, year: int, *, born: float = 0.6,
               nationality_known: float = 0.9) -> dict[str, Any]:
        person: dict[str, Any] = {"role": role, "name": self.name(nationality)}
        if self.chance(born):
            birth_year = self.r.randint(1958, min(2004, year - 18))
            person["date_of_birth"] = date(birth_year, self.r.randint(1, 12), self.r.randint(1, 28)).isoformat()
        if self.chance(nationality_known):
            person["nationality"] = nationality
        return person

    def sender(self, origin: str, year: int) -> dict[str, Any]:
        if origin in SENDER_COMPANIES and self.chance(0.5):
            return {"role": "sender", "name": self.pick(SENDER_COMPANIES[origin]), "nationality": origin}
        return self.person("sender", origin if origin in NAMES or origin in ("CN", "HK") else "CN", year, born=0.1)

    def resident(self, country: str) -> str:
        """The nationality of someone living in `country`: mostly its own, some from elsewhere."""
        if self.chance(0.75):
            return country
        return self.pick(("RU", "GR", "PL", "CN", "VN", "IN", "NG", "TR", "RO", "BG", "AL", "HK", "PK"))

    def officers(self) -> list[str]:
        names = [RECORDING_OFFICER] if self.chance(0.6) else []
        wanted = self.weighted([(1, 4), (2, 5), (3, 3)])
        while len(names) < wanted:
            name = self.pick(OFFICERS)
            if name not in names:
                names.append(name)
        return names

    # -- places ----------------------------------------------------------------------------------
    def facility(self, country: str, kind: str) -> tuple[dict[str, Any], str]:
        name, city, region, lat, lon = self.pick(FACILITIES[country][kind])
        location: dict[str, Any] = {"name": name}
        if city:
            location["city"] = city
        location.update(region=region, country=country)
        if lat is not None:
            location.update(lat=lat, lon=lon)
        location["place_type"] = PLACE_TYPES[kind]
        return location, f"{UNIT_NAMES[kind]}, {city or region}"

    def premises(self, country: str, kind: str = "residence") -> tuple[dict[str, Any], str]:
        city, region, streets = self.pick(TOWNS[country])
        names = {
            "residence": ("Private residence", "Apartment", "Detached house", "Rented house"),
            "laboratory": ("Rural property, outbuilding", "Industrial unit", "Rented house, garage"),
            "commercial": ("Self-storage unit", "Warehouse unit", "Industrial unit", "Car repair garage"),
        }[kind]
        location = {"name": self.pick(names), "address": f"{self.r.randint(2, 480)} {self.pick(streets)}",
                    "city": city, "region": region, "country": country, "place_type": kind}
        unit = UNIT_NAMES["laboratory" if kind == "laboratory" else "premises"]
        return location, f"{unit}, {city}"

    # -- conveyances -----------------------------------------------------------------------------
    def tracking(self, origin: str) -> str:
        service, prefix = self.pick((("EMS", "E"), ("registered", "R"), ("small packet", "L"), ("parcel", "C")))
        letter = self.pick("ABVXZ")
        return f"{service} tracking {prefix}{letter}{self.r.randint(100000000, 999999999)}{origin}"

    def waybill(self) -> str:
        carrier = self.pick(("DHL", "FedEx", "UPS", "TNT", "Aramex"))
        return f"{carrier} waybill {self.r.randint(1000000000, 9999999999)}"

    def flight(self, departure: str) -> str:
        airports = {
            "CO": (("Bogotá", "AV"), ("Medellín", "AV")), "BR": (("São Paulo", "LA"), ("Rio de Janeiro", "G3")),
            "PE": (("Lima", "LA"),), "BO": (("Santa Cruz", "OB"),), "JM": (("Kingston", "BW"),),
            "DO": (("Punta Cana", "DE"),), "PA": (("Panama City", "CM"),), "PK": (("Lahore", "PK"),),
            "NG": (("Lagos", "WB"),), "TH": (("Bangkok", "TG"),), "US": (("Los Angeles", "AA"), ("New York", "DL")),
            "CA": (("Toronto", "AC"), ("Vancouver", "AC")), "MX": (("Cancún", "AM"), ("Mexico City", "AM")),
            "IN": (("Delhi", "AI"), ("Mumbai", "AI")), "ET": (("Addis Ababa", "ET"),), "AE": (("Dubai", "EK"),),
            "TR": (("Istanbul", "TK"),), "QA": (("Doha", "QR"),), "ES": (("Madrid", "IB"),),
            "NL": (("Amsterdam", "KL"),), "GB": (("London", "BA"),), "CN": (("Guangzhou", "CZ"),),
            "VN": (("Ho Chi Minh City", "VN"),), "MY": (("Kuala Lumpur", "MH"),),
        }
        city, airline = self.pick(airports[departure])
        return f"Flight {airline} {self.r.randint(10, 999)} from {city}"

    def plate(self, registered: str) -> str:
        letters = "ABCDEFGHJKLMNPRSTVWXYZ"

        def some(n: int) -> str:
            return "".join(self.pick(letters) for _ in range(n))

        def digits(n: int) -> str:
            return "".join(str(self.r.randint(0, 9)) for _ in range(n))

        plates = {
            "US": lambda: f"{self.pick(('Arizona', 'California', 'Texas'))} plate {digits(1)}{some(3)}{digits(3)}",
            "MX": lambda: (f"{self.pick(('Sonora', 'Baja California', 'Sinaloa'))} plate "
                           f"{some(3)}-{digits(2)}-{digits(2)}"),
            "CA": lambda: f"{self.pick(('Ontario', 'British Columbia', 'Québec'))} plate {some(4)} {digits(3)}",
            "GB": lambda: f"registration {some(2)}{digits(2)} {some(3)}",
            "NL": lambda: f"kenteken {digits(2)}-{some(3)}-{digits(1)}",
            "BE": lambda: f"plate 1-{some(3)}-{digits(3)}",
            "DE": lambda: f"Kennzeichen {self.pick(('K', 'B', 'M', 'HH'))}-{some(2)} {digits(4)}",
            "FR": lambda: f"immatriculation {some(2)}-{digits(3)}-{some(2)}",
            "ES": lambda: f"matrícula {digits(4)} {some(3)}",
            "AU": lambda: f"{self.pick(('NSW', 'VIC', 'QLD'))} plate {some(3)}{digits(2)}{some(1)}",
            "BG": lambda: f"plate {self.pick(('CA', 'PB', 'BH'))} {digits(4)} {some(2)}",
            "RO": lambda: f"plate {self.pick(('B', 'CJ', 'TM'))} {digits(2)} {some(3)}",
            "PL": lambda: f"plate {self.pick(('WA', 'KR', 'PO'))} {digits(5)}",
            "TR": lambda: f"plate {digits(2)} {some(2)} {digits(3)}",
            "GR": lambda: f"plate {some(3)}-{digits(4)}",
        }
        return plates[registered]()

    def vehicle(self, registered: str, lorry: bool = False) -> str:
        if lorry:
            model = self.pick(("Volvo FH tractor unit with curtain-sided trailer", "Scania R450 with reefer trailer",
                               "DAF XF with box trailer", "Freightliner Cascadia with dry van trailer",
                               "Mercedes-Benz Actros with tilt trailer"))
        else:
            model = f"{self.r.randint(2006, 2023)} " + self.pick((
                "Nissan Sentra", "Ford F-150", "Honda Civic", "Chevrolet Silverado", "Toyota Camry",
                "Jeep Grand Cherokee", "Volkswagen Golf", "Renault Mégane", "Peugeot 308", "BMW 320d",
                "Toyota Hilux", "Ford Transit van", "Škoda Octavia", "Mercedes-Benz Sprinter van"))
        return f"{model}, {self.plate(registered)}"

    def container(self) -> str:
        owner = self.pick(("MSCU", "MRKU", "CMAU", "HLXU", "ONEU", "TGHU", "SEGU", "TCNU"))
        vessel = self.pick(("Atlantic Meridian", "MSC Aurora Bay", "Nordic Sentinel", "Cosco Jade Harbour",
                            "Maersk Halden", "CMA CGM Rio Verde", "Hapag Santa Clara", "ONE Crimson Tide"))
        return f"Container {owner} {self.r.randint(100000, 999999)}-{self.r.randint(0, 9)} on the {vessel}"

    # -- exhibits --------------------------------------------------------------------------------
    def field_test(self, kind: str = "drug") -> str:
        if kind == "precursor":
            return self.weighted([("not_done", 7), ("positive", 2), ("inconclusive", 1)])
        return self.weighted([("positive", 15), ("inconclusive", 2), ("not_done", 2), ("negative", 1)])

    def lab(self, country: str, year: int, substance: str, purity: tuple[int, int] | None,
            surprise: float = 0.2) -> dict[str, Any]:
        confirmed = substance
        if substance in LAB_SURPRISES and self.chance(surprise):
            confirmed = self.pick(LAB_SURPRISES[substance])
        name, prefix = LABS[country]
        result: dict[str, Any] = {"substance": confirmed}
        if purity is not None:
            result["purity_percent"] = _dec(self.r.randint(purity[0] * 10, purity[1] * 10), 1)
        result.update(lab=name, certificate=f"{prefix}-{year % 100:02d}-{self.r.randint(100, 9999):05d}")
        return result

    def exhibit(self, substance: str | None, form: str | None, quantity: str | int, unit: str, *,
                kind: str = "drug", approximate: bool = False, count: int | None = None,
                count_unit: str | None = None, measure: str | None = None, packages: int | None = None,
                packaging: str = "", field_test: str | None = None, lab: dict[str, Any] | None = None,
                description: str = "") -> dict[str, Any]:
        out: dict[str, Any] = {"kind": kind}
        if substance:
            out["substance"] = substance
        if form:
            out["form"] = form
        out.update(quantity=quantity, unit=unit)
        if approximate:
            out["approximate"] = True
        if count is not None:
            out.update(count=count, count_unit=count_unit)
        for key, value in (("measure", measure), ("packages", packages), ("packaging", packaging),
                           ("field_test", field_test), ("lab", lab), ("description", description)):
            if value:
                out[key] = value
        return out

    def drug(self, country: str, year: int, substance: str, form: str, quantity: str | int, unit: str, *,
             purity: tuple[int, int] | None = None, lab_share: float = 0.35, surprise: float = 0.2,
             kind: str = "drug", **fields: Any) -> dict[str, Any]:
        """A substance exhibit with a field test and, for some, a lab result."""
        fields.setdefault("measure", self.weighted([("net", 3), ("gross", 2)]) if unit in ("g", "kg") else None)
        fields.setdefault("field_test", self.field_test(kind))
        lab = self.lab(country, year, substance, purity, surprise) if self.chance(lab_share) else None
        return self.exhibit(substance, form, quantity, unit, kind=kind, lab=lab, **fields)

    def cash(self, currency: str) -> dict[str, Any]:
        amount = self.r.randint(2, 300) * 50
        return self.exhibit(None, None, amount, "unit", kind="currency",
                            description=f"{currency} banknotes, {amount} {currency} counted at the scene")

    def field_sentence(self, exhibit: dict[str, Any], what: str) -> str:
        result = exhibit.get("field_test")
        tester = self.pick(FIELD_TESTERS)
        if result == "positive":
            return f"A field test with {tester} was positive for {what}."
        if result == "negative":
            return f"A field test with {tester} was negative; the exhibit was sent for analysis."
        if result == "inconclusive":
            return f"A field test with {tester} was inconclusive."
        return "No field test was done for safety reasons; the exhibit was sealed for the laboratory."

    # -- the case --------------------------------------------------------------------------------
    def case(self, *, day: date, location: dict[str, Any], unit: str, detection: str, transport: str,
             conveyance: str = "", concealment: str, concealment_text: str = "", routing: str,
             origin: str | None = None, departure: str | None = None, transit: list[str] | None = None,
             destination: str | None = None, persons: list[dict[str, Any]] | None = None, narrative: str,
             exhibits: list[dict[str, Any]], timed: float = 0.85) -> dict[str, Any]:
        out: dict[str, Any] = {"occurred_at": self.when(day, timed), "agency": AGENCY, "unit": unit,
                               "officers": self.officers(), "location": location, "detection": detection,
                               "transport": transport}
        if conveyance:
            out["conveyance"] = conveyance
        out["concealment"] = concealment
        if concealment_text:
            out["concealment_text"] = concealment_text
        out["routing"] = routing
        for key, value in (("origin_country", origin), ("departure_country", departure),
                           ("transit_countries", transit), ("destination_country", destination),
                           ("persons", persons)):
            if value:
                out[key] = value
        out.update(narrative=narrative, exhibits=exhibits, status="draft")
        return out

    # -- kinds of case ---------------------------------------------------------------------------
    def fentanyl_mail(self) -> dict[str, Any]:
        day = self.day()
        year = day.year
        country = self.weighted([("CA", 12), ("US", 14), ("AU", 6), ("GB", 4), ("DE", 2)])
        origin = self.weighted([("CN", 12), ("IN", 3), ("HK", 2), ("US" if country != "US" else "CN", 2)])
        courier = self.chance(0.45)
        location, unit = self.facility(country, "courier" if courier else "mail")
        departure = "HK" if origin == "CN" and self.chance(0.2) else origin
        transit = self.pick(([], [], ["HK"], ["KR"], ["DE"], ["JP"])) if origin in ("CN", "IN", "HK") else []
        destination = country if country != "DE" else self.pick(("US", "CA", "GB"))
        routing = "inbound" if destination == country else "transit"
        if routing == "transit":  # seized on its way through the hub
            transit = [country]
        transit = [t for t in transit if t not in (departure, destination)]
        substance = self.weighted([(s, w) for s, first, last, w in FENTANYLS if first <= year <= last])
        declared, hiding = self.pick((
            ("printer ink", "inside sealed printer ink bottles"), ("phone cases", "in the lining of phone cases"),
            ("silica gel", "mixed among silica gel desiccant sachets"), ("LED lights", "inside LED light fittings"),
            ("tea", "in a tin of loose tea"), ("massage gun", "inside the handle of a massage gun"),
            ("label printer ribbons", "wound inside label printer ribbon rolls"),
            ("cosmetics sample", "in jars labelled as face cream"), ("documents", "in a foil sachet between papers"),
        ))
        form = self.weighted([("powder", 18), ("liquid", 1), ("patch", 1)])
        if form == "powder":
            first = self.drug(country, year, substance, "powder", self.amount(((0.5, 10, 5), (10, 100, 4),
                                                                               (100, 1000, 2)), 2), "g",
                              purity=(10, 95), packages=self.r.randint(1, 4),
                              packaging=self.pick(("foil pouch", "vacuum-sealed bag", "zip-lock bags",
                                                   "heat-sealed sachets")),
                              description=f"{self.pick(('white', 'off-white', 'beige', 'grey'))} powder")
        elif form == "liquid":
            first = self.drug(country, year, substance, "liquid", self.amount(((5, 250, 1),)), "ml",
                              packages=self.r.randint(2, 20), packaging="dropper bottles",
                              description="clear liquid in 10 mL dropper bottles labelled as e-liquid")
        else:
            first = self.drug(country, year, "Fentanyl", "patch", self.r.randint(10, 200), "unit",
                              packages=1, packaging="pharmacy boxes", lab_share=0.2,
                              description="transdermal patches, 100 µg/h, foreign-language packaging")
        exhibits = [first]
        if self.chance(0.35):
            extra = self.weighted([("cut", 3), ("second", 2), ("dies", 1), ("meth", 1)])
            if extra == "cut":
                cut = "Xylazine" if country == "US" and year >= 2021 and self.chance(0.6) else self.pick(
                    ("Mannitol", "Lactose", "Caffeine"))
                exhibits.append(self.drug(country, year, cut, "powder", self.amount(((20, 2000, 1),), 1), "g",
                                          kind="cutting_agent", lab_share=0.15,
                                          description="white crystalline powder in a separate bag"))
            elif extra == "second":
                other = self.weighted([(s, w) for s, first_y, last, w in FENTANYLS
                                       if first_y <= year <= last and s != substance])
                exhibits.append(self.drug(country, year, other, "powder", self.amount(((0.2, 25, 1),), 2), "g",
                                          purity=(5, 90), description="second, smaller sachet"))
            elif extra == "dies":
                exhibits.append(self.exhibit("Tablet dies and punches", None, self.r.randint(1, 6), "unit",
                                             kind="equipment", description="punch set engraved 'M' and '30'"))
            else:
                exhibits.append(self.drug(country, year, "Methamphetamine", "crystal",
                                          self.amount(((5, 500, 1),), 1), "g", purity=(60, 99),
                                          description="clear crystals"))
        persons = []
        controlled = routing == "inbound" and self.chance(0.15)
        if self.chance(0.8):
            persons.append(self.person("arrested" if controlled else "addressee", self.resident(country), year,
                                       born=0.5))
        if self.chance(0.5):
            persons.append(self.sender(origin, year))
        item = "express parcel" if courier else self.pick(("small packet", "EMS parcel", "registered parcel"))
        trigger = self.pick(("an X-ray image showed dense material", "the detector dog indicated on it",
                             "its weight did not match the declared contents",
                             "a targeting alert named the sender address", "the addressee matched a risk profile"))
        what = "fentanyl-type opioids" if substance != "Sufentanil" else "opioids"
        narrative = (f"{_a(item).capitalize()} from {COUNTRY_NAMES[origin]} declared as \"{declared}\" was "
                     f"examined after {trigger}. Officers found {self.pick(('powder', 'material'))} {hiding}. "
                     + self.field_sentence(first, what))
        if controlled:
            narrative += " A controlled delivery followed and the addressee was arrested at the door."
        elif routing == "transit":
            narrative += f" The item was in transit to {COUNTRY_NAMES[destination]}; partners were informed."
        return self.case(
            day=day, location=location, unit=unit,
            detection="controlled_delivery" if controlled else "mail_interception",
            transport="courier" if courier else "mail",
            conveyance=self.waybill() if courier else self.tracking(departure),
            concealment="goods" if declared != "documents" else "postal", concealment_text=hiding,
            routing=routing, origin=origin, departure=departure, transit=transit, destination=destination,
            persons=persons, narrative=narrative, exhibits=exhibits)

    def fentanyl_pills(self) -> dict[str, Any]:
        day = self.day()
        year = day.year
        country = self.weighted([("US", 22), ("CA", 8)])
        origin: str | None
        departure: str | None
        destination: str | None
        if country == "US":
            kind = self.weighted([("border", 5), ("road", 2)])
            location, unit_name = self.facility("US", kind)
            mode = self.weighted([("private_vehicle", 8), ("commercial_road", 1)]
                                 + ([("pedestrian", 1)] if kind == "border" else []))
            routing, origin, departure, destination = "inbound", "MX", "MX", "US"
            detection = "border_inspection" if kind == "border" else "traffic_stop"
            if kind == "road":
                routing, departure = "domestic", None
            driver_nat = self.weighted([("MX", 3), ("US", 2)])
            registered = "MX" if driver_nat == "MX" and self.chance(0.7) else "US"
        else:
            location, unit_name = self.facility("CA", "road")
            mode = "private_vehicle"
            routing, origin, departure, destination = "domestic", None, None, None
            detection = "traffic_stop"
            driver_nat = self.resident("CA")
            registered = "CA"
        if mode == "pedestrian":
            tablets = self.r.randint(200, 6000)
        else:
            tablets = self.r.choice((self.r.randint(100, 5000), self.r.randint(5000, 50000),
                                     self.r.randint(50000, 400000)))
        approximate = tablets > 10000 and self.chance(0.5)
        if approximate:
            tablets = tablets // 1000 * 1000
        rainbow = year >= 2022 and self.chance(0.25)
        look = ("multicoloured tablets stamped 'M' and '30' (\"rainbow\" counterfeit oxycodone)" if rainbow
                else "blue round tablets stamped 'M' and '30' (counterfeit oxycodone)")
        quantity: str | int = tablets
        unit, count = "tablet", None
        if self.chance(0.4):  # weighed as well as counted: about 110 mg a tablet
            quantity, unit = _mass(tablets * self.r.randint(100, 120) // 1000)
            count = tablets
        pills = self.drug(country, year, "Fentanyl", "tablet", quantity, unit, purity=(1, 4), approximate=approximate,
                          count=count, count_unit="tablet" if count else None,
                          measure=self.pick(("net", "gross")) if unit != "tablet" else None,
                          packages=self.r.randint(1, 40), packaging=self.pick((
                              "vacuum-sealed bundles", "plastic bags wrapped in tape", "candy boxes")),
                          description=look)
        exhibits = [pills]
        if mode == "pedestrian":
            concealment, hiding = "body", self.pick(("taped to the legs under loose trousers",
                                                     "in a girdle under the clothing"))
            conveyance = ""
        else:
            concealment = "vehicle"
            hiding = self.pick(("in the fuel tank", "in the rear quarter panels", "in the spare tyre",
                                "in a non-factory compartment under the rear seat", "inside the dashboard",
                                "in the front bumper", "behind the door panels"))
            conveyance = self.vehicle(registered, lorry=mode == "commercial_road")
        if mode != "pedestrian" and self.chance(0.5):
            extra = self.weighted([("powder", 4), ("meth", 3), ("cocaine", 1), ("cash", 2)])
            if extra == "powder":
                exhibits.append(self.drug(country, year, "Fentanyl", "powder", self.amount(((0.5, 15, 1),), 2),
                                          "kg", purity=(5, 60), packages=self.r.randint(1, 12),
                                          packaging="bricks wrapped in tape", description="white powder bricks"))
            elif extra == "meth":
                exhibits.append(self.drug(country, year, "Methamphetamine", "crystal",
                                          self.amount(((1, 60, 1),), 2), "kg", purity=(85, 99),
                                          packages=self.r.randint(1, 50), packaging="vacuum-sealed bags"))
            elif extra == "cocaine":
                exhibits.append(self.drug(country, year, "Cocaine", "powder", self.amount(((1, 20, 1),), 2), "kg",
                                          purity=(60, 90), packages=self.r.randint(1, 18),
                                          packaging="bricks"))
            else:
                exhibits.append(self.cash("USD" if country == "US" else "CAD"))
        persons = [self.person("arrested", driver_nat, year)]
        if mode != "pedestrian" and self.chance(0.3):
            persons.append(self.person("suspect", driver_nat, year, born=0.4))
        if mode == "pedestrian":
            stop = "A pedestrian crossing northbound was selected for a pat-down"
        elif detection == "border_inspection":
            stop = "At primary inspection the driver seemed nervous and was referred to secondary"
        else:
            stop = "The vehicle was stopped " + self.pick(("for speeding", "for an unsafe lane change",
                                                           "at a checkpoint"))
        how = self.pick(("A detector dog indicated", "An X-ray scan showed anomalies", "A search found packages"))
        narrative = f"{stop}. {how} and officers found tablets {hiding}. " + self.field_sentence(pills, "fentanyl")
        return self.case(day=day, location=location, unit=unit_name, detection=detection, transport=mode,
                         conveyance=conveyance, concealment=concealment, concealment_text=hiding, routing=routing,
                         origin=origin, departure=departure, destination=destination, persons=persons,
                         narrative=narrative, exhibits=exhibits)

    def fentanyl_lab(self) -> dict[str, Any]:
        day = self.day()
        year = day.year
        country = self.weighted([("CA", 6), ("US", 4)])
        location, unit = self.premises(country, self.weighted([("laboratory", 3), ("residence", 2),
                                                                ("commercial", 1)]))
        exhibits = [self.drug(country, year, "Fentanyl", "powder", self.amount(((0.1, 2, 2), (2, 40, 1)), 2), "kg",
                              purity=(5, 80), lab_share=0.6, surprise=0.15, packages=self.r.randint(1, 30),
                              packaging="zip-lock bags and pails", description="powder at several stages of drying")]
        chemicals = self.r.sample(("4-ANPP", "N-Phenethyl-4-piperidone", "Propionyl chloride", "4-AP",
                                   "1-Boc-4-AP"), self.r.randint(1, 2))
        for chemical in chemicals:
            if chemical == "Propionyl chloride":
                exhibits.append(self.drug(country, year, chemical, "liquid", self.amount(((1, 60, 1),), 1), "l",
                                          kind="precursor", lab_share=0.2, packages=self.r.randint(1, 6),
                                          packaging="plastic jerrycans", measure=None))
            else:
                exhibits.append(self.drug(country, year, chemical, "powder", self.amount(((0.5, 80, 1),), 2), "kg",
                                          kind="precursor", lab_share=0.3, packages=self.r.randint(1, 10),
                                          packaging="foil bags with Chinese labels"))
        equipment = self.pick((("Laboratory glassware", "round-bottom flasks, condensers and a rotary evaporator"),
                               ("Reaction vessel", "50 L jacketed glass reactor"),
                               ("Tablet press", "single-punch tablet press with 'M 30' dies")))
        if len(exhibits) < 4:
            exhibits.append(self.exhibit(equipment[0], None, self.r.randint(1, 3), "unit", kind="equipment",
                                         description=equipment[1]))
        if len(exhibits) < 4 and self.chance(0.4):
            exhibits.append(self.cash("USD" if country == "US" else "CAD"))
        nationality = self.weighted([(country, 4), ("CN", 1), ("MX", 1)])
        persons = [self.person("arrested", nationality, year) for _ in range(self.r.randint(1, 3))]
        place = location["name"].lower()
        reason = self.pick(("a months-long investigation", "a tip from the public", "a chemical odour complaint",
                            "a fire department call-out"))
        narrative = (f"A search warrant was executed at {_a(place)} in {location['city']} after {reason}. "
                     f"Officers in protective equipment found an active synthesis set-up. "
                     + self.field_sentence(exhibits[0], "fentanyl"))
        return self.case(day=day, location=location, unit=unit, detection="search_warrant", transport="none",
                         concealment="premises",
                         concealment_text=self.pick(("in a locked outbuilding", "in the basement", "in the garage",
                                                     "behind a false wall")),
                         routing="domestic", persons=persons, narrative=narrative, exhibits=exhibits, timed=0.95)

    def pill_press(self) -> dict[str, Any]:
        day = self.day()
        year = day.year
        country = self.weighted([("US", 5), ("CA", 3), ("AU", 2)])
        kind = self.weighted([("seaport", 2), ("courier", 2), ("airport", 1)])
        location, unit = self.facility(country, kind)
        presses = self.r.randint(1, 3)
        exhibits = [self.exhibit("Tablet press", None, presses, "unit", kind="equipment",
                                 description=self.pick(("rotary tablet press, 16 stations",
                                                        "TDP-5 single-punch tablet press",
                                                        "rotary press in parts, declared as a food mixer")))]
        if self.chance(0.7):
            exhibits.append(self.exhibit("Tablet dies and punches", None, self.r.randint(2, 40), "unit",
                                         kind="equipment", description=self.pick((
                                             "dies engraved 'M' and '30'", "dies engraved 'OC' and '80'",
                                             "dies engraved 'Xanax' score-line"))))
        if self.chance(0.3):
            exhibits.append(self.exhibit("Encapsulating machine", None, 1, "unit", kind="equipment",
                                         description="manual capsule filler, 100 holes"))
        if self.chance(0.35):
            exhibits.append(self.drug(country, year, self.pick(("Mannitol", "Lactose")), "powder",
                                      self.amount(((5, 200, 1),), 1), "kg", kind="cutting_agent", lab_share=0.1,
                                      description="binder declared as a food additive"))
        declared = self.pick(("food processing machine", "dough mixer", "candy making machine", "coffee roaster"))
        persons = []
        if self.chance(0.7):
            persons.append(self.person("addressee", self.resident(country), year, born=0.3))
        if self.chance(0.4):
            persons.append(self.sender("CN", year))
        narrative = (f"A consignment from China declared as \"{declared}\" was examined on a risk assessment. "
                     f"It held {'a tablet press' if presses == 1 else f'{presses} tablet presses'}; "
                     "the importer holds no registration for tableting equipment.")
        return self.case(day=day, location=location, unit=unit,
                         detection=self.pick(("border_inspection", "intelligence")),
                         transport={"seaport": "commercial_sea", "courier": "courier",
                                    "airport": "commercial_air"}[kind],
                         conveyance=self.container() if kind == "seaport" else self.waybill(),
                         concealment=self.pick(("goods", "freight")),
                         concealment_text=f"declared as \"{declared}\"", routing="inbound", origin="CN",
                         departure=self.pick(("CN", "CN", "HK")), destination=country, persons=persons,
                         narrative=narrative, exhibits=exhibits)

    def opioid_precursors(self) -> dict[str, Any]:
        day = self.day()
        year = day.year
        country = self.weighted([("US", 5), ("CA", 3), ("NL", 2), ("BE", 2), ("DE", 2)])
        origin = self.weighted([("CN", 4), ("IN", 1)])
        kind = self.weighted([("courier", 3), ("airport", 2), ("seaport", 1)])
        location, unit = self.facility(country, kind)
        destination = country if country in ("US", "CA") and self.chance(0.7) else "MX"
        routing = "inbound" if destination == country else "transit"
        chemicals = self.r.sample(("4-AP", "1-Boc-4-AP", "N-Phenethyl-4-piperidone", "4-ANPP", "Propionyl chloride",
                                   "4-Piperidone", "1-Boc-4-piperidone", "Norfentanyl"), self.r.randint(1, 3))
        exhibits = []
        for chemical in chemicals:
            if chemical == "Propionyl chloride":
                exhibits.append(self.drug(country, year, chemical, "liquid", self.amount(((5, 400, 1),), 0), "l",
                                          kind="precursor", measure=None, packages=self.r.randint(1, 20),
                                          packaging="steel drums"))
            else:
                exhibits.append(self.drug(country, year, chemical, "powder",
                                          self.amount(((1, 25, 3), (25, 500, 1)), 1), "kg", kind="precursor",
                                          purity=(80, 99), lab_share=0.4, surprise=0.25,
                                          packages=self.r.randint(1, 40), packaging="25 kg fibre drums"))
        declared = self.pick(("industrial chemical", "pigment", "hair care raw material", "pharmaceutical intermediate",
                              "mannitol"))
        persons = [self.sender(origin, year)] if self.chance(0.6) else []
        if self.chance(0.5):
            persons.append({"role": "addressee", "name": self.pick((
                "Importadora Química del Pacífico S.A. de C.V.", "Distribuidora Sinaloa Agro", "North Star Supply LLC",
                "Maple Bio-Industries Inc.", "Comercializadora Reyes")),
                "nationality": destination})
        narrative = (f"Air waybill data flagged a shipment from {COUNTRY_NAMES[origin]} declared as \"{declared}\" "
                     f"bound for {COUNTRY_NAMES[destination]}. Examination found fentanyl precursor chemicals "
                     "listed in Table I of the 1988 Convention. " + self.field_sentence(exhibits[0], "the precursor"))
        transit = ["US"] if destination == "MX" and country == "CA" else []
        return self.case(day=day, location=location, unit=unit, detection="intelligence",
                         transport={"seaport": "commercial_sea", "courier": "courier",
                                    "airport": "commercial_air"}[kind],
                         conveyance=self.container() if kind == "seaport" else self.waybill(),
                         concealment="freight" if kind == "seaport" else "goods",
                         concealment_text=f"mis-declared as \"{declared}\"", routing=routing, origin=origin,
                         departure=origin, transit=transit, destination=destination, persons=persons,
                         narrative=narrative, exhibits=exhibits)

    def nitazenes(self) -> dict[str, Any]:
        day = self.day(2020)
        year = day.year
        country = self.weighted([("GB", 6), ("AU", 4), ("CA", 3), ("US", 3), ("NL", 2)])
        choices = [(s, w) for s, first, w in (("Isotonitazene", 2020, 3), ("Metonitazene", 2020, 3),
                                              ("Protonitazene", 2021, 3), ("Etonitazepyne", 2021, 2),
                                              ("N-Desethyl isotonitazene", 2022, 2), ("Butonitazene", 2021, 1))
                   if year >= first]
        substance = self.weighted(choices)
        origin = self.weighted([("CN", 5), ("GB" if country != "GB" else "NL", 1), ("IN", 1)])
        courier = self.chance(0.4)
        location, unit = self.facility(country, "courier" if courier else "mail")
        if self.chance(0.55):
            first = self.drug(country, year, substance, "powder", self.amount(((0.1, 5, 3), (5, 100, 1)), 2), "g",
                              purity=(20, 95), field_test=self.weighted([("inconclusive", 3), ("not_done", 2),
                                                                         ("positive", 1)]),
                              packages=self.r.randint(1, 3), packaging="foil sachet",
                              description="yellow-brown powder")
            what = "opioids"
        else:
            fake, look = self.pick((("Oxycodone", "green tablets stamped 'OC' and '80' (counterfeit)"),
                                    ("Oxycodone", "blue tablets stamped 'M' and '30' (counterfeit)"),
                                    ("Alprazolam", "white bars scored in four, stamped 'XANAX' (counterfeit)")))
            first = self.drug(country, year, fake, "tablet", self.r.randint(50, 5000), "tablet", surprise=0.0,
                              lab_share=0.0, packages=self.r.randint(1, 10), packaging="blister strips",
                              description=look)
            first["lab"] = self.lab(country, year, substance if fake == "Oxycodone" else self.pick(
                ("Bromazolam", substance)), (1, 15), surprise=0.0)
            what = "opioids" if fake == "Oxycodone" else "benzodiazepines"
        persons = [self.person("addressee", self.resident(country), year, born=0.4)] if self.chance(0.8) else []
        narrative = (f"A {'courier parcel' if courier else 'postal item'} from {COUNTRY_NAMES[origin]} was opened on "
                     f"a targeting alert for synthetic opioids. It held "
                     f"{'powder' if first['form'] == 'powder' else 'tablets'} in "
                     f"{self.pick(('a greeting card', 'a jewellery box', 'vitamin bottles', 'a book cover'))}. "
                     + self.field_sentence(first, what))
        return self.case(day=day, location=location, unit=unit, detection="mail_interception",
                         transport="courier" if courier else "mail",
                         conveyance=self.waybill() if courier else self.tracking(origin),
                         concealment="postal", concealment_text="inside the parcel among gift items",
                         routing="inbound", origin=origin, departure=origin, destination=country, persons=persons,
                         narrative=narrative, exhibits=[first])

    def cocaine_container(self) -> dict[str, Any]:
        day = self.day()
        year = day.year
        country = self.weighted([("NL", 8), ("BE", 8), ("ES", 4), ("DE", 3), ("GB", 3), ("FR", 2), ("US", 2)])
        location, unit = self.facility(country, "seaport")
        origin = self.weighted([("CO", 5), ("EC", 3), ("PE", 1), ("BO", 1)])
        departure = self.weighted([("EC", 4), ("CO", 3), ("PA", 1), ("BR", 2), ("CR", 1), ("DO", 1)])
        if departure == origin and self.chance(0.5):
            departure = self.pick(("PA", "BR", "CR"))
        transit = self.pick(([], [], ["PA"], ["DO"], ["ES"], ["PA", "ES"]))
        transit = [t for t in transit if t not in (country, departure)]
        destination = country if self.chance(0.8) else self.pick([c for c in ("NL", "BE", "GB", "IT") if c != country])
        routing = "inbound" if destination == country else "transit"
        cargo = self.pick(("bananas", "pineapples", "frozen shrimp", "timber", "coffee beans", "scrap metal",
                           "ceramic tiles"))
        hiding = self.pick((f"rip-on/rip-off sports bags behind the doors, among {cargo}",
                            f"in boxes of {cargo}", "inside the refrigeration unit",
                            "in the structure of the container floor", f"among pallets of {cargo}"))
        logo = self.pick(("a scorpion", "a crown", "a dolphin", "'666'", "a prancing horse", "'Rolex'", "a star",
                          "'LV'"))
        mass = self.amount(((20, 100, 3), (100, 1000, 4), (1000, 6000, 1)), 1)
        bricks = max(1, int(Decimal(mass)) * 10 // 11)
        exhibits = [self.drug(country, year, "Cocaine", "powder", mass, "kg", purity=(55, 92),
                              measure="gross", packages=bricks,
                              packaging=f"bricks in plastic and tape, stamped with {logo}",
                              description="white compressed powder")]
        if self.chance(0.25):
            exhibits.append(self.drug(country, year, "Cocaine", "powder", self.amount(((10, 200, 1),), 1), "kg",
                                      purity=(55, 92), measure="gross", packages=self.r.randint(8, 180),
                                      packaging="bricks stamped with a different logo",
                                      description="second batch in a separate bag"))
        if self.chance(0.1):
            exhibits.append(self.drug(country, year, "Levamisole", "powder", self.amount(((1, 30, 1),), 1), "kg",
                                      kind="cutting_agent", lab_share=0.3))
        persons = []
        if self.chance(0.4):
            for _ in range(self.r.randint(1, 2)):
                nationality = self.weighted([(self.resident(country), 4), ("AL", 1), ("CO", 1)])
                persons.append(self.person("arrested", nationality, year))
        how = self.pick(("A risk profile on the shipper", "Information from a partner agency", "A scanner image"))
        narrative = (f"{how} selected a container of {cargo} shipped from {COUNTRY_NAMES[departure]}. Cocaine was "
                     f"found {hiding}. " + self.field_sentence(exhibits[0], "cocaine"))
        if persons:
            narrative += " Port workers who came to collect the bags were arrested."
        return self.case(day=day, location=location, unit=unit,
                         detection=self.pick(("intelligence", "border_inspection")), transport="commercial_sea",
                         conveyance=self.container(), concealment="freight", concealment_text=hiding,
                         routing=routing, origin=origin, departure=departure, transit=transit,
                         destination=destination, persons=persons, narrative=narrative, exhibits=exhibits)

    def cocaine_air(self) -> dict[str, Any]:
        day = self.day()
        year = day.year
        country = self.weighted([("ES", 5), ("NL", 4), ("GB", 4), ("FR", 3), ("BE", 2), ("CA", 3), ("US", 3)])
        location, unit = self.facility(country, "airport")
        origin = self.weighted([("CO", 4), ("BR", 3), ("PE", 2), ("BO", 1), ("JM", 1), ("DO", 1)])
        departure = origin if self.chance(0.7) else self.pick(("PA", "BR", "DO", "MX"))
        transit = self.pick(([], [], [], ["ET"], ["PA"], ["ES"], ["MX"]))
        transit = [t for t in transit if t not in (country, departure)]
        style = self.weighted([("baggage", 5), ("internal", 3), ("body", 2)])
        nationality = self.weighted([(origin, 4), (country if country in NAMES else "ES", 2), ("NG", 1), ("DO", 1)])
        if style == "internal":
            pellets = self.r.randint(40, 110)
            mass = _dec(pellets * self.r.randint(9, 12), 0)
            first = self.drug(country, year, "Cocaine", "powder", mass, "g", purity=(60, 90), measure="gross",
                              packages=pellets, packaging="latex pellets",
                              description=f"{pellets} pellets expelled under medical supervision")
            hiding = "swallowed pellets"
        elif style == "body":
            first = self.drug(country, year, "Cocaine", "powder", self.amount(((500, 3000, 1),), 0), "g",
                              purity=(60, 90), packages=self.r.randint(1, 6), packaging="packages taped to the body",
                              description="white powder")
            hiding = self.pick(("taped to the torso", "in the soles of the shoes", "in a girdle under the clothes"))
        else:
            first = self.drug(country, year, "Cocaine", "powder", self.amount(((1, 8, 3), (8, 30, 1)), 2), "kg",
                              purity=(60, 90), packages=self.r.randint(1, 25), packaging="vacuum-sealed packages",
                              description="white powder")
            hiding = self.pick(("in a false bottom of the suitcase", "in the suitcase frame",
                                "impregnated into clothing in the suitcase", "in tins of food in the luggage"))
        exhibits = [first]
        if self.chance(0.15):
            exhibits.append(self.cash("EUR" if country in ("ES", "NL", "FR", "BE") else "USD"))
        persons = [self.person("arrested", nationality, year, born=0.9, nationality_known=1.0)]
        narrative = (f"A passenger arriving on a flight from {COUNTRY_NAMES[departure]} was selected "
                     f"{self.pick(('on a risk profile', 'by a detector dog', 'for inconsistent travel answers'))}. "
                     f"Cocaine was found {hiding}. " + self.field_sentence(first, "cocaine")
                     + " The passenger was arrested.")
        return self.case(day=day, location=location, unit=unit, detection="border_inspection",
                         transport="commercial_air", conveyance=self.flight(departure),
                         concealment={"baggage": "baggage", "internal": "internal", "body": "body"}[style],
                         concealment_text=hiding, routing="inbound", origin=origin, departure=departure,
                         transit=transit, destination=country, persons=persons, narrative=narrative,
                         exhibits=exhibits)

    def heroin(self) -> dict[str, Any]:
        day = self.day()
        year = day.year
        route = self.weighted([("balkan", 5), ("air", 3), ("usborder", 3), ("mail", 2)])
        exhibits: list[dict[str, Any]]
        if route == "balkan":
            country = self.weighted([("GB", 3), ("NL", 2), ("BE", 1), ("DE", 2), ("FR", 1)])
            kind = "border" if country in ("GB", "DE") else "road"
            location, unit = self.facility(country, kind)
            origin, departure = "AF", self.pick(("TR", "BG", "RO"))
            transit = [t for t in self.pick((["BG", "RO"], ["GR"], ["BG"], ["RO", "DE"]))
                       if t not in (departure, country)]
            mass = self.amount(((5, 60, 3), (60, 400, 1)), 2)
            hiding = self.pick(("in the load of dried fruit", "in a false floor of the trailer",
                                "among boxes of cleaning products", "in the trailer's refrigeration unit"))
            driver = self.weighted([("TR", 3), ("BG", 2), ("RO", 2), ("PL", 1), ("GR", 1)])
            exhibits = [self.drug(country, year, "Heroin", "powder", mass, "kg", purity=(25, 65), surprise=0.05,
                                  packages=self.r.randint(5, 200), packaging="half-kilo blocks in plastic",
                                  description="brown powder")]
            persons = [self.person("arrested", driver, year, born=0.9)]
            checked = (f"scanned at {location['name']}" if kind == "border"
                       else f"stopped on the {location['name']} for a roadside check")
            narrative = (f"A lorry from {COUNTRY_NAMES[departure]} was {checked}. Officers "
                         f"found heroin {hiding}. " + self.field_sentence(exhibits[0], "opiates"))
            return self.case(day=day, location=location, unit=unit,
                             detection="border_inspection" if kind == "border" else "traffic_stop",
                             transport="commercial_road", conveyance=self.vehicle(driver, lorry=True),
                             concealment="freight", concealment_text=hiding,
                             routing="inbound" if kind == "border" else "domestic", origin=origin,
                             departure=departure, transit=transit, destination=country, persons=persons,
                             narrative=narrative, exhibits=exhibits)
        if route == "air":
            country = self.weighted([("GB", 3), ("CA", 1), ("NL", 1)])
            location, unit = self.facility(country, "airport")
            origin = self.pick(("PK", "AF"))
            departure = "PK" if origin == "PK" else self.pick(("PK", "AE"))
            transit = ["QA"] if self.chance(0.3) else []
            exhibits = [self.drug(country, year, "Heroin", "powder", self.amount(((0.5, 12, 1),), 2), "kg",
                                  purity=(30, 70), packages=self.r.randint(1, 8), packaging="packages in the lining",
                                  description="off-white powder")]
            persons = [self.person("arrested", self.pick(("PK", "GB", "AF")) if country == "GB" else "PK", year,
                                   born=0.9)]
            hiding = self.pick(("in the lining of the suitcase", "in shawls folded in the luggage",
                                "in packets of spices"))
            narrative = (f"A passenger off a flight from {COUNTRY_NAMES[departure]} was examined on a risk profile; "
                         f"heroin was found {hiding}. " + self.field_sentence(exhibits[0], "opiates"))
            return self.case(day=day, location=location, unit=unit, detection="border_inspection",
                             transport="commercial_air", conveyance=self.flight(departure), concealment="baggage",
                             concealment_text=hiding, routing="inbound", origin=origin, departure=departure,
                             transit=transit, destination=country, persons=persons, narrative=narrative,
                             exhibits=exhibits)
        if route == "usborder":
            location, unit = self.facility("US", "border")
            form, look = self.pick((("powder", "brown powder"), ("resin", "black tar heroin")))
            exhibits = [self.drug("US", year, "Heroin", form, self.amount(((1, 25, 1),), 2), "kg", purity=(20, 60),
                                  surprise=0.35, packages=self.r.randint(1, 20), packaging="bundles",
                                  description=look)]
            if self.chance(0.3):
                exhibits.append(self.drug("US", year, "Fentanyl", "powder", self.amount(((0.2, 5, 1),), 2), "kg",
                                          purity=(5, 40), packages=self.r.randint(1, 5), packaging="bundles"))
            hiding = self.pick(("in the gas tank", "in the rocker panels", "in the seats"))
            persons = [self.person("arrested", self.pick(("MX", "US")), year)]
            narrative = ("A northbound car was referred to secondary inspection after a canine alert. "
                         f"Officers found bundles {hiding}. " + self.field_sentence(exhibits[0], "opiates"))
            return self.case(day=day, location=location, unit=unit, detection="border_inspection",
                             transport="private_vehicle", conveyance=self.vehicle(self.pick(("MX", "US"))),
                             concealment="vehicle", concealment_text=hiding, routing="inbound", origin="MX",
                             departure="MX", destination="US", persons=persons, narrative=narrative,
                             exhibits=exhibits)
        country = self.weighted([("CA", 2), ("AU", 1), ("GB", 1)])
        location, unit = self.facility(country, "mail")
        origin = self.pick(("IN", "PK", "MM", "TH"))
        exhibits = [self.drug(country, year, "Heroin", "powder", self.amount(((5, 900, 1),), 1), "g", purity=(20, 70),
                              packages=1, packaging="plastic bag", description="beige powder")]
        if self.chance(0.4):
            exhibits.append(self.drug(country, year, self.pick(("Paracetamol", "Caffeine")), "powder",
                                      self.amount(((10, 500, 1),), 1), "g", kind="cutting_agent", lab_share=0.1))
        persons = [self.person("addressee", self.resident(country), year, born=0.4)] if self.chance(0.7) else []
        hiding = self.pick(("in a carved wooden box", "in bangles", "in a hollowed-out book"))
        narrative = (f"A parcel from {COUNTRY_NAMES[origin]} was opened after X-ray; powder was found {hiding}. "
                     + self.field_sentence(exhibits[0], "opiates"))
        return self.case(day=day, location=location, unit=unit, detection="mail_interception", transport="mail",
                         conveyance=self.tracking(origin), concealment="goods", concealment_text=hiding,
                         routing="inbound", origin=origin, departure=origin, destination=country, persons=persons,
                         narrative=narrative, exhibits=exhibits)

    def methamphetamine(self) -> dict[str, Any]:
        day = self.day()
        year = day.year
        route = self.weighted([("au_sea", 4), ("au_mail", 4), ("usborder", 7), ("nl_out", 3), ("ca_road", 3),
                               ("yaba", 3), ("liquid", 4)])
        if route == "usborder":
            location, unit = self.facility("US", "border")
            mass = self.amount(((5, 50, 3), (50, 500, 1)), 2)
            exhibits = [self.drug("US", year, "Methamphetamine", "crystal", mass, "kg", purity=(88, 99),
                                  packages=self.r.randint(2, 200), packaging="vacuum-sealed bags",
                                  description="clear crystalline solid")]
            hiding = self.pick(("in a load of tomatoes", "in the fuel tank", "in the roof of the trailer",
                                "among car batteries"))
            lorry = self.chance(0.5)
            persons = [self.person("arrested", self.pick(("MX", "US")), year)]
            narrative = (f"A {'tractor-trailer' if lorry else 'pick-up'} entering from Mexico was scanned; "
                         f"packages were found {hiding}. " + self.field_sentence(exhibits[0], "methamphetamine"))
            return self.case(day=day, location=location, unit=unit, detection="border_inspection",
                             transport="commercial_road" if lorry else "private_vehicle",
                             conveyance=self.vehicle(self.pick(("MX", "US")), lorry=lorry),
                             concealment="freight" if lorry else "vehicle", concealment_text=hiding,
                             routing="inbound", origin="MX", departure="MX", destination="US", persons=persons,
                             narrative=narrative, exhibits=exhibits)
        if route in ("au_sea", "au_mail", "liquid"):
            mail = route == "au_mail" or (route == "liquid" and self.chance(0.5))
            kind = "mail" if mail else "seaport"
            location, unit = self.facility("AU", kind)
            origin = self.weighted([("MX", 3), ("US", 2), ("CA", 2), ("MM", 1), ("TH", 1)])
            if route == "liquid":
                volume = self.amount(((1, 20, 3), (20, 400, 1)), 1)
                first = self.drug("AU", year, "Methamphetamine", "liquid", volume, "l", purity=(20, 60),
                                  measure=None, packages=self.r.randint(2, 200), packaging="tequila bottles",
                                  description="methamphetamine dissolved in bottles labelled as tequila")
                hiding = "dissolved in bottles of tequila"
            elif mail:
                first = self.drug("AU", year, "Methamphetamine", "crystal", self.amount(((10, 2000, 1),), 1), "g",
                                  purity=(70, 99), packages=self.r.randint(1, 4), packaging="vacuum-sealed bags",
                                  description="clear crystals")
                hiding = self.pick(("in a kitchen appliance", "in a speaker box", "in a toy truck"))
            else:
                first = self.drug("AU", year, "Methamphetamine", "crystal", self.amount(((20, 800, 1),), 1), "kg",
                                  purity=(75, 99), packages=self.r.randint(10, 800), packaging="tea packets",
                                  description="crystals in Chinese tea packaging")
                hiding = self.pick(("in machinery parts", "in stone pavers", "in tins of food"))
            persons = [self.person("addressee" if mail else "suspect", self.pick(("AU", "VN", "CA")), year,
                                   born=0.5)] if self.chance(0.6) else []
            narrative = (f"A {'parcel' if mail else 'sea container'} from {COUNTRY_NAMES[origin]} was selected for "
                         f"examination; officers found methamphetamine {hiding}. "
                         + self.field_sentence(first, "methamphetamine"))
            return self.case(day=day, location=location, unit=unit,
                             detection="mail_interception" if mail else "intelligence",
                             transport="mail" if mail else "commercial_sea",
                             conveyance=self.tracking(origin) if mail else self.container(),
                             concealment="goods" if mail else "freight", concealment_text=hiding, routing="inbound",
                             origin=origin, departure=origin, destination="AU", persons=persons,
                             narrative=narrative, exhibits=[first])
        if route == "nl_out":
            location, unit = self.facility("NL", "mail")
            destination = self.pick(("AU", "NZ", "JP"))
            first = self.drug("NL", year, "Methamphetamine", "crystal", self.amount(((50, 3000, 1),), 1), "g",
                              purity=(70, 99), packages=self.r.randint(1, 3), packaging="vacuum-sealed bags",
                              description="crystals in a shampoo bottle")
            narrative = (f"An outbound parcel to {COUNTRY_NAMES[destination]} was selected on a risk profile; "
                         "crystals were found in cosmetics. " + self.field_sentence(first, "methamphetamine"))
            return self.case(day=day, location=location, unit=unit, detection="mail_interception", transport="mail",
                             conveyance=self.tracking("NL"), concealment="goods", concealment_text="in cosmetics",
                             routing="outbound", origin="NL", departure="NL", destination=destination,
                             persons=[self.person("sender", "NL", year, born=0.2)], narrative=narrative,
                             exhibits=[first])
        if route == "yaba":
            country = self.pick(("AU", "US", "CA"))
            location, unit = self.facility(country, "mail")
            tablets = self.r.randint(200, 20000)
            first = self.drug(country, year, "Methamphetamine", "tablet", tablets, "tablet", purity=(15, 30),
                              packages=self.r.randint(1, 20), packaging="plastic bags",
                              description="small red-orange tablets stamped 'WY' (yaba)")
            origin = self.pick(("MM", "LA", "TH"))
            narrative = (f"A parcel from {COUNTRY_NAMES[origin]} declared as dried food was opened after X-ray; "
                         "it held small tablets. " + self.field_sentence(first, "methamphetamine"))
            return self.case(day=day, location=location, unit=unit, detection="mail_interception", transport="mail",
                             conveyance=self.tracking(origin), concealment="goods",
                             concealment_text="in packets of dried food", routing="inbound", origin=origin,
                             departure=self.pick((origin, "TH")), destination=country,
                             persons=[self.person("addressee", self.pick(("TH", "VN", country)), year, born=0.3)],
                             narrative=narrative, exhibits=[first])
        location, unit = self.facility("CA", "road")
        first = self.drug("CA", year, "Methamphetamine", "crystal", self.amount(((50, 5000, 1),), 0), "g",
                          purity=(70, 99), packages=self.r.randint(1, 10), packaging="zip-lock bags")
        exhibits = [first]
        if self.chance(0.5):
            exhibits.append(self.cash("CAD"))
        narrative = ("A vehicle was stopped for a traffic offence; the driver's answers did not match and a search "
                     "found packages under the seat. " + self.field_sentence(first, "methamphetamine"))
        return self.case(day=day, location=location, unit=unit, detection="traffic_stop", transport="private_vehicle",
                         conveyance=self.vehicle("CA"), concealment="vehicle",
                         concealment_text="under the driver's seat",
                         routing="domestic", persons=[self.person("arrested", "CA", year)], narrative=narrative,
                         exhibits=exhibits)

    def cannabis(self) -> dict[str, Any]:
        day = self.day()
        year = day.year
        route = self.weighted([("suitcase", 8), ("grow", 8), ("resin_sea", 5), ("resin_road", 4), ("gofast", 3),
                               ("mail", 3), ("usborder", 3)])
        if route == "suitcase":
            country = self.weighted([("GB", 6), ("NL", 1), ("DE", 1)])
            location, unit = self.facility(country, "airport")
            departure = self.pick(("TH", "US", "CA"))
            transit = ["AE"] if departure == "TH" and self.chance(0.4) else []
            first = self.drug(country, year, "Cannabis herb", "plant_material", self.amount(((10, 45, 1),), 2), "kg",
                              lab_share=0.15, packages=self.r.randint(10, 50), packaging="vacuum-sealed bags",
                              description="green plant material")
            persons = [self.person("arrested", self.pick(("GB", "GB", "IE", "PL", "DE")), year, born=0.9)]
            narrative = (f"Two suitcases checked on a flight from {COUNTRY_NAMES[departure]} were X-rayed and "
                         "found full of vacuum-sealed bags of herbal cannabis. "
                         + self.field_sentence(first, "cannabis") + " The passenger who collected them was arrested.")
            return self.case(day=day, location=location, unit=unit, detection="border_inspection",
                             transport="commercial_air", conveyance=self.flight(departure), concealment="baggage",
                             concealment_text="two suitcases", routing="inbound", origin=departure,
                             departure=departure, transit=transit, destination=country, persons=persons,
                             narrative=narrative, exhibits=[first])
        if route == "grow":
            country = self.weighted([("GB", 3), ("NL", 2), ("BE", 2), ("ES", 1), ("DE", 1), ("FR", 1)])
            location, unit = self.premises(country, self.pick(("residence", "commercial")))
            plants = self.r.randint(40, 1500)
            exhibits = [self.exhibit("Cannabis plants", "plant_material", plants, "plant", field_test="not_done",
                                     description="plants in flower under lights")]
            if self.chance(0.6):
                exhibits.append(self.drug(country, year, "Cannabis herb", "plant_material",
                                          self.amount(((0.5, 30, 1),), 2), "kg", lab_share=0.1,
                                          packages=self.r.randint(2, 30),
                                          packaging="drying racks and bags"))
            exhibits.append(self.exhibit("Cannabis cultivation equipment", None, self.r.randint(5, 80), "unit",
                                         kind="equipment", description="lamps, ballasts and fans"))
            nationality = self.weighted([(country, 3), ("VN", 2), ("AL", 1)])
            persons = [self.person("arrested", nationality, year, born=0.8)]
            if self.chance(0.3):
                persons.append(self.person("witness", country, year, born=0.0, nationality_known=0.0))
            tip = self.pick(("a report of a strong smell", "an electricity bypass found by the supplier",
                             "a neighbour’s complaint"))
            who = "gardener" if nationality in ("VN", "AL") else "suspect"
            narrative = (f"Acting on {tip}, officers searched the {location['name'].lower()} in {location['city']} "
                         f"and found a cannabis grow of {plants} plants. A {who} on the premises was arrested.")
            return self.case(day=day, location=location, unit=unit, detection="search_warrant", transport="none",
                             concealment="premises", concealment_text="converted rooms with blacked-out windows",
                             routing="domestic", persons=persons, narrative=narrative, exhibits=exhibits, timed=0.9)
        if route in ("resin_sea", "resin_road", "gofast"):
            country = "ES" if route == "gofast" else self.weighted([("ES", 3), ("FR", 2), ("BE", 1), ("NL", 1)])
            departure, transit, routing = "MA", [], "inbound"
            if route == "gofast":
                location, unit = self.facility("ES", "waters")
                mode = "private_sea"
                conveyance = self.pick(("semi-rigid go-fast boat, three outboard engines",
                                        "narco-launch without name or flag"))
                concealment, hiding, detection = "none", "in bales on deck", "intelligence"
                routing = "international_waters"
                opening = "A go-fast boat from Morocco was intercepted at sea"
            elif route == "resin_sea":
                location, unit = self.facility(country, "seaport")
                mode, conveyance = "commercial_road", self.vehicle(self.pick(("ES", "FR")), lorry=True)
                concealment, detection = "freight", "border_inspection"
                hiding = self.pick(("among crates of peppers", "in a false front of the trailer"))
                opening = "A lorry off the ferry from Tanger Med was scanned"
            else:
                location, unit = self.facility(country, "road")
                mode, conveyance = "private_vehicle", self.vehicle(country)
                concealment, detection = "vehicle", "traffic_stop"
                hiding = self.pick(("in the boot under bags", "in a hidden compartment"))
                routing = "domestic"
                if country == "ES":
                    departure, opening = None, "A car heading north from the Costa del Sol was stopped"
                else:
                    departure, transit = "ES", ["ES"]
                    opening = "A car on the motorway from Spain was stopped"
            mass = self.amount(((20, 500, 3), (500, 3000, 1)), 1)
            first = self.drug(country, year, "Cannabis resin", "resin", mass, "kg", lab_share=0.15,
                              purity=(15, 35), packages=max(1, int(Decimal(mass)) // 30),
                              packaging="bales of 30 kg" if route == "gofast" else "tablets of resin in plastic",
                              description="brown resin tablets stamped with a logo")
            persons = [self.person("arrested", self.pick(("MA", "ES", "FR")), year, born=0.8)
                       for _ in range(self.r.randint(1, 3 if route == "gofast" else 1))]
            narrative = f"{opening}; cannabis resin was found {hiding}. " + self.field_sentence(first, "cannabis")
            return self.case(day=day, location=location, unit=unit, detection=detection, transport=mode,
                             conveyance=conveyance, concealment=concealment, concealment_text=hiding, routing=routing,
                             origin="MA", departure=departure, transit=[t for t in transit if t != country],
                             destination=country, persons=persons, narrative=narrative, exhibits=[first])
        if route == "mail":
            country = self.pick(("GB", "DE", "AU"))
            location, unit = self.facility(country, "mail")
            origin = self.pick(("US", "CA", "ES"))
            first = self.drug(country, year, "Cannabis herb", "plant_material", self.amount(((100, 3000, 1),), 0), "g",
                              lab_share=0.1, packages=self.r.randint(1, 6), packaging="smell-proof bags")
            exhibits = [first]
            if self.chance(0.4):
                exhibits.append(self.drug(country, year, "Cannabis oil", "liquid", self.amount(((10, 500, 1),), 0),
                                          "ml", lab_share=0.1, measure=None, packages=self.r.randint(5, 100),
                                          packaging="vape cartridges", description="THC vape cartridges"))
            narrative = (f"A parcel from {COUNTRY_NAMES[origin]} smelled strongly of cannabis and was opened. "
                         + self.field_sentence(first, "cannabis"))
            return self.case(day=day, location=location, unit=unit, detection="mail_interception", transport="mail",
                             conveyance=self.tracking(origin), concealment="postal",
                             concealment_text="in a cardboard box", routing="inbound", origin=origin,
                             departure=origin, destination=country,
                             persons=[self.person("addressee", self.resident(country), year, born=0.3)],
                             narrative=narrative,
                             exhibits=exhibits)
        location, unit = self.facility("US", "border")
        first = self.drug("US", year, "Cannabis herb", "plant_material", self.amount(((20, 900, 1),), 1), "kg",
                          lab_share=0.1, packages=self.r.randint(10, 200), packaging="bundles")
        narrative = ("A commercial truck from Mexico was scanned; bundles of marijuana were found among "
                     "produce. " + self.field_sentence(first, "cannabis"))
        return self.case(day=day, location=location, unit=unit, detection="border_inspection",
                         transport="commercial_road", conveyance=self.vehicle("MX", lorry=True), concealment="freight",
                         concealment_text="among boxes of limes", routing="inbound", origin="MX", departure="MX",
                         destination="US", persons=[self.person("arrested", "MX", year)], narrative=narrative,
                         exhibits=[first])

    def mdma(self) -> dict[str, Any]:
        day = self.day()
        year = day.year
        route = self.weighted([("out", 9), ("au_in", 5), ("in", 6), ("ferry", 4)])
        logo = self.pick(("pink 'Tesla' logo", "orange 'Rolex' crown", "blue 'Punisher' skull", "yellow 'Minion'",
                          "green 'Heineken' star", "purple 'Philipp Plein' skull", "red 'Red Bull'"))
        if route in ("out", "in", "au_in"):  # by mail, courier or the odd container
            tablets = self.r.choice((self.r.randint(50, 1000), self.r.randint(1000, 20000)))
        else:
            tablets = self.r.choice((self.r.randint(1000, 30000), self.r.randint(30000, 200000)))
        approximate = tablets > 10000 and self.chance(0.4)
        if approximate:
            tablets = tablets // 1000 * 1000
        quantity: str | int = tablets
        unit_code, count = "tablet", None
        if self.chance(0.3):  # weighed as well as counted: about 350 mg a tablet
            quantity, unit_code = _mass(tablets * self.r.randint(280, 450) // 1000)
            count = tablets

        def pills(country: str) -> dict[str, Any]:
            return self.drug(country, year, "MDMA", "tablet", quantity, unit_code, purity=(25, 45), count=count,
                             count_unit="tablet" if count else None, approximate=approximate,
                             measure="net" if count else None, packages=self.r.randint(1, 30),
                             packaging="zip-lock bags", description=f"tablets with a {logo}")

        if route == "out":
            country = self.pick(("NL", "NL", "BE", "DE"))
            courier = self.chance(0.4)
            location, unit = self.facility(country, "courier" if courier else "mail")
            destination = self.pick(("AU", "US", "NZ", "JP", "GB", "CA"))
            exhibits = [pills(country)]
            if self.chance(0.3):
                exhibits.append(self.drug(country, year, "MDMA", "crystal", self.amount(((10, 1000, 1),), 1), "g",
                                          purity=(60, 85), description="brown crystals"))
            narrative = (f"An outbound parcel to {COUNTRY_NAMES[destination]} was selected on a risk profile and "
                         f"held tablets with a {logo}. " + self.field_sentence(exhibits[0], "MDMA"))
            return self.case(day=day, location=location, unit=unit, detection="mail_interception",
                             transport="courier" if courier else "mail",
                             conveyance=self.waybill() if courier else self.tracking(country),
                             concealment="goods", concealment_text=self.pick(("in a tin of cookies",
                                                                             "in a vacuum-packed bag inside a toy",
                                                                             "in coffee packets")),
                             routing="outbound", origin=country, departure=country, destination=destination,
                             persons=[self.person("sender", country, year, born=0.2)], narrative=narrative,
                             exhibits=exhibits)
        if route == "ferry":
            location, unit = self.facility("GB", "border")
            exhibits = [pills("GB")]
            if self.chance(0.3):
                exhibits.append(self.drug("GB", year, "Ketamine", "powder", self.amount(((0.2, 10, 1),), 2), "kg",
                                          purity=(60, 95)))
            driver = self.pick(("NL", "BE", "GB", "PL", "RO"))
            narrative = ("A van arriving from Calais was searched at the ferry port; packages were found behind the "
                         "bulkhead. " + self.field_sentence(exhibits[0], "MDMA"))
            return self.case(day=day, location=location, unit=unit, detection="border_inspection",
                             transport="private_vehicle", conveyance=self.vehicle(driver),
                             concealment="vehicle", concealment_text="behind the bulkhead of the van",
                             routing="inbound", origin="NL", departure="FR", transit=["BE"], destination="GB",
                             persons=[self.person("arrested", driver, year)], narrative=narrative, exhibits=exhibits)
        country = "AU" if route == "au_in" else self.pick(("CA", "US", "US"))
        place = self.weighted([("mail", 3), ("courier", 2), ("seaport", 1 if country == "AU" else 0)])
        location, unit = self.facility(country, place)
        origin = self.pick(("NL", "DE", "BE", "GB"))
        sea = place == "seaport"
        exhibits = [pills(country)]
        narrative = (f"{'A container' if sea else 'A parcel'} from {COUNTRY_NAMES[origin]} was examined after "
                     f"X-ray and found to hold tablets with a {logo}. " + self.field_sentence(exhibits[0], "MDMA"))
        return self.case(day=day, location=location, unit=unit,
                         detection="intelligence" if sea else "mail_interception",
                         transport={"mail": "mail", "courier": "courier", "seaport": "commercial_sea"}[place],
                         conveyance={"mail": self.tracking(origin), "courier": self.waybill(),
                                     "seaport": self.container()}[place],
                         concealment="freight" if sea else "goods",
                         concealment_text="in machinery" if sea else "in a board game box", routing="inbound",
                         origin=origin, departure=origin, destination=country,
                         persons=[self.person("addressee", self.resident(country), year, born=0.4)] if not sea else [],
                         narrative=narrative, exhibits=exhibits)

    def other(self) -> dict[str, Any]:
        day = self.day()
        year = day.year
        what = self.weighted([("ketamine", 3), ("benzos", 2), ("captagon", 2), ("ats_precursors", 3), ("gbl", 1),
                              ("mushrooms", 1), ("lsd", 2)])
        if what == "ats_precursors":
            country = self.pick(("NL", "BE"))
            location, unit = self.facility(country, "seaport")
            chemical = self.pick(("BMK glycidate", "PMK glycidate", "alpha-Phenylacetoacetamide"))
            first = self.drug(country, year, chemical, "powder", self.amount(((200, 9000, 1),), 0), "kg",
                              kind="precursor", purity=(85, 99), lab_share=0.5, packages=self.r.randint(8, 360),
                              packaging="25 kg bags", description="white powder declared as a food additive")
            declared = self.pick(("citric acid", "starch", "food additive"))
            narrative = (f"A container from China declared as \"{declared}\" "
                         f"was examined on intelligence and held {chemical}, a designer precursor for synthetic drugs. "
                         + self.field_sentence(first, "the precursor"))
            return self.case(day=day, location=location, unit=unit, detection="intelligence",
                             transport="commercial_sea", conveyance=self.container(), concealment="freight",
                             concealment_text="mis-declared cargo", routing="inbound", origin="CN", departure="CN",
                             destination=country, narrative=narrative, exhibits=[first])
        if what == "captagon":
            country = self.pick(("DE", "NL", "ES"))
            location, unit = self.facility(country, "seaport")
            tablets = self.r.randint(100, 4000) * 1000
            first = self.drug(country, year, "Captagon", "tablet", tablets, "tablet", approximate=True,
                              purity=(5, 25), packages=self.r.randint(10, 400), packaging="bags hidden in the cargo",
                              description="beige tablets with two crescents")
            departure = self.pick(("LB", "SY"))
            narrative = (f"A container from {COUNTRY_NAMES[departure]} carrying "
                         f"{self.pick(('paper rolls', 'pomegranates', 'industrial dryers'))} was scanned; tablets were "
                         "found inside the goods. " + self.field_sentence(first, "amphetamine"))
            return self.case(day=day, location=location, unit=unit, detection="border_inspection",
                             transport="commercial_sea", conveyance=self.container(), concealment="freight",
                             concealment_text="inside the goods", routing="transit", origin="SY", departure=departure,
                             destination=self.pick(("SA", "AE")), narrative=narrative, exhibits=[first])
        country = self.pick(("GB", "GB", "AU", "US"))
        location, unit = self.facility(country, "mail")
        if what == "ketamine":
            origin = "IN"
            first = self.drug(country, year, "Ketamine", "powder", self.amount(((50, 5000, 1),), 0), "g",
                              purity=(60, 98), packages=self.r.randint(1, 5), packaging="plastic bags",
                              description="white crystalline powder")
            hiding = "in bags labelled as salt"
        elif what == "benzos":
            origin = self.pick(("IN", "PK"))
            fake = self.pick(("Alprazolam", "Tramadol", "Pregabalin"))
            first = self.drug(country, year, fake, "tablet", self.r.randint(200, 20000), "tablet", purity=None,
                              packages=self.r.randint(1, 40), packaging="blister strips",
                              description="tablets in blister strips with Indian pharmacy branding")
            hiding = "in medicine boxes"
        elif what == "gbl":
            origin = self.pick(("NL", "PL"))
            first = self.drug(country, year, "GBL", "liquid", self.amount(((1, 25, 1),), 0), "l", kind="precursor",
                              measure=None, packages=self.r.randint(1, 25),
                              packaging="bottles labelled as wheel cleaner")
            hiding = "labelled as wheel cleaner"
        elif what == "mushrooms":
            origin = self.pick(("NL", "CA"))
            first = self.drug(country, year, "Psilocybin mushrooms", "plant_material",
                              self.amount(((20, 2000, 1),), 0), "g", lab_share=0.1, packages=self.r.randint(1, 20),
                              packaging="grow kits and dried bags")
            hiding = "in grow kits"
        else:
            origin = self.pick(("NL", "DE"))
            first = self.drug(country, year, "LSD", "blotter", self.r.randint(50, 5000), "blotter", purity=None,
                              packages=self.r.randint(1, 5), packaging="sheets between cards",
                              description="perforated blotter sheets with an artwork print")
            hiding = "between greeting cards"
        narrative = (f"A postal item from {COUNTRY_NAMES[origin]} was selected for examination; officers found "
                     f"the contents {hiding}. " + self.field_sentence(first, "a controlled substance"))
        return self.case(day=day, location=location, unit=unit, detection="mail_interception", transport="mail",
                         conveyance=self.tracking(origin), concealment=self.pick(("postal", "goods")),
                         concealment_text=hiding, routing="inbound", origin=origin, departure=origin,
                         destination=country,
                         persons=[self.person("addressee", self.resident(country), year, born=0.3)],
                         narrative=narrative, exhibits=[first])


def generate(seed: int = SEED, count: int = CASE_COUNT) -> dict[str, Any]:
    """The demo file's content: `count` cases (the QUOTAS scaled to it), oldest first."""
    rng = random.Random(seed)
    maker = _Maker(rng)
    total = sum(n for _, n in QUOTAS)
    kinds: list[str] = []
    for kind, quota in QUOTAS:
        kinds.extend([kind] * (quota * count // total))
    while len(kinds) < count:
        kinds.append(QUOTAS[len(kinds) % len(QUOTAS)][0])
    rng.shuffle(kinds)
    cases = [getattr(maker, kind)() for kind in kinds]
    cases.sort(key=lambda c: c["occurred_at"])
    return {"format": FORMAT, "version": 1, "cases": cases}


def render(data: dict[str, Any]) -> str:
    """The file's text: one case a line, UTF-8 as written (names stay readable in a diff)."""
    lines = ",\n".join(json.dumps(case, ensure_ascii=False) for case in data["cases"])
    return f'{{"format": "{data["format"]}", "version": {data["version"]}, "cases": [\n{lines}\n]}}\n'


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the bundled file is not what would be written")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where to write (default: the bundled file)")
    args = parser.parse_args(argv)
    text = render(generate())
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.is_file() else ""
        if current != text:
            print(f"{args.output} is out of date: run python scripts/make_demo.py", file=sys.stderr)
            return 1
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    print(f"wrote {len(json.loads(text)['cases'])} cases, {len(text.encode('utf-8'))} bytes, to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
