"""What would mislead a family, cleaned on import and checked on the pages families read:
coordinates that are not a place, placeholder emails, HTML descriptions, bare `www.`
websites, closed services listed as active, and phones given only under contacts."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import httpx
import pytest

from directory.geography import PostcodeDirectory
from directory.sqlite_store import SQLiteServiceStore
from feedback.letter import LocalPolicy, compose_letter, letter_service, letter_text
from feedback.records import Decision
from ingest.cleaning import is_placeholder_email, plain_text
from ingest.importer import Importer, ImportSummary
from ingest.json_source import SourceRecord
from matching.embedding import HashingEmbedder
from matching.engine import Matcher
from tests.conftest import service
from web.app import create_app

HOME = "HP20 1UA"  # Aylesbury: about 51.81, -0.81
DISTANCE = re.compile(r"([\d,]+\.\d) km from " + HOME)


def _place(latitude: float | None, longitude: float | None, postcode: str | None) -> dict[str, Any]:
    location: dict[str, Any] = {"id": "loc", "name": "Family centre"}
    if latitude is not None:
        location |= {"latitude": latitude, "longitude": longitude}
    if postcode:
        location["addresses"] = [
            {"address_1": "1 High Street", "city": "Aylesbury", "postal_code": postcode}
        ]
    return {"service_at_locations": [{"id": "sal", "location": location}]}


def _parenting(service_id: str, **fields: Any) -> dict[str, Any]:
    return service(
        service_id,
        f"Parenting support group {service_id}",
        organization={"id": "o", "name": "Family Hub"},
        phones=[{"number": "01296 000001"}],
        **fields,
    )


RECORDS = [
    _parenting("zero", **_place(0, 0, HOME)),
    _parenting("swapped", **_place(-0.8122, 51.8144, HOME)),
    _parenting("abroad", **_place(40.7128, -74.006, HOME)),
    _parenting("nowhere", **_place(0.0, 0.0, None)),
    _parenting("good", **_place(51.8150, -0.8100, HOME)),
    service(
        "messy",
        "Stay and play",
        organization={"id": "o", "name": "Family Hub", "email": "info@example.org"},
        email="email@email.com",
        url="www.family-hub.org.uk/stay-and-play",
        description=(
            "<p>Play sessions for <strong>under-fives</strong>.</p>"
            "<ul><li>Messy play</li><li>Songs &amp; rhymes</li></ul>"
            "<script>alert('x')</script><p>Bring a snack.<br>Free parking.</p>"
        ),
        eligibility_description="Parents and carers\nof children under 5",
        contacts=[
            {"id": "c1", "name": "Sam", "email": "test@family-hub.org.uk"},
            {"id": "c2", "name": "Desk", "phones": [{"id": "p1", "number": "01296 555 0123"}]},
            {"id": "c3", "phones": [{"id": "p2", "number": "01296 555 0123"}]},
        ],
    ),
    service(
        "closed",
        "Toddler group",
        description="This group is temporarily suspended until further notice.",
        email="toddlers@family-hub.org.uk",
    ),
]


@pytest.fixture(scope="module")
def imported(
    tmp_path_factory: pytest.TempPathFactory, postcodes: PostcodeDirectory
) -> tuple[SQLiteServiceStore, ImportSummary]:
    store = SQLiteServiceStore(tmp_path_factory.mktemp("clean") / "d.db")
    records = [SourceRecord("feed", f"record {i}", r) for i, r in enumerate(RECORDS, 1)]
    summary = Importer(store, HashingEmbedder(), postcodes, today=lambda: date(2026, 11, 1)).run(
        records
    )
    assert summary.rejected == 0, summary.errors
    return store, summary


def _warnings(summary: ImportSummary, record_id: str, kind: str) -> list[str]:
    return [p.message for p in summary.warnings if p.record_id == record_id and p.kind == kind]


@pytest.mark.parametrize(
    ("record_id", "why"),
    [
        ("zero", "are (0, 0), which stands for no place at all"),
        ("swapped", "have latitude and longitude the wrong way round"),
        ("abroad", "are outside the UK"),
    ],
)
def test_coordinates_that_are_not_a_place_give_way_to_the_postcode(
    imported: tuple[SQLiteServiceStore, ImportSummary], record_id: str, why: str
) -> None:
    store, summary = imported
    (message,) = _warnings(summary, record_id, "coordinates")
    assert why in message and f"the postcode {HOME} places it instead" in message
    stored = store.get(record_id)
    assert stored is not None
    (location,) = stored.service.locations
    assert location.latitude == pytest.approx(51.8145, abs=0.01)
    assert location.longitude == pytest.approx(-0.8122, abs=0.01)


def test_coordinates_with_no_postcode_are_left_out(
    imported: tuple[SQLiteServiceStore, ImportSummary],
) -> None:
    store, summary = imported
    (message,) = _warnings(summary, "nowhere", "coordinates")
    assert "no postcode to place it by" in message
    stored = store.get("nowhere")
    assert stored is not None
    assert (stored.service.locations[0].latitude, stored.service.locations[0].longitude) == (
        None,
        None,
    )
    assert _warnings(summary, "good", "coordinates") == []


def test_placeholder_emails_are_left_out_and_real_ones_kept(
    imported: tuple[SQLiteServiceStore, ImportSummary],
) -> None:
    store, summary = imported
    messages = _warnings(summary, "messy", "placeholder")
    assert any("'email@email.com' is a placeholder" in m for m in messages)
    assert any("'test@family-hub.org.uk' is a placeholder" in m for m in messages)
    assert any("'info@example.org' is a placeholder" in m for m in messages)
    stored = store.get("messy")
    assert stored is not None
    record = stored.service.record
    assert "email" not in record and "email" not in record["organization"]
    assert "email" not in record["contacts"][0]
    assert stored.source["email"] == "email@email.com", "the feed's record is kept as sent"
    kept = store.get("closed")
    assert kept is not None and kept.service.record["email"] == "toddlers@family-hub.org.uk"


def test_placeholder_email_patterns() -> None:
    assert all(
        is_placeholder_email(a)
        for a in ("email@email.com", "test@council.gov.uk", "a@example.co.uk", "x@example.org")
    )
    assert not any(
        is_placeholder_email(a)
        for a in ("help@family.org.uk", "contest@council.gov.uk", "bob@testvalley.gov.uk")
    )


def test_text_saying_the_service_is_closed_is_a_warning(
    imported: tuple[SQLiteServiceStore, ImportSummary],
) -> None:
    _, summary = imported
    (message,) = _warnings(summary, "closed", "closed")
    assert "temporarily suspended" in message and "status is active" in message
    assert _warnings(summary, "good", "closed") == []


def test_html_becomes_paragraphs_and_lists() -> None:
    text = plain_text(
        "<p>Hello <b>there</b></p><ul><li>One</li><li>Two &amp; three</li></ul>"
        "<style>p{}</style><p>Line<br>break</p>"
    )
    assert text == "Hello there\n\n- One\n- Two & three\n\nLine\nbreak"
    assert plain_text("First line\r\nSecond line") == "First line\nSecond line"


class _Page(HTMLParser):
    """The visible text, list items and links of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.items: list[str] = []
        self.hrefs: list[str] = []
        self._in_li = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "li":
            self._in_li = True
            self.items.append("")
        if tag == "a":
            self.hrefs.extend(v for k, v in attrs if k == "href" and v)

    def handle_endtag(self, tag: str) -> None:
        if tag == "li":
            self._in_li = False

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._in_li:
            self.items[-1] += data


