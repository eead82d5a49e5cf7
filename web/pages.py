"""HTML pages: a plain search over the directory and a page per service."""

from __future__ import annotations

import math
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse

from directory.store import ServiceStore
from web.openapi import openapi_document
from web.schemas import ParameterError, page_parameters

PER_PAGE = 20


def _render(
    request: Request, template: str, context: dict[str, Any], status: int = 200
) -> HTMLResponse:
    html = request.app.state.templates.get_template(template).render(**context)
    return HTMLResponse(html, status)


async def search_page(request: Request) -> HTMLResponse:
    store: ServiceStore = request.app.state.store
    query = request.query_params.get("q", "").strip()
    try:
        page, _ = page_parameters({"page": request.query_params.get("page", "")})
    except ParameterError as error:
        raise HTTPException(400, error.message) from None
    result = await run_in_threadpool(store.search, query, PER_PAGE, (page - 1) * PER_PAGE)
    pages = max(1, math.ceil(result.total / PER_PAGE))
    return _render(
        request,
        "search.html",
        {"query": query, "result": result, "page": page, "pages": pages},
    )


async def service_page(request: Request) -> HTMLResponse:
    store: ServiceStore = request.app.state.store
    stored = await run_in_threadpool(store.get, request.path_params["service_id"])
    if stored is None:
        raise HTTPException(404, "There is no service at this address.")
    return _render(request, "service.html", {"service": stored.service, "record": stored.record})


async def api_docs(request: Request) -> HTMLResponse:
    return _render(request, "api_docs.html", {"doc": openapi_document()})
