"""Need tags for listings that came without categories: the directory's categories nearest to
the listing's embedding (each category as the blend of its name and its listings that
`matching.index.category_map` uses), with a confidence, to be shown as suggested."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from directory.records import TaxonomyTerm
from matching.index import CategoryMap, Floats

#: Below this cosine similarity no category is suggested at all.
MIN_SIMILARITY = 0.3


@dataclass(frozen=True)
class SuggestedTag:
    term: TaxonomyTerm
    confidence: float  # cosine similarity of the listing to the category, 0 to 1


def suggest_tags(vector: Floats, categories: CategoryMap, top: int = 2) -> list[SuggestedTag]:
    """The best categories for one listing's embedding: the nearest, and the next if it is
    nearly as near (within 0.05)."""
    if not categories.terms or not np.any(vector):
        return []
    scores = categories.vectors @ vector
    order = np.argsort(-scores)[:top]
    best = float(scores[order[0]])
    if best < MIN_SIMILARITY:
        return []
    return [
        SuggestedTag(categories.terms[int(i)], round(max(0.0, float(scores[i])), 3))
        for i in order
        if float(scores[i]) >= best - 0.05
    ]
