"""The web application: created with its collaborators, holding no globals."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Callable, Sequence
from pathlib import Path

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PackageLoader,
    PrefixLoader,
    select_autoescape,
)
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route

from appdb import DatabaseError
from directory.contact_ways import service_phones
from directory.council import Council
from directory.council_names import default_council_names
from directory.editing import Editing
from directory.geography import PostcodeDirectory
from directory.prose import prose_blocks
from directory.reports import ReportQueue
from directory.safe_values import safe_link
from directory.store import ServiceStore, StoreError
from feedback.service import Feedback
from matching.crisis import CrisisLines
from matching.engine import Matcher
from matching.finder import Finder
from matching.sensitive import DEFAULT_EXIT_URL, ExitTopics
from staff.access import StaffAccess
from web import (
    api,
    council_pages,
    editor_pages,
    feedback_pages,
    manager_pages,
    match_api,
    pages,
    public,
    safety_pages,
    staff_pages,
)
from web.access_log import AccessLog
from web.body_limit import BodyLimit
from web.client_address import Network
from web.govuk_components import CachedComponents
from web.map_tiles import LEAFLET, MapTiles
from web.schemas import error_body
from web.security_headers import SecurityHeaders
from web.static_files import BUILD, FRONTEND, SCRIPTS, CachedStaticFiles

TEMPLATES = Path(__file__).parent / "templates"


def create_app(
    store: ServiceStore,
    matcher: Matcher | None = None,
    postcodes: PostcodeDirectory | None = None,
    warm_up: bool = False,
    reports: ReportQueue | None = None,
    staff: StaffAccess | None = None,
    feedback: Feedback | None = None,
    editing: Editing | None = None,
    base_url: str | None = None,
    trusted_proxies: tuple[Network, ...] = (),
    council: Council | None = None,
    holds_sample: Callable[[], bool] | None = None,
    crisis_lines: CrisisLines | None = None,
    exit_url: str = DEFAULT_EXIT_URL,
    map_tiles: MapTiles | None = None,
    closing: Sequence[Callable[[], object]] = (),
) -> Starlette:
    """The app over one store. With `warm_up`, the matcher loads its model and index at
    start-up instead of on the first request. Without `reports`, the public pages offer no
    "report a problem" form. `base_url` is the public address that absolute links are built
    from (never the request's Host header); without it, links are relative. A client's
    `X-Forwarded-For` is believed only when it comes from one of `trusted_proxies`. Pages
    name the `council` running the directory, and say the services are made up while
    `holds_sample()` is true (never, without it). The "Need help now?" page lists
    `crisis_lines` (the national lines by default: pass the matcher's configured ones), and
    the exit button on pages about domestic abuse and the like goes to `exit_url`. The results
    and service pages show a map where `map_tiles` names a tile server (none without it).
    Each of `closing` (such as the application database's `close`) is called, last first, when
    the app shuts down."""
    templates = Environment(
        loader=ChoiceLoader(
            [
                FileSystemLoader(TEMPLATES),
                PrefixLoader({"govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja")}),
            ]
        ),
        autoescape=select_autoescape(["html"]),
        # Templates do not change while the app runs: no file check on every page.
        auto_reload=False,
    )
    templates.filters["safe_url"] = safe_link  # links only http(s), or the schemes named
    templates.globals.update(
        council=council or Council(),
        holds_sample=holds_sample or (lambda: False),
        service_phones=service_phones,
        prose_blocks=prose_blocks,
        exit_url=exit_url,
        map_tiles=map_tiles,
    )
    # GOV.UK components rendered once for each set of parameters: most of a page's time else.
    templates.globals["component"] = CachedComponents(templates)
    postcodes = postcodes or PostcodeDirectory()

    async def on_http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if request.url.path.startswith("/api/"):
            return JSONResponse(error_body("request", str(exc.detail)), exc.status_code)
        html = templates.get_template("public/error.html").render(
            status=exc.status_code, detail=exc.detail, shortlist=[]
        )
        return HTMLResponse(html, exc.status_code)

    def unavailable(request: Request, kind: str, message: str) -> Response:
        """503 with `message`: JSON for the API, the error page otherwise."""
        if request.url.path.startswith("/api/"):
            return JSONResponse(error_body(kind, message), 503)
        html = templates.get_template("public/error.html").render(
            status=503, detail=message, shortlist=[]
        )
        return HTMLResponse(html, 503)

    async def on_store_error(request: Request, exc: Exception) -> Response:
        message = "The directory is not available just now. Please try again in a minute."
        return unavailable(request, "store", message)

    async def on_database_error(request: Request, exc: Exception) -> Response:
        # The application database (staff, letters, reports) is down or refused a change: say
        # so, as for the directory, and keep the reason in the log, not on the page.
        logging.getLogger(__name__).error("application database: %s", exc)
        message = "This service is not available just now. Please try again in a minute."
        return unavailable(request, "database", message)

    async def on_sign_in_needed(request: Request, exc: Exception) -> Response:
        return staff_pages.sign_in_redirect(request)

    routes = [
        Route("/", public.home, methods=["GET"]),
        Route("/search", public.search, methods=["GET"]),
        Route("/shortlist", public.shortlist, methods=["GET"]),
        Route("/shortlist", public.change_shortlist, methods=["POST"]),
        Route("/services/{service_id:path}/report", public.report_problem, methods=["GET", "POST"]),
        Route("/services/{service_id:path}", public.service_page, methods=["GET"]),
        Route("/help-now", safety_pages.help_now, methods=["GET"]),
        Route("/covering-your-tracks", safety_pages.covering_tracks, methods=["GET"]),
        Route("/privacy", council_pages.privacy, methods=["GET"]),
        Route("/cookies", council_pages.cookies, methods=["GET"]),
        Route("/accessibility", council_pages.accessibility, methods=["GET"]),
        Route("/feedback", council_pages.feedback, methods=["GET"]),
        Route("/sign-in", staff_pages.sign_in, methods=["GET", "POST"]),
        Route("/sign-out", staff_pages.sign_out, methods=["POST"]),
        Route("/staff", staff_pages.staff_home, methods=["GET"]),
        Route("/staff/reports", editor_pages.listing_reports, methods=["GET"]),
        Route("/staff/decisions/new", feedback_pages.new_decision, methods=["GET", "POST"]),
        Route("/staff/decisions", feedback_pages.my_decisions, methods=["GET"]),
        Route("/staff/decisions/add", feedback_pages.add_to_decision, methods=["POST"]),
        Route(
            "/staff/decisions/{decision_id}/edit",
            feedback_pages.edit_decision,
            methods=["GET", "POST"],
        ),
        Route("/staff/decisions/{decision_id}", feedback_pages.decision_page, methods=["GET"]),
        Route(
            "/staff/decisions/{decision_id}/suggestions",
            feedback_pages.change_suggestions,
            methods=["POST"],
        ),
        Route(
            "/staff/decisions/{decision_id}/message",
            feedback_pages.set_message,
            methods=["POST"],
        ),
        Route(
            "/staff/decisions/{decision_id}/needs/{number}/reading",
            feedback_pages.change_reading,
            methods=["POST"],
        ),
        Route("/staff/decisions/{decision_id}/letter", feedback_pages.letter_page, methods=["GET"]),
        Route("/staff/decisions/{decision_id}/send", feedback_pages.send_letter, methods=["POST"]),
        Route("/staff/worklist", manager_pages.worklist, methods=["GET"]),
        Route("/staff/editor", editor_pages.editor_queue, methods=["GET"]),
        Route(
            "/staff/listings/{service_id:path}/edit",
            editor_pages.edit_listing,
            methods=["GET", "POST"],
        ),
        Route(
            "/staff/listings/{service_id:path}/checked",
            editor_pages.checked_today,
            methods=["POST"],
        ),
        Route(
            "/staff/listings/{service_id:path}/conflicts",
            editor_pages.resolve_conflict,
            methods=["POST"],
        ),
        Route("/staff/reports/{report_id}/done", editor_pages.report_done, methods=["POST"]),
        Route(
            "/staff/listings/{service_id:path}/suggestions",
            editor_pages.decide_suggestion,
            methods=["POST"],
        ),
        Route("/staff/gaps", manager_pages.gaps_page, methods=["GET"]),
        Route("/staff/gaps.csv", manager_pages.gaps_csv_download, methods=["GET"]),
        Route(
            "/staff/decisions/{decision_id}/letter.pdf",
            feedback_pages.letter_pdf,
            methods=["GET"],
        ),
        Route("/acknowledge/{token}", feedback_pages.acknowledge, methods=["GET", "POST"]),
        Mount("/govuk", CachedStaticFiles(FRONTEND / "govuk", max_age=7 * 24 * 3600)),
        Mount("/static/build", CachedStaticFiles(BUILD, max_age=3600)),
        Mount("/static/js", CachedStaticFiles(SCRIPTS, max_age=3600)),
        Mount("/static/leaflet", CachedStaticFiles(LEAFLET, max_age=7 * 24 * 3600)),
        Route("/api/", api.api_root, methods=["GET"]),
        Route("/api/openapi.json", api.openapi, methods=["GET"]),
        Route("/api/docs", pages.api_docs, methods=["GET"]),
        Route("/api/services", api.list_services, methods=["GET"]),
        Route("/api/taxonomies", api.list_taxonomies, methods=["GET"]),
        Route("/api/taxonomy_terms", api.list_taxonomy_terms, methods=["GET"]),
        Route("/api/taxonomy_terms/{term_id:path}", api.get_taxonomy_term, methods=["GET"]),
        Route("/api/match", match_api.match, methods=["POST"]),
        Route("/api/services/{service_id:path}", api.get_service, methods=["GET"]),
    ]

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        with contextlib.ExitStack() as resources:  # each is closed even if another fails
            for close in closing:
                resources.callback(close)
            if warm_up and matcher is not None:
                await run_in_threadpool(matcher.warm_up)
            yield

    app = Starlette(
        routes=routes,
        middleware=[
            Middleware(AccessLog),
            Middleware(SecurityHeaders, tile_origin=map_tiles.origin if map_tiles else None),
            Middleware(BodyLimit),
            Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"]),
        ],
        exception_handlers={
            HTTPException: on_http_error,
            StoreError: on_store_error,
            DatabaseError: on_database_error,
            staff_pages.SignInNeeded: on_sign_in_needed,
        },
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.matcher = matcher
    app.state.postcodes = postcodes
    app.state.templates = templates
    app.state.reports = reports
    app.state.council_names = default_council_names()
    app.state.staff = staff
    app.state.feedback = feedback
    app.state.editing = editing
    app.state.base_url = (base_url or "").rstrip("/")
    app.state.trusted_proxies = trusted_proxies
    app.state.finder = Finder(store, matcher, postcodes)
    app.state.crisis_lines = crisis_lines or CrisisLines.load()
    app.state.exit_topics = ExitTopics.load()
    return app
