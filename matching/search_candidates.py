"""Matching on Elasticsearch: the engine filters and retrieves, the matcher ranks candidates.

For each request the eligibility rules and each need's harm and gender rules become query
filters, and the store runs, in one multi-search, the retrieval strategies
(directory/es_retrieval.py) that return per need the best BM25 matches and the nearest kNN
neighbours that pass them, and the nearest active listings (for the need's categories). Only
those candidates (a few dozen) are read, into a small MatchIndex on which the matcher's own
ranking runs, so it ranks exactly as on the embedded store while the directory stays in the
engine. The exclusion counts are counted by the engine too. Category vectors (each category's
name and the mean of its listings) are summed from one pass over the index per generation.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from directory.areas import LOCALITY_KM, PLACE_KM, codes_covering
from directory.es_mapping import MATCH_TERMS
from directory.es_retrieval import (
    CountStrategy,
    LexicalStrategy,
    NearestStrategy,
    RetrievalStrategy,
)
from directory.es_store import ElasticsearchServiceStore
from directory.geography import PostcodeDirectory, PostcodePlace
from directory.records import Service, TaxonomyTerm
from matching.crisis import CrisisLines
from matching.embedding import Embedder
from matching.engine import Matcher, Weights
from matching.glossary import Glossary
from matching.index import (
    ADULT_AGE,
    ADULTS_TOO_FROM,
    CategoryMap,
    Floats,
    MatchIndex,
    category_map_of,
    index_of,
    match_facets,
)
from matching.lexical import query_terms
from matching.listing_reader import CLOSED, HARM_PROGRAMME
from matching.request import MatchRequest
from matching.rules import FactRule

Clause = dict[str, Any]


def facets_for(glossary: Glossary) -> Any:
    """The function the store indexes `match_facets` with (the same rules as in memory)."""
    return lambda service: sorted(match_facets(service, glossary))


def _not(clause: Clause) -> Clause:
    return {"bool": {"must_not": [clause]}}


def _any(*clauses: Clause) -> Clause:
    return {"bool": {"should": list(clauses), "minimum_should_match": 1}}


def _all(*clauses: Clause) -> Clause:
    return {"bool": {"filter": list(clauses)}}


def _facet(name: str) -> Clause:
    return {"term": {"match_facets": name}}


def _missing(field: str) -> Clause:
    return _not({"exists": {"field": field}})


def children_fit(ages: tuple[int, ...]) -> Clause:
    """For adults (from 18), or admitting one of the children's ages (a listing without ages
    admits every age; one with only a lower age, every age from it): as
    `MatchIndex.fits_children`."""
    admits = [{"range": {"ages": {"gte": a, "lte": a, "relation": "intersects"}}} for a in ages]
    adults_too = _all({"range": {"minimum_age": {"gte": ADULTS_TOO_FROM}}}, _missing("maximum_age"))
    return _any({"range": {"minimum_age": {"gte": ADULT_AGE}}}, adults_too, *admits)


def eligibility_rules(
    request: MatchRequest, place: PostcodePlace | None
) -> list[tuple[str, Clause]]:
    """The hard rules, in the order exclusions are counted, as filters."""
    rules: list[tuple[str, Clause]] = [
        ("inactive", _all({"term": {"status": "active"}}, _not(_facet(CLOSED))))
    ]
    if place is not None:
        codes = codes_covering(place.la_code, place.postcode)
        point = {"lat": place.latitude, "lon": place.longitude}
        near = [
            {"geo_distance": {"distance": f"{km}km", field: point}}
            for field, km in (("area_points", LOCALITY_KM), ("place_points", PLACE_KM))
        ]
        unrestricted = _all(
            _missing("area_codes"), _missing("area_points"), _missing("place_points")
        )
        drawn = {"term": {"area_shape": True}}  # tested by the matcher among the candidates
        rules.append(("area", _any(unrestricted, {"terms": {"area_codes": codes}}, *near, drawn)))
    if request.free_only:
        rules.append(("cost", _not({"term": {"free": "paid"}})))
    return rules


def need_age(rule: FactRule, child_ages: tuple[int, ...]) -> Clause | None:
    """One need's age rule as a filter (None when it has none): as `MatchIndex.fits_need`."""
    if not child_ages:
        return None
    if not rule.about_adult:
        return children_fit(child_ages)
    open_to_adults = _any(_missing("maximum_age"), {"range": {"maximum_age": {"gt": ADULT_AGE}}})
    return _any(children_fit(child_ages), open_to_adults)


