"""Finding help on a phone, in a real headless Chromium (Debian's) at 320, 390 and 1280 px,
with JavaScript on and off: results before the filters, the filters behind a disclosure and
removable as tags, the shortlist confirming at the same result, back to the same search, a
partial postcode, the distance beside the address it is to, and the printed shortlist.
Screenshots of each page at phone and desktop widths are kept as test artefacts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from directory.geography import PostcodeDirectory
from matching.embedding import CachedEmbedder
from matching.engine import Matcher
from matching.onnx_embedding import MiniLMInt8Embedder
from tests.conftest import SeedFile
from tests.web.browser import LiveServer, screenshot
from web.app import create_app

pytestmark = pytest.mark.model

PHONE = (390, 844)  # a common phone's screen, in CSS pixels
WIDTHS = {"320": (320, 568), "390": PHONE, "1280": (1280, 900)}
SEARCH = "/search?q=money+worries&postcode=BA2+3AB"
TWO_SITES = "Money Matters debt advice"  # the seed's service in Bath and in Midsomer Norton


@pytest.fixture(scope="module")
def site(
    tmp_path_factory: pytest.TempPathFactory,
    seed_model: SeedFile,
    int8: MiniLMInt8Embedder,
    postcodes: PostcodeDirectory,
) -> Iterator[str]:
    folder = Path(tmp_path_factory.mktemp("phone"))
    store = seed_model.copy_to(folder / "directory.db")
    embedder = CachedEmbedder(int8)
    app = create_app(store, Matcher(store, embedder, postcodes), postcodes)
    with LiveServer(app) as server:
        yield server.url
    store.close()


def _context(browser: Browser, width: str, javascript: bool) -> BrowserContext:
    w, h = WIDTHS[width]
    return browser.new_context(viewport={"width": w, "height": h}, java_script_enabled=javascript)


def _in_first_screen(page: Page, selector: str) -> bool:
    box = page.locator(selector).first.bounding_box()
    height = page.viewport_size["height"] if page.viewport_size else 0
    return box is not None and box["y"] + min(box["height"], 40) <= height


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("width", list(WIDTHS))
def test_the_first_result_comes_before_the_filters(
    site: str, browser: Browser, width: str, javascript: bool
) -> None:
    context = _context(browser, width, javascript)
    page = context.new_page()
    page.goto(site + SEARCH)
    expect(page.locator(".app-result").first).to_be_visible()
    expect(page.get_by_label("Child's age")).to_be_hidden()  # behind "Filter results"
    if width in ("390", "1280"):
        assert _in_first_screen(page, ".app-result h2"), "the first result is below the screen"
    overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")
    assert not overflow, f"the results scroll sideways at {width} px"
    if width == "390" and javascript:
        screenshot(page, "phone-results-390")
    context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_filters_open_apply_and_come_off_as_tags(
    site: str, browser: Browser, javascript: bool
) -> None:
    context = _context(browser, "390", javascript)
    page = context.new_page()
    page.goto(site + SEARCH)
    page.get_by_text("Filter results").click()
    page.get_by_label("Child's age").fill("4")
    page.get_by_label("Free only").check()
    page.get_by_role("button", name="Show results").click()
    query = parse_qs(urlsplit(page.url).query)
    assert query["age"] == ["4"] and query["free"] == ["yes"]
    tags = page.locator(".app-filter-tag")
    expect(tags).to_have_count(3)  # near the postcode, the age, free only
    expect(page.get_by_text("Filter results (3 in use)")).to_be_visible()
    page.get_by_role("link", name="Remove this filter: Child aged 4").click()
    query = parse_qs(urlsplit(page.url).query)
    query.pop("sort", None)  # the form sends its sort order, which is not a filter
    assert query == {"q": ["money worries"], "postcode": ["BA2 3AB"], "free": ["yes"]}
    expect(page.locator(".app-filter-tag")).to_have_count(2)
    context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("width", ["320", "1280"])
def test_adding_to_the_shortlist_returns_to_the_same_result(
    site: str, browser: Browser, width: str, javascript: bool
) -> None:
    context = _context(browser, width, javascript)
    page = context.new_page()
    page.goto(site + "/search?postcode=BA2+3AB&page=2")
    fifth = page.locator(".app-result").nth(4)
    name = fifth.locator("h2").inner_text()
    anchor = fifth.get_attribute("id")
    fifth.get_by_role("button", name=re.compile("^Add to shortlist")).click()
    assert urlsplit(page.url).fragment == anchor
    assert "page=2" in page.url
    done = page.locator(f"#{anchor} .app-shortlist-done")
    expect(done).to_contain_text("Added to your shortlist.")
    expect(done).to_be_in_viewport()
    assert page.evaluate("window.scrollY") > 0, "the page went back to its top"
    expect(page.locator(".app-shortlist-done")).to_have_count(1)
    expect(page.locator(f"#{anchor} h2")).to_have_text(name)
    expect(
        page.locator(f"#{anchor}").get_by_role("button", name=re.compile("^Remove from"))
    ).to_be_visible()
    context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_back_to_search_keeps_the_words_filters_and_page(
    site: str, browser: Browser, javascript: bool
) -> None:
    context = _context(browser, "390", javascript)
    page = context.new_page()
    search = "/search?q=parenting&postcode=BA2+3AB&free=yes&page=2"
    page.goto(site + search)
    expect(page.locator("[role=status]").first).to_contain_text("page 2 of")
    page.locator(".app-result h2 a").first.click()
    page.get_by_role("link", name="Back to search").click()
    assert parse_qs(urlsplit(page.url).query) == parse_qs(urlsplit(search).query)
    expect(page.locator("[role=status]").first).to_contain_text("page 2 of")
    context.close()


def test_a_partial_postcode_and_the_nearest_site(site: str, browser: Browser) -> None:
    context = _context(browser, "390", False)
    page = context.new_page()
    page.goto(site + "/")
    page.get_by_label("Your postcode (optional)").fill("ba2")
    page.get_by_role("button", name="Search").click()
    expect(page.locator(".govuk-error-summary")).to_have_count(0)
    expect(page.locator(".app-outcode")).to_contain_text("middle of the BA2 postcode area")
    distances = [
        float(km) for km in re.findall(r"(\d+\.\d) km from BA2", page.locator("main").inner_text())
    ]
    assert len(distances) == 10 and distances == sorted(distances), distances

    page.goto(site + "/search?q=debt+advice&postcode=BA3+3TX")
    result = page.locator(".app-result", has_text=TWO_SITES)
    # Midsomer Norton is near BA3 3TX, Bath about 12 km off: the distance is the town's.
    expect(result.locator(".app-site")).to_have_text(re.compile(r"BA3 2UA: 1\.\d km from BA3 3TX"))
    expect(result.locator(".app-other-sites")).to_contain_text("BA1 1UF (12.")
    result.locator("h2 a").click()
    where = page.locator(".govuk-summary-list__row", has_text="Where").inner_text()
    assert where.index("BA3 2UA") < where.index("BA1 1UF"), where
    assert re.search(r"BA3 2UA\s+1\.\d km from BA3 3TX \(the nearest\)", where), where
    context.close()


def test_screens_and_the_printed_shortlist(site: str, browser: Browser) -> None:
    """Home, results, a service, the shortlist and its print view at phone and desktop
    widths; the print view carries what a family needs on paper and no page addresses."""
    for width in ("390", "1280"):
        context = _context(browser, width, True)
        page = context.new_page()
        page.goto(site + "/")
        screenshot(page, f"families-home-{width}")
        page.goto(site + SEARCH)
        screenshot(page, f"families-results-{width}")
        page.locator(".app-result", has_text=TWO_SITES).get_by_role(
            "button", name=re.compile("^Add to shortlist")
        ).click()
        page.locator(".app-result", has_not_text=TWO_SITES).first.locator("h2 a").click()
        screenshot(page, f"families-service-{width}")
        page.get_by_role("button", name="Add to shortlist").click()
        expect(page.locator(".app-shortlist-done")).to_contain_text("Added to your shortlist.")
        page.goto(site + "/shortlist")
        expect(page.locator(".app-shortlisted")).to_have_count(2)
        screenshot(page, f"families-shortlist-{width}")
        page.emulate_media(media="print")
        screenshot(page, f"families-shortlist-print-{width}")
        printed = page.locator("main").inner_text()
        assert "/services/" not in printed, printed
        expect(page.locator(".app-no-print").first).to_be_hidden()
        after = page.evaluate(
            "getComputedStyle(document.querySelector('.app-shortlisted h2 a'), '::after').content"
        )
        assert after in ("none", "normal"), after
        paper = page.locator(".app-shortlisted", has_text=TWO_SITES).inner_text()
        for needed in ("Who it is for", "Cost", "When", "How to get help", "Phone: ", "BA1 1UF"):
            assert needed in paper, (needed, paper)
        assert "BA3 2UA" in paper  # its other site too
        context.close()
