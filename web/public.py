"""The public directory's pages: home, results, a service, the shortlist, reporting a problem.

Every page works without JavaScript: filters are a GET form, the shortlist and the report are
POST forms with a CSRF token, the shortlist lives in a cookie and can be shared as a link.
Confidential addresses never reach a page: templates only see a location's address through
`visible_address`, which is empty for a hidden one.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from datetime import datetime
from importlib.resources import files
from typing import Any
from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from directory.published import published_record
from directory.records import Location, Service
from directory.reports import PROBLEMS, ReportQueue, check_report
from directory.store import ServiceStore
from matching.finder import DAYS, DELIVERY, Finder, FindQuery
from matching.reasons import access_route
from matching.reasons import language_names as _read_language_names
from staff.access import StaffAccess
from staff.accounts import MANAGER, PRACTITIONER, Account
from web import csrf
from web.session import current_account

SHORTLIST_COOKIE = "earlyhelp_shortlist"
MAX_SHORTLIST = 30
DISTANCES = (1, 2, 5, 10, 20)
MAX_TEXT = 200
TRY_INSTEAD = ("parenting", "money worries", "school", "feeling low", "domestic abuse")


@functools.cache
def language_names() -> dict[str, str]:
    return _read_language_names()


@dataclass(frozen=True)
class CategoryGroup:
    name: str
    terms: list[dict[str, Any]]


@functools.cache
def _parent_names() -> dict[str, str]:
    data = json.loads(files("ingest").joinpath("data/dfe_categories.json").read_text())
    return {t["id"]: t["name"] for t in data["terms"] if not t["parent_id"]}


def category_groups(terms: list[dict[str, Any]]) -> list[CategoryGroup]:
    """The directory's categories, under their parent category where it is known."""
    parents = _parent_names()
    groups: dict[str, list[dict[str, Any]]] = {}
    for term in terms:
        parent = parents.get(str(term.get("parent_id") or ""), "Other services")
        groups.setdefault(parent, []).append(term)
    order = [*parents.values(), "Other services"]
    return [
        CategoryGroup(name, sorted(groups[name], key=lambda t: str(t["name"])))
        for name in order
        if name in groups
    ]


def visible_address(location: Location) -> str:
    """A location's address for a page: nothing for a confidential one."""
    if location.hide_address:
        return ""
    return ", ".join(p for p in (location.address, location.postcode or "") if p)


def access_routes(service: Service) -> list[str]:
    routes = []
    if "self-referral" in service.flags:
        routes.append("You can contact the service yourself")
    if "professional-referral" in service.flags:
        routes.append("A professional (such as a GP, health visitor or school) can refer you")
    return routes


def render(request: Request, template: str, context: dict[str, Any], status: int = 200) -> Response:
    token = csrf.token_for(request)
    html = request.app.state.templates.get_template(template).render(
        **context,
        csrf_token=token,
        shortlist=_shortlist_ids(request),
        request_path=request.url.path,
        query_string=request.url.query,
    )
    response = HTMLResponse(html, status)
    csrf.remember(response, token, request.url.scheme == "https")
    return response


def _int(text: str | None, low: int, high: int) -> int | None:
    try:
        value = int(str(text).strip())
    except (TypeError, ValueError):
        return None
    return value if low <= value <= high else None


def parse_find(params: dict[str, str]) -> tuple[FindQuery, dict[str, str]]:
    """The search as asked in the page's query string, and a message for each value that
    cannot be used (it is then left out, not guessed)."""
    errors: dict[str, str] = {}
    age_text = params.get("age", "").strip()
    age = _int(age_text, 0, 25) if age_text else None
    if age_text and age is None:
        errors["age"] = "Enter the child's age as a number from 0 to 25"
    distance_text = params.get("distance", "").strip()
    distance = _int(distance_text, 1, 100) if distance_text else None
    delivery = params.get("delivery") or None
    day = params.get("day") or None
    text = params.get("q", "").strip()[:MAX_TEXT]
    query = FindQuery(
        text=text,
        category_id=params.get("category") or None,
        child_age=age,
        postcode=params.get("postcode", "").strip().upper() or None,
        within_km=float(distance) if distance else None,
        free_only=params.get("free") == "yes",
        language=(params.get("language") or "").lower()[:3] or None,
        delivery=delivery if delivery in DELIVERY else None,
        day=day if day in DAYS else None,
        sort="distance" if params.get("sort") == "distance" else "relevance",
        page=_int(params.get("page"), 1, 10_000) or 1,
    )
    return query, errors


