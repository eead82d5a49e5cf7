"""Exporting the edited directory: HSDS 3.0 JSON and a CSV data package give the same
listings, and the CSV package reads back through the importer's own reader."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
from pathlib import Path

from appdb.sqlite import SQLiteDatabase
from directory.edits import ListingEdits
from directory.export import export_csv, export_json
from directory.geography import PostcodeDirectory
from directory.sqlite_store import SQLiteServiceStore
from ingest.csv_package import read_csv_package
from ingest.importer import Importer
from ingest.json_source import SourceRecord, read_json_file
from ingest.normalise import normalise_service
from tests.conftest import SEED, CountingEmbedder, service, write_json
from tests.test_cli import run_cli


def _normalised(records: list[dict[str, object]]) -> dict[str, object]:
    out: dict[str, object] = {}
    for record in records:
        service, _ = normalise_service(record)
        out[service.id] = {
            f.name: getattr(service, f.name)
            for f in dataclasses.fields(service)
            if f.name != "record"
        }
    return out


def test_json_and_csv_exports_hold_the_same_edited_directory(
    tmp_path: Path, store: SQLiteServiceStore
) -> None:
    edits = ListingEdits(SQLiteDatabase(tmp_path / "d.db"))
    importer = Importer(store, CountingEmbedder(), PostcodeDirectory(), overrides=edits)
    importer.run(read_json_file(SEED))
    first = next(store.iter_services())
    stored = store.get(first.id)
    assert stored is not None
    edited = edits.set(first.id, stored.source, {"description": "Edited by the council."}, "ed")
    importer.run([SourceRecord(stored.source_name, "edit", edited)])
    store.close()

    db = tmp_path / "directory.db"
    done = run_cli(db, "export", "--json", str(tmp_path / "d.json"), "--csv", str(tmp_path / "pkg"))
    assert done.returncode == 0, done.stderr
    assert "Wrote 162 services" in done.stdout
    from_json = [r.data for r in read_json_file(tmp_path / "d.json")]
    from_csv = [r.data for r in read_csv_package(tmp_path / "pkg")]
    assert len(from_json) == len(from_csv) == 162
    assert _normalised(from_csv) == _normalised(from_json)
    assert next(r for r in from_json if r["id"] == first.id)["description"] == (
        "Edited by the council."
    )
    package = json.loads((tmp_path / "pkg" / "datapackage.json").read_text())
    assert {r["path"] for r in package["resources"]} >= {"services.csv", "locations.csv"}
    zipped = run_cli(db, "export", "--csv", str(tmp_path / "pkg.zip"))
    assert zipped.returncode == 0
    assert len(list(read_csv_package(tmp_path / "pkg.zip"))) == 162
    secrets = [
        loc.address
        for record in json.loads(SEED.read_text())["contents"]
        for loc in normalise_service(record)[0].locations
        if loc.hide_address and loc.address
    ]
    assert secrets, "the seed has confidential addresses"
    exported = (tmp_path / "d.json").read_text() + "".join(
        p.read_text() for p in (tmp_path / "pkg").glob("*.csv")
    )
    assert not any(address in exported for address in secrets)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")


def test_no_csv_cell_runs_as_a_formula_and_the_package_still_reads_back(
    tmp_path: Path, store: SQLiteServiceStore
) -> None:
    record = service(
        "s1",
        '=HYPERLINK("http://evil","click")',
        description="+SUM(1)",
        phones=[{"id": "p1", "number": "+44 1225 396000"}],
        organization={"id": "o1", "name": "@cmd"},
        cost_options=[{"id": "c1", "amount": 2.5, "amount_description": "-1 for siblings"}],
        service_at_locations=[
            {
                "id": "sal1",
                "location": {
                    "id": "l1",
                    "name": "\tTabbed hall",
                    "latitude": 51.38,
                    "longitude": -2.36,
                    "addresses": [{"id": "a1", "address_1": "-", "postal_code": "BA1 1UF"}],
                },
            }
        ],
    )
    Importer(store, CountingEmbedder()).run(
        read_json_file(write_json(tmp_path / "s.json", [record]))
    )
    export_json(store, tmp_path / "d.json")
    export_csv(store, tmp_path / "pkg")
    for table in (tmp_path / "pkg").glob("*.csv"):
        for row in csv.reader(io.StringIO(table.read_text(), newline="")):
            for cell in row:
                assert not cell.startswith(FORMULA_STARTS) or NUMBER.match(cell), cell
    locations = (tmp_path / "pkg" / "locations.csv").read_text()
    assert "-2.36" in locations and "'-2.36" not in locations
    from_json = [r.data for r in read_json_file(tmp_path / "d.json")]
    from_csv = [r.data for r in read_csv_package(tmp_path / "pkg")]
    assert _normalised(from_csv) == _normalised(from_json)
    assert from_csv[0]["name"] == '=HYPERLINK("http://evil","click")'
    assert from_csv[0]["phones"][0]["number"] == "+44 1225 396000"
