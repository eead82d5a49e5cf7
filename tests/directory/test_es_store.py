"""What only the Elasticsearch store does: atomic rebuilds, refused documents named, and
failures of the server met with clear errors and recovered from without a restart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import numpy as np
import pytest
from elasticsearch import Elasticsearch

from benchmarks.search_server import SearchServer, free_port
from directory.es_store import ElasticsearchServiceStore
from directory.store import StoreError
from tests.conftest import es_client
from tests.directory.test_store_contract import change, unit
from web.app import create_app


def test_a_rebuild_is_invisible_until_the_alias_swaps(
    es_store: ElasticsearchServiceStore,
) -> None:
    es_store.write([change("old-1", "Old service"), change("old-2", "Another old one")])
    old_index = es_store.live_index()
    seen_during: list[int] = []

    def new_directory() -> Iterator[object]:
        for n in range(1200):  # more than two bulk chunks
            if n == 700:
                seen_during.append(es_store.count())
            yield change(f"new-{n}", f"New service {n}", unit(1, n % 7))

    copied = es_store.rebuild(new_directory())  # type: ignore[arg-type]
    assert copied == 1200
    assert seen_during == [2], "searches saw the old directory while the new one was built"
    assert es_store.count() == 1200 and es_store.get("old-1") is None
    assert es_store.live_index() != old_index
    client = es_client(es_store_url(es_store))
    assert not client.indices.exists(index=old_index), "the old index is dropped"
    client.close()


def es_store_url(store: ElasticsearchServiceStore) -> str:
    return str(store._es.transport.node_pool.get().base_url)


def test_a_failed_rebuild_leaves_the_live_directory_alone(
    es_store: ElasticsearchServiceStore,
) -> None:
    es_store.write([change("kept", "Kept service")])
    live = es_store.live_index()

    def broken() -> Iterator[object]:
        yield change("new-1", "New service")
        raise RuntimeError("the source store went away")

    with pytest.raises(RuntimeError):
        es_store.rebuild(broken())  # type: ignore[arg-type]
    assert es_store.live_index() == live and es_store.get("kept") is not None


def test_refused_documents_are_named_and_the_rest_kept(
    es_store: ElasticsearchServiceStore,
) -> None:
    bad = change("bad-vector", "Wrong size of vector")
    bad = type(bad)(bad.service, bad.source, bad.source_name, bad.fingerprint, np.ones(3))
    with pytest.raises(StoreError, match="did not store 1 services: bad-vector"):
        es_store.write([change("fine", "Fine service", unit(1, 0)), bad])
    assert es_store.get("fine") is not None


def test_an_unreachable_server_is_a_clear_error() -> None:
    client = Elasticsearch(f"http://127.0.0.1:{free_port()}", max_retries=0)
    with pytest.raises(StoreError, match=r"unreachable \(Connection refused\)"):
        ElasticsearchServiceStore(client, "x", url_for_messages="Elasticsearch at test")


async def test_the_app_answers_503_while_the_server_is_down_and_recovers(
    tmp_path: Path,
) -> None:
    server = SearchServer(tmp_path / "search")
    server.start()
    try:
        client = Elasticsearch(server.url, max_retries=0, request_timeout=5)
        store = ElasticsearchServiceStore(client, "app", url_for_messages="Elasticsearch")
        store.write([change("a", "Stay and play", unit(1, 0))])
        app = create_app(store)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
            assert (await http.get("/api/services/a")).status_code == 200
            server.stop()
            down = await http.get("/api/services/a")
            assert down.status_code == 503
            assert down.json()["errors"][0]["field"] == "store"
            page = await http.get("/services/a")
            assert page.status_code == 503 and "not available just now" in page.text
            server.start()
            back = await http.get("/api/services/a")
            assert back.status_code == 200 and back.json()["name"] == "Stay and play"
    finally:
        server.stop()
