"""Parts of a text left out of its vector: character spans, and the tokens they cover.

A need is embedded once and pooled twice: over all its tokens (the vector it is read with)
and over the tokens outside the spans of the words that only say who it is about (the vector
it is retrieved with). These helpers are the same for every embedder.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

#: A character range of a text: start inclusive, end exclusive.
Span = tuple[int, int]


def check_spans(texts: Sequence[str], spans: Sequence[Sequence[Span]]) -> None:
    """ValueError unless there is one list of spans for each text."""
    if len(spans) != len(texts):
        raise ValueError(f"{len(texts)} texts but {len(spans)} lists of spans")


def without_spans(text: str, spans: Sequence[Span]) -> str:
    """The text with the spans taken out and its spaces tidied; the text itself when
    nothing would be left."""
    kept: list[str] = []
    start = 0
    for begin, end in sorted(spans):
        kept.append(text[start:begin])
        start = max(start, end)
    kept.append(text[start:])
    return re.sub(r"\s+", " ", "".join(kept)).strip() or text


def tokens_kept(
    offsets: Sequence[tuple[int, int]], special: Sequence[int], spans: Sequence[Span]
) -> list[bool]:
    """For each token (its character offsets, and 1 where it is a special or padding token):
    whether it stays in the vector that leaves the spans out. Special tokens always stay. A
    token that overlaps a span is left out. When every other token would be left out, all
    stay, as `without_spans` keeps the whole text."""
    kept = [
        bool(flag) or not any(start < end_ and end > begin for begin, end_ in spans)
        for (start, end), flag in zip(offsets, special, strict=True)
    ]
    if not any(k and not flag for k, flag in zip(kept, special, strict=True)):
        return [True] * len(offsets)
    return kept


def pool_twice(
    hidden: npt.NDArray[np.float32],
    mask: npt.NDArray[np.int64],
    kept: npt.NDArray[np.bool_],
) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
    """L2-normalised means of token vectors (texts x tokens x dimensions): over the
    attention mask, and over the mask's tokens that are `kept`."""
    whole = mask.astype(np.float32)
    return mean_pooled(hidden, whole), mean_pooled(hidden, whole * kept)


def mean_pooled(
    hidden: npt.NDArray[np.float32], weights: npt.NDArray[np.float32]
) -> npt.NDArray[np.float32]:
    """L2-normalised weighted means of token vectors (texts x tokens x dimensions)."""
    w = weights[:, :, None]
    pooled = (hidden * w).sum(axis=1) / np.clip(w.sum(axis=1), 1e-9, None)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    return np.asarray(pooled / np.clip(norms, 1e-12, None), dtype=np.float32)
