"""Matching quality on the scenario set: the matcher against two baselines, in one run.

Prints nDCG@5, need coverage@5 (share of needs that have a suitable service and get one in the
top 5) and ineligible@5 (suggestions that break eligibility or that the scenario marks wrong)
for: the matcher; BM25 over name + description only; embeddings only. All three run on the seed
directory with the real embedding model. Also prints how well "matched": false is calibrated.

    .venv/bin/python -m benchmarks.match_quality [--scenarios FILE] [--threshold T]
"""

from __future__ import annotations

import argparse
import json
import math
import sqlite3
import statistics
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from directory.geography import PostcodeDirectory
from directory.records import Service
from directory.sqlite_store import SQLiteServiceStore, fts_query
from ingest.importer import Importer
from ingest.json_source import read_json_file
from matching.embedding import Embedder, MiniLMEmbedder
from matching.engine import Matcher, Weights
from matching.glossary import Glossary
from matching.index import HARM_PROGRAMME_FLAG
from matching.request import parse_match_request

HERE = Path(__file__).parent
SCENARIOS = HERE / "scenarios.json"
SEED = HERE.parent / "seed_services.json"
K = 5


@dataclass(frozen=True)
class Case:
    id: str
    request: dict[str, Any]
    grades: list[dict[str, int]]  # per need: service id -> 2 (right) or 1 (partly)
    wrong: frozenset[str]

    @property
    def gains(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for need in self.grades:
            for service_id, grade in need.items():
                out[service_id] = max(out.get(service_id, 0), grade)
        return out


def load_cases(path: Path) -> list[Case]:
    data = json.loads(path.read_text())
    cases = []
    for raw in data["cases"]:
        request = {
            k: raw[k]
            for k in ("needs", "children", "postcode", "languages", "free_only")
            if k in raw
        }
        request["needs"] = [need["text"] for need in raw["needs"]]
        grades = [dict(need.get("relevant", {})) for need in raw["needs"]]
        cases.append(Case(raw["id"], request, grades, frozenset(raw.get("wrong", []))))
    return cases


def ndcg(ranked: list[str], gains: dict[str, int], k: int = K) -> float:
    dcg = sum((2 ** gains.get(s, 0) - 1) / math.log2(i + 2) for i, s in enumerate(ranked[:k]))
    ideal = sorted(gains.values(), reverse=True)[:k]
    best = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / best if best else 0.0


def breaks_eligibility(
    service: Service, case: Case, la_code: str | None, glossary: Glossary
) -> bool:
    """An independent check of the hard rules, from the listing's own fields."""
    request = case.request
    if service.status != "active":
        return True
    if la_code and service.area_codes and la_code not in service.area_codes:
        return True
    ages = [child["age"] for child in request.get("children", [])]
    low, high = service.minimum_age, service.maximum_age
    adult = high is None
    if (
        ages
        and not adult
        and not any((low is None or a >= low) and (high is None or a <= high) for a in ages)
    ):
        return True
    if request.get("free_only") and service.free is False:
        return True
    harm_need = any(glossary.harm_causer(n) for n in request["needs"])
    return HARM_PROGRAMME_FLAG in service.flags and not harm_need


Ranker = Callable[[Case], list[str]]


def bm25_baseline(services: list[Service]) -> Ranker:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(id UNINDEXED, name, description)")
    db.executemany(
        "INSERT INTO t VALUES (?, ?, ?)", [(s.id, s.name, s.description) for s in services]
    )

    def rank(case: Case) -> list[str]:
        query = fts_query(" ".join(case.request["needs"]))
        if not query:
            return []
        rows = db.execute(
            "SELECT id FROM t WHERE t MATCH ? ORDER BY bm25(t) LIMIT ?", (query, K)
        ).fetchall()
        return [row[0] for row in rows]

    return rank


def embedding_baseline(store: SQLiteServiceStore, embedder: Embedder) -> Ranker:
    ids, matrix = store.embeddings()

    def rank(case: Case) -> list[str]:
        needs = embedder.embed(case.request["needs"])
        best = (matrix @ needs.T).max(axis=1)
        return [ids[int(i)] for i in np.argsort(-best)[:K]]

    return rank


def evaluate(
    name: str,
    rank: Ranker,
    cases: list[Case],
    services: dict[str, Service],
    places: dict[str, str | None],
    glossary: Glossary,
) -> dict[str, float]:
    scores, covered, coverable, ineligible, suggested = [], 0, 0, 0, 0
    for case in cases:
        ranked = rank(case)[:K]
        scores.append(ndcg(ranked, case.gains))
        for need in case.grades:
            if need:
                coverable += 1
                covered += any(s in need for s in ranked)
        for service_id in ranked:
            suggested += 1
            bad = service_id in case.wrong or breaks_eligibility(
                services[service_id], case, places[case.id], glossary
            )
            ineligible += bad
    result = {
        "nDCG@5": statistics.fmean(scores),
        "coverage@5": covered / coverable if coverable else 0.0,
        "ineligible@5": ineligible,
        "suggested": suggested,
    }
    print(
        f"{name:<28} nDCG@5 {result['nDCG@5']:.3f}   need coverage@5 {result['coverage@5']:.3f}"
        f"   ineligible@5 {ineligible} of {suggested}"
    )
    return result


def calibration(matcher: Matcher, cases: list[Case]) -> None:
    """How often `matched` agrees with the scenario's judgement of each need."""
    right = wrong_unmatched = wrong_matched = 0
    for case in cases:
        outcome = matcher.suggest(parse_match_request(case.request | {"limit": K}))
        for need, judged in zip(outcome.needs, case.grades, strict=True):
            has_suitable = bool(judged)
            if need.matched == has_suitable:
                right += 1
            elif has_suitable:
                wrong_unmatched += 1
            else:
                wrong_matched += 1
    total = right + wrong_unmatched + wrong_matched
    print(
        f"matched/unmatched agrees with the scenarios for {right} of {total} needs "
        f"({wrong_unmatched} suitable needs said unmatched, {wrong_matched} needs with nothing "
        "suitable said matched)"
    )


def show_case(
    case: Case, result: dict[str, Any], ranked: list[str], services: dict[str, Service]
) -> None:
    score = ndcg(ranked, case.gains)
    missed = [
        need["text"]
        for need, judged in zip(result["needs"], case.grades, strict=True)
        if judged and not any(s in judged for s in ranked)
    ]
    if score >= 0.8 and not missed:
        return
    print(f"-- {case.id} nDCG {score:.2f}; needs not covered: {missed}")
    for need in result["needs"]:
        print(f"   need {need['index']} matched={need['matched']} {need['categories']}")
    for s in result["suggestions"]:
        grade = case.gains.get(s["service_id"], 0)
        print(f"   [{grade}] {s['score']:.3f} {services[s['service_id']].name} {s['needs_met']}")
    wanted = [services[i].name for i, g in case.gains.items() if g == 2 and i not in ranked]
    print(f"   wanted: {wanted}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scenarios", type=Path, default=SCENARIOS)
    parser.add_argument("--seed", type=Path, default=SEED)
    parser.add_argument("--threshold", type=float, default=None)
    parser.add_argument("--verbose", action="store_true", help="print each case's misses")
    args = parser.parse_args()
    cases = load_cases(args.scenarios)
    embedder = MiniLMEmbedder()
    postcodes = PostcodeDirectory()
    glossary = Glossary.load()
    with tempfile.TemporaryDirectory() as folder:
        store = SQLiteServiceStore(Path(folder) / "seed.db")
        Importer(store, embedder, postcodes).run(read_json_file(args.seed))
        services = {s.id: s for s in store.iter_services()}
        weights = Weights() if args.threshold is None else Weights(threshold=args.threshold)
        matcher = Matcher(store, embedder, postcodes, glossary, weights)
        places = {}
        for case in cases:
            postcode = case.request.get("postcode")
            place = postcodes.lookup(postcode) if postcode else None
            places[case.id] = place.la_code if place else None

        def matcher_rank(case: Case) -> list[str]:
            result = matcher.suggest(parse_match_request(case.request | {"limit": K}))
            ranked = [s.service_id for s in result.suggestions]
            if args.verbose:
                show_case(case, result.as_dict(), ranked, services)
            return ranked

        print(
            f"{len(cases)} cases, {sum(len(c.grades) for c in cases)} needs, "
            f"{len(services)} services, threshold {weights.threshold}"
        )
        evaluate("matcher", matcher_rank, cases, services, places, glossary)
        evaluate(
            "BM25 name+description",
            bm25_baseline(list(services.values())),
            cases,
            services,
            places,
            glossary,
        )
        evaluate(
            "embeddings only",
            embedding_baseline(store, embedder),
            cases,
            services,
            places,
            glossary,
        )
        calibration(matcher, cases)
        store.close()


if __name__ == "__main__":
    main()
