"""Only services become services: organisations, locations and taxonomy terms fed as services
are refused saying what they look like, and a short record from a list page never empties a
fuller stored listing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from directory.sqlite_store import SQLiteServiceStore
from ingest.importer import Importer
from ingest.json_source import SourceError, read_json_file
from tests.conftest import CountingEmbedder, service, shared_path, write_json


@pytest.mark.parametrize(
    ("example", "kind"),
    [
        ("organization_list.json", "organisations"),
        ("organization_full.json", "organisations"),
        ("location.json", "locations"),
        ("taxonomy_term_list.json", "taxonomy terms"),
        ("taxonomy_list.json", "taxonomies"),
        ("service_at_location_list.json", "service-at-location links"),
    ],
)
def test_the_standards_examples_of_other_things_are_refused(example: str, kind: str) -> None:
    with pytest.raises(SourceError, match=f"this looks like a list of {kind}, not services"):
        read_json_file(shared_path("standards", "hsds-3.0", "examples", example))


def test_the_standards_service_examples_are_read() -> None:
    for example in ("service_full.json", "service_list.json"):
        path = shared_path("standards", "oruk-uk-profile", "examples", example)
        assert len(list(read_json_file(path))) == 1


def organisation(n: int) -> dict[str, Any]:
    return {
        "id": f"org-{n}",
        "name": f"Family Trust {n}",
        "description": "A charity.",
        "legal_status": "Charity",
        "year_incorporated": 1990 + n,
    }


def location(n: int) -> dict[str, Any]:
    return {"id": f"loc-{n}", "name": "Hall", "latitude": 51.38, "longitude": -2.36}


def term(n: int) -> dict[str, Any]:
    return {"id": f"t-{n}", "name": "Parenting", "vocabulary": "Family Hubs", "parent_id": "t-0"}


@pytest.mark.parametrize(
    ("make", "kind", "field"),
    [
        (organisation, "organisations", "legal_status"),
        (location, "locations", "latitude"),
        (term, "taxonomy terms", "vocabulary"),
    ],
)
@pytest.mark.parametrize("layout", ["array", "page", "ndjson"])
def test_a_file_of_other_things_is_refused_in_every_layout(
    tmp_path: Path, make: Any, kind: str, field: str, layout: str
) -> None:
    items = [make(n) for n in range(3)]
    path = tmp_path / "feed.json"
    if layout == "array":
        path.write_text(json.dumps(items))
    elif layout == "page":
        path.write_text(json.dumps({"total_items": 3, "content": items}))
    else:
        path.write_text("\n".join(json.dumps(item) for item in items))
    with pytest.raises(SourceError) as raised:
        read_json_file(path)
    message = str(raised.value)
    assert f"this looks like a list of {kind}, not services" in message
    assert field in message
    assert ("line 1" if layout == "ndjson" else "record 1") in message


def test_a_short_service_is_still_a_service(tmp_path: Path) -> None:
    path = write_json(tmp_path / "s.json", [{"id": "a", "name": "Group"}])
    assert [r.data["id"] for r in read_json_file(path)] == ["a"]


def test_one_organisation_among_services_is_rejected_alone(
    tmp_path: Path, store: SQLiteServiceStore, embedder: CountingEmbedder
) -> None:
    path = write_json(tmp_path / "mixed.json", [service("a"), organisation(1)])
    summary = Importer(store, embedder).run(read_json_file(path))
    assert (summary.added, summary.rejected) == (1, 1)
    (error,) = summary.errors
    assert error.position == "record 2"
    assert error.message.startswith("this looks like an organisation, not a service")


def full(name: str = "Parenting group") -> dict[str, Any]:
    return service(
        "svc",
        name,
        email="team@example.org.uk",
        minimum_age=2,
        maximum_age=11,
        service_at_locations=[
            {
                "id": "sal",
                "location": {
                    "id": "loc",
                    "name": "Hall",
                    "addresses": [{"address_1": "1 Mill Lane", "city": "Bath"}],
                },
            }
        ],
    )


def page(*items: dict[str, Any]) -> dict[str, Any]:
    return {"total_items": len(items), "page_number": 1, "contents": list(items)}


def test_a_short_record_from_a_list_page_keeps_the_stored_fields(
    tmp_path: Path, store: SQLiteServiceStore, embedder: CountingEmbedder
) -> None:
    importer = Importer(store, embedder)
    importer.run(read_json_file(write_json(tmp_path / "full.json", [full()])))
    short = {"id": "svc", "name": "Parenting group (Tuesdays)"}
    summary = importer.run(read_json_file(write_json(tmp_path / "list.json", page(short))))
    assert (summary.updated, summary.rejected) == (1, 0)
    (warning,) = [p for p in summary.warnings if p.kind == "partial"]
    for kept in ("description", "service_at_locations", "minimum_age", "email"):
        assert kept in warning.message
    stored = store.get("svc")
    assert stored is not None
    assert stored.service.name == "Parenting group (Tuesdays)"
    assert stored.service.description == full()["description"]
    assert (stored.service.minimum_age, stored.service.maximum_age) == (2, 11)
    assert [loc.address for loc in stored.service.locations] == ["1 Mill Lane, Bath"]
    again = importer.run(read_json_file(write_json(tmp_path / "list2.json", page(short))))
    assert (again.unchanged, again.updated) == (1, 0)


def test_a_full_record_from_a_list_page_replaces_the_stored_one(
    tmp_path: Path, store: SQLiteServiceStore, embedder: CountingEmbedder
) -> None:
    importer = Importer(store, embedder)
    importer.run(read_json_file(write_json(tmp_path / "full.json", [full()])))
    changed = full("Family group") | {"description": "Now for whole families."}
    summary = importer.run(read_json_file(write_json(tmp_path / "list.json", page(changed))))
    assert summary.updated == 1 and not [p for p in summary.problems if p.kind == "partial"]
    stored = store.get("svc")
    assert stored is not None and stored.service.description == "Now for whole families."


def test_a_short_record_outside_a_list_page_is_taken_as_given(
    tmp_path: Path, store: SQLiteServiceStore, embedder: CountingEmbedder
) -> None:
    importer = Importer(store, embedder)
    importer.run(read_json_file(write_json(tmp_path / "full.json", [full()])))
    short = service("svc", "Parenting group")
    importer.run(read_json_file(write_json(tmp_path / "one.json", [short])))
    stored = store.get("svc")
    assert stored is not None and stored.service.locations == ()
