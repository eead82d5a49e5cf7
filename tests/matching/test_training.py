"""The readers' classifiers: trained from the examples, shipped for the real model, saved and
loaded unchanged."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from matching.classifier import Head, load_heads, save_heads
from matching.embedding import MiniLMEmbedder
from matching.training import fingerprint, weights_path


def test_the_shipped_heads_were_trained_on_the_current_examples() -> None:
    """Regenerate with `python -m matching.training` after changing the examples."""
    heads, saved = load_heads(weights_path(MiniLMEmbedder.name))
    assert saved == fingerprint(MiniLMEmbedder.name)
    assert {"need_role", "need_crisis", "listing_role", "listing_excludes"} <= set(heads)


def test_a_head_learns_separable_labels_and_survives_saving(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(200, 8)).astype(np.float32)
    labels = np.where(vectors[:, 0] > 0, 1, 0)
    targets = np.eye(2)[labels]
    head = Head.train("side", ("left", "right"), vectors, targets, multi_label=False, l2=0.1)
    predicted = head.probabilities(vectors).argmax(axis=1)
    assert (predicted == labels).mean() > 0.95
    save_heads(tmp_path / "h.npz", [head], "stamp")
    loaded, stamp = load_heads(tmp_path / "h.npz")
    assert stamp == "stamp" and loaded["side"].labels == ("left", "right")
    assert np.allclose(loaded["side"].weights, head.weights)
