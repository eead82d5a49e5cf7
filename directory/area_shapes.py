"""Service areas drawn as shapes: the GeoJSON polygons of a service area's `extent` (HSDS
`extent_type` "geojson"), kept among the service's area codes and tested against a family's
place.

A code holds one service area's polygons: `shape:`, then the polygons separated by ";", each
polygon's rings by "|", and each ring's points as "longitude,latitude" separated by spaces,
to 5 decimal places (about a metre). A point is inside a polygon when a ray from it crosses
the polygon's rings an odd number of times, so holes (a polygon's later rings) are left out.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from directory.geography import in_uk

SHAPE = "shape:"
#: The most points one service area's shape may have (a council's generalised boundary has a
#: few thousand); a larger one is refused with a warning rather than simplified.
MAX_POINTS = 20_000
#: The longest extent text read as GeoJSON, in characters.
MAX_TEXT = 1_000_000
_POLYGONAL = ("Polygon", "MultiPolygon")

Ring = npt.NDArray[np.float64]


class ShapeError(ValueError):
    """An extent that is not a GeoJSON polygon the matcher can use; the message says why."""


@dataclass(frozen=True)
class Shape:
    """Polygons, each a tuple of rings of (longitude, latitude) points, and their box."""

    polygons: tuple[tuple[Ring, ...], ...]
    #: (west, south, east, north) around every ring.
    box: tuple[float, float, float, float] = field(init=False)

    def __post_init__(self) -> None:
        points = np.vstack([ring for polygon in self.polygons for ring in polygon])
        box = (points[:, 0].min(), points[:, 1].min(), points[:, 0].max(), points[:, 1].max())
        object.__setattr__(self, "box", tuple(float(v) for v in box))

    def holds(self, latitude: float, longitude: float) -> bool:
        """Whether the point is inside one of the polygons (and not in one of its holes)."""
        west, south, east, north = self.box
        if not (west <= longitude <= east and south <= latitude <= north):
            return False
        return any(_inside(polygon, longitude, latitude) for polygon in self.polygons)

    def code(self) -> str:
        """The area code that holds this shape."""
        return SHAPE + ";".join(
            "|".join(" ".join(f"{x:.5f},{y:.5f}" for x, y in ring) for ring in polygon)
            for polygon in self.polygons
        )


def _inside(polygon: tuple[Ring, ...], x: float, y: float) -> bool:
    crossings = 0
    for ring in polygon:
        x1, y1 = ring[:-1, 0], ring[:-1, 1]
        x2, y2 = ring[1:, 0], ring[1:, 1]
        spans = (y1 > y) != (y2 > y)
        with np.errstate(divide="ignore", invalid="ignore"):
            at = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
        crossings += int(np.count_nonzero(spans & (x < at)))
    return crossings % 2 == 1


def shape_of(code: str) -> Shape | None:
    """The shape a `shape:` code holds; None for any other code."""
    if not code.startswith(SHAPE):
        return None
    polygons = tuple(
        tuple(
            np.array([[float(v) for v in point.split(",")] for point in ring.split()])
            for ring in polygon.split("|")
        )
        for polygon in code[len(SHAPE) :].split(";")
    )
    return Shape(polygons)


def read_geojson(text: str) -> Shape:
    """The polygons of a GeoJSON Polygon, MultiPolygon, Feature, FeatureCollection or
    GeometryCollection; ShapeError when there are none, or they are not in the UK."""
    if len(text) > MAX_TEXT:
        raise ShapeError(f"it is longer than {MAX_TEXT:,} characters")
    try:
        data = json.loads(text)
    except ValueError as error:
        raise ShapeError(f"it is not JSON ({error.args[0]})") from None
    except RecursionError:
        raise ShapeError("it is nested too deeply") from None
    try:
        geometries = list(_geometries(data))
    except RecursionError:
        raise ShapeError("it is nested too deeply") from None
    polygons: list[tuple[Ring, ...]] = []
    for kind, coordinates in geometries:
        if kind not in _POLYGONAL:
            raise ShapeError(f"it holds a {kind}; a service area is a Polygon or MultiPolygon")
        for polygon in [coordinates] if kind == "Polygon" else _list(coordinates, kind):
            polygons.append(tuple(_ring(ring) for ring in _list(polygon, "polygon")))
    if not polygons or not all(polygons):
        raise ShapeError("it holds no polygon")
    points = np.vstack([ring for polygon in polygons for ring in polygon])
    if len(points) > MAX_POINTS:
        raise ShapeError(f"it has {len(points):,} points, more than {MAX_POINTS:,}")
    outside = [(x, y) for x, y in points if not in_uk(y, x)]
    if outside:
        swapped = all(in_uk(x, y) for x, y in points)
        raise ShapeError(
            "its points look like [latitude, longitude]; GeoJSON gives [longitude, latitude]"
            if swapped
            else f"{len(outside)} of its points are outside the UK (the first at longitude "
            f"{outside[0][0]:g}, latitude {outside[0][1]:g})"
        )
    return Shape(tuple(polygons))


def _geometries(data: Any) -> Iterator[tuple[str, Any]]:
    if not isinstance(data, dict) or not isinstance(data.get("type"), str):
        raise ShapeError("it is not a GeoJSON object with a type")
    kind = data["type"]
    if kind == "FeatureCollection":
        for feature in _list(data.get("features"), "FeatureCollection's features"):
            yield from _geometries(feature)
    elif kind == "Feature":
        yield from _geometries(data.get("geometry"))
    elif kind == "GeometryCollection":
        for geometry in _list(data.get("geometries"), "GeometryCollection's geometries"):
            yield from _geometries(geometry)
    else:
        yield kind, data.get("coordinates")


def _list(value: Any, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise ShapeError(f"its {what} is not a list")
    return value


def _ring(value: Any) -> Ring:
    points = _list(value, "ring")
    try:
        ring = np.array([[float(p[0]), float(p[1])] for p in points], dtype=np.float64)
    except (TypeError, ValueError, IndexError, KeyError):
        raise ShapeError("a ring's points are not [longitude, latitude] numbers") from None
    if len(ring) and not np.array_equal(ring[0], ring[-1]):
        ring = np.vstack([ring, ring[:1]])  # GeoJSON closes its rings; close an open one
    if len(ring) < 4 or not all(math.isfinite(v) for v in ring.ravel()):
        raise ShapeError("a ring has fewer than three distinct points")
    return ring
