"""The matcher: hard eligibility first, then hybrid retrieval, coverage of every need, reasons."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt
from threadpoolctl import ThreadpoolController

from directory.geography import (
    PostcodeDirectory,
    PostcodeError,
    PostcodePlace,
    not_a_postcode,
    not_in_directory,
)
from directory.records import Service
from directory.store import ServiceStore
from matching.crisis import CrisisLines
from matching.embedding import Embedder, Pinning
from matching.glossary import Glossary
from matching.index import PAID, Bools, MatchIndex, build_index, months_since
from matching.lexical import ranking
from matching.reading import NeedReader, NeedReading
from matching.reasons import ReasonWriter, language_names
from matching.request import FieldError, MatchRequest, MatchRequestError
from matching.results import MatchResult, NeedOutcome, Suggestion
from matching.rules import FactRule, Family, need_rule
from matching.training import heads_for
from matching.written_language import WrittenLanguage

#: How alike a directory's category name must be to a category a need was read as.
CATEGORY_NAME_SIMILARITY = 0.8
#: Category names whose directory categories are remembered (practitioners may name any).
MAX_NAMES_KNOWN = 1024
#: Order in which a service's exclusion is counted when several rules exclude it.
EXCLUSION_ORDER = ("inactive", "area", "age", "cost", "harm")


@dataclass(frozen=True)
class Weights:
    """How relevance and ranking are put together. `threshold` is calibrated on the
    scenario set (benchmarks/match_quality.py): below it a service is not suitable."""

    threshold: float = 0.35
    #: The relevance a service needs to meet a need read as outside early help.
    outside: float = float("inf")
    category: float = 0.08
    rrf_k: float = 20.0
    semantic_share: float = 0.4
    language: float = 0.04
    interpreters: float = 0.015
    distance_per_km: float = 0.004
    distance_cap: float = 0.06
    fresh: float = 0.01
    stale: float = 0.02
    multi_need: float = 0.03
    lexical: float = 0.06
    category_neighbours: int = 3
    semantic_pool: int = 25
    lexical_pool: int = 25


class CandidateSource(Protocol):
    """Where a request's candidates come from when the directory stays in a search engine:
    a small MatchIndex of them, and how many listings each hard rule excluded."""

    def index_for(
        self,
        request: MatchRequest,
        need_vectors: np.ndarray,
        expanded: list[str],
        place: PostcodePlace | None,
        rules: list[FactRule],
        child_ages: tuple[int, ...],
    ) -> tuple[MatchIndex, dict[str, int]]: ...

    def categories(self, generation: int) -> Any: ...


@dataclass
class _NamedCategories:
    """The directory's categories named alike each category name, for one index."""

    key: tuple[int, int]
    labels: np.ndarray | None = None
    ids: dict[str, frozenset[str]] = field(default_factory=dict)


@dataclass
class _Candidate:
    position: int
    relevance: float
    score: float


