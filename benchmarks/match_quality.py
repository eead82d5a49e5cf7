"""Matching quality on the evaluation sets: our own (the seed directory and scenarios, which
the matcher was tuned on, and outcome cases) and three held-out ones (other councils'
directories, scenarios and families' searches, each written by someone who had not seen the
matcher).

For each set it prints nDCG@5, need coverage@5 (share of needs that have a suitable service and
get one in the top 5), ineligible@5, the safety counts that must be 0 (see
benchmarks/evaluation.py), how often `matched` agrees with the judgement, how often the
reading of a need agrees with the judged reading, and, for searches, how often crisis help is
shown. Each safety count is also told by where it comes from: a listing whose restriction
the reader missed, or one read as restricted and a need read to fit it
(`benchmarks/safety_sources.py`), so classes of failure can be worked on from totals. With
`--baselines`, BM25 over name + description and embeddings alone on the own set.

The model is the service's default, all-MiniLM-L6-v2 as int8 ONNX; `--embedder minilm-torch`
runs the same model on torch (which training uses).

    .venv/bin/python -m benchmarks.match_quality
        [--set own|outcomes|held-out|held-out-2|held-out-3|held-out-4|both|all] [--verbose]
        [--embedder minilm|minilm-torch]
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.evaluation import (
    HELDOUT,
    OUTCOMES,
    OWN,
    SETS_BY_NAME,
    EvalSet,
    K,
    Report,
    Source,
    Suggest,
    evaluate,
    load_cases,
    load_labels,
    load_searches,
)
from benchmarks.safety_sources import listing_sources
from directory.geography import PostcodeDirectory
from directory.records import Service
from directory.sqlite_store import SQLiteServiceStore, fts_query
from ingest.importer import Importer
from ingest.json_source import read_json_file
from matching.embedding import Embedder, MiniLMEmbedder
from matching.engine import Matcher, Weights
from matching.glossary import Glossary
from matching.onnx_embedding import MiniLMInt8Embedder
from matching.request import parse_match_request

Ranker = Callable[[dict[str, Any]], list[str]]
#: The builds of the model the benchmark can run, by their EARLYHELP_EMBEDDER names.
EMBEDDERS: dict[str, Callable[[], Embedder]] = {
    "minilm": MiniLMInt8Embedder,
    "minilm-torch": MiniLMEmbedder,
}


def bm25_baseline(services: list[Service]) -> Ranker:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(id UNINDEXED, name, description)")
    db.executemany(
        "INSERT INTO t VALUES (?, ?, ?)", [(s.id, s.name, s.description) for s in services]
    )

    def rank(request: dict[str, Any]) -> list[str]:
        query = fts_query(" ".join(request["needs"]))
        if not query:
            return []
        rows = db.execute(
            "SELECT id FROM t WHERE t MATCH ? ORDER BY bm25(t) LIMIT ?", (query, K)
        ).fetchall()
        return [row[0] for row in rows]

    return rank


def embedding_baseline(store: SQLiteServiceStore, embedder: Embedder) -> Ranker:
    ids, matrix = store.embeddings()

    def rank(request: dict[str, Any]) -> list[str]:
        needs = embedder.embed(request["needs"])
        best = (matrix @ needs.T).max(axis=1)
        return [ids[int(i)] for i in np.argsort(-best)[:K]]

    return rank


def build(
    evaluation: EvalSet,
    folder: Path,
    embedder: Embedder,
    postcodes: PostcodeDirectory,
    weights: Weights,
) -> tuple[SQLiteServiceStore, Matcher]:
    """A store of the set's directory, imported as `earlyhelp ingest` does, and its matcher."""
    store = SQLiteServiceStore(folder / f"{evaluation.file_name}.db")
    try:
        from earlyhelp.wiring import make_listing_reader

        importer = Importer(store, embedder, postcodes, reader=make_listing_reader(embedder))
    except ImportError:  # a matcher from before listings were read
        importer = Importer(store, embedder, postcodes)
    importer.run(read_json_file(evaluation.directory))
    return store, Matcher(store, embedder, postcodes, Glossary.load(), weights)


def suggester(matcher: Matcher) -> Suggest:
    """The matcher as the evaluation calls it: a match request in, the response JSON out."""

    def suggest(request: dict[str, Any]) -> dict[str, Any]:
        return matcher.suggest(parse_match_request(request)).as_dict()

    return suggest


def score_set(
    evaluation: EvalSet,
    matcher: Matcher,
    postcodes: PostcodeDirectory,
    verbose: bool = False,
    source: Source | None = None,
) -> list[Report]:
    """The matcher's report on the set's scenarios and, where it has them, its searches; with
    `source`, where each safety problem comes from."""
    suggest = suggester(matcher)
    labels = load_labels(evaluation)
    cases = load_cases(evaluation)
    reports = [evaluate("matcher", suggest, cases, labels, postcodes, verbose, source)]
    searches = load_searches(evaluation)
    if searches:
        name = f"{len(searches)} searches"
        reports.append(evaluate(name, suggest, searches, labels, postcodes, verbose, source))
    return reports


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--set",
        choices=(*SETS_BY_NAME, "outcomes", "both", "all"),
        default="both",
    )
    parser.add_argument("--threshold", type=float, default=None)
    parser.add_argument("--baselines", action="store_true", help="also BM25 and embeddings")
    parser.add_argument("--verbose", action="store_true", help="print each safety problem")
    parser.add_argument("--embedder", choices=list(EMBEDDERS), default="minilm")
    args = parser.parse_args()
    groups = {
        "outcomes": [OUTCOMES],
        "both": [OWN, HELDOUT],
        "all": [OWN, OUTCOMES, *(s for n, s in SETS_BY_NAME.items() if n != "own")],
    }
    sets = groups.get(args.set) or [SETS_BY_NAME[args.set]]
    embedder = EMBEDDERS[args.embedder]()
    postcodes = PostcodeDirectory()
    weights = Weights() if args.threshold is None else Weights(threshold=args.threshold)
    with tempfile.TemporaryDirectory() as folder:
        for evaluation in sets:
            store, matcher = build(evaluation, Path(folder), embedder, postcodes, weights)
            cases = load_cases(evaluation)
            print(
                f"== {evaluation.name}: {len(cases)} cases, "
                f"{sum(len(c.grades) for c in cases)} needs, {store.count()} services, "
                f"threshold {weights.threshold}, embedder {args.embedder}"
            )
            source = listing_sources(store.iter_services(), Glossary.load())
            for report in score_set(evaluation, matcher, postcodes, args.verbose, source):
                print("\n".join(report.lines()))
            if args.baselines:
                labels = load_labels(evaluation)
                services = {s.id: s for s in store.iter_services()}
                for name, rank in (
                    ("BM25 name+description", bm25_baseline(list(services.values()))),
                    ("embeddings only", embedding_baseline(store, embedder)),
                ):
                    base = evaluate(name, ranked_as_response(rank), cases, labels, postcodes)
                    print("\n".join(base.lines()[:2]))
            store.close()


def ranked_as_response(rank: Callable[[dict[str, Any]], list[str]]) -> Suggest:
    """A baseline's ranking as a match response (every suggestion meets every need)."""

    def suggest(request: dict[str, Any]) -> dict[str, Any]:
        ids = rank(request)
        return {
            "suggestions": [{"service_id": i, "name": i, "needs_met": []} for i in ids],
            "needs": [{"matched": True} for _ in request["needs"]],
        }

    return suggest


if __name__ == "__main__":
    main()
