"""Safety and the pages every council service has, in a real headless Chromium (Debian's) at
320, 390 and 1280 px with JavaScript on and off: axe-core (WCAG 2.2 A and AA, and its
best-practice rules) on every public page, crisis lines first for a search that signals
immediate risk, the "Need help now?" link in every footer, the exit button (and its Shift
shortcut) on domestic abuse pages only, a shortlist cookie that ends with the session, and a
keyboard journey. Screenshots go to test-artifacts/screenshots/safety-*.png."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Route, expect

from appdb.sqlite import SQLiteDatabase
from directory.council import Council
from directory.geography import PostcodeDirectory
from directory.reports import ReportQueue
from matching.embedding import CachedEmbedder
from matching.engine import Matcher
from matching.onnx_embedding import MiniLMInt8Embedder
from matching.sensitive import DEFAULT_EXIT_URL
from tests.conftest import SeedFile
from tests.web.browser import AXE, WCAG_22_AA, LiveServer, screenshot
from web.app import create_app

pytestmark = pytest.mark.model

WIDTHS = {"320": (320, 640), "390": (390, 844), "1280": (1280, 900)}
#: Seed services: a domestic abuse advocacy service and a toddler group.
ABUSE = "3f2d8c00-d9e6-5234-8111-4223eb97645a"
TODDLERS = "0223075c-5539-5fbd-a58f-84b5714162a5"
DOMESTIC_ABUSE = "621b2972-a704-53b2-891f-f57359074acc"
CRISIS_SEARCH = "my son wants to kill himself"
COUNCIL = Council(
    name="Bath and North East Somerset Council",
    area="Bath and North East Somerset",
    phone="01225 000 000",
    email="fis@example.org",
    website="https://www.example.org/fis",
)

PAGES = {
    "home": "/",
    "results": "/search?q=money+worries&postcode=BA2+3AB",
    "crisis-results": "/search?q=" + CRISIS_SEARCH.replace(" ", "+"),
    "abuse-results": "/search?category=" + DOMESTIC_ABUSE,
    "abuse-service": f"/services/{ABUSE}",
    "toddler-service": f"/services/{TODDLERS}",
    "shortlist": "/shortlist",
    "report": f"/services/{TODDLERS}/report",
    "report-errors": f"/services/{TODDLERS}/report",
    "error": "/no-such-page",
    "help-now": "/help-now",
    "covering-your-tracks": "/covering-your-tracks",
    "privacy": "/privacy",
    "cookies": "/cookies",
    "accessibility": "/accessibility",
    "feedback": "/feedback",
    "api-docs": "/api/docs",
}


@pytest.fixture(scope="module")
def site(
    tmp_path_factory: pytest.TempPathFactory,
    seed_model: SeedFile,
    int8: MiniLMInt8Embedder,
    postcodes: PostcodeDirectory,
) -> Iterator[str]:
    folder = Path(tmp_path_factory.mktemp("safety"))
    store = seed_model.copy_to(folder / "directory.db")
    embedder = CachedEmbedder(int8)
    app = create_app(
        store,
        Matcher(store, embedder, postcodes),
        postcodes,
        reports=ReportQueue(SQLiteDatabase(folder / "directory.db")),
        council=COUNCIL,
        holds_sample=lambda: True,
    )
    with LiveServer(app) as server:
        yield server.url
    store.close()


def new_context(browser: Browser, width: str, js: bool, for_axe: bool = False) -> BrowserContext:
    """A browser context at `width`, with the page's JavaScript on or off. axe-core cannot
    finish with script execution turned off (its promise never settles), so `for_axe` turns it
    off another way: the pages arrive without their scripts, exactly as a browser without
    JavaScript shows them, and only axe runs."""
    w, h = WIDTHS[width]
    context = browser.new_context(
        viewport={"width": w, "height": h}, java_script_enabled=js or for_axe
    )
    if for_axe and not js:
        context.route("**/*", _without_scripts)
    # The exit button leaves for an outside site: answer for it here (no internet in tests).
    context.route(DEFAULT_EXIT_URL + "**", lambda route: _weather(route))
    return context


_SCRIPT = re.compile(r"<script\b.*?</script>", re.DOTALL | re.IGNORECASE)


def _without_scripts(route: Route) -> None:
    kind = route.request.resource_type
    if kind == "script":
        route.abort()
    elif kind == "document":
        response = route.fetch()
        route.fulfill(response=response, body=_SCRIPT.sub("", response.text()))
    else:
        route.continue_()


def _weather(route: Route) -> None:
    route.fulfill(status=200, content_type="text/html", body="<title>Weather</title>Weather")


def axe_violations(page: Page, injected: bool = False) -> list[dict[str, Any]]:
    """What axe-core finds against WCAG 2.2 A and AA and its best-practice rules (these
    include `region`: all content inside landmarks). Evaluated through the DevTools protocol,
    which works with the page's JavaScript off and under its Content-Security-Policy;
    `injected`: axe-core is on the page already."""
    if not injected:
        page.evaluate((AXE / "axe.min.js").read_text())
    found: list[dict[str, Any]] = page.evaluate(
        """async (tags) => {
            const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
            return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}));
        }""",
        [*WCAG_22_AA, "best-practice"],
    )
    return found


def open_page(context: BrowserContext, url: str, name: str) -> Page:
    page = context.new_page()
    if name == "shortlist":
        context.add_cookies(
            [{"name": "earlyhelp_shortlist", "value": f"{TODDLERS},{ABUSE}", "url": url}]
        )
    page.goto(url + PAGES[name])
    if name == "report-errors":
        page.get_by_role("button", name="Send report").click()
        expect(page.locator(".govuk-error-summary")).to_be_visible()
    return page


@pytest.mark.parametrize("js", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("name", list(PAGES))
def test_every_public_page_passes_axe_and_links_to_help_now(
    site: str, browser: Browser, name: str, js: bool
) -> None:
    """Each page is loaded once, at the narrowest width, and checked at every width in turn
    (the window resized, as a phone turned or a browser window widened does)."""
    context = new_context(browser, "320", js, for_axe=True)
    page = open_page(context, site, name)
    ran = page.evaluate("document.body.classList.contains('govuk-frontend-supported')")
    assert ran == js, "the page's JavaScript ran" if ran else "the page's JavaScript did not run"
    page.evaluate((AXE / "axe.min.js").read_text())
    for width, (w, h) in WIDTHS.items():
        page.set_viewport_size({"width": w, "height": h})
        violations = axe_violations(page, injected=True)
        screenshot(page, f"safety-{name}-{width}-{'js' if js else 'no-js'}")
        assert violations == [], f"at {width} px: {violations}"
        help_now = page.locator("footer a[href='/help-now']")
        expect(help_now).to_have_text("Need help now?")
        expect(page.locator("header .govuk-phase-banner a[href='/feedback']")).to_be_visible()
        overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")
        assert not overflow, f"{name} scrolls sideways at {width} px"
    context.close()


@pytest.mark.parametrize("js", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("width", list(WIDTHS))
def test_a_crisis_search_shows_the_crisis_lines_first(
    site: str, browser: Browser, width: str, js: bool
) -> None:
    context = new_context(browser, width, js)
    page = open_page(context, site, "crisis-results")
    crisis = page.locator(".app-crisis")
    expect(crisis).to_be_visible()
    for line in ("999", "Samaritans", "116 123", "Childline"):
        expect(crisis).to_contain_text(line)
    top = crisis.bounding_box()
    assert top is not None
    assert top["y"] < WIDTHS[width][1] / 2, "the crisis lines are in the first half screen"
    later = page.locator("main form, main .app-result, main h1")
    assert later.count() > 1
    for i in range(later.count()):
        box = later.nth(i).bounding_box()
        follows = later.nth(i).evaluate(
            "(el) => !!(document.querySelector('.app-crisis').compareDocumentPosition(el)"
            " & Node.DOCUMENT_POSITION_FOLLOWING)"
        )
        assert follows, "filters, heading and results come after the crisis lines"
        if box is not None and box["height"] > 0:
            assert box["y"] >= top["y"] + top["height"], "nothing is shown above them"
    context.close()


@pytest.mark.parametrize("js", [True, False], ids=["js", "no-js"])
def test_the_exit_button_is_on_a_domestic_abuse_service_and_not_a_toddler_group(
    site: str, browser: Browser, js: bool
) -> None:
    context = new_context(browser, "390", js)
    page = context.new_page()
    for path in (f"/services/{ABUSE}", "/search?category=" + DOMESTIC_ABUSE):
        page.goto(site + path)
        button = page.locator("main .govuk-exit-this-page__button")
        expect(button).to_be_visible()
        expect(button).to_have_attribute("href", DEFAULT_EXIT_URL)
        expect(page.get_by_role("link", name="Covering your tracks online").first).to_be_visible()
        hint = page.get_by_text("press the Shift key 3 times")
        expect(hint).to_be_visible() if js else expect(hint).to_be_hidden()
    page.goto(site + f"/services/{TODDLERS}")
    expect(page.locator(".govuk-exit-this-page")).to_have_count(0)
    expect(page.get_by_role("heading", level=1)).to_have_text("Chew Valley toddler group")
    page.goto(site + f"/services/{ABUSE}")
    page.locator(".govuk-exit-this-page__button").click()
    page.wait_for_url(DEFAULT_EXIT_URL)
    context.close()


def test_pressing_shift_three_times_leaves_a_domestic_abuse_page(
    site: str, browser: Browser
) -> None:
    context = new_context(browser, "1280", True)
    page = context.new_page()
    page.goto(site + f"/services/{ABUSE}")
    page.wait_for_load_state("networkidle")
    expect(page.locator("[data-govuk-exit-this-page-init]")).to_have_count(1)
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(DEFAULT_EXIT_URL, timeout=10_000)
    expect(page).to_have_title("Weather")
    context.close()


@pytest.mark.parametrize("js", [True, False], ids=["js", "no-js"])
def test_the_shortlist_cookie_has_no_expiry_and_the_count_is_hidden_on_exit_pages(
    site: str, browser: Browser, js: bool
) -> None:
    context = new_context(browser, "390", js)
    page = context.new_page()
    page.goto(site + f"/services/{TODDLERS}")
    page.get_by_role("button", name=re.compile("^Add to shortlist")).first.click()
    page.wait_for_load_state()
    cookies = [c for c in context.cookies() if c["name"] == "earlyhelp_shortlist"]
    assert len(cookies) == 1 and cookies[0]["value"] == TODDLERS
    assert cookies[0]["expires"] == -1, "a session cookie: no expiry"
    nav = page.get_by_role("navigation", name="Menu")
    expect(nav).to_contain_text("Your shortlist (1)")
    page.goto(site + f"/services/{ABUSE}")
    expect(nav).to_have_text("Your shortlist")
    context.close()


def test_a_keyboard_user_skips_to_the_content_searches_and_opens_a_result(
    site: str, browser: Browser
) -> None:
    context = new_context(browser, "1280", True)
    page = context.new_page()
    page.goto(site + "/")
    page.wait_for_load_state("networkidle")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('govuk-skip-link')")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"
    _tab_to(page, "document.activeElement.id === 'q'")
    page.keyboard.type("help with money and debts")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search\?"))
    _tab_to(page, "(document.activeElement.getAttribute('href') || '').startsWith('/services/')")
    name = page.evaluate("document.activeElement.textContent.trim()")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/services/"))
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    context.close()


def _tab_to(page: Page, reached: str, most: int = 40) -> None:
    for _ in range(most):
        page.keyboard.press("Tab")
        if page.evaluate(reached):
            return
    raise AssertionError(f"{most} presses of Tab did not reach: {reached}")
