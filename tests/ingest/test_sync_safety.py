"""Syncs that cannot empty the directory: an Open Referral UK v1 feed served on loopback, its
pages counted from 0 or from 1 and with no `last` flag, that then answers with nothing, with
half its services, or with a web page instead of JSON."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from appdb.sqlite import SQLiteDatabase
from directory.sqlite_store import SQLiteServiceStore
from ingest.feeds import WITHDRAWN_KEY, FeedRegistry, FeedSync, SyncOutcome
from ingest.http_feed import FeedReader, FetchPolicy
from ingest.importer import Importer
from ingest.json_source import SourceError
from ingest.problems import Problem
from ingest.report import print_problems
from tests.conftest import CountingEmbedder, service
from tests.ingest.test_feeds import Server
from tests.test_cli import run_cli

PER_PAGE = 3


@dataclass
class V1Feed:
    """An ORUK v1 API (`totalElements, totalPages, number, content`), its pages counted from
    `first`, sending no `last` flag. `answer`, when set, is sent for every request instead."""

    first: int
    services: dict[str, dict[str, Any]] = field(default_factory=dict)
    pages_asked: list[int] = field(default_factory=list)
    answer: bytes | None = None

    def put(self, count: int) -> None:
        for i in range(count):
            self.services[f"v{i}"] = service(
                f"v{i}", f"Service {i}", organization={"id": "o", "name": "Org"}
            )

    def __call__(self, path: str, query: dict[str, list[str]]) -> tuple[int, bytes]:
        if self.answer is not None:
            return 200, self.answer
        number = int(query.get("page", [str(self.first)])[0])
        self.pages_asked.append(number)
        items = list(self.services.values())
        start = (number - self.first) * PER_PAGE
        body = {
            "totalElements": len(items),
            "totalPages": -(-len(items) // PER_PAGE),
            "number": number,
            "size": PER_PAGE,
            "content": items[start : start + PER_PAGE],
        }
        return 200, json.dumps(body).encode()


@dataclass
class Rig:
    feed: V1Feed
    url: str
    store: SQLiteServiceStore
    registry: FeedRegistry
    syncer: FeedSync
    now: datetime

    def sync(self, *, allow_withdrawals: bool = False) -> SyncOutcome:
        self.now += timedelta(days=1)
        outcome = self.syncer.sync(
            self.registry.require("council"), full=True, allow_withdrawals=allow_withdrawals
        )
        self.registry.record("council", outcome)
        return outcome

    def statuses(self) -> dict[str, str]:
        return self.store.statuses_from(self.url + "/services")


def _rig(server: Server, tmp_path: Path, store: SQLiteServiceStore, first: int) -> Rig:
    feed = V1Feed(first)
    url = server(feed)
    registry = FeedRegistry(SQLiteDatabase(tmp_path / "feeds.db"))
    registry.add("council", url, datetime(2026, 11, 1, tzinfo=UTC))
    reader = FeedReader(httpx.Client(), FetchPolicy(timeout=2.0, retries=1), sleep=lambda s: None)
    holder: list[Rig] = []
    syncer = FeedSync(reader, Importer(store, CountingEmbedder()), store, lambda: holder[0].now)
    rig = Rig(feed, url, store, registry, syncer, datetime(2026, 11, 1, 9, tzinfo=UTC))
    holder.append(rig)
    return rig


@pytest.mark.parametrize("first", [0, 1], ids=["0-based", "1-based"])
def test_a_v1_feed_without_last_is_read_to_its_last_page(
    feed_server: Server, tmp_path: Path, store: SQLiteServiceStore, first: int
) -> None:
    rig = _rig(feed_server, tmp_path, store, first)
    rig.feed.put(7)  # three pages: 3, 3 and 1
    rig.feed.services["v6"]["minimum_age"] = -1  # rejected, so its position is reported

    outcome = rig.sync()

    assert outcome.error is None, outcome.error
    assert rig.feed.pages_asked == [first, first + 1, first + 2]
    assert len(store.statuses_from(rig.url + "/services")) == 6
    (problem,) = outcome.summary.errors if outcome.summary else []
    assert problem.position == f"page {first + 2} record 1", "the feed's own page number"


@pytest.mark.parametrize("first", [0, 1], ids=["0-based", "1-based"])
def test_an_empty_then_a_halved_feed_withdraws_nothing_until_allowed(
    feed_server: Server, tmp_path: Path, store: SQLiteServiceStore, first: int
) -> None:
    rig = _rig(feed_server, tmp_path, store, first)
    rig.feed.put(8)
    assert rig.sync().error is None
    everything = dict(rig.feed.services)
    synced_from = rig.registry.require("council").synced_from

    rig.feed.services.clear()
    empty = rig.sync()
    assert empty.error is not None and "the feed listed no services" in empty.error
    assert "--allow-withdrawals" in empty.error
    assert set(rig.statuses().values()) == {"active"} and len(rig.statuses()) == 8
    feed = rig.registry.require("council")
    assert (feed.last_status, feed.synced_from) == ("failed", synced_from)

    rig.feed.services = {k: v for k, v in everything.items() if k in ("v0", "v1", "v2", "v3")}
    halved = rig.sync()
    assert halved.error is not None
    assert "no longer lists 4 of the 8 services" in halved.error
    assert set(rig.statuses().values()) == {"active"}, "nothing withdrawn"
    assert rig.registry.require("council").last_status == "failed"

    allowed = rig.sync(allow_withdrawals=True)
    assert allowed.error is None and allowed.withdrawn == 4
    statuses = rig.statuses()
    assert [k for k, v in sorted(statuses.items()) if v == "inactive"] == ["v4", "v5", "v6", "v7"]
    gone = store.get("v7")
    assert gone is not None and gone.source[WITHDRAWN_KEY]["feed"] == "council"
    assert rig.registry.require("council").last_status == "ok"


def test_a_few_services_gone_are_withdrawn_without_asking(
    feed_server: Server, tmp_path: Path, store: SQLiteServiceStore
) -> None:
    rig = _rig(feed_server, tmp_path, store, 1)
    rig.feed.put(10)
    rig.sync()
    del rig.feed.services["v9"], rig.feed.services["v8"]  # 20%: within the limit
    outcome = rig.sync()
    assert outcome.error is None and outcome.withdrawn == 2


def test_a_feed_answering_a_web_page_says_so(feed_server: Server) -> None:
    page = (
        b"<!DOCTYPE html>\n<html><head><title>Sign in | Council Directory</title></head>"
        b"<body><form>...</form></body></html>"
    )
    url = feed_server(lambda path, query: (200, page))
    reader = FeedReader(httpx.Client(), FetchPolicy(timeout=2.0, retries=0))
    with pytest.raises(SourceError) as raised:
        reader.read(url)
    message = str(raised.value)
    assert "answered with a web page titled 'Sign in | Council Directory' (HTML), not JSON" in (
        message
    )
    assert "sign-in or error page" in message


def test_every_record_rejected_is_a_failed_sync(
    feed_server: Server, tmp_path: Path, store: SQLiteServiceStore
) -> None:
    rig = _rig(feed_server, tmp_path, store, 0)
    rig.feed.put(4)
    for record in rig.feed.services.values():
        record["minimum_age"] = -1
    outcome = rig.sync()
    assert outcome.error is not None and "every one of the 4 records" in outcome.error
    assert rig.registry.require("council").last_status == "failed"
    assert store.count() == 0


def test_the_report_counts_problems_and_records_and_never_says_all_is_well_after_a_failure() -> (
    None
):
    out = io.StringIO()
    print_problems([], out, failed=True)
    assert "No problems found" not in out.getvalue()
    assert "No records were checked" in out.getvalue()
    problems = [
        Problem("feed", "page 1 record 1", "a", "name", "is required"),
        Problem("feed", "page 1 record 1", "a", "minimum_age", "is negative"),
        Problem("feed", "page 1 record 2", "b", "url", "not a link", "warning", "url"),
    ]
    out = io.StringIO()
    print_problems(problems, out)
    assert out.getvalue().startswith("Data-quality report: 3 problems in 2 records:")


def test_the_sync_command_withdraws_only_with_allow_withdrawals(
    feed_server: Server, tmp_path: Path
) -> None:
    feed = V1Feed(1)
    feed.put(6)
    url = feed_server(feed)
    db = tmp_path / "d.db"
    assert run_cli(db, "feeds", "add", "bucks", url).returncode == 0
    assert run_cli(db, "feeds", "sync", "bucks").returncode == 0

    for key in ("v3", "v4", "v5"):
        del feed.services[key]
    refused = run_cli(db, "feeds", "sync", "bucks")
    assert refused.returncode == 1
    assert "no longer lists 3 of the 6 services" in refused.stdout, refused.stdout
    assert "No problems found" not in refused.stdout
    listed = run_cli(db, "feeds", "list").stdout
    assert "failed" in listed and "6 active, 0 withdrawn" in listed, listed

    allowed = run_cli(db, "feeds", "sync", "bucks", "--allow-withdrawals")
    assert allowed.returncode == 0, allowed.stdout + allowed.stderr
    assert "3 withdrawn" in allowed.stdout
    assert "3 active, 3 withdrawn" in run_cli(db, "feeds", "list").stdout

    feed.answer = b"<html><head><title>Error</title></head><body>Down</body></html>"
    page = run_cli(db, "feeds", "sync", "bucks")
    assert page.returncode == 1 and "web page titled 'Error' (HTML), not JSON" in page.stdout
    assert "No problems found" not in page.stdout
