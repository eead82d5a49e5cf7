"""A matcher over a test's directory on either backend, for tests that run on both."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from directory.es_store import ElasticsearchServiceStore
from directory.geography import PostcodeDirectory
from directory.sqlite_store import SQLiteServiceStore
from directory.store import stored_changes
from matching.embedding import Embedder
from matching.engine import Matcher, Weights
from matching.glossary import Glossary
from matching.search_candidates import facets_for, search_matcher
from tests.conftest import es_client, remove_indices


def matcher_on(
    request: pytest.FixtureRequest,
    store: SQLiteServiceStore,
    embedder: Embedder,
    postcodes: PostcodeDirectory,
    weights: Weights,
) -> Iterator[Matcher]:
    """A matcher over `store` on the backend `request.param` names: "sqlite", or
    "elasticsearch" (the store copied into the test server under a fresh prefix, removed
    afterwards). Closes the store when done."""
    if request.param == "sqlite":
        yield Matcher(store, embedder, postcodes, weights=weights)
        store.close()
        return
    es_url = request.getfixturevalue("es_url")
    glossary = Glossary.load()
    prefix = f"both-{uuid.uuid4().hex[:8]}"
    search = ElasticsearchServiceStore(es_client(es_url), prefix, facets=facets_for(glossary))
    search.rebuild(stored_changes(store))
    yield search_matcher(search, embedder, postcodes, glossary, weights=weights)
    remove_indices(es_url, prefix)
    search.close()
    store.close()
