"""The data-quality report: likely problems are warned about, never silently fixed or merged."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from directory.geography import PostcodeDirectory
from directory.sqlite_store import SQLiteServiceStore
from ingest.importer import Importer
from ingest.json_source import read_json_file
from ingest.normalise import normalise_service
from ingest.quality import check_listing
from tests.conftest import CountingEmbedder, service, write_json

TODAY = date(2026, 11, 22)


def _venue(postcode: str, **location: Any) -> list[dict[str, Any]]:
    return [
        {
            "id": "sal",
            "location": {
                "id": "loc",
                "name": "Hall",
                "addresses": [{"address_1": "1 High Street", "postal_code": postcode}],
                **location,
            },
        }
    ]


def good(**fields: Any) -> dict[str, Any]:
    base = service(
        "g",
        "Stay and play",
        description="A weekly stay and play session for parents with children aged 0 to 4.",
        email="play@hub.org.uk",
        minimum_age=0,
        maximum_age=4,
        assured_date="2026-09-01",
        last_modified="2026-09-01T10:00:00Z",
        service_at_locations=_venue("BA2 1ER"),
    )
    return base | fields


def kinds(record: dict[str, Any]) -> list[str]:
    normalised, _ = normalise_service(record)
    return sorted(issue.kind for issue in check_listing(normalised, normalised.record, TODAY))


def test_a_good_listing_has_no_warnings() -> None:
    assert kinds(good()) == []


@pytest.mark.parametrize(
    ("change", "kind"),
    [
        ({"email": None}, "no-contact"),
        # left out when normalised (ingest/cleaning.py warns), so no way to contact is left
        ({"email": "info@example.com"}, "no-contact"),
        ({"url": "https://www.example.org/play"}, "placeholder"),
        ({"description": "TBC"}, "placeholder"),
        ({"phones": [{"id": "p", "number": "01234 567890"}]}, "placeholder"),
        ({"assured_date": "2025-01-10"}, "stale"),
        ({"last_modified": "2024-06-01T00:00:00Z"}, "stale"),
        (
            {
                "service_at_locations": [],
                "schedules": [{"id": "x", "opens_at": "10:00", "attending_type": "in person"}],
            },
            "no-address",
        ),
        ({"minimum_age": 11, "maximum_age": 16}, "ages"),
    ],
    ids=[
        "no-contact",
        "example-email",
        "example-url",
        "tbc",
        "made-up-phone",
        "assured-long-ago",
        "modified-long-ago",
        "in-person-no-address",
        "ages",
    ],
)
def test_each_likely_problem_is_warned(change: dict[str, Any], kind: str) -> None:
    record = {k: v for k, v in (good() | change).items() if v is not None}
    assert kinds(record) == [kind]


def test_outreach_services_need_no_venue() -> None:
    record = good(
        description="A worker visits you at home every week.",
        service_at_locations=[],
        schedules=[{"id": "x", "opens_at": "10:00", "attending_type": "in person"}],
    )
    assert kinds(record) == []


def test_geocoding_warns_about_unknown_delivery_office_and_distant_postcodes(
    store: SQLiteServiceStore, tmp_path: Path, postcodes: PostcodeDirectory
) -> None:
    records = [
        good(id="unknown", service_at_locations=_venue("BA2 9ZZ")),
        good(id="po-box", name="Advice line", service_at_locations=_venue("BA1 1AA")),
        good(
            id="far",
            name="Toy library",
            service_at_locations=_venue("BA2 1ER", latitude=51.5, longitude=-0.1),
        ),
    ]
    summary = Importer(store, CountingEmbedder(), postcodes, today=lambda: TODAY).run(
        read_json_file(write_json(tmp_path / "s.json", records))
    )
    found = {(p.record_id, p.kind): p.message for p in summary.warnings}
    assert "not in the ONS Postcode Directory" in found["unknown", "postcode"]
    assert "PO box or large-user postcode" in found["po-box", "postcode"]
    assert "km from postcode BA2 1ER" in found["far", "coordinates"]
    po_box = store.get("po-box")
    assert po_box is not None
    assert po_box.service.locations[0].latitude is None, "a delivery office is not the venue"
    assert po_box.service.locations[0].la_code is None


def test_duplicates_across_sources_are_reported_and_both_kept(
    store: SQLiteServiceStore, tmp_path: Path
) -> None:
    organization = {"id": "o", "name": "Bath Family Hub"}
    first = [good(id="hub-1", organization=organization)]
    words = (
        "Free drop-in advice for families about money, debt, benefits and housing problems "
        "every Tuesday morning at the library."
    )
    second = [
        good(id="hub-2", organization=organization),
        good(id="advice-a", name="Money advice", description=words),
        good(id="advice-b", name="Money Advice", description=words.upper() + "!"),
    ]
    importer = Importer(store, CountingEmbedder(), today=lambda: TODAY)
    importer.run(read_json_file(write_json(tmp_path / "council.json", first)))
    summary = importer.run(read_json_file(write_json(tmp_path / "vcs.json", second)))
    duplicates = {(p.record_id, p.message.split(" (")[0]) for p in summary.warnings}
    assert duplicates == {
        ("hub-2", "suspected duplicate of hub-1"),
        ("advice-b", "suspected duplicate of advice-a"),
    }
    assert store.count() == 4, "duplicates are reported, never merged"
    again = importer.run(read_json_file(write_json(tmp_path / "council.json", first)))
    assert [p.record_id for p in again.warnings] == ["hub-1"]
