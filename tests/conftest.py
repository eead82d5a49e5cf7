"""Shared fixtures: real SQLite files in temporary folders, a small deterministic embedder."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from elasticsearch import Elasticsearch

from benchmarks.search_server import SearchServer
from directory.es_store import ElasticsearchServiceStore
from directory.sqlite_store import SQLiteServiceStore
from matching.embedding import HashingEmbedder, Vectors

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = REPO / "seed_services.json"


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: the tests need shared/ beside the checkout")
    return path


class CountingEmbedder:
    """The hashing embedder, counting the texts it is asked to embed."""

    name = "hashing"
    dimensions = HashingEmbedder.dimensions

    def __init__(self) -> None:
        self.inner = HashingEmbedder()
        self.texts: list[str] = []

    def embed(self, texts: Sequence[str]) -> Vectors:
        self.texts.extend(texts)
        return self.inner.embed(texts)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteServiceStore]:
    opened = SQLiteServiceStore(tmp_path / "directory.db")
    yield opened
    opened.close()


@pytest.fixture
def embedder() -> CountingEmbedder:
    return CountingEmbedder()


def service(service_id: str, name: str = "Parenting group", **fields: Any) -> dict[str, Any]:
    """A small valid HSDS service record."""
    record: dict[str, Any] = {
        "id": service_id,
        "name": name,
        "status": "active",
        "description": f"{name}: a friendly weekly group for parents.",
    }
    record.update(fields)
    return record


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data))
    return path


def es_client(url: str) -> Elasticsearch:
    """A client for the test server, with the credentials of a real cluster when set."""
    security: dict[str, Any] = {}
    if os.environ.get("EARLYHELP_ES_API_KEY"):
        security["api_key"] = os.environ["EARLYHELP_ES_API_KEY"]
    if os.environ.get("EARLYHELP_ES_CA_CERTS"):
        security["ca_certs"] = os.environ["EARLYHELP_ES_CA_CERTS"]
    return Elasticsearch(url, request_timeout=30, **security)


@pytest.fixture(scope="session")
def es_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Elasticsearch-compatible server: EARLYHELP_ES_URL when set (a real cluster),
    otherwise the noida-db emulator started for this test session."""
    configured = os.environ.get("EARLYHELP_ES_URL")
    if configured:
        yield configured
        return
    server = SearchServer(tmp_path_factory.mktemp("noida"))
    server.start()
    yield server.url
    server.stop()


@pytest.fixture
def es_store(es_url: str) -> Iterator[ElasticsearchServiceStore]:
    """An Elasticsearch store under a prefix of its own, removed after the test."""
    prefix = f"test-{uuid.uuid4().hex[:12]}"
    client = es_client(es_url)
    opened = ElasticsearchServiceStore(client, prefix, url_for_messages=es_url)
    yield opened
    cleanup = es_client(es_url)
    for name in cleanup.indices.get(index=f"{prefix}-*"):
        cleanup.indices.delete(index=name)
    cleanup.close()
    opened.close()
