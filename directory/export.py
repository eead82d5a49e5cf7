"""The directory as it is now (editors' changes included, confidential addresses removed), as
HSDS 3.0 JSON and as an HSDS 3.0 CSV data package (a folder, or a zip)."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from directory.published import published_record
from directory.safe_values import spreadsheet_row
from directory.store import ServiceStore

#: Each table's columns, in HSDS 3.0 order (`datapackage.json` names them too).
TABLES: dict[str, tuple[str, ...]] = {
    "services": (
        "id",
        "organization_id",
        "name",
        "alternate_name",
        "description",
        "url",
        "email",
        "status",
        "interpretation_services",
        "application_process",
        "fees_description",
        "eligibility_description",
        "minimum_age",
        "maximum_age",
        "assured_date",
        "last_modified",
    ),
    "organizations": ("id", "name", "alternate_name", "description", "email", "website"),
    "locations": (
        "id",
        "location_type",
        "name",
        "alternate_name",
        "description",
        "latitude",
        "longitude",
    ),
    "service_at_location": ("id", "service_id", "location_id", "description"),
    "addresses": (
        "id",
        "location_id",
        "address_1",
        "address_2",
        "city",
        "region",
        "state_province",
        "postal_code",
        "country",
        "address_type",
    ),
    "phones": (
        "id",
        "service_id",
        "location_id",
        "contact_id",
        "number",
        "extension",
        "type",
        "description",
    ),
    "contacts": ("id", "service_id", "name", "title", "department", "email"),
    "schedules": (
        "id",
        "service_id",
        "service_at_location_id",
        "freq",
        "byday",
        "opens_at",
        "closes_at",
        "valid_from",
        "valid_to",
        "description",
        "attending_type",
        "notes",
    ),
    "service_areas": ("id", "service_id", "name", "description", "extent", "extent_type", "uri"),
    "languages": ("id", "service_id", "name", "code", "note"),
    "cost_options": ("id", "service_id", "option", "currency", "amount", "amount_description"),
    "attributes": ("id", "link_id", "link_type", "link_entity", "taxonomy_term_id", "value"),
    "taxonomy_terms": (
        "id",
        "code",
        "name",
        "description",
        "parent_id",
        "taxonomy",
        "taxonomy_id",
        "language",
    ),
    "taxonomies": ("id", "name", "description", "uri", "version"),
}


READ_BATCH = 200


def published(store: ServiceStore) -> Iterator[dict[str, Any]]:
    """Every stored service as published, read from the store a batch at a time."""
    batch: list[str] = []
    for service in store.iter_services():
        batch.append(service.id)
        if len(batch) == READ_BATCH:
            yield from _published(store, batch)
            batch = []
    yield from _published(store, batch)


def _published(store: ServiceStore, ids: list[str]) -> Iterator[dict[str, Any]]:
    for stored in store.get_many(ids).values():
        yield published_record(stored)


def export_json(store: ServiceStore, path: Path) -> int:
    records = list(published(store))
    document = {
        "total_items": len(records),
        "total_pages": 1,
        "page_number": 1,
        "contents": records,
    }
    path.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n")
    return len(records)


class _Rows:
    def __init__(self) -> None:
        self.tables: dict[str, dict[str, dict[str, Any]]] = {name: {} for name in TABLES}

    def add(self, table: str, row: dict[str, Any], **links: Any) -> None:
        values = {k: v for k, v in (row | links).items() if k in TABLES[table]}
        if values.get("id") is not None:
            self.tables[table].setdefault(str(values["id"]), values)

    def attributes(self, owner: str, entity: str, attributes: Any) -> None:
        for n, attribute in enumerate(attributes or []):
            term = attribute.get("taxonomy_term") if isinstance(attribute, dict) else None
            if not isinstance(term, dict) or not term.get("id"):
                continue
            detail = term.get("taxonomy_detail")
            if isinstance(detail, dict) and detail.get("id"):
                self.add("taxonomies", detail)
            self.add("taxonomy_terms", term)
            self.add(
                "attributes",
                attribute | {"id": attribute.get("id") or f"{owner}-attribute-{n}"},
                link_id=owner,
                link_entity=entity,
                link_type=attribute.get("link_type") or "taxonomy",
                taxonomy_term_id=term["id"],
            )


def _rows(records: list[dict[str, Any]]) -> _Rows:
    rows = _Rows()
    for record in records:
        sid = record["id"]
        organization = record.get("organization") or {}
        if organization.get("id"):
            rows.add("organizations", organization)
        rows.add("services", record, organization_id=organization.get("id"))
        for phone in record.get("phones") or []:
            rows.add("phones", phone, service_id=sid)
        for contact in record.get("contacts") or []:
            rows.add("contacts", contact, service_id=sid)
            for phone in contact.get("phones") or []:
                rows.add("phones", phone, contact_id=contact.get("id"))
        for schedule in record.get("schedules") or []:
            rows.add("schedules", schedule, service_id=sid)
        for table in ("service_areas", "languages", "cost_options"):
            for item in record.get(table) or []:
                rows.add(table, item, service_id=sid)
        rows.attributes(sid, "service", record.get("attributes"))
        for sal in record.get("service_at_locations") or []:
            location = sal.get("location") or {}
            if not location.get("id"):
                continue
            rows.add("locations", location)
            rows.add("service_at_location", sal, service_id=sid, location_id=location["id"])
            for address in location.get("addresses") or []:
                rows.add("addresses", address, location_id=location["id"])
            for phone in location.get("phones") or []:
                rows.add("phones", phone, location_id=location["id"])
            for schedule in sal.get("schedules") or []:
                rows.add("schedules", schedule, service_at_location_id=sal.get("id"))
            rows.attributes(location["id"], "location", location.get("attributes"))
    return rows


def _csv(columns: tuple[str, ...], rows: list[dict[str, Any]]) -> str:
    """One table as CSV text; no cell can run as a spreadsheet formula (`spreadsheet_row`)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(spreadsheet_row(list(columns)))
    for row in rows:
        writer.writerow(spreadsheet_row([row.get(c) for c in columns]))
    return out.getvalue()


def export_csv(store: ServiceStore, target: Path) -> int:
    """Write the data package to a folder, or to a zip when `target` ends in .zip."""
    records = list(published(store))
    rows = _rows(records)
    files = {f"{name}.csv": _csv(TABLES[name], list(rows.tables[name].values())) for name in TABLES}
    package = {
        "name": "earlyhelp-directory",
        "profile": "tabular-data-package",
        "resources": [
            {
                "name": name,
                "path": f"{name}.csv",
                "schema": {"fields": [{"name": c} for c in TABLES[name]]},
            }
            for name in TABLES
        ],
    }
    files["datapackage.json"] = json.dumps(package, indent=1) + "\n"
    if target.suffix.lower() == ".zip":
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, text in files.items():
                archive.writestr(name, text)
    else:
        target.mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            (target / name).write_text(text, encoding="utf-8")
    return len(records)
