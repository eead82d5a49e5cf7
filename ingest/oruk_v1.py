"""Open Referral UK v1 and Outpost service records, mapped to the HSDS 3.0 shape.

Most UK directories publish Open Referral UK v1 (the 2020 API standard: `service_taxonomys`,
`eligibilitys`, `regular_schedules`, `physical_addresses`, ...) or Outpost's form of it
(integer ids, `organisation`, `locations` with a GeoJSON `geometry`, `taxonomies`,
`send_needs`, `min_age`, `free`, `needs_referral`, ...). `to_hsds3` maps such a record field by
field to the HSDS 3.0 record the rest of the directory reads. A field HSDS 3.0 has no place
for is left out and reported with kind `unmapped`, so nothing is dropped without a word; the
importer keeps the record as the feed sent it beside the mapped one.

HSDS 3.0 fields found in a v1 record (a directory editor's value laid over a feed's record
is one) are taken as they are and win over the v1 field they stand for.
"""

from __future__ import annotations

import copy
from typing import Any

from ingest.attending import read_attending
from ingest.oruk_v1_places import places
from ingest.oruk_v1_terms import categories, flags
from ingest.oruk_v1_values import (
    id_text,
    language,
    number,
    schedules,
    truth,
    visible_objects,
)
from ingest.problems import WARNING, FieldIssue
from ingest.source_fields import SourceObject, is_empty, unmapped

#: Top-level keys only v1 or Outpost records have.
V1_KEYS = frozenset(
    {
        "service_taxonomys",
        "service_taxonomies",
        "taxonomies",
        "eligibilitys",
        "eligibilities",
        "regular_schedules",
        "holiday_schedules",
        "fundings",
        "reviews",
        "organisation",
        "min_age",
        "max_age",
        "send_needs",
        "suitabilities",
        "links",
        "needs_referral",
        "free",
        "created_at",
        "updated_at",
        "deliverable_type",
        "attending_type",
        "attending_access",
        "target_directories",
        "local_offer",
        "visible_from",
        "visible_to",
    }
)
#: Service fields only HSDS 3.0 (and its UK profile) has.
HSDS3_ONLY_KEYS = frozenset(
    {
        "schedules",
        "minimum_age",
        "maximum_age",
        "assured_date",
        "assurer_email",
        "last_modified",
        "funding",
        "alert",
        "attributes",
        "service_capacities",
    }
)
#: HSDS 3.0 service fields that v1 has too, or that pass through unchanged.
HSDS3_SERVICE_KEYS = (
    "name",
    "alternate_name",
    "description",
    "url",
    "email",
    "interpretation_services",
    "application_process",
    "wait_time",
    "accreditations",
    "eligibility_description",
    "assured_date",
    "assurer_email",
    "licenses",
    "alert",
    "last_modified",
    "phones",
    "program",
    "program_id",
    "organization_id",
    "required_documents",
    "capacities",
)
#: Outpost's age bands: (key, youngest, oldest); None is no upper limit.
AGE_BANDS = (
    ("age_band_under_2", 0, 1),
    ("age_band_2", 2, 2),
    ("age_band_3_4", 3, 4),
    ("age_band_5_7", 5, 7),
    ("age_band_8_plus", 8, None),
)
#: Outpost statuses that are not HSDS ones, by the HSDS status that says the same to a family.
OUTPOST_STATUSES = {
    "pending": "inactive",
    "scheduled": "inactive",
    "invisible": "inactive",
    "expired": "inactive",
    "archived": "defunct",
    "marked for deletion": "defunct",
}


