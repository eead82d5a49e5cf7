"""The OpenAPI 3.1 document of the JSON API (Open Referral UK read API and the match API).

Its schemas are JSON Schema 2020-12, so the match request's part is the request model's own
schema (`matching/request.py`), not a copy of its limits."""

from __future__ import annotations

from typing import Any

from matching.reading import FACT_VALUES
from matching.request import MATCH_REQUEST, MatchRequestModel
from web.schemas import DEFAULT_PER_PAGE, MAX_PER_PAGE, MAX_PROXIMITY_M

_READING = {
    "type": "object",
    "description": "How the need was read; `confirmed` lists what the practitioner said.",
    "properties": {
        "about": {"type": "string", "enum": list(FACT_VALUES["about"])},
        "sex": {"type": ["string", "null"]},
        "child_age": {"type": ["integer", "null"]},
        "categories": {"type": "array", "items": {"type": "string"}},
        "role": {"type": ["string", "null"]},
        "condition": {"type": ["string", "null"]},
        "diagnosed": {"type": ["boolean", "null"]},
        "present": {"type": "array", "items": {"type": "string"}},
        "crisis": {"type": "boolean"},
        "outside": {
            "type": "boolean",
            "description": "The need asks for what no early-help service offers (a purchase, "
            "private or specialist provision, another system's job), so it is matched to "
            "nothing; confirming its categories says otherwise.",
        },
        "confidence": {"type": "object", "additionalProperties": {"type": "number"}},
        "confirmed": {"type": "array", "items": {"type": "string"}},
    },
}

JSON = "application/json"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {JSON: {"schema": schema}}}


def _param(name: str, schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "schema": schema,
        "description": description,
    }


PAGING = [
    _param("page", {"type": "integer", "minimum": 1, "default": 1}, "Page number, from 1."),
    _param(
        "per_page",
        {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE, "default": DEFAULT_PER_PAGE},
        f"Items per page, at most {MAX_PER_PAGE}.",
    ),
]
ERRORS = {"422": _json(_ref("Errors"), "A parameter is not valid; each error names it.")}
NOT_FOUND = {"404": _json(_ref("Errors"), "Nothing has this id.")}
CACHED = {"304": {"description": "Not modified since the copy named by If-None-Match."}}


def _page_of(item: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "required": [
            "total_items",
            "total_pages",
            "page_number",
            "size",
            "first_page",
            "last_page",
            "empty",
            "contents",
        ],
        "properties": {
            "total_items": {"type": "integer", "minimum": 0},
            "total_pages": {"type": "integer", "minimum": 1},
            "page_number": {"type": "integer", "minimum": 1},
            "size": {"type": "integer", "minimum": 0},
            "first_page": {"type": "boolean"},
            "last_page": {"type": "boolean"},
            "empty": {"type": "boolean"},
            "contents": {"type": "array", "items": item},
        },
    }


SCHEMAS: dict[str, Any] = {
    "Errors": {
        "type": "object",
        "required": ["errors"],
        "properties": {
            "errors": {
                "type": "array",
                "minItems": 1,
                "items": {
                    "type": "object",
                    "required": ["field", "message"],
                    "properties": {"field": {"type": "string"}, "message": {"type": "string"}},
                },
            }
        },
    },
    "Service": {
        "type": "object",
        "description": "An HSDS 3.0 / Open Referral UK service, fully nested.",
        "required": ["id", "name", "status"],
        "properties": {
            "id": {"type": "string"},
            "name": {"type": "string"},
            "status": {
                "type": "string",
                "enum": ["active", "inactive", "defunct", "temporarily closed"],
            },
        },
    },
    "Taxonomy": {
        "type": "object",
        "required": ["id", "name"],
        "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
    },
    "TaxonomyTerm": {
        "type": "object",
        "required": ["id", "name", "description"],
        "properties": {
            "id": {"type": "string"},
            "name": {"type": "string"},
            "description": {"type": "string"},
        },
    },
    "MatchResponse": {
        "type": "object",
        "required": ["suggestions", "needs", "excluded"],
        "properties": {
            "crisis": {
                "type": "object",
                "description": "Present when a need signals immediate risk: show it first.",
                "properties": {
                    "message": {"type": "string"},
                    "lines": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "name": {"type": "string"},
                                "number": {"type": "string"},
                                "when": {"type": "string"},
                            },
                        },
                    },
                },
            },
            "suggestions": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": [
                        "service_id",
                        "name",
                        "organization",
                        "score",
                        "needs_met",
                        "reasons",
                        "distance_km",
                        "url",
                    ],
                    "properties": {
                        "service_id": {"type": "string"},
                        "name": {"type": "string"},
                        "organization": {"type": "string"},
                        "score": {"type": "number", "minimum": 0, "maximum": 1},
                        "needs_met": {"type": "array", "items": {"type": "integer"}},
                        "reasons": {"type": "array", "items": {"type": "string"}},
                        "distance_km": {"type": ["number", "null"]},
                        "url": {"type": "string"},
                    },
                },
            },
            "needs": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["index", "text", "categories", "matched"],
                    "properties": {
                        "index": {"type": "integer"},
                        "text": {"type": "string"},
                        "categories": {"type": "array", "items": {"type": "string"}},
                        "matched": {"type": "boolean"},
                        "reading": _READING,
                    },
                },
            },
            "excluded": {
                "type": "object",
                "required": ["total", "by_reason"],
                "properties": {
                    "total": {"type": "integer", "minimum": 0},
                    "by_reason": {"type": "object", "additionalProperties": {"type": "integer"}},
                },
            },
        },
    },
}


