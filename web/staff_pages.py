"""Sign-in for staff, and the staff pages. Every staff page checks the role it needs: anyone
not signed in is sent to sign in; a signed-in user without the role gets 403."""

from __future__ import annotations

import math
from typing import Any
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from directory.reports import PROBLEMS, ReportQueue
from staff.access import StaffAccess
from staff.accounts import EDITOR, ROLES, Account
from web import csrf
from web.client_address import client_address
from web.public import render
from web.session import SESSION_COOKIE, current_account


class SignInNeeded(Exception):
    """Raised by `require` for a request from someone not signed in."""


def _access(request: Request) -> StaffAccess:
    access: StaffAccess | None = request.app.state.staff
    if access is None:
        raise HTTPException(404, "There is no page at this address.")
    return access


async def require(request: Request, *roles: str) -> Account:
    """The signed-in account, if it has one of `roles` (any staff role when none given)."""
    _access(request)
    account = await current_account(request)
    if account is None:
        raise SignInNeeded()
    if not account.has_any(*(roles or ROLES)):
        raise HTTPException(403, "Your account does not have access to this page.")
    return account


def sign_in_redirect(request: Request) -> Response:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/sign-in?next={quote(target)}", 303)


#: Longest username and password a sign-in form may carry (checked before anything else).
MAX_USERNAME = 254
MAX_PASSWORD = 1024


def _safe_next(value: str) -> str:
    """Where to go after signing in: a path on this site, else the staff home. Browsers read
    "//host" and "/\\host" as another site, so neither is a path here."""
    safe = (
        value.startswith("/")
        and not value.startswith(("//", "/\\"))
        and len(value) <= 500
        and value.isprintable()
    )
    return value if safe else "/staff"


async def sign_in(request: Request) -> Response:
    access = _access(request)
    values = {"username": "", "next": _safe_next(request.query_params.get("next", "/staff"))}
    error: str | None = None
    status = 200
    if request.method == "POST":
        form = await csrf.checked_form(request)
        username = str(form.get("username", ""))
        password = str(form.get("password", ""))
        if len(username) > MAX_USERNAME or len(password) > MAX_PASSWORD:
            values["username"] = ""
            error = "The username or password is too long"
            return render(request, "staff/sign_in.html", {"values": values, "error": error}, 400)
        username = username.strip().lower()
        values = {"username": username, "next": _safe_next(str(form.get("next", "/staff")))}
        address = client_address(request)
        wait = access.throttle.wait_seconds(username, address)
        if wait > 0:
            minutes = max(1, math.ceil(wait / 60))
            error = f"Too many attempts. Wait {minutes} minutes, then try again."
            status = 429
        else:
            account = await run_in_threadpool(access.accounts.verify, username, password)
            if account is None:
                access.throttle.failed(username, address)
                error = "The username or password is not right"
                status = 400
            else:
                access.throttle.succeeded(username, address)
                token = await run_in_threadpool(access.sessions.start, account.username)
                response = RedirectResponse(values["next"], 303)
                response.set_cookie(
                    SESSION_COOKIE,
                    token,
                    max_age=int(access.sessions.lifetime.total_seconds()),
                    httponly=True,
                    samesite="lax",
                    secure=request.url.scheme == "https",
                )
                return response
    return render(request, "staff/sign_in.html", {"values": values, "error": error}, status)


async def sign_out(request: Request) -> Response:
    access = _access(request)
    await csrf.checked_form(request)
    await run_in_threadpool(access.sessions.end, request.cookies.get(SESSION_COOKIE, ""))
    response = RedirectResponse("/", 303)
    response.delete_cookie(SESSION_COOKIE)
    return response


async def staff_home(request: Request) -> Response:
    account = await require(request)
    return render(request, "staff/home.html", {"account": account, "editor": EDITOR})


async def listing_reports(request: Request) -> Response:
    account = await require(request, EDITOR)
    reports: ReportQueue | None = request.app.state.reports
    waiting = await run_in_threadpool(reports.waiting) if reports else []
    context: dict[str, Any] = {"account": account, "reports": waiting, "problems": PROBLEMS}
    return render(request, "staff/reports.html", context)