def _page_link(params: dict[str, str], page: int) -> str:
    return "/search?" + urlencode({**params, "page": str(page)})


async def home(request: Request) -> Response:
    store: ServiceStore = request.app.state.store
    terms = await run_in_threadpool(store.taxonomy_terms)
    return render(request, "public/home.html", {"groups": category_groups(terms)})


async def search(request: Request) -> Response:
    store: ServiceStore = request.app.state.store
    finder: Finder = request.app.state.finder
    params = {k: v for k, v in request.query_params.items() if v and k != "page"}
    query, errors = parse_find({**params, "page": request.query_params.get("page", "1")})
    if query.is_empty and not params:
        return RedirectResponse("/", 303)
    result = await run_in_threadpool(finder.find, query)
    if result.problem:
        errors["postcode"] = result.problem
    category = None
    if query.category_id:
        category = await run_in_threadpool(store.taxonomy_term, query.category_id)
    pagination = {
        "previous": {"href": _page_link(params, result.page - 1)} if result.page > 1 else None,
        "next": {"href": _page_link(params, result.page + 1)}
        if result.page < result.pages
        else None,
        "items": [
            {"number": n, "href": _page_link(params, n), "current": n == result.page}
            for n in range(1, result.pages + 1)
        ],
    }
    return render(
        request,
        "public/results.html",
        {
            "query": query,
            "result": result,
            "errors": errors,
            "error_list": [{"text": m, "href": f"#{f}"} for f, m in errors.items()],
            "category": category,
            "pagination": pagination,
            "try_instead": TRY_INSTEAD,
            "visible_address": visible_address,
            **_filter_items(query),
        },
    )


def _filter_items(query: FindQuery) -> dict[str, list[dict[str, Any]]]:
    """The options of the filter form's controls, with the chosen ones marked."""
    chosen_km = int(query.within_km) if query.within_km else None
    names = language_names()
    return {
        "distances_items": [
            {"value": str(km), "text": f"Within {km} km", "selected": km == chosen_km}
            for km in DISTANCES
        ],
        "languages_items": [{"value": "", "text": "Any language"}]
        + [
            {"value": code, "text": name, "selected": code == query.language}
            for code, name in sorted(names.items(), key=lambda item: item[1])
            if code != "en"
        ],
        "delivery_items": [{"value": "", "text": "Any way", "checked": query.delivery is None}]
        + [
            {"value": code, "text": label, "checked": code == query.delivery}
            for code, label in DELIVERY.items()
        ],
        "day_items": [{"value": "", "text": "Any day"}]
        + [
            {"value": code, "text": name, "selected": code == query.day}
            for code, name in DAYS.items()
        ],
    }


async def service_page(request: Request) -> Response:
    store: ServiceStore = request.app.state.store
    finder: Finder = request.app.state.finder
    stored = await run_in_threadpool(store.get, request.path_params["service_id"])
    if stored is None:
        raise HTTPException(404, "There is no service at this address.")
    postcode = request.query_params.get("postcode", "").strip().upper()
    place, _ = await run_in_threadpool(finder.place, postcode or None)
    account = await current_account(request)
    drafts: list[tuple[str, str]] = []
    feedback = request.app.state.feedback
    notes = await _colleagues_notes(request, account, stored.service.id)
    if account is not None and feedback is not None and account.has_any(PRACTITIONER):
        drafts = await run_in_threadpool(feedback.store.drafts_by, account.username)
    return render(
        request,
        "public/service.html",
        {
            "service": stored.service,
            "record": published_record(stored),
            "routes": access_routes(stored.service),
            "languages": language_names(),
            "visible_address": visible_address,
            "place": place,
            "distance": finder.distance(stored.service, place),
            "account": account,
            "drafts": drafts,
            "notes": notes,
            "access_route": access_route(stored.service),
        },
    )


#: Who may read colleagues' notes on services: by role, not by rank (an admin without
#: either role does not see them, nor does a directory editor).
NOTE_READERS = frozenset({PRACTITIONER, MANAGER})


@dataclass(frozen=True)
class ColleagueNote:
    """A practitioner's note on a service, as a colleague sees it: who wrote it (their
    name, else their username) and the day, in words."""

    text: str
    author: str
    written_on: str


