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

from directory.area_shapes import Shape, shape_of
from directory.areas import codes_covering, near_point
from directory.geography import Footprint, PostcodePlace, distances_km
from directory.records import Service, TaxonomyTerm
from directory.store import ServiceStore
from matching.clusters import ClusterIndex
from matching.embedding import Embedder
from matching.glossary import Glossary
from matching.lexical import LexicalIndex
from matching.listing_reader import CLOSED, HARM_PROGRAMME
from matching.rules import FactRule, listing_facts

ADULT_AGE = 18
#: A service from this age with no upper age is open to adults too (so to the parents).
ADULTS_TOO_FROM = 16
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


class Districts(Protocol):
    """Where a postcode district lies (`PostcodeDirectory`)."""

    def footprint(self, text: str) -> Footprint | None: ...


@dataclass(frozen=True)
class Points:
    """Points with a row of the index each (and for area points, a reach in km)."""

    rows: npt.NDArray[np.int64]
    latitudes: npt.NDArray[np.float64]
    longitudes: npt.NDArray[np.float64]
    km: npt.NDArray[np.float64]

    @classmethod
    def of(cls, points: Sequence[tuple[int, float, float, float]]) -> Points:
        table = np.asarray(points, dtype=np.float64).reshape(-1, 4)
        return cls(table[:, 0].astype(np.int64), table[:, 1], table[:, 2], table[:, 3])

    def distances(self, place: PostcodePlace) -> npt.NDArray[np.float64]:
        return distances_km(place.latitude, place.longitude, self.latitudes, self.longitudes)


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
    fact_masks: dict[str, Bools]
    area_restricted: Bools
    area_members: dict[str, npt.NDArray[np.int64]]
    #: Each locality's points with its reach in km (areas around venues or named places).
    area_points: Points
    #: The published (not confidential) locations' points, reach unused.
    location_points: Points
    category_ids: tuple[frozenset[str], ...]
    categories: CategoryMap
    lexical: Lexical
    clusters: ClusterIndex | None
    #: Service areas drawn as shapes (GeoJSON polygons), each with its row.
    area_shapes: tuple[tuple[int, Shape], ...] = ()

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

    def area_fit(
        self, place: PostcodePlace, districts: Districts | None = None
    ) -> tuple[Bools, Bools]:
        """Services whose area includes the place: no area stated, its council (or county, or
        nation), its postcode district, or a locality around places or venues near it; and
        the services only rules the search engine cannot apply keep out: a shape the place
        is not in, and the postcode-district rule. With `districts`, a locality's place or
        venue must also lie in the place's postcode district (or at its edge): a reach drawn
        around a village does not cross into the next district, nor over a council's
        border."""
        mask = ~self.area_restricted
        for code in codes_covering(place.la_code, place.postcode):
            members = self.area_members.get(code)
            if members is not None:
                mask[members] = True
        held = np.zeros(len(self.services), dtype=np.bool_)
        points = self.area_points
        if len(points.rows):
            near = np.flatnonzero(points.distances(place) <= points.km)
            district = districts.footprint(place.postcode) if districts and len(near) else None
            if district is not None:
                inside = district.holds(points.latitudes[near], points.longitudes[near])
                held[points.rows[near[~inside]]] = True
                near = near[inside]
            mask[points.rows[near]] = True
        for row, shape in self.area_shapes:
            if shape.holds(place.latitude, place.longitude):
                mask[row] = True
            else:
                held[row] = True
        return mask, held & ~mask

    def nearest_km(self, place: PostcodePlace) -> npt.NDArray[np.float64]:
        """Each service's distance to its nearest published location (NaN where none);
        confidential places are never measured."""
        nearest = np.full(len(self.services), np.inf)
        points = self.location_points
        if len(points.rows):
            np.minimum.at(nearest, points.rows, points.distances(place))
        nearest[np.isposinf(nearest)] = np.nan
        return nearest

    def fits_children(self, ages: tuple[int, ...]) -> Bools:
        """Services for adults (from 18, or from 16 with no upper age: they serve the
        parents), services that state no ages, and services admitting one of the children's
        ages (a service with only a lower age admits every age from it)."""
        adult = (self.min_age >= ADULT_AGE) | (
            (self.min_age >= ADULTS_TOO_FROM) & np.isposinf(self.max_age)
        )
        unstated = np.isneginf(self.min_age) & np.isposinf(self.max_age)
        fits = np.zeros(len(self.services), dtype=np.bool_)
        for age in ages:
            fits |= (self.min_age <= age) & (self.max_age >= age)
        return adult | unstated | fits

    def fits_need(self, rule: FactRule, ages: tuple[int, ...]) -> Bools:
        """The age rule for one need: services fitting the children (see `fits_children`),
        and, for a need about an adult or the family, services open to adults (no upper
        age, or one above 18: "up to 18" is a young people's service)."""
        fits = self.fits_children(ages) if ages else np.ones(len(self.services), np.bool_)
        if rule.about_adult:
            fits = fits | (self.max_age > ADULT_AGE)
        return fits

    def fact(self, name: str) -> Bools:
        """Listings that have this fact."""
        found = self.fact_masks.get(name)
        return found if found is not None else np.zeros(len(self.services), dtype=np.bool_)

    def admitted(self, rule: FactRule) -> Bools:
        """Listings the rule does not rule out, harm programmes aside (see `harm_fit`)."""
        ok = np.ones(len(self.services), dtype=np.bool_)
        for name in rule.excluded:
            ok &= ~self.fact(name)
        for name, allowed in rule.only_with:
            has = self.fact(name)
            if has.any():
                passes = np.zeros(len(self.services), dtype=np.bool_)
                for other in allowed:
                    passes |= self.fact(other)
                ok &= ~has | passes
        return ok

    def harm_fit(self, rule: FactRule, child_ages: tuple[int, ...]) -> Bools:
        """The rule, with programmes for people who cause harm only when the rule allows
        them and only those whose ages fit the person (adults, or the child). The need's age
        rule is `fits_need`."""
        ok = self.admitted(rule)
        programmes = self.fact(HARM_PROGRAMME)
        if not rule.harm_programmes:
            return ok & ~programmes
        if rule.causer_is_child:
            fitting = self.min_age < ADULT_AGE
            if child_ages:
                fitting &= self.fits_children(child_ages) & (self.max_age < np.inf)
        else:
            fitting = self.min_age >= ADULT_AGE
        return ok & (~programmes | fitting)


