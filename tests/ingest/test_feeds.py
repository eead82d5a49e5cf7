"""Named feeds synced from a real paged Open Referral API on loopback."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from appdb.sqlite import SQLiteDatabase
from directory.sqlite_store import SQLiteServiceStore
from ingest.feeds import WITHDRAWN_KEY, Feed, FeedError, FeedRegistry, FeedSync
from ingest.http_feed import FeedReader, FetchPolicy
from ingest.importer import Importer
from tests.conftest import CountingEmbedder, service
from tests.ingest.conftest import Handler

Server = Callable[[Handler], str]
PER_PAGE = 4


@dataclass
class FakeCouncilApi:
    """A council's directory API: pages of services, `modified_after`, `minimal`, one by id.
    `fail` lets a test break a request: it returns an answer to give instead, or None."""

    services: dict[str, dict[str, Any]] = field(default_factory=dict)
    shape: str = "v3"
    seen: list[dict[str, list[str]]] = field(default_factory=list)
    fail: Callable[[str, dict[str, list[str]]], tuple[int, bytes] | None] = lambda p, q: None

    def put(self, service_id: str, name: str, modified: str) -> None:
        self.services[service_id] = service(
            service_id, name, organization={"id": "o", "name": "Org"}, last_modified=modified
        )

    def __call__(self, path: str, query: dict[str, list[str]]) -> tuple[int, bytes]:
        self.seen.append(query)
        broken = self.fail(path, query)
        if broken is not None:
            return broken
        if not path.endswith("/services"):
            found = self.services.get(path.rsplit("/", 1)[-1])
            return (200, json.dumps(found).encode()) if found else (404, b"{}")
        items = list(self.services.values())
        if "modified_after" in query:
            items = [s for s in items if s["last_modified"] > query["modified_after"][0]]
        if query.get("minimal") == ["true"]:
            items = [{"id": s["id"], "last_modified": s["last_modified"]} for s in items]
        pages = max(1, -(-len(items) // PER_PAGE))
        if self.shape == "v1":
            number = int(query.get("page", ["0"])[0])
            chunk = items[number * PER_PAGE : (number + 1) * PER_PAGE]
            body: dict[str, Any] = {
                "totalElements": len(items),
                "totalPages": pages,
                "number": number,
                "content": chunk,
            }
        else:
            number = int(query.get("page", ["1"])[0])
            chunk = items[(number - 1) * PER_PAGE : number * PER_PAGE]
            body = {
                "total_items": len(items),
                "total_pages": pages,
                "page_number": number,
                "contents": chunk,
            }
        return 200, json.dumps(body).encode()


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Rig:
    api: FakeCouncilApi
    url: str
    store: SQLiteServiceStore
    registry: FeedRegistry
    clock: Clock
    syncer: FeedSync

    def sync(self, *, full: bool = False) -> Any:
        outcome = self.syncer.sync(self.feed(), full=full)
        self.registry.record("council", outcome)
        return outcome

    def feed(self) -> Feed:
        return self.registry.require("council")

    def snapshot(self) -> dict[str, Any]:
        return {
            "generation": self.store.generation(),
            "records": {
                sid: stored.source if (stored := self.store.get(sid)) else None
                for sid in self.api.services
            },
        }


def _rig(server: Server, tmp_path: Path, store: SQLiteServiceStore, shape: str = "v3") -> Rig:
    api = FakeCouncilApi(shape=shape)
    for i in range(10):
        api.put(f"s{i}", f"Service {i}", "2026-10-01T00:00:00Z")
    url = server(api)
    registry = FeedRegistry(SQLiteDatabase(tmp_path / "feeds.db"))
    clock = Clock()
    registry.add("council", url, clock.now)
    reader = FeedReader(
        httpx.Client(), FetchPolicy(timeout=1.0, retries=2), sleep=lambda seconds: None
    )
    syncer = FeedSync(reader, Importer(store, CountingEmbedder()), store, clock)
    return Rig(api, url, store, registry, clock, syncer)


@pytest.mark.parametrize("shape", ["v3", "v1"])
def test_first_sync_is_full_and_reads_every_page(
    feed_server: Server, tmp_path: Path, store: SQLiteServiceStore, shape: str
) -> None:
    rig = _rig(feed_server, tmp_path, store, shape)
    outcome = rig.sync()
    assert outcome.mode == "full" and outcome.error is None
    assert outcome.summary.added == 10 and store.count() == 10
    feed = rig.feed()
    assert (feed.last_status, feed.synced_from) == ("ok", "2026-11-01T09:00:00Z")
    assert sum(1 for q in rig.api.seen if "page" in q) >= 2  # several pages were read


def test_incremental_sync_picks_up_a_changed_a_removed_and_a_new_service(
    feed_server: Server, tmp_path: Path, store: SQLiteServiceStore
) -> None:
    rig = _rig(feed_server, tmp_path, store)
    rig.sync()
    rig.clock.now += timedelta(days=1)
    rig.api.put("s3", "Service 3, now on Saturdays", "2026-11-01T12:00:00Z")
    removed = rig.api.services.pop("s7")
    rig.api.put("s99", "A new service without a modified date", "2020-01-01T00:00:00Z")
    rig.api.seen.clear()

    outcome = rig.sync()

    assert outcome.mode == "incremental" and outcome.error is None
    assert rig.api.seen[0]["modified_after"] == ["2026-11-01T08:00:00Z"]
    assert any(q.get("minimal") == ["true"] for q in rig.api.seen)
    assert (outcome.summary.added, outcome.summary.updated, outcome.withdrawn) == (1, 2, 1)
    assert outcome.fetched_whole == 1
    changed = store.get("s3")
    assert changed is not None and changed.source["name"] == "Service 3, now on Saturdays"
    gone = store.get("s7")
    assert gone is not None, "withdrawn services are kept"
    assert gone.source["status"] == "inactive"
    assert gone.source[WITHDRAWN_KEY]["reason"] == "no longer listed by the feed"
    assert store.statuses_from(rig.url + "/services")["s7"] == "inactive"
    assert "withdrawn" in outcome.describe()

    rig.clock.now += timedelta(days=1)
    rig.api.services["s7"] = removed
    back = rig.sync()
    returned = store.get("s7")
    assert back.error is None and returned is not None
    assert returned.source["status"] == "active" and WITHDRAWN_KEY not in returned.source


def test_a_full_sync_with_nothing_changed_changes_nothing(
    feed_server: Server, tmp_path: Path, store: SQLiteServiceStore
) -> None:
    rig = _rig(feed_server, tmp_path, store)
    rig.sync()
    before = rig.snapshot()
    again = rig.sync(full=True)
    assert (again.summary.unchanged, again.withdrawn) == (10, 0)
    assert rig.snapshot() == before


def _failing_after_first_sync(
    rig: Rig, fail: Callable[[str, dict[str, list[str]]], tuple[int, bytes] | None]
) -> Any:
    rig.sync()
    before, feed_before = rig.snapshot(), rig.feed()
    rig.clock.now += timedelta(days=1)
    rig.api.services.pop("s1")  # would be withdrawn by a good sync
    rig.api.put("s2", "Changed", "2026-11-01T12:00:00Z")
    rig.api.fail = fail
    outcome = rig.sync(full=True)
    assert outcome.error is not None
    rig.api.services["s1"] = before["records"]["s1"]
    assert rig.snapshot() == before, "a failed sync must not change what was stored"
    feed = rig.feed()
    assert feed.last_status == "failed" and feed.synced_from == feed_before.synced_from
    return outcome


def test_a_page_of_invalid_json_fails_the_sync_and_changes_nothing(
    feed_server: Server, tmp_path: Path, store: SQLiteServiceStore
) -> None:
    rig = _rig(feed_server, tmp_path, store)
    outcome = _failing_after_first_sync(
        rig, lambda p, q: (200, b'{"contents": [') if q.get("page") == ["2"] else None
    )
    assert "page 2 is not valid JSON" in outcome.error


def test_a_page_that_stays_broken_fails_the_sync_and_changes_nothing(
    feed_server: Server, tmp_path: Path, store: SQLiteServiceStore
) -> None:
    rig = _rig(feed_server, tmp_path, store)
    outcome = _failing_after_first_sync(
        rig, lambda p, q: (503, b"down") if q.get("page") == ["3"] else None
    )
    assert "page 3 failed after 3 tries: the server answered 503" in outcome.error


def test_a_slow_feed_times_out_and_changes_nothing(
    feed_server: Server, tmp_path: Path, store: SQLiteServiceStore
) -> None:
    rig = _rig(feed_server, tmp_path, store)

    def slow(path: str, query: dict[str, list[str]]) -> None:
        if query.get("page") == ["2"]:
            time.sleep(1.5)

    outcome = _failing_after_first_sync(rig, slow)
    assert "no answer within 1 s" in outcome.error


def test_503_twice_then_an_answer_syncs(
    feed_server: Server, tmp_path: Path, store: SQLiteServiceStore
) -> None:
    rig = _rig(feed_server, tmp_path, store)
    calls = {"n": 0}

    def flaky(path: str, query: dict[str, list[str]]) -> tuple[int, bytes] | None:
        calls["n"] += 1
        return (503, b"busy") if calls["n"] <= 2 else None

    rig.api.fail = flaky
    outcome = rig.sync()
    assert outcome.error is None and outcome.summary.added == 10


@pytest.mark.parametrize(
    ("name", "url", "message"),
    [
        ("Bad Name", "http://x/api", "lower-case"),
        ("council-2", "ftp://x/api", "http:// or https://"),
        ("council", "http://x/api", "already registered"),
    ],
)
def test_the_registry_refuses_unusable_feeds(
    tmp_path: Path, name: str, url: str, message: str
) -> None:
    registry = FeedRegistry(SQLiteDatabase(tmp_path / "feeds.db"))
    registry.add("council", "http://example.org/api", datetime.now(UTC))
    with pytest.raises(FeedError, match=message):
        registry.add(name, url, datetime.now(UTC))
    with pytest.raises(FeedError, match="no feed called 'nope'"):
        registry.require("nope")
