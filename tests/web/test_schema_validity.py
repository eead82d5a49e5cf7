"""Every seed service, as the API publishes it, is valid HSDS 3.0 and Open Referral UK."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest

from directory.sqlite_store import SQLiteServiceStore
from tests.conftest import SeedFile, shared_path
from web.app import create_app

SCHEMAS = {
    "hsds-3.0": ("standards", "hsds-3.0", "schema", "compiled", "service.json"),
    "uk-profile": ("standards", "oruk-uk-profile", "schema", "compiled", "service.json"),
}


@pytest.fixture(scope="module")
def seed_store(
    tmp_path_factory: pytest.TempPathFactory, seed_hashing: SeedFile
) -> Iterator[SQLiteServiceStore]:
    store = seed_hashing.copy_to(Path(tmp_path_factory.mktemp("seed")) / "seed.db")
    yield store
    store.close()


@pytest.mark.parametrize("schema_name", list(SCHEMAS))
async def test_every_published_seed_service_is_valid(
    seed_store: SQLiteServiceStore, schema_name: str
) -> None:
    schema = json.loads(shared_path(*SCHEMAS[schema_name]).read_text())
    validator_class: Any = jsonschema.validators.validator_for(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    app = create_app(seed_store)
    ids = [s.id for s in seed_store.iter_services()]
    assert len(ids) >= 150
    invalid: dict[str, list[str]] = {}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as h:
        for service_id in ids:
            record = (await h.get(f"/api/services/{service_id}")).json()
            errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(record)]
            if errors:
                invalid[service_id] = errors[:3]
    assert invalid == {}
