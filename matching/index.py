"""An in-memory index of the directory for matching: vectors and eligibility as arrays.

Built from a store once and rebuilt when the store's generation changes, so a match request
filters and scores the whole directory with a few array operations.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

import numpy as np
import numpy.typing as npt

from directory.records import Service, TaxonomyTerm
from directory.store import ServiceStore
from matching.clusters import ClusterIndex
from matching.eligibility import listing_gender
from matching.embedding import Embedder
from matching.glossary import Glossary
from matching.lexical import LexicalIndex

ADULT_AGE = 18
HARM_PROGRAMME_FLAG = "for-people-who-harm"
SURVIVORS_ONLY_FLAG = "survivors-only"
WOMEN_ONLY_FLAG, MEN_ONLY_FLAG = "women-only", "men-only"
FREE, PAID, UNKNOWN_COST = 1, 0, -1

Floats = npt.NDArray[np.float32]
Bools = npt.NDArray[np.bool_]


class Lexical(Protocol):
    """Lexical relevance of every service of an index to a text (0 where none)."""

    def scores(self, text: str) -> npt.NDArray[np.float32]: ...


@dataclass(frozen=True)
class CategoryMap:
    """The directory's own need categories, each as a vector (its name and its services)."""

    terms: tuple[TaxonomyTerm, ...]
    vectors: Floats

    def for_need(
        self,
        need_vector: Floats,
        neighbours: list[tuple[frozenset[str], float]],
        top: int = 2,
        share: float = 0.6,
    ) -> list[int]:
        """Indexes of the categories of a need: how close each category is to the need, plus
        how strongly the services closest to the need carry it (`neighbours`: their category
        ids and similarity). Those within `share` of the best are kept, at most `top`."""
        if not self.terms:
            return []
        scores = self.vectors @ need_vector
        total = sum(weight for _, weight in neighbours) or 1.0
        position = {term.id: i for i, term in enumerate(self.terms)}
        for term_ids, weight in neighbours:
            for term_id in term_ids:
                if term_id in position:
                    scores[position[term_id]] += weight / total
        order = np.argsort(-scores)[:top]
        best = float(scores[order[0]])
        return [int(i) for i in order if float(scores[i]) >= share * best]


@dataclass(frozen=True)
class MatchIndex:
    generation: int
    services: tuple[Service, ...]
    position: dict[str, int]
    vectors: Floats
    active: Bools
    min_age: Floats
    max_age: Floats
    free: npt.NDArray[np.int8]
    harm_programme: Bools
    survivors_only: Bools
    women_only: Bools
    men_only: Bools
    area_restricted: Bools
    area_members: dict[str, npt.NDArray[np.int64]]
    category_ids: tuple[frozenset[str], ...]
    categories: CategoryMap
    lexical: Lexical
    clusters: ClusterIndex | None

    def similarities(self, query: Floats, also: Sequence[int] = ()) -> Floats:
        """Cosine similarity of the query to every service; with clusters, only the services
        in the nearest clusters and those in `also` are scored, the rest get -1."""
        if self.clusters is None:
            return self.vectors @ query
        sims = np.full(len(self.services), -1.0, dtype=np.float32)
        self.clusters.score(query, sims)
        extra = np.asarray(also, dtype=np.int64)
        if len(extra):
            sims[extra] = self.vectors[extra] @ query
        return sims

    def __len__(self) -> int:
        return len(self.services)

    def serves_area(self, la_code: str) -> Bools:
        """Services that do not serve only other councils' areas."""
        mask = ~self.area_restricted
        members = self.area_members.get(la_code)
        if members is not None:
            mask = mask.copy()
            mask[members] = True
        return mask

    def fits_children(self, ages: tuple[int, ...]) -> Bools:
        """Services open to adults (no upper age, so they serve the parents), and children's
        services admitting one of the children's ages."""
        adult = np.isposinf(self.max_age)
        fits = np.zeros(len(self.services), dtype=np.bool_)
        for age in ages:
            fits |= (self.min_age <= age) & (self.max_age >= age)
        return adult | fits


HARM_PROGRAMME, SURVIVORS_ONLY, WOMEN_ONLY, MEN_ONLY = (
    "harm-programme",
    "survivors-only",
    "women-only",
    "men-only",
)


def match_facets(service: Service, glossary: Glossary) -> frozenset[str]:
    """What the matcher's harm and gender rules need to know of a listing: a programme for
    people who cause harm, survivors only, women only, men only."""
    facets: set[str] = set()
    text = f"{service.name}\n{service.description}\n{service.eligibility_description}"
    if HARM_PROGRAMME_FLAG in service.flags or glossary.describes_harm_programme(text):
        facets.add(HARM_PROGRAMME)
    if SURVIVORS_ONLY_FLAG in service.flags:
        facets.add(SURVIVORS_ONLY)
    if MEN_ONLY_FLAG in service.flags:  # an editor's confirmation beats the text's wording
        facets.add(MEN_ONLY)
    elif WOMEN_ONLY_FLAG in service.flags:
        facets.add(WOMEN_ONLY)
    else:
        gender = listing_gender(service.eligibility_description, service.name)
        if gender == "female":
            facets.add(WOMEN_ONLY)
        elif gender == "male":
            facets.add(MEN_ONLY)
    return frozenset(facets)


