"""Normalising hides a confidential location wherever a feed puts it, rejects one that has no
id, and keeps only links a browser can follow safely, reporting the rest."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from directory.published import CONFIDENTIAL_LOCATION_KEEPS, hide_confidential_locations
from directory.sqlite_store import SQLiteServiceStore
from ingest.importer import Importer
from ingest.normalise import HIDE_ADDRESS_FLAG, normalise_service
from ingest.problems import ERROR, WARNING
from ingest.sources import read_path
from ingest.validation import validate_service
from tests.conftest import CountingEmbedder, service, shared_path

SECRET = "14 Secret Street"


def flag() -> dict[str, Any]:
    return {"taxonomy_term": {"id": "f", "code": HIDE_ADDRESS_FLAG, "name": "Hidden"}}


def place(location_id: str | None, hidden: bool = False) -> dict[str, Any]:
    found: dict[str, Any] = {
        "name": "Safe house",
        "description": f"Round the back of {SECRET}",
        "latitude": 51.379912,
        "longitude": -2.365143,
        "addresses": [{"address_1": SECRET, "city": "Bath", "postal_code": "BA2 4BL"}],
        "phones": [{"number": "01632 960 999"}],
        "attributes": [flag()] if hidden else [],
    }
    if location_id is not None:
        found["id"] = location_id
    return found


def published(record: dict[str, Any]) -> str:
    service_, _ = normalise_service(record)
    return json.dumps(service_.record)


@pytest.mark.parametrize("location_id", [None, "", "   "], ids=["missing", "empty", "spaces"])
def test_a_confidential_location_without_an_id_rejects_the_record(
    location_id: str | None,
) -> None:
    record = service(
        "r", service_at_locations=[{"id": "sal", "location": place(location_id, True)}]
    )
    found = [i for i in validate_service(record) if i.severity == ERROR]
    assert [i.field for i in found] == ["service_at_locations[0].location.id"]
    assert "confidential location must have an id" in found[0].message


def test_an_ordinary_location_without_an_id_is_still_accepted() -> None:
    record = service("r", service_at_locations=[{"id": "sal", "location": place(None)}])
    assert [i for i in validate_service(record) if i.severity == ERROR] == []


@pytest.mark.parametrize(
    "record",
    [
        service("r", service_at_locations=[{"id": "sal", "location": place(" loc ", True)}]),
        service(
            "r",
            organization={"id": "o", "name": "Safe Homes", "locations": [place("loc", True)]},
            service_at_locations=[{"id": "sal", "location": place(" loc")}],
        ),
        service("r", locations=[place("loc", True)], program={"venue": place("loc ")}),
        service(
            "r",
            service_at_locations=[{"id": "sal", "attributes": [flag()], "location": place("loc")}],
        ),
        service("r", attributes=[flag()], service_at_locations=[{"location": place("loc")}]),
        service(
            "r",
            locations=[place("loc", True)],
            addresses=[{"id": "a", "location_id": "loc ", "address_1": SECRET}],
        ),
    ],
    ids=[
        "spaced-id",
        "also-under-organization",
        "top-level-and-nested",
        "flag-on-service-at-location",
        "flag-on-service",
        "address-row-linked-by-id",
    ],
)
def test_a_confidential_location_is_hidden_wherever_it_is(record: dict[str, Any]) -> None:
    assert [i for i in validate_service(record) if i.severity == ERROR] == []
    text = published(record)
    for secret in (SECRET, "BA2 4BL", "51.379912", "-2.365143", "01632 960 999", "Round the"):
        assert secret not in text
    normalised, _ = normalise_service(record)
    for location in normalised.locations:
        assert location.hide_address and location.id == "loc"


def test_a_hidden_location_keeps_only_enough_to_say_it_exists() -> None:
    record = service(
        "r",
        service_at_locations=[{"id": "sal", "location": place("loc", True)}],
        organization={"id": "o", "name": "Safe Homes", "locations": [place("loc")]},
    )
    normalised, _ = normalise_service(record)
    kept = normalised.record["service_at_locations"][0]["location"]
    copy = normalised.record["organization"]["locations"][0]
    assert set(kept) <= set(CONFIDENTIAL_LOCATION_KEEPS) and kept["id"] == "loc"
    assert set(copy) <= set(CONFIDENTIAL_LOCATION_KEEPS)
    assert copy["attributes"][0]["taxonomy_term"]["code"] == HIDE_ADDRESS_FLAG, "marked too"
    assert hide_confidential_locations(normalised.record) == normalised.record, "idempotent"


def test_a_public_location_keeps_its_address_and_ids_are_stripped() -> None:
    record = service("r", service_at_locations=[{"id": " sal ", "location": place(" loc ")}])
    normalised, _ = normalise_service(record)
    sal = normalised.record["service_at_locations"][0]
    assert (sal["id"], sal["location"]["id"]) == ("sal", "loc")
    assert sal["location"]["addresses"][0]["address_1"] == SECRET
    assert not normalised.locations[0].hide_address


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("url", "javascript:alert(1)"),
        ("url", " JavaScript:alert(document.cookie)"),
        ("url", "java\tscript:alert(1)"),
        ("url", "data:text/html,<script>alert(1)</script>"),
        ("url", "vbscript:msgbox(1)"),
        ("url", "mailto:help@example.org"),
        ("url", "//evil.example"),
        ("url", "https:evil.example"),
        ("url", 'https://example.org/"onmouseover="alert(1)'),
    ],
)
def test_a_link_that_is_not_a_web_address_is_left_out_and_reported(field: str, value: str) -> None:
    normalised, issues = normalise_service(service("s", **{field: value}))
    assert field not in normalised.record
    [issue] = [i for i in issues if i.kind == "url"]
    assert (issue.field, issue.severity) == (field, WARNING)


def test_links_anywhere_in_the_record_are_checked_and_the_value_shown_truncated() -> None:
    long_script = "javascript:" + "a" * 500
    record = service(
        "s",
        organization={"id": "o", "name": "Org", "website": long_script},
        contacts=[{"id": "c", "name": "Ann", "url": "data:,x"}],
    )
    normalised, issues = normalise_service(record)
    found = {i.field: i.message for i in issues if i.kind == "url"}
    assert set(found) == {"organization.website", "contacts[0].url"}
    assert len(found["organization.website"]) < 150
    assert "website" not in normalised.record["organization"]


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("https://www.bathnes.gov.uk/family", "https://www.bathnes.gov.uk/family"),
        ("http://example.org", "http://example.org"),
        ("www.bathnes.gov.uk", "https://www.bathnes.gov.uk"),
        ("bathnes.gov.uk/family-hubs?x=1", "https://bathnes.gov.uk/family-hubs?x=1"),
        ("  https://example.org  ", "https://example.org"),
    ],
)
def test_web_addresses_are_kept_and_a_bare_host_is_given_https(given: str, kept: str) -> None:
    normalised, issues = normalise_service(service("s", url=given))
    assert normalised.record["url"] == kept
    assert [i for i in issues if i.kind == "url"] == []


def test_an_area_uri_may_be_a_urn_but_not_script() -> None:
    record = service(
        "s",
        service_areas=[
            {"id": "a", "name": "B&NES", "uri": "urn:ons:E06000022"},
            {"id": "b", "name": "Evil", "uri": "javascript:alert(1)"},
        ],
    )
    normalised, issues = normalise_service(record)
    assert normalised.record["service_areas"][0]["uri"] == "urn:ons:E06000022"
    assert "uri" not in normalised.record["service_areas"][1]
    assert normalised.area_codes == ("E06000022",)
    assert [i.field for i in issues if i.kind == "url"] == ["service_areas[1].uri"]


def test_every_importer_leaves_out_a_script_link(tmp_path: Path, store: SQLiteServiceStore) -> None:
    """The DfE sheet and the CSV package go through the same checks as JSON."""
    raw = shared_path("data", "dfe-la-data-capture", "data_capture_sheet_raw.csv")
    rows = list(csv.reader(raw.read_text(encoding="utf-8").splitlines(keepends=True)))
    website = rows[0].index("Website")
    for row in rows[5:]:
        if row[website].startswith("https://"):
            row[website] = "javascript:alert(1)"
    sheet = tmp_path / "sheet.csv"
    with sheet.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows(rows)
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "services.csv").write_text(
        'id,name,status,url\ns1,Group,active,"data:text/html,<script>alert(1)</script>"\n'
    )
    for source in (sheet, package):
        summary = Importer(store, CountingEmbedder()).run(read_path(source))
        links = [p for p in summary.problems if p.as_dict()["kind"] == "url"]
        assert links and {p.field for p in links} == {"url"}, source
    assert not any("url" in s.record for s in store.iter_services())
