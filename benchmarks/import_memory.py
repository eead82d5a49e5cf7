"""Peak memory and time of `earlyhelp ingest` on one large JSON file (16,000 services, ~50 MB).

What it measures: one real `earlyhelp ingest FILE` process, as a directory officer runs it,
into a fresh SQLite store in a temporary folder, with the embedder the settings choose (the
real all-MiniLM-L6-v2 model unless EARLYHELP_EMBEDDER says otherwise, as in `./run`). The file
is one Open Referral page (`{"total_items": ..., "contents": [...]}`) of variants of the seed
directory's services (full records: organisation, locations with addresses, schedules,
contacts, taxonomy terms), written item by item so this script stays small. Printed: the
file's size, the import's summary line, its wall-clock time and the peak resident set size of
the import process (`resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`, the largest child
waited for; nothing else is started).

    .venv/bin/python -m benchmarks.import_memory [--services 16000] [--embedder minilm]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.variants import variants


def write_page(path: Path, count: int) -> int:
    """Write `count` services as one page of HSDS JSON; the file's size in bytes."""
    with path.open("w", encoding="utf-8") as out:
        out.write(f'{{"total_items": {count}, "page_number": 1, "contents": [')
        for n, record in enumerate(variants(count)):
            out.write(("," if n else "") + json.dumps(record, ensure_ascii=False))
        out.write("]}")
    return path.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--services", type=int, default=16_000)
    parser.add_argument(
        "--embedder",
        default=os.environ.get("EARLYHELP_EMBEDDER", "minilm"),
        help="minilm (the real model, default) or hashing",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "services.json"
        size = write_page(source, args.services)
        env = os.environ | {
            "EARLYHELP_DB": str(Path(folder) / "store.db"),
            "EARLYHELP_EMBEDDER": args.embedder,
        }
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "earlyhelp", "ingest", str(source)],
            env=env,
            capture_output=True,
            text=True,
        )
        seconds = time.perf_counter() - started
        peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    summary = next((ln for ln in done.stdout.splitlines() if ln.startswith("Read")), "")
    print(f"file: {args.services} services, {size / 1_000_000:.1f} MB; embedder {args.embedder}")
    print(f"exit status {done.returncode}: {summary or done.stderr.strip()[-500:]}")
    print(f"time {seconds:.1f} s; peak RSS of the import process {peak_mib:,.0f} MiB")


if __name__ == "__main__":
    main()
