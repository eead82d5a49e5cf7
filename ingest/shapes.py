"""Whether a record (or a CSV table's columns) is a service, or an organisation, a location or
a taxonomy term fed as one.

Only services become services. A record is taken for something else only when it has fields
that only that other kind has (an organisation's `legal_status`, a location's `latitude`, a
taxonomy term's `parent_id`, a service-at-location link's `location`) and none that only a
service has (`status`, ages, eligibility, `service_at_locations`...), so a short service record
(only id and name) is still a service.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

#: Fields that only a service has, in HSDS 1.x, 3.0 and Open Referral UK v1.
SERVICE_ONLY = frozenset(
    {
        "status",
        "interpretation_services",
        "application_process",
        "fees",
        "fees_description",
        "wait_time",
        "accreditations",
        "licenses",
        "eligibility_description",
        "minimum_age",
        "maximum_age",
        "min_age",
        "max_age",
        "assurer_email",
        "alert",
        "service_areas",
        "service_at_locations",
        "organization",
        "organisation",
        "organization_id",
        "program",
        "program_id",
        "cost_options",
        "required_documents",
        "capacities",
        "eligibilitys",
        "regular_schedules",
        "holiday_schedules",
        "service_taxonomys",
        "attending_type",
        "attending_access",
        "deliverable_type",
        "needs_referral",
        "taxonomy_ids",
    }
)

#: For each other kind, the fields that say a record is one (and no service has).
OTHER_KINDS: dict[str, frozenset[str]] = {
    "organisation": frozenset(
        {
            "legal_status",
            "tax_status",
            "tax_id",
            "year_incorporated",
            "organization_identifiers",
            "parent_organization_id",
            "logo",
            "website",
            "programs",
            "services",
        }
    ),
    "location": frozenset(
        {
            "latitude",
            "longitude",
            "location_type",
            "transportation",
            "addresses",
            "physical_addresses",
            "postal_addresses",
            "accessibility",
            "accessibility_for_disabilities",
            "external_identifier",
            "external_identifier_type",
            "geometry",
            "postal_code",
            "address_1",
        }
    ),
    "taxonomy term": frozenset(
        {
            "code",
            "parent_id",
            "parent_name",
            "parent",
            "term_uri",
            "taxonomy",
            "taxonomy_id",
            "taxonomy_detail",
            "vocabulary",
            "children",
            "level",
        }
    ),
    "taxonomy": frozenset({"version", "terms"}),
    "service-at-location link": frozenset({"service", "location", "service_id", "location_id"}),
}

PLURALS = {
    "organisation": "organisations",
    "location": "locations",
    "taxonomy term": "taxonomy terms",
    "taxonomy": "taxonomies",
    "service-at-location link": "service-at-location links",
}


def other_kind(fields: Iterable[str]) -> tuple[str, tuple[str, ...]] | None:
    """What a record with these fields is, if not a service: the kind and the fields that say
    so (sorted); None when it has a field only services have, or nothing of another kind."""
    present = {field for field in fields if isinstance(field, str)}
    if present & SERVICE_ONLY:
        return None
    best: tuple[str, tuple[str, ...]] | None = None
    for kind, markers in OTHER_KINDS.items():
        found = tuple(sorted(present & markers))
        if found and (best is None or len(found) > len(best[1])):
            best = (kind, found)
    return best


def record_kind(data: Any) -> tuple[str, tuple[str, ...]] | None:
    """`other_kind` of a record's fields that hold something; None for anything not an object."""
    if not isinstance(data, dict):
        return None
    return other_kind(key for key, value in data.items() if value not in (None, "", [], {}))


def _fields(found: tuple[str, ...]) -> str:
    shown = ", ".join(found[:4])
    return shown + (f" and {len(found) - 4} more" if len(found) > 4 else "")


def record_message(kind: str, found: tuple[str, ...]) -> str:
    """Why one record is not imported as a service."""
    article = "an" if kind[0] in "aeiou" else "a"
    return (
        f"this looks like {article} {kind}, not a service: it has {_fields(found)} and no "
        "field only a service has; not imported"
    )


def list_message(kind: str, found: tuple[str, ...], where: str) -> str:
    """Why a whole file or table is refused."""
    return (
        f"this looks like a list of {PLURALS[kind]}, not services: {where} has "
        f"{_fields(found)} and no field only a service has (such as status, eligibility or "
        "service_at_locations). Give the services (a services file, or the whole data package "
        "with its services table)"
    )
