from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from directory.geography import PostcodeDirectory
from directory.sqlite_store import SQLiteServiceStore
from ingest.importer import Importer
from ingest.json_source import read_json_file
from tests.conftest import CountingEmbedder, service, shared_path, write_json
from web.app import create_app

EXAMPLES = [
    ("standards", "hsds-3.0", "examples", "service_full.json"),
    ("standards", "oruk-uk-profile", "examples", "service_full.json"),
]


def missing_or_changed(expected: Any, actual: Any, path: str = "") -> list[str]:
    """Paths of everything in `expected` that `actual` lacks or holds differently."""
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [path or "(root)"]
        out: list[str] = []
        for key, value in expected.items():
            if key not in actual:
                out.append(f"{path}.{key}")
            else:
                out.extend(missing_or_changed(value, actual[key], f"{path}.{key}"))
        return out
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return [path]
        return [
            p
            for index, (e, a) in enumerate(zip(expected, actual, strict=True))
            for p in missing_or_changed(e, a, f"{path}[{index}]")
        ]
    if isinstance(expected, str) and isinstance(actual, str):
        return [] if expected.strip() == actual.strip() else [path]
    return [] if expected == actual else [path]


def client(store: SQLiteServiceStore) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=create_app(store))
    return httpx.AsyncClient(transport=transport, base_url="http://directory.test")


@pytest.mark.parametrize("example", EXAMPLES, ids=["hsds-3.0", "uk-profile"])
async def test_every_field_of_the_full_example_comes_back(
    example: tuple[str, ...],
    store: SQLiteServiceStore,
    embedder: CountingEmbedder,
    postcodes: PostcodeDirectory,
) -> None:
    path = shared_path(*example)
    expected = json.loads(path.read_text())
    summary = Importer(store, embedder, postcodes).run(read_json_file(path))
    assert (summary.added, summary.rejected) == (1, 0), summary.problems
    async with client(store) as http:
        response = await http.get(f"/api/services/{expected['id']}")
    assert response.status_code == 200
    # Nothing is lost silently: what does not come back (the examples' placeholder emails
    # and coordinates that are no place in the UK) is what the import reported dropping.
    reported = {
        f".{p.field}".replace(".latitude", "").replace(".longitude", "") for p in summary.problems
    }
    lost = missing_or_changed(expected, response.json())
    assert [
        p for p in lost if p.replace(".latitude", "").replace(".longitude", "") not in reported
    ] == []
    assert any(p.kind == "placeholder" for p in summary.problems)


async def test_unknown_service_is_404_with_the_error_shape(store: SQLiteServiceStore) -> None:
    async with client(store) as http:
        response = await http.get("/api/services/not-here")
    assert response.status_code == 404
    assert response.json() == {
        "errors": [{"field": "id", "message": "no service has the id 'not-here'"}]
    }


async def test_a_confidential_address_is_not_published(
    tmp_path: Path, store: SQLiteServiceStore, embedder: CountingEmbedder
) -> None:
    hidden = {
        "taxonomy_term": {
            "id": "f",
            "code": "confidential-address",
            "name": "Hidden",
            "taxonomy": "earlyhelp-flags",
        }
    }
    location = {
        "id": "loc-1",
        "location_type": "physical",
        "name": "Safe house",
        "latitude": 51.38,
        "longitude": -2.36,
        "attributes": [hidden],
        "addresses": [
            {"id": "a", "address_1": "7 Secret Street", "city": "Bath", "postal_code": "BA1 1AA"}
        ],
    }
    record = service("refuge", "Refuge", service_at_locations=[{"id": "sal", "location": location}])
    Importer(store, embedder).run(read_json_file(write_json(tmp_path / "r.json", [record])))
    async with client(store) as http:
        api = await http.get("/api/services/refuge")
        page = await http.get("/services/refuge")
    for text in (api.text, page.text):
        assert "Secret Street" not in text and "BA1 1AA" not in text and "51.38" not in text
    assert api.json()["service_at_locations"][0]["location"]["name"] == "Safe house"


async def test_the_list_is_paged_and_searchable(
    tmp_path: Path, store: SQLiteServiceStore, embedder: CountingEmbedder
) -> None:
    records = [service(f"s{i}", f"Group {i}") for i in range(25)]
    records.append(service("debt", "Debt advice", description="Help with rent arrears and debts"))
    Importer(store, embedder).run(read_json_file(write_json(tmp_path / "s.json", records)))
    async with client(store) as http:
        first = (await http.get("/api/services", params={"per_page": 10})).json()
        last = (await http.get("/api/services", params={"per_page": 10, "page": 3})).json()
        found = (await http.get("/api/services", params={"search": "arrears"})).json()
        bad = await http.get("/api/services", params={"per_page": 10_000})
    assert (first["total_items"], first["total_pages"], first["size"]) == (26, 3, 10)
    assert first["first_page"] and not first["last_page"]
    assert last["last_page"] and last["size"] == 6
    assert [s["id"] for s in found["contents"]] == ["debt"]
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["field"] == "per_page"