def is_v1_record(record: Any) -> bool:
    """Whether a service record is in the Open Referral UK v1 or Outpost shape."""
    if not isinstance(record, dict):
        return False
    if isinstance(record.get("id"), int) and not isinstance(record.get("id"), bool):
        return True
    given = {k for k, v in record.items() if not is_empty(v)}
    if not V1_KEYS.isdisjoint(given):
        return True
    if not HSDS3_ONLY_KEYS.isdisjoint(given):
        return False  # an HSDS 3.0 record (the UK profile's service areas have `service_area`)
    for sal in record.get("service_at_locations") or []:
        held = sal.get("location") if isinstance(sal, dict) else None
        if isinstance(held, dict) and "physical_addresses" in held:
            return True
    return any(
        isinstance(item, dict) and key in item
        for list_key, key in (("languages", "language"), ("service_areas", "service_area"))
        for item in record.get(list_key) or []
    )


def _organization(raw: dict[str, Any], path: str, issues: list[FieldIssue]) -> dict[str, Any]:
    source = SourceObject(raw, path, issues)
    out: dict[str, Any] = {"id": id_text(source.get("id")) or source.data.get("id")}
    source.copy_into(out, "name", "alternate_name", "description", "email", "logo", "uri")
    website = source.get("website", "url")
    if website is not None:
        out["website"] = website
    source.copy_into(out, "contacts", "phones", "funding", "attributes", "metadata")
    out.setdefault("description", "")  # HSDS 3.0 requires one; v1 and Outpost need not give it
    if out["id"] is None:
        del out["id"]
    source.report_rest()
    return out


def _contact(
    raw: dict[str, Any], path: str, default_id: str, issues: list[FieldIssue]
) -> dict[str, Any]:
    source = SourceObject(raw, path, issues)
    contact_id = id_text(source.get("id")) or default_id
    out: dict[str, Any] = {"id": contact_id}
    source.copy_into(out, "name", "title", "department", "email", "attributes", "metadata")
    phones: list[dict[str, Any]] = []
    for n, (where, item) in enumerate(source.objects("phones")):
        phone = SourceObject(item, where, issues)
        entry: dict[str, Any] = {"id": id_text(phone.get("id")) or f"{contact_id}-phone-{n}"}
        phone.copy_into(entry, "extension", "type", "description", "languages")
        given = phone.get("number")
        if given is not None:
            entry["number"] = str(given)
        spoken = phone.get("language")
        if spoken is not None:
            entry.setdefault("languages", []).append(
                language({"language": spoken}, phone.where("language"), f"{entry['id']}-0", issues)
            )
        phone.get("contact_id", "service_id")
        phone.report_rest()
        phones.append(entry)
    single = source.get("phone")  # Outpost: one number on the contact
    if single is not None:
        phones.append({"id": f"{contact_id}-phone", "number": str(single)})
    if phones:
        out["phones"] = phones
    source.get("service_id", "visible")
    source.report_rest()
    return out


def _cost(
    raw: dict[str, Any], path: str, default_id: str, issues: list[FieldIssue]
) -> dict[str, Any]:
    source = SourceObject(raw, path, issues)
    out: dict[str, Any] = {"id": id_text(source.get("id")) or default_id}
    source.copy_into(out, "option", "valid_from", "valid_to", "attributes", "metadata")
    out["currency"] = source.get("currency") or "GBP"
    notes = [str(n) for n in (source.get("amount_description"), source.get("cost_type")) if n]
    given = source.get("amount")
    amount = number(given)
    if amount is not None:
        out["amount"] = amount
    elif given is not None:
        notes.insert(0, str(given))  # "varies", "£5 a term": kept as words
    if notes:
        out["amount_description"] = "; ".join(notes)
    source.get("service_id", "linkid", "link_id")
    source.report_rest()
    return out


def _costs(source: SourceObject, service_id: str, out: dict[str, Any]) -> None:
    costs = [
        _cost(item, where, f"{service_id}-cost-{n}", source.issues)
        for n, (where, item) in enumerate(source.objects("cost_options"))
    ]
    free = truth(source.get("free"), source.where("free"), source.issues)
    charged = [c for c in costs if isinstance(c.get("amount"), int | float) and c["amount"] > 0]
    if free and charged:
        source.issues.append(
            FieldIssue(
                "free",
                "the service is marked free but its cost options give a charge; the charge is "
                "shown",
                WARNING,
            )
        )
    elif free and not any("amount" in c for c in costs):
        costs.append({"id": f"{service_id}-free", "option": "Free", "currency": "GBP", "amount": 0})
    if costs:
        out["cost_options"] = costs
    fees = source.get("fees_description", "fees")
    if fees is not None:
        out["fees_description"] = fees


