"""Latency of POST /api/match with three needs at 1,000, 10,000 and 100,000 services.

For each size: a store of generated variants of the seed, a real `earlyhelp serve` process on
loopback, sequential requests with three needs each; p50/p95 latency and the server's resident
memory. Beside them, in the same run, the floor: embedding the same three needs alone. The
store's vectors and the floor come from the model the server runs (the int8 build).

Embedding 100,000 services would take the model about 15 minutes, so each variant is stored
with its original's embedding plus a little noise; matching does the same work on it.

    .venv/bin/python -m benchmarks.match_speed [--sizes 1000 10000 100000] [--requests 200]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import numpy as np

from benchmarks.variants import variants
from directory.sqlite_store import SQLiteServiceStore
from directory.store import Fingerprint, ServiceChange
from ingest.importer import content_hash, text_hash
from ingest.normalise import normalise_service
from matching.embedding import Embedder
from matching.onnx_embedding import MiniLMInt8Embedder

HERE = Path(__file__).parent
NEEDS = [
    "Mum struggling with 6yo's tantrums and bedtime",
    "Rent arrears, section 21 eviction notice",
    "Dad drinking heavily most evenings",
    "12yo not attending school since September, anxious",
    "Family relying on food bank, can't afford energy bills",
    "Mum low mood since baby was born",
    "DA from ex-partner, mum wants support",
    "14yo going missing, concerns re CCE",
    "Toddler not talking yet, 2yo",
    "Young carer for mum with MS",
    "Parents arguing constantly in front of the children",
    "Autistic 9yo, parents exhausted, need a break",
]


def build_store(path: Path, size: int, embedder: Embedder) -> None:
    store = SQLiteServiceStore(path)
    records = list(variants(size))
    originals: dict[str, np.ndarray] = {}
    rng = np.random.default_rng(7)
    changes = []
    for record in records:
        service, _ = normalise_service(record)
        base_name = service.name.rsplit(" (", 1)[0] if service.name.endswith(")") else service.name
        key = f"{base_name}\n{service.organization_name}"
        if key not in originals:
            originals[key] = embedder.embed([service.embedding_text()])[0]
        vector = originals[key] + rng.normal(0, 0.01, embedder.dimensions).astype(np.float32)
        vector /= np.linalg.norm(vector)
        fingerprint = Fingerprint(
            content_hash(record), text_hash(service.embedding_text(), embedder.name)
        )
        changes.append(ServiceChange(service, record, "variants", fingerprint, vector))
    store.write(changes)
    store.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure_server(
    db: Path, requests: int, settings: dict[str, str] | None = None
) -> tuple[float, float, float]:
    """p50 and p95 of POST /api/match on a real `earlyhelp serve`, and its memory."""
    port = free_port()
    env = os.environ | {"EARLYHELP_DB": str(db)} | (settings or {})
    server = subprocess.Popen(
        [sys.executable, "-m", "earlyhelp", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=url, timeout=120) as client:
            deadline = time.monotonic() + 600
            while True:
                try:
                    if client.get("/api/").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    raise SystemExit("the server did not start")
                time.sleep(0.5)
            rng = random.Random(3)
            body = {"needs": NEEDS[:3], "postcode": "BA2 3AB", "children": [{"age": 6}]}
            for _ in range(5):
                client.post("/api/match", json=body).raise_for_status()
            latencies = []
            for _ in range(requests):
                body["needs"] = rng.sample(NEEDS, 3)
                started = time.perf_counter()
                response = client.post("/api/match", json=body)
                latencies.append((time.perf_counter() - started) * 1000)
                response.raise_for_status()
        return percentile(latencies, 0.5), percentile(latencies, 0.95), rss_mib(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)


def measure_floor(embedder: Embedder, requests: int) -> tuple[float, float]:
    rng = random.Random(3)
    embedder.embed(NEEDS[:3])
    timings = []
    for _ in range(requests):
        needs = rng.sample(NEEDS, 3)
        started = time.perf_counter()
        embedder.embed(needs)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings), percentile(timings, 0.95)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    embedder = MiniLMInt8Embedder()  # the model the server runs
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            db = Path(folder) / f"store-{size}.db"
            started = time.perf_counter()
            build_store(db, size, embedder)
            print(
                f"built a store of {size} services in {time.perf_counter() - started:.0f} s",
                flush=True,
            )
            p50, p95, rss = measure_server(db, args.requests)
            floor50, floor95 = measure_floor(embedder, args.requests)
            rows.append((size, p50, p95, rss, floor50, floor95))
            print(
                f"{size:>7} services: match p50 {p50:.1f} ms, p95 {p95:.1f} ms, server RSS "
                f"{rss:.0f} MiB; embedding three needs alone p50 {floor50:.1f} ms, p95 "
                f"{floor95:.1f} ms; p95 / floor p95 = {p95 / floor95:.2f}",
                flush=True,
            )
    print(
        json.dumps(
            [
                dict(
                    zip(
                        ("services", "p50_ms", "p95_ms", "rss_mib", "floor_p50_ms", "floor_p95_ms"),
                        row,
                        strict=True,
                    )
                )
                for row in rows
            ],
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
