"""The record a service is published as: its normalised HSDS record, confidential parts removed.

A location is confidential (a refuge) when it, or the object that holds it, carries the
`confidential-address` flag among its attributes; a flag on the service itself makes every
location in the record confidential. Feeds repeat a location in several places (under
`service_at_locations`, `organization.locations`, a top-level `locations`, or elsewhere), not
always with its flag, so every location-shaped object anywhere in the record whose id is a
confidential location's id is hidden too. That is why a confidential location must have an id:
`confidential_without_id` finds those that have none, and the importer rejects them.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator
from typing import Any

from directory.records import FLAGS_TAXONOMY
from directory.store import StoredService

#: Flag code on a location's attributes that keeps its address confidential.
HIDE_ADDRESS_FLAG = "confidential-address"
#: What a confidential location keeps: enough to say that it exists, nothing to find it by (no
#: address, postcode, coordinates, phones, or description, which may say where it is).
CONFIDENTIAL_LOCATION_KEEPS = ("id", "location_type", "name", "attributes")
#: Keys that make an object a location wherever it is in a record.
LOCATION_MARKERS = frozenset(
    {
        "addresses",
        "physical_addresses",
        "postal_addresses",
        "latitude",
        "longitude",
        "location_type",
    }
)
#: Keys whose objects are locations.
LOCATION_KEYS = frozenset({"location", "locations"})
#: What an object linked to a confidential location by `location_id` (an address row) loses.
ADDRESS_PARTS = frozenset(
    {
        "address_1",
        "address_2",
        "address_3",
        "address_4",
        "attention",
        "city",
        "region",
        "state_province",
        "postal_code",
        "latitude",
        "longitude",
        "addresses",
        "physical_addresses",
        "postal_addresses",
        "description",
    }
)
CONFIDENTIAL_FLAG_ATTRIBUTE: dict[str, Any] = {
    "taxonomy_term": {
        "id": f"earlyhelp-flag-{HIDE_ADDRESS_FLAG}",
        "code": HIDE_ADDRESS_FLAG,
        "name": "Confidential address",
        "taxonomy": FLAGS_TAXONOMY,
    }
}


def has_confidential_flag(item: dict[str, Any]) -> bool:
    """Whether the object's own attributes carry the confidential-address flag."""
    attributes = item.get("attributes")
    for attribute in attributes if isinstance(attributes, list) else []:
        term = attribute.get("taxonomy_term") if isinstance(attribute, dict) else None
        code = term.get("code") if isinstance(term, dict) else None
        if isinstance(code, str) and code.strip() == HIDE_ADDRESS_FLAG:
            return True
    return False


def location_id(item: dict[str, Any]) -> str:
    """A location's id as compared everywhere: stripped, "" when it has none."""
    value = item.get("id")
    return "" if value is None else str(value).strip()


def is_location(key: str | None, item: dict[str, Any]) -> bool:
    """Whether an object found under `key` is a location: by its key or by its fields."""
    return key in LOCATION_KEYS or not LOCATION_MARKERS.isdisjoint(item)


def _nested(value: Any, path: str) -> Iterator[tuple[str, str | None, dict[str, Any]]]:
    """Every object below `value` (not `value` itself): its path, the key it is under, it."""
    items: Iterable[tuple[str, Any]]
    if isinstance(value, dict):
        items = ((f"{path}.{k}" if path else str(k), v) for k, v in value.items())
    else:
        items = ((path, v) for v in value) if isinstance(value, list) else ()
    for where, item in items:
        key = where.rsplit(".", 1)[-1]
        if isinstance(item, list):
            for index, entry in enumerate(item):
                if isinstance(entry, dict):
                    yield f"{where}[{index}]", key, entry
                    yield from _nested(entry, f"{where}[{index}]")
        elif isinstance(item, dict):
            yield where, key, item
            yield from _nested(item, where)


def confidential_locations(record: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Each location the record declares confidential, with its path: a flagged location, and
    every location held by a flagged object that is not a location itself (the service, a
    service-at-location)."""
    found: dict[int, tuple[str, dict[str, Any]]] = {}
    holders = [("", None, record), *_nested(record, "")]
    for path, key, item in holders:
        if not has_confidential_flag(item):
            continue
        if item is not record and is_location(key, item):
            found.setdefault(id(item), (path, item))
            continue
        for inner_path, inner_key, inner in _nested(item, path):
            if is_location(inner_key, inner):
                found.setdefault(id(inner), (inner_path, inner))
    return list(found.values())


def confidential_without_id(record: dict[str, Any]) -> list[str]:
    """Paths of the confidential locations that have no usable id (none, empty or spaces)."""
    return [path for path, item in confidential_locations(record) if not location_id(item)]


def confidential_ids(record: dict[str, Any]) -> set[str]:
    """The (stripped) ids of the record's confidential locations."""
    return {location_id(item) for _, item in confidential_locations(record)} - {""}


def _kept(location: dict[str, Any]) -> dict[str, Any]:
    kept = {k: v for k, v in location.items() if k in CONFIDENTIAL_LOCATION_KEEPS}
    if "id" in kept:
        kept["id"] = location_id(location)
    if not has_confidential_flag(kept):
        # Every copy says it is confidential, so whoever reads this record hides it too.
        kept["attributes"] = [*(kept.get("attributes") or []), CONFIDENTIAL_FLAG_ATTRIBUTE]
    return copy.deepcopy(kept)


def _scrub(value: Any, key: str | None, declared: set[int], ids: set[str]) -> Any:
    if isinstance(value, list):
        return [_scrub(item, key, declared, ids) for item in value]
    if not isinstance(value, dict):
        return value
    if id(value) in declared or (is_location(key, value) and location_id(value) in ids):
        return _kept(value)
    out = {k: _scrub(v, k, declared, ids) for k, v in value.items()}
    link = out.get("location_id")
    if link is not None and str(link).strip() in ids:
        out = {k: v for k, v in out.items() if k not in ADDRESS_PARTS}
    return out


def hide_confidential_locations(record: dict[str, Any], also: Iterable[str] = ()) -> dict[str, Any]:
    """A copy of the record in which every confidential location, wherever it is, keeps only
    CONFIDENTIAL_LOCATION_KEEPS (and the flag), as does every location whose id is a
    confidential location's id or in `also`; objects linked to one by `location_id` lose
    their address parts. The record itself is not changed."""
    declared = {id(item) for _, item in confidential_locations(record)}
    ids = confidential_ids(record) | {i.strip() for i in also}
    return {k: _scrub(v, k, declared, ids) for k, v in record.items()}


def published_record(stored: StoredService) -> dict[str, Any]:
    """The service's HSDS record as the API and the exports give it, with every confidential
    location hidden (`hide_confidential_locations`), however the record was stored."""
    hidden = (loc.id for loc in stored.service.locations if loc.hide_address)
    return hide_confidential_locations(stored.record, also=hidden)
