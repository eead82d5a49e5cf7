"""The optional map of results and of a service's places, in a real headless Chromium
(Debian's), drawn with tiles from a loopback tile server the test starts: markers for the
places with a published address, never one for a confidential place; no map and no Leaflet
when no tile server is configured; the list is the content without JavaScript; axe-core
finds nothing at phone and desktop widths."""

from __future__ import annotations

import json
import re
import struct
import threading
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from directory.geography import PostcodeDirectory
from matching.embedding import HashingEmbedder
from matching.engine import Matcher
from tests.conftest import SeedFile
from tests.web.browser import AXE, WCAG_22_AA, LiveServer, screenshot
from web.app import create_app
from web.map_tiles import map_tiles

#: Listings whose only place is confidential (seed_services.json), with that place's latitude.
CONFIDENTIAL = {
    "Safe house for women and children": "51.40182",
    "Moving On: recovery course for women who have experienced abuse": "51.360109",
}
SAFE_HOUSE = "/services/d4b55d9c-bce0-5b13-a516-2d231422106b"
NEAR_SAFE_HOUSE = "/search?postcode=BA1+6TB"  # the safe house's own postcode, nearest first
#: The domestic abuse category, which lists both confidential listings. (Searches by place and
#: category: words would train the matcher's readers first, which is not what is tested here.)
ABUSE = "/search?category=621b2972-a704-53b2-891f-f57359074acc&postcode=BA2+3AB"
TWO_SITES = "Money Matters debt advice"  # in Bath and in Midsomer Norton
TWO_SITES_PAGE = "/services/245f07bc-c6de-59a2-b08f-75c04f4e8afa"


