"""What a served feed's list pages give, read over HTTP: an Outpost-shaped (ORUK v1) list
page's short items never empty a fuller stored listing, on a sync or an `ingest URL`; ids that
are not URL-safe are quoted when a service is fetched whole."""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from appdb.sqlite import SQLiteDatabase
from directory.sqlite_store import SQLiteServiceStore
from ingest.feeds import WITHDRAWN_KEY, FeedRegistry, FeedSync
from ingest.http_feed import FeedReader, FetchPolicy
from ingest.importer import Importer
from ingest.json_source import SourceError
from tests.conftest import CountingEmbedder
from tests.ingest.test_feeds import Server

OUTPOST_PAGE = Path(__file__).parents[1] / "data" / "oruk_v1" / "outpost_page.json"
#: What Outpost's list endpoint keeps of a service (its summary), without the nested lists.
SHORT_KEYS = ("id", "name", "status", "organisation", "updated_at")


def outpost_services() -> list[dict[str, Any]]:
    services: list[dict[str, Any]] = json.loads(OUTPOST_PAGE.read_text())["content"]
    return services


@dataclass
class OutpostApi:
    """An Outpost install's API: v1 pages from 1 with no `last` flag, and `/services/{id}`.
    `short` makes the list page give only SHORT_KEYS of each service."""

    services: list[dict[str, Any]] = field(default_factory=outpost_services)
    short: bool = False
    paths: list[str] = field(default_factory=list)

    def __call__(self, path: str, query: dict[str, list[str]]) -> tuple[int, bytes]:
        self.paths.append(path)
        if not path.endswith("/services"):
            wanted = path.rsplit("/", 1)[-1]
            found = [s for s in self.services if _quoted(str(s["id"])) == wanted]
            return (200, json.dumps(found[0]).encode()) if found else (404, b"{}")
        items = self.services
        if self.short:
            items = [{k: s[k] for k in SHORT_KEYS if k in s} for s in items]
        body = {"totalElements": len(items), "totalPages": 1, "number": 1, "content": items}
        return 200, json.dumps(body).encode()


def _quoted(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")


def _syncer(url: str, store: SQLiteServiceStore, tmp_path: Path) -> tuple[FeedSync, FeedRegistry]:
    registry = FeedRegistry(SQLiteDatabase(tmp_path / "feeds.db"))
    registry.add("bucks", url, datetime(2026, 11, 1, tzinfo=UTC))
    reader = FeedReader(httpx.Client(), FetchPolicy(timeout=2.0, retries=0), sleep=lambda s: None)
    return FeedSync(reader, Importer(store, CountingEmbedder()), store), registry


def test_short_list_items_keep_the_stored_listing_on_a_sync(
    feed_server: Server, tmp_path: Path, store: SQLiteServiceStore
) -> None:
    api = OutpostApi()
    syncer, registry = _syncer(feed_server(api), store, tmp_path)
    first = syncer.sync(registry.require("bucks"), full=True)
    assert first.error is None and first.summary is not None and first.summary.added == 3
    before = store.get("4182")
    assert before is not None and before.service.locations and before.record.get("contacts")

    api.short = True
    for item in api.services:
        item["name"] += " (new term)"
    again = syncer.sync(registry.require("bucks"), full=True)
    assert again.error is None and again.summary is not None
    assert (again.summary.updated, again.summary.rejected, again.withdrawn) == (3, 0, 0)
    partial = [p for p in again.summary.warnings if p.kind == "partial"]
    assert {p.record_id for p in partial} == {str(s["id"]) for s in api.services}
    assert all(p.message.startswith("a short record from a list page") for p in partial)
    after = store.get("4182")
    assert after is not None
    assert after.service.name.endswith("(new term)")  # what the list item gives is taken
    assert after.service.locations == before.service.locations
    assert after.record.get("contacts") == before.record.get("contacts")
    assert after.service.description == before.service.description
    assert after.service.minimum_age == before.service.minimum_age == 0
    # No service was fetched whole: each list item had its organisation, a full record's key.
    assert all(path.endswith("/services") for path in api.paths)


def test_a_withdrawn_service_listed_again_in_short_comes_back(
    feed_server: Server, tmp_path: Path, store: SQLiteServiceStore
) -> None:
    api = OutpostApi()
    syncer, registry = _syncer(feed_server(api), store, tmp_path)
    assert syncer.sync(registry.require("bucks"), full=True).error is None
    gone = api.services.pop()
    first = store.get(str(gone["id"]))
    assert first is not None
    dropped = syncer.sync(registry.require("bucks"), full=True, allow_withdrawals=True)
    assert dropped.error is None and dropped.withdrawn == 1
    api.services.append(gone)
    api.short = True
    back = syncer.sync(registry.require("bucks"), full=True)
    assert back.error is None
    stored = store.get(str(gone["id"]))
    assert stored is not None
    assert WITHDRAWN_KEY not in stored.source
    assert stored.service.status == first.service.status != "inactive"
    assert stored.service.locations == first.service.locations


def test_an_id_that_is_not_url_safe_is_quoted_when_fetched_whole(
    feed_server: Server, tmp_path: Path, store: SQLiteServiceStore
) -> None:
    odd = copy.deepcopy(outpost_services()[0])
    odd["id"] = "hubs/north east?page=2"
    # The list page names it only (no full record's key), so it is fetched by its id.
    api = OutpostApi(services=[odd])
    url = feed_server(api)
    reader = FeedReader(httpx.Client(), FetchPolicy(timeout=2.0, retries=0), sleep=lambda s: None)
    short = OutpostApi(services=[odd], short=True)
    short.services = [{"id": odd["id"], "name": odd["name"]}]

    def answer(path: str, query: dict[str, list[str]]) -> tuple[int, bytes]:
        return short(path, query) if path.endswith("/services") else api(path, query)

    listed_url = feed_server(answer)
    [record] = reader.read(listed_url)
    assert record.data == odd and not record.listed
    assert short.paths == ["/api/services"]
    assert api.paths == ["/api/services/hubs%2Fnorth%20east%3Fpage%3D2"]

    summary = Importer(store, CountingEmbedder()).run(reader.read(listed_url))
    assert (summary.added, summary.rejected) == (1, 0)
    stored = store.get("hubs/north east?page=2")
    assert stored is not None and stored.service.locations

    with pytest.raises(SourceError, match="answered 404"):
        reader.read_one(url, "a b/c?d")  # not this feed's: asked for by itself, not found
    assert api.paths[-1] == "/api/services/a%20b%2Fc%3Fd"