def need_fit(rule: FactRule, child_ages: tuple[int, ...]) -> Clause:
    """One need's rule as a filter: as `MatchIndex.harm_fit`."""
    clauses: list[Clause] = []
    if rule.excluded:
        clauses.append(_not({"terms": {"match_facets": sorted(rule.excluded)}}))
    for fact, allowed in rule.only_with:
        passes = [_not(_facet(fact))]
        if allowed:
            passes.append({"terms": {"match_facets": sorted(allowed)}})
        clauses.append(_any(*passes))
    if not rule.harm_programmes:
        clauses.append(_not(_facet(HARM_PROGRAMME)))
    else:
        if rule.causer_is_child:
            young = _any(_missing("minimum_age"), {"range": {"minimum_age": {"lt": ADULT_AGE}}})
            fitting = (
                _all(young, children_fit(child_ages), {"exists": {"field": "maximum_age"}})
                if child_ages
                else young
            )
        else:
            fitting = {"range": {"minimum_age": {"gte": ADULT_AGE}}}
        clauses.append(_any(_not(_facet(HARM_PROGRAMME)), fitting))
    return _all(*clauses)


@dataclass(frozen=True)
class _FixedLexical:
    """The engine's BM25 scores of the candidates, for each need's text."""

    by_text: dict[str, npt.NDArray[np.float32]]
    size: int

    def scores(self, text: str) -> npt.NDArray[np.float32]:
        found = self.by_text.get(text)
        return found if found is not None else np.zeros(self.size, dtype=np.float32)


