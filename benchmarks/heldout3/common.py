"""Shared constants and helpers for the Norfolk held-out set (set 3).

Hand-written. Every organisation, service, person, phone number, e-mail address and URL
is invented. Place names, street names and postcodes are real; each postcode is the
nearest real postcode (with a grid point of its own) to the place it stands for, picked
with _pick_postcodes.py and checked by check_postcodes.py.
"""
import csv
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = "/work/shared"
CATEGORIES_CSV = os.path.join(SHARED, "data", "dfe-family-hubs-categories.csv")
OUTCODES_CSV = os.path.join(SHARED, "data", "uk_outcode_centroids.csv")
STANDARDS = os.path.join(SHARED, "standards")

# Fixed namespace for every UUIDv5 in the set.
NS = uuid.UUID("6f1d3c2a-9b7e-4e51-8a0c-2d4b5e6f7a83")


def uid(*parts):
    return str(uuid.uuid5(NS, "/".join(str(p) for p in parts)))


ONS = "http://statistics.data.gov.uk/id/statistical-geography/"

# --- geography -------------------------------------------------------------
DISTRICTS = {
    # Norfolk (county E10000020)
    "E07000143": "Breckland",
    "E07000144": "Broadland",
    "E07000145": "Great Yarmouth",
    "E07000146": "King's Lynn and West Norfolk",
    "E07000147": "North Norfolk",
    "E07000148": "Norwich",
    "E07000149": "South Norfolk",
    # Suffolk (county E10000029)
    "E07000200": "Babergh",
    "E07000202": "Ipswich",
    "E07000203": "Mid Suffolk",
    "E07000244": "East Suffolk",
    "E07000245": "West Suffolk",
    # Cambridgeshire / Lincolnshire (only the districts used)
    "E07000010": "Fenland",
    "E07000140": "South Holland",
}
COUNTIES = {
    "E10000020": ("Norfolk", ["E07000143", "E07000144", "E07000145", "E07000146",
                              "E07000147", "E07000148", "E07000149"]),
    "E10000029": ("Suffolk", ["E07000200", "E07000202", "E07000203", "E07000244",
                              "E07000245"]),
}
NORFOLK = "E10000020"
SUFFOLK = "E10000029"
NORFOLK_DISTRICTS = COUNTIES[NORFOLK][1]
NATIONS = {"E92000001": "England", "K02000001": "United Kingdom"}

