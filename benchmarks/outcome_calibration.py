"""Calibrating `matched` on the tuning sets: our own scenarios and the outcome cases (needs
judged met or not against the seed directory, half of them met by no service there).

A need is said matched when its best eligible service reaches the relevance threshold
(`Weights.threshold`) and it is not read as asking for what no early-help service offers
(`need_outside` at `OUTSIDE_THRESHOLD`). This sweeps both thresholds and prints, for each
pair, how often `matched` agrees with the judgement on each set and together, how many needs
with no suitable service were said matched, how many with one were said unmatched, and the
ranking's nDCG@5 and need coverage@5 (which an outside reading can lower). The held-out set
is never used here: report it with benchmarks/match_quality.py after choosing.

    .venv/bin/python -m benchmarks.outcome_calibration [--relevance 0.35 0.4] [--outside 0.5]
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import tempfile
from pathlib import Path

from benchmarks.evaluation import OUTCOMES, OWN, Report, evaluate, load_cases, load_labels
from benchmarks.match_quality import EMBEDDERS, build, suggester
from directory.geography import PostcodeDirectory
from matching.engine import Matcher, Weights
from matching.glossary import Glossary
from matching.reading import OUTSIDE_THRESHOLD, NeedReader
from matching.training import heads_for

RELEVANCE = (0.35, 0.375, 0.4, 0.425, 0.45)
OUTSIDE = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01)
#: The relevance a need read as outside early help needs (inf: none meets it).
OUTSIDE_BAR = (0.5, 0.55, 0.6, 0.65, float("inf"))


def _row(relevance: float, outside: float, bar: float, reports: list[Report]) -> str:
    cells = []
    for report in reports:
        total = report.matched_right + report.said_unmatched + report.said_matched
        cells.append(
            f"{report.matched_right:>3}/{total:<3} +{report.said_matched:<2} -"
            f"{report.said_unmatched:<2} nDCG {statistics.fmean(report.ndcg or [0]):.3f} "
            f"cov {report.covered / max(1, report.coverable):.3f}"
        )
    right = sum(r.matched_right for r in reports)
    total = sum(r.matched_right + r.said_unmatched + r.said_matched for r in reports)
    shown = "never" if outside > 1 else f"{outside:.2f}"
    return f"{relevance:.3f}  {shown:>5}  {bar:>5.2f}  {right:>3}/{total}  " + "  |  ".join(cells)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--relevance", type=float, nargs="+", default=list(RELEVANCE))
    parser.add_argument("--outside", type=float, nargs="+", default=list(OUTSIDE))
    parser.add_argument("--bar", type=float, nargs="+", default=list(OUTSIDE_BAR))
    parser.add_argument("--embedder", choices=list(EMBEDDERS), default="minilm")
    args = parser.parse_args()
    embedder = EMBEDDERS[args.embedder]()
    postcodes = PostcodeDirectory()
    glossary = Glossary.load()
    heads = heads_for(embedder)
    sets = (OWN, OUTCOMES)
    with tempfile.TemporaryDirectory() as folder:
        stores = [build(s, Path(folder), embedder, postcodes, Weights())[0] for s in sets]
        cases = [load_cases(s) for s in sets]
        labels = [load_labels(s) for s in sets]
        sizes = [
            f"{s.name} ({sum(len(c.grades) for c in k)} needs)"
            for s, k in zip(sets, cases, strict=True)
        ]
        print(
            f"sets: {', '.join(sizes)}; shipped: relevance {Weights().threshold}, "
            f"outside {OUTSIDE_THRESHOLD}, bar {Weights().outside}"
        )
        print(
            "relevance outside  bar  agrees  then per set: agrees, +said matched, -said unmatched"
        )
        for relevance, outside, bar in itertools.product(args.relevance, args.outside, args.bar):
            reader = NeedReader(embedder, glossary, heads, outside_threshold=outside)
            weights = Weights(threshold=relevance, outside=bar)
            reports = []
            for store, k, label in zip(stores, cases, labels, strict=True):
                matcher = Matcher(store, embedder, postcodes, glossary, weights, reader=reader)
                reports.append(evaluate("", suggester(matcher), k, label, postcodes))
            print(_row(relevance, outside, bar, reports), flush=True)
        for store in stores:
            store.close()


if __name__ == "__main__":
    main()
