"""A sign-in flood against a real `earlyhelp serve` process, measured by the server's resident
memory: huge usernames are refused before they are read, and made-up usernames fill a capped
table, so the flood leaves the server no bigger than a few megabytes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from benchmarks.search_server import free_port

#: What the flood may add to the server's memory (it added about 200 MB before the fix).
ALLOWED_GROWTH_MB = 25


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, int]]:
    port = free_port()
    env = os.environ | {"EARLYHELP_DB": str(tmp_path / "d.db"), "EARLYHELP_EMBEDDER": "hashing"}
    process = subprocess.Popen(
        [sys.executable, "-m", "earlyhelp", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(url + "/sign-in", timeout=2)
            break
        except httpx.TransportError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise RuntimeError("earlyhelp serve did not start") from None
            time.sleep(0.2)
    yield url, process.pid
    process.terminate()
    process.wait(timeout=20)


def test_a_sign_in_flood_does_not_grow_the_server(server: tuple[str, int]) -> None:
    url, pid = server
    with httpx.Client(base_url=url, timeout=30) as http:
        http.get("/sign-in")
        token = http.cookies.get("earlyhelp_csrf") or ""
        form = {"csrf_token": token, "password": "wrong password"}
        # Warm up the paths the flood takes, so the baseline includes their code and caches.
        for n in range(20):
            http.post("/sign-in", data=form | {"username": f"warm-{n}"})
        before = rss_mb(pid)
        statuses = set()
        for n in range(200):
            big = http.post("/sign-in", data=form | {"username": f"{n}-" + "u" * 1_000_000})
            statuses.add(big.status_code)
        for n in range(300):
            made_up = http.post("/sign-in", data=form | {"username": f"{n}-" + "v" * 200})
            statuses.add(made_up.status_code)
        after = rss_mb(pid)
    assert statuses <= {400, 413, 429}, statuses
    assert 413 in statuses, "the megabyte usernames were refused unread"
    growth = after - before
    print(f"server RSS {before:.1f} MiB before, {after:.1f} MiB after: +{growth:.1f} MiB")
    assert growth < ALLOWED_GROWTH_MB
