"""The Open Referral UK read API: filters combined with AND, taxonomies, caching, errors."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from directory.geography import PostcodeDirectory
from directory.sqlite_store import SQLiteServiceStore
from ingest.importer import Importer
from ingest.json_source import read_json_file
from tests.conftest import CountingEmbedder, service, write_json
from web.app import create_app

DETAIL = {"id": "tax-1", "name": "DfE Family Hubs", "description": "Categories", "version": "1"}


def term(term_id: str, name: str) -> dict[str, Any]:
    return {
        "taxonomy_term": {
            "id": term_id,
            "name": name,
            "description": name,
            "taxonomy_id": "tax-1",
            "taxonomy_detail": DETAIL,
        }
    }


def located(lat: float, lon: float) -> list[dict[str, Any]]:
    return [
        {
            "id": f"sal-{lat}",
            "location": {
                "id": f"loc-{lat}",
                "location_type": "physical",
                "latitude": lat,
                "longitude": lon,
            },
        }
    ]


RECORDS = [
    service(
        "toddlers-bath",
        "Toddler group",
        minimum_age=0,
        maximum_age=4,
        attributes=[term("t-play", "Parent, baby and toddler groups")],
        service_at_locations=located(51.3811, -2.3590),
        last_modified="2026-01-10T09:00:00Z",
    ),
    service(
        "teens-bath",
        "Youth club",
        minimum_age=11,
        maximum_age=19,
        attributes=[term("t-youth", "Targeted youth support")],
        service_at_locations=located(51.3790, -2.3600),
        last_modified="2026-06-01T09:00:00Z",
    ),
    service(
        "toddlers-bristol",
        "Toddler group Bristol",
        minimum_age=0,
        maximum_age=4,
        attributes=[term("t-play", "Parent, baby and toddler groups")],
        service_at_locations=located(51.4545, -2.5879),
        last_modified="2026-06-01T09:00:00Z",
    ),
]


@pytest.fixture
async def http(
    tmp_path: Path, store: SQLiteServiceStore, postcodes: PostcodeDirectory
) -> AsyncIterator[httpx.AsyncClient]:
    Importer(store, CountingEmbedder()).run(
        read_json_file(write_json(tmp_path / "s.json", RECORDS))
    )
    app = create_app(store, postcodes=postcodes)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        yield c


async def ids(http: httpx.AsyncClient, **params: Any) -> list[str]:
    response = await http.get("/api/services", params=params)
    assert response.status_code == 200, response.text
    return sorted(s["id"] for s in response.json()["contents"])


async def test_filters_combine_with_and(http: httpx.AsyncClient) -> None:
    assert await ids(http, taxonomy_term_id="t-play") == ["toddlers-bath", "toddlers-bristol"]
    assert await ids(http, minimum_age=12) == ["teens-bath"]
    assert await ids(http, maximum_age=3) == ["toddlers-bath", "toddlers-bristol"]
    assert await ids(http, postcode="BA1 1LN", proximity=3000) == ["teens-bath", "toddlers-bath"]
    assert await ids(http, modified_after="2026-03-01T00:00:00Z") == [
        "teens-bath",
        "toddlers-bristol",
    ]
    both = await ids(http, taxonomy_term_id="t-play", postcode="BA1 1LN", proximity=3000)
    assert both == ["toddlers-bath"]
    assert await ids(http, taxonomy_term_id="t-play", modified_after="2026-03-01") == [
        "toddlers-bristol"
    ]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"taxonomy_term_id": "nope"}, "taxonomy_term_id"),
        ({"page": 0}, "page"),
        ({"per_page": 10_000}, "per_page"),
        ({"modified_after": "last tuesday"}, "modified_after"),
        ({"postcode": "not a postcode"}, "postcode"),
        ({"proximity": 500}, "proximity"),
        ({"minimum_age": "old"}, "minimum_age"),
        ({"minimum_age": 10, "maximum_age": 5}, "minimum_age"),
    ],
)
async def test_bad_parameters_get_the_error_shape(
    http: httpx.AsyncClient, params: dict[str, Any], field: str
) -> None:
    response = await http.get("/api/services", params=params)
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == field


async def test_taxonomies_and_terms(http: httpx.AsyncClient) -> None:
    taxonomies = (await http.get("/api/taxonomies")).json()
    assert [t["id"] for t in taxonomies["contents"]] == ["tax-1"]
    terms = (await http.get("/api/taxonomy_terms")).json()
    assert {t["id"] for t in terms["contents"]} == {"t-play", "t-youth"}
    one = await http.get("/api/taxonomy_terms/t-play")
    assert one.json()["name"] == "Parent, baby and toddler groups"
    assert (await http.get("/api/taxonomy_terms/missing")).status_code == 404


async def test_conditional_requests_get_304(http: httpx.AsyncClient) -> None:
    first = await http.get("/api/services/teens-bath")
    assert first.headers["last-modified"] == "Mon, 01 Jun 2026 09:00:00 GMT"
    again = await http.get(
        "/api/services/teens-bath", headers={"if-none-match": first.headers["etag"]}
    )
    assert again.status_code == 304 and again.content == b""
    since = await http.get(
        "/api/services/teens-bath", headers={"if-modified-since": first.headers["last-modified"]}
    )
    assert since.status_code == 304
    listing = await http.get("/api/services")
    assert (
        await http.get("/api/services", headers={"if-none-match": listing.headers["etag"]})
    ).status_code == 304


async def test_cors_is_open(http: httpx.AsyncClient) -> None:
    response = await http.get("/api/services", headers={"origin": "https://elsewhere.example"})
    assert response.headers["access-control-allow-origin"] == "*"


async def test_openapi_and_docs(http: httpx.AsyncClient) -> None:
    document = (await http.get("/api/openapi.json")).json()
    assert document["openapi"].startswith("3.")
    assert {
        "/api/services",
        "/api/services/{id}",
        "/api/match",
        "/api/taxonomies",
        "/api/taxonomy_terms",
    } <= set(document["paths"])
    docs = await http.get("/api/docs")
    assert docs.status_code == 200 and "POST /api/match" in docs.text
