"""Matching on Elasticsearch agrees with matching on the embedded store (the default model):
the checks, run on each evaluation set by a test file of its own
(`test_backend_agreement_own.py`, `test_backend_agreement_heldout.py`), so that the two sets'
imports, the slowest set-ups of the suite, run in parallel under pytest-xdist."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from benchmarks.backend_agreement import compare
from benchmarks.evaluation import EvalSet, load_cases
from directory.es_mapping import synonym_rules
from directory.es_store import ElasticsearchServiceStore
from directory.geography import PostcodeDirectory
from directory.sqlite_store import SQLiteServiceStore
from directory.store import stored_changes
from matching.embedding import Embedder
from matching.engine import Matcher
from matching.glossary import Glossary
from matching.onnx_embedding import MiniLMInt8Embedder
from matching.request import parse_match_request
from matching.search_candidates import facets_for, search_matcher
from tests.conftest import SeedFile, es_client, remove_indices

Matchers = tuple[Matcher, Matcher, EvalSet]
MatchersFixture = Callable[..., Iterator[Matchers]]


def matchers_on(evaluation: EvalSet) -> MatchersFixture:
    """The module-scoped `matchers` fixture of a test file, for one evaluation set."""

    @pytest.fixture(scope="module", name="matchers")
    def matchers(
        es_url: str,
        tmp_path_factory: pytest.TempPathFactory,
        int8: MiniLMInt8Embedder,
        postcodes: PostcodeDirectory,
        evaluation_sets: Callable[[EvalSet], SeedFile],
    ) -> Iterator[Matchers]:
        folder = Path(tmp_path_factory.mktemp("agree"))
        sqlite = evaluation_sets(evaluation).copy_to(folder / "set.db")
        yield from both_matchers(evaluation, es_url, sqlite, int8, postcodes)

    return matchers


def both_matchers(
    evaluation: EvalSet,
    es_url: str,
    sqlite: SQLiteServiceStore,
    embedder: Embedder,
    postcodes: PostcodeDirectory,
) -> Iterator[Matchers]:
    """The set's directory (imported into `sqlite`) copied into Elasticsearch; a matcher on
    each, then the indices removed."""
    glossary = Glossary.load()
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
        evaluation,
    )
    remove_indices(es_url, prefix)
    search.close()
    sqlite.close()


def test_the_scenario_set_ranks_alike_on_both_backends(
    matchers: Matchers,
) -> None:
    embedded, search, evaluation = matchers
    result = compare(embedded, search, load_cases(evaluation))
    print(
        f"{evaluation.name}: SQLite nDCG@5 {result.ndcg_sqlite:.3f}, "
        f"Elasticsearch {result.ndcg_search:.3f}, top-5 overlap {result.overlap:.1%}"
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
    matchers: Matchers, request_data: dict[str, object]
) -> None:
    request = parse_match_request(request_data)
    embedded, search = (m.suggest(request) for m in matchers[:2])
    assert search.excluded_by_reason == embedded.excluded_by_reason
    assert search.excluded_by_reason  # each request excludes something
