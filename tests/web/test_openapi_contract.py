"""A property-based run of the API against its own OpenAPI document, in-process (schemathesis):
no 5xx, and every response conforms to the document."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import positive_data_acceptance
from schemathesis.specs.openapi.definitions import OPENAPI_31

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


def test_the_document_is_openapi_3_1_with_json_schema_2020_12() -> None:
    """Checked against the OpenAPI Initiative's schema of 3.1 documents (schemathesis ships
    it), and each named schema against JSON Schema 2020-12's meta-schema."""
    document = json.loads(json.dumps(openapi_document()))
    assert document["openapi"] == "3.1.0"
    jsonschema.Draft202012Validator(OPENAPI_31).validate(document)
    for schema in document["components"]["schemas"].values():
        jsonschema.Draft202012Validator.check_schema(schema)
