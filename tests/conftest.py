"""Shared fixtures: real SQLite files in temporary folders, a small deterministic embedder.

What is slow to build and only read afterwards is built once per test session: the postcode
directory (its files load letter by letter), the real model, the seed directory imported and
embedded (by one worker when `./test` runs the suite in parallel with pytest-xdist; each
test gets its own copy of the file). Passwords are hashed with
argon2 at tiny cost (`cheap_hasher`); the app itself always uses the real parameters."""

from __future__ import annotations

import fcntl
import json
import os
import pickle
import sqlite3
import uuid
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from elasticsearch import Elasticsearch
from playwright.sync_api import Browser

from benchmarks.evaluation import EvalSet
from benchmarks.search_server import SearchServer
from directory.es_store import ElasticsearchServiceStore
from directory.geography import PostcodeDirectory
from directory.sqlite_store import SQLiteServiceStore
from earlyhelp.wiring import make_listing_reader
from ingest.importer import Importer, ImportSummary
from ingest.json_source import read_json_file
from matching.embedding import Embedder, HashingEmbedder, MiniLMEmbedder, Vectors
from matching.listing_reader import ListingReader
from matching.onnx_embedding import MiniLMInt8Embedder
from matching.spans import Span, without_spans
from tests.appdb.postgres import postgres_schema_url, postgres_url  # noqa: F401 (fixtures)
from tests.web.browser import chromium

#: The order in which pytest-xdist's workers are given the modules (longest first).
pytest_plugins = ["tests.scheduling"]

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

    def embed_leaving_out(
        self, texts: Sequence[str], spans: Sequence[Sequence[Span]]
    ) -> tuple[Vectors, Vectors]:
        """As the hashing embedder does it: the texts, then the texts without the spans."""
        return self.embed(texts), self.embed(
            [without_spans(t, s) for t, s in zip(texts, spans, strict=True)]
        )


def cheap_hasher() -> PasswordHasher:
    """argon2id at the smallest cost it allows, for accounts made in tests: the real
    parameters take most of a second a hash. Never used by the app (tests/staff checks)."""
    return PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


class SeedFile:
    """The seed directory imported once into a SQLite file that is never changed afterwards;
    `copy_to` gives a test its own store with the same contents."""

    def __init__(self, path: Path, summary: ImportSummary) -> None:
        self.path = path
        #: What the import reported (its warnings are what an editor's quality log starts with).
        self.summary = summary

    @classmethod
    def build(
        cls,
        path: Path,
        embedder: Embedder,
        postcodes: PostcodeDirectory,
        source: Path = SEED,
        reader: ListingReader | None = None,
    ) -> SeedFile:
        """`source` imported into `path`; its listings read by `reader` when given (as
        `earlyhelp ingest` does)."""
        built = SQLiteServiceStore(path)
        summary = Importer(built, embedder, postcodes, reader=reader).run(read_json_file(source))
        built.close()
        if summary.rejected and source == SEED:
            raise AssertionError(f"the seed has rejected records: {summary.errors}")
        return cls(path, summary)

    def copy_to(self, target: Path) -> SQLiteServiceStore:
        """A store at `target` (which must not exist yet) holding the imported seed."""
        if target.exists():
            raise FileExistsError(f"{target} exists: the seed is copied to a new file only")
        target.parent.mkdir(parents=True, exist_ok=True)
        with sqlite3.connect(self.path) as source, sqlite3.connect(target) as copy:
            source.backup(copy)
        source.close()
        copy.close()
        return SQLiteServiceStore(target)


@pytest.fixture(scope="session")
def postcodes() -> PostcodeDirectory:
    """The ONS postcode directory, shared by the session: it only reads its files (a few
    seconds a letter) and caches them under a lock."""
    return PostcodeDirectory()


@pytest.fixture(scope="session")
def minilm() -> MiniLMEmbedder:
    """The real model, loaded at most once a session (it is thread-safe and stateless)."""
    return MiniLMEmbedder()


