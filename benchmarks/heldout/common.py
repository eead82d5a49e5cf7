"""Shared helpers for build.py: ids, venues, areas, taxonomy.

Everything here is hand-written sample data for the held-out set.
Organisations, people, phone numbers and e-mail addresses are fictional.
Postcodes are real (checked with check_postcodes.py).
"""

import csv
import uuid
from pathlib import Path

HERE = Path(__file__).parent
SHARED = Path("/work/shared/data")
NS = uuid.UUID("6f1c2b1e-6a55-4c59-9d5e-5a1f0c0ffee0")


def uid(*parts):
    return str(uuid.uuid5(NS, "/".join(str(p) for p in parts)))


# ---------------------------------------------------------------- taxonomy
TAXO = {}
with open(SHARED / "dfe-family-hubs-categories.csv", newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        TAXO[int(row["id"])] = row
CAT_BY_NAME = {r["name"]: i for i, r in TAXO.items()}

# ---------------------------------------------------------------- areas
ONS = "http://statistics.data.gov.uk/id/statistical-geography/"
LA_NAMES = {
    "E06000051": "Shropshire",
    "E06000020": "Telford and Wrekin",
    "W06000023": "Powys",
    "E06000019": "County of Herefordshire",
    "E06000049": "Cheshire East",
    "E10000028": "Staffordshire",
    "E92000001": "England",
    "W92000004": "Wales",
    "K02000001": "United Kingdom",
    "K04000001": "England and Wales",
}
# districts of Staffordshire county council (for checking only)
STAFFS_DISTRICTS = [
    "E07000192",
    "E07000193",
    "E07000194",
    "E07000195",
    "E07000196",
    "E07000197",
    "E07000198",
    "E07000199",
]


class Area:
    """A service area plus what the label file says about it."""

    def __init__(self, obj, la_codes=(), outcodes=()):
        self.obj = obj
        self.la_codes = list(la_codes)
        self.outcodes = list(outcodes)


def la_area(code, name=None, description=None):
    name = name or LA_NAMES[code]
    obj = {"name": name, "uri": ONS + code}
    if description:
        obj["description"] = description
    return Area(obj, la_codes=[code])


def locality(name, places, outcodes, description=None, extent=True):
    obj = {"name": name}
    if extent:
        obj["extent"] = places
    if description:
        obj["description"] = description
    elif not extent:
        obj["description"] = places
    return Area(obj, outcodes=outcodes)


def free_text_area(name, la_codes=(), outcodes=(), description=None):
    obj = {"name": name}
    if description:
        obj["description"] = description
    return Area(obj, la_codes=la_codes, outcodes=outcodes)


# ---------------------------------------------------------------- venues
# postcode and position of real postcodes picked near each place
# (_pick_postcodes.py); checked again by check_postcodes.py.
VENUES = {
    "shrews_centre": ("SY1 1XS", 52.70777, -2.75312),
    "harlescott": ("SY1 3AN", 52.73816, -2.72876),
    "sundorne": ("SY1 4LA", 52.72906, -2.72337),
    "monkmoor": ("SY2 5QN", 52.71589, -2.72671),
    "meole": ("SY3 9JU", 52.69181, -2.75761),
    "frankwell": ("SY3 8BG", 52.71130, -2.76181),
    "castlefields": ("SY1 2HJ", 52.71658, -2.74703),
    "bayston": ("SY3 0ER", 52.67199, -2.76369),
    "oswestry": ("SY11 2NF", 52.85965, -3.05440),
    "gobowen": ("SY11 3QN", 52.89274, -3.03705),
    "clun": ("SY7 8JA", 52.42128, -3.03001),
    "bishops_castle": ("SY9 5FA", 52.49300, -2.99896),
    "craven_arms": ("SY7 9PX", 52.44033, -2.83645),
    "bucknell": ("SY7 0AX", 52.36139, -2.94814),
    "ludlow": ("SY8 1TY", 52.36776, -2.71820),
    "clee_hill": ("SY8 3PF", 52.37795, -2.60942),
    "whitchurch": ("SY13 1AT", 52.96902, -2.68322),
    "market_drayton": ("TF9 1PJ", 52.90398, -2.48404),
    "tern_hill": ("TF9 2HF", 52.88126, -2.52758),
    "wem": ("SY4 5EL", 52.85492, -2.72527),
    "shawbury": ("SY4 4JU", 52.78387, -2.65348),
    "ellesmere": ("SY12 0DE", 52.90706, -2.89407),
    "bridgnorth": ("WV16 4AL", 52.53381, -2.41893),
    "highley": ("WV16 6NG", 52.44609, -2.38056),
    "much_wenlock": ("TF13 6EL", 52.59586, -2.55685),
    "broseley": ("TF12 5BY", 52.61175, -2.47920),
    "shifnal": ("TF11 9AX", 52.66619, -2.37261),
    "albrighton": ("WV7 3PL", 52.63707, -2.27792),
    "cleobury": ("DY14 8DD", 52.37835, -2.48180),
    "church_stretton": ("SY6 6BZ", 52.53800, -2.80723),
    "pontesbury": ("SY5 0RL", 52.64671, -2.88780),
    "telford_centre": ("TF3 4LS", 52.67894, -2.44679),
    "wellington": ("TF1 1PS", 52.70048, -2.51588),
    "madeley": ("TF7 5AH", 52.63672, -2.44859),
    "oakengates": ("TF2 6AQ", 52.69459, -2.45101),
    "donnington": ("TF2 8DF", 52.71704, -2.43319),
    "brookside": ("TF3 1FJ", 52.65793, -2.42755),
    "hadley": ("TF1 6AA", 52.71047, -2.47815),
    "newport": ("TF10 7AG", 52.76895, -2.37811),
    "welshpool": ("SY21 7DL", 52.65993, -3.14711),
    "newtown": ("SY16 1BE", 52.51273, -3.31266),
    "knighton": ("LD7 1DW", 52.34310, -3.04934),
    "llandrindod": ("LD1 5DG", 52.24080, -3.37884),
    "hereford": ("HR1 2LT", 52.05603, -2.71605),
    "leominster": ("HR6 8NR", 52.22693, -2.73688),
    "stafford": ("ST16 2HN", 52.80668, -2.11710),
    "newcastle_ul": ("ST5 2RE", 53.01223, -2.22690),
    "leek": ("ST13 5JG", 53.10507, -2.02313),
    "crewe": ("CW1 2EL", 53.09781, -2.44091),
    "nantwich": ("CW5 5NA", 53.06872, -2.52153),
}

COUNTY = {  # region / state_province for addresses
    "SY": "Shropshire",
    "TF": "Shropshire",
    "WV": "Shropshire",
    "DY": "Shropshire",
}


def region_for(postcode, city):
    if postcode.startswith(("SY21", "SY16", "LD")):
        return "Powys"
    if postcode.startswith("HR"):
        return "Herefordshire"
    if postcode.startswith("ST"):
        return "Staffordshire"
    if postcode.startswith("CW"):
        return "Cheshire"
    return "Shropshire"


LOCATIONS = {}


def place(key, name, address_1, city, venue, with_coords=True, description=None):
    pc, lat, lon = VENUES[venue]
    loc = {
        "id": uid("location", key),
        "location_type": "physical",
        "name": name,
    }
    if description:
        loc["description"] = description
    loc["addresses"] = [
        {
            "id": uid("address", key),
            "address_1": address_1,
            "city": city,
            "state_province": region_for(pc, city),
            "postal_code": pc,
            "country": "GB",
            "address_type": "physical",
        }
    ]
    if with_coords:
        loc["latitude"] = lat
        loc["longitude"] = lon
    LOCATIONS[key] = loc
    return loc


def taxonomy(ids):
    terms, attrs = [], []
    for i in ids:
        row = TAXO[i]
        terms.append({"id": str(i), "name": row["name"], "vocabulary": "dfe-family-hubs"})
    return terms


def reading(
    about, cats, role=None, sex=None, child_age=None, condition=None, diagnosed=None, present=()
):
    return {
        "about": about,
        "child_age": child_age,
        "categories": list(cats),
        "role": role,
        "sex": sex,
        "condition": condition,
        "diagnosed": diagnosed,
        "present": list(present),
    }
