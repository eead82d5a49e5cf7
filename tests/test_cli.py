"""The `earlyhelp` command as a user runs it: a real subprocess on a real store file."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from directory.sqlite_store import SQLiteServiceStore
from ingest.importer import Importer
from ingest.json_source import read_json_file
from matching.embedding import HashingEmbedder
from tests.conftest import service, shared_path, write_json


def run_cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "earlyhelp", *args],
        env=_env(db),
        capture_output=True,
        text=True,
        timeout=300,
    )


def _env(db: Path) -> dict[str, str]:
    return os.environ | {"EARLYHELP_DB": str(db), "EARLYHELP_EMBEDDER": "hashing"}


def test_ingest_prints_a_summary_and_exit_codes(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    path = write_json(tmp_path / "s.json", [service("a"), service("b", minimum_age=-1)])
    done = run_cli(db, "ingest", str(path))
    assert done.returncode == 0, done.stderr
    assert "Read 2: 1 added, 0 updated, 0 unchanged, 1 rejected." in done.stdout
    assert "record 2 (id b): minimum_age: must be between 0 and 130, got -1" in done.stdout
    strict = run_cli(db, "ingest", "--strict", str(path))
    assert strict.returncode == 1 and "strict" in strict.stdout
    missing = run_cli(db, "ingest", str(tmp_path / "nothing.json"))
    assert missing.returncode == 1 and "no such file" in missing.stderr


def test_report_file_and_if_empty(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    path = write_json(tmp_path / "s.json", [service("a"), {"name": "x"}])
    report = tmp_path / "report.json"
    assert run_cli(db, "ingest", "--report", str(report), str(path)).returncode == 0
    data = json.loads(report.read_text())
    assert (data["added"], data["rejected"]) == (1, 1)
    errors = [p for p in data["problems"] if p["severity"] == "error"]
    assert [(p["field"], p["kind"]) for p in errors] == [("id", "invalid")]
    again = run_cli(db, "ingest", "--if-empty", str(path))
    assert "already has services" in again.stdout


def test_bad_settings_are_named(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "earlyhelp", "ingest", "x.json"],
        env=_env(tmp_path / "d.db") | {"EARLYHELP_BACKEND": "mongo"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "EARLYHELP_BACKEND='mongo'" in done.stderr


def test_an_import_killed_half_way_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    # The store as it was is imported in this process (the same importer and embedder as the
    # command's): only the import that is killed needs to be the command itself.
    base = [service(f"s{i}", f"Group {i}") for i in range(50)]
    store = SQLiteServiceStore(db)
    summary = Importer(store, HashingEmbedder()).run(
        read_json_file(write_json(tmp_path / "base.json", base))
    )
    assert summary.added == 50, summary.problems
    store.close()
    before = _snapshot(db)
    # Big enough that writing takes far longer than the kill takes to arrive (it is sent when
    # the first service is written, and the write is one transaction), small enough to be quick.
    big = [service(f"s{i}", f"Renamed group {i}", description="x " * 200) for i in range(2_000)]
    path = write_json(tmp_path / "big.json", big)
    process = subprocess.Popen(
        [sys.executable, "-m", "earlyhelp", "ingest", str(path)],
        env=_env(db),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    deadline = time.monotonic() + 240
    for line in process.stderr:
        if line.startswith("Writing to the store:"):
            process.send_signal(signal.SIGKILL)
            break
        assert time.monotonic() < deadline, "the import never started writing"
    process.wait(timeout=60)
    process.stderr.close()
    assert process.returncode == -signal.SIGKILL, "the import finished before it was killed"
    assert _snapshot(db) == before


def _snapshot(db: Path) -> tuple[object, ...]:
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        services = connection.execute("SELECT * FROM services ORDER BY id").fetchall()
        fts = connection.execute("SELECT rowid, * FROM services_fts ORDER BY rowid").fetchall()
        return services, fts


def test_match_reads_a_request_and_prints_the_response(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    records = [service("rent", "Rent arrears advice", description="Help with rent arrears.")]
    assert run_cli(db, "ingest", str(write_json(tmp_path / "s.json", records))).returncode == 0
    request = {"needs": ["rent arrears advice"], "postcode": "BA2 3AB"}
    done = subprocess.run(
        [sys.executable, "-m", "earlyhelp", "match"],
        input=json.dumps(request),
        env=_env(db),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    response = json.loads(done.stdout)
    assert set(response) == {"suggestions", "needs", "excluded"}
    assert response["needs"][0]["text"] == "rent arrears advice"
    bad = subprocess.run(
        [sys.executable, "-m", "earlyhelp", "match"],
        input=json.dumps({"needs": [], "limit": 99}),
        env=_env(db),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 2
    assert {e["field"] for e in json.loads(bad.stdout)["errors"]} == {"needs", "limit"}


def test_ingest_reads_the_dfe_spreadsheet_and_csv_packages(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    sheet = shared_path("data", "dfe-la-data-capture", "th_breakfast_clubs_data_capture_v5.xlsx")
    package = shared_path("standards", "hsds-3.0", "examples", "csv")
    report = tmp_path / "report.json"
    done = run_cli(db, "ingest", "--report", str(report), str(sheet), str(package))
    assert done.returncode == 0, done.stderr
    assert "Read 35: 35 added" in done.stdout
    assert "Data-quality report:" in done.stdout
    assert "rows linked to nothing" in done.stdout  # the HSDS example's dangling attribute
    kinds = {p["kind"] for p in json.loads(report.read_text())["problems"]}
    assert {"link", "placeholder"} <= kinds  # example.com addresses in the HSDS example
    plain = tmp_path / "list.csv"
    plain.write_text("id,name\n1,x\n")
    refused = run_cli(db, "ingest", str(plain))
    assert refused.returncode == 1 and "not the DfE data-capture spreadsheet" in refused.stderr
