"""The public pages under load on loopback, with the server as `./run` starts it.

`./run`'s steps on a fresh store (import the seed, then `earlyhelp serve`, real model), then a
mix of home, category, free-text results and service pages from several client threads at once.
Prints, for each kind of page and for the mix, p50/p95 and requests per second. The free-text
searches draw on a list of 24 phrasings, so repeats are served from the query-embedding cache,
as they would be for a council's real traffic.

    .venv/bin/python -m benchmarks.pages_load [--requests 2000] [--concurrency 8]
"""

from __future__ import annotations

import argparse
import random
from urllib.parse import quote

from benchmarks.api_load import load, served_seed
from benchmarks.match_speed import percentile
from benchmarks.variants import seed_services

PHRASES = [
    "my son won't go to school",
    "money worries",
    "help with debt",
    "struggling with toddler tantrums",
    "feeling low after having a baby",
    "autism support",
    "somewhere safe from my partner",
    "food bank",
    "parenting course",
    "speech and language",
    "young carers",
    "breastfeeding help",
    "can't pay the rent",
    "teenager anxiety",
    "dad groups",
    "bullying",
    "drinking too much",
    "housing problems",
    "stop smoking",
    "holiday clubs",
    "child keeps running away",
    "baby groups",
    "ADHD waiting list",
    "help for kinship carers",
]


def paths(requests: int, rng: random.Random) -> dict[str, list[str]]:
    services = seed_services()
    ids = [s["id"] for s in services]
    categories = sorted(
        {
            a["taxonomy_term"]["id"]
            for s in services
            for a in s.get("attributes", [])
            if a["taxonomy_term"].get("taxonomy") != "earlyhelp-flags"
        }
    )
    share = requests // 4
    return {
        "home": ["/"] * share,
        "category": [f"/search?category={rng.choice(categories)}" for _ in range(share)],
        "results": [f"/search?q={quote(rng.choice(PHRASES))}" for _ in range(share)],
        "service": [f"/services/{rng.choice(ids)}" for _ in range(share)],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    rng = random.Random(11)
    kinds = paths(args.requests, rng)
    with served_seed({}) as url:
        load(url, [p for group in kinds.values() for p in group[:20]], args.concurrency)
        print(f"{args.concurrency} clients at once on loopback, seed directory, real model")
        for name, group in kinds.items():
            latencies, seconds = load(url, group, args.concurrency)
            print(
                f"{name:<9} {len(latencies)} requests: p50 "
                f"{percentile(latencies, 0.5):.1f} ms, p95 {percentile(latencies, 0.95):.1f}"
                f" ms, {len(latencies) / seconds:.0f} requests/s",
                flush=True,
            )
        mix = [p for group in kinds.values() for p in group]
        rng.shuffle(mix)
        latencies, seconds = load(url, mix, args.concurrency)
        print(
            f"{'mix':<9} {len(latencies)} requests: p50 {percentile(latencies, 0.5):.1f} ms, "
            f"p95 {percentile(latencies, 0.95):.1f} ms, {len(latencies) / seconds:.0f} "
            "requests/s"
        )


if __name__ == "__main__":
    main()
