"""Where an Open Referral UK v1 or Outpost service is, mapped to HSDS 3.0 service-at-locations.

v1 nests `service_at_locations[].location` with `physical_addresses`,
`accessibility_for_disabilities` and the venue's own `regular_schedules`/`holiday_schedules`;
Outpost lists `locations` with the address on the location itself, a GeoJSON `geometry`
(longitude first), `accessibilities` and `mask_exact_address` (an address that must not be
published, such as a childminder's home: it becomes the confidential-address flag).
"""

from __future__ import annotations

import json
from typing import Any

from directory.published import HIDE_ADDRESS_FLAG
from directory.records import FLAGS_TAXONOMY
from ingest.oruk_v1_values import id_text, number, schedules, truth, visible_objects
from ingest.problems import WARNING, FieldIssue
from ingest.source_fields import SourceObject

#: Coordinates and a GeoJSON point further apart than this (in degrees) are reported.
GEOMETRY_TOLERANCE = 0.001
ADDRESS_LINES = ("address_1", "address_2", "city", "state_province", "postal_code", "country")
#: The lines HSDS 3.0 requires of every address; a feed need not give them all.
REQUIRED_LINES = ("address_1", "city", "state_province", "postal_code", "country")
#: Keys of an HSDS 3.0 location taken as they are.
LOCATION_KEYS = (
    "name",
    "alternate_name",
    "description",
    "transportation",
    "url",
    "external_identifier",
    "external_identifier_type",
    "languages",
    "contacts",
    "phones",
    "schedules",
    "metadata",
)
#: Keys of an HSDS 3.0 service-at-location taken as they are.
SERVICE_AT_LOCATION_KEYS = ("description", "contacts", "phones", "attributes", "metadata")


def confidential_flag(location_id: str) -> dict[str, Any]:
    """The attribute that keeps a location's address out of everything the directory shows."""
    return {
        "id": f"{location_id}-{HIDE_ADDRESS_FLAG}",
        "taxonomy_term": {
            "id": f"earlyhelp-flag-{HIDE_ADDRESS_FLAG}",
            "code": HIDE_ADDRESS_FLAG,
            "name": "Confidential address",
            "description": "The address is not published",
            "taxonomy": FLAGS_TAXONOMY,
        },
    }


def _address(
    raw: dict[str, Any], path: str, default_id: str, issues: list[FieldIssue]
) -> dict[str, Any]:
    source = SourceObject(raw, path, issues)
    out: dict[str, Any] = {"id": id_text(source.get("id")) or default_id}
    extra = [str(source.get(k) or "").strip() for k in ("address_2", "address_3", "address_4")]
    source.copy_into(out, "attention", "address_1", "city", "region", "state_province")
    source.copy_into(out, "postal_code", "country")
    if any(extra):
        out["address_2"] = ", ".join(line for line in extra if line)
    out["address_type"] = source.get("address_type") or "physical"
    source.get("location_id")  # the link to the location that holds it
    source.report_rest()
    for key in REQUIRED_LINES:
        out.setdefault(key, "GB" if key == "country" else "")
    return out


def _point(geometry: Any, where: str, issues: list[FieldIssue]) -> tuple[float, float] | None:
    """(latitude, longitude) of a GeoJSON Point, whose coordinates are longitude first."""
    if isinstance(geometry, str):
        try:
            geometry = json.loads(geometry)
        except json.JSONDecodeError:
            geometry = None
    coordinates = geometry.get("coordinates") if isinstance(geometry, dict) else None
    kind = geometry.get("type") if isinstance(geometry, dict) else None
    pair = [number(c) for c in coordinates] if isinstance(coordinates, list) else []
    if kind != "Point" or len(pair) != 2 or pair[0] is None or pair[1] is None:
        issues.append(
            FieldIssue(
                where,
                "is not a GeoJSON Point with [longitude, latitude]; the location is not mapped "
                "from it",
                WARNING,
                kind="coordinates",
            )
        )
        return None
    return pair[1], pair[0]


def _compare(source: SourceObject, point: tuple[float, float], given: tuple[float, float]) -> None:
    if max(abs(point[0] - given[0]), abs(point[1] - given[1])) > GEOMETRY_TOLERANCE:
        source.issues.append(
            FieldIssue(
                source.where("geometry"),
                f"the point ({point[0]}, {point[1]}) is not the location's latitude and "
                f"longitude ({given[0]}, {given[1]}); the latitude and longitude are used",
                WARNING,
                kind="coordinates",
            )
        )


