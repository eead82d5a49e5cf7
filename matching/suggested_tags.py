"""The suggested categories editors are shown: only those confident enough to be right at
least 80% of the time, as measured on held-out listings (`benchmarks/tag_confidence.py`)."""

from __future__ import annotations

from matching.index import CategoryMap, Floats
from matching.tagging import SuggestedTag, suggest_tags

#: The lowest confidence shown. Chosen with `python -m benchmarks.tag_confidence` on the
#: held-out directory: from here up, 80% or more of the suggestions were right (66 of the 79
#: at or above 0.575 were among the listing's own categories, 0.835; see README).
SHOWN_FROM = 0.575


def shown_tags(
    vector: Floats, categories: CategoryMap, shown_from: float = SHOWN_FROM
) -> list[SuggestedTag]:
    """The suggestions for one listing's embedding confident enough to show: `shown_from`
    is measured for the model the app uses (all-MiniLM-L6-v2); another embedder's scores
    need their own."""
    return [tag for tag in suggest_tags(vector, categories) if tag.confidence >= shown_from]
