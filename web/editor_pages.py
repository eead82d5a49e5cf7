"""The directory editors' pages: the queue of what needs attention, editing a listing
(every change logged), "checked today", and confirming suggested tags and eligibility. The
work itself is done by directory/editing.py; these handlers read forms and render pages."""

from __future__ import annotations

from datetime import date

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from directory.areas import default_councils
from directory.editing import (
    TEXT_FIELDS,
    DealtWith,
    Editing,
    EditRefused,
    ListingNotFound,
    change_lines,
    confirmed_eligibility,
    dealt_with,
    parse_changes,
    pending_eligibility,
    save,
    settle_conflict,
    tag_suggestions,
    work_queue,
)
from directory.editing import checked_today as mark_checked_today
from directory.editing import decide_suggestion as decide
from directory.listing_form import COSTS, ListingForm, language_lookup
from directory.opening_times import DAY_NAMES
from directory.records import STATUSES
from directory.reports import PROBLEMS, ReportQueue
from directory.store import ServiceStore
from matching.fact_words import fact_words, uncertain_facts
from matching.reasons import language_names
from staff.accounts import EDITOR
from web import csrf
from web.public import render
from web.staff_pages import require

__all__ = ["DealtWith", "Editing"]  # the editors' workspace itself is in directory/editing.py


def _editing(request: Request) -> Editing:
    found: Editing | None = request.app.state.editing
    if found is None:
        raise HTTPException(404, "There is no page at this address.")
    return found


def _refused(error: EditRefused | ListingNotFound) -> HTTPException:
    return HTTPException(404 if isinstance(error, ListingNotFound) else 400, str(error))


async def editor_queue(request: Request) -> Response:
    account = await require(request, EDITOR)
    editing = _editing(request)
    queue = await run_in_threadpool(
        work_queue, editing, request.app.state.store, request.app.state.reports
    )
    return render(
        request, "staff/editor_queue.html", {"account": account, "problems": PROBLEMS, **queue}
    )


def typed_values(form: FormData) -> dict[str, str]:
    """What the editor typed in every field of the form (the first value of each), to show
    again with errors."""
    return {name: str(value) for name, value in form.multi_items() if name != "csrf_token"}


def _typed_lists(form: FormData) -> dict[str, list[str]]:
    """Every field of the form with all its values (a group of checkboxes sends several)."""
    found: dict[str, list[str]] = {}
    for name, value in form.multi_items():
        found.setdefault(name, []).append(str(value))
    return found


def _listing_form(request: Request, editing: Editing) -> ListingForm:
    """The form's reader of phones, places, times, languages, categories, areas and cost."""
    names = language_names()
    return ListingForm(
        postcodes=request.app.state.postcodes,
        councils=default_councils(),
        languages=language_lookup(names),
        language_names=names,
        categories=editing.category_terms(),
    )


async def edit_listing(request: Request) -> Response:
    account = await require(request, EDITOR)
    editing = _editing(request)
    store: ServiceStore = request.app.state.store
    service_id = request.path_params["service_id"]
    stored = await run_in_threadpool(store.get, service_id)
    if stored is None:
        raise HTTPException(404, "There is no listing at this address.")
    parts = await run_in_threadpool(_listing_form, request, editing)
    errors: dict[str, str] = {}
    typed: dict[str, str] = {}
    typed_lists: dict[str, list[str]] = {}
    saved = request.query_params.get("saved") == "1"
    if request.method == "POST":
        form = await csrf.checked_form(request)
        typed, typed_lists = typed_values(form), _typed_lists(form)
        changes, errors = parse_changes(typed_lists, stored.service, stored.source, parts)
        if not errors and changes:
            try:
                errors = await run_in_threadpool(
                    save, editing, store, service_id, changes, account.username
                )
            except (EditRefused, ListingNotFound) as error:
                raise _refused(error) from None
        if not errors:
            return RedirectResponse(f"/staff/listings/{service_id}/edit?saved=1", 303)
    stored = await run_in_threadpool(store.get, service_id)
    assert stored is not None
    reports: ReportQueue | None = request.app.state.reports
    return render(
        request,
        "staff/edit_listing.html",
        {
            "account": account,
            "service": stored.service,
            "record": stored.record,
            "parts": parts.shown(stored.source),
            "typed": typed if errors else {},
            "typed_lists": typed_lists if errors else {},
            "errors": errors,
            "error_list": [{"text": m, "href": f"#{f}"} for f, m in errors.items()],
            "saved": saved,
            "text_fields": TEXT_FIELDS,
            "day_names": DAY_NAMES,
            "costs": COSTS,
            "status_items": [
                {
                    "value": s,
                    "text": s,
                    "selected": s == (typed.get("status") if errors else stored.service.status),
                }
                for s in STATUSES
            ],
            "changes": await run_in_threadpool(change_lines, editing, service_id),
            "conflicts": await run_in_threadpool(editing.edits.conflicts, service_id),
            "reports": await run_in_threadpool(reports.about, service_id) if reports else [],
            "problems": PROBLEMS,
            "pending": pending_eligibility(editing, stored.service),
            "doubtful": [(f, fact_words(f)) for f in uncertain_facts(stored.service)],
            "confirmed": confirmed_eligibility(stored.service),
            "tags": await run_in_threadpool(tag_suggestions, editing, store, stored.service),
            "shown_from": editing.tags_shown_from,
        },
        400 if errors else 200,
    )


