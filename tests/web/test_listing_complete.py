"""Complete, true listings and the search around them, over HTTP: a listing's phones from its
contacts, its times from schedules wherever they are attached, its line breaks, venue access
and languages, and nothing it does not say; partial and out-of-area postcodes; the distance
shown beside the address it is to; filters as removable tags; the shortlist's confirmation,
short share links and what a family needs on paper."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from html import unescape
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from starlette.applications import Starlette

from directory.geography import PostcodeDirectory
from directory.sqlite_store import SQLiteServiceStore
from ingest.importer import Importer
from ingest.json_source import read_json_file
from matching.embedding import HashingEmbedder
from matching.engine import Matcher
from tests.conftest import service, write_json
from tests.web.test_search_page import links, results
from web.app import create_app
from web.directory_facts import short_id

TODDLERS = "toddlers"


def venue(key: str, name: str, street: str, postcode: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": f"sal-{key}",
        "location": {
            "id": f"loc-{key}",
            "name": name,
            "addresses": [{"address_1": street, "city": "Bath", "postal_code": postcode}],
            **extra,
        },
    }


def directory() -> list[dict[str, Any]]:
    return [
        service(
            TODDLERS,
            "Toddler time",
            description="Songs and play for under-fives.\nBring a snack.\n\nParents stay.",
            contacts=[
                {"id": "c1", "name": "Jo", "phones": [{"id": "p1", "number": "0117 496 0999"}]},
                {"id": "c2", "name": "Sam", "phones": [{"id": "p2", "number": "0117 496 0999"}]},
            ],
            assured_date="2026-10-01",
            service_at_locations=[
                {
                    **venue(
                        "hall",
                        "Oldfield Park Hall",
                        "1 Moorland Road",
                        "BA2 3PN",
                        accessibility=[{"id": "a1", "description": "Ramp at the side door."}],
                    ),
                    "schedules": [
                        {
                            "id": "t1",
                            "freq": "WEEKLY",
                            "byday": "TU,TH",
                            "opens_at": "10:00:00",
                            "closes_at": "11:30:00",
                        }
                    ],
                }
            ],
        ),
        service(
            "two-sites",
            "Money advice in two towns",
            description="Help with debts.",
            service_at_locations=[
                venue("bath", "Bath office", "3 Westgate Buildings", "BA1 1UF"),
                venue("radstock", "Radstock office", "The Street", "BA3 3PR"),
            ],
        ),
        service(
            "bsl",
            "Signing family group",
            description="A group for deaf parents.",
            languages=[{"name": "British Sign Language", "code": "sgn"}],
            interpretation_services="Spoken-language interpreters can be booked.",
        ),
    ]


@pytest.fixture(scope="module")
def app(
    tmp_path_factory: pytest.TempPathFactory, postcodes: PostcodeDirectory
) -> Iterator[Starlette]:
    """The app on a small directory, with the small deterministic embedder (nothing here
    depends on the model's sense of words)."""
    folder = Path(tmp_path_factory.mktemp("listings"))
    store = SQLiteServiceStore(folder / "directory.db")
    embedder = HashingEmbedder()
    Importer(store, embedder, postcodes).run(
        read_json_file(write_json(folder / "s.json", directory()))
    )
    yield create_app(store, Matcher(store, embedder, postcodes), postcodes)
    store.close()


@pytest.fixture
async def client(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
        yield http


def text_of(html: str) -> str:
    """The page's main content as words, tags and spacing gone."""
    main = html[html.index("<main") : html.index("</main>")]
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", main)))


async def test_a_listing_shows_what_it_holds_and_invents_nothing(
    client: httpx.AsyncClient,
) -> None:
    page = await client.get(f"/services/{TODDLERS}")
    words = text_of(page.text)
    assert "0117 496 0999" in words and words.count("0117 496 0999") == 1
    assert 'href="tel:01174960999"' in page.text
    assert "Tuesday and Thursday, 10:00 to 11:30" in words
    assert "When Tuesday and Thursday" in words and "When Ask the service" not in words
    assert "Songs and play for under-fives.<br>Bring a snack.</p>" in page.text
    assert '<p class="govuk-body">Parents stay.</p>' in page.text
    assert "Ramp at the side door." in words
    assert "Listing last checked 1 October 2026" in words
    for invented in ("Families who live in the area", "English", "Languages", "Any age"):
        assert invented not in words, invented
    assert "Who it is for" not in words


async def test_each_language_is_offered_once_and_interpreters_are_said(
    client: httpx.AsyncClient,
) -> None:
    page = await client.get("/search", params={"postcode": "BA2 3PN", "language": "ar"})
    assert page.text.count(">British Sign Language</option>") == 1
    found = text_of(page.text)
    assert "Signing family group" in found
    assert "Interpreters can be arranged" in found
    signing = await client.get("/search", params={"postcode": "BA2 3PN", "language": "sgn"})
    assert "In British Sign Language" in text_of(signing.text)
    listing = text_of((await client.get("/services/bsl")).text)
    assert "British Sign Language. Interpreters can be arranged." in listing


async def test_a_partial_postcode_is_the_middle_of_its_district_nearest_first(
    client: httpx.AsyncClient,
) -> None:
    page = await client.get("/search", params={"postcode": "ba2"})
    assert page.status_code == 200
    words = text_of(page.text)
    assert "There is a problem" not in words
    assert "Distances are from the middle of the BA2 postcode area" in words
    assert '<h1 class="govuk-heading-l">Services near BA2</h1>' in page.text
    distances = [float(km) for km in re.findall(r"(\d+\.\d) km from BA2\b", words)]
    assert len(distances) == 2 and distances == sorted(distances)
    assert results(page.text)[0] == f"/services/{TODDLERS}"  # in BA2, so nearest


async def test_the_match_api_takes_a_partial_postcode_too(client: httpx.AsyncClient) -> None:
    answer = await client.post("/api/match", json={"needs": ["money advice"], "postcode": "BA3"})
    assert answer.status_code == 200, answer.text
    bad = await client.post("/api/match", json={"needs": ["money advice"], "postcode": "12"})
    assert bad.status_code == 422


async def test_a_postcode_outside_the_area_says_so_and_offers_the_wider_search(
    client: httpx.AsyncClient,
) -> None:
    page = await client.get("/search", params={"q": "debts", "postcode": "BS1 4DJ"})
    words = text_of(page.text)
    assert "BS1 4DJ is outside the area this directory covers" in words
    assert "/search?q=debts" in links(page.text)
    inside = await client.get("/search", params={"q": "debts", "postcode": "BA2 3PN"})
    assert "outside the area" not in inside.text


async def test_the_distance_shown_is_to_the_address_beside_it(client: httpx.AsyncClient) -> None:
    page = await client.get("/search", params={"postcode": "BA3 3TX"})
    html = page.text
    block = html[html.index("Money advice in two towns") :]
    block = block[: block.index("</ul>")]
    site = text_of(f"<main>{block}</main>")
    # Radstock is about 1 km from BA3 3TX, Bath about 15: the nearest is shown first.
    nearest = re.search(r"The Street, Bath, BA3 3PR: (\d+\.\d) km from BA3 3TX", site)
    assert nearest and float(nearest.group(1)) < 3, site
    other = re.search(r"Also at: 3 Westgate Buildings, Bath, BA1 1UF \((\d+\.\d) km\)", site)
    assert other and float(other.group(1)) > 10, site
    listing = text_of((await client.get("/services/two-sites?postcode=BA3+3TX")).text)
    assert listing.index("BA3 3PR") < listing.index("BA1 1UF")
    assert re.search(r"BA3 3PR \d\.\d km from BA3 3TX \(the nearest\)", listing), listing


async def test_each_filter_tag_removes_that_filter_only(client: httpx.AsyncClient) -> None:
    params = {"q": "debts", "postcode": "BA2 3PN", "free": "yes", "day": "TU", "page": "1"}
    page = await client.get("/search", params=params)
    tags = re.findall(r'<a class="app-filter-tag" href="([^"]+)">(.*?)</a>', page.text)
    by_label = {text_of(f"<main>{label}</main>").strip(): unescape(h) for h, label in tags}
    assert set(by_label) == {
        "Remove this filter: Near BA2 3PN ×",
        "Remove this filter: Free only ×",
        "Remove this filter: On Tuesday ×",
    }
    free = parse_qs(urlsplit(by_label["Remove this filter: Free only ×"]).query)
    assert free == {"q": ["debts"], "postcode": ["BA2 3PN"], "day": ["TU"]}
    near = parse_qs(urlsplit(by_label["Remove this filter: Near BA2 3PN ×"]).query)
    assert near == {"q": ["debts"], "free": ["yes"], "day": ["TU"]}
    assert "Filter results (3 in use)" in page.text


async def _token(client: httpx.AsyncClient) -> str:
    await client.get("/")
    token = client.cookies.get("earlyhelp_csrf")
    assert token
    return token


async def test_adding_to_the_shortlist_confirms_at_the_same_result(
    client: httpx.AsyncClient,
) -> None:
    token = await _token(client)
    search = await client.get("/search", params={"postcode": "BA2 3PN", "free": ""})
    back = re.search(r'name="back" value="([^"]+)"', search.text)
    anchor = f"result-{short_id('two-sites')}"
    assert back and f'id="{anchor}"' in search.text
    added = await client.post(
        "/shortlist",
        data={
            "csrf_token": token,
            "service_id": "two-sites",
            "action": "add",
            "back": unescape(back.group(1)),
            "anchor": anchor,
        },
    )
    assert added.status_code == 303
    location = added.headers["location"]
    assert location == f"/search?postcode=BA2+3PN&added={short_id('two-sites')}#{anchor}"
    again = await client.get(location.split("#")[0])
    block = again.text[again.text.index(f'id="{anchor}"') :]
    block = block[: block.index("</form>")]
    assert "Added to your shortlist." in block
    assert "Added to your shortlist." not in again.text.replace(block, "")
    evil = await client.post(
        "/shortlist",
        data={"csrf_token": token, "service_id": "bsl", "back": "/services/bsl", "anchor": 'x"><b'},
    )
    assert evil.headers["location"] == f"/services/bsl?added={short_id('bsl')}"


async def test_back_to_search_keeps_the_words_filters_and_page(
    client: httpx.AsyncClient,
) -> None:
    page = await client.get(
        "/search", params={"q": "toddler songs and play", "postcode": "BA2 3PN", "day": "TU"}
    )
    link = next(h for h in links(page.text) if h.startswith("/services/"))
    listing = await client.get(unescape(link))
    back = re.search(r'<a href="([^"]+)" class="govuk-back-link', listing.text)
    assert back, "no back link"
    kept = parse_qs(urlsplit(unescape(back.group(1))).query)
    assert kept == {"q": ["toddler songs and play"], "postcode": ["BA2 3PN"], "day": ["TU"]}
    paged = await client.get("/services/bsl", params={"q": "x", "page": "3"})
    back = re.search(r'<a href="([^"]+)" class="govuk-back-link', paged.text)
    assert back and unescape(back.group(1)) == "/search?q=x&page=3"
    plain = await client.get("/services/bsl")
    assert '<a href="/" class="govuk-back-link' in plain.text


async def test_the_shortlist_is_shared_by_a_short_link_and_carries_what_paper_needs(
    client: httpx.AsyncClient,
) -> None:
    token = await _token(client)
    for service_id in (TODDLERS, "two-sites", "bsl"):
        await client.post(
            "/shortlist",
            data={"csrf_token": token, "service_id": service_id, "action": "add", "back": "/"},
        )
    mine = await client.get("/shortlist")
    share = next(h for h in links(mine.text) if "/shortlist?s=" in h)
    assert len(urlsplit(share).path + "?" + urlsplit(share).query) < 50, share
    async with httpx.AsyncClient(transport=client._transport, base_url="http://t") as stranger:
        shared = await stranger.get(share.replace("http://t", ""))
    assert results(shared.text) == [f"/services/{TODDLERS}", "/services/two-sites", "/services/bsl"]
    words = text_of(shared.text)
    for needed in (
        "Toddler time",
        "Songs and play for under-fives.",
        "Cost Ask the service",
        "When Tuesday and Thursday, 10:00 to 11:30",
        "Phone: 0117 496 0999",
        "Oldfield Park Hall, 1 Moorland Road, Bath, BA2 3PN",
        "Bath office, 3 Westgate Buildings, Bath, BA1 1UF",
        "Radstock office, The Street, Bath, BA3 3PR",
    ):
        assert needed in words, needed
    assert "Families who live" not in words and "English" not in words
    assert 'href="tel:01174960999"' in shared.text  # a phone number on the list is tappable
    unknown = await client.get("/shortlist", params={"s": "zzzzzzz"})
    assert "None of the services in this link are in the directory now" in unknown.text