def _parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


@pytest.fixture
async def client(
    imported: tuple[SQLiteServiceStore, ImportSummary], postcodes: PostcodeDirectory
) -> AsyncIterator[httpx.AsyncClient]:
    store, _ = imported
    app = create_app(store, Matcher(store, HashingEmbedder(), postcodes), postcodes)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        yield http


def _distances(text: str) -> list[float]:
    return [float(found.replace(",", "")) for found in DISTANCE.findall(text)]


async def test_no_absurd_distance_on_results_service_pages_or_the_match_api(
    client: httpx.AsyncClient,
) -> None:
    results = await client.get("/search", params={"q": "parenting support", "postcode": HOME})
    assert results.status_code == 200
    shown = _distances(" ".join(_parse(results.text).text))
    assert len(shown) >= 4, results.text
    assert max(shown) < 2
    for record_id in ("zero", "swapped", "abroad", "nowhere", "good"):
        page = await client.get(f"/services/{record_id}", params={"postcode": HOME})
        assert all(d < 2 for d in _distances(" ".join(_parse(page.text).text))), record_id
    answer = await client.post(
        "/api/match", json={"needs": ["parenting support group"], "postcode": HOME, "limit": 10}
    )
    suggestions = answer.json()["suggestions"]
    assert suggestions
    for suggestion in suggestions:
        assert suggestion["distance_km"] is None or suggestion["distance_km"] < 2
        assert all(d < 2 for d in _distances(" ".join(suggestion["reasons"])))


async def test_the_service_page_shows_clean_text_links_and_contacts_phones(
    client: httpx.AsyncClient,
) -> None:
    response = await client.get("/services/messy")
    assert response.status_code == 200
    html = response.text
    page = _parse(html)
    visible = " ".join(page.text)
    assert "<p>" not in visible and "<strong>" not in visible and "&lt;" not in html
    assert "alert(" not in html
    assert "Messy play" in page.items and "Songs & rhymes" in page.items
    assert "Bring a snack.<br>Free parking." in html, "line breaks kept"
    assert "Parents and carers<br>of children under 5" in html
    assert "https://www.family-hub.org.uk/stay-and-play" in page.hrefs
    assert "tel:012965550123" in page.hrefs
    assert visible.count("01296 555 0123") == 1, "the same number once"
    assert "email@email.com" not in html and "test@family-hub" not in html
    api = (await client.get("/api/services/messy")).json()
    assert api["url"] == "https://www.family-hub.org.uk/stay-and-play"


def test_the_letter_gives_the_contacts_phone(
    imported: tuple[SQLiteServiceStore, ImportSummary], tmp_path: Path
) -> None:
    store, _ = imported
    stored = store.get("messy")
    assert stored is not None
    shown = letter_service(stored.service, "", "https://directory.example")
    assert shown.contact[0] == "Phone 01296 555 0123"
    assert "Website https://www.family-hub.org.uk/stay-and-play" in shown.contact
    own = store.get("good")
    assert own is not None
    assert letter_service(own.service, "", "").contact == ["Phone 01296 000001"]
    decision = Decision(
        reference="REF-1",
        referrer_name="Alex",
        referrer_role="Teacher",
        referrer_organisation="School",
        referrer_email="alex@school.test",
        decision="nfa",
        decided_on=date(2026, 11, 1),
        reason="Needs below threshold",
        needs=("parenting",),
    )
    text = letter_text(
        compose_letter(decision, [shown], LocalPolicy(), "https://ack", "Sam", date(2026, 11, 2))
    )
    assert "Phone 01296 555 0123" in text
