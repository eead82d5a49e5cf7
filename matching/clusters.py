"""Clusters of service vectors (spherical k-means), so that a large directory is searched
semantically by scoring the nearest clusters only, not every service.

Below `MIN_SERVICES` services the whole matrix is scored: it is faster than any index.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

MIN_SERVICES = 5_000
Floats = npt.NDArray[np.float32]
Positions = npt.NDArray[np.int64]


@dataclass(frozen=True)
class ClusterIndex:
    """`order` lists service positions cluster by cluster (cluster i is
    `order[bounds[i]:bounds[i + 1]]`) and `sorted_vectors` holds their vectors in that order,
    so a cluster is scored from one contiguous block."""

    centroids: Floats
    order: Positions
    bounds: Positions
    sorted_vectors: Floats
    probe: int

    @property
    def members(self) -> tuple[Positions, ...]:
        return tuple(
            self.order[self.bounds[i] : self.bounds[i + 1]] for i in range(len(self.centroids))
        )

    @classmethod
    def build(
        cls,
        vectors: Floats,
        iterations: int = 8,
        seed: int = 0,
        probe_share: float = 0.08,
        min_services: int = MIN_SERVICES,
    ) -> ClusterIndex | None:
        """Clusters of the rows of `vectors` (L2-normalised), or None for a small directory."""
        count = vectors.shape[0]
        if count < min_services:
            return None
        k = int(math.sqrt(count))
        rng = np.random.default_rng(seed)
        centroids = vectors[rng.choice(count, size=k, replace=False)].copy()
        assignment = np.zeros(count, dtype=np.int64)
        for _ in range(iterations):
            assignment = _assign(vectors, centroids)
            sums = np.zeros_like(centroids)
            np.add.at(sums, assignment, vectors)
            norms = np.linalg.norm(sums, axis=1, keepdims=True)
            empty = norms[:, 0] == 0
            sums[~empty] /= norms[~empty]
            sums[empty] = centroids[empty]
            centroids = sums
        assignment = _assign(vectors, centroids)
        order = np.argsort(assignment, kind="stable")
        bounds = np.searchsorted(assignment[order], np.arange(k + 1))
        return cls(
            centroids,
            order,
            bounds,
            np.ascontiguousarray(vectors[order]),
            max(4, int(k * probe_share)),
        )

    def nearest(self, query: Floats) -> list[int]:
        """The clusters nearest to the query."""
        scores = self.centroids @ query
        return [int(i) for i in np.argpartition(-scores, self.probe - 1)[: self.probe]]

    def candidates(self, query: Floats) -> Positions:
        """Positions of the services in the clusters nearest to the query."""
        return np.concatenate(
            [self.order[self.bounds[i] : self.bounds[i + 1]] for i in self.nearest(query)]
        )

    def score(self, query: Floats, into: Floats) -> None:
        """Write the similarity of every service of the nearest clusters into `into`."""
        for i in self.nearest(query):
            low, high = int(self.bounds[i]), int(self.bounds[i + 1])
            into[self.order[low:high]] = self.sorted_vectors[low:high] @ query


def _assign(vectors: Floats, centroids: Floats, chunk: int = 20_000) -> Positions:
    out = np.empty(vectors.shape[0], dtype=np.int64)
    for start in range(0, vectors.shape[0], chunk):
        out[start : start + chunk] = np.argmax(vectors[start : start + chunk] @ centroids.T, axis=1)
    return out
