"""POST /api/match: the needs of a closed referral in, ranked and explained suggestions out."""

from __future__ import annotations

import json

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse

from matching.engine import Matcher
from matching.request import FieldError, MatchRequestError, parse_match_request

MAX_BODY_BYTES = 64 * 1024


def _invalid(errors: list[FieldError], status: int = 422) -> JSONResponse:
    return JSONResponse(MatchRequestError(errors).as_dict(), status)


async def match(request: Request) -> JSONResponse:
    matcher: Matcher | None = request.app.state.matcher
    if matcher is None:
        return _invalid([FieldError("(service)", "matching is not set up on this server")], 503)
    body = await request.body()
    if len(body) > MAX_BODY_BYTES:
        return _invalid([FieldError("(body)", f"is over {MAX_BODY_BYTES // 1024} KB")], 413)
    try:
        data = json.loads(body)
    except RecursionError:
        return _invalid([FieldError("(body)", "is nested too deeply")])
    except (ValueError, UnicodeDecodeError) as error:  # JSONDecodeError, or a 5,000-digit number
        return _invalid([FieldError("(body)", f"is not valid JSON: {str(error)[:200]}")])
    try:
        parsed = parse_match_request(data)
        result = await run_in_threadpool(matcher.suggest, parsed)
    except MatchRequestError as error:
        return JSONResponse(error.as_dict(), 422)
    return JSONResponse(result.as_dict())
