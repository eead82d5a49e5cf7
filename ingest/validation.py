"""Structural and semantic checks of an HSDS 3.0 / Open Referral UK service record.

Every problem of a record is collected (not only the first), each with the path of its field.
Unknown fields are kept and not checked: HSDS allows extensions. An Open Referral UK v1 or
Outpost record is mapped to HSDS 3.0 first (`ingest.oruk_v1`), and what the mapping found is
reported with the rest.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from directory.published import confidential_without_id
from directory.records import STATUSES
from ingest.oruk_v1 import is_v1_record, to_hsds3
from ingest.problems import WARNING, FieldIssue

STR, NUM = "string", "number"
MAX_AGE = 130

#: For each HSDS object: its scalar fields' types, its nested objects and its nested lists.
SHAPES: dict[str, dict[str, dict[str, str]]] = {
    "service": {
        "fields": {
            "id": STR,
            "name": STR,
            "alternate_name": STR,
            "description": STR,
            "url": STR,
            "email": STR,
            "status": STR,
            "interpretation_services": STR,
            "application_process": STR,
            "fees_description": STR,
            "eligibility_description": STR,
            "minimum_age": NUM,
            "maximum_age": NUM,
            "assured_date": STR,
            "last_modified": STR,
        },
        "objects": {"organization": "organization", "program": "any"},
        "lists": {
            "phones": "phone",
            "schedules": "schedule",
            "service_areas": "service_area",
            "service_at_locations": "service_at_location",
            "languages": "language",
            "funding": "any",
            "cost_options": "cost_option",
            "required_documents": "any",
            "contacts": "contact",
            "attributes": "attribute",
            "metadata": "any",
            "capacities": "any",
        },
    },
    "organization": {
        "fields": {"id": STR, "name": STR, "description": STR, "email": STR, "website": STR},
        "objects": {},
        "lists": {
            "contacts": "contact",
            "phones": "phone",
            "locations": "location",
            "funding": "any",
            "organization_identifiers": "any",
            "attributes": "attribute",
            "metadata": "any",
            "programs": "any",
        },
    },
    "service_at_location": {
        "fields": {"id": STR, "description": STR},
        "objects": {"location": "location"},
        "lists": {
            "contacts": "contact",
            "phones": "phone",
            "schedules": "schedule",
            "attributes": "attribute",
            "metadata": "any",
        },
    },
    "location": {
        "fields": {
            "id": STR,
            "name": STR,
            "location_type": STR,
            "latitude": NUM,
            "longitude": NUM,
        },
        "objects": {},
        "lists": {
            "addresses": "address",
            "phones": "phone",
            "schedules": "schedule",
            "languages": "language",
            "accessibility": "any",
            "contacts": "contact",
            "attributes": "attribute",
            "metadata": "any",
        },
    },
    "address": {
        "fields": {"address_1": STR, "city": STR, "postal_code": STR, "country": STR},
        "objects": {},
        "lists": {},
    },
    "attribute": {
        "fields": {"id": STR, "value": STR},
        "objects": {"taxonomy_term": "taxonomy_term"},
        "lists": {},
    },
    "taxonomy_term": {
        "fields": {"id": STR, "name": STR, "code": STR, "parent_id": STR, "taxonomy": STR},
        "objects": {},
        "lists": {},
    },
    "cost_option": {
        "fields": {"option": STR, "currency": STR, "amount": NUM, "amount_description": STR},
        "objects": {},
        "lists": {},
    },
    "language": {"fields": {"name": STR, "code": STR}, "objects": {}, "lists": {}},
    "phone": {"fields": {"number": STR}, "objects": {}, "lists": {"languages": "language"}},
    "contact": {"fields": {"name": STR, "email": STR}, "objects": {}, "lists": {"phones": "phone"}},
    "schedule": {
        "fields": {"byday": STR, "opens_at": STR, "closes_at": STR, "description": STR},
        "objects": {},
        "lists": {},
    },
    "service_area": {
        "fields": {"name": STR, "description": STR, "uri": STR},
        "objects": {},
        "lists": {},
    },
    "any": {"fields": {}, "objects": {}, "lists": {}},
}


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object" if isinstance(value, dict) else type(value).__name__


def _is_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    if isinstance(value, str):
        try:
            float(value.strip())
        except ValueError:
            return False
        return True
    return False


def check_shape(value: dict[str, Any], shape: str, path: str) -> list[FieldIssue]:
    """Check the JSON types of one object and everything nested in it."""
    spec = SHAPES[shape]
    issues: list[FieldIssue] = []
    for name, kind in spec["fields"].items():
        item = value.get(name)
        if item is None:
            continue
        if kind == NUM and not _is_number(item):
            issues.append(FieldIssue(path + name, f"must be a number, got {json_type(item)}"))
        elif kind == STR and not isinstance(item, str):
            issues.append(FieldIssue(path + name, f"must be a string, got {json_type(item)}"))
    for name, child in spec["objects"].items():
        item = value.get(name)
        if item is None:
            continue
        if not isinstance(item, dict):
            issues.append(FieldIssue(path + name, f"must be an object, got {json_type(item)}"))
        else:
            issues.extend(check_shape(item, child, f"{path}{name}."))
    for name, child in spec["lists"].items():
        items = value.get(name)
        if items is None:
            continue
        if not isinstance(items, list):
            issues.append(FieldIssue(path + name, f"must be an array, got {json_type(items)}"))
            continue
        for index, item in enumerate(items):
            where = f"{path}{name}[{index}]"
            if not isinstance(item, dict):
                issues.append(FieldIssue(where, f"must be an object, got {json_type(item)}"))
            else:
                issues.extend(check_shape(item, child, where + "."))
    return issues


def parse_age(value: Any) -> int | None:
    """An age in whole years from a number or numeric string (already type-checked)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number = float(value)
    return int(number) if number.is_integer() else None


