"""The DfE Local Authority Data Capture spreadsheet: a real council's 34 breakfast clubs."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest

from directory.geography import PostcodeDirectory
from directory.sqlite_store import SQLiteServiceStore
from ingest.dfe_sheet import is_dfe_capture, read_dfe_capture
from ingest.importer import Importer
from ingest.json_source import SourceError
from ingest.normalise import normalise_service
from ingest.sources import read_path
from ingest.validation import validate_service
from tests.conftest import CountingEmbedder, shared_path

FOLDER = ("data", "dfe-la-data-capture")
XLSX = "th_breakfast_clubs_data_capture_v5.xlsx"


def _records(name: str) -> list[dict[str, object]]:
    return [r.data for r in read_dfe_capture(shared_path(*FOLDER, name))]


def test_the_spreadsheet_gives_34_valid_services_without_the_example_or_guidance() -> None:
    records = list(read_dfe_capture(shared_path(*FOLDER, XLSX)))
    assert len(records) == 34
    assert all(r.error is None and not r.warnings for r in records)
    assert [r.position for r in records[:2]] == ["row 6", "row 7"]  # as Excel shows them
    names = [str(r.data["name"]) for r in records]
    assert names[0] == "St Luke's Breakfast Club" and names[-1] == "Bangabandhu Breakfast Club"
    assert not any("Bouncers" in n for n in names), "the Suffolk example row is skipped"
    for record in records:
        assert [i for i in validate_service(record.data) if i.severity == "error"] == []


def test_every_field_a_family_needs_is_read() -> None:
    with shared_path(*FOLDER, "services.csv").open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    services = [normalise_service(r)[0] for r in _records(XLSX)]
    for row, service in zip(rows, services, strict=True):
        assert service.name == row["Name of service"]
        [location] = service.locations
        assert location.postcode == row["Postcode"].strip().upper()
        assert location.address.startswith(row["Address line 1"].strip())
        assert location.name == row["Location name"]
        assert (service.minimum_age, service.maximum_age) == (
            int(row["Age from"]),
            int(row["Age to"]),
        )
        assert [t.name for t in service.categories] == ["Before and after school clubs"]
        assert "in-person" in service.flags
        if row["Cost"] == "No":
            assert service.free is True and service.fees_description == "Free"
        elif row["Cost (£ in pounds)"]:
            amount = float(row["Cost (£ in pounds)"])
            assert service.free is False
            assert service.fees_description.startswith(f"£{amount:.2f}")
        assert (
            service.record["schedules"][0]["description"]
            == row["Opening hours description"].strip()
        )


def test_opening_hours_become_weekly_schedules() -> None:
    first, second = _records(XLSX)[:2]
    weekly = [s for s in first["schedules"] if "byday" in s]  # type: ignore[union-attr]
    assert weekly == [
        {
            "id": weekly[0]["id"],
            "freq": "WEEKLY",
            "byday": "MO,TU,WE,TH,FR",
            "opens_at": "07:30:00",
            "closes_at": "08:45:00",
            "description": "Monday - Friday 07:30 - 08:45",
        }
    ]
    days = [(s["byday"], s["closes_at"]) for s in second["schedules"] if "byday" in s]  # type: ignore[union-attr]
    assert days == [
        ("MO", "08:45:00"),
        ("TU", "08:45:00"),
        ("WE", "08:15:00"),
        ("TH", "08:15:00"),
        ("FR", "08:15:00"),
    ]


def test_the_csv_exports_give_the_same_records_as_the_workbook() -> None:
    workbook = _records(XLSX)
    assert _records("data_capture_sheet_raw.csv") == workbook
    assert _records("services.csv") == workbook


def test_the_example_rows_multi_line_hours_stay_with_it(tmp_path: Path) -> None:
    """The sheet's example spills its hours into the next row; a council's row can too."""
    raw = shared_path(*FOLDER, "data_capture_sheet_raw.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(raw.splitlines(keepends=True)))
    header = rows[0]
    hours = header.index("Opening hours description")
    extra = [""] * len(header)
    extra[hours] = "Saturday 10:00 - 12:00"
    rows.insert(6, extra)  # after the first Tower Hamlets row
    path = tmp_path / "sheet.csv"
    with path.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows(rows)
    first = next(read_dfe_capture(path)).data
    assert first["schedules"][0]["description"].endswith("Saturday 10:00 - 12:00")
    assert ("SA", "10:00:00") in [
        (s["byday"], s["opens_at"]) for s in first["schedules"] if "byday" in s
    ]


def test_imports_and_geocodes_to_tower_hamlets(
    store: SQLiteServiceStore, postcodes: PostcodeDirectory
) -> None:
    summary = Importer(store, CountingEmbedder(), postcodes).run(
        read_path(shared_path(*FOLDER, XLSX))
    )
    assert (summary.added, summary.rejected) == (34, 0)
    services = list(store.iter_services())
    located = [loc for s in services for loc in s.locations]
    assert len(located) == 34
    assert {loc.la_code for loc in located} == {"E09000030"}
    assert all(loc.latitude and loc.longitude for loc in located)


def test_bad_rows_and_files_say_what_is_wrong(tmp_path: Path) -> None:
    good = shared_path(*FOLDER, "services.csv").read_text(encoding="utf-8")
    header = good.partition("\n")[0]
    missing_name = tmp_path / "sheet.csv"
    missing_name.write_text(header + "\n35,Tower Hamlets Council,Local Authority,,,,In person\n")
    [record] = read_dfe_capture(missing_name)
    assert record.error == "Name of service: empty" and record.position == "row 2"

    other = tmp_path / "other.csv"
    other.write_text("id,name\n1,Something\n")
    assert not is_dfe_capture(other)
    with pytest.raises(SourceError, match="not the DfE data-capture spreadsheet"):
        read_path(other)
    with pytest.raises(SourceError, match="no header row with 'Name of service'"):
        list(read_dfe_capture(other))

    fake = tmp_path / "sheet.xlsx"
    fake.write_text("not a workbook")
    with pytest.raises(SourceError, match=r"not a readable \.xlsx workbook"):
        list(read_dfe_capture(fake))

    no_sheet = tmp_path / "book.xlsx"
    with (
        zipfile.ZipFile(shared_path(*FOLDER, XLSX)) as source,
        zipfile.ZipFile(no_sheet, "w") as target,
    ):
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/workbook.xml":
                data = data.replace(b'name="Data Capture"', b'name="Services"')
            target.writestr(item, data)
    with pytest.raises(SourceError, match="no 'Data Capture' sheet"):
        list(read_dfe_capture(no_sheet))