def _coordinates(source: SourceObject, out: dict[str, Any]) -> None:
    latitude, longitude = number(source.get("latitude")), number(source.get("longitude"))
    geometry = source.get("geometry")
    point = _point(geometry, source.where("geometry"), source.issues) if geometry else None
    if point is not None and latitude is not None and longitude is not None:
        _compare(source, point, (latitude, longitude))
    if (latitude is None or longitude is None) and point is not None:
        latitude, longitude = point
    for key, value in (("latitude", latitude), ("longitude", longitude)):
        if value is not None:
            out[key] = value
        elif source.has(key):  # not a number: kept, for the validation to report where
            out[key] = source.data[key]


def location(
    raw: dict[str, Any], path: str, default_id: str, issues: list[FieldIssue]
) -> dict[str, Any]:
    """An HSDS 3.0 location from a v1 or Outpost location."""
    source = SourceObject(raw, path, issues)
    location_id = id_text(source.get("id")) or default_id
    out: dict[str, Any] = {
        "id": location_id,
        "location_type": source.get("location_type") or "physical",
    }
    source.copy_into(out, *LOCATION_KEYS)
    _coordinates(source, out)
    addresses = [
        _address(item, where, f"{location_id}-address-{n}", issues)
        for n, (where, item) in enumerate(
            source.objects("addresses", "physical_addresses", "postal_addresses")
        )
    ]
    flat = {k: raw[k] for k in (*ADDRESS_LINES, "address_3", "address_4", "region") if k in raw}
    if any(str(v or "").strip() for v in flat.values()):
        source.get(*flat)
        addresses.insert(0, _address(flat, path, f"{location_id}-address", issues))
    if addresses:
        out["addresses"] = addresses
    accessibility = list(source.get("accessibility") or [])
    for n, (where, item) in enumerate(source.objects("accessibility_for_disabilities")):
        access = SourceObject(item, where, issues)
        accessibility.append(
            {
                "id": id_text(access.get("id")) or f"{location_id}-accessibility-{n}",
                "description": access.get("accessibility", "description") or "",
            }
            | ({"details": access.get("details")} if access.has("details") else {})
        )
        access.report_rest()
    for n, (where, item) in enumerate(source.objects("accessibilities")):
        access = SourceObject(item, where, issues)
        slug = access.get("slug")
        accessibility.append(
            {
                "id": id_text(access.get("id")) or f"{location_id}-accessibility-{slug or n}",
                "description": access.get("name", "description") or "",
            }
        )
        access.report_rest()
    if accessibility:
        out["accessibility"] = accessibility
    attributes = list(source.get("attributes") or [])
    masked = source.get("mask_exact_address")
    if truth(masked, source.where("mask_exact_address"), issues):
        attributes.append(confidential_flag(location_id))
    if attributes:
        out["attributes"] = attributes
    source.get("location_id", "visible")
    source.report_rest()
    return out


def service_at_location(
    raw: dict[str, Any], path: str, default_id: str, issues: list[FieldIssue]
) -> dict[str, Any]:
    """An HSDS 3.0 service-at-location from a v1 one (its location and its own schedules)."""
    source = SourceObject(raw, path, issues)
    sal_id = id_text(source.get("id")) or default_id
    out: dict[str, Any] = {"id": sal_id}
    source.copy_into(out, *SERVICE_AT_LOCATION_KEYS)
    held = source.get("location")
    if isinstance(held, dict):
        out["location"] = location(held, source.where("location"), f"{sal_id}-location", issues)
    elif held is not None:
        out["location"] = held  # not an object: the validation says so
    found = schedules(source, sal_id)
    if found:
        out["schedules"] = found
    source.get("service_id", "location_id")
    source.report_rest()
    return out


def places(source: SourceObject, service_id: str) -> list[dict[str, Any]]:
    """The service's service-at-locations: v1 `service_at_locations` and Outpost
    `locations` (each given a service-at-location of its own)."""
    found = [
        service_at_location(item, where, f"{service_id}-at-{n}", source.issues)
        for n, (where, item) in enumerate(source.objects("service_at_locations"))
    ]
    for n, (where, item) in enumerate(visible_objects(source, "locations")):
        held = location(item, where, f"{service_id}-location-{n}", source.issues)
        found.append({"id": f"{service_id}-at-{held['id']}", "location": held})
    return found
