"""Service areas drawn as GeoJSON polygons (HSDS `extent_type` "geojson"): read, kept as an
area code, tested against a place; an extent that cannot be used is a warning, never a
silent pass."""

from __future__ import annotations

import json
from typing import Any

import pytest

from directory.area_shapes import MAX_POINTS, SHAPE, ShapeError, read_geojson, shape_of
from directory.areas import UNRESOLVED, default_councils, resolve_area, resolve_areas

#: A square around central Bath with a hole around its middle (longitude, latitude).
OUTER = [[-2.40, 51.36], [-2.34, 51.36], [-2.34, 51.40], [-2.40, 51.40], [-2.40, 51.36]]
HOLE = [[-2.38, 51.37], [-2.36, 51.37], [-2.36, 51.39], [-2.38, 51.39], [-2.38, 51.37]]
KEYNSHAM_SQUARE = [[-2.52, 51.40], [-2.48, 51.40], [-2.48, 51.43], [-2.52, 51.43]]


def polygon(*rings: list[list[float]]) -> dict[str, Any]:
    return {"type": "Polygon", "coordinates": list(rings)}


def test_a_polygon_with_a_hole_holds_what_is_inside_and_not_in_the_hole() -> None:
    shape = read_geojson(json.dumps(polygon(OUTER, HOLE)))
    assert shape.holds(51.365, -2.39)  # inside, outside the hole
    assert not shape.holds(51.38, -2.37)  # in the hole
    assert not shape.holds(51.41, -2.37)  # north of it
    again = shape_of(shape.code())
    assert again is not None and again.box == shape.box
    assert again.holds(51.365, -2.39) and not again.holds(51.38, -2.37)
    assert shape_of("E06000022") is None


@pytest.mark.parametrize(
    "geojson",
    [
        {"type": "MultiPolygon", "coordinates": [[OUTER], [KEYNSHAM_SQUARE]]},
        {"type": "Feature", "properties": {}, "geometry": polygon(KEYNSHAM_SQUARE, [])},
        {
            "type": "FeatureCollection",
            "features": [
                {"type": "Feature", "geometry": polygon(OUTER)},
                {"type": "Feature", "geometry": polygon(KEYNSHAM_SQUARE)},
            ],
        },
    ],
    ids=["multipolygon", "feature", "feature-collection"],
)
def test_every_polygonal_geojson_shape_is_read(geojson: dict[str, Any]) -> None:
    if geojson["type"] == "Feature":
        with pytest.raises(ShapeError, match="fewer than three"):
            read_geojson(json.dumps(geojson))  # an empty ring
        geojson = {"type": "Feature", "geometry": polygon(KEYNSHAM_SQUARE)}
    shape = read_geojson(json.dumps(geojson))
    assert shape.holds(51.415, -2.50)  # Keynsham: the open ring was closed


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("extent", "not JSON"),
        (json.dumps({"type": "Point", "coordinates": [-2.3, 51.3]}), "holds a Point"),
        (json.dumps(polygon([[51.36, -2.40], [51.36, -2.34], [51.40, -2.34]])), "latitude, lo"),
        (json.dumps(polygon([[2.35, 48.85], [2.36, 48.85], [2.36, 48.86]])), "outside the UK"),
        (json.dumps(polygon([["a", "b"], [1, 2], [3, 4]])), "not \\[longitude, latitude\\]"),
        (json.dumps({"coordinates": []}), "not a GeoJSON object"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        (json.dumps({"type": "Feature", "geometry": {"type": "Point"}}), "holds a Point"),
        (
            json.dumps(polygon([[-2.4 + i * 1e-6, 51.36] for i in range(MAX_POINTS)])),
            "more than",
        ),
    ],
    ids=[
        "text",
        "point",
        "swapped",
        "paris",
        "words",
        "no-type",
        "nested",
        "feature-point",
        "too-many",
    ],
)
def test_an_extent_that_cannot_be_used_says_why(text: str, problem: str) -> None:
    with pytest.raises(ShapeError, match=problem):
        read_geojson(text)


def test_a_drawn_extent_is_the_area_and_wins_over_words() -> None:
    councils = default_councils()
    drawn = {"name": "Bath", "extent": json.dumps(polygon(OUTER)), "extent_type": "geojson"}
    resolved = resolve_area(drawn, [], councils)
    assert resolved.warning is None and len(resolved.codes) == 1
    assert resolved.codes[0].startswith(SHAPE)
    codes, warnings = resolve_areas([drawn], [], councils, "For families living in Keynsham.")
    assert codes == resolved.codes and warnings == []


def test_an_unusable_extent_warns_and_the_area_comes_from_its_words_or_fails_safe() -> None:
    councils = default_councils()
    # As the HSDS 3.0 examples have it: a placeholder where the GeoJSON should be.
    named = resolve_area(
        {"name": "Bath and North East Somerset", "extent": "extent", "extent_type": "geojson"},
        [],
        councils,
    )
    assert named.codes == ("E06000022",)
    assert named.warning and "extent we cannot use (it is not JSON" in named.warning
    unnamed = resolve_area({"id": "a1", "extent": "{}", "extent_type": "geojson"}, [], councils)
    assert unnamed.codes == (UNRESOLVED,)
    assert unnamed.warning and "offered to no family by area" in unnamed.warning
    kml = resolve_area({"name": "Bath", "extent": "<kml/>", "extent_type": "kml"}, [], councils)
    assert kml.warning and "KML extents are not read" in kml.warning
