"""JSON API under /api/: the Open Referral UK read API (services so far)."""

from __future__ import annotations

import math

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse

from directory.store import ServiceStore
from web.published import published_record
from web.schemas import ParameterError, page_parameters

API_VERSION = "HSDS-UK-3.0"


def _errors(field: str, message: str, status: int) -> JSONResponse:
    return JSONResponse({"errors": [{"field": field, "message": message}]}, status)


async def api_root(request: Request) -> JSONResponse:
    return JSONResponse(
        {"version": API_VERSION, "profile": "https://openreferraluk.org", "openapi_url": None}
    )


async def get_service(request: Request) -> JSONResponse:
    store: ServiceStore = request.app.state.store
    service_id = request.path_params["service_id"]
    stored = await run_in_threadpool(store.get, service_id)
    if stored is None:
        return _errors("id", f"no service has the id {service_id!r}", 404)
    return JSONResponse(published_record(stored))


async def list_services(request: Request) -> JSONResponse:
    store: ServiceStore = request.app.state.store
    try:
        page, per_page = page_parameters(request.query_params)
    except ParameterError as error:
        return _errors(error.field, error.message, 422)
    search = request.query_params.get("search", "")
    result = await run_in_threadpool(store.search, search, per_page, (page - 1) * per_page)
    contents = []
    for service in result.services:
        stored = await run_in_threadpool(store.get, service.id)
        if stored is not None:
            contents.append(published_record(stored))
    total_pages = max(1, math.ceil(result.total / per_page))
    return JSONResponse(
        {
            "total_items": result.total,
            "total_pages": total_pages,
            "page_number": page,
            "size": len(contents),
            "first_page": page == 1,
            "last_page": page >= total_pages,
            "empty": not contents,
            "contents": contents,
        }
    )
