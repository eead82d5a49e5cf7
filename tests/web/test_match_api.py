from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from directory.geography import PostcodeDirectory
from directory.sqlite_store import SQLiteServiceStore
from ingest.importer import Importer
from ingest.json_source import read_json_file
from matching.engine import Matcher, Weights
from matching.onnx_embedding import MiniLMInt8Embedder
from tests.conftest import service, write_json
from web.app import create_app


@pytest.fixture
async def http(
    tmp_path: Path,
    store: SQLiteServiceStore,
    postcodes: PostcodeDirectory,
    int8: MiniLMInt8Embedder,
) -> Any:
    """The service's own model: the contract includes what it reads of each need (no crisis
    for rent arrears)."""
    embedder = int8
    records = [service("rent", "Rent arrears advice", description="Help with rent arrears.")]
    Importer(store, embedder).run(read_json_file(write_json(tmp_path / "d.json", records)))
    matcher = Matcher(store, embedder, postcodes, weights=Weights(threshold=0.2))
    app = create_app(store, matcher)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        yield c


async def test_a_match_follows_the_contract(http: httpx.AsyncClient) -> None:
    body = {
        "needs": ["rent arrears"],
        "children": [{"age": 6}],
        "postcode": "BA2 3AB",
        "languages": ["pl"],
        "free_only": False,
        "limit": 5,
    }
    response = await http.post("/api/match", json=body)
    assert response.status_code == 200
    data = response.json()
    assert set(data) == {"suggestions", "needs", "excluded"}
    first = data["suggestions"][0]
    assert set(first) == {
        "service_id",
        "name",
        "organization",
        "score",
        "needs_met",
        "reasons",
        "distance_km",
        "url",
    }
    assert (first["service_id"], first["needs_met"], first["url"]) == (
        "rent",
        [0],
        "/services/rent",
    )
    need = data["needs"][0]
    assert (need["index"], need["text"], need["matched"]) == (0, "rent arrears", True)
    assert set(need["reading"]) >= {"about", "categories", "role", "present", "crisis"}
    assert "crisis" not in data
    assert data["excluded"] == {"total": 0, "by_reason": {}}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"needs": ["x"], "colour": "red"}, "colour"),
        ({"needs": []}, "needs"),
        ({}, "needs"),
        ({"needs": [""]}, "needs[0]"),
        ({"needs": ["x" * 501]}, "needs[0]"),
        ({"needs": ["x"] * 21}, "needs"),
        ({"needs": "rent"}, "needs"),
        ({"needs": ["x"], "postcode": "not a postcode"}, "postcode"),
        ({"needs": ["x"], "postcode": "ZZ9 9ZZ"}, "postcode"),
        ({"needs": ["x"], "limit": 0}, "limit"),
        ({"needs": ["x"], "limit": 51}, "limit"),
        ({"needs": ["x"], "limit": "5"}, "limit"),
        ({"needs": ["x"], "children": [{"age": -1}]}, "children[0].age"),
        ({"needs": ["x"], "children": [{"age": True}]}, "children[0].age"),
        ({"needs": ["x"], "children": [6]}, "children[0]"),
        ({"needs": ["x"], "free_only": "yes"}, "free_only"),
        ({"needs": ["x"], "languages": "pl"}, "languages"),
        ([1, 2], "(body)"),
    ],
)
async def test_invalid_requests_get_422_with_the_error_shape(
    http: httpx.AsyncClient, body: Any, field: str
) -> None:
    response = await http.post("/api/match", json=body)
    assert response.status_code == 422
    errors = response.json()["errors"]
    assert field in [e["field"] for e in errors]
    assert all(set(e) == {"field", "message"} and e["message"] for e in errors)


async def test_a_body_that_is_not_json(http: httpx.AsyncClient) -> None:
    response = await http.post("/api/match", content=b"{needs: [")
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "(body)"
