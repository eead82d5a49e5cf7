"""The public directory in a real headless Chromium: accessibility (axe-core, WCAG 2.2 AA) of
every kind of page at phone and desktop widths, with screenshots kept as test artefacts, and
the journeys of a family with JavaScript turned off."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from appdb.sqlite import SQLiteDatabase
from directory.geography import PostcodeDirectory
from directory.reports import ReportQueue
from matching.embedding import CachedEmbedder
from matching.engine import Matcher
from matching.onnx_embedding import MiniLMInt8Embedder
from staff.access import StaffAccess
from staff.accounts import AccountStore
from staff.sessions import SessionStore
from staff.throttle import SignInThrottle
from tests.conftest import SeedFile, cheap_hasher
from tests.web.browser import LiveServer, axe_violations, screenshot
from web.app import create_app

pytestmark = pytest.mark.model

WIDTHS = {"phone": (320, 640), "desktop": (1280, 900)}
REFUGE = "Safe at Home"  # a seed service whose location is confidential


@pytest.fixture(scope="module")
def site(
    tmp_path_factory: pytest.TempPathFactory,
    seed_model: SeedFile,
    int8: MiniLMInt8Embedder,
    postcodes: PostcodeDirectory,
) -> Iterator[tuple[str, ReportQueue]]:
    folder = Path(tmp_path_factory.mktemp("site"))
    store = seed_model.copy_to(folder / "directory.db")
    embedder = CachedEmbedder(int8)
    database = SQLiteDatabase(folder / "directory.db")
    reports = ReportQueue(database)
    staff = StaffAccess(
        AccountStore(database, cheap_hasher()),
        SessionStore(database),
        SignInThrottle(database),
    )
    app = create_app(
        store, Matcher(store, embedder, postcodes), postcodes, reports=reports, staff=staff
    )
    with LiveServer(app) as server:
        yield server.url, reports
    store.close()


def _first_service_link(page: Page) -> str:
    href = page.locator("a[href^='/services/']").first.get_attribute("href")
    assert href is not None
    return href.split("?")[0]


PAGES = {
    "home": "/",
    "results": "/search?q=money+worries&postcode=BA2+3AB",
    "no-results": "/search?q=xylophone+repairs&day=SU&language=so",
    "category": "/search?category=0a4b1dc3-88f6-5664-9d3f-e5fcc508ba43",
    "error": "/no-such-page",
    "sign-in": "/sign-in",
}


@pytest.mark.parametrize("name", [*PAGES, "service", "shortlist", "report", "report-errors"])
def test_every_page_has_no_accessibility_violations(
    site: tuple[str, ReportQueue], browser: Browser, name: str
) -> None:
    """Each page is loaded once, at phone width, and checked at each width in turn (the
    window resized)."""
    url, _ = site
    w, h = WIDTHS["phone"]
    context = browser.new_context(viewport={"width": w, "height": h})
    page = context.new_page()
    if name in PAGES:
        page.goto(url + PAGES[name])
    else:
        page.goto(url + "/search?q=parenting")
        service = _first_service_link(page)
        if name == "shortlist":
            page.get_by_role("button", name=re.compile("^Add to shortlist")).first.click()
            page.goto(url + "/shortlist")
        elif name == "service":
            page.goto(url + service)
        else:
            page.goto(url + service + "/report")
            if name == "report-errors":
                page.get_by_role("button", name="Send report").click()
    for width, (w, h) in WIDTHS.items():
        page.set_viewport_size({"width": w, "height": h})
        violations = axe_violations(page)
        screenshot(page, f"{name}-{width}")
        assert violations == [], f"at {width} width: {violations}"
        overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")
        assert not overflow, f"{name} scrolls sideways at {w} px"
    context.close()


def test_a_family_without_javascript_finds_shortlists_and_reports(
    site: tuple[str, ReportQueue], browser: Browser
) -> None:
    url, reports = site
    context = browser.new_context(java_script_enabled=False, viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(url + "/")
    page.get_by_label("What do you need help with?").fill("my son won't go to school")
    page.get_by_label("Your postcode (optional)").fill("BA2 3AB")
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("my son won't go to school")
    first = page.locator(".app-result h2").first.inner_text()
    assert re.search(r"school|attendance", first, re.IGNORECASE), first

    page.get_by_role("button", name=re.compile("^Add to shortlist")).first.click()
    expect(
        page.get_by_role("button", name=re.compile("^Remove from shortlist")).first
    ).to_be_visible()
    page.get_by_role("link", name=re.compile("Your shortlist \\(1\\)")).click()
    expect(page.locator(".app-result h2")).to_have_count(1)
    share = page.locator(".govuk-inset-text a").get_attribute("href")
    assert share is not None and "/shortlist?s=" in share

    fresh = browser.new_context(java_script_enabled=False)
    shared = fresh.new_page()
    shared.goto(share if share.startswith("http") else url + share)
    expect(shared.get_by_role("heading", level=1)).to_have_text("Shared shortlist")
    expect(shared.locator(".app-result h2")).to_have_text(first)
    fresh.close()

    page.locator(".app-result h2 a").first.click()
    page.get_by_role("link", name="Report a problem with this listing").click()
    page.get_by_role("button", name="Send report").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Select what is wrong")
    page.get_by_label("The service has closed or moved").check()
    page.get_by_label("Tell us more (optional)").fill("The group stopped in the summer.")
    page.get_by_role("button", name="Send report").click()
    expect(page.locator(".govuk-panel__title")).to_have_text("Report sent")
    waiting = reports.waiting()
    assert [(r.service_name, r.problem) for r in waiting][-1] == (first, "closed")
    context.close()


def test_pages_run_under_the_content_security_policy(
    site: tuple[str, ReportQueue], browser: Browser
) -> None:
    """The policy forbids inline script: GOV.UK Frontend's components still start (its one
    template line is allowed by hash), and a script injected into a page is refused."""
    url, _ = site
    context = browser.new_context()
    page = context.new_page()
    refused: list[str] = []
    page.on("console", lambda m: refused.append(m.text) if "Content Security" in m.text else None)
    page.goto(url + "/search?q=parenting")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.body.classList.contains('govuk-frontend-supported')")
    started = "[data-module][data-govuk-button-init], [data-govuk-skip-link-init]"
    assert page.locator(started).count(), "GOV.UK Frontend's components did not start"
    assert refused == [], refused
    page.evaluate(
        """() => { const s = document.createElement('script');
                   s.textContent = 'window.injected = true'; document.body.append(s); }"""
    )
    assert page.evaluate("window.injected === undefined"), "an inline script ran"
    assert any("Content Security" in m for m in refused)
    context.close()


def test_money_worries_finds_debt_advice_and_filters_narrow_it(
    site: tuple[str, ReportQueue], browser: Browser
) -> None:
    url, _ = site
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(url + "/search?q=money+worries")
    names = page.locator(".app-result h2").all_inner_texts()
    assert any(re.search(r"debt|money", n, re.IGNORECASE) for n in names[:3]), names
    page.locator(".app-filters summary").click()  # the filters sit behind a disclosure
    page.get_by_label("Free only").check()
    page.get_by_role("button", name="Show results").click()
    assert "free=yes" in page.url
    for text in page.locator(".app-result ul").all_inner_texts():
        assert "Free" in text
    context.close()
