"""Shared pieces for the Bradford held-out set: ids, DfE categories, areas and venues.

Everything here is invented except place names, street names and postcodes.
"""

import csv
import uuid
from pathlib import Path

NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://heldout2.bradford.example.org.uk/")


def uid(*parts: str) -> str:
    """A stable UUIDv5 from the writer's own keys."""
    return str(uuid.uuid5(NS, "/".join(parts)))


def service_id(key: str) -> str:
    return uid("service", key)


# --- DfE Family Hubs categories -------------------------------------------------------
CATEGORIES_CSV = Path("/work/shared/data/dfe-family-hubs-categories.csv")


def load_categories() -> dict[int, dict]:
    with CATEGORIES_CSV.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return {
        int(r["id"]): {
            "id": int(r["id"]),
            "name": r["name"],
            "parent_id": int(r["parent_id"]) if r["parent_id"] else None,
            "parent_name": r["parent_name"] or None,
        }
        for r in rows
    }


CATS = load_categories()
CAT_BY_NAME = {c["name"]: c["id"] for c in CATS.values()}


def cat_term_uuid(cat_id: int) -> str:
    return uid("dfe-family-hubs", str(cat_id))


# --- Areas ----------------------------------------------------------------------------
ONS = "http://statistics.data.gov.uk/id/statistical-geography/"

COUNCILS = {
    "bradford": ("E08000032", "City of Bradford Metropolitan District"),
    "leeds": ("E08000035", "Leeds"),
    "calderdale": ("E08000033", "Calderdale"),
    "kirklees": ("E08000034", "Kirklees"),
    "nyorks": ("E06000065", "North Yorkshire"),
    "england": ("E92000001", "England"),
    "wales": ("W92000004", "Wales"),
    "uk": ("K02000001", "United Kingdom"),
}

# Localities inside Bradford district: the place names a service lists, and the postcode
# districts of those places (checked against uk_outcode_centroids.csv).
LOCALITIES = {
    "keighley": (["Keighley", "Riddlesden", "Steeton", "Silsden", "Oakworth", "Haworth", "Oxenhope"],
                 ["BD20", "BD21", "BD22"]),
    "airedale_food": (["Keighley", "Haworth", "Oakworth", "Oxenhope", "Cross Roads", "Riddlesden"],
                      ["BD21", "BD22", "BD20"]),
    "wharfedale": (["Ilkley", "Ben Rhydding", "Burley-in-Wharfedale", "Menston", "Addingham"], ["LS29"]),
    "bingley": (["Bingley", "Cottingley", "Crossflatts", "Harden"], ["BD16"]),
    "shipley": (["Shipley", "Saltaire", "Baildon", "Windhill"], ["BD17", "BD18"]),
    "bd13": (["Queensbury", "Thornton", "Denholme", "Clayton Heights"], ["BD13"]),
    "silsden": (["Silsden", "Steeton", "Eastburn"], ["BD20"]),
    "haworth": (["Haworth", "Oxenhope", "Stanbury", "Cross Roads", "Oakworth"], ["BD22"]),
    "manningham": (["Manningham", "Girlington", "Heaton", "Frizinghall"], ["BD8", "BD9"]),
    "horton": (["Little Horton", "West Bowling", "Great Horton", "Lidget Green"], ["BD5", "BD7"]),
    "bd3": (["Barkerend", "Bradford Moor", "Thornbury", "Laisterdyke"], ["BD3"]),
    "holme_wood": (["Holme Wood", "Tong", "Bierley", "Tyersal"], ["BD4"]),
    "eccleshill": (["Eccleshill", "Idle", "Thackley", "Greengates", "Ravenscliffe"], ["BD2", "BD10"]),
    "wibsey": (["Wibsey", "Buttershaw", "Odsal", "Woodside"], ["BD6"]),
    "west_bowling": (["Little Horton", "West Bowling", "Canterbury"], ["BD5"]),
}

