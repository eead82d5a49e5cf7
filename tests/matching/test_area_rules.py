"""Areas the search engine cannot test, on both backends, with real ONS postcodes and the
shipped gazetteer: a locality named by towns and villages reaches only the postcode districts
those places are in (the reach drawn around a village does not cross into the next district,
nor over a council's border), and an area drawn as a GeoJSON polygon takes in only the
families inside it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from directory.gazetteer import default_gazetteer
from directory.geography import PostcodeDirectory, distance_km
from directory.sqlite_store import SQLiteServiceStore
from ingest.importer import Importer
from ingest.json_source import read_json_file
from matching.embedding import HashingEmbedder
from matching.engine import Matcher, Weights
from matching.request import MatchRequest
from tests.conftest import service, write_json
from tests.matching.backends import matcher_on

#: Chirk is in Wrexham (LL14). Gobowen, Shropshire (SY11), lies 3.5 km from it: inside a
#: 4 km reach around Chirk, outside its postcode district and its council.
ACROSS_THE_BORDER = "SY11 3AA"
IN_CHIRK = "LL14 5HD"


def chirk() -> tuple[float, float]:
    (place,) = default_gazetteer().named("Chirk")
    return place.lat, place.lon


def test_a_district_holds_the_places_in_it_and_not_those_beyond(
    postcodes: PostcodeDirectory,
) -> None:
    lat, lon = chirk()
    gobowen = postcodes.lookup(ACROSS_THE_BORDER)
    assert gobowen is not None and distance_km(lat, lon, gobowen.latitude, gobowen.longitude) < 4
    at = (np.array([lat]), np.array([lon]))
    llangollen_road = postcodes.footprint("LL14")
    shropshire_side = postcodes.footprint(ACROSS_THE_BORDER)
    assert llangollen_road is not None and shropshire_side is not None
    assert shropshire_side.district == "SY11"
    assert llangollen_road.holds(*at).tolist() == [True]
    assert shropshire_side.holds(*at).tolist() == [False]
    assert postcodes.footprint("ZZ9") is None


#: Central Bath, drawn: BA2 3AB is inside, Keynsham (BS31 1AB) is not.
CENTRAL_BATH = {
    "type": "Feature",
    "geometry": {
        "type": "Polygon",
        "coordinates": [[[-2.40, 51.36], [-2.34, 51.36], [-2.34, 51.40], [-2.40, 51.40]]],
    },
}
DIRECTORY = [
    service(
        "chirk-group",
        "Chirk family drop-in",
        description="A friendly weekly drop-in for parents and young children.",
        service_areas=[{"id": "a1", "name": "Chirk and nearby villages"}],
    ),
    service(
        "bath-drawn",
        "Central Bath family drop-in",
        description="A friendly weekly drop-in for parents and young children.",
        service_areas=[
            {
                "id": "a3",
                "name": "Central Bath",
                "extent": json.dumps(CENTRAL_BATH),
                "extent_type": "geojson",
            }
        ],
    ),
    service(
        "wrexham-group",
        "Wrexham family drop-in",
        description="A friendly weekly drop-in for parents and young children.",
        service_areas=[{"id": "a2", "name": "Wrexham"}],
    ),
]


@pytest.fixture(params=["sqlite", "elasticsearch"])
def matcher(
    request: pytest.FixtureRequest, tmp_path: Path, postcodes: PostcodeDirectory
) -> Iterator[Matcher]:
    store = SQLiteServiceStore(tmp_path / "directory.db")
    embedder = HashingEmbedder()
    summary = Importer(store, embedder).run(
        read_json_file(write_json(tmp_path / "d.json", DIRECTORY))
    )
    assert summary.rejected == 0, summary.problems
    weights = Weights(threshold=0.0)
    yield from matcher_on(request, store, embedder, postcodes, weights)


def offered(matcher: Matcher, postcode: str) -> set[str]:
    request = MatchRequest(needs=("drop-in for parents and young children",), postcode=postcode)
    return {s.service_id for s in matcher.suggest(request).suggestions}


def test_a_village_locality_is_offered_in_its_district_only(matcher: Matcher) -> None:
    assert offered(matcher, IN_CHIRK) == {"chirk-group", "wrexham-group"}
    assert offered(matcher, ACROSS_THE_BORDER) == set()
    result = matcher.suggest(
        MatchRequest(needs=("drop-in for parents",), postcode=ACROSS_THE_BORDER)
    )
    assert result.as_dict()["excluded"]["by_reason"]["area"] == 3


def test_a_drawn_area_is_offered_to_the_families_inside_it(matcher: Matcher) -> None:
    assert offered(matcher, "BA2 3AB") == {"bath-drawn"}
    assert offered(matcher, "BS31 1AB") == set()
    result = matcher.suggest(MatchRequest(needs=("drop-in for parents",), postcode="BS31 1AB"))
    assert result.as_dict()["excluded"]["by_reason"]["area"] == 3
