"""The public pages and POST /api/match under load with 1, 2 and 4 worker processes, the
application database in PostgreSQL.

For each number of workers: a throw-away PostgreSQL cluster holds the application database (a
schema of its own per run), the seed directory is imported into the SQLite directory file
beside it, and `earlyhelp serve --workers N` serves both with the real model. After a warm-up,
several client threads at once send first the public pages' mix (home, category, free-text
results and service pages, as `benchmarks.pages_load`), then POST /api/match with three needs
drawn from twelve phrasings. Prints requests/s, p50 and p95 for each.

The machine's cores bound what more workers can give: on 2 cores, 4 workers compete with the
client threads and with each other.

    .venv/bin/python -m benchmarks.instances_load [--workers 1 2 4] [--requests 1200]
"""

from __future__ import annotations

import argparse
import os
import random
import uuid

import psycopg

from benchmarks.api_load import Request, load, served_seed
from benchmarks.match_speed import NEEDS, percentile
from benchmarks.pages_load import paths
from benchmarks.postgres_server import PostgresCluster, schema_url


def match_requests(count: int, rng: random.Random) -> list[Request]:
    return [
        (
            "/api/match",
            {"needs": rng.sample(NEEDS, 3), "postcode": "BA2 3AB", "children": [{"age": 6}]},
        )
        for _ in range(count)
    ]


def report(name: str, latencies: list[float], seconds: float) -> str:
    return (
        f"{name:<6} {len(latencies)} requests: {len(latencies) / seconds:.0f} requests/s, "
        f"p50 {percentile(latencies, 0.5):.1f} ms, p95 {percentile(latencies, 0.95):.1f} ms"
    )


def run(server_url: str, workers: int, requests: int, concurrency: int) -> None:
    rng = random.Random(11)
    pages: list[Request] = [p for group in paths(requests, rng).values() for p in group]
    rng.shuffle(pages)
    matches = match_requests(requests // 4, rng)
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(f'CREATE SCHEMA "{schema}"')
    with served_seed({"EARLYHELP_DATABASE_URL": schema_url(server_url, schema)}, workers) as url:
        # Warm every worker: each loads the model and builds its index on first use.
        load(url, pages[: 40 * workers] + matches[: 10 * workers], concurrency)
        print(f"{workers} worker(s), {concurrency} clients at once:", flush=True)
        print("  " + report("pages", *load(url, pages, concurrency)), flush=True)
        print("  " + report("match", *load(url, matches, concurrency)), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--requests", type=int, default=1200, help="page requests per run")
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    cluster = PostgresCluster()
    cluster.start()
    try:
        print(f"cores: {os.cpu_count()}; load average before: {os.getloadavg()[0]:.1f}")
        for workers in args.workers:
            run(cluster.url, workers, args.requests, args.concurrency)
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
