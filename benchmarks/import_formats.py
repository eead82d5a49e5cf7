"""Per-format import figures: each format the importer reads, generated at the same size.

For each format a file (or CSV package) of about `--services` services is generated in a
temporary folder and imported by one real `earlyhelp ingest --report` process into a fresh
SQLite store, as a directory officer runs it. Printed for each: services read, stored and
rejected; source fields found in the file, how many of them the import reported as dropped
(kind `unmapped`) and how many it therefore mapped; wall-clock time; and the peak resident set
size of the import process (`os.wait4`). The embedder is the hashing one unless `--embedder
minilm` is given (the line above the table says which).

Formats and how each is generated:
- HSDS 3.0 JSON: one page of variants of the seed directory (`benchmarks.variants`).
- ORUK v1 / Outpost JSON: one v1 page (`number`, `content`) of copies of the Outpost- and
  v1-shaped fixture records (`tests/data/oruk_v1`), with integer ids and numbered names.
- HSDS 1.x CSV package: the 1.x fixture package (`tests/data/hsds_1x`) repeated, every id and
  reference but taxonomy terms' given a copy's prefix.
- HSDS 3.0 CSV package: the HSDS 3.0 JSON file imported in-process into a scratch store and
  exported with `directory.export.export_csv`, as `earlyhelp export --csv` writes it.
- DfE data capture sheet: the real council's workbook in `shared/data` (34 services) as it is,
  when it is there (it cannot be generated larger without inventing a council's data).

"Fields" are source field paths with list positions left out (`locations[].postal_code`) for
JSON, and `file:column` for CSV; a field is counted as reported unmapped when a problem of kind
`unmapped` names it (or, for a whole table, every column of it).

    .venv/bin/python -m benchmarks.import_formats [--services 2000] [--embedder hashing]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.import_memory import write_page

REPO = Path(__file__).resolve().parents[1]
V1_FIXTURES = REPO / "tests" / "data" / "oruk_v1"
HSDS1_FIXTURE = REPO / "tests" / "data" / "hsds_1x"
DFE_SHEET = REPO.parent / "shared" / "data" / "dfe-la-data-capture"
_INDEX = re.compile(r"\[\d+\]")
#: 1.x columns that refer to the shared taxonomy, kept as they are in every copy.
_SHARED_REFS = {("taxonomy.csv", "id"), ("taxonomy.csv", "parent_id")}
_TAXONOMY_COLUMNS = {"taxonomy_id", "taxonomy_ids"}


@dataclass
class Figures:
    format: str
    read: int
    stored: int
    rejected: int
    fields: int
    unmapped: int
    seconds: float
    peak_mib: float
    note: str = ""


# --- generators -------------------------------------------------------------------------


def write_v1_page(path: Path, count: int) -> None:
    """`count` ORUK v1 / Outpost records, copies of the fixtures' with new integer ids."""
    originals: list[dict[str, Any]] = json.loads((V1_FIXTURES / "outpost_page.json").read_text())[
        "content"
    ]
    v1 = json.loads((V1_FIXTURES / "oruk_v1_services.json").read_text())
    originals += v1 if isinstance(v1, list) else v1.get("content") or v1.get("contents") or [v1]
    with path.open("w", encoding="utf-8") as out:
        out.write(f'{{"totalElements": {count}, "totalPages": 1, "number": 0, "content": [')
        for n in range(count):
            record = dict(originals[n % len(originals)])
            record["id"] = 100_000 + n
            record["name"] = f"{record.get('name', 'Service')} ({n})"
            out.write(("," if n else "") + json.dumps(record, ensure_ascii=False))
        out.write("]}")


