"""Import time and peak memory: the seed and 10,000 generated variants, cold and re-import.

Each import is a real `earlyhelp ingest` process with the real embedding model, into a fresh
store file; peak memory is that process's maximum resident set size.

    .venv/bin/python -m benchmarks.import_speed [--sizes 0 10000]   (0 = the seed as it is)
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.variants import SEED, seed_services, write_variants


def run_import(db: Path, source: Path) -> tuple[float, float, str]:
    """Seconds, peak MiB and the summary line of one import process."""
    env = os.environ | {"EARLYHELP_DB": str(db)}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "earlyhelp", "ingest", str(source)],
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
        raise SystemExit(f"import failed ({status}): {output}")
    summary = next((line for line in output.splitlines() if line.startswith("Read")), "")
    return seconds, usage.ru_maxrss / 1024, summary


def store_size(db: Path) -> float:
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    files = [db, db.with_name(db.name + "-wal")]
    return sum(f.stat().st_size for f in files if f.exists()) / 1024 / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 10_000])
    args = parser.parse_args()
    header = ("services", "run", "seconds", "per s", "peak MiB", "store MiB")
    print("{:>9} {:>9} {:>8} {:>7} {:>9} {:>9}  summary".format(*header))
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            count = size or len(seed_services())
            source = SEED if size == 0 else write_variants(Path(folder) / f"v{size}.json", size)
            db = Path(folder) / f"store-{count}.db"
            for run in ("cold", "re-import"):
                seconds, peak, summary = run_import(db, source)
                print(
                    f"{count:>9} {run:>9} {seconds:>8.1f} {count / seconds:>7.0f} {peak:>9.0f} "
                    f"{store_size(db):>9.1f}  {summary}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
