"""HSDS 3.0 / UK profile CSV data packages: joined into the records their JSON twins give."""

from __future__ import annotations

import dataclasses
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from directory.sqlite_store import SQLiteServiceStore
from ingest.csv_package import is_csv_package, read_csv_package
from ingest.importer import Importer
from ingest.json_source import SourceError
from ingest.normalise import normalise_service
from ingest.validation import validate_service
from tests.conftest import CountingEmbedder, shared_path

EXAMPLES = ("hsds-3.0", "oruk-uk-profile")


def _examples(standard: str) -> Path:
    return shared_path("standards", standard, "examples")


@pytest.mark.parametrize("standard", EXAMPLES)
def test_the_csv_example_gives_the_same_service_as_its_json_twin(standard: str) -> None:
    records = list(read_csv_package(_examples(standard) / "csv"))
    assert len(records) == 1
    from_csv = records[0].data
    twin = json.loads((_examples(standard) / "service_full.json").read_text())
    assert not [i for i in validate_service(from_csv) if i.severity == "error"]
    csv_service, _ = normalise_service(from_csv)
    json_service, _ = normalise_service(twin)
    for field in dataclasses.fields(csv_service):
        if field.name in ("record", "categories"):
            continue
        assert getattr(csv_service, field.name) == getattr(json_service, field.name), field.name
    for key, value in twin.items():
        if not isinstance(value, dict | list):
            assert from_csv[key] == value, key
    assert from_csv["organization"]["name"] == twin["organization"]["name"]
    location = from_csv["service_at_locations"][0]["location"]
    assert location["addresses"] == twin["service_at_locations"][0]["location"]["addresses"]
    assert [c["amount"] for c in from_csv["cost_options"]] == [35]


@pytest.mark.parametrize("standard", EXAMPLES)
def test_the_examples_attribute_links_to_nothing_and_is_reported_not_guessed(
    standard: str,
) -> None:
    """The examples' attribute row links to an id no table has (its JSON twin puts the term
    on the service anyway). The reader reports the row and does not attach it."""
    record = next(read_csv_package(_examples(standard) / "csv"))
    assert "attributes" not in record.data
    [warning] = record.warnings
    assert warning.at is not None and warning.at.endswith(".csv row 2")
    assert "f28dd44b-0c4d-479f-8e90-4c52219a8b3c" in warning.message


def test_a_zip_reads_like_the_folder(tmp_path: Path) -> None:
    folder = _examples("hsds-3.0") / "csv"
    archive = tmp_path / "package.zip"
    with zipfile.ZipFile(archive, "w") as out:
        for item in folder.iterdir():
            out.write(item, f"hsds-export/{item.name}")
    assert is_csv_package(archive) and is_csv_package(folder)
    assert [r.data for r in read_csv_package(archive)] == [r.data for r in read_csv_package(folder)]


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text.strip() + "\n")


def _small_package(folder: Path) -> None:
    _write(
        folder,
        "services.csv",
        "id,organization_id,name,description,status,minimum_age,maximum_age\n"
        "s1,o1,Refuge support,Safe housing for women and children,active,0,17\n"
        "s2,o-missing,Money advice,Help with debt,active,,\n",
    )
    _write(folder, "organizations.csv", "id,name\no1,Safe Homes\n")
    _write(folder, "locations.csv", "id,name,location_type\nl1,The refuge,physical\n")
    _write(
        folder,
        "service_at_location.csv",
        "id,service_id,location_id\nsal1,s1,l1\nsal2,s2,l-missing\n",
    )
    _write(
        folder,
        "addresses.csv",
        "id,location_id,address_1,city,postal_code,country\na1,l1,1 Hidden Road,Bath,BA2 1ER,GB\n",
    )
    _write(
        folder,
        "attributes.csv",
        "id,link_id,taxonomy_term_id,link_type\nat1,l1,t1,flag\nat2,s1,t2,category\n",
    )
    _write(
        folder,
        "taxonomy_terms.csv",
        "id,code,name,taxonomy_id\n"
        "t1,confidential-address,Confidential address,x1\nt2,16,Domestic abuse,x2\n",
    )
    _write(folder, "taxonomies.csv", "id,name\nx1,earlyhelp-flags\nx2,DfE categories\n")


def test_a_package_joins_flags_categories_and_reports_dangling_links(tmp_path: Path) -> None:
    _small_package(tmp_path / "pkg")
    first, second = read_csv_package(tmp_path / "pkg")
    refuge, _ = normalise_service(first.data)
    assert refuge.organization_name == "Safe Homes"
    assert [c.name for c in refuge.categories] == ["Domestic abuse"]
    assert refuge.locations[0].hide_address and refuge.locations[0].postcode == "BA2 1ER"
    assert (refuge.minimum_age, refuge.maximum_age) == (0, 17)
    assert {(i.field, i.severity) for i in second.warnings} == {
        ("organization_id", "warning"),
        ("service_at_locations[0].location_id", "warning"),
    }


def test_datapackage_json_names_the_table_files(tmp_path: Path) -> None:
    folder = tmp_path / "pkg"
    _small_package(folder)
    shutil.move(folder / "services.csv", folder / "our-services.csv")
    resources = [{"name": "services", "path": "our-services.csv"}]
    _write(folder, "datapackage.json", json.dumps({"resources": resources}))
    assert [r.data["id"] for r in read_csv_package(folder)] == ["s1", "s2"]


def test_imports_through_the_importer_with_positions_in_the_report(
    tmp_path: Path, store: SQLiteServiceStore
) -> None:
    _small_package(tmp_path / "pkg")
    summary = Importer(store, CountingEmbedder()).run(read_csv_package(tmp_path / "pkg"))
    assert summary.added == 2 and store.count() == 2
    positions = {p.position for p in summary.warnings}
    assert "services.csv row 3" in positions


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: _write(p, "organizations.csv", "id,name\no1,Org\n"), "no services table"),
        (lambda p: None, "no such file or folder"),
    ],
    ids=["no-services-table", "missing"],
)
def test_unreadable_packages_say_what_is_wrong(tmp_path: Path, setup: object, message: str) -> None:
    folder = tmp_path / "pkg"
    if callable(setup):
        setup(folder)
    with pytest.raises(SourceError, match=message):
        list(read_csv_package(folder))


def test_a_file_named_zip_that_is_not_one_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "export.zip"
    fake.write_text("id,name\n")
    with pytest.raises(SourceError, match="not a readable zip file"):
        list(read_csv_package(fake))