def _png() -> bytes:
    """A 1 by 1 pixel grey PNG: enough for a tile."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xc0")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


class TileServer:
    """A tile server on loopback answering every /{z}/{x}/{y}.png with a small PNG, and
    remembering the paths asked for."""

    def __init__(self) -> None:
        asked: list[str] = []
        tile = _png()

        class Tiles(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if not re.fullmatch(r"/\d+/\d+/\d+\.png", self.path):
                    self.send_error(404)
                    return
                asked.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(tile)))
                self.end_headers()
                self.wfile.write(tile)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.asked = asked
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Tiles)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/{{z}}/{{x}}/{{y}}.png"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> TileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture(scope="module")
def tiles() -> Iterator[TileServer]:
    with TileServer() as server:
        yield server


def _site(folder: Path, seed: SeedFile, postcodes: PostcodeDirectory, **options: Any) -> Any:
    store = seed.copy_to(folder / "directory.db")
    embedder = HashingEmbedder()
    return store, create_app(store, Matcher(store, embedder, postcodes), postcodes, **options)


@pytest.fixture(scope="module")
def with_map(
    tmp_path_factory: pytest.TempPathFactory,
    seed_hashing: SeedFile,
    postcodes: PostcodeDirectory,
    tiles: TileServer,
) -> Iterator[str]:
    chosen = map_tiles(tiles.url, "© Test tiles contributors")
    store, app = _site(tmp_path_factory.mktemp("map"), seed_hashing, postcodes, map_tiles=chosen)
    with LiveServer(app) as server:
        yield server.url
    store.close()


@pytest.fixture(scope="module")
def without_map(
    tmp_path_factory: pytest.TempPathFactory, seed_hashing: SeedFile, postcodes: PostcodeDirectory
) -> Iterator[str]:
    store, app = _site(tmp_path_factory.mktemp("no-map"), seed_hashing, postcodes)
    with LiveServer(app) as server:
        yield server.url
    store.close()


def _violations(page: Page) -> list[dict[str, Any]]:
    """What axe-core finds with the WCAG 2.2 AA rules and its best practices."""
    page.evaluate((AXE / "axe.min.js").read_text())
    found: list[dict[str, Any]] = page.evaluate(
        """async (tags) => {
            const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
            return result.violations.map(v => ({id: v.id, help: v.help,
                nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}));
        }""",
        [*WCAG_22_AA, "best-practice"],
    )
    return found


def _marker_names(page: Page) -> list[str]:
    """The names the markers give, one per service at each place (a marker names all the
    services at its place)."""
    return [
        name
        for marker in page.locator(".leaflet-marker-icon").all()
        for name in str(marker.get_attribute("alt")).split("; ")
    ]


def _listed_places(page: Page) -> list[dict[str, Any]]:
    places: list[dict[str, Any]] = json.loads(
        page.locator("[data-app-map-places]").text_content() or "[]"
    )
    return places


@pytest.mark.parametrize("width", [(390, 844), (1280, 900)], ids=["390", "1280"])
def test_results_are_marked_on_the_map_with_tiles_from_the_council_server(
    with_map: str, tiles: TileServer, browser: Browser, width: tuple[int, int]
) -> None:
    context = browser.new_context(viewport={"width": width[0], "height": width[1]})
    page = context.new_page()
    blocked: list[str] = []
    page.on("console", lambda m: blocked.append(m.text) if "Content Security" in m.text else None)
    asked_before = len(tiles.asked)
    response = page.goto(with_map + NEAR_SAFE_HOUSE)
    assert response is not None
    origin = tiles.url.split("/{z}")[0]
    assert f"img-src 'self' data: {origin};" in response.headers["content-security-policy"]
    expect(page.locator(".app-map")).to_be_visible()
    page.locator(".leaflet-tile-loaded").first.wait_for()
    places = _listed_places(page)
    listed = page.locator(".app-result h2").all_inner_texts()
    assert places and {p["name"] for p in places} <= set(listed)
    assert sorted(_marker_names(page)) == sorted(p["name"] for p in places)
    spots = {(p["lat"], p["lng"]) for p in places}
    expect(page.locator(".leaflet-marker-icon")).to_have_count(len(spots))
    assert len(tiles.asked) > asked_before, "no tile came from the council's tile server"
    assert blocked == [], blocked
    page.locator(".leaflet-marker-icon").first.focus()
    page.keyboard.press("Enter")
    expect(page.locator(".leaflet-popup-content a").first).to_have_attribute(
        "href", re.compile("^/services/")
    )
    screenshot(page, f"map-results-{width[0]}")
    assert _violations(page) == []
    overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")
    assert not overflow, f"the results with a map scroll sideways at {width[0]} px"
    context.close()


def test_no_confidential_place_is_ever_marked(with_map: str, browser: Browser) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    for path in (NEAR_SAFE_HOUSE, ABUSE):
        page.goto(with_map + path)
        page.locator(".leaflet-marker-icon").first.wait_for()
        names = _marker_names(page)
        html = page.content()
        for name, latitude in CONFIDENTIAL.items():
            assert name not in names, (path, name)
            assert latitude not in html, (path, name)
    assert any(name in page.locator("main").inner_text() for name in CONFIDENTIAL)
    page.goto(with_map + SAFE_HOUSE)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Safe house")
    expect(page.locator("[data-app-map]")).to_have_count(0)
    expect(page.locator("script[src*='leaflet']")).to_have_count(0)
    assert CONFIDENTIAL["Safe house for women and children"] not in page.content()
    context.close()


def test_a_service_shows_each_of_its_places(with_map: str, browser: Browser) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(with_map + TWO_SITES_PAGE)
    page.locator(".leaflet-marker-icon").first.wait_for()
    assert _marker_names(page) == [TWO_SITES, TWO_SITES]
    screenshot(page, "map-service-390")
    assert _violations(page) == []
    context.close()


def test_without_javascript_the_list_is_the_content(with_map: str, browser: Browser) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    page = context.new_page()
    page.goto(with_map + NEAR_SAFE_HOUSE)
    expect(page.locator(".app-map")).to_be_hidden()
    expect(page.locator(".app-result").first).to_be_visible()
    assert page.locator(".app-site").count() > 0
    context.close()


def test_no_map_and_no_leaflet_without_a_tile_server(without_map: str, browser: Browser) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    response = page.goto(without_map + NEAR_SAFE_HOUSE)
    assert response is not None
    assert "img-src 'self' data:;" in response.headers["content-security-policy"]
    expect(page.locator(".app-result").first).to_be_visible()
    expect(page.locator("[data-app-map], .leaflet-container")).to_have_count(0)
    expect(page.locator("script[src*='leaflet'], script[src$='map.js']")).to_have_count(0)
    expect(page.locator("link[href*='leaflet']")).to_have_count(0)
    assert _violations(page) == []
    context.close()