def openapi_document(request: MatchRequestModel = MATCH_REQUEST) -> dict[str, Any]:
    """The whole API as OpenAPI 3.1, the match request as `request` checks it."""
    service_filters = [
        _param("search", {"type": "string"}, "Words to find in the service's text."),
        *PAGING,
        _param("taxonomy_term_id", {"type": "string"}, "Only services with this term."),
        _param(
            "minimum_age",
            {"type": "integer", "minimum": 0, "maximum": 130},
            "Only services admitting someone this old or older.",
        ),
        _param(
            "maximum_age",
            {"type": "integer", "minimum": 0, "maximum": 130},
            "Only services admitting someone this young or younger.",
        ),
        _param("postcode", {"type": "string"}, "Only services near this UK postcode."),
        _param(
            "proximity",
            {"type": "integer", "minimum": 1, "maximum": MAX_PROXIMITY_M},
            "Distance from the postcode in metres (default 10,000).",
        ),
        _param(
            "modified_after",
            {"type": "string", "format": "date-time"},
            "Only services changed after this time.",
        ),
    ]
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Early-help directory API",
            "version": "1.0.0",
            "description": "The Open Referral UK (HSDS 3.0) read API of the directory, and the "
            "match API that turns the needs of a closed referral into suggestions. "
            "Open, read-only except /api/match, CORS *.",
        },
        "paths": {
            "/api/": {
                "get": {
                    "summary": "API information",
                    "operationId": "api_info",
                    "responses": {
                        "200": _json({"type": "object", "required": ["version"]}, "About")
                    },
                }
            },
            "/api/openapi.json": {
                "get": {
                    "summary": "This document",
                    "operationId": "openapi",
                    "responses": {"200": _json({"type": "object"}, "OpenAPI 3.1")},
                }
            },
            "/api/services": {
                "get": {
                    "summary": "Services, paged and filtered (all filters combined with AND)",
                    "operationId": "list_services",
                    "parameters": service_filters,
                    "responses": {
                        "200": _json(_page_of(_ref("Service")), "A page of services"),
                        **CACHED,
                        **ERRORS,
                    },
                }
            },
            "/api/services/{id}": {
                "get": {
                    "summary": "One service, fully nested",
                    "operationId": "get_service",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": _json(_ref("Service"), "The service"),
                        **CACHED,
                        **NOT_FOUND,
                    },
                }
            },
            "/api/taxonomies": {
                "get": {
                    "summary": "Taxonomies used by the directory",
                    "operationId": "list_taxonomies",
                    "parameters": PAGING,
                    "responses": {
                        "200": _json(_page_of(_ref("Taxonomy")), "A page of taxonomies"),
                        **CACHED,
                        **ERRORS,
                    },
                }
            },
            "/api/taxonomy_terms": {
                "get": {
                    "summary": "Taxonomy terms used by the directory",
                    "operationId": "list_taxonomy_terms",
                    "parameters": [
                        *PAGING,
                        _param("taxonomy_id", {"type": "string"}, "Only terms of this taxonomy."),
                    ],
                    "responses": {
                        "200": _json(_page_of(_ref("TaxonomyTerm")), "A page of terms"),
                        **CACHED,
                        **ERRORS,
                    },
                }
            },
            "/api/taxonomy_terms/{id}": {
                "get": {
                    "summary": "One taxonomy term",
                    "operationId": "get_taxonomy_term",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": _json(_ref("TaxonomyTerm"), "The term"),
                        **CACHED,
                        **NOT_FOUND,
                    },
                }
            },
            "/api/match": {
                "post": {
                    "summary": "Suggest services for the needs of a closed referral",
                    "operationId": "match",
                    "requestBody": {
                        "required": True,
                        "content": {JSON: {"schema": _ref("MatchRequest")}},
                    },
                    "responses": {
                        "200": _json(_ref("MatchResponse"), "Suggestions, best first"),
                        "413": _json(_ref("Errors"), "The body is too large"),
                        "422": _json(_ref("Errors"), "The request is not valid"),
                        "503": _json(_ref("Errors"), "Matching is not available"),
                    },
                }
            },
        },
        "components": {"schemas": {**SCHEMAS, **request.json_schemas()}},
    }
