"""Inferred need tags, measured against the seed's own hand-assigned categories: each tagged
listing's categories are hidden from the map (its vector taken out of every centroid) and
inferred back from its text."""

from __future__ import annotations

import json

import numpy as np
import pytest

from directory.records import TaxonomyTerm
from ingest.normalise import normalise_service
from matching.embedding import CachedEmbedder
from matching.index import category_map_of
from matching.onnx_embedding import MiniLMInt8Embedder
from matching.tagging import suggest_tags
from tests.conftest import SEED

pytestmark = pytest.mark.model


def test_inferred_tags_match_the_hand_assigned_categories(int8: MiniLMInt8Embedder) -> None:
    embedder = CachedEmbedder(int8)
    services = [normalise_service(r)[0] for r in json.loads(SEED.read_text())["contents"]]
    tagged = [s for s in services if s.categories]
    vectors = embedder.embed([s.embedding_text() for s in tagged])
    # The text the inference sees must not name the categories it is to find.
    plain = embedder.embed(
        [f"{s.name}\n{s.description}\n{s.eligibility_description}" for s in tagged]
    )
    terms: dict[str, TaxonomyTerm] = {}
    sums: dict[str, np.ndarray] = {}
    counts: dict[str, int] = {}
    for service, vector in zip(tagged, vectors, strict=True):
        for term in service.categories:
            terms[term.id] = term
            sums[term.id] = sums.get(term.id, 0) + vector
            counts[term.id] = counts.get(term.id, 0) + 1
    right = 0
    for service, vector, text_vector in zip(tagged, vectors, plain, strict=True):
        own = {t.id for t in service.categories}
        held_out_sums = {k: v - vector if k in own else v for k, v in sums.items()}
        held_out_counts = {k: c - 1 if k in own else c for k, c in counts.items()}
        categories = category_map_of(list(terms.values()), held_out_sums, held_out_counts, embedder)
        suggested = suggest_tags(text_vector, categories, top=1)
        right += bool(suggested) and suggested[0].term.id in own
    share = right / len(tagged)
    print(
        f"\ninferred top tag is one of the listing's own categories: {right} of "
        f"{len(tagged)} ({share:.0%})"
    )
    assert len(tagged) >= 30
    assert share >= 0.6
