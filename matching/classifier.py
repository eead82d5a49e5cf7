"""Small linear classifiers over sentence embeddings: logistic regression, trained with
L-BFGS on labelled examples, one "head" per question (who a need is about, the role in harm,
whether a listing is only for women, ...).

A head is either single-label (softmax over its labels, exactly one applies) or multi-label
(one sigmoid per label, any number apply). Weights are plain arrays, so a trained set of heads
is saved in one `.npz` file beside the examples it was trained from.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

Floats = npt.NDArray[np.float32]


def _with_bias(vectors: npt.NDArray[Any]) -> npt.NDArray[np.float64]:
    ones = np.ones((vectors.shape[0], 1), dtype=np.float64)
    return np.hstack([vectors.astype(np.float64), ones])


def _softmax(logits: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    result: npt.NDArray[np.float64] = exp / exp.sum(axis=1, keepdims=True)
    return result


def _sigmoid(logits: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    result: npt.NDArray[np.float64] = 1.0 / (1.0 + np.exp(-np.clip(logits, -30, 30)))
    return result


@dataclass(frozen=True)
class Head:
    """One trained question: its labels and weights ((dimensions + 1) x labels)."""

    name: str
    labels: tuple[str, ...]
    weights: Floats
    multi_label: bool

    def probabilities(self, vectors: Floats) -> Floats:
        """One row per vector: the probability of each label."""
        weights = self.weights.astype(np.float64)
        logits = vectors.astype(np.float64) @ weights[:-1] + weights[-1]
        probs = _sigmoid(logits) if self.multi_label else _softmax(logits)
        return probs.astype(np.float32)

    @classmethod
    def train(
        cls,
        name: str,
        labels: tuple[str, ...],
        vectors: Floats,
        targets: npt.NDArray[np.float64],
        multi_label: bool,
        l2: float = 1.0,
        class_weights: npt.NDArray[np.float64] | None = None,
    ) -> Head:
        """Fit logistic regression. `targets` is examples x labels of 0/1 (one 1 a row for a
        single-label head). `class_weights` scales each label's examples (balanced classes)."""
        features = _with_bias(vectors)
        n, d = features.shape
        k = len(labels)
        weights = np.ones(k) if class_weights is None else class_weights
        row_weight = (targets * weights).sum(axis=1) if not multi_label else np.ones(n)
        penalty = np.ones((d, k))
        penalty[-1, :] = 0.0  # the bias is not shrunk

        def loss(flat: npt.NDArray[np.float64]) -> tuple[float, npt.NDArray[np.float64]]:
            w = flat.reshape(d, k)
            logits = features @ w
            if multi_label:
                probs = _sigmoid(logits)
                eps = 1e-9
                per = -(
                    targets * np.log(probs + eps) * weights
                    + (1 - targets) * np.log(1 - probs + eps)
                )
                value = float(per.sum())
                grad_logits = (probs - targets) * np.where(targets > 0, weights, 1.0)
            else:
                probs = _softmax(logits)
                value = float(-(row_weight * np.log((probs * targets).sum(axis=1) + 1e-9)).sum())
                grad_logits = (probs - targets) * row_weight[:, None]
            value += 0.5 * l2 * float((penalty * w * w).sum())
            grad = features.T @ grad_logits + l2 * penalty * w
            return value, grad.ravel()

        start = np.zeros(d * k)
        # Loaded here: only training needs the optimiser, and it is slow to import.
        from scipy.optimize import minimize

        result = minimize(loss, start, jac=True, method="L-BFGS-B", options={"maxiter": 500})
        return cls(name, labels, result.x.reshape(d, k).astype(np.float32), multi_label)


def save_heads(path: Any, heads: list[Head], fingerprint: str) -> None:
    """Write heads to one `.npz` file, with the fingerprint of what they were trained on."""
    arrays: dict[str, Any] = {"fingerprint": np.array(fingerprint)}
    for head in heads:
        arrays[f"{head.name}.weights"] = head.weights
        arrays[f"{head.name}.labels"] = np.array(head.labels)
        arrays[f"{head.name}.multi"] = np.array(head.multi_label)
    np.savez_compressed(path, **arrays)


def load_heads(path: Any) -> tuple[dict[str, Head], str]:
    """The heads saved by `save_heads`, and their fingerprint."""
    with np.load(path, allow_pickle=False) as data:
        names = {key.split(".")[0] for key in data.files if key.endswith(".weights")}
        heads = {
            name: Head(
                name,
                tuple(str(label) for label in data[f"{name}.labels"]),
                data[f"{name}.weights"].astype(np.float32),
                bool(data[f"{name}.multi"]),
            )
            for name in names
        }
        return heads, str(data["fingerprint"])
