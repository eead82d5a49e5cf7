from __future__ import annotations

import numpy as np

from matching.clusters import ClusterIndex


def test_the_nearest_clusters_hold_the_nearest_services() -> None:
    rng = np.random.default_rng(1)
    topics = rng.normal(size=(40, 64))
    vectors = topics[rng.integers(0, 40, size=5000)] + rng.normal(scale=0.6, size=(5000, 64))
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
    index = ClusterIndex.build(vectors, min_services=1000)
    assert index is not None
    assert sum(len(m) for m in index.members) == 5000
    found = total = 0
    for query in vectors[rng.choice(5000, size=50, replace=False)]:
        best = set(np.argsort(-(vectors @ query))[:10].tolist())
        found += len(best & set(index.candidates(query).tolist()))
        total += 10
    assert found / total >= 0.9
    scored = sum(len(index.candidates(q)) for q in vectors[:50]) / 50
    assert scored < 0.5 * 5000


def test_a_small_directory_is_not_clustered() -> None:
    assert ClusterIndex.build(np.eye(10, dtype=np.float32)) is None