def _check_ages(record: dict[str, Any]) -> list[FieldIssue]:
    issues: list[FieldIssue] = []
    ages: dict[str, int] = {}
    for name in ("minimum_age", "maximum_age"):
        value = record.get(name)
        if value is None or not _is_number(value):
            continue
        age = parse_age(value)
        if age is None:
            issues.append(FieldIssue(name, f"must be a whole number of years, got {value!r}"))
        elif not 0 <= age <= MAX_AGE:
            issues.append(FieldIssue(name, f"must be between 0 and {MAX_AGE}, got {age}"))
        else:
            ages[name] = age
    low, high = ages.get("minimum_age"), ages.get("maximum_age")
    if low is not None and high is not None and low > high:
        issues.append(FieldIssue("minimum_age", f"minimum_age {low} is above maximum_age {high}"))
    return issues


def _check_dates(record: dict[str, Any]) -> list[FieldIssue]:
    issues: list[FieldIssue] = []
    assured = record.get("assured_date")
    if isinstance(assured, str) and assured.strip():
        try:
            date.fromisoformat(assured.strip()[:10])
        except ValueError:
            issues.append(FieldIssue("assured_date", f"{assured!r} is not a date", WARNING))
    modified = record.get("last_modified")
    if isinstance(modified, str) and modified.strip():
        try:
            datetime.fromisoformat(modified.strip().replace("Z", "+00:00"))
        except ValueError:
            issues.append(FieldIssue("last_modified", f"{modified!r} is not a date-time", WARNING))
    return issues


def _check_coordinates(record: dict[str, Any]) -> list[FieldIssue]:
    issues: list[FieldIssue] = []
    for index, sal in enumerate(record.get("service_at_locations") or []):
        location = sal.get("location") if isinstance(sal, dict) else None
        if not isinstance(location, dict):
            continue
        lat, lon = location.get("latitude"), location.get("longitude")
        if lat is None or lon is None or not (_is_number(lat) and _is_number(lon)):
            continue
        if not (-90 <= float(lat) <= 90 and -180 <= float(lon) <= 180):
            issues.append(
                FieldIssue(
                    f"service_at_locations[{index}].location.latitude",
                    f"coordinates ({lat}, {lon}) are not on Earth; the location is not mapped",
                    WARNING,
                )
            )
    return issues


def _check_costs(record: dict[str, Any]) -> list[FieldIssue]:
    issues: list[FieldIssue] = []
    for index, cost in enumerate(record.get("cost_options") or []):
        amount = cost.get("amount") if isinstance(cost, dict) else None
        if amount is not None and _is_number(amount) and float(amount) < 0:
            issues.append(FieldIssue(f"cost_options[{index}].amount", "must not be negative"))
    return issues


def _check_confidential_ids(record: dict[str, Any]) -> list[FieldIssue]:
    """A confidential location without an id could not be hidden wherever the record repeats
    it, so it rejects the record."""
    return [
        FieldIssue(
            f"{path}.id",
            "a confidential location must have an id, so that every copy of it in the record "
            "can be hidden; the record is not imported",
        )
        for path in confidential_without_id(record)
    ]


def validate_service(record: Any) -> list[FieldIssue]:
    """Every problem of one service record; errors reject it, warnings do not. A v1 or
    Outpost record is checked as the HSDS 3.0 record it maps to, after the mapping's own
    findings (fields with no place in HSDS 3.0, values that cannot be read)."""
    if not isinstance(record, dict):
        return [FieldIssue("(record)", f"must be a JSON object, got {json_type(record)}")]
    if is_v1_record(record):
        mapped, found = to_hsds3(record)
        return found + _validate_hsds3(mapped)
    return _validate_hsds3(record)


def _validate_hsds3(record: dict[str, Any]) -> list[FieldIssue]:
    issues: list[FieldIssue] = []
    record_id = record.get("id")
    if record_id is None or (isinstance(record_id, str) and not record_id.strip()):
        issues.append(FieldIssue("id", "is required"))
    name = record.get("name")
    if name is None or (isinstance(name, str) and not name.strip()):
        issues.append(FieldIssue("name", "is required"))
    issues.extend(check_shape(record, "service", ""))
    status = record.get("status")
    if status is None:
        issues.append(FieldIssue("status", "is missing; the service is taken as active", WARNING))
    elif isinstance(status, str) and status.strip().lower() not in STATUSES:
        issues.append(
            FieldIssue(
                "status", f"unknown status {status!r}; expected one of {', '.join(STATUSES)}"
            )
        )
    issues.extend(_check_ages(record))
    issues.extend(_check_dates(record))
    issues.extend(_check_coordinates(record))
    issues.extend(_check_costs(record))
    issues.extend(_check_confidential_ids(record))
    return issues


_GSS = re.compile(r"\b[ENSW]\d{8}\b")


def gss_codes(text: str) -> list[str]:
    """ONS area codes (E06000022, ...) mentioned in a text or URI."""
    return _GSS.findall(text or "")
