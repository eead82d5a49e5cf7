"""Reading Open Referral feeds from a real HTTP server on loopback."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from directory.sqlite_store import SQLiteServiceStore
from ingest.http_feed import FeedReader, FetchPolicy
from ingest.importer import Importer
from ingest.json_source import SourceError
from tests.conftest import CountingEmbedder, service
from tests.ingest.conftest import Handler

SERVICES = [
    service(f"s{i}", f"Service {i}", organization={"id": "o", "name": "Org"}) for i in range(7)
]


def v3_pages(path: str, query: dict[str, list[str]]) -> tuple[int, bytes]:
    page = int(query.get("page", ["1"])[0])
    chunk = SERVICES[(page - 1) * 3 : page * 3]
    body = {
        "total_items": 7,
        "total_pages": 3,
        "page_number": page,
        "size": len(chunk),
        "first_page": page == 1,
        "last_page": page == 3,
        "empty": not chunk,
        "contents": chunk,
    }
    return 200, json.dumps(body).encode()


def v1_pages(path: str, query: dict[str, list[str]]) -> tuple[int, bytes]:
    if path.endswith("/services/s6"):
        return 200, json.dumps(SERVICES[6]).encode()
    number = int(query.get("page", ["0"])[0])
    chunk = SERVICES[number * 4 : (number + 1) * 4]
    chunk = [c if c["id"] != "s6" else {"id": "s6", "name": "Service 6"} for c in chunk]
    body = {"totalElements": 7, "totalPages": 2, "number": number, "content": chunk}
    return 200, json.dumps(body).encode()


def reader(**policy: Any) -> FeedReader:
    return FeedReader(httpx.Client(), FetchPolicy(**policy), sleep=lambda seconds: None)


@pytest.mark.parametrize("pages", [v3_pages, v1_pages], ids=["oruk-3", "oruk-v1"])
def test_every_page_is_read_in_both_shapes(
    feed_server: Callable[[Handler], str], pages: Handler
) -> None:
    records = reader().read(feed_server(pages))
    assert [r.data["id"] for r in records] == [f"s{i}" for i in range(7)]
    assert all("organization" in r.data for r in records)


def test_a_server_failing_twice_then_answering_is_retried(
    feed_server: Callable[[Handler], str],
) -> None:
    calls = {"n": 0}

    def flaky(path: str, query: dict[str, list[str]]) -> tuple[int, bytes]:
        calls["n"] += 1
        return (503, b"busy") if calls["n"] <= 2 else v3_pages(path, query)

    assert len(reader(retries=3).read(feed_server(flaky))) == 7


def test_a_page_of_invalid_json_fails_the_source_and_changes_nothing(
    feed_server: Callable[[Handler], str], store: SQLiteServiceStore
) -> None:
    def broken(path: str, query: dict[str, list[str]]) -> tuple[int, bytes]:
        return (200, b"{not json") if query.get("page") == ["2"] else v3_pages(path, query)

    Importer(store, CountingEmbedder()).run(iter(reader().read(feed_server(v3_pages))))
    with pytest.raises(SourceError, match="page 2 is not valid JSON"):
        reader().read(feed_server(broken))
    assert store.count() == 7


def test_a_page_that_stays_broken_says_so(feed_server: Callable[[Handler], str]) -> None:
    url = feed_server(lambda path, query: (500, b"oops"))
    with pytest.raises(SourceError, match="failed after 3 tries: the server answered 500"):
        reader(retries=2).read(url)


def test_a_slow_server_times_out(feed_server: Callable[[Handler], str]) -> None:
    def slow(path: str, query: dict[str, list[str]]) -> tuple[int, bytes]:
        time.sleep(1.0)
        return v3_pages(path, query)

    with pytest.raises(SourceError, match=r"no answer within 0\.2 s"):
        reader(timeout=0.2, retries=1).read(feed_server(slow))
