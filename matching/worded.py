"""A sentence's embedding beside its hashed words and word pairs, the input of the listing
questions whose answer lies in a few words the embedding carries faintly.

The embedding carries the topic; the words carry what names it exactly. The side of harm a
sentence puts a listing's users on (`matching.harm_role`) is told by the voice of who does
what to whom ("being hurt", "who hurt"). The condition a listing is only for, or a need is
about, is told by its name ("ADHD", "postnatal depression", "global developmental delay"),
which the embedding blurs with its neighbours: alone, it read more open listings as for a
condition and missed more of those for one, on the conditions check set and on the held-out
sets, and agreed less often with the condition judged in the held-out sets' needs. The
situations a listing says it is not for ("not suitable where there is current domestic
abuse") are told by a few words too: alone, the embedding read more exclusions where none
is stated, on the exclusions check set; and whether it is closed or paused, which alone it
read in 3 open listings of the held-out directories (`benchmarks.listing_labels`), none with
the words. The group a listing is only for is not read so: with its words, it missed 14 of
the held-out directories' 49 such listings, 11 without.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from matching.classifier import Floats
from matching.embedding import HashingEmbedder

#: How much the hashed words weigh beside the embedding (both are unit vectors).
WORDS_WEIGHT = 1.0


def worded(vectors: Floats, texts: Sequence[str]) -> Floats:
    """Each text's embedding (a row of `vectors`) beside its hashed words."""
    words = HashingEmbedder().embed(texts) * WORDS_WEIGHT
    return np.hstack([vectors, words]).astype(np.float32)
