"""Shared constants and helpers for the Lancashire held-out set (hand-written, CC0)."""
import uuid

NS = uuid.UUID("5b0c7a52-3f1e-4e4b-9d0a-6c1a2e7f4d19")  # the writer's own namespace


def uid(*parts):
    """Deterministic UUIDv5 from the writer's internal key(s)."""
    return str(uuid.uuid5(NS, "/".join(str(p) for p in parts)))


ONS_URI = "http://statistics.data.gov.uk/id/statistical-geography/"

LANCASHIRE = "E10000017"   # county council area: the twelve districts below
DISTRICTS = {
    "E07000117": "Burnley",
    "E07000118": "Chorley",
    "E07000119": "Fylde",
    "E07000120": "Hyndburn",
    "E07000121": "Lancaster",
    "E07000122": "Pendle",
    "E07000123": "Preston",
    "E07000124": "Ribble Valley",
    "E07000125": "Rossendale",
    "E07000126": "South Ribble",
    "E07000127": "West Lancashire",
    "E07000128": "Wyre",
}
BLACKBURN = "E06000008"    # Blackburn with Darwen (unitary)
BLACKPOOL = "E06000009"    # Blackpool (unitary)
ENGLAND = "E92000001"
UK = "K02000001"
AREA_NAMES = dict(DISTRICTS)
AREA_NAMES.update({LANCASHIRE: "Lancashire", BLACKBURN: "Blackburn with Darwen",
                   BLACKPOOL: "Blackpool", ENGLAND: "England", UK: "United Kingdom"})
PAN_LANCS = [LANCASHIRE, BLACKBURN, BLACKPOOL]


def expand(code):
    """Local authority district codes covered by an area code (England/UK handled by caller)."""
    if code == LANCASHIRE:
        return set(DISTRICTS)
    return {code}


# DfE Family Hubs service categories (copied from /work/shared/data/dfe-family-hubs-categories.csv)
DFE = {
    1: ("Activities, clubs and groups", None), 2: ("Family support", None), 3: ("Health", None),
    4: ("Pregnancy, birth and early years", None),
    5: ("Special educational needs and disabilities (SEND)", None), 6: ("Transport", None),
    7: ("Activities", 1), 8: ("Before and after school clubs", 1), 9: ("Holiday clubs and schemes", 1),
    10: ("Music, arts and dance", 1), 11: ("Parent, baby and toddler groups", 1),
    12: ("Pre-school playgroup", 1), 13: ("Sports and recreation", 1),
    14: ("Bullying and cyber bullying", 2), 15: ("Debt and welfare advice", 2),
    16: ("Domestic abuse", 2), 17: ("Intensive targeted family support", 2),
    18: ("Money, benefits and housing", 2), 19: ("Parenting support", 2),
    20: ("Reducing parental conflict", 2), 21: ("Separating and separated parent support", 2),
    22: ("Stopping smoking", 2), 23: ("Substance misuse (including alcohol and drug)", 2),
    24: ("Targeted youth support", 2), 25: ("Youth justice services", 2),
    26: ("Hearing and sight", 3), 27: ("Mental health, social and emotional support", 3),
    28: ("Nutrition and weight management", 3), 29: ("Oral health", 3),
    30: ("Public health services", 3), 31: ("Birth registration", 4),
    32: ("Early years language and learning", 4), 33: ("Health visiting", 4),
    34: ("Infant feeding support (including breastfeeding)", 4), 35: ("Midwife and maternity", 4),
    36: ("Perinatal mental health support (pregnancy to one year post birth)", 4),
    37: ("Autistic Spectrum Disorder (ASD)", 5), 38: ("Breaks and respite", 5),
    39: ("Early years support", 5), 40: ("Groups for parents and carers of children with SEND", 5),
    41: ("Hearing impairment", 5), 42: ("Learning difficulties and disabilities", 5),
    43: ("Multi-sensory impairment", 5), 44: ("Other difficulties or disabilities", 5),
    45: ("Physical disabilities", 5), 46: ("Social, emotional and mental health support", 5),
    47: ("Speech, language and communication needs", 5), 48: ("Visual impairment", 5),
    49: ("Community transport", 6),
}
SUBCATEGORY_NAMES = {name for name, parent in DFE.values() if parent is not None}

