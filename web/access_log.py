"""The access log, written so that it holds no family data: the path without its query string
(searches, postcodes and ages travel there) and with secrets in paths (acknowledgement
tokens) replaced, the status and the time taken."""

from __future__ import annotations

import logging
import re
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOGGER_NAME = "earlyhelp.access"

#: Path segments that are secrets: each is logged as its prefix and "[redacted]".
_SECRET_SEGMENTS = re.compile(r"^(/acknowledge/)[^/]+")


def loggable_path(path: str) -> str:
    """The path as the log may keep it: secrets replaced, control characters escaped."""
    redacted = _SECRET_SEGMENTS.sub(r"\1[redacted]", path)
    return redacted.encode("unicode_escape", "backslashreplace").decode("ascii")[:300]


class AccessLog:
    """ASGI middleware logging one line per HTTP request to the `earlyhelp.access` logger."""

    def __init__(self, app: ASGIApp, logger: logging.Logger | None = None) -> None:
        self.app = app
        self.logger = logger or logging.getLogger(LOGGER_NAME)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def remember_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, remember_status)
        finally:
            client = scope.get("client")
            self.logger.info(
                '%s "%s %s" %d %.1fms',
                client[0] if client else "-",
                scope.get("method", "-"),
                loggable_path(str(scope.get("path", ""))),
                status,
                (time.perf_counter() - started) * 1000,
            )
