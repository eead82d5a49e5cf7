"""The match request's one model: what it accepts, the message each bad field gets, and the
OpenAPI document's request schema, which is the model's own (a changed limit changes both)."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matching.reading import FACT_VALUES, NeedFacts
from matching.request import (
    KNOWN_KEYS,
    LIMITS,
    MATCH_REQUEST,
    NEED_KEYS,
    MatchRequest,
    MatchRequestError,
    MatchRequestModel,
    RequestLimits,
    parse_match_request,
)
from web.openapi import openapi_document

#: Words of pydantic's own messages, which a practitioner should never see.
PYDANTIC_WORDING = ("Input should", "pydantic", "http", "validation error", "Field required")


def errors_of(data: Any, model: MatchRequestModel = MATCH_REQUEST) -> dict[str, str]:
    with pytest.raises(MatchRequestError) as raised:
        model.parse(data)
    pairs = [(e.field, e.message) for e in raised.value.errors]
    assert len(pairs) == len(dict(pairs)), f"one message per field: {pairs}"
    return dict(pairs)


def test_a_full_request_becomes_what_the_matcher_works_with() -> None:
    request = parse_match_request(
        {
            "needs": [
                " Rent arrears ",
                {
                    "text": "Tantrums",
                    "about": "child",
                    "categories": [" Parenting support "],
                    "child_age": 6,
                    "diagnosed": False,
                },
            ],
            "children": [{"age": 6}, {"age": 2}],
            "postcode": " BA2 3AB ",
            "languages": [" PL ", "pl", "ro"],
            "free_only": True,
            "limit": 7,
        }
    )
    assert request == MatchRequest(
        needs=("Rent arrears", "Tantrums"),
        child_ages=(6, 2),
        postcode="BA2 3AB",
        languages=("pl", "ro"),
        free_only=True,
        limit=7,
        facts=(
            None,
            NeedFacts(
                about="child", categories=("Parenting support",), child_age=6, diagnosed=False
            ),
        ),
    )


def test_optional_fields_may_be_left_out_or_null() -> None:
    bare = parse_match_request({"needs": ["rent"]})
    nulls = parse_match_request(
        {
            "needs": [{"text": "rent", "about": None}],
            "children": None,
            "postcode": None,
            "languages": None,
        }
    )
    assert bare == MatchRequest(needs=("rent",), limit=LIMITS.default_limit)
    assert (nulls.needs, nulls.child_ages, nulls.postcode, nulls.languages) == (
        ("rent",),
        (),
        None,
        (),
    )
    assert nulls.facts == (NeedFacts(),), "a need given as an object keeps its (empty) facts"


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        ([1, 2], "(body)", "must be a JSON object"),
        ("needs", "(body)", "must be a JSON object"),
        ({}, "needs", "is required: a list of 1 to 20 needs"),
        ({"needs": None}, "needs", "is required: a list of 1 to 20 needs"),
        ({"needs": "rent"}, "needs", "must be a list of needs (strings or objects)"),
        ({"needs": []}, "needs", "must have 1 to 20 needs, got 0"),
        ({"needs": ["x"] * 21}, "needs", "must have 1 to 20 needs, got 21"),
        ({"needs": ["x", ""]}, "needs[1]", "must not be empty"),
        ({"needs": ["x", " \t"]}, "needs[1]", "must not be empty"),
        ({"needs": ["x" * 501]}, "needs[0]", "must be at most 500 characters, got 501"),
        ({"needs": ["\ud800 help"]}, "needs[0]", "must be text (it holds an unpaired surrogate)"),
        ({"needs": [5]}, "needs[0]", "must be a string, or an object with a text"),
        ({"needs": [["rent"]]}, "needs[0]", "must be a string, or an object with a text"),
        (
            {"needs": [{"about": "child"}]},
            "needs[0].text",
            "must be a string, or an object with a text",
        ),
        ({"needs": [{"text": 5}]}, "needs[0].text", "must be a string, or an object with a text"),
        ({"needs": [{"text": ""}]}, "needs[0].text", "must not be empty"),
        ({"needs": [{"text": "x", "mood": "low"}]}, "needs[0].mood", "is not a known field"),
        (
            {"needs": ["x", "y", {"text": "x", "about": "aunt"}]},
            "needs[2].about",
            "must be one of " + ", ".join(FACT_VALUES["about"]),
        ),
        (
            {"needs": [{"text": "x", "role": 1}]},
            "needs[0].role",
            "must be one of " + ", ".join(FACT_VALUES["role"]),
        ),
        (
            {"needs": [{"text": "x", "categories": ["a"] * 6}]},
            "needs[0].categories",
            "must be a list of up to 5 names",
        ),
        (
            {"needs": [{"text": "x", "categories": ["a", ""]}]},
            "needs[0].categories",
            "must be a list of up to 5 names",
        ),
        (
            {"needs": [{"text": "x", "diagnosed": "yes"}]},
            "needs[0].diagnosed",
            "must be true or false",
        ),
        (
            {"needs": [{"text": "x", "child_age": 26}]},
            "needs[0].child_age",
            "must be a whole number from 0 to 25",
        ),
        (
            {"needs": ["x"], "children": {"age": 6}},
            "children",
            "must be a list of up to 20 children",
        ),
        (
            {"needs": ["x"], "children": [{"age": 1}] * 21},
            "children",
            "must be a list of up to 20 children",
        ),
        ({"needs": ["x"], "children": [6]}, "children[0]", 'must be an object like {"age": 6}'),
        (
            {"needs": ["x"], "children": [{}]},
            "children[0].age",
            "must be a whole number from 0 to 25",
        ),
        (
            {"needs": ["x"], "children": [{"age": 1}, {"age": True}]},
            "children[1].age",
            "must be a whole number from 0 to 25",
        ),
        (
            {"needs": ["x"], "children": [{"age": 6.0}]},
            "children[0].age",
            "must be a whole number from 0 to 25",
        ),
        (
            {"needs": ["x"], "children": [{"age": 6, "name": "Al"}]},
            "children[0].name",
            "is not a known field",
        ),
        ({"needs": ["x"], "postcode": 2}, "postcode", "must be a UK postcode such as BA2 3AB"),
        ({"needs": ["x"], "postcode": " "}, "postcode", "must be a UK postcode such as BA2 3AB"),
        ({"needs": ["x"], "postcode": "BA²"}, "postcode", "must be a UK postcode such as BA2 3AB"),
        (
            {"needs": ["x"], "postcode": "B" * 17},
            "postcode",
            "must be a UK postcode such as BA2 3AB",
        ),
        (
            {"needs": ["x"], "languages": "pl"},
            "languages",
            'must be a list of up to 20 codes such as "pl"',
        ),
        (
            {"needs": ["x"], "languages": ["pl", "p"]},
            "languages",
            'must be a list of up to 20 codes such as "pl"',
        ),
        (
            {"needs": ["x"], "languages": ["polszczyzna"]},
            "languages",
            'must be a list of up to 20 codes such as "pl"',
        ),
        (
            {"needs": ["x"], "languages": ["pl"] * 21},
            "languages",
            'must be a list of up to 20 codes such as "pl"',
        ),
        ({"needs": ["x"], "free_only": "yes"}, "free_only", "must be true or false"),
        ({"needs": ["x"], "free_only": None}, "free_only", "must be true or false"),
        ({"needs": ["x"], "limit": 0}, "limit", "must be a whole number from 1 to 50"),
        ({"needs": ["x"], "limit": 51}, "limit", "must be a whole number from 1 to 50"),
        ({"needs": ["x"], "limit": "5"}, "limit", "must be a whole number from 1 to 50"),
        ({"needs": ["x"], "limit": 5.0}, "limit", "must be a whole number from 1 to 50"),
        ({"needs": ["x"], "limit": True}, "limit", "must be a whole number from 1 to 50"),
        ({"needs": ["x"], "colour": "red"}, "colour", "is not a known field"),
    ],
)
def test_each_bad_field_gets_a_message_a_practitioner_understands(
    body: Any, field: str, message: str
) -> None:
    errors = errors_of(body)
    assert errors.get(field) == message, errors
    for text in errors.values():
        assert not any(word.lower() in text.lower() for word in PYDANTIC_WORDING), text


def test_every_problem_of_a_request_is_named_at_once() -> None:
    errors = errors_of(
        {
            "needs": ["ok", "", {"text": "x", "about": "aunt"}],
            "children": [{"age": -1}],
            "limit": 0,
            "colour": "red",
        }
    )
    assert set(errors) == {"needs[1]", "needs[2].about", "children[0].age", "limit", "colour"}


def test_the_published_schema_is_the_models_own() -> None:
    schemas = openapi_document()["components"]["schemas"]
    request = schemas["MatchRequest"]
    assert sorted(request["properties"]) == sorted(KNOWN_KEYS)
    need = schemas["MatchNeed"]["properties"]
    assert sorted(need) == sorted(NEED_KEYS)
    assert set(FACT_VALUES) <= set(need), "every fact a practitioner can confirm is published"
    for name, values in FACT_VALUES.items():
        assert need[name]["anyOf"][0]["enum"] == list(values)
    assert request["properties"]["needs"]["maxItems"] == LIMITS.needs
    assert request["properties"]["limit"] == {
        "type": "integer",
        "minimum": 1,
        "maximum": LIMITS.limit,
        "default": LIMITS.default_limit,
    }


CHANGED = RequestLimits(
    needs=3,
    need_length=40,
    limit=9,
    default_limit=4,
    children=2,
    child_age=17,
    languages=4,
    language_length=(2, 3),
    postcode_length=10,
    categories=2,
    category_length=30,
)


def test_a_changed_limit_changes_the_document_and_the_checks_alike() -> None:
    assert all(
        getattr(CHANGED, f.name) != getattr(LIMITS, f.name) for f in dataclasses.fields(LIMITS)
    ), "every limit is changed"
    model = MatchRequestModel(CHANGED)
    schemas = openapi_document(model)["components"]["schemas"]
    request, need = schemas["MatchRequest"]["properties"], schemas["MatchNeed"]["properties"]
    published = {
        "needs": request["needs"]["maxItems"],
        "need_length": request["needs"]["items"]["oneOf"][0]["maxLength"],
        "limit": request["limit"]["maximum"],
        "default_limit": request["limit"]["default"],
        "children": request["children"]["anyOf"][0]["maxItems"],
        "child_age": schemas["MatchChild"]["properties"]["age"]["maximum"],
        "languages": request["languages"]["anyOf"][0]["maxItems"],
        "language_length": (
            request["languages"]["anyOf"][0]["items"]["minLength"],
            request["languages"]["anyOf"][0]["items"]["maxLength"],
        ),
        "postcode_length": request["postcode"]["anyOf"][0]["maxLength"],
        "categories": need["categories"]["anyOf"][0]["maxItems"],
        "category_length": need["categories"]["anyOf"][0]["items"]["maxLength"],
    }
    assert published == dataclasses.asdict(CHANGED)
    assert need["text"]["maxLength"] == CHANGED.need_length
    assert need["child_age"]["anyOf"][0]["maximum"] == CHANGED.child_age
    # The published document is untouched by another model's limits.
    assert (
        openapi_document()["components"]["schemas"]["MatchRequest"]["properties"]["needs"][
            "maxItems"
        ]
        == LIMITS.needs
    )

    assert errors_of({"needs": ["x"] * 4}, model) == {"needs": "must have 1 to 3 needs, got 4"}
    assert errors_of({"needs": ["x" * 41], "limit": 10}, model) == {
        "needs[0]": "must be at most 40 characters, got 41",
        "limit": "must be a whole number from 1 to 9",
    }
    assert errors_of({"needs": ["x"], "children": [{"age": 18}]}, model) == {
        "children[0].age": "must be a whole number from 0 to 17"
    }
    assert model.parse({"needs": ["x"] * 3}).limit == 4
    assert MATCH_REQUEST.parse({"needs": ["x"] * 4}).limit == LIMITS.default_limit


def published_validator() -> jsonschema.Draft202012Validator:
    components = openapi_document()["components"]
    root = {"$ref": "#/components/schemas/MatchRequest", "components": components}
    jsonschema.Draft202012Validator.check_schema(root)
    return jsonschema.Draft202012Validator(root)


@pytest.mark.parametrize(
    "body",
    [
        {"needs": []},
        {"needs": ["x"] * 21},
        {"needs": ["x" * 501]},
        {"needs": [""]},
        {"needs": [{"text": "x", "about": "aunt"}]},
        {"needs": [{"text": "x", "categories": ["a"] * 6}]},
        {"needs": [{"text": "x", "mood": "low"}]},
        {"needs": ["x"], "children": [{"age": 26}]},
        {"needs": ["x"], "children": [{"age": 6, "name": "Al"}]},
        {"needs": ["x"], "languages": ["pl"] * 21},
        {"needs": ["x"], "postcode": "B" * 17},
        {"needs": ["x"], "limit": 51},
        {"needs": ["x"], "free_only": None},
        {"needs": ["x"], "colour": "red"},
    ],
)
def test_what_the_schema_refuses_the_api_refuses(body: dict[str, Any]) -> None:
    assert not published_validator().is_valid(body)
    errors_of(body)


@pytest.mark.parametrize(
    "body",
    [
        {"needs": ["x"]},
        {"needs": ["x"] * 20, "limit": 50, "free_only": True},
        {
            "needs": [
                {"text": "x" * 500, "about": "mother", "role": "none", "categories": ["a"] * 5}
            ]
        },
        {"needs": ["x"], "children": [{"age": 0}, {"age": 25}], "languages": ["pl"] * 20},
        {"needs": ["x"], "postcode": "BA2 3AB", "children": None, "languages": None},
    ],
)
def test_what_the_schema_accepts_the_api_accepts(body: dict[str, Any]) -> None:
    published_validator().validate(body)
    parse_match_request(body)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=6), children, max_size=4)
    ),
    max_leaves=12,
)
REQUEST_LIKE = st.dictionaries(
    st.sampled_from([*KNOWN_KEYS, "text", "about", "age"]),
    JSON
    | st.lists(
        JSON
        | st.fixed_dictionaries(
            {"text": st.text(max_size=5)}, optional={"about": JSON, "age": JSON}
        ),
        max_size=3,
    ),
)


@settings(max_examples=300, deadline=None, database=None)
@given(data=REQUEST_LIKE | JSON)
def test_any_json_is_a_request_or_clear_errors(data: Any) -> None:
    try:
        request = parse_match_request(data)
    except MatchRequestError as error:
        assert error.errors
        for problem in error.errors:
            assert problem.field and problem.message
            assert problem.message != "is not valid", problem
            assert not any(word.lower() in problem.message.lower() for word in PYDANTIC_WORDING)
        json.dumps(error.as_dict())
    else:
        assert 1 <= len(request.needs) <= LIMITS.needs
        assert all(n and n == n.strip() for n in request.needs)
