"""Turn a validated HSDS 3.0 / Open Referral UK service record into a normalised `Service`."""

from __future__ import annotations

import copy
import re
from datetime import date
from typing import Any

from directory.areas import default_councils, resolve_areas
from directory.geography import (
    PostcodeDirectory,
    PostcodeError,
    distance_km,
    normalise_postcode,
    not_a_postcode,
    not_in_directory,
)
from directory.published import HIDE_ADDRESS_FLAG as HIDE_ADDRESS_FLAG
from directory.published import (
    confidential_ids,
    confidential_locations,
    hide_confidential_locations,
    location_id,
)
from directory.records import FLAGS_TAXONOMY, Location, Service, TaxonomyTerm
from directory.safe_values import LINK_FIELDS, checked_link, shown
from ingest.cleaning import clean_service
from ingest.oruk_v1 import is_v1_record, to_hsds3
from ingest.problems import WARNING, FieldIssue
from ingest.validation import parse_age

#: Coordinates further than this from their own postcode are reported.
FAR_FROM_POSTCODE_KM = 2.0

_FREE_WORDS = re.compile(r"\b(free|no charge|no cost|funded)\b", re.IGNORECASE)
_NOT_OFFERED = re.compile(r"^\s*(no|none|n/?a|not available)\.?\s*$", re.IGNORECASE)


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _terms(attributes: Any) -> list[dict[str, Any]]:
    terms = []
    for attribute in attributes or []:
        term = attribute.get("taxonomy_term") if isinstance(attribute, dict) else None
        if isinstance(term, dict):
            terms.append(term)
    return terms


def _categories_and_flags(
    record: dict[str, Any],
) -> tuple[tuple[TaxonomyTerm, ...], tuple[str, ...]]:
    categories: dict[str, TaxonomyTerm] = {}
    flags: list[str] = []
    for term in _terms(record.get("attributes")):
        taxonomy = _text(term.get("taxonomy"))
        detail = term.get("taxonomy_detail")
        if not taxonomy and isinstance(detail, dict):
            taxonomy = _text(detail.get("name"))
        code = _text(term.get("code"))
        if taxonomy == FLAGS_TAXONOMY:
            if code and code not in flags:
                flags.append(code)
            continue
        name = _text(term.get("name"))
        term_id = _text(term.get("id")) or code or name
        if name and term_id not in categories:
            categories[term_id] = TaxonomyTerm(
                id=term_id,
                name=name,
                taxonomy=taxonomy,
                code=code,
                parent_id=_text(term.get("parent_id")) or None,
            )
    return tuple(categories.values()), tuple(flags)


def _is_free(record: dict[str, Any]) -> bool | None:
    amounts = [
        float(cost["amount"])
        for cost in record.get("cost_options") or []
        if cost.get("amount") is not None
    ]
    if any(amount > 0 for amount in amounts):
        return False
    if amounts:
        return True
    fees = _text(record.get("fees_description"))
    if fees:
        return bool(_FREE_WORDS.search(fees))
    return None


def _languages(record: dict[str, Any]) -> tuple[str, ...]:
    codes: list[str] = []
    for language in record.get("languages") or []:
        code = _text(language.get("code")).lower()[:3] or _text(language.get("name")).lower()
        if code and code not in codes:
            codes.append(code)
    return tuple(codes)


