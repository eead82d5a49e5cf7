"""In-memory BM25 over the directory, as one sparse matrix, for matching requests.

The store's full-text index serves search pages and the API; matching asks lexical questions
of every need of every request, so it keeps the same kind of index in memory, where a query is
a sum of a few sparse columns (about a millisecond at 100,000 services).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import sparse

from directory.records import Service

_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    (
        "a an and are as at be but by for from has have he her his i in is it its me my of on "
        "or our she so that the their them they this to was we were who with you your will can "
        "our us also any all not no up out into if about more than"
    ).split()
)
_SUFFIXES = ("ings", "ing", "ies", "ied", "es", "ed", "s", "ly")
#: How many times each part of a listing counts: the name says most about what it is.
FIELD_REPEATS = (("name", 3), ("categories", 2), ("description", 1), ("organization", 1))


def stem(word: str) -> str:
    """A light suffix stripper, so "parenting" meets "parent" and "debts" meets "debt"."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
    return word


def terms(text: str) -> list[str]:
    return [stem(w) for w in _WORD.findall(text.lower()) if w not in _STOP]


def _fields(service: Service) -> dict[str, str]:
    return {
        "name": service.name,
        "categories": " ".join(service.category_names),
        "description": f"{service.description} {service.eligibility_description}",
        "organization": service.organization_name,
    }


def document_terms(service: Service) -> list[str]:
    """The words a listing is matched on, each field's repeated as many times as it counts:
    what the in-memory index weighs, and what the search engine indexes for matching."""
    fields = _fields(service)
    return [term for field, repeats in FIELD_REPEATS for term in terms(fields[field]) * repeats]


def query_terms(text: str) -> list[str]:
    """The distinct words of a need that matching looks up."""
    return list(dict.fromkeys(terms(text)))


@dataclass(frozen=True)
class LexicalIndex:
    """BM25 weights of every (service, term), columns by term."""

    vocabulary: dict[str, int]
    weights: sparse.csc_matrix

    @classmethod
    def build(cls, services: Sequence[Service], k1: float = 1.2, b: float = 0.75) -> LexicalIndex:
        vocabulary: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        counts: list[float] = []
        lengths = np.zeros(len(services), dtype=np.float32)
        for row, service in enumerate(services):
            bag = Counter(document_terms(service))
            lengths[row] = sum(bag.values())
            for term, count in bag.items():
                rows.append(row)
                cols.append(vocabulary.setdefault(term, len(vocabulary)))
                counts.append(count)
        n = max(1, len(services))
        tf = np.array(counts, dtype=np.float32)
        row_index = np.array(rows, dtype=np.int64)
        col_index = np.array(cols, dtype=np.int64)
        document_frequency = np.bincount(col_index, minlength=len(vocabulary))
        idf = np.log(1 + (n - document_frequency + 0.5) / (document_frequency + 0.5))
        average = float(lengths.mean()) if len(services) else 1.0
        norm = k1 * (1 - b + b * lengths[row_index] / max(average, 1.0))
        scores = idf[col_index] * tf * (k1 + 1) / (tf + norm)
        matrix = sparse.csc_matrix(
            (scores.astype(np.float32), (row_index, col_index)),
            shape=(len(services), len(vocabulary)),
        )
        return cls(vocabulary, matrix)

    def scores(self, text: str) -> npt.NDArray[np.float32]:
        """BM25 score of every service for the words of `text` (0 where none match)."""
        columns = sorted({self.vocabulary[t] for t in query_terms(text) if t in self.vocabulary})
        if not columns:
            return np.zeros(self.weights.shape[0], dtype=np.float32)
        summed = self.weights[:, columns].sum(axis=1)
        return np.asarray(summed, dtype=np.float32).ravel()


def ranking(
    scores: npt.NDArray[np.float32], allowed: npt.NDArray[np.bool_], limit: int
) -> list[int]:
    """Positions of the best-scoring allowed services with a positive score, best first."""
    masked = np.where(allowed & (scores > 0), scores, -math.inf)
    count = min(limit, int(np.isfinite(masked).sum()))
    if count == 0:
        return []
    top = np.argpartition(-masked, count - 1)[:count]
    return [int(i) for i in top[np.argsort(-masked[top])]]
