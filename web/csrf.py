"""Protection of the public forms against cross-site requests: a random token in a cookie
that each form must send back (double submit), so it works without sign-in or JavaScript."""

from __future__ import annotations

import hmac
import secrets

from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

COOKIE = "earlyhelp_csrf"
FIELD = "csrf_token"


def token_for(request: Request) -> str:
    """The request's token: the one in its cookie, or a new one (set it with `remember`)."""
    existing = request.cookies.get(COOKIE, "")
    return existing if len(existing) == 43 else secrets.token_urlsafe(32)


def remember(response: Response, token: str, secure: bool) -> None:
    response.set_cookie(
        COOKIE, token, max_age=60 * 60 * 24, httponly=True, samesite="strict", secure=secure
    )


def is_valid(request: Request, sent: str) -> bool:
    """Whether the form sent back the token of the request's cookie."""
    expected = request.cookies.get(COOKIE, "")
    if not expected or not expected.isascii() or not sent.isascii():
        return False
    return hmac.compare_digest(expected, sent)


async def checked_form(request: Request) -> FormData:
    """The posted form, once its CSRF token is checked; 403 when the token is missing or old."""
    form = await request.form()
    if not is_valid(request, str(form.get(FIELD, ""))):
        raise HTTPException(403, "This form has expired. Go back, reload the page and try again.")
    return form
