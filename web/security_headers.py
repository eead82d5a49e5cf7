"""Security headers on every response: a Content-Security-Policy that allows no inline script
(bar the one fixed line of GOV.UK Frontend's page template, allowed by its hash), no framing,
no MIME sniffing, no referrer sent to other sites, and no caching of staff pages.

Staff pages (decisions, letters, their PDFs, the worklist, gaps) and the referrer's
acknowledgement page hold family data: `Cache-Control: no-store` keeps them out of shared
caches and out of the browser's back-forward and disk caches.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
from importlib.resources import files

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

#: Paths whose answers must never be stored by a cache.
PRIVATE_PREFIXES = ("/staff", "/acknowledge/", "/sign-in", "/sign-out")

_INLINE_SCRIPT = re.compile(r"<script[^>]*>(.*?)</script>", re.DOTALL)


@functools.cache
def template_script_hashes() -> tuple[str, ...]:
    """CSP hash sources of the inline scripts in GOV.UK Frontend's page template (the line
    that marks the page as able to run the components' JavaScript)."""
    template = files("govuk_frontend_jinja").joinpath("templates/template.html").read_text()
    return tuple(
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
        for body in _INLINE_SCRIPT.findall(template)
        if body.strip()
    )


def content_security_policy(tile_origin: str | None = None) -> str:
    """The policy every page is sent with. Images come from the app itself, and from the map's
    tile server (`tile_origin`, like https://tiles.example) only when one is configured."""
    scripts = " ".join(("'self'", *template_script_hashes()))
    return "; ".join(
        (
            "default-src 'self'",
            f"script-src {scripts}",
            "style-src 'self'",
            " ".join(("img-src 'self' data:", *([tile_origin] if tile_origin else []))),
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        )
    )


def is_private(path: str) -> bool:
    return any(path == p.rstrip("/") or path.startswith(p) for p in PRIVATE_PREFIXES)


class SecurityHeaders:
    """ASGI middleware adding the security headers to every HTTP response."""

    def __init__(self, app: ASGIApp, tile_origin: str | None = None) -> None:
        self.app = app
        self.policy = content_security_policy(tile_origin)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        private = is_private(str(scope.get("path", "")))

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["Content-Security-Policy"] = self.policy
                headers["X-Content-Type-Options"] = "nosniff"
                headers["X-Frame-Options"] = "DENY"
                headers["Referrer-Policy"] = "no-referrer"
                headers["Cross-Origin-Opener-Policy"] = "same-origin"
                if private:
                    headers["Cache-Control"] = "no-store"
                    headers["Pragma"] = "no-cache"
            await send(message)

        await self.app(scope, receive, send_with_headers)