async def _colleagues_notes(
    request: Request, account: Account | None, service_id: str
) -> list[ColleagueNote]:
    """The latest notes practitioners wrote on this service, for a signed-in practitioner or
    manager only; nothing for anyone else (the public, editors, admins without either
    role)."""
    feedback = request.app.state.feedback
    if account is None or feedback is None or not account.roles & NOTE_READERS:
        return []
    notes = await run_in_threadpool(feedback.store.notes_about, service_id)
    names = await run_in_threadpool(_staff_names, request, {n.noted_by for n in notes})
    return [
        ColleagueNote(note.text, names.get(note.noted_by, "a colleague"), _day(note.noted_at))
        for note in notes
    ]


def _staff_names(request: Request, usernames: set[str]) -> dict[str, str]:
    """Each username's display name (the username itself for an account no longer kept)."""
    staff: StaffAccess | None = request.app.state.staff
    names: dict[str, str] = {}
    for username in usernames - {""}:
        account = staff.accounts.get(username) if staff is not None else None
        names[username] = account.display_name if account is not None else username
    return names


def _day(stamp: str) -> str:
    """A time like 2026-11-25T09:00:00Z as the day in words (25 November 2026); empty if
    unknown."""
    try:
        return datetime.strptime(stamp[:10], "%Y-%m-%d").strftime("%-d %B %Y")
    except ValueError:
        return ""


def _shortlist_ids(request: Request) -> list[str]:
    raw = request.cookies.get(SHORTLIST_COOKIE, "")
    return [i for i in raw.split(",") if i][:MAX_SHORTLIST]


async def shortlist(request: Request) -> Response:
    store: ServiceStore = request.app.state.store
    shared = request.query_params.get("ids")
    ids = [i for i in (shared or "").split(",") if i][:MAX_SHORTLIST] or _shortlist_ids(request)
    services = []
    for service_id in ids:
        stored = await run_in_threadpool(store.get, service_id)
        if stored is not None:
            services.append(stored.service)
    share = "/shortlist?" + urlencode({"ids": ",".join(s.id for s in services)})
    return render(
        request,
        "public/shortlist.html",
        {
            "services": services,
            "shared": shared is not None,
            "share_link": request.app.state.base_url + share,
            "visible_address": visible_address,
        },
    )


async def change_shortlist(request: Request) -> Response:
    form = await csrf.checked_form(request)
    service_id = str(form.get("service_id", ""))
    ids = _shortlist_ids(request)
    if form.get("action") == "remove":
        ids = [i for i in ids if i != service_id]
    elif service_id and service_id not in ids:
        store: ServiceStore = request.app.state.store
        if await run_in_threadpool(store.get, service_id) is None:
            raise HTTPException(404, "There is no such service to add.")
        ids = [*ids, service_id][-MAX_SHORTLIST:]
    back = str(form.get("back", "/shortlist"))
    if not back.startswith("/") or back.startswith("//"):
        back = "/shortlist"
    response = RedirectResponse(back, 303)
    response.set_cookie(
        SHORTLIST_COOKIE,
        ",".join(ids),
        max_age=60 * 60 * 24 * 90,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
    )
    return response


async def report_problem(request: Request) -> Response:
    store: ServiceStore = request.app.state.store
    reports: ReportQueue | None = request.app.state.reports
    stored = await run_in_threadpool(store.get, request.path_params["service_id"])
    if stored is None or reports is None:
        raise HTTPException(404, "There is no service at this address.")
    values = {"problem": "", "details": "", "email": ""}
    errors: dict[str, str] = {}
    if request.method == "POST":
        form = await csrf.checked_form(request)
        values = {k: str(form.get(k, "")).strip() for k in values}
        errors = check_report(values["problem"], values["details"], values["email"])
        if not errors:
            number = await run_in_threadpool(
                reports.add,
                stored.service.id,
                stored.service.name,
                values["problem"],
                values["details"],
                values["email"],
            )
            return render(
                request,
                "public/report_done.html",
                {"service": stored.service, "number": number},
            )
    problem_items = [
        {"value": key, "text": text, "checked": key == values["problem"]}
        for key, text in PROBLEMS.items()
    ]
    return render(
        request,
        "public/report.html",
        {
            "service": stored.service,
            "values": values,
            "errors": errors,
            "errors_list": [
                {"text": m, "href": f"#{f}" if f != "problem" else "#problem"}
                for f, m in errors.items()
            ],
            "problem_items": problem_items,
        },
        400 if errors else 200,
    )
