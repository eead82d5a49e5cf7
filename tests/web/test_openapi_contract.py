"""A property-based run of the API against its own OpenAPI document, in-process (schemathesis):
no 5xx, and every response conforms to the document."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import positive_data_acceptance

from directory.geography import PostcodeDirectory
from matching.embedding import HashingEmbedder
from matching.engine import Matcher
from tests.conftest import SeedFile
from web.app import create_app
from web.openapi import openapi_document

OPERATIONS = [
    (path, method)
    for path, operations in openapi_document()["paths"].items()
    for method in operations
]


@pytest.fixture(scope="module")
def api_schema(
    tmp_path_factory: pytest.TempPathFactory, seed_hashing: SeedFile, postcodes: PostcodeDirectory
) -> Any:
    store = seed_hashing.copy_to(Path(tmp_path_factory.mktemp("contract")) / "contract.db")
    embedder = HashingEmbedder()
    app = create_app(store, Matcher(store, embedder, postcodes), postcodes)
    yield schemathesis.openapi.from_asgi("/api/openapi.json", app)
    store.close()


@pytest.mark.parametrize(("path", "method"), OPERATIONS)
def test_the_api_keeps_its_contract(api_schema: Any, path: str, method: str) -> None:
    operation = api_schema[path][method.upper()]

    @given(case=operation.as_strategy())
    @settings(
        max_examples=30, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    def check(case: Any) -> None:
        # Whether a well-formed postcode or taxonomy id exists depends on the data, so a
        # schema-valid request may rightly get 422; every other check applies.
        case.call_and_validate(excluded_checks=[positive_data_acceptance])

    check()
