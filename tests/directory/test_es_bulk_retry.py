"""Bulk writes to Elasticsearch retry what the cluster refuses as busy (429) or not ready
(503), a bounded number of times with a growing pause, whether it refuses the whole request
or single documents in it. The store talks to the real search server through a loopback
proxy that refuses bulk requests as a busy cluster would."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from elasticsearch import Elasticsearch

from directory.es_store import RETRIES, ElasticsearchServiceStore
from directory.store import StoreError
from tests.conftest import remove_indices
from tests.directory.test_store_contract import change, unit

PAUSE = 0.1


class RefusingProxy:
    """Forwards every request to the search server, except that the next `refusals` bulk
    requests to the indices `only` are refused: as a whole with `status`, or (with
    `per_document`) forwarded and then answered with every document refused with `status`."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream.rstrip("/")
        self.refusals = 0
        self.only: tuple[str, ...] = ()
        self.status = 503
        self.per_document = False
        self.bulk_times: list[float] = []
        self.bulk_indices: list[str] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _forward(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                status, headers, content = proxy.answer(
                    self.command, self.path, dict(self.headers), body
                )
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("content-length", str(len(content)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(content)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _forward

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._http = httpx.Client(timeout=30)

    def answer(
        self, method: str, path: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        kept = {k: v for k, v in headers.items() if k.lower() in ("content-type", "accept")}
        refuse = False
        if path.split("?")[0].endswith("/_bulk"):
            first_action = json.loads(body.split(b"\n", 1)[0])
            self.bulk_indices.append(next(iter(first_action.values()))["_index"])
            self.bulk_times.append(time.monotonic())
            refuse = self.bulk_indices[-1] in self.only and self.refusals > 0
            self.refusals -= refuse
        product = {"x-elastic-product": "Elasticsearch", "content-type": "application/json"}
        if refuse and not self.per_document:
            error = {"error": {"type": "unavailable", "reason": "busy"}, "status": self.status}
            return self.status, product, json.dumps(error).encode()
        answer = self._http.request(method, self.upstream + path, headers=kept, content=body)
        content = answer.content
        if refuse:
            result = answer.json()
            for item in result["items"]:
                outcome = next(iter(item.values()))
                outcome.update(
                    status=self.status,
                    error={"type": "unavailable_shards_exception", "reason": "not ready"},
                )
            result["errors"] = True
            content = json.dumps(result).encode()
        returned = {k: v for k, v in answer.headers.items() if k.lower() in product}
        return answer.status_code, returned, content

    def __enter__(self) -> RefusingProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._http.close()


@pytest.fixture
def proxied(es_url: str) -> Iterator[tuple[RefusingProxy, ElasticsearchServiceStore]]:
    """A store (its own index prefix) that reaches the search server through the proxy. The
    client itself does not retry, so what is retried is the store's doing."""
    prefix = "retry-" + str(time.monotonic_ns())
    with RefusingProxy(es_url) as proxy:
        client = Elasticsearch(proxy.url, max_retries=0, request_timeout=30)
        store = ElasticsearchServiceStore(
            client, prefix, url_for_messages="Elasticsearch at test", retry_pause=PAUSE
        )
        proxy.only = (store.alias,)
        yield proxy, store
        store.close()
    remove_indices(es_url, prefix)


@pytest.mark.parametrize("status", [429, 503])
@pytest.mark.parametrize("per_document", [False, True], ids=["whole request", "each document"])
def test_a_busy_cluster_gets_the_write_again_after_a_growing_pause(
    proxied: tuple[RefusingProxy, ElasticsearchServiceStore], status: int, per_document: bool
) -> None:
    proxy, store = proxied
    proxy.status, proxy.per_document, proxy.refusals = status, per_document, 2
    store.write([change("a", "Stay and play", unit(1, 0)), change("b", "Baby massage", unit(0, 1))])
    services = store.alias
    # The services' bulk request twice refused, then sent; then the categories'.
    assert proxy.bulk_indices[:3] == [services] * 3
    assert services not in proxy.bulk_indices[3:]
    first, second = (
        proxy.bulk_times[1] - proxy.bulk_times[0],
        proxy.bulk_times[2] - proxy.bulk_times[1],
    )
    assert first >= PAUSE and second >= 2 * PAUSE, (first, second)
    assert set(store.get_many(["a", "b"])) == {"a", "b"}


def test_a_cluster_that_stays_busy_is_a_clear_error_after_a_bounded_wait(
    proxied: tuple[RefusingProxy, ElasticsearchServiceStore],
) -> None:
    proxy, store = proxied
    proxy.refusals = 1_000
    started = time.monotonic()
    with pytest.raises(StoreError) as raised:
        store.write([change("a", "Stay and play", unit(1, 0))])
    assert proxy.bulk_indices == [store.alias] * (RETRIES + 1)
    assert time.monotonic() - started < 30
    assert str(raised.value) == (
        "Elasticsearch at test is too busy or not ready (HTTP 503), even after retrying; "
        "try again in a few minutes"
    )


def test_documents_still_refused_after_the_retries_are_named(
    proxied: tuple[RefusingProxy, ElasticsearchServiceStore],
) -> None:
    proxy, store = proxied
    proxy.per_document, proxy.refusals = True, 1_000
    with pytest.raises(StoreError, match="did not store 1 services: a: not ready"):
        store.write([change("a", "Stay and play", unit(1, 0))])
    assert proxy.bulk_indices[: RETRIES + 1] == [store.alias] * (RETRIES + 1)


def test_refused_services_are_named_even_when_their_categories_are_refused_too(
    proxied: tuple[RefusingProxy, ElasticsearchServiceStore],
) -> None:
    proxy, store = proxied
    proxy.only = (store.alias, f"{store.alias.removesuffix('-services')}-taxonomy")
    proxy.per_document, proxy.refusals = True, 1_000
    with pytest.raises(StoreError) as raised:
        store.write([change("a", "Stay and play", unit(1, 0))])
    assert str(raised.value).startswith(
        "Elasticsearch at test did not store 1 services: a: not ready; "
        "Elasticsearch at test did not store taxonomy terms: "
    ), str(raised.value)