def _age(source: SourceObject, key: str) -> float | int | None:
    given = source.get(key)
    age = number(given)
    if given is not None and age is None:
        source.issues.append(
            FieldIssue(source.where(key), f"must be a number of years, got {given!r}")
        )
    return age


def _ages(source: SourceObject, out: dict[str, Any], eligibility: list[SourceObject]) -> None:
    """minimum_age and maximum_age: HSDS 3.0's own, else v1/Outpost `min_age`/`max_age`, else
    the eligibilities' ages, else Outpost's age bands."""
    lowest = _age(source, "minimum_age")
    highest = _age(source, "maximum_age")
    lowest = lowest if lowest is not None else _age(source, "min_age")
    highest = highest if highest is not None else _age(source, "max_age")
    lows = [a for e in eligibility if (a := _age(e, "minimum_age")) is not None]
    highs = [a for e in eligibility if (a := _age(e, "maximum_age")) is not None]
    if lowest is None and highest is None and (lows or highs):
        lowest, highest = (min(lows) if lows else None), (max(highs) if highs else None)
    bands = [
        (low, high)
        for key, low, high in AGE_BANDS
        if truth(source.get(key), source.where(key), source.issues)
    ]
    every_age = truth(source.get("age_band_all"), source.where("age_band_all"), source.issues)
    if lowest is None and highest is None and bands and not every_age:
        lowest = min(low for low, _ in bands)
        tops = [high for _, high in bands]
        highest = None if None in tops else max(h for h in tops if h is not None)
    for key, value in (("minimum_age", lowest), ("maximum_age", highest)):
        if value is not None:
            out[key] = value


def _eligibility(source: SourceObject, out: dict[str, Any]) -> None:
    """v1 `eligibilitys`: their words become the eligibility description (when the record has
    none of its own), their ages the service's ages (when it has none of its own)."""
    found = [
        SourceObject(item, where, source.issues)
        for where, item in source.objects("eligibilitys", "eligibilities")
    ]
    _ages(source, out, found)
    words = [str(item.get("eligibility")) for item in found if item.has("eligibility")]
    if words and "eligibility_description" not in out:
        out["eligibility_description"] = ", ".join(words)
    for item in found:
        item.get("id", "service_id", "eligibility")
        item.report_rest()