def match_facets(service: Service, glossary: Glossary) -> frozenset[str]:
    """The listing facts the matcher's rules read (indexed as they are by the search engine)."""
    return listing_facts(service, glossary)


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
    points: list[tuple[int, float, float, float]] = []
    shapes: list[tuple[int, Shape]] = []
    for i, service in enumerate(services):
        for code in service.area_codes:
            point, shape = near_point(code), shape_of(code)
            if point is not None:
                points.append((i, *point))
            elif shape is not None:
                shapes.append((i, shape))
            else:
                members[code].append(i)
    facts = [match_facets(s, glossary) for s in services]
    masks: dict[str, list[int]] = defaultdict(list)
    for i, found in enumerate(facts):
        for name in found:
            masks[name].append(i)

    def mask(rows: list[int]) -> Bools:
        out = np.zeros(len(services), dtype=np.bool_)
        out[np.asarray(rows, dtype=np.int64)] = True
        return out

    return MatchIndex(
        generation=generation,
        services=services,
        position={s.id: i for i, s in enumerate(services)},
        vectors=vectors,
        active=np.array(
            [s.is_active and CLOSED not in f for s, f in zip(services, facts, strict=True)],
            dtype=np.bool_,
        ),
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
        fact_masks={name: mask(rows) for name, rows in masks.items()},
        area_restricted=np.array([bool(s.area_codes) for s in services], dtype=np.bool_),
        area_members={code: np.array(rows, dtype=np.int64) for code, rows in members.items()},
        area_points=Points.of(points),
        area_shapes=tuple(shapes),
        location_points=Points.of(
            [
                (i, loc.latitude, loc.longitude, 0.0)
                for i, service in enumerate(services)
                for loc in service.locations
                if not loc.hide_address and loc.latitude is not None and loc.longitude is not None
            ]
        ),
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
