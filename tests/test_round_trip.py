"""The whole directory read through the API of a real server on loopback, imported into an
empty store by `earlyhelp ingest URL`, gives the same directory."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import SEED


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def env(db: Path) -> dict[str, str]:
    return os.environ | {"EARLYHELP_DB": str(db), "EARLYHELP_EMBEDDER": "hashing"}


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    db = tmp_path / "published.db"
    done = subprocess.run(
        [sys.executable, "-m", "earlyhelp", "ingest", str(SEED)],
        env=env(db),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "earlyhelp", "serve", "--port", str(port)],
        env=env(db),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/api/", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.2)
        yield url, db
    finally:
        server.terminate()
        server.wait(timeout=30)


def all_records(url: str) -> dict[str, dict[str, object]]:
    records: dict[str, dict[str, object]] = {}
    page = 1
    while True:
        data = httpx.get(f"{url}/api/services", params={"page": page, "per_page": 50}).json()
        for record in data["contents"]:
            records[record["id"]] = record
        if data["last_page"]:
            return records
        page += 1


def test_the_directory_survives_a_round_trip_through_the_api(
    served: tuple[str, Path], tmp_path: Path
) -> None:
    url, published_db = served
    copy_db = tmp_path / "copy.db"
    done = subprocess.run(
        [sys.executable, "-m", "earlyhelp", "ingest", f"{url}/api/"],
        env=env(copy_db),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    published = all_records(url)
    with sqlite3.connect(published_db) as connection:
        assert len(published) == connection.execute("SELECT count(*) FROM services").fetchone()[0]
    with sqlite3.connect(copy_db) as connection:
        copied = {
            row[0]: json.loads(row[1])
            for row in connection.execute("SELECT id, record FROM services")
        }
    assert copied.keys() == published.keys()
    different = [i for i in published if copied[i] != published[i]]
    assert different == []
