"""Pages for people who may be in danger: the crisis lines ("Need help now?", linked from the
footer of every page) and how to cover your tracks online (linked beside the exit button).
Both carry the exit button themselves."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from matching.crisis import CrisisLines
from web.public import SHORTLIST_COOKIE, render


async def help_now(request: Request) -> Response:
    """The configured crisis lines: the same list the matcher shows first for a search that
    signals immediate risk."""
    lines: CrisisLines = request.app.state.crisis_lines
    return render(request, "public/help_now.html", {"lines": lines, "exit_page": True})


async def covering_tracks(request: Request) -> Response:
    return render(
        request,
        "public/covering_tracks.html",
        {"exit_page": True, "shortlist_cookie": SHORTLIST_COOKIE},
    )
