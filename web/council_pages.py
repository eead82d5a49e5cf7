"""The pages every council service has: privacy notice, cookies, accessibility statement and
feedback. They say only what is true of this service and what the council has configured
(directory/council.py); what is not configured is left out."""

from __future__ import annotations

from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response

from staff.access import StaffAccess
from web import csrf
from web.public import SHORTLIST_COOKIE, render
from web.session import SESSION_COOKIE


@dataclass(frozen=True)
class Cookie:
    """A cookie the directory sets, as the cookies page and the privacy notice describe it."""

    name: str
    purpose: str
    expires: str
    who: str = "Everyone who uses the directory"


def cookies_set(request: Request) -> list[Cookie]:
    """Every cookie the directory sets (names and lifetimes from the code that sets them);
    the staff sign-in cookie only where staff can sign in."""
    found = [
        Cookie(
            SHORTLIST_COOKIE,
            "Remembers the services you add to your shortlist (their ids in this directory, "
            "nothing else). Set only when you add a service.",
            "When you close your browser",
        ),
        Cookie(
            csrf.COOKIE,
            "A random number that stops other websites sending forms (such as a problem "
            "report) in your name.",
            "1 day after the last page you opened",
        ),
    ]
    staff: StaffAccess | None = request.app.state.staff
    if staff is not None:
        hours = round(staff.sessions.lifetime.total_seconds() / 3600)
        found.append(
            Cookie(
                SESSION_COOKIE,
                "Keeps council staff signed in to the staff pages.",
                f"When they sign out, or after {hours} hour{'' if hours == 1 else 's'}",
                "Council staff who sign in only",
            )
        )
    return found


async def privacy(request: Request) -> Response:
    return render(
        request,
        "public/privacy.html",
        {"shortlist_cookie": SHORTLIST_COOKIE, "csrf_cookie": csrf.COOKIE},
    )


async def cookies(request: Request) -> Response:
    return render(request, "public/cookies.html", {"cookies": cookies_set(request)})


async def accessibility(request: Request) -> Response:
    return render(request, "public/accessibility.html", {})


async def feedback(request: Request) -> Response:
    return render(request, "public/feedback.html", {})
