"""The API documentation page's account of the match request body is read from the OpenAPI
document's schema, which the request model generates: change a limit and the words change,
and every field the model takes, at any depth, is listed once."""

from __future__ import annotations

from typing import Any

import pytest

from matching.request import MatchRequestModel, RequestLimits
from tests.matching.test_match_request import CHANGED
from web.openapi import openapi_document
from web.pages import request_bodies
from web.schema_fields import SchemaError, SchemaField, body_fields


def described(limits: RequestLimits) -> dict[str, SchemaField]:
    document = openapi_document(MatchRequestModel(limits))
    return {f.name: f for f in body_fields(document, document["paths"]["/api/match"]["post"])}


def test_the_match_request_is_described_from_its_limits() -> None:
    fields = described(CHANGED)
    assert fields["needs"] == SchemaField(
        "needs",
        True,
        "A list of 1 to 3 items, each either text of 1 to 40 characters or an object (A need "
        "and what the practitioner confirmed of it, which wins over what is read).",
    )
    assert fields["needs[].text"] == SchemaField(
        "needs[].text", True, "Text of 1 to 40 characters."
    )
    assert fields["needs[].categories"].takes == (
        "A list of up to 2 items, each text of 1 to 30 characters; or null."
    )
    assert fields["needs[].child_age"].takes == "A whole number from 0 to 17; or null."
    assert fields["children"].takes == "A list of up to 2 items, each an object; or null."
    assert fields["children[].age"] == SchemaField(
        "children[].age", True, "A whole number from 0 to 17."
    )
    assert fields["postcode"].takes == "Text of up to 10 characters; or null. For example: BA2 3AB."
    assert fields["languages"].takes == (
        'A list of up to 4 items, each text of 2 to 3 characters; or null. For example: ["pl"].'
    )
    assert fields["free_only"] == SchemaField("free_only", False, "True or false. Default: false.")
    assert fields["limit"] == SchemaField("limit", False, "A whole number from 1 to 9. Default: 4.")


def test_every_field_the_model_takes_is_listed_once_in_the_schemas_order() -> None:
    document = openapi_document()
    schemas = document["components"]["schemas"]
    names = [f.name for f in body_fields(document, document["paths"]["/api/match"]["post"])]
    top = list(schemas["MatchRequest"]["properties"])
    need = [f"needs[].{name}" for name in schemas["MatchNeed"]["properties"]]
    child = [f"children[].{name}" for name in schemas["MatchChild"]["properties"]]
    assert names == ["needs", *need, "children", *child, *top[2:]]
    assert top[:2] == ["needs", "children"]
    assert len(names) == len(set(names))


def test_an_allowed_value_list_is_given_in_full() -> None:
    document = openapi_document()
    about = document["components"]["schemas"]["MatchNeed"]["properties"]["about"]
    allowed = about["anyOf"][0]["enum"]
    fields = {f.name: f for f in body_fields(document, document["paths"]["/api/match"]["post"])}
    assert fields["needs[].about"].takes == f"One of: {', '.join(allowed)}; or null."


def test_only_operations_with_a_json_body_have_fields() -> None:
    assert list(request_bodies(openapi_document())) == ["match"]


def operation(schema: dict[str, Any]) -> dict[str, Any]:
    return {"requestBody": {"content": {"application/json": {"schema": schema}}}}


def test_a_reference_to_no_schema_is_refused_by_name() -> None:
    document: dict[str, Any] = {"components": {"schemas": {}}}
    with pytest.raises(SchemaError, match="'#/components/schemas/Gone' names no schema"):
        body_fields(document, operation({"$ref": "#/components/schemas/Gone"}))


@pytest.mark.parametrize(
    ("schema", "takes"),
    [
        ({"type": "string"}, "Text."),
        ({"type": "string", "minLength": 3}, "Text of at least 3 characters."),
        ({"type": "string", "minLength": 1, "maxLength": 1}, "Text of exactly 1 character."),
        ({"type": "integer", "minimum": 1}, "A whole number of at least 1."),
        ({"type": "number", "maximum": 1}, "A number of at most 1."),
        ({"type": ["string", "null"]}, "Text; or null."),
        ({"type": "array"}, "A list of any number of items."),
        ({}, "Any value."),
    ],
)
def test_other_json_schema_shapes_read_plainly(schema: dict[str, Any], takes: str) -> None:
    body = {"type": "object", "properties": {"x": schema}}
    assert body_fields({}, operation(body)) == [SchemaField("x", False, takes)]
