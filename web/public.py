"""The public directory's pages: home, results, a service, the shortlist, reporting a problem.

Every page works without JavaScript: filters are a GET form, the shortlist and the report are
POST forms with a CSRF token, the shortlist lives in a cookie and can be shared as a link.
Confidential addresses never reach a page: templates only see a location's address through
`visible_address`, which is empty for a hidden one.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from datetime import datetime
from importlib.resources import files
from typing import Any
from urllib.parse import quote, urlencode

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from directory.access import for_family, for_staff
from directory.areas import default_councils
from directory.contact_ways import service_phones
from directory.council import Council
from directory.geography import PostcodePlace, distance_km
from directory.opening_times import opening_times
from directory.published import published_record
from directory.records import Location, Service
from directory.reports import PROBLEMS, ReportQueue, check_report
from directory.store import ServiceStore
from matching.finder import DAYS, DELIVERY, Finder, FindQuery
from matching.languages import language_names
from staff.access import StaffAccess
from staff.accounts import MANAGER, PRACTITIONER, Account
from web import csrf, exit_page
from web.directory_facts import DirectoryFactsCache, short_id
from web.filter_tags import filter_tags, search_href, search_params
from web.session import current_account

SHORTLIST_COOKIE = "earlyhelp_shortlist"
MAX_SHORTLIST = 30
DISTANCES = (1, 2, 5, 10, 20)
MAX_TEXT = 200
TRY_INSTEAD = ("parenting", "money worries", "school", "feeling low", "domestic abuse")


@functools.cache
def language_choices() -> dict[str, str]:
    """One code for each language name (two codes can name one language: British Sign
    Language is both `sgn` and `bfi`), the first the list gives."""
    chosen: dict[str, str] = {}
    for code, name in language_names().items():
        if name not in chosen.values():
            chosen[code] = name
    return chosen


def spoken_languages(service: Service) -> list[str]:
    """The names of the languages a listing states, each once; [] when it states none."""
    names = language_names()
    return list(dict.fromkeys(names.get(code, code) for code in service.languages))


@dataclass(frozen=True)
class Site:
    """A place a service is at, and how far it is from the family's postcode (None when no
    postcode was given or the place has no coordinates)."""

    location: Location
    address: str
    distance_km: float | None


def sites(service: Service, place: PostcodePlace | None) -> list[Site]:
    """The service's places with a published address, nearest first when there is a
    postcode (else in the listing's order): the distance shown with an address is to that
    address."""
    found = []
    for location in service.locations:
        address = visible_address(location)
        if not address:
            continue
        km = None
        if place is not None and location.latitude is not None and location.longitude is not None:
            km = distance_km(place.latitude, place.longitude, location.latitude, location.longitude)
        found.append(Site(location, address, km))
    if place is not None:
        found.sort(key=lambda site: (site.distance_km is None, site.distance_km or 0.0))
    return found


@functools.cache
def _councils_named(area: str) -> frozenset[str]:
    return frozenset(default_councils().named(area)) if area else frozenset()


def _covered_councils(request: Request) -> frozenset[str]:
    """The councils the directory covers: those of the configured area (EARLYHELP_AREA) when
    it names councils, else those where most of the directory's venues are."""
    council: Council | None = request.app.state.templates.globals.get("council")
    named = _councils_named(council.area) if council is not None else frozenset()
    return named or _facts(request).facts().councils


def _facts(request: Request) -> DirectoryFactsCache:
    cache: DirectoryFactsCache | None = getattr(request.app.state, "directory_facts", None)
    if cache is None:
        cache = DirectoryFactsCache(request.app.state.store)
        request.app.state.directory_facts = cache
    return cache


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
    postcode = params.get("postcode", "").strip().upper() or None
    query = FindQuery(
        text=text,
        category_id=params.get("category") or None,
        child_age=age,
        postcode=postcode,
        within_km=float(distance) if distance else None,
        free_only=params.get("free") == "yes",
        language=(params.get("language") or "").lower()[:3] or None,
        delivery=delivery if delivery in DELIVERY else None,
        day=day if day in DAYS else None,
        # A postcode without words asks what is near: nearest first, unless asked otherwise.
        sort="distance"
        if params.get("sort") == "distance" or (not text and not params.get("sort") and postcode)
        else "relevance",
        page=_int(params.get("page"), 1, 10_000) or 1,
    )
    return query, errors


def _page_link(params: dict[str, str], page: int) -> str:
    return "/search?" + urlencode({**search_params(params), "page": str(page)})


async def home(request: Request) -> Response:
    store: ServiceStore = request.app.state.store
    terms = await run_in_threadpool(store.taxonomy_terms)
    return render(request, "public/home.html", {"groups": category_groups(terms)})


async def search(request: Request) -> Response:
    store: ServiceStore = request.app.state.store
    finder: Finder = request.app.state.finder
    params = search_params(dict(request.query_params))
    query, errors = parse_find({**params, "page": request.query_params.get("page", "1")})
    if query.is_empty and not params:
        return RedirectResponse("/", 303)
    result = await run_in_threadpool(finder.find, query)
    if result.problem:
        errors["postcode"] = result.problem
    category = None
    if query.category_id:
        category = await run_in_threadpool(store.taxonomy_term, query.category_id)
    outside = None
    if result.place is not None:
        covered = await run_in_threadpool(_covered_councils, request)
        if covered and result.place.la_code not in covered:
            outside = search_href({k: v for k, v in params.items() if k != "postcode"})
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
            "sites": {item.service.id: sites(item.service, result.place) for item in result.items},
            "outside_area": outside,
            "filter_tags": filter_tags(
                params, query, category["name"] if category else None, language_names()
            ),
            "clear_filters": search_href({"q": params["q"]}) if params.get("q") else "/",
            "here": search_href(params, result.page),
            "search_query": urlencode(
                {**params, **({"page": str(result.page)} if result.page > 1 else {})}
            ),
            "changed": _shortlist_change(request),
            "short_id": short_id,
            "languages_named": language_names(),
            "exit_page": exit_page.for_results(
                request, [item.service for item in result.items], category, query.text
            ),
            **_filter_items(query),
        },
    )