def build_index(store: ServiceStore, embedder: Embedder, glossary: Glossary) -> MatchIndex:
    """Read the whole directory from the store into a MatchIndex."""
    generation = store.generation()
    services = tuple(store.iter_services())
    position = {s.id: i for i, s in enumerate(services)}
    vectors = np.zeros((len(services), embedder.dimensions), dtype=np.float32)
    ids, matrix = store.embeddings()
    for service_id, row in zip(ids, matrix, strict=True):
        if service_id in position and row.shape[0] == embedder.dimensions:
            vectors[position[service_id]] = row
    return index_of(
        generation,
        services,
        vectors,
        glossary,
        category_map(services, vectors, embedder),
        LexicalIndex.build(services),
        ClusterIndex.build(vectors),
    )


def index_of(
    generation: int,
    services: tuple[Service, ...],
    vectors: Floats,
    glossary: Glossary,
    categories: CategoryMap,
    lexical: Lexical,
    clusters: ClusterIndex | None = None,
) -> MatchIndex:
    """A MatchIndex over these services (the whole directory, or a request's candidates)."""
    members: dict[str, list[int]] = defaultdict(list)
    for i, service in enumerate(services):
        for code in service.area_codes:
            members[code].append(i)
    facets = [match_facets(s, glossary) for s in services]
    return MatchIndex(
        generation=generation,
        services=services,
        position={s.id: i for i, s in enumerate(services)},
        vectors=vectors,
        active=np.array([s.is_active for s in services], dtype=np.bool_),
        min_age=np.array(
            [-np.inf if s.minimum_age is None else s.minimum_age for s in services],
            dtype=np.float32,
        ),
        max_age=np.array(
            [np.inf if s.maximum_age is None else s.maximum_age for s in services],
            dtype=np.float32,
        ),
        free=np.array(
            [UNKNOWN_COST if s.free is None else (FREE if s.free else PAID) for s in services],
            dtype=np.int8,
        ),
        harm_programme=np.array([HARM_PROGRAMME in f for f in facets], dtype=np.bool_),
        survivors_only=np.array([SURVIVORS_ONLY in f for f in facets], dtype=np.bool_),
        women_only=np.array([WOMEN_ONLY in f for f in facets], dtype=np.bool_),
        men_only=np.array([MEN_ONLY in f for f in facets], dtype=np.bool_),
        area_restricted=np.array([bool(s.area_codes) for s in services], dtype=np.bool_),
        area_members={code: np.array(rows, dtype=np.int64) for code, rows in members.items()},
        category_ids=tuple(frozenset(t.id for t in s.categories) for s in services),
        categories=categories,
        lexical=lexical,
        clusters=clusters,
    )


def category_map(services: tuple[Service, ...], vectors: Floats, embedder: Embedder) -> CategoryMap:
    """Each category of the directory as a vector: its name and its services' mean."""
    terms: dict[str, TaxonomyTerm] = {}
    sums: dict[str, Floats] = {}
    counts: dict[str, int] = defaultdict(int)
    for i, service in enumerate(services):
        for term in service.categories:
            terms.setdefault(term.id, term)
            sums[term.id] = sums.get(term.id, 0) + vectors[i]
            counts[term.id] += 1
    return category_map_of(list(terms.values()), sums, counts, embedder)


def category_map_of(
    terms: Sequence[TaxonomyTerm],
    sums: dict[str, Floats],
    counts: dict[str, int],
    embedder: Embedder,
) -> CategoryMap:
    """The category map from each category's sum and count of its services' vectors."""
    ordered = tuple(sorted(terms, key=lambda t: t.name))
    if not ordered:
        return CategoryMap((), np.zeros((0, embedder.dimensions), dtype=np.float32))
    labels = embedder.embed([term.name for term in ordered])
    centroids = np.zeros_like(labels)
    for j, term in enumerate(ordered):
        count = counts.get(term.id, 0)
        mean = sums[term.id] / count if count else np.zeros(embedder.dimensions)
        blended = 0.5 * labels[j] + 0.5 * mean
        norm = float(np.linalg.norm(blended))
        centroids[j] = blended / norm if norm else blended
    return CategoryMap(ordered, centroids.astype(np.float32))


def months_since(day: date | None, today: date) -> float | None:
    if day is None:
        return None
    return (today - day).days / 30.44
