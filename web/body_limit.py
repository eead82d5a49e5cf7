"""Request bodies of bounded size, checked before anything reads them.

A body larger than its path's limit gets 413 without being read whole: a declared
`Content-Length` over the limit is refused at once, and a body sent without one is counted
as it arrives and refused as soon as it passes the limit.
"""

from __future__ import annotations

from collections.abc import Mapping

from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from web.schemas import error_body

DEFAULT_LIMIT = 1024 * 1024
#: Smaller limits for paths whose forms are small (exact paths).
PATH_LIMITS = {"/sign-in": 16 * 1024, "/api/match": 64 * 1024}

TOO_LARGE = "The form sent is too large."


def _too_large(path: str, limit: int) -> Response:
    if path.startswith("/api/"):
        return JSONResponse(error_body("(body)", f"is over {limit // 1024} KB"), 413)
    return PlainTextResponse(TOO_LARGE, 413)


class BodyLimit:
    """ASGI middleware refusing request bodies over their path's limit with 413."""

    def __init__(
        self,
        app: ASGIApp,
        default: int = DEFAULT_LIMIT,
        limits: Mapping[str, int] | None = None,
    ) -> None:
        self.app = app
        self.default = default
        self.limits = dict(PATH_LIMITS if limits is None else limits)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limits.get(str(scope.get("path", "")), self.default)
        declared = dict(scope.get("headers") or []).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > limit:
            await _too_large(str(scope.get("path", "")), limit)(scope, receive, send)
            return
        received = 0

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise HTTPException(413, TOO_LARGE)
            return message

        await self.app(scope, counted_receive, send)
