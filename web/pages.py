"""HTML pages outside the public directory: the API documentation."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from web.openapi import openapi_document
from web.public import render


async def api_docs(request: Request) -> Response:
    return render(request, "api_docs.html", {"doc": openapi_document()})