async def checked_today(request: Request) -> Response:
    account = await require(request, EDITOR)
    editing = _editing(request)
    await csrf.checked_form(request)
    service_id = request.path_params["service_id"]
    try:
        await run_in_threadpool(
            mark_checked_today, editing, request.app.state.store, service_id, account.username
        )
    except (EditRefused, ListingNotFound) as error:
        raise _refused(error) from None
    return RedirectResponse(f"/staff/listings/{service_id}/edit?saved=1", 303)


async def decide_suggestion(request: Request) -> Response:
    account = await require(request, EDITOR)
    editing = _editing(request)
    form = await csrf.checked_form(request)
    service_id = request.path_params["service_id"]
    answer = {
        name: str(form.get(name, ""))
        for name in ("kind", "decision", "field", "value", "sentence", "fact", "term_id")
    }
    try:
        await run_in_threadpool(
            decide,
            editing,
            request.app.state.store,
            service_id,
            answer,
            account.username,
            date.today(),
        )
    except (EditRefused, ListingNotFound) as error:
        raise _refused(error) from None
    return RedirectResponse(f"/staff/listings/{service_id}/edit?saved=1", 303)


async def resolve_conflict(request: Request) -> Response:
    account = await require(request, EDITOR)
    editing = _editing(request)
    form = await csrf.checked_form(request)
    service_id = request.path_params["service_id"]
    try:
        conflict_id = int(str(form.get("conflict_id", "")))
    except ValueError:
        raise HTTPException(400, "Which conflict?") from None
    keep = form.get("choice") == "keep"
    store: ServiceStore = request.app.state.store
    settled = await run_in_threadpool(
        settle_conflict, editing, store, service_id, conflict_id, keep, account.username
    )
    if not settled:
        raise HTTPException(404, "There is no such conflict waiting.")
    return RedirectResponse(f"/staff/listings/{service_id}/edit?saved=1", 303)


async def report_done(request: Request) -> Response:
    account = await require(request, EDITOR)
    form = await csrf.checked_form(request)
    reports: ReportQueue | None = request.app.state.reports
    try:
        report_id = int(request.path_params["report_id"])
    except ValueError:
        raise HTTPException(404, "There is no such report.") from None
    if reports is None or not await run_in_threadpool(reports.resolve, report_id, account.username):
        raise HTTPException(404, "There is no such report waiting.")
    back = str(form.get("back", ""))
    # Only back to a listing's own edit page: never to an address given from outside.
    if back.startswith("/staff/listings/") and back.endswith("/edit") and "//" not in back:
        return RedirectResponse(f"{back}?saved=1", 303)
    return RedirectResponse("/staff/editor", 303)


async def listing_reports(request: Request) -> Response:
    """The reports waiting, and those dealt with: who marked each, when, what was changed."""
    account = await require(request, EDITOR)
    reports: ReportQueue | None = request.app.state.reports
    editing: Editing | None = request.app.state.editing
    waiting = await run_in_threadpool(reports.waiting) if reports else []
    dealt = await run_in_threadpool(dealt_with, editing, reports) if reports else []
    staff = request.app.state.staff
    names: dict[str, str] = {}
    for username in {d.report.resolved_by for d in dealt if d.report.resolved_by}:
        found = await run_in_threadpool(staff.accounts.get, username) if staff else None
        names[username] = f"{found.display_name} ({username})" if found else username
    return render(
        request,
        "staff/reports.html",
        {
            "account": account,
            "reports": waiting,
            "dealt": dealt,
            "names": names,
            "problems": PROBLEMS,
        },
    )