# --- Venues ---------------------------------------------------------------------------
# key: (venue name, street line, town, postcode, council code, lat, lon)
VENUES = {
    "bd_centre": ("Manor Row Resource Centre", "Manor Row", "Bradford", "BD1 1QL", "E08000032", 53.7950, -1.7520),
    "bd_centre2": ("Chapel Street Rooms", "Chapel Street", "Bradford", "BD1 1QD", "E08000032", 53.7951, -1.7515),
    "keighley": ("Cavendish Street Family Centre", "Cavendish Street", "Keighley", "BD21 3SS", "E08000032", 53.8679, -1.9064),
    "ilkley": ("Brook Street Meeting Rooms", "Brook Street", "Ilkley", "LS29 8HF", "E08000032", 53.9250, -1.8220),
    "bingley": ("Main Street Community Rooms", "Main Street", "Bingley", "BD16 2HT", "E08000032", 53.8480, -1.8380),
    "shipley": ("Kirkgate Centre", "Kirkgate", "Shipley", "BD18 2JL", "E08000032", 53.8330, -1.7730),
    "queensbury": ("High Street Hall", "High Street", "Queensbury", "BD13 1PA", "E08000032", 53.7690, -1.8450),
    "thornton": ("Market Street Chapel Hall", "Market Street", "Thornton", "BD13 3LD", "E08000032", 53.7900, -1.8510),
    "silsden": ("Kirkgate Youth Rooms", "Kirkgate", "Silsden", "BD20 0PH", "E08000032", 53.9140, -1.9370),
    "haworth": ("Mill Hey Rooms", "Mill Hey", "Haworth", "BD22 8DB", "E08000032", 53.8300, -1.9570),
    "manningham": ("Oak Lane Community Centre", "Oak Lane", "Bradford", "BD8 7HB", "E08000032", 53.8050, -1.7650),
    "horton": ("Little Horton Lane Centre", "Little Horton Lane", "Bradford", "BD5 0JS", "E08000032", 53.7820, -1.7620),
    "eccleshill": ("Harrogate Road Community Hall", "Harrogate Road", "Bradford", "BD2 2EJ", "E08000032", 53.8180, -1.7300),
    "holme_wood": ("Broadstone Way Hub", "Broadstone Way", "Bradford", "BD4 9DP", "E08000032", 53.7760, -1.7120),
    "wibsey": ("Wibsey High Street Rooms", "High Street", "Wibsey", "BD6 1RB", "E08000032", 53.7670, -1.7760),
    "barkerend": ("Barkerend Road Family Rooms", "Barkerend Road", "Bradford", "BD3 0AN", "E08000032", 53.7990, -1.7340),
    "great_horton": ("Great Horton Road Centre", "Great Horton Road", "Bradford", "BD7 4HJ", "E08000032", 53.7800, -1.7900),
    "leeds": ("Park Row Chambers", "Park Row", "Leeds", "LS1 5RG", "E08000035", 53.7997, -1.5492),
    "armley": ("Town Street Hub", "Town Street", "Armley", "LS12 2AN", "E08000035", 53.7990, -1.5880),
    "halifax": ("Commercial Street Rooms", "Commercial Street", "Halifax", "HX1 2AA", "E08000033", 53.7210, -1.8620),
    "brighouse": ("Bethel Street Centre", "Bethel Street", "Brighouse", "HD6 1AT", "E08000033", 53.7030, -1.7830),
    "cleckheaton": ("Bradford Road Family Centre", "Bradford Road", "Cleckheaton", "BD19 3JQ", "E08000034", 53.7250, -1.7130),
    "dewsbury": ("Westgate Rooms", "Westgate", "Dewsbury", "WF13 1JZ", "E08000034", 53.6910, -1.6300),
    "skipton": ("High Street Rooms", "High Street", "Skipton", "BD23 1JR", "E06000065", 53.9620, -2.0170),
}

LANGUAGE_NAMES = {
    "en": "English", "ur": "Urdu", "pa": "Punjabi", "pl": "Polish", "sk": "Slovak",
    "ro": "Romanian", "bn": "Bengali", "ar": "Arabic", "sgn": "British Sign Language",
}
