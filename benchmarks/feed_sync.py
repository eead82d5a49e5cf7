"""Syncing a 10,000-service Open Referral feed served on loopback.

A paged ORUK 3.0 API (100 services a page, `modified_after` and `minimal` supported) serves
the seed and its generated variants from this process. Each sync is a real
`earlyhelp feeds sync` process with the real embedding model into a fresh store: first the
full sync (everything embedded), then an incremental sync and a full re-sync with nothing
changed. Peak memory is the sync process's maximum resident set size.

    .venv/bin/python -m benchmarks.feed_sync [--size 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from benchmarks.variants import variants

PER_PAGE = 100


def _server(services: list[dict[str, Any]]) -> ThreadingHTTPServer:
    by_id = {s["id"]: s for s in services}

    class Api(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            query = parse_qs(parts.query)
            if not parts.path.endswith("/services"):
                found = by_id.get(parts.path.rsplit("/", 1)[-1])
                self._send(200 if found else 404, found or {})
                return
            items = services
            if "modified_after" in query:
                after = query["modified_after"][0]
                items = [s for s in items if str(s.get("last_modified", "")) > after]
            if query.get("minimal") == ["true"]:
                items = [{"id": s["id"], "last_modified": s.get("last_modified")} for s in items]
            per_page = int(query.get("per_page", [PER_PAGE])[0])
            page = int(query.get("page", ["1"])[0])
            pages = max(1, -(-len(items) // per_page))
            self._send(
                200,
                {
                    "total_items": len(items),
                    "total_pages": pages,
                    "page_number": page,
                    "contents": items[(page - 1) * per_page : page * per_page],
                },
            )

        def _send(self, status: int, body: Any) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: Any) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Api)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _run(db: Path, *args: str) -> tuple[float, float, str]:
    """Seconds, peak MiB and the outcome line of one `earlyhelp` process."""
    env = os.environ | {"EARLYHELP_DB": str(db)}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "earlyhelp", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.stdout.close()
    if status != 0:
        raise SystemExit(f"`earlyhelp {' '.join(args)}` failed ({status}): {output}")
    line = next((x for x in output.splitlines() if " sync read " in x), output.strip()[:200])
    return seconds, usage.ru_maxrss / 1024, line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=10_000)
    args = parser.parse_args()
    services = list(variants(args.size))
    server = _server(services)
    url = f"http://127.0.0.1:{server.server_address[1]}/api"
    print(f"Feed of {len(services)} services at {url}, {PER_PAGE} a page")
    print("{:>22} {:>8} {:>8} {:>9}  outcome".format("run", "seconds", "per s", "peak MiB"))
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "store.db"
        _run(db, "feeds", "add", "bench", url)
        for label, extra in (
            ("full sync, cold", ["--full"]),
            ("incremental, no change", []),
            ("full re-sync, no change", ["--full"]),
        ):
            seconds, peak, line = _run(db, "feeds", "sync", *extra, "bench")
            rate = len(services) / seconds
            print(f"{label:>22} {seconds:>8.1f} {rate:>8.0f} {peak:>9.0f}  {line}", flush=True)
    server.shutdown()


if __name__ == "__main__":
    main()
