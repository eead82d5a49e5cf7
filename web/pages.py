"""HTML pages outside the public directory: the API documentation."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse

from web.openapi import openapi_document

PER_PAGE = 20


def _render(
    request: Request, template: str, context: dict[str, Any], status: int = 200
) -> HTMLResponse:
    html = request.app.state.templates.get_template(template).render(**context)
    return HTMLResponse(html, status)


async def api_docs(request: Request) -> HTMLResponse:
    return _render(request, "api_docs.html", {"doc": openapi_document()})
