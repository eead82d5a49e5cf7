"""Who is signed in, for any page: staff pages require it, public pages show staff more."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from staff.access import StaffAccess
from staff.accounts import Account

SESSION_COOKIE = "earlyhelp_session"


async def current_account(request: Request) -> Account | None:
    access: StaffAccess | None = request.app.state.staff
    if access is None:
        return None
    headers = {k.lower(): v for k, v in request.headers.items()}
    token = request.cookies.get(SESSION_COOKIE, "")
    return await run_in_threadpool(access.account, token, headers)