# Venues and family addresses. place key -> (postcode, intended LAD, town, street or None)
PLACES = {
    # venues (nearest postcode to the town or district centre)
    "norwich": ("NR2 1PL", "E07000148", "Norwich", "Bethel Street"),
    "mile_cross": ("NR3 2LJ", "E07000148", "Norwich", "Mile Cross Road"),
    "lakenham": ("NR1 2LQ", "E07000148", "Norwich", "Hall Road"),
    "heartsease": ("NR7 9XP", "E07000148", "Norwich", "Plumstead Road East"),
    "sprowston": ("NR7 8XZ", "E07000144", "Sprowston", "Wroxham Road"),
    "hellesdon": ("NR6 5AH", "E07000144", "Hellesdon", "Reepham Road"),
    "aylsham": ("NR11 6HG", "E07000144", "Aylsham", "Red Lion Street"),
    "acle": ("NR13 3BS", "E07000144", "Acle", "The Street"),
    "great_yarmouth": ("NR30 2DT", "E07000145", "Great Yarmouth", "King Street"),
    "gorleston": ("NR31 7AB", "E07000145", "Gorleston-on-Sea", "Magdalen Way"),
    "bradwell": ("NR31 8NR", "E07000145", "Bradwell", "Beccles Road"),
    "kings_lynn": ("PE30 1DP", "E07000146", "King's Lynn", "Norfolk Street"),
    "gaywood": ("PE30 4DZ", "E07000146", "King's Lynn", "Lynn Road"),
    "downham": ("PE38 9AH", "E07000146", "Downham Market", "Bridge Street"),
    "hunstanton": ("PE36 5AD", "E07000146", "Hunstanton", "Greevegate"),
    "thetford": ("IP24 2BL", "E07000143", "Thetford", "King Street"),
    "dereham": ("NR19 1TA", "E07000143", "Dereham", "Market Place"),
    "attleborough": ("NR17 2AW", "E07000143", "Attleborough", "Church Street"),
    "watton": ("IP25 6DE", "E07000143", "Watton", "High Street"),
    "wymondham": ("NR18 0QF", "E07000149", "Wymondham", "Middleton Street"),
    "diss": ("IP22 4WQ", "E07000149", "Diss", "Mere Street"),
    "long_stratton": ("NR15 2XT", "E07000149", "Long Stratton", "Swan Lane"),
    "cromer": ("NR27 9HH", "E07000147", "Cromer", "Church Street"),
    "north_walsham": ("NR28 9DA", "E07000147", "North Walsham", "New Road"),
    "fakenham": ("NR21 9DA", "E07000147", "Fakenham", "Oak Street"),
    "lowestoft": ("NR32 1PZ", "E07000244", "Lowestoft", "London Road North"),
    "beccles": ("NR34 9QQ", "E07000244", "Beccles", "Smallgate"),
    "brandon": ("IP27 0AA", "E07000245", "Brandon", "High Street"),
    "bury": ("IP33 1BU", "E07000245", "Bury St Edmunds", "Risbygate Street"),
    "wisbech": ("PE13 1AQ", "E07000010", "Wisbech", "Hill Street"),
    "spalding": ("PE11 1ZL", "E07000140", "Spalding", "Winsover Road"),
    # family homes (nearest postcode to a point in the neighbourhood named)
    "f_mile_cross": ("NR3 2NA", "E07000148", "Norwich (Mile Cross)", None),
    "f_lakenham": ("NR1 2ND", "E07000148", "Norwich (Lakenham)", None),
    "f_heartsease": ("NR7 9NY", "E07000148", "Norwich (Heartsease)", None),
    "f_bowthorpe": ("NR5 9AB", "E07000148", "Norwich (Bowthorpe)", None),
    "f_anglia_sq": ("NR3 1HS", "E07000148", "Norwich (city centre north)", None),
    "f_sprowston": ("NR7 8NJ", "E07000144", "Sprowston", None),
    "f_hellesdon": ("NR6 5NB", "E07000144", "Hellesdon", None),
    "f_aylsham": ("NR11 6BD", "E07000144", "Aylsham", None),
    "f_acle": ("NR13 3BN", "E07000144", "Acle", None),
    "f_gy_northgate": ("NR30 4JA", "E07000145", "Great Yarmouth (Northgate)", None),
    "f_gorleston": ("NR31 7PZ", "E07000145", "Gorleston-on-Sea", None),
    "f_caister": ("NR30 5JY", "E07000145", "Caister-on-Sea", None),
    "f_cobholm": ("NR31 0HB", "E07000145", "Cobholm", None),
    "f_gaywood": ("PE30 4AS", "E07000146", "King's Lynn (Gaywood)", None),
    "f_south_lynn": ("PE30 5HB", "E07000146", "King's Lynn (South Lynn)", None),
    "f_downham": ("PE38 9WL", "E07000146", "Downham Market", None),
    "f_thetford": ("IP24 1EH", "E07000143", "Thetford", None),
    "f_dereham": ("NR19 1AW", "E07000143", "Dereham", None),
    "f_attleborough": ("NR17 2SF", "E07000143", "Attleborough", None),
    "f_swaffham": ("PE37 7RA", "E07000143", "Swaffham", None),
    "f_wymondham": ("NR18 0BN", "E07000149", "Wymondham", None),
    "f_diss": ("IP22 4DH", "E07000149", "Diss", None),
    "f_long_stratton": ("NR15 2AH", "E07000149", "Long Stratton", None),
    "f_sheringham": ("NR26 8RT", "E07000147", "Sheringham", None),
    "f_north_walsham": ("NR28 9FA", "E07000147", "North Walsham", None),
    "f_fakenham": ("NR21 8DG", "E07000147", "Fakenham", None),
    "f_cromer": ("NR27 9JF", "E07000147", "Cromer", None),
    "f_brandon": ("IP27 0HZ", "E07000245", "Brandon (West Suffolk)", None),
    "f_bungay": ("NR35 1BY", "E07000244", "Bungay (East Suffolk)", None),
    "f_wisbech": ("PE13 2TG", "E07000010", "Wisbech (Fenland)", None),
    # places named in locality extents (checked for their outcode)
    "x_croxton": ("IP24 1HB", "E07000143", "Croxton", None),
    "x_kilverstone": ("IP24 2RQ", "E07000143", "Kilverstone", None),
    "x_brettenham": ("IP24 2RS", "E07000143", "Brettenham", None),
    "x_rushford": ("IP24 2RZ", "E07000143", "Rushford", None),
    "x_toftwood": ("NR19 1JF", "E07000143", "Toftwood", None),
    "x_scarning": ("NR19 2PQ", "E07000143", "Scarning", None),
    "x_swanton_morley": ("NR20 4FA", "E07000143", "Swanton Morley", None),
    "x_mattishall": ("NR20 3QD", "E07000143", "Mattishall", None),
    "x_overstrand": ("NR27 0NX", "E07000147", "Overstrand", None),
    "x_east_runton": ("NR27 9NY", "E07000147", "East Runton", None),
    "x_west_runton": ("NR27 9QN", "E07000147", "West Runton", None),
    "x_northrepps": ("NR27 0LL", "E07000147", "Northrepps", None),
    "x_old_hunstanton": ("PE36 6JR", "E07000146", "Old Hunstanton", None),
    "x_heacham": ("PE31 7DX", "E07000146", "Heacham", None),
    "x_southtown": ("NR31 0DY", "E07000145", "Southtown", None),
}

