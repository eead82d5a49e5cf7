"""Latency of the read API under load on loopback: `/api/services?search=...` and
`/api/services/{id}`, against a real `earlyhelp serve` over the seed directory.

A fixed number of requests from several client threads at once; prints p50/p95 and requests
per second for each endpoint.

    .venv/bin/python -m benchmarks.api_load [--requests 2000] [--concurrency 8]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from benchmarks.match_speed import free_port, percentile
from benchmarks.variants import SEED, seed_services

WORDS = [
    "parenting",
    "debt",
    "autism",
    "domestic abuse",
    "food",
    "housing",
    "youth club",
    "breastfeeding",
    "anxiety",
    "school",
    "carers",
    "speech",
]


def answers(url: str) -> bool:
    """Whether the app served at `url` answers its API's index."""
    try:
        return httpx.get(f"{url}/api/", timeout=2).status_code == 200
    except httpx.TransportError:
        return False


def wait_until_up(url: str) -> None:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if answers(url):
            return
        time.sleep(0.3)
    raise SystemExit("the server did not start")


#: A request to time: a path to GET, or a path and the JSON body to POST to it.
Request = str | tuple[str, dict[str, Any]]


@contextmanager
def served_seed(settings: dict[str, str], workers: int = 1) -> Iterator[str]:
    """`./run`'s steps in a temporary folder: the seed imported into a fresh directory file,
    then `earlyhelp serve` (with `workers` processes) on a free port; its URL once it answers.
    `settings` are added to the environment. The server and its workers are stopped after."""
    with tempfile.TemporaryDirectory() as folder:
        env = os.environ | {"EARLYHELP_DB": str(Path(folder) / "earlyhelp.db")} | settings
        earlyhelp = [sys.executable, "-m", "earlyhelp"]
        subprocess.run(
            [*earlyhelp, "ingest", "--if-empty", str(SEED)],
            env=env,
            check=True,
            capture_output=True,
        )
        port = free_port()
        server = subprocess.Popen(
            [*earlyhelp, "serve", "--port", str(port), "--workers", str(workers)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(url)
            yield url
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=60)


def load(url: str, paths: Sequence[Request], concurrency: int) -> tuple[list[float], float]:
    """Send every request from `concurrency` client threads at once; each latency in ms, and
    the wall-clock seconds for all of them."""
    latencies: list[float] = []
    lock = threading.Lock()
    queue = list(paths)

    def worker() -> None:
        with httpx.Client(base_url=url, timeout=60) as client:
            while True:
                with lock:
                    if not queue:
                        return
                    path = queue.pop()
                started = time.perf_counter()
                if isinstance(path, str):
                    response = client.get(path)
                else:
                    response = client.post(path[0], json=path[1])
                elapsed = (time.perf_counter() - started) * 1000
                response.raise_for_status()
                with lock:
                    latencies.append(elapsed)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    ids = [s["id"] for s in seed_services()]
    rng = random.Random(5)
    with served_seed({}) as url:
        endpoints = {
            "/api/services?search=...": [
                f"/api/services?search={rng.choice(WORDS)}" for _ in range(args.requests)
            ],
            "/api/services/{id}": [
                f"/api/services/{rng.choice(ids)}" for _ in range(args.requests)
            ],
        }
        for name, paths in endpoints.items():
            load(url, paths[:50], args.concurrency)
            latencies, seconds = load(url, paths, args.concurrency)
            p50, p95 = percentile(latencies, 0.5), percentile(latencies, 0.95)
            print(
                f"{name:<28} {len(latencies)} requests, {args.concurrency} at once: "
                f"p50 {p50:.1f} ms, p95 {p95:.1f} ms, "
                f"{len(latencies) / seconds:.0f} requests/s",
                flush=True,
            )


if __name__ == "__main__":
    main()