class Matcher:
    """Suggests services for the needs of a closed referral. Thread-safe; load once per process."""

    def __init__(
        self,
        store: ServiceStore,
        embedder: Embedder,
        postcodes: PostcodeDirectory,
        glossary: Glossary | None = None,
        weights: Weights | None = None,
        today: Callable[[], date] = date.today,
        candidates: CandidateSource | None = None,
        reader: NeedReader | None = None,
        crisis_lines: CrisisLines | None = None,
        written: WrittenLanguage | None = None,
    ) -> None:
        """With `candidates`, each request's candidates come from the search engine instead of
        an in-memory index of the whole directory. `reader` reads each need (by default, with
        the heads trained for the embedder); `crisis_lines` are shown when a need signals
        immediate risk (by default, the national lines); `written` tells a need written in
        another language, which the family is then taken to speak (by default over the
        languages the directory knows by name)."""
        self._store = store
        self._candidates = candidates
        self._embedder = embedder
        self._postcodes = postcodes
        self._glossary = glossary or Glossary.load()
        self._weights = weights or Weights()
        self._today = today
        self._writer = ReasonWriter(language_names())
        self._index: MatchIndex | None = None
        self._threads = ThreadpoolController()
        self._lock = threading.Lock()
        self._reader = reader
        self._named = _NamedCategories((-1, -1))
        self._crisis_lines = crisis_lines or CrisisLines.load()
        self._written = written or WrittenLanguage(language_names())

    @property
    def reader(self) -> NeedReader:
        """The need reader (made from the embedder's trained heads on first use)."""
        with self._lock:
            if self._reader is None:
                self._reader = NeedReader(self._embedder, self._glossary, heads_for(self._embedder))
            return self._reader

    @property
    def glossary(self) -> Glossary:
        return self._glossary

    def index(self) -> MatchIndex:
        """The current index, rebuilt if the store changed since it was built."""
        generation = self._store.generation()
        with self._lock:
            if self._index is None or self._index.generation != generation:
                self._index = build_index(self._store, self._embedder, self._glossary)
            return self._index

    def warm_up(self) -> None:
        """Load the model and build the index now rather than on the first request. What it
        embeds for every directory (the category names a need can be read as, and the
        directory's own) the embedder keeps for good when it can (`Pinning`): a run of new
        queries must not push them out, or the first request after the directory changes
        would pay to embed them again."""
        self._embedder.embed(["warm up"])
        reader = self.reader
        reader.read(["warm up"])
        self._written.of("warm up the language identifier")
        names = list(reader.category_names)
        if self._candidates is not None:
            categories = self._candidates.categories(self._store.generation())
            names += [term.name for term in categories.terms]
        else:
            # The directory's categories named alike each name a need can be read as, so
            # that no request pays for embedding them.
            index = self.index()
            names += [term.name for term in index.categories.terms]
            self._terms_named(index, reader.category_names)
        if isinstance(self._embedder, Pinning):
            self._embedder.pin(list(dict.fromkeys(names)))

    def place_of(self, postcode: str | None) -> PostcodePlace | None:
        """The family's place; MatchRequestError for a malformed or unknown postcode."""
        if postcode is None:
            return None
        try:
            place = self._postcodes.lookup(postcode)
        except PostcodeError:
            try:  # the first part alone ("BA2"): the centre of that postcode district
                place = self._postcodes.outcode(postcode)
            except PostcodeError:
                raise MatchRequestError(
                    [FieldError("postcode", not_a_postcode(postcode))]
                ) from None
        if place is None:
            message = f"{not_in_directory(postcode)}; check it, or leave it out"
            raise MatchRequestError([FieldError("postcode", message)])
        return place

    def suggest(self, request: MatchRequest) -> MatchResult:
        """Ranked, eligible, explained suggestions for every need of the request."""
        place = self.place_of(request.postcode)
        request = self._with_languages_written(request)
        reader = self.reader
        # One pass through the model for each need as it is read (shorthand expanded, negated
        # statements out), pooled twice: over all its tokens, for the reading heads, and
        # over those outside the words that only say who it is about, for retrieval (who a
        # need is about is the rules' business, not similarity's).
        expanded = [self._glossary.matching_text(need) for need in request.needs]
        texts = reader.texts(request.needs)
        unique = list(dict.fromkeys(texts))
        whole, kept = self._embedder.embed_leaving_out(
            unique, [self._glossary.role_word_spans(text) for text in unique]
        )
        embedded = dict(zip(unique, whole, strict=True))
        retrieval = dict(zip(unique, kept, strict=True))
        readings, groups = reader.read(request.needs, request.facts, embedded)
        need_vectors = np.vstack([retrieval[text] for text in texts])
        present = frozenset().union(*(r.possible for r in readings))
        family = Family(frozenset(request.languages), groups, present)
        rules = [need_rule(reading, family) for reading in readings]
        ages = request.child_ages or tuple(
            sorted({r.child_age for r in readings if r.child_age is not None})
        )
        counted: dict[str, int] | None = None
        if self._candidates is None:
            index = self.index()
        else:
            index, counted = self._candidates.index_for(
                request, need_vectors, expanded, place, rules, ages
            )
        # The model's threads and BLAS threads fight for the cores when they alternate; the
        # matching arithmetic is small, so it runs on one BLAS thread.
        with self._threads.limit(limits=1, user_api="blas"):
            return self._suggest(
                request, index, need_vectors, expanded, place, readings, rules, ages, counted
            )

    def _with_languages_written(self, request: MatchRequest) -> MatchRequest:
        """The request with the languages its needs are surely written in among those the
        family speaks: a family that searches "pomoc dla kobiet" reads Polish."""
        written = sorted({code for need in request.needs if (code := self._written.of(need))})
        spoken = tuple(dict.fromkeys([*request.languages, *written]))
        return request if spoken == request.languages else replace(request, languages=spoken)

    def _suggest(
        self,
        request: MatchRequest,
        index: MatchIndex,
        need_vectors: np.ndarray,
        expanded: list[str],
        place: PostcodePlace | None,
        readings: list[NeedReading],
        rules: list[FactRule],
        ages: tuple[int, ...],
        counted: dict[str, int] | None = None,
    ) -> MatchResult:
        """`counted`: the exclusions as the search engine counted them over the whole
        directory, when `index` holds only the request's candidates."""
        eligible, excluded, held_back = self._eligibility(index, request, place)
        by_age = [index.fits_need(rule, ages) for rule in rules]
        if ages and by_age:
            aged = np.logical_or.reduce(by_age)
            if (eligible & ~aged).any():
                excluded["age"] = int((eligible & ~aged).sum())
            eligible = eligible & aged
        today = self._today()
        per_need: list[list[_Candidate]] = []
        outcomes: list[NeedOutcome] = []
        need_categories: list[set[str]] = []
        fits = [index.harm_fit(rule, ages) & age for rule, age in zip(rules, by_age, strict=True)]
        nearest = index.nearest_km(place) if place is not None else None
        for n, need in enumerate(request.needs):
            allowed = eligible & fits[n]
            lexical = ranking(
                index.lexical.scores(expanded[n]), allowed, self._weights.lexical_pool
            )
            sims = index.similarities(need_vectors[n], lexical)
            ids = self._category_ids(index, readings[n], need_vectors[n])
            need_categories.append(ids)
            ranked = self._rank_need(index, sims, lexical, allowed, ids, request, today, nearest)
            # A need read as asking for what no early-help service offers needs a service
            # far closer to it to count as met: said unmet, not met by a loose neighbour.
            bar = self._weights.outside if readings[n].outside else self._weights.threshold
            suitable = [c for c in ranked if c.relevance >= bar]
            per_need.append(suitable)
            outcomes.append(
                NeedOutcome(n, need, readings[n].categories, bool(suitable), readings[n])
            )
        any_need = np.logical_or.reduce(fits) if fits else np.zeros(len(index), dtype=np.bool_)
        harm_only = int((eligible & ~any_need).sum())
        if harm_only:
            excluded["harm"] = harm_only
        if counted is not None:
            # The search engine let through what it cannot test (a drawn area, the
            # postcode-district rule): add what those excluded among its candidates.
            excluded = dict(counted)
            if held_back:
                excluded["area"] = excluded.get("area", 0) + held_back
        chosen = self._cover(per_need, request.limit)
        suggestions = [
            self._suggestion(
                index,
                position,
                per_need,
                need_categories,
                request,
                place,
                today,
                _km(nearest, position),
            )
            for position in chosen
        ]
        suggestions.sort(key=lambda s: -s.score)
        crisis = self._crisis_lines if any(r.crisis for r in readings) else None
        return MatchResult(tuple(suggestions), tuple(outcomes), excluded, crisis)

    def _category_ids(
        self, index: MatchIndex, reading: NeedReading, need_vector: np.ndarray
    ) -> set[str]:
        """The directory's categories for a need: those named as the need was read, or named
        alike ("Mental health, social and emotional support" for "Social, emotional and mental
        health support"; a taxonomy of the directory's own), or else the nearest to the need."""
        if not reading.categories or not index.categories.terms:
            return set()
        named = self._terms_named(index, reading.categories)
        ids = set().union(*(named[name] for name in reading.categories))
        if ids:
            return ids
        rows = index.categories.for_need(need_vector, [])
        return {index.categories.terms[i].id for i in rows}

    def _terms_named(self, index: MatchIndex, names: tuple[str, ...]) -> dict[str, frozenset[str]]:
        """For each category name, the directory's categories named alike. Worked out once
        per name and index (the directory's names embedded once too): needs are read into a
        small fixed set of names, so a request seldom embeds any."""
        terms = index.categories.terms
        key = (index.generation, len(terms))
        with self._lock:
            if self._named.key != key:
                self._named = _NamedCategories(key)
            named = self._named
            missing = [name for name in dict.fromkeys(names) if name not in named.ids]
        if not missing:
            return named.ids
        if named.labels is None:
            named.labels = self._embedder.embed([t.name for t in terms])
        close = self._embedder.embed(missing) @ named.labels.T >= CATEGORY_NAME_SIMILARITY
        found = {
            name: frozenset(terms[int(j)].id for j in np.flatnonzero(close[i]))
            for i, name in enumerate(missing)
        }
        with self._lock:
            if len(named.ids) < MAX_NAMES_KNOWN:
                named.ids.update(found)
        return {**named.ids, **found}

    def _eligibility(
        self, index: MatchIndex, request: MatchRequest, place: PostcodePlace | None
    ) -> tuple[Bools, dict[str, int], int]:
        """The request's rules but ages (which depend on whom each need is about), how many
        services each excluded, and how many active services only the rules the search engine
        cannot apply excluded (a drawn area, the postcode-district rule)."""
        rules: list[tuple[str, Bools]] = [("inactive", index.active)]
        held_back = 0
        if place is not None:
            serves, held = index.area_fit(place, self._postcodes)
            held_back = int((index.active & held).sum())
            rules.append(("area", serves))
        if request.free_only:
            rules.append(("cost", index.free != PAID))
        eligible = np.ones(len(index), dtype=np.bool_)
        counts: dict[str, int] = {}
        for reason, passes in rules:
            newly = eligible & ~passes
            if newly.any():
                counts[reason] = int(newly.sum())
            eligible &= passes
        return eligible, counts, held_back

    def _rank_need(
        self,
        index: MatchIndex,
        sims: np.ndarray,
        lexical: list[int],
        allowed: Bools,
        category_ids: set[str],
        request: MatchRequest,
        today: date,
        nearest: npt.NDArray[np.float64] | None,
    ) -> list[_Candidate]:
        w = self._weights
        masked = np.where(allowed, sims, -np.inf)
        pool = min(w.semantic_pool, int(allowed.sum()))
        if pool == 0:
            return []
        top = np.argpartition(-masked, pool - 1)[:pool]
        semantic_order = [int(i) for i in top[np.argsort(-masked[top])]]
        semantic_rank = {pos: r for r, pos in enumerate(semantic_order, start=1)}
        lexical_rank = {pos: r for r, pos in enumerate(lexical, start=1)}
        best_rrf = 2.0 / (w.rrf_k + 1)
        out: list[_Candidate] = []
        for pos in set(semantic_rank) | set(lexical_rank):
            rrf = sum(1.0 / (w.rrf_k + r[pos]) for r in (semantic_rank, lexical_rank) if pos in r)
            agrees = bool(category_ids & index.category_ids[pos])
            relevance = float(sims[pos]) + (w.category if agrees else 0.0)
            if pos in lexical_rank:
                relevance += w.lexical / (1 + (lexical_rank[pos] - 1) / 5)
            score = w.semantic_share * relevance + (1 - w.semantic_share) * rrf / best_rrf
            score += self._adjustment(index.services[pos], request, _km(nearest, pos), today)
            out.append(_Candidate(pos, relevance, score))
        out.sort(key=lambda c: -c.score)
        return out

    def _adjustment(
        self, service: Service, request: MatchRequest, km: float | None, today: date
    ) -> float:
        w = self._weights
        bonus = 0.0
        wanted = [code for code in request.languages if code != "en"]
        if wanted and any(code in service.languages for code in wanted):
            bonus += w.language
        elif wanted and service.interpretation:
            bonus += w.interpreters
        if km is not None:
            bonus -= min(w.distance_cap, w.distance_per_km * km)
        months = months_since(service.assured_date, today)
        if months is not None:
            bonus += w.fresh if months <= 12 else (-w.stale if months > 24 else 0.0)
        return bonus

    def _cover(self, per_need: list[list[_Candidate]], limit: int) -> list[int]:
        """Take each need's best in turn, so every need with a suitable service is served."""
        chosen: list[int] = []
        cursors = [0] * len(per_need)
        while len(chosen) < limit:
            progressed = False
            order = sorted(
                range(len(per_need)),
                key=lambda n: (
                    -(per_need[n][cursors[n]].score if cursors[n] < len(per_need[n]) else -9)
                ),
            )
            for n in order:
                candidates = per_need[n]
                while cursors[n] < len(candidates) and candidates[cursors[n]].position in chosen:
                    cursors[n] += 1
                if cursors[n] < len(candidates) and len(chosen) < limit:
                    chosen.append(candidates[cursors[n]].position)
                    cursors[n] += 1
                    progressed = True
            if not progressed:
                break
        return chosen

    def _suggestion(
        self,
        index: MatchIndex,
        position: int,
        per_need: list[list[_Candidate]],
        need_categories: list[set[str]],
        request: MatchRequest,
        place: PostcodePlace | None,
        today: date,
        km: float | None,
    ) -> Suggestion:
        """`km`: the distance to the service's nearest published location, or None."""
        service = index.services[position]
        met: list[tuple[int, str, tuple[str, ...]]] = []
        best = 0.0
        for n, candidates in enumerate(per_need):
            found = next((c for c in candidates if c.position == position), None)
            if found is None:
                continue
            best = max(best, found.score)
            agreeing = tuple(t.name for t in service.categories if t.id in need_categories[n])
            met.append((n, request.needs[n], agreeing))
        score = best + self._weights.multi_need * (len(met) - 1)
        reasons = self._writer.reasons(
            service,
            met,
            request.child_ages,
            km,
            place.postcode if place else None,
            request.languages,
            today,
        )
        return Suggestion(
            service_id=service.id,
            name=service.name,
            organization=service.organization_name,
            score=round(min(1.0, max(0.0, score)), 3),
            needs_met=tuple(n for n, _, _ in met),
            reasons=tuple(reasons),
            distance_km=None if km is None else round(km, 1),
            url=f"/services/{service.id}",
        )


def _km(nearest: npt.NDArray[np.float64] | None, position: int) -> float | None:
    """The distance `MatchIndex.nearest_km` found for a service, or None."""
    if nearest is None or np.isnan(nearest[position]):
        return None
    return float(nearest[position])
