"""The readers' classifiers ship for the hashing embedder too, so that commands run with
EARLYHELP_EMBEDDER=hashing (the tests' subprocesses, very small machines) do not train them
at start-up."""

from __future__ import annotations

from matching.classifier import load_heads
from matching.embedding import HashingEmbedder, MiniLMEmbedder
from matching.training import fingerprint, weights_path


def test_the_shipped_hashing_heads_were_trained_on_the_current_examples() -> None:
    """Regenerate with `scripts/ship-hashing-heads` after changing the examples."""
    heads, saved = load_heads(weights_path(HashingEmbedder.name))
    assert saved == fingerprint(HashingEmbedder.name)
    # The same readers as the real model's shipped heads, trained from the same examples.
    assert set(heads) == set(load_heads(weights_path(MiniLMEmbedder.name))[0])
