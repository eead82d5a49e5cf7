"""Static files with caching headers: the GOV.UK Frontend assets (fonts, images, scripts) and
the directory's compiled stylesheet."""

from __future__ import annotations

from pathlib import Path

from starlette.responses import Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

FRONTEND = Path(__file__).parent / "frontend" / "node_modules" / "govuk-frontend" / "dist"
BUILD = Path(__file__).parent / "static" / "build"
#: The directory's own scripts (no inline script: the Content-Security-Policy forbids it).
SCRIPTS = Path(__file__).parent / "static" / "js"


class CachedStaticFiles(StaticFiles):
    """StaticFiles that lets browsers keep what they fetched for `max_age` seconds."""

    def __init__(self, directory: Path, max_age: int) -> None:
        super().__init__(directory=directory, check_dir=False)
        self._max_age = max_age

    async def get_response(self, path: str, scope: Scope) -> Response:
        response = await super().get_response(path, scope)
        if response.status_code in (200, 304):
            response.headers["cache-control"] = f"public, max-age={self._max_age}"
        return response


def frontend_is_built() -> bool:
    return (BUILD / "app.css").is_file() and (FRONTEND / "govuk").is_dir()
