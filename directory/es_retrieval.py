"""Retrieval strategies for the Elasticsearch store, as elasticsearch-py's vector-store helpers
have them: each small class states one way of finding listings as the search body it sends,
and the store runs any number of them in one multi-search (`retrieve`). The matcher chooses
the strategies and their filters; the store knows how to run them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

Clause = dict[str, Any]
#: How many more neighbours each shard considers than a kNN search returns.
NUM_CANDIDATES_FACTOR = 4


class RetrievalStrategy(Protocol):
    """One search: its body for Elasticsearch's _search (query, size, what to return)."""

    def es_body(self) -> dict[str, Any]: ...


@dataclass(frozen=True)
class LexicalStrategy:
    """The `size` best BM25 matches of `words` in `text_field` among the listings that pass
    every clause of `filters`."""

    text_field: str
    words: str
    size: int
    filters: list[Clause] = field(default_factory=list)

    def es_body(self) -> dict[str, Any]:
        return {
            "query": {
                "bool": {"must": {"match": {self.text_field: self.words}}, "filter": self.filters}
            },
            "size": self.size,
            "_source": False,
        }


@dataclass(frozen=True)
class NearestStrategy:
    """The `k` nearest neighbours of `vector` in the dense vector field `vector_field`
    among the listings that pass `filter`."""

    vector_field: str
    vector: list[float]
    k: int
    filter: Clause

    def es_body(self) -> dict[str, Any]:
        return {
            "knn": {
                "field": self.vector_field,
                "query_vector": self.vector,
                "k": self.k,
                "num_candidates": max(100, NUM_CANDIDATES_FACTOR * self.k),
                "filter": self.filter,
            },
            "size": self.k,
            "_source": False,
        }


@dataclass(frozen=True)
class CountStrategy:
    """No listings: only how many pass `query`."""

    query: Clause

    def es_body(self) -> dict[str, Any]:
        return {"query": self.query, "size": 0, "track_total_hits": True}


@dataclass(frozen=True)
class Retrieved:
    """What one strategy found: (id, score) best first, and how many matched in all (only
    counted exactly by a CountStrategy)."""

    hits: list[tuple[str, float]]
    total: int
