"""Conditional GET for the read API: ETag and Last-Modified, answered 304 when unchanged."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

CACHE_CONTROL = "public, max-age=60"


def _http_date(timestamp: str) -> str | None:
    try:
        moment = datetime.fromisoformat(timestamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    return format_datetime(moment.astimezone(UTC), usegmt=True)


def cached_json(request: Request, payload: Any, modified: str | None = None) -> Response:
    """The payload as JSON with validators; 304 when the client's copy is current."""
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
    etag = f'W/"{hashlib.sha256(body).hexdigest()[:32]}"'
    headers = {"ETag": etag, "Cache-Control": CACHE_CONTROL}
    last_modified = _http_date(modified) if modified else None
    if last_modified:
        headers["Last-Modified"] = last_modified
    if_none_match = request.headers.get("if-none-match")
    if if_none_match is not None:
        tags = {tag.strip() for tag in if_none_match.split(",")}
        if etag in tags or "*" in tags:
            return Response(status_code=304, headers=headers)
    elif last_modified and (since := request.headers.get("if-modified-since")):
        try:
            if parsedate_to_datetime(last_modified) <= parsedate_to_datetime(since):
                return Response(status_code=304, headers=headers)
        except (TypeError, ValueError):
            pass
    return JSONResponse(payload, headers=headers)
