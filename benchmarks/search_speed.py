"""The Elasticsearch backend at 10,000 services: indexing rate and match latency.

Builds a SQLite store of 10,000 generated variants of the seed (each with its original's
embedding plus a little noise, as benchmarks.match_speed does), copies it into Elasticsearch
with a real `earlyhelp reindex` process, then times POST /api/match (three needs) on a real
`earlyhelp serve` with EARLYHELP_BACKEND=elasticsearch, and on the embedded store for
comparison. Elasticsearch is the noida-db emulator started here unless --es-url is given: its
figures are emulator figures, not a prediction for a real cluster.

    .venv/bin/python -m benchmarks.search_speed [--size 10000] [--requests 200]
        [--search-requests 20] [--es-url URL]

The emulator answers a match request at 10,000 services in seconds, so it gets fewer requests.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from elasticsearch import Elasticsearch

from benchmarks.match_speed import build_store, measure_server
from benchmarks.search_server import SearchServer
from matching.embedding import MiniLMEmbedder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--search-requests", type=int, default=20)
    parser.add_argument("--es-url")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        server = None
        url = args.es_url
        if url is None:
            server = SearchServer(Path(folder) / "search")
            server.start()
            url = server.url
        label = "emulator (noida-db)" if server is not None else url
        db = Path(folder) / "store.db"
        build_store(db, args.size, MiniLMEmbedder())
        prefix = f"speed-{uuid.uuid4().hex[:8]}"
        search = {
            "EARLYHELP_BACKEND": "elasticsearch",
            "EARLYHELP_ES_URL": url,
            "EARLYHELP_ES_INDEX": prefix,
        }
        try:
            started = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "earlyhelp", "reindex"],
                env=os.environ | {"EARLYHELP_DB": str(db)} | search,
                capture_output=True,
                text=True,
            )
            seconds = time.perf_counter() - started
            if done.returncode != 0:
                raise SystemExit(f"reindex failed: {done.stderr}")
            print(f"Elasticsearch: {label}; {args.size} services")
            print(
                f"reindex (a real process, bulk chunks of 500): {seconds:.1f} s, "
                f"{args.size / seconds:.0f} services/s"
            )
            for name, settings, requests in (
                ("elasticsearch", search, args.search_requests),
                ("sqlite", {}, args.requests),
            ):
                p50, p95, rss = measure_server(db, requests, settings)
                print(
                    f"POST /api/match on {name:<13} p50 {p50:.1f} ms, p95 {p95:.1f} ms, "
                    f"server RSS {rss:.0f} MiB ({requests} requests, three needs)",
                    flush=True,
                )
        finally:
            client = Elasticsearch(url)
            for name in client.indices.get(index=f"{prefix}-*"):
                client.indices.delete(index=name)
            client.close()
            if server is not None:
                server.stop()


if __name__ == "__main__":
    main()
