"""HTML pages outside the public directory: the API documentation."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from web.openapi import openapi_document
from web.public import render
from web.schema_fields import SchemaField, body_fields


def request_bodies(document: dict[str, Any]) -> dict[str, list[SchemaField]]:
    """The fields of each operation's JSON request body, by operation id, read from the
    document's own schemas (so the page states the limits the API checks)."""
    return {
        str(operation["operationId"]): fields
        for operations in document["paths"].values()
        for operation in operations.values()
        if (fields := body_fields(document, operation))
    }


async def api_docs(request: Request) -> Response:
    document = openapi_document()
    return render(request, "api_docs.html", {"doc": document, "bodies": request_bodies(document)})