def write_hsds1_package(folder: Path, count: int) -> None:
    """The 1.x fixture package repeated until it holds at least `count` services."""
    folder.mkdir()
    tables = {
        f.name: list(csv.DictReader(f.open(encoding="utf-8"))) for f in HSDS1_FIXTURE.glob("*.csv")
    }
    per_copy = len(tables["services.csv"])
    copies = -(-count // per_copy)
    for name, rows in tables.items():
        header = list(rows[0]) if rows else []
        with (folder / name).open("w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, header, lineterminator="\n")
            writer.writeheader()
            if name == "taxonomy.csv":
                writer.writerows(rows)
                continue
            for k in range(copies):
                writer.writerows(_copy_row(name, row, k) for row in rows)


def _copy_row(name: str, row: dict[str, str], k: int) -> dict[str, str]:
    out = dict(row)
    for column, value in row.items():
        if not value or (name, column) in _SHARED_REFS or column in _TAXONOMY_COLUMNS:
            continue
        if column == "id" or column.endswith("_id"):
            out[column] = f"c{k}-{value}"
    if name == "services.csv" and row.get("name"):
        out["name"] = f"{row['name']} ({k})"
    return out


def write_hsds3_package(folder: Path, source: Path, scratch: Path) -> None:
    """The HSDS 3.0 JSON file imported into a scratch store and exported as a package."""
    from directory.export import export_csv
    from directory.sqlite_store import SQLiteServiceStore
    from ingest.importer import Importer
    from ingest.json_source import read_json_file
    from matching.embedding import HashingEmbedder

    store = SQLiteServiceStore(scratch)
    try:
        Importer(store, HashingEmbedder()).run(read_json_file(source))
        export_csv(store, folder)
    finally:
        store.close()


# --- fields -----------------------------------------------------------------------------


def record_fields(path: Path) -> set[str]:
    """The field paths of a file's records as its reader gives them (for the DfE sheet, the
    records it builds from the sheet's columns)."""
    from ingest.sources import read_path

    found: set[str] = set()
    for record in read_path(path):
        found.update(_paths(record.data, ""))
    return found


def _paths(value: Any, prefix: str) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            path = f"{prefix}.{key}" if prefix else str(key)
            yield path
            yield from _paths(item, path)
    elif isinstance(value, list):
        for item in value:
            yield from _paths(item, f"{prefix}[]")


def csv_fields(folder: Path) -> set[str]:
    found: set[str] = set()
    for table in folder.glob("*.csv"):
        with table.open(encoding="utf-8") as handle:
            header = next(csv.reader(handle), [])
        found.update(f"{table.name}:{column}" for column in header)
    return found


def unmapped_fields(problems: list[dict[str, Any]], fields: set[str], is_csv: bool) -> set[str]:
    """The file's fields that the report names as dropped."""
    out: set[str] = set()
    for problem in problems:
        if problem.get("kind") != "unmapped":
            continue
        field = str(problem.get("field") or "")
        if is_csv:
            table = str(problem.get("position") or "").split(" ")[0]
            if field == "(table)":
                out.update(f for f in fields if f.startswith(f"{table}:"))
            else:
                out.add(f"{table}:{field}")
        else:
            out.add(_INDEX.sub("[]", field))
    return out & fields


# --- running ----------------------------------------------------------------------------


def run_import(source: Path, folder: Path, embedder: str) -> tuple[dict[str, Any], float, float]:
    """The report, seconds and peak MiB of one `earlyhelp ingest` process."""
    report = folder / f"{source.name}.report.json"
    env = os.environ | {
        "EARLYHELP_DB": str(folder / f"{source.name}.db"),
        "EARLYHELP_EMBEDDER": embedder,
    }
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "earlyhelp", "ingest", "--report", str(report), str(source)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    assert process.stderr is not None
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.stderr.close()
    if not report.exists():
        raise SystemExit(f"import of {source} failed ({status}): {errors.decode()[-500:]}")
    return json.loads(report.read_text()), seconds, usage.ru_maxrss / 1024


def measure(name: str, source: Path, folder: Path, embedder: str, note: str = "") -> Figures:
    is_csv = source.is_dir()
    fields = csv_fields(source) if is_csv else record_fields(source)
    report, seconds, peak = run_import(source, folder, embedder)
    dropped = unmapped_fields(report["problems"], fields, is_csv)
    return Figures(
        name,
        report["read"],
        report["added"] + report["updated"] + report["unchanged"],
        report["rejected"],
        len(fields),
        len(dropped),
        seconds,
        peak,
        note,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--services", type=int, default=2000)
    parser.add_argument("--embedder", default="hashing", help="hashing (default) or minilm")
    args = parser.parse_args()
    results: list[Figures] = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        hsds3 = folder / "hsds3.json"
        write_page(hsds3, args.services)
        v1 = folder / "oruk_v1.json"
        write_v1_page(v1, args.services)
        hsds1 = folder / "hsds1_package"
        write_hsds1_package(hsds1, args.services)
        hsds3_csv = folder / "hsds3_package"
        write_hsds3_package(hsds3_csv, hsds3, folder / "export-scratch.db")
        runs = [
            ("HSDS 3.0 JSON", hsds3, ""),
            ("ORUK v1 / Outpost JSON", v1, ""),
            ("HSDS 1.x CSV package", hsds1, ""),
            ("HSDS 3.0 CSV package", hsds3_csv, ""),
        ]
        sheets = sorted(DFE_SHEET.glob("*.xlsx")) if DFE_SHEET.exists() else []
        if sheets:
            dfe = folder / sheets[0].name
            shutil.copy(sheets[0], dfe)
            runs.append(("DfE data capture sheet", dfe, "the real workbook, not generated"))
        print(f"{args.services} services generated per format; embedder {args.embedder}")
        header = ("format", "read", "stored", "rejected", "fields", "unmapped", "mapped")
        print(
            "{:<24} {:>6} {:>6} {:>8} {:>6} {:>8} {:>6} {:>7} {:>6}".format(*header, "s", "MiB"),
            flush=True,
        )
        for name, source, note in runs:
            f = measure(name, source, folder, args.embedder, note)
            results.append(f)
            print(
                f"{f.format:<24} {f.read:>6} {f.stored:>6} {f.rejected:>8} {f.fields:>6} "
                f"{f.unmapped:>8} {f.fields - f.unmapped:>6} {f.seconds:>7.1f} "
                f"{f.peak_mib:>6.0f}" + (f"  ({f.note})" if f.note else ""),
                flush=True,
            )


if __name__ == "__main__":
    main()