# Service locations: postcode picked as the nearest real postcode to the place (see
# _pick_postcodes.py), checked by check_postcodes.py.  (postcode, LA code, lat, lon, town)
PLACES = {
    "burnley_centre": ("BB11 1QE", "E07000117", 53.78934, -2.24308, "Burnley"),
    "preston_ribbleton": ("PR2 6NN", "E07000123", 53.77022, -2.66323, "Preston"),
    "morecambe": ("LA4 5LL", "E07000121", 54.07044, -2.86324, "Morecambe"),
    "skelmersdale": ("WN8 6JD", "E07000127", 53.55093, -2.77750, "Skelmersdale"),
    "leyland": ("PR25 3SN", "E07000126", 53.69766, -2.68844, "Leyland"),
    "chorley": ("PR7 1DE", "E07000118", 53.65334, -2.62956, "Chorley"),
    "blackpool_centre": ("FY1 3AF", "E06000009", 53.81910, -3.05034, "Blackpool"),
    "blackburn": ("BB1 7JR", "E06000008", 53.74815, -2.48266, "Blackburn"),
    "blackburn_audley": ("BB1 1YF", "E06000008", None, None, "Blackburn"),
    "darwen": ("BB3 3BX", "E06000008", 53.69803, -2.46494, "Darwen"),
    "accrington": ("BB5 1HA", "E07000120", 53.75344, -2.36441, "Accrington"),
    "nelson": ("BB9 7EY", "E07000122", 53.83589, -2.21805, "Nelson"),
    "fleetwood": ("FY7 6DZ", "E07000128", 53.92467, -3.01323, "Fleetwood"),
    "kirkham": ("PR4 2RX", "E07000119", 53.78296, -2.87110, "Kirkham"),
    "lancaster": ("LA1 1JF", "E07000121", 54.04828, -2.80102, "Lancaster"),
    "preston_centre": ("PR1 3BX", "E07000123", 53.75992, -2.69538, "Preston"),
    "rawtenstall": ("BB4 6AA", "E07000125", 53.70015, -2.28796, "Rawtenstall"),
    "bacup": ("OL13 9BA", "E07000125", 53.70426, -2.19913, "Bacup"),
    "clitheroe": ("BB7 1AF", "E07000124", 53.87154, -2.39152, "Clitheroe"),
    "barnoldswick": ("BB18 5UN", "E07000122", 53.91559, -2.18811, "Barnoldswick"),
    "caton": ("LA2 9QW", "E07000121", 54.07636, -2.71715, "Caton"),
    "knott_end": ("FY6 0BS", "E07000128", 53.92755, -2.99248, "Knott End-on-Sea"),
    "lytham": ("FY8 5LP", "E07000119", 53.73738, -2.96371, "Lytham"),
    "st_annes": ("FY8 2DH", "E07000119", 53.75359, -3.03031, "Lytham St Annes"),
    "great_harwood": ("BB6 7QJ", "E07000120", 53.78632, -2.40824, "Great Harwood"),
    "ormskirk": ("L39 2AB", "E07000127", 53.56735, -2.88543, "Ormskirk"),
    "cleveleys": ("FY5 1AW", "E07000128", 53.87731, -3.04091, "Thornton-Cleveleys"),
    "poulton": ("FY6 7BD", "E07000128", 53.84788, -2.99061, "Poulton-le-Fylde"),
    "penwortham": ("PR1 0SR", "E07000126", 53.74742, -2.72959, "Penwortham"),
}

LAST_MODIFIED = "2025-11-03T09:30:00Z"
