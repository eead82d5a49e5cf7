"""Matching on Elasticsearch agrees with matching on the embedded store, on the held-out set
(the checks are in `agreement.py`)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from benchmarks.evaluation import HELDOUT
from directory.geography import PostcodeDirectory
from matching.onnx_embedding import MiniLMInt8Embedder
from tests.matching.agreement import (
    Matchers,
    both_matchers,
    test_the_engine_counts_the_same_exclusions,
    test_the_scenario_set_ranks_alike_on_both_backends,
)

pytestmark = pytest.mark.model
__all__ = [
    "test_the_engine_counts_the_same_exclusions",
    "test_the_scenario_set_ranks_alike_on_both_backends",
]


@pytest.fixture(scope="module")
def matchers(
    es_url: str,
    tmp_path_factory: pytest.TempPathFactory,
    int8: MiniLMInt8Embedder,
    postcodes: PostcodeDirectory,
) -> Iterator[Matchers]:
    yield from both_matchers(HELDOUT, es_url, tmp_path_factory, int8, postcodes)
