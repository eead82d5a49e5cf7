"""The Open Referral UK read API under /api/: services, taxonomies and taxonomy terms."""

from __future__ import annotations

import math
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from directory.published import published_record
from directory.store import ServiceStore
from web.http_cache import cached_json
from web.openapi import openapi_document
from web.schemas import ParameterError, error_body, page_parameters, service_query

API_VERSION = "HSDS-UK-3.0"


def _errors(field: str, message: str, status: int) -> JSONResponse:
    return JSONResponse(error_body(field, message), status)


def _page(items: list[Any], total: int, page: int, per_page: int) -> dict[str, Any]:
    total_pages = max(1, math.ceil(total / per_page))
    return {
        "total_items": total,
        "total_pages": total_pages,
        "page_number": page,
        "size": len(items),
        "first_page": page == 1,
        "last_page": page >= total_pages,
        "empty": not items,
        "contents": items,
    }


async def api_root(request: Request) -> Response:
    base: str = request.app.state.base_url
    return cached_json(
        request,
        {
            "version": API_VERSION,
            "profile": "https://openreferraluk.org",
            "openapi_url": f"{base}/api/openapi.json",
            "documentation_url": f"{base}/api/docs",
        },
    )


async def openapi(request: Request) -> Response:
    return cached_json(request, openapi_document())


async def get_service(request: Request) -> Response:
    store: ServiceStore = request.app.state.store
    service_id = request.path_params["service_id"]
    stored = await run_in_threadpool(store.get, service_id)
    if stored is None:
        return _errors("id", f"no service has the id {service_id!r}", 404)
    record = published_record(stored)
    return cached_json(request, record, stored.service.last_modified or stored.updated_at)


async def list_services(request: Request) -> Response:
    store: ServiceStore = request.app.state.store
    params = request.query_params
    term = params.get("taxonomy_term_id") or None
    known = (
        None if term is None else (await run_in_threadpool(store.taxonomy_term, term)) is not None
    )
    try:
        query = service_query(params, request.app.state.postcodes, known)
    except ParameterError as error:
        return _errors(error.field, error.message, 422)
    result = await run_in_threadpool(store.query, query)
    found = await run_in_threadpool(store.get_many, [service.id for service in result.services])
    contents = [published_record(stored) for stored in found.values()]
    page = query.offset // query.limit + 1
    return cached_json(request, _page(contents, result.total, page, query.limit))


def _paged_list(request: Request, items: list[dict[str, Any]]) -> Response:
    """One page of an in-memory list, as the ORUK page shape."""
    try:
        page, per_page = page_parameters(request.query_params)
    except ParameterError as error:
        return _errors(error.field, error.message, 422)
    chosen = items[(page - 1) * per_page : page * per_page]
    return cached_json(request, _page(chosen, len(items), page, per_page))


async def list_taxonomies(request: Request) -> Response:
    store: ServiceStore = request.app.state.store
    return _paged_list(request, await run_in_threadpool(store.taxonomies))


async def list_taxonomy_terms(request: Request) -> Response:
    store: ServiceStore = request.app.state.store
    items = await run_in_threadpool(store.taxonomy_terms)
    taxonomy_id = request.query_params.get("taxonomy_id")
    if taxonomy_id:
        items = [t for t in items if t.get("taxonomy_id") == taxonomy_id]
    return _paged_list(request, items)


async def get_taxonomy_term(request: Request) -> Response:
    store: ServiceStore = request.app.state.store
    term_id = request.path_params["term_id"]
    term = await run_in_threadpool(store.taxonomy_term, term_id)
    if term is None:
        return _errors("id", f"no taxonomy term has the id {term_id!r}", 404)
    return cached_json(request, term)
