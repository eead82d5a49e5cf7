"""Matching on Elasticsearch agrees with matching on the embedded store (real model)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.backend_agreement import compare
from benchmarks.match_quality import SCENARIOS, load_cases
from directory.es_mapping import synonym_rules
from directory.es_store import ElasticsearchServiceStore
from directory.geography import PostcodeDirectory
from directory.sqlite_store import SQLiteServiceStore
from directory.store import stored_changes
from ingest.importer import Importer
from ingest.json_source import read_json_file
from matching.embedding import MiniLMEmbedder
from matching.engine import Matcher
from matching.glossary import Glossary
from matching.request import parse_match_request
from matching.search_candidates import facets_for, search_matcher
from tests.conftest import SEED, es_client

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def matchers(
    es_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Matcher, Matcher]]:
    embedder = MiniLMEmbedder()
    postcodes = PostcodeDirectory()
    glossary = Glossary.load()
    sqlite = SQLiteServiceStore(Path(tmp_path_factory.mktemp("agree")) / "seed.db")
    Importer(sqlite, embedder, postcodes).run(read_json_file(SEED))
    prefix = f"agree-{uuid.uuid4().hex[:8]}"
    search = ElasticsearchServiceStore(
        es_client(es_url),
        prefix,
        synonyms=synonym_rules(glossary.terms),
        facets=facets_for(glossary),
    )
    search.rebuild(stored_changes(sqlite))
    yield (
        Matcher(sqlite, embedder, postcodes, glossary),
        search_matcher(search, embedder, postcodes, glossary),
    )
    client = es_client(es_url)
    for name in client.indices.get(index=f"{prefix}-*"):
        client.indices.delete(index=name)
    client.close()
    search.close()
    sqlite.close()


def test_the_scenario_set_ranks_alike_on_both_backends(
    matchers: tuple[Matcher, Matcher],
) -> None:
    result = compare(*matchers, load_cases(SCENARIOS))
    print(
        f"SQLite nDCG@5 {result.ndcg_sqlite:.3f}, Elasticsearch {result.ndcg_search:.3f}, "
        f"top-5 overlap {result.overlap:.1%}"
    )
    assert result.overlap >= 0.90
    assert abs(result.ndcg_sqlite - result.ndcg_search) <= 0.02


@pytest.mark.parametrize(
    "request_data",
    [
        {"needs": ["rent arrears"], "postcode": "BA2 3AB", "children": [{"age": 4}]},
        {"needs": ["dad hits mum", "son aged 15 violent to parents"], "children": [{"age": 15}]},
        {"needs": ["parenting support"], "free_only": True, "postcode": "BS31 1DY"},
    ],
)
def test_the_engine_counts_the_same_exclusions(
    matchers: tuple[Matcher, Matcher], request_data: dict[str, object]
) -> None:
    request = parse_match_request(request_data)
    embedded, search = (m.suggest(request) for m in matchers)
    assert search.excluded_by_reason == embedded.excluded_by_reason
    assert search.excluded_by_reason  # each request excludes something
