"""The pages every council service has (privacy, cookies, accessibility, feedback), the crisis
lines page linked from every footer, the exit button on pages about domestic abuse and the
like, and a shortlist cookie that lasts only as long as the browser session. In-process, on a
small directory (no model)."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from appdb.sqlite import SQLiteDatabase
from directory.council import Council
from directory.geography import PostcodeDirectory
from directory.reports import ReportQueue
from directory.sqlite_store import SQLiteServiceStore
from earlyhelp.settings import Settings, SettingsError
from ingest.importer import Importer
from ingest.json_source import read_json_file
from matching.crisis import CrisisLines
from matching.sensitive import DEFAULT_EXIT_URL
from tests.conftest import CountingEmbedder, service, write_json
from web.app import create_app

DOMESTIC_ABUSE = {"id": "621b2972-a704-53b2-891f-f57359074acc", "name": "Domestic abuse"}
TODDLERS = {"id": "4a51df06-127a-5715-91b4-4fa4bf6105df", "name": "Parent, baby and toddler groups"}
EXIT_TO = "https://www.example.org/weather"
COUNCIL = Council(
    name="Buckinghamshire Council",
    area="Buckinghamshire",
    phone="01296 383 293",
    email="fis@buckinghamshire.gov.uk",
    website="https://www.buckinghamshire.gov.uk/fis",
)
LINES = {
    "message": "If someone is in danger right now, get help straight away.",
    "lines": [
        {"name": "Emergency services", "number": "999", "when": "If a life is at risk"},
        {"name": "Bucks crisis line", "number": "0800 555 0101", "when": "Every night"},
    ],
}


def directory() -> list[dict[str, Any]]:
    return [
        service(
            "idva",
            "Advocacy for people harmed at home",
            description="Independent advocates who help you stay safe and plan.",
            attributes=[{"taxonomy_term": {**DOMESTIC_ABUSE, "taxonomy": "DfE"}}],
        ),
        service(
            "toddlers",
            "Chew Valley toddler group",
            description="Toys, crafts, a snack and singing for babies and toddlers.",
            attributes=[{"taxonomy_term": {**TODDLERS, "taxonomy": "DfE"}}],
        ),
    ]


def make_app(
    folder: Path, council: Council | None, lines: CrisisLines | None, sample: bool = False
) -> Starlette:
    store = SQLiteServiceStore(folder / "directory.db")
    Importer(store, CountingEmbedder(), PostcodeDirectory()).run(
        read_json_file(write_json(folder / "feed.json", directory()))
    )
    return create_app(
        store,
        postcodes=PostcodeDirectory(),
        reports=ReportQueue(SQLiteDatabase(folder / "directory.db")),
        council=council,
        crisis_lines=lines,
        exit_url=EXIT_TO,
        holds_sample=lambda: sample,
    )


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Starlette]:
    folder = Path(tmp_path_factory.mktemp("council"))
    lines = CrisisLines.load(write_json(folder / "lines.json", LINES))
    yield make_app(folder, COUNCIL, lines)


@pytest.fixture
async def client(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as opened:
        yield opened


class Page(HTMLParser):
    """The links of a page, each with the landmark elements it sits in, and its text."""

    LANDMARKS = frozenset({"header", "nav", "main", "footer", "aside", "section", "form"})

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.links: list[tuple[str, tuple[str, ...]]] = []
        self.classes: list[tuple[str, tuple[str, ...]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        inside = tuple(t for t in self.open if t in self.LANDMARKS)
        if tag == "a" and values.get("href"):
            self.links.append((str(values["href"]), inside))
        for name in str(values.get("class") or "").split():
            self.classes.append((name, inside))
        if tag not in {"br", "img", "input", "link", "meta", "hr", "source"}:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.open:
            while self.open.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    @property
    def words(self) -> str:
        return " ".join(" ".join(self.text).split())

    def hrefs(self) -> list[str]:
        return [h for h, _ in self.links]

    def where(self, css_class: str) -> list[tuple[str, ...]]:
        return [inside for name, inside in self.classes if name == css_class]


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    return page


PUBLIC = [
    "/",
    "/search?q=toddler",
    "/search?category=" + DOMESTIC_ABUSE["id"],
    "/services/idva",
    "/services/toddlers",
    "/services/toddlers/report",
    "/shortlist",
    "/help-now",
    "/covering-your-tracks",
    "/privacy",
    "/cookies",
    "/accessibility",
    "/feedback",
    "/api/docs",
]


@pytest.mark.parametrize("path", [*PUBLIC, "/no-such-page"])
async def test_every_page_links_to_help_now_and_names_the_council_contact(
    client: httpx.AsyncClient, path: str
) -> None:
    response = await client.get(path)
    assert response.status_code == (404 if path == "/no-such-page" else 200)
    page = parse(response.text)
    assert ("/help-now", ("footer",)) in page.links
    assert "Need help now?" in page.words
    for ways in ("tel:01296383293", "mailto:fis@buckinghamshire.gov.uk", COUNCIL.website):
        assert ways in page.hrefs(), f"{ways} missing on {path}"
    for link in ("/privacy", "/cookies", "/accessibility", "/feedback"):
        assert link in page.hrefs()


@pytest.mark.parametrize("path", PUBLIC)
async def test_the_phase_banner_and_back_links_sit_in_landmarks(
    client: httpx.AsyncClient, path: str
) -> None:
    page = parse((await client.get(path)).text)
    banners = page.where("govuk-phase-banner")
    assert banners == [("header",)], banners
    assert ("/feedback", ("header",)) in page.links, "the phase banner's feedback link"
    for inside in page.where("govuk-back-link"):
        assert inside and inside[0] in {"nav", "main"}, inside


async def test_the_phase_banner_says_when_the_services_are_made_up(tmp_path: Path) -> None:
    transport = httpx.ASGITransport(app=make_app(tmp_path, None, None, sample=True))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        html = (await client.get("/")).text
    assert "<strong>made-up sample services</strong>" in html
    banner = parse(html)
    assert ("/feedback", ("header",)) in banner.links
    assert "Sample" in banner.words and "Beta" not in banner.words


async def test_help_now_lists_the_configured_crisis_lines(client: httpx.AsyncClient) -> None:
    page = parse((await client.get("/help-now")).text)
    assert "Bucks crisis line" in page.words and "Every night" in page.words
    assert "tel:08005550101" in page.hrefs() and "tel:999" in page.hrefs()
    assert "Samaritans" not in page.words, "the configured list, not the national one"


async def test_the_exit_button_is_on_a_domestic_abuse_service_and_not_a_toddler_group(
    client: httpx.AsyncClient,
) -> None:
    abuse = parse((await client.get("/services/idva")).text)
    assert abuse.where("govuk-exit-this-page") == [("main",)]
    assert EXIT_TO in abuse.hrefs() and "/covering-your-tracks" in abuse.hrefs()
    toddlers = parse((await client.get("/services/toddlers")).text)
    assert toddlers.where("govuk-exit-this-page") == []
    assert EXIT_TO not in toddlers.hrefs()


async def test_results_about_domestic_abuse_have_the_exit_button(
    client: httpx.AsyncClient,
) -> None:
    by_category = await client.get("/search", params={"category": DOMESTIC_ABUSE["id"]})
    assert parse(by_category.text).where("govuk-exit-this-page")
    by_words = await client.get("/search", params={"q": "domestic abuse"})
    assert parse(by_words.text).where("govuk-exit-this-page")
    toddlers = await client.get("/search", params={"category": TODDLERS["id"]})
    assert not parse(toddlers.text).where("govuk-exit-this-page")


async def test_the_shortlist_count_is_not_in_the_header_of_pages_with_the_exit_button(
    client: httpx.AsyncClient,
) -> None:
    client.cookies.set("earlyhelp_shortlist", "idva,toddlers")
    abuse = parse((await client.get("/services/idva")).text)
    toddlers = parse((await client.get("/services/toddlers")).text)
    client.cookies.clear()
    assert "Your shortlist (2)" in toddlers.words
    assert "Your shortlist" in abuse.words and "(2)" not in abuse.words


async def test_the_shortlist_cookie_ends_with_the_browser_session(
    client: httpx.AsyncClient,
) -> None:
    await client.get("/services/toddlers")  # the form's CSRF cookie
    token = client.cookies["earlyhelp_csrf"]
    response = await client.post(
        "/shortlist",
        data={"csrf_token": token, "service_id": "toddlers", "action": "add", "back": "/"},
    )
    client.cookies.clear()
    assert response.status_code == 303
    cookie = next(
        v for k, v in response.headers.multi_items() if k == "set-cookie" and "shortlist" in v
    )
    assert cookie.startswith("earlyhelp_shortlist=toddlers;"), cookie
    assert not re.search(r"max-age|expires", cookie, re.IGNORECASE), cookie


async def test_the_privacy_and_cookies_pages_name_what_is_stored(
    client: httpx.AsyncClient,
) -> None:
    privacy = parse((await client.get("/privacy")).text).words
    for said in ("earlyhelp_shortlist", "earlyhelp_csrf", "report a problem", "IP) address"):
        assert said.lower() in privacy.lower(), said
    assert "contact Buckinghamshire Council: phone 01296 383 293" in privacy
    cookies = parse((await client.get("/cookies")).text).words
    assert "earlyhelp_shortlist" in cookies and "When you close your browser" in cookies
    assert "earlyhelp_session" not in cookies, "no staff sign-in on this app"


async def test_without_a_configured_contact_nothing_is_invented(tmp_path: Path) -> None:
    app = make_app(tmp_path, None, None)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for path in ("/", "/privacy", "/accessibility", "/feedback"):
            page = parse((await client.get(path)).text)
            assert not [h for h in page.hrefs() if h.startswith(("tel:0", "mailto:"))], path
            assert "directory is run by" not in page.words, path
            assert "Questions about it" not in page.words and "contact them" not in page.words
        lines = parse((await client.get("/help-now")).text).words
    assert "Samaritans" in lines, "the national lines by default"


def test_the_exit_address_is_configurable_with_a_safe_default() -> None:
    assert Settings.from_env({}).exit_url == DEFAULT_EXIT_URL == "https://www.bbc.co.uk/weather"
    chosen = Settings.from_env({"EARLYHELP_EXIT_URL": "https://www.google.co.uk"})
    assert chosen.exit_url == "https://www.google.co.uk"
    for unsafe in ("javascript:alert(1)", "http://example.org/"):
        with pytest.raises(SettingsError, match="EARLYHELP_EXIT_URL"):
            Settings.from_env({"EARLYHELP_EXIT_URL": unsafe})


def test_the_default_crisis_lines_file_is_the_one_the_help_now_page_falls_back_to() -> None:
    national = json.loads(
        (Path(__file__).resolve().parents[2] / "matching/data/crisis_lines.json").read_text()
    )
    assert [x.name for x in CrisisLines.load().lines] == [x["name"] for x in national["lines"]]