# Locality extents: place name -> PLACES key used to check its outcode
EXTENT_PLACES = {
    "Thetford": "thetford", "Croxton": "x_croxton", "Kilverstone": "x_kilverstone",
    "Brettenham": "x_brettenham", "Rushford": "x_rushford",
    "Dereham": "dereham", "Toftwood": "x_toftwood", "Scarning": "x_scarning",
    "Swanton Morley": "x_swanton_morley", "Mattishall": "x_mattishall",
    "Cromer": "cromer", "Overstrand": "x_overstrand", "East Runton": "x_east_runton",
    "West Runton": "x_west_runton", "Northrepps": "x_northrepps",
    "Hunstanton": "hunstanton", "Old Hunstanton": "x_old_hunstanton", "Heacham": "x_heacham",
    "Gorleston-on-Sea": "gorleston", "Bradwell": "bradwell", "Southtown": "x_southtown",
    "Cobholm": "f_cobholm",
}


def outcode(pc):
    return pc.replace(" ", "").upper()[:-3]


# --- areas as written in the feed ------------------------------------------
def county(code, description=None):
    name = COUNTIES[code][0]
    return {"kind": "county", "code": code, "name": name,
            "description": description or f"Anywhere in {name}"}


def district(code, name=None, description=None):
    return {"kind": "district", "code": code, "name": name or DISTRICTS[code],
            "description": description}


def locality(name, places, description=None):
    return {"kind": "locality", "name": name, "places": list(places), "description": description}


def national(code, description=None):
    return {"kind": "national", "code": code, "name": NATIONS[code], "description": description}


def area_label(areas):
    """Ground-truth area for labels.json: district codes, outcodes, or a country code."""
    la, oc = [], []
    for a in areas:
        if a["kind"] == "county":
            la += COUNTIES[a["code"]][1]
        elif a["kind"] in ("district", "national"):
            la.append(a["code"])
        elif a["kind"] == "locality":
            for p in a["places"]:
                o = outcode(PLACES[EXTENT_PLACES[p]][0])
                if o not in oc:
                    oc.append(o)
    out = {}
    if la:
        out["la_codes"] = sorted(set(la))
    if oc:
        out["outcodes"] = sorted(oc)
    return out


# --- DfE categories --------------------------------------------------------
def load_categories():
    with open(CATEGORIES_CSV, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return {r["id"]: r for r in rows}


CATS = load_categories()
CAT_BY_NAME = {r["name"]: cid for cid, r in CATS.items()}
SUBCATEGORY_NAMES = {r["name"] for r in CATS.values() if r["parent_id"]}

# --- contact details ---------------------------------------------------------
# Ofcom drama ranges only.
DRAMA_PREFIXES = ("01632 960", "0808 157 0", "07700 900")


def web(slug, path=""):
    return f"https://{slug}.example.org.uk/{path}".rstrip("/") + ("/" if not path else "")


def mail(local, slug):
    return f"{local}@{slug}.example.org.uk"
