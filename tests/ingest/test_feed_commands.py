"""`earlyhelp feeds add / sync / list / remove` as a directory officer runs them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.ingest.conftest import Handler
from tests.ingest.test_feeds import FakeCouncilApi, Server
from tests.test_cli import run_cli


def test_add_sync_list_and_a_failed_sync(feed_server: Server, tmp_path: Path) -> None:
    api = FakeCouncilApi()
    for i in range(6):
        api.put(f"s{i}", f"Service {i}", "2026-10-01T00:00:00Z")
    url = feed_server(api)
    db = tmp_path / "d.db"

    added = run_cli(db, "feeds", "add", "tower-hamlets", url)
    assert added.returncode == 0, added.stderr
    assert run_cli(db, "feeds", "add", "tower-hamlets", url).returncode == 2

    synced = run_cli(db, "feeds", "sync", "--report", str(tmp_path / "r.json"))
    assert synced.returncode == 0, synced.stderr
    assert "tower-hamlets: full sync read 6: 6 added" in synced.stdout
    assert json.loads((tmp_path / "r.json").read_text())[0]["import"]["added"] == 6

    del api.services["s5"]
    again = run_cli(db, "feeds", "sync", "tower-hamlets")
    assert "incremental sync read 0: 0 added, 0 updated, 0 unchanged, 0 rejected, 1 withdrawn" in (
        again.stdout
    ), again.stdout

    listed = run_cli(db, "feeds", "list")
    assert "tower-hamlets" in listed.stdout
    assert "services: 5 active, 1 withdrawn, 0 other status" in listed.stdout
    assert "(incremental), ok" in listed.stdout

    def down(path: str, query: dict[str, list[str]]) -> tuple[int, bytes]:
        return 404, b"{}"

    broken: Handler = down
    api.fail = lambda p, q: broken(p, q)
    failed = run_cli(db, "feeds", "sync")
    assert failed.returncode == 1
    assert "sync failed, nothing changed" in failed.stdout
    listed = run_cli(db, "feeds", "list")
    assert "failed" in listed.stdout and "5 active, 1 withdrawn" in listed.stdout

    unknown = run_cli(db, "feeds", "sync", "nowhere")
    assert unknown.returncode == 2 and "no feed called 'nowhere'" in unknown.stderr
    assert run_cli(db, "feeds", "remove", "tower-hamlets").returncode == 0
    assert "No feeds registered" in run_cli(db, "feeds", "list").stdout


def test_a_feed_with_a_malformed_page_number_fails_alone(
    feed_server: Server, tmp_path: Path
) -> None:
    good = FakeCouncilApi(shape="v1")
    for i in range(3):
        good.put(f"g{i}", f"Good service {i}", "2026-10-01T00:00:00Z")

    def infinite_pages(path: str, query: dict[str, list[str]]) -> tuple[int, bytes]:
        # What a broken Outpost-like install sent: its page number as JSON's Infinity.
        items = [{"id": 71, "name": "Stay and play", "description": "Play for under-fives."}]
        return 200, b'{"totalElements": 1, "number": Infinity, "content": %s}' % (
            json.dumps(items).encode()
        )

    def wordy_pages(path: str, query: dict[str, list[str]]) -> tuple[int, bytes]:
        body = {"total_items": 1, "page_number": "one", "contents": [{"id": "w1"}]}
        return 200, json.dumps(body).encode()

    db = tmp_path / "d.db"
    for name, handler in (("a-broken", infinite_pages), ("b-good", good), ("c-wordy", wordy_pages)):
        assert run_cli(db, "feeds", "add", name, feed_server(handler)).returncode == 0

    synced = run_cli(db, "feeds", "sync")
    assert synced.returncode == 1, synced.stderr
    assert "Traceback" not in synced.stderr
    assert "b-good: full sync read 3: 3 added" in synced.stdout
    assert "a-broken: full sync failed, nothing changed" in synced.stdout
    assert "('number': Infinity) is not a whole number" in synced.stdout
    assert "('page_number': \"one\") is not a whole number" in synced.stdout

    blocks: dict[str, str] = {}
    for line in run_cli(db, "feeds", "list").stdout.splitlines():
        name = line.split()[0] if not line.startswith(" ") else name
        blocks[name] = blocks.get(name, "") + line + "\n"
    assert "(full), failed" in blocks["a-broken"] and "not a whole number" in blocks["a-broken"]
    assert "(full), ok" in blocks["b-good"] and "3 active" in blocks["b-good"]
    assert "(full), failed" in blocks["c-wordy"] and "not a whole number" in blocks["c-wordy"]