def _strip_ids(value: Any) -> None:
    """Strip, in place, every id and link (`id`, `..._id`) held as text in a record."""
    if isinstance(value, list):
        for item in value:
            _strip_ids(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            if (key == "id" or key.endswith("_id")) and isinstance(item, str):
                value[key] = item.strip()
            else:
                _strip_ids(item)


def _link_fields(value: Any, path: str = "") -> list[tuple[str, dict[str, Any], str]]:
    """Every link field (LINK_FIELDS) holding text in a record: its path, its object, its key."""
    found: list[tuple[str, dict[str, Any], str]] = []
    if isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(_link_fields(item, f"{path}[{index}]"))
    elif isinstance(value, dict):
        for key, item in value.items():
            where = f"{path}.{key}" if path else str(key)
            if key in LINK_FIELDS and isinstance(item, str) and item.strip():
                found.append((where, value, key))
            else:
                found.extend(_link_fields(item, where))
    return found


def _clean_links(record: dict[str, Any]) -> list[FieldIssue]:
    """Keep only links with an allowed scheme (LINK_FIELDS), in place: a bare host name is
    given https://, anything else (javascript:, data:, ...) is left out and reported."""
    issues: list[FieldIssue] = []
    for where, holder, key in _link_fields(record):
        value = holder[key]
        schemes = LINK_FIELDS[key]
        link = checked_link(value, schemes)
        if link is None:
            del holder[key]
            issues.append(
                FieldIssue(
                    where,
                    f"{shown(value)} is not a web address ({' or '.join(schemes)}); left out",
                    WARNING,
                    kind="url",
                )
            )
        else:
            holder[key] = link
    return issues


def _location(
    sal_index: int,
    raw: dict[str, Any],
    postcodes: PostcodeDirectory | None,
    issues: list[FieldIssue],
    hidden: bool,
) -> Location:
    where = f"service_at_locations[{sal_index}].location"
    address: dict[str, Any] = next(iter(raw.get("addresses") or []), {}) or {}
    postcode: str | None = None
    raw_postcode = _text(address.get("postal_code"))
    if raw_postcode:
        try:
            postcode = normalise_postcode(raw_postcode)
        except PostcodeError:
            issues.append(
                FieldIssue(
                    f"{where}.addresses[0].postal_code",
                    not_a_postcode(raw_postcode),
                    WARNING,
                    kind="postcode",
                )
            )
    lat = raw.get("latitude")
    lon = raw.get("longitude")
    latitude = float(lat) if lat is not None else None
    longitude = float(lon) if lon is not None else None
    if (
        latitude is not None
        and longitude is not None
        and not (-90 <= latitude <= 90 and -180 <= longitude <= 180)
    ):
        latitude = longitude = None
    la_code: str | None = None
    if postcode and postcodes is not None:
        place = postcodes.lookup(postcode)
        if place is None:
            issues.append(
                FieldIssue(
                    f"{where}.addresses[0].postal_code",
                    f"{not_in_directory(postcode)}; not geocoded",
                    WARNING,
                    kind="postcode",
                )
            )
        elif place.is_delivery_point:
            issues.append(
                FieldIssue(
                    f"{where}.addresses[0].postal_code",
                    f"postcode {postcode} is a PO box or large-user postcode: the ONS "
                    f"directory puts it at a delivery office shared by {place.shared_by} "
                    "postcodes, so it says nothing about where the service is; not geocoded "
                    "(give the street postcode)",
                    WARNING,
                    kind="postcode",
                )
            )
        else:
            la_code = place.la_code
            if latitude is not None and longitude is not None:
                apart = distance_km(latitude, longitude, place.latitude, place.longitude)
                if apart > FAR_FROM_POSTCODE_KM:
                    issues.append(
                        FieldIssue(
                            f"{where}.latitude",
                            f"the coordinates are {apart:.1f} km from postcode {postcode}; "
                            "check which is right",
                            WARNING,
                            kind="coordinates",
                        )
                    )
            if latitude is None or longitude is None:
                latitude, longitude = place.latitude, place.longitude
                raw["latitude"], raw["longitude"] = latitude, longitude
    lines = [_text(address.get(k)) for k in ("address_1", "address_2", "city")]
    return Location(
        id=location_id(raw) or f"{sal_index}",
        name=_text(raw.get("name")),
        address=", ".join(line for line in lines if line),
        postcode=postcode,
        latitude=latitude,
        longitude=longitude,
        la_code=la_code,
        hide_address=hidden,
    )


def normalise_service(
    source: dict[str, Any], postcodes: PostcodeDirectory | None = None
) -> tuple[Service, list[FieldIssue]]:
    """Normalise a record that `validate_service` found no errors in.

    Returns the service and any warnings found while normalising (unknown postcodes, links
    left out). The source is not changed; the service's `record` is a normalised copy of it:
    ids stripped, links with a scheme other than LINK_FIELDS allows left out, and every
    confidential location hidden (`hide_confidential_locations`). The service's `locations`
    keep their addresses, marked `hide_address`, for the data-quality checks. A v1 or Outpost
    record is mapped to HSDS 3.0 first; `validate_service` has reported what the mapping found.
    """
    record = to_hsds3(source)[0] if is_v1_record(source) else copy.deepcopy(source)
    _strip_ids(record)
    issues = _clean_links(record)
    issues.extend(clean_service(record))  # what would mislead a family: ingest/cleaning.py
    record["id"] = str(record["id"]).strip()
    record["name"] = str(record["name"]).strip()
    status = _text(record.get("status")).lower() or "active"
    record["status"] = status
    for name in ("minimum_age", "maximum_age"):
        if record.get(name) is not None:
            record[name] = parse_age(record[name])
    categories, flags = _categories_and_flags(record)
    organization = record.get("organization") or {}
    declared = {id(item) for _, item in confidential_locations(record)}
    hidden_ids = confidential_ids(record)
    locations = tuple(
        _location(
            index,
            sal["location"],
            postcodes,
            issues,
            id(sal["location"]) in declared or location_id(sal["location"]) in hidden_ids,
        )
        for index, sal in enumerate(record.get("service_at_locations") or [])
        if isinstance(sal.get("location"), dict)
    )
    record = hide_confidential_locations(record)
    venues = [
        (loc.latitude, loc.longitude)
        for loc in locations
        if not loc.hide_address and loc.latitude is not None and loc.longitude is not None
    ]
    area_codes, area_warnings = resolve_areas(
        record.get("service_areas") or [],
        venues,
        default_councils(),
        _text(record.get("eligibility_description")),
    )
    issues.extend(FieldIssue("service_areas", w, WARNING, kind="area") for w in area_warnings)
    assured_text = _text(record.get("assured_date"))[:10]
    try:
        assured = date.fromisoformat(assured_text) if assured_text else None
    except ValueError:
        assured = None
    interpretation = _text(record.get("interpretation_services"))
    service = Service(
        id=record["id"],
        name=record["name"],
        status=status,
        description=_text(record.get("description")),
        organization_id=_text(organization.get("id")) or None,
        organization_name=_text(organization.get("name")),
        minimum_age=record.get("minimum_age"),
        maximum_age=record.get("maximum_age"),
        eligibility_description=_text(record.get("eligibility_description")),
        application_process=_text(record.get("application_process")),
        free=_is_free(record),
        fees_description=_text(record.get("fees_description")),
        languages=_languages(record),
        interpretation=bool(interpretation) and not _NOT_OFFERED.match(interpretation),
        categories=categories,
        flags=flags,
        area_codes=tuple(area_codes),
        locations=locations,
        assured_date=assured,
        last_modified=_text(record.get("last_modified")) or None,
        record=record,
    )
    return service, issues