def _filter_items(query: FindQuery) -> dict[str, list[dict[str, Any]]]:
    """The options of the filter form's controls, with the chosen ones marked."""
    chosen_km = int(query.within_km) if query.within_km else None
    return {
        "distances_items": [
            {"value": str(km), "text": f"Within {km} km", "selected": km == chosen_km}
            for km in DISTANCES
        ],
        "languages_items": [{"value": "", "text": "Any language"}]
        + [
            {"value": code, "text": name, "selected": code == query.language}
            for code, name in sorted(language_choices().items(), key=lambda item: item[1])
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
    search = search_params(dict(request.query_params))
    page = _int(request.query_params.get("page"), 2, 10_000)
    back = search_href(search, page or 1)
    kept = {**search, **({"page": str(page)} if page else {})}
    here = quote(request.url.path) + ("?" + urlencode(kept) if kept else "")
    record = published_record(stored)
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
            "record": record,
            "routes": for_family(stored.service),
            "languages": language_names(),
            "visible_address": visible_address,
            "place": place,
            "sites": sites(stored.service, place),
            "opening_times": opening_times(record),
            "spoken_names": spoken_languages(stored.service),
            "back_to_search": back,
            "service_here": here,
            "changed": _shortlist_change(request),
            "account": account,
            "drafts": drafts,
            "notes": notes,
            "access_route": for_staff(stored.service),
            "exit_page": exit_page.for_service(request, stored.service),
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


def _shortlist_change(request: Request) -> tuple[str, str] | None:
    """What a redirect after changing the shortlist says was done ("added" or "removed"),
    and to which service (its short id); None when nothing was."""
    for done in ("added", "removed"):
        short = request.query_params.get(done)
        if short:
            return done, short
    return None


def _shortlist_ids(request: Request) -> list[str]:
    raw = request.cookies.get(SHORTLIST_COOKIE, "")
    return [i for i in raw.split(",") if i][:MAX_SHORTLIST]


async def shortlist(request: Request) -> Response:
    store: ServiceStore = request.app.state.store
    shared_short = request.query_params.get("s")
    shared = request.query_params.get("ids")  # the long form of links sent before
    ids = [i for i in (shared or "").split(",") if i][:MAX_SHORTLIST]
    if shared_short is not None:
        facts = await run_in_threadpool(_facts(request).facts)
        wanted = [i.strip().lower() for i in shared_short.split(",")][:MAX_SHORTLIST]
        ids = [facts.by_short_id[i] for i in wanted if i in facts.by_short_id]
    elif shared is None:
        ids = _shortlist_ids(request)
    listed = []
    found = await run_in_threadpool(store.get_many, ids)
    for service_id in ids:
        stored = found.get(service_id)
        if stored is not None:
            record = published_record(stored)
            listed.append(
                ShortlistEntry(
                    stored.service,
                    record,
                    service_phones(record),
                    opening_times(record),
                    for_family(stored.service),
                    sites(stored.service, None),
                )
            )
    # Commas are allowed in a query: left as they are, the link stays short.
    share = "/shortlist?s=" + ",".join(short_id(e.service.id) for e in listed)
    return render(
        request,
        "public/shortlist.html",
        {
            "entries": listed,
            "shared": shared is not None or shared_short is not None,
            "share_link": request.app.state.base_url + share,
            "visible_address": visible_address,
        },
    )


@dataclass(frozen=True)
class ShortlistEntry:
    """A shortlisted service with what a family needs of it on paper."""

    service: Service
    record: dict[str, Any]
    phones: list[dict[str, Any]]
    times: list[str]
    routes: list[str]
    sites: list[Site]


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
    if back.startswith(("/search?", "/services/")):
        # Say what was done on the page it goes back to, at the result it was done on.
        done = "removed" if form.get("action") == "remove" else "added"
        back += ("&" if "?" in back else "?") + f"{done}={short_id(service_id)}"
        anchor = str(form.get("anchor", ""))
        if re.fullmatch(r"[a-z0-9-]{1,40}", anchor):
            back += "#" + anchor
    response = RedirectResponse(back, 303)
    # A session cookie (no max_age): a shortlist is not left for months on a shared phone.
    response.set_cookie(
        SHORTLIST_COOKIE,
        ",".join(ids),
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