def _funding(source: SourceObject, service_id: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = list(source.get("funding") or [])
    for n, (where, item) in enumerate(source.objects("fundings")):
        funding = SourceObject(item, where, source.issues)
        entry: dict[str, Any] = {"id": id_text(funding.get("id")) or f"{service_id}-funding-{n}"}
        funding.copy_into(entry, "source")
        funding.get("service_id", "organization_id")
        funding.report_rest()
        found.append(entry)
    return found


def _status(source: SourceObject) -> Any:
    given = source.get("status")
    closed = truth(
        source.get("temporarily_closed"), source.where("temporarily_closed"), source.issues
    )
    if isinstance(given, str):
        given = OUTPOST_STATUSES.get(given.strip().lower(), given)
    if closed and given in (None, "active"):
        return "temporarily closed"
    return given


def _access(source: SourceObject, service_id: str, out: dict[str, Any]) -> list[dict[str, Any]]:
    """Flags (self or professional referral, delivery) from `needs_referral`,
    `attending_access` and `attending_type`; the access in words as how to get help."""
    codes: list[str] = []
    referral = truth(source.get("needs_referral"), source.where("needs_referral"), source.issues)
    if referral is not None:
        codes.append("professional-referral" if referral else "self-referral")
    attending = read_attending(source.get("attending_access"), source.get("attending_type"))
    for key, value in attending.unknown:
        source.issues.append(unmapped(source.where(key), value, "not a v1 value"))
    if attending.words and "application_process" not in out:
        out["application_process"] = ", ".join(attending.words)
    return flags(service_id, [*codes, *attending.codes])


def _links(source: SourceObject, out: dict[str, Any]) -> None:
    """Outpost `links`: the first is the website when the record has none; HSDS 3.0 has no
    place for the others (a Facebook page, say), so they are reported."""
    for where, item in source.objects("links"):
        link = SourceObject(item, where, source.issues)
        address, label = link.get("url"), link.get("label")
        if address is not None and "url" not in out:
            out["url"] = address
        elif address is not None or label is not None:
            source.issues.append(unmapped(where, f"{label or 'link'}: {address or ''}".strip()))
        link.report_rest()


def _service_areas(source: SourceObject, service_id: str) -> list[dict[str, Any]]:
    found = []
    for n, (where, item) in enumerate(source.objects("service_areas")):
        area = SourceObject(item, where, source.issues)
        out: dict[str, Any] = {"id": id_text(area.get("id")) or f"{service_id}-area-{n}"}
        name = area.get("name", "service_area")
        if name is not None:
            out["name"] = name
        area.copy_into(out, "description", "extent", "extent_type", "uri", "attributes")
        area.get("service_id")
        area.report_rest()
        found.append(out)
    return found


def _dates(source: SourceObject, service_id: str, out: dict[str, Any]) -> None:
    updated = source.get("updated_at")
    if updated is not None and "last_modified" not in out:
        out["last_modified"] = updated
    metadata = list(source.get("metadata") or [])
    created = source.get("created_at")
    if created is not None:
        metadata.append(
            {
                "id": f"{service_id}-created",
                "resource_id": service_id,
                "resource_type": "service",
                "last_action_date": str(created),
                "last_action_type": "create",
                "field_name": "",
                "previous_value": "",
                "replacement_value": "",
                "updated_by": "",
            }
        )
    if metadata:
        out["metadata"] = metadata


def to_hsds3(record: dict[str, Any]) -> tuple[dict[str, Any], list[FieldIssue]]:
    """The HSDS 3.0 record for a v1 or Outpost record, and what the mapping found: `unmapped`
    warnings for fields with no place in HSDS 3.0, errors for values that cannot be read
    (ages that are not numbers). The record given is not changed."""
    issues: list[FieldIssue] = []
    source = SourceObject(copy.deepcopy(record), "", issues)
    given_id = source.get("id")
    service_id = id_text(given_id) or ""
    out: dict[str, Any] = {"id": service_id or given_id}
    source.copy_into(out, *HSDS3_SERVICE_KEYS)
    status = _status(source)
    if status is not None:
        out["status"] = status
    _eligibility(source, out)
    organization = source.get("organization", "organisation")
    if isinstance(organization, dict):
        out["organization"] = _organization(organization, source.where("organization"), issues)
    elif organization is not None:
        out["organization"] = organization  # not an object: the validation says so
    _costs(source, service_id, out)
    attributes = categories(source, service_id) + _access(source, service_id, out)
    if attributes:
        out["attributes"] = attributes
    contacts = [
        _contact(item, where, f"{service_id}-contact-{n}", issues)
        for n, (where, item) in enumerate(visible_objects(source, "contacts"))
    ]
    _links(source, out)
    found: dict[str, list[dict[str, Any]]] = {
        "contacts": contacts,
        "service_at_locations": places(source, service_id),
        "schedules": schedules(source, service_id),
        "languages": [
            language(item, where, f"{service_id}-language-{n}", issues)
            for n, (where, item) in enumerate(source.objects("languages"))
        ],
        "service_areas": _service_areas(source, service_id),
        "funding": _funding(source, service_id),
    }
    out |= {key: items for key, items in found.items() if items}
    _dates(source, service_id, out)
    source.report_rest()
    return out, issues
