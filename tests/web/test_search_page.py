from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import httpx

from directory.sqlite_store import SQLiteServiceStore
from ingest.importer import Importer
from ingest.json_source import read_json_file
from tests.conftest import CountingEmbedder, service, write_json
from web.app import create_app


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


async def test_search_finds_services_and_links_to_them(
    tmp_path: Path, store: SQLiteServiceStore, embedder: CountingEmbedder
) -> None:
    records = [
        service("p1", "Positive parenting course", description="Eight weeks for parents."),
        service("d1", "Debt advice line", description="Free, confidential help with debts."),
    ]
    Importer(store, embedder).run(read_json_file(write_json(tmp_path / "s.json", records)))
    app = create_app(store)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as h:
        found = await h.get("/", params={"q": "debts"})
        nothing = await h.get("/", params={"q": "zzzz"})
        page = await h.get("/services/d1")
        missing = await h.get("/services/nope")
    assert found.status_code == 200
    assert "/services/d1" in links(found.text) and "/services/p1" not in links(found.text)
    assert "No services found" in nothing.text
    assert "Debt advice line" in page.text and "Free, confidential help" in page.text
    assert missing.status_code == 404 and "Page not found" in missing.text
