"""The public directory's HTML: search, filters, pagination, the shortlist, reports, and
confidential addresses that appear nowhere."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from appdb.sqlite import SQLiteDatabase
from directory.geography import PostcodeDirectory
from directory.reports import ReportQueue
from directory.sqlite_store import SQLiteServiceStore
from ingest.importer import Importer
from ingest.json_source import read_json_file
from matching.embedding import CachedEmbedder
from matching.engine import Matcher
from matching.onnx_embedding import MiniLMInt8Embedder
from tests.conftest import service, write_json
from web.app import create_app

pytestmark = pytest.mark.model

CATEGORY = {"id": "cat-parenting", "name": "Parenting support", "taxonomy": "DfE"}
SECRET_STREET = "7 Hidden Lane"
SECRET_POSTCODE = "BA2 4BL"


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.hrefs.extend(v for k, v in attrs if k == "href" and v)


def links(html: str) -> list[str]:
    parser = Links()
    parser.feed(html)
    return parser.hrefs


def results(html: str) -> list[str]:
    return [h.split("?")[0] for h in links(html) if h.startswith("/services/")]


def flag(code: str) -> dict[str, Any]:
    return {
        "taxonomy_term": {
            "id": f"flag-{code}",
            "code": code,
            "name": code,
            "taxonomy": "earlyhelp-flags",
        }
    }


def located(street: str, postcode: str, hidden: bool = False) -> list[dict[str, Any]]:
    return [
        {
            "id": f"sal-{len(street)}",
            "location": {
                "id": f"loc-{len(street)}",
                "name": "Venue",
                "addresses": [{"address_1": street, "city": "Bath", "postal_code": postcode}],
                "attributes": [flag("confidential-address")] if hidden else [],
            },
        }
    ]


def directory() -> list[dict[str, Any]]:
    parenting = [
        service(
            f"p{i:02d}",
            f"Parenting group {i:02d}",
            description="A friendly weekly parenting group for mums and dads.",
            attributes=[{"taxonomy_term": CATEGORY}],
        )
        for i in range(23)
    ]
    return [
        *parenting,
        service(
            "debt",
            "Debt advice line",
            description="Free, confidential help with debts and money worries.",
            cost_options=[{"amount": 0}],
            attributes=[flag("phone")],
            languages=[{"name": "Polish", "code": "pl"}],
        ),
        service(
            "debt-paid",
            "Debt advice clinic",
            description="Paid appointments for help with debts.",
            cost_options=[{"amount": 20}],
            attributes=[flag("in-person")],
            schedules=[{"id": "s1", "freq": "WEEKLY", "byday": "SA", "opens_at": "10:00"}],
            service_at_locations=located("3 Westgate Buildings", "BA1 1UF"),
        ),
        service(
            "refuge",
            "Safe housing for women and children",
            description="Refuge accommodation and support for women escaping domestic abuse.",
            minimum_age=0,
            maximum_age=17,
            service_at_locations=located(SECRET_STREET, SECRET_POSTCODE, hidden=True),
        ),
    ]


@pytest.fixture(scope="module")
def app(
    tmp_path_factory: pytest.TempPathFactory, int8: MiniLMInt8Embedder, postcodes: PostcodeDirectory
) -> Iterator[Starlette]:
    """The app on a small directory, with the service's default model (the matcher's
    relevance threshold is calibrated on it)."""
    folder = Path(tmp_path_factory.mktemp("pages"))
    store = SQLiteServiceStore(folder / "directory.db")
    embedder = CachedEmbedder(int8)
    Importer(store, embedder, postcodes).run(
        read_json_file(write_json(folder / "s.json", directory()))
    )
    yield create_app(
        store,
        Matcher(store, embedder, postcodes),
        postcodes,
        reports=ReportQueue(SQLiteDatabase(folder / "app.db")),
    )
    store.close()


@pytest.fixture
async def client(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
        yield http


async def test_words_find_services_and_no_results_suggest_what_to_try(
    client: httpx.AsyncClient,
) -> None:
    found = await client.get("/search", params={"q": "debts"})
    assert found.status_code == 200
    assert "/services/debt" in results(found.text)
    assert not any(r.startswith("/services/p") for r in results(found.text))
    nothing = await client.get("/search", params={"q": "xylophone"})
    assert "No services found" in nothing.text and "/search?q=parenting" in links(nothing.text)
    page = await client.get("/services/debt")
    assert "Debt advice line" in page.text and "Polish" in page.text
    missing = await client.get("/services/nope")
    assert missing.status_code == 404 and "Page not found" in missing.text
    assert (await client.get("/search")).status_code == 303  # nothing asked: the home page


async def test_words_asking_for_what_early_help_does_not_offer_are_told_so(
    client: httpx.AsyncClient,
) -> None:
    """Written for this test, apart from the training examples and the tuning sets."""
    page = await client.get("/search", params={"q": "who will pay for my son's new car"})
    assert page.status_code == 200 and results(page.text) == []
    assert "Services here do not usually offer this" in page.text
    assert "No services found" not in page.text
    assert "/search?q=money%20worries" in links(page.text)
    debts = await client.get("/search", params={"q": "debts"})
    assert "Services here do not usually offer this" not in debts.text


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "debts", "free": "yes"}, ["/services/debt"]),
        ({"q": "debts", "delivery": "in-person"}, ["/services/debt-paid"]),
        ({"q": "debts", "day": "SA"}, ["/services/debt-paid"]),
        ({"q": "debts", "language": "pl"}, ["/services/debt"]),
        ({"q": "debts", "postcode": "BA1 1UF", "distance": "1"}, ["/services/debt-paid"]),
        ({"q": "refuge women", "age": "19"}, []),
    ],
    ids=["free", "in-person", "saturday", "polish", "within-1-km", "age-outside"],
)
async def test_each_filter_narrows_the_results(
    client: httpx.AsyncClient, params: dict[str, str], expected: list[str]
) -> None:
    page = await client.get("/search", params=params)
    assert page.status_code == 200
    found = [r for r in results(page.text) if r in ("/services/debt", "/services/debt-paid")]
    if not expected:
        assert "/services/refuge" not in results(page.text)
        unfiltered = await client.get("/search", params={"q": params["q"]})
        assert "/services/refuge" in results(unfiltered.text)
    else:
        assert found == expected


async def test_bad_filter_values_are_explained_not_guessed(client: httpx.AsyncClient) -> None:
    page = await client.get("/search", params={"q": "debts", "age": "old", "postcode": "XX"})
    assert "There is a problem" in page.text
    assert "Enter the child&#39;s age as a number" in page.text or "child's age" in page.text
    assert "XX is not a postcode" in page.text


async def test_pagination_keeps_the_filters(client: httpx.AsyncClient) -> None:
    first = await client.get("/search", params={"category": "cat-parenting"})
    assert "23 services, page 1 of 3" in first.text
    assert len(results(first.text)) == 10
    page_links = [h for h in links(first.text) if "page=" in h]
    assert page_links and all("category=cat-parenting" in h for h in page_links)
    last = await client.get("/search", params={"category": "cat-parenting", "page": "3"})
    assert len(results(last.text)) == 3 and "page 3 of 3" in last.text
    beyond = await client.get("/search", params={"category": "cat-parenting", "page": "99"})
    assert "page 3 of 3" in beyond.text


async def _token(client: httpx.AsyncClient) -> str:
    await client.get("/")
    token = client.cookies.get("earlyhelp_csrf")
    assert token
    return token


async def test_the_shortlist_is_kept_without_an_account_and_shared_as_a_link(
    client: httpx.AsyncClient,
) -> None:
    token = await _token(client)
    for service_id in ("debt", "refuge"):
        added = await client.post(
            "/shortlist",
            data={"csrf_token": token, "service_id": service_id, "action": "add", "back": "/"},
        )
        assert added.status_code == 303 and added.headers["location"] == "/"
    mine = await client.get("/shortlist")
    assert results(mine.text) == ["/services/debt", "/services/refuge"]
    share = next(h for h in links(mine.text) if "/shortlist?s=" in h)
    async with httpx.AsyncClient(
        transport=client._transport,
        base_url="http://t",  # a stranger: no cookies
    ) as stranger:
        shared = await stranger.get(share.replace("http://t", ""))
    assert "Shared shortlist" in shared.text
    assert results(shared.text) == ["/services/debt", "/services/refuge"]
    await client.post(
        "/shortlist", data={"csrf_token": token, "service_id": "debt", "action": "remove"}
    )
    assert results((await client.get("/shortlist")).text) == ["/services/refuge"]


async def test_forms_without_their_token_are_refused(client: httpx.AsyncClient) -> None:
    await _token(client)
    refused = await client.post("/shortlist", data={"service_id": "debt", "action": "add"})
    assert refused.status_code == 403
    report = await client.post("/services/debt/report", data={"problem": "closed"})
    assert report.status_code == 403


async def test_a_hidden_address_appears_nowhere(client: httpx.AsyncClient) -> None:
    token = await _token(client)
    await client.post(
        "/shortlist", data={"csrf_token": token, "service_id": "refuge", "action": "add"}
    )
    pages = [
        await client.get("/search", params={"q": "refuge for women"}),
        await client.get("/search", params={"q": "refuge", "postcode": "BA2 3AB"}),
        await client.get("/services/refuge"),
        await client.get("/services/refuge", params={"postcode": "BA2 3AB"}),
        await client.get("/shortlist"),
        await client.get("/shortlist", params={"ids": "refuge"}),
        await client.get("/services/refuge/report"),
        await client.get("/api/services/refuge"),
        await client.get("/api/services", params={"search": "refuge"}),
    ]
    assert "/services/refuge" in results(pages[0].text)
    for page in pages:
        assert page.status_code == 200
        text = page.text
        assert SECRET_STREET not in text and SECRET_POSTCODE not in text, page.url
        assert not re.search(r"\bkm from\b", text) or "refuge" not in str(page.url), page.url
    assert "the address is not published" in pages[2].text


async def test_static_files_are_cached(client: httpx.AsyncClient) -> None:
    css = await client.get("/static/build/app.css")
    script = await client.get("/govuk/govuk-frontend.min.js")
    assert css.status_code == script.status_code == 200
    assert "max-age" in css.headers["cache-control"]
    assert "max-age=604800" in script.headers["cache-control"]


@pytest.mark.parametrize("words", ["my child wants to kill himself", "daughter cutting herself"])
async def test_a_search_that_signals_risk_leads_with_the_crisis_lines(
    client: httpx.AsyncClient, words: str
) -> None:
    page = await client.get("/search", params={"q": words})
    assert page.status_code == 200
    text = page.text
    crisis = text.index("Get help now")
    assert crisis < text.index("<h1")
    for number in ("999", "116 123", "0800 1111"):
        assert number in text[crisis:]
    assert 'href="tel:116123"' in text
    assert "No services found" not in text


async def test_an_ordinary_search_shows_no_crisis_lines(client: httpx.AsyncClient) -> None:
    page = await client.get("/search", params={"q": "debts"})
    assert "Get help now" not in page.text


async def test_the_match_api_starts_with_crisis_lines_for_a_need_at_risk(
    client: httpx.AsyncClient,
) -> None:
    answer = await client.post(
        "/api/match", json={"needs": ["debts", "my child wants to kill himself"]}
    )
    data = answer.json()
    assert answer.status_code == 200 and next(iter(data)) == "crisis"
    assert any(line["number"] == "116 123" for line in data["crisis"]["lines"])
    assert [n["reading"]["crisis"] for n in data["needs"]] == [False, True]