@pytest.fixture(scope="session")
def int8() -> MiniLMInt8Embedder:
    """The service's default model (all-MiniLM-L6-v2 as int8 ONNX), loaded once a session:
    the tests of matching quality run what the service runs."""
    return MiniLMInt8Embedder()


def session_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder every process of this test session shares: with pytest-xdist each worker
    has its own base temporary folder, all under one parent made for the run."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def seed_once(
    folder: Path,
    name: str,
    embedder: Callable[[], Embedder],
    postcodes: PostcodeDirectory,
    source: Path = SEED,
    read_listings: bool = False,
) -> SeedFile:
    """`source` (the seed unless told) imported into `folder/name.db` by the first process of
    the session that asks (the others wait on a lock, then read what it wrote); the embedder
    is made only by the process that imports. A file left by an import that failed is
    imported again."""
    path = folder / f"{name}.db"
    summary = folder / f"{name}.summary.pickle"
    with (folder / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if summary.exists():
            return SeedFile(path, pickle.loads(summary.read_bytes()))
        path.unlink(missing_ok=True)
        made = embedder()
        reader = make_listing_reader(made) if read_listings else None
        seed = SeedFile.build(path, made, postcodes, source, reader)
        written = summary.with_suffix(".partial")
        written.write_bytes(pickle.dumps(seed.summary))
        written.replace(summary)
        return seed


@pytest.fixture(scope="session")
def seed_hashing(
    tmp_path_factory: pytest.TempPathFactory, postcodes: PostcodeDirectory
) -> SeedFile:
    """The seed embedded with the hashing embedder, imported once a session."""
    return seed_once(session_folder(tmp_path_factory), "seed-hashing", HashingEmbedder, postcodes)


def _int8_of(request: pytest.FixtureRequest) -> Callable[[], Embedder]:
    """The session's int8 model, loaded only when called (by the process that imports)."""

    def model() -> Embedder:
        loaded: MiniLMInt8Embedder = request.getfixturevalue("int8")
        return loaded

    return model


@pytest.fixture(scope="session")
def seed_model(
    tmp_path_factory: pytest.TempPathFactory,
    postcodes: PostcodeDirectory,
    request: pytest.FixtureRequest,
) -> SeedFile:
    """The seed embedded with the service's default model (int8), imported once a session
    (by one worker, which loads the model for it; the others copy the file)."""

    return seed_once(session_folder(tmp_path_factory), "seed-int8", _int8_of(request), postcodes)


@pytest.fixture(scope="session")
def evaluation_sets(
    tmp_path_factory: pytest.TempPathFactory,
    postcodes: PostcodeDirectory,
    request: pytest.FixtureRequest,
) -> Callable[[EvalSet], SeedFile]:
    """An evaluation set's directory imported with the service's default model and its
    listings read, as `earlyhelp ingest` does, once a session for all workers (the quality
    and backend-agreement tests each copy it)."""

    model = _int8_of(request)

    def imported(evaluation: EvalSet) -> SeedFile:
        name = "set-" + evaluation.file_name
        folder = session_folder(tmp_path_factory)
        return seed_once(folder, name, model, postcodes, evaluation.directory, read_listings=True)

    return imported


@pytest.fixture
def seeded_store(tmp_path: Path, seed_hashing: SeedFile) -> Iterator[SQLiteServiceStore]:
    """This test's own copy of the seed (hashing vectors) in tmp_path/directory.db; not to
    be used with `store`, which is the same file, empty."""
    opened = seed_hashing.copy_to(tmp_path / "directory.db")
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """A headless Chromium for a module's page tests; each test opens its own pages. Not
    kept for the session: while Playwright's sync API is open its event loop counts as
    running, and pytest-asyncio cannot run the async tests of the next modules."""
    yield from chromium()


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


def remove_indices(url: str, prefix: str) -> None:
    """Delete every index a test made under `prefix` on the server at `url`."""
    client = es_client(url)
    for name in client.indices.get(index=f"{prefix}-*"):
        client.indices.delete(index=name)
    client.close()


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
    remove_indices(es_url, prefix)
    opened.close()
