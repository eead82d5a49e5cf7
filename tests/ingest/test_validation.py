from __future__ import annotations

from ingest.problems import ERROR, WARNING
from ingest.validation import validate_service
from tests.conftest import service


def errors(record: object) -> dict[str, str]:
    return {i.field: i.message for i in validate_service(record) if i.severity == ERROR}


def test_a_good_record_has_no_errors() -> None:
    assert errors(service("s1", minimum_age=0, maximum_age=18)) == {}


def test_missing_id_and_name_are_both_reported() -> None:
    found = errors({"description": "no id, no name"})
    assert found == {"id": "is required", "name": "is required"}


def test_negative_and_reversed_ages() -> None:
    assert "must be between 0 and 130" in errors(service("s", minimum_age=-1))["minimum_age"]
    reversed_ages = errors(service("s", minimum_age=11, maximum_age=5))
    assert reversed_ages["minimum_age"] == "minimum_age 11 is above maximum_age 5"


def test_wrong_types_name_their_field() -> None:
    found = errors(service("s", name=42, minimum_age="five", languages="Polish"))
    assert found["name"] == "must be a string, got number"
    assert found["minimum_age"] == "must be a number, got string"
    assert found["languages"] == "must be an array, got string"


def test_numeric_strings_are_accepted_as_ages() -> None:
    assert errors(service("s", minimum_age="5", maximum_age="11")) == {}


def test_unknown_status_is_rejected_and_missing_status_warned() -> None:
    assert "unknown status 'closed-ish'" in errors(service("s", status="closed-ish"))["status"]
    record = service("s")
    del record["status"]
    issues = validate_service(record)
    assert [(i.field, i.severity) for i in issues] == [("status", WARNING)]


def test_broken_nesting_gives_the_path() -> None:
    record = service(
        "s",
        service_at_locations=[{"id": "sal", "location": "Bath"}, "not an object"],
        organization=["not", "an", "object"],
    )
    found = errors(record)
    assert found["service_at_locations[0].location"] == "must be an object, got string"
    assert found["service_at_locations[1]"] == "must be an object, got string"
    assert found["organization"] == "must be an object, got array"


def test_coordinates_off_the_earth_are_a_warning_not_a_rejection() -> None:
    record = service(
        "s",
        service_at_locations=[
            {"id": "a", "location": {"id": "l", "latitude": 100, "longitude": 1}}
        ],
    )
    issues = validate_service(record)
    assert [i.severity for i in issues] == [WARNING]


def test_a_record_that_is_not_an_object() -> None:
    assert errors(["a list"]) == {"(record)": "must be a JSON object, got array"}
