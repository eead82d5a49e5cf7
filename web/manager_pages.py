"""The manager's pages: the feedback worklist (letters overdue, by whom, how late) and the gaps
in local support (needs no suitable local service met, how they were read, where)."""

from __future__ import annotations

from datetime import date, timedelta

from markupsafe import Markup
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from directory.council_names import CouncilNames
from feedback.gaps import GapRow, bar_chart_svg, by_category, gaps_csv
from feedback.manager import NO_CATEGORY, WorkItem
from feedback.service import Feedback
from staff.access import StaffAccess
from staff.accounts import MANAGER
from web.public import render
from web.staff_pages import require

#: The period the gaps page shows when none is asked for.
DEFAULT_PERIOD = timedelta(days=90)


def _feedback(request: Request) -> Feedback:
    found: Feedback | None = request.app.state.feedback
    if found is None:
        raise HTTPException(404, "There is no page at this address.")
    return found


def _names(request: Request, items: list[WorkItem]) -> dict[str, str]:
    """Each practitioner's name by username (the username when no account holds it now)."""
    staff: StaffAccess | None = request.app.state.staff
    names: dict[str, str] = {}
    for username in {item.created_by for item in items}:
        account = staff.accounts.get(username) if staff else None
        names[username] = account.display_name if account else username
    return names


async def worklist(request: Request) -> Response:
    account = await require(request, MANAGER)
    feedback = _feedback(request)
    unsent, unacknowledged = await run_in_threadpool(feedback.store.worklist, feedback.working_days)
    names = await run_in_threadpool(_names, request, [*unsent, *unacknowledged])
    return render(
        request,
        "staff/worklist.html",
        {
            "account": account,
            "unsent": unsent,
            "unacknowledged": unacknowledged,
            "names": names,
            "days": feedback.working_days,
        },
    )


def _period(request: Request) -> tuple[date, date, str | None]:
    today = _feedback(request).store.now().date()
    error = None
    try:
        until = date.fromisoformat(request.query_params.get("to", "") or today.isoformat())
        since = date.fromisoformat(
            request.query_params.get("from", "") or (until - DEFAULT_PERIOD).isoformat()
        )
    except ValueError:
        until, since = today, today - DEFAULT_PERIOD
        error = "Enter the dates like 2026-08-24; showing the last 90 days instead"
    if since > until:
        since, until = until, since
    return since, until, error


def _councils(request: Request) -> CouncilNames:
    found: CouncilNames = request.app.state.council_names
    return found


async def gaps_page(request: Request) -> Response:
    account = await require(request, MANAGER)
    feedback = _feedback(request)
    councils = _councils(request)
    since, until, error = _period(request)
    counts = await run_in_threadpool(feedback.store.gaps, since, until)
    rows = [GapRow(category, councils.name(code), n, code) for category, code, n in counts]
    needs = await run_in_threadpool(feedback.store.unmet_needs, since, until)
    totals = by_category(rows)
    chart = bar_chart_svg(totals, f"Unmet needs by category, {since} to {until}")
    return render(
        request,
        "staff/gaps.html",
        {
            "account": account,
            "rows": rows,
            "needs": [
                {
                    "need": need,
                    "categories": ", ".join(need.categories) or NO_CATEGORY,
                    "area": councils.name(need.la_code),
                }
                for need in needs
            ],
            "totals": totals,
            "chart": Markup(chart),
            "since": since,
            "until": until,
            "error": error,
        },
    )


async def gaps_csv_download(request: Request) -> Response:
    """The counts as CSV, with the council areas' names and GSS codes (for joining with
    other data); the needs' own words stay on the staff page."""
    await require(request, MANAGER)
    feedback = _feedback(request)
    councils = _councils(request)
    since, until, _ = _period(request)
    counts = await run_in_threadpool(feedback.store.gaps, since, until)
    rows = [GapRow(category, councils.name(code), n, code) for category, code, n in counts]
    return Response(
        gaps_csv(rows, since.isoformat(), until.isoformat()),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="unmet-needs-{since}-{until}.csv"'},
    )