class SearchCandidates:
    """Builds, for each request, the small MatchIndex of its candidates from Elasticsearch."""

    def __init__(
        self,
        store: ElasticsearchServiceStore,
        embedder: Embedder,
        glossary: Glossary,
        lexical_pool: int,
        semantic_pool: int,
        neighbours: int,
    ) -> None:
        self._store = store
        self._embedder = embedder
        self._glossary = glossary
        self._pools = (lexical_pool, semantic_pool, neighbours)
        self._categories: tuple[int, CategoryMap] | None = None
        self._lock = threading.Lock()

    def categories(self, generation: int) -> CategoryMap:
        """The category map of the directory as of `generation`, computed once for it."""
        with self._lock:
            if self._categories is None or self._categories[0] != generation:
                self._categories = (generation, self._category_map())
            return self._categories[1]

    def _category_map(self) -> CategoryMap:
        sums: dict[str, Floats] = {}
        counts: dict[str, int] = defaultdict(int)
        zeros = np.zeros(self._embedder.dimensions, dtype=np.float32)
        for term_ids, found in self._store.category_vectors():
            vector = found if found is not None and found.shape == zeros.shape else zeros
            for term_id in term_ids:
                sums[term_id] = sums.get(term_id, 0) + vector
                counts[term_id] += 1
        terms = [
            TaxonomyTerm(
                id=str(t["id"]),
                name=str(t["name"]),
                taxonomy=str(t.get("taxonomy") or ""),
                code=str(t.get("code") or ""),
                parent_id=t.get("parent_id"),
            )
            for t in self._store.taxonomy_terms()
            if t.get("id") in counts
        ]
        return category_map_of(terms, sums, counts, self._embedder)

    def index_for(
        self,
        request: MatchRequest,
        need_vectors: npt.NDArray[np.float32],
        expanded: list[str],
        place: PostcodePlace | None,
        need_rules: list[FactRule],
        child_ages: tuple[int, ...],
    ) -> tuple[MatchIndex, dict[str, int]]:
        """The candidates' index for this request, and how many listings each rule excluded."""
        generation = self._store.generation()
        categories = self.categories(generation)
        rules = eligibility_rules(request, place)
        ages = [need_age(rule, child_ages) for rule in need_rules]
        if child_ages and need_rules:
            rules.append(("age", _any(*(a for a in ages if a is not None))))
        eligible = _all(*(clause for _, clause in rules))
        fits = [
            _all(need_fit(rule, child_ages), *([age] if age is not None else []))
            for rule, age in zip(need_rules, ages, strict=True)
        ]
        lexical_pool, semantic_pool, neighbours = self._pools
        strategies: list[RetrievalStrategy] = []
        for n, text in enumerate(expanded):
            allowed = _all(eligible, fits[n])
            vector = [float(x) for x in need_vectors[n]]
            words = " ".join(query_terms(text))
            strategies.append(LexicalStrategy(MATCH_TERMS, words, lexical_pool, [allowed]))
            for k, scope in ((semantic_pool, allowed), (neighbours, rules[0][1])):
                strategies.append(NearestStrategy("embedding", vector, k, scope))
        counts: list[tuple[str, Clause]] = []
        for i, (reason, clause) in enumerate(rules):
            passed = [c for _, c in rules[:i]]
            counts.append((reason, _all(*passed, _not(clause))))
        if fits:
            counts.append(("harm", _all(eligible, _not(_any(*fits)))))
        strategies += [CountStrategy(clause) for _, clause in counts]
        answers = self._store.retrieve(strategies)
        per_need = answers[: 3 * len(expanded)]
        lexical_hits = [per_need[3 * n] for n in range(len(expanded))]
        ids: list[str] = []
        for answer in per_need:
            for service_id, _ in answer.hits:
                if service_id not in ids:
                    ids.append(service_id)
        services, vectors = self._read(ids)
        position = {s.id: i for i, s in enumerate(services)}
        by_text: dict[str, npt.NDArray[np.float32]] = {}
        for n, answer in enumerate(lexical_hits):
            scores = np.zeros(len(services), dtype=np.float32)
            for service_id, score in answer.hits:
                if service_id in position:
                    scores[position[service_id]] = score
            by_text[expanded[n]] = scores
        excluded = {
            reason: answer.total
            for (reason, _), answer in zip(counts, answers[3 * len(expanded) :], strict=True)
            if answer.total
        }
        index = index_of(
            generation,
            services,
            vectors,
            self._glossary,
            categories,
            _FixedLexical(by_text, len(services)),
        )
        return index, excluded

    def _read(self, ids: list[str]) -> tuple[tuple[Service, ...], Floats]:
        zeros = np.zeros(self._embedder.dimensions, dtype=np.float32)
        found = self._store.services_with_vectors(ids)
        if not found:
            return (), np.zeros((0, self._embedder.dimensions), dtype=np.float32)
        rows = [v if v is not None and v.shape == zeros.shape else zeros for _, v in found]
        return tuple(service for service, _ in found), np.vstack(rows)


def search_categories(
    store: ElasticsearchServiceStore, embedder: Embedder, glossary: Glossary
) -> Callable[[], CategoryMap]:
    """The directory's category map as of now, summed in one pass over the index when the
    generation changes: what the editors' suggested categories need, without an index of the
    whole directory in memory."""
    candidates = SearchCandidates(store, embedder, glossary, 0, 0, 0)
    return lambda: candidates.categories(store.generation())


def search_matcher(
    store: ElasticsearchServiceStore,
    embedder: Embedder,
    postcodes: PostcodeDirectory,
    glossary: Glossary,
    weights: Weights | None = None,
    crisis_lines: CrisisLines | None = None,
) -> Matcher:
    """A matcher whose candidates come from Elasticsearch, with the matcher's own pools."""
    weights = weights or Weights()
    candidates = SearchCandidates(
        store,
        embedder,
        glossary,
        weights.lexical_pool,
        weights.semantic_pool,
        weights.category_neighbours,
    )
    return Matcher(
        store,
        embedder,
        postcodes,
        glossary,
        weights,
        candidates=candidates,
        crisis_lines=crisis_lines,
    )
