"""Clusters of service vectors (spherical k-means), so that a large directory is searched
semantically by scoring the nearest clusters only, not every service.

Below `MIN_SERVICES` services the whole matrix is scored: it is faster than any index.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

MIN_SERVICES = 20_000
Floats = npt.NDArray[np.float32]
Positions = npt.NDArray[np.int64]


@dataclass(frozen=True)
class ClusterIndex:
    centroids: Floats
    members: tuple[Positions, ...]
    probe: int

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
        members = tuple(order[bounds[i] : bounds[i + 1]] for i in range(k))
        return cls(centroids, members, max(4, int(k * probe_share)))

    def candidates(self, query: Floats) -> Positions:
        """Positions of the services in the clusters nearest to the query."""
        scores = self.centroids @ query
        nearest = np.argpartition(-scores, self.probe - 1)[: self.probe]
        return np.concatenate([self.members[int(i)] for i in nearest])


def _assign(vectors: Floats, centroids: Floats, chunk: int = 20_000) -> Positions:
    out = np.empty(vectors.shape[0], dtype=np.int64)
    for start in range(0, vectors.shape[0], chunk):
        out[start : start + chunk] = np.argmax(vectors[start : start + chunk] @ centroids.T, axis=1)
    return out
