"""HSDS 1.x (and Open Referral UK v1) CSV tables turned into the HSDS 3.0 tables.

HSDS 1.1 packages (`services.csv`, `services_taxonomy.csv`, `physical_addresses.csv`,
`regular_schedules.csv`, `eligibility.csv`, `taxonomy.csv`, ...; Open Referral UK v1 adds
`cost_option.csv`, ages and gender in `eligibility.csv`, `uprn`, ...) are rewritten row by row
into the 3.0 tables that `ingest.csv_package` joins into service records. Every 1.x column is
either mapped (renamed, or turned into its 3.0 form) or reported as dropped with kind
`unmapped`, once per column, with how many rows held a value: nothing is lost silently.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from directory.opening_times import DAY_NAMES
from ingest.attending import read_attending
from ingest.oruk_v1_terms import flags
from ingest.problems import WARNING, FieldIssue

Row = dict[str, Any]

#: Each 1.x table's file names (HSDS 1.1's, then the names publishers also use).
FILES: dict[str, tuple[str, ...]] = {
    "organizations": ("organizations.csv", "organization.csv"),
    "identifiers": ("identifiers.csv",),
    "programs": ("programs.csv", "program.csv"),
    "services": ("services.csv", "service.csv"),
    "service_taxonomy": ("services_taxonomy.csv", "service_taxonomy.csv"),
    "service_at_location": ("services_at_location.csv", "service_at_location.csv"),
    "locations": ("locations.csv", "location.csv"),
    "phones": ("phones.csv", "phone.csv"),
    "contacts": ("contacts.csv", "contact.csv"),
    "physical_addresses": ("physical_addresses.csv", "physical_address.csv"),
    "postal_addresses": ("postal_addresses.csv", "postal_address.csv"),
    "regular_schedules": ("regular_schedules.csv", "regular_schedule.csv"),
    "holiday_schedules": ("holiday_schedules.csv", "holiday_schedule.csv"),
    "funding": ("funding.csv",),
    "eligibility": ("eligibility.csv", "eligibilitys.csv"),
    "service_areas": ("service_areas.csv", "service_area.csv"),
    "required_documents": ("required_documents.csv", "required_document.csv"),
    "payments_accepted": ("payments_accepted.csv", "payment_accepted.csv"),
    "languages": ("languages.csv", "language.csv"),
    "accessibility_for_disabilities": (
        "accessibility_for_disabilities.csv",
        "accessibility.csv",
    ),
    "taxonomy": ("taxonomy.csv", "taxonomies.csv"),
    "metadata": ("metadata.csv",),
    "meta_table_descriptions": ("meta_table_descriptions.csv",),
    "cost_options": ("cost_option.csv", "cost_options.csv"),
    "reviews": ("reviews.csv", "review.csv"),
    "link_taxonomy": ("link_taxonomy.csv",),
}

#: The resource names of HSDS 1.1's and Open Referral UK v1's datapackage.json.
RESOURCES = {
    "organization": "organizations",
    "identifier": "identifiers",
    "program": "programs",
    "service": "services",
    "service_taxonomy": "service_taxonomy",
    "service_at_location": "service_at_location",
    "location": "locations",
    "phone": "phones",
    "contact": "contacts",
    "physical_address": "physical_addresses",
    "postal_address": "postal_addresses",
    "regular_schedule": "regular_schedules",
    "holiday_schedule": "holiday_schedules",
    "funding": "funding",
    "eligibility": "eligibility",
    "service_area": "service_areas",
    "required_document": "required_documents",
    "payment_accepted": "payments_accepted",
    "language": "languages",
    "accessibility_for_disabilities": "accessibility_for_disabilities",
    "taxonomy": "taxonomy",
    "metadata": "metadata",
    "meta_table_description": "meta_table_descriptions",
    "cost_option": "cost_options",
    "review": "reviews",
    "link_taxonomy": "link_taxonomy",
}

#: Files only a 1.x package has, and files only a 3.0 package has.
ONLY_1X = frozenset(
    {
        "services_taxonomy.csv",
        "service_taxonomy.csv",
        "services_at_location.csv",
        "physical_addresses.csv",
        "postal_addresses.csv",
        "regular_schedules.csv",
        "holiday_schedules.csv",
        "eligibility.csv",
        "accessibility_for_disabilities.csv",
        "payments_accepted.csv",
        "meta_table_descriptions.csv",
        "cost_option.csv",
        "link_taxonomy.csv",
    }
)
ONLY_3X = frozenset(
    {
        "address.csv",
        "addresses.csv",
        "schedule.csv",
        "schedules.csv",
        "attribute.csv",
        "attributes.csv",
        "taxonomy_terms.csv",
        "taxonomy_term.csv",
    }
)


def is_hsds1(names: set[str], services_header: list[str], resources: set[str]) -> bool:
    """Whether a package is HSDS 1.x: its datapackage.json names 1.x resources, or it has
    1.x-only tables (or a services table with 1.x's `taxonomy_ids`) and no 3.0-only ones."""
    if resources & {"physical_address", "regular_schedule", "service_taxonomy"}:
        return True
    if names & ONLY_3X:
        return False
    return bool(names & ONLY_1X) or "taxonomy_ids" in services_header


#: For each 1.x table: its 3.0 table and its columns' 3.0 names. Columns not named here are
#: dropped and reported, except those a table's own conversion below reads.
COLUMNS: dict[str, tuple[str, dict[str, str]]] = {
    "organizations": (
        "organizations",
        {
            "id": "id",
            "name": "name",
            "alternate_name": "alternate_name",
            "description": "description",
            "email": "email",
            "url": "website",
            "tax_status": "tax_status",
            "tax_id": "tax_id",
            "year_incorporated": "year_incorporated",
            "legal_status": "legal_status",
            "logo": "logo",
            "uri": "uri",
        },
    ),
    "identifiers": (
        "organization_identifiers",
        {
            "id": "id",
            "organization_id": "organization_id",
            "identifier": "identifier",
            "register": "identifier_scheme",
            "identification_body": "identifier_type",
        },
    ),
    "programs": (
        "programs",
        {"id": "id", "organization_id": "organization_id", "name": "name"}
        | {"alternate_name": "alternate_name"},
    ),
    "services": (
        "services",
        {
            key: key
            for key in (
                "id",
                "organization_id",
                "program_id",
                "name",
                "alternate_name",
                "description",
                "url",
                "email",
                "status",
                "interpretation_services",
                "application_process",
                "wait_time",
                "accreditations",
                "licenses",
                "assured_date",
            )
        }
        | {"fees": "fees_description"},
    ),
    "service_at_location": (
        "service_at_location",
        {"id": "id", "service_id": "service_id", "location_id": "location_id"}
        | {"description": "description"},
    ),
    "locations": (
        "locations",
        {
            key: key
            for key in (
                "id",
                "organization_id",
                "name",
                "alternate_name",
                "description",
                "transportation",
                "latitude",
                "longitude",
            )
        },
    ),
    "phones": (
        "phones",
        {
            key: key
            for key in (
                "id",
                "location_id",
                "service_id",
                "organization_id",
                "contact_id",
                "service_at_location_id",
                "number",
                "extension",
                "type",
                "description",
            )
        },
    ),
    "contacts": (
        "contacts",
        {
            key: key
            for key in (
                "id",
                "organization_id",
                "service_id",
                "service_at_location_id",
                "name",
                "title",
                "department",
                "email",
            )
        },
    ),
    "physical_addresses": (
        "addresses",
        {
            key: key
            for key in (
                "id",
                "location_id",
                "attention",
                "address_1",
                "address_2",
                "city",
                "region",
                "state_province",
                "postal_code",
                "country",
            )
        },
    ),
    "funding": (
        "funding",
        {"id": "id", "organization_id": "organization_id", "service_id": "service_id"}
        | {"source": "source"},
    ),
    "service_areas": (
        "service_areas",
        {
            "id": "id",
            "service_id": "service_id",
            "service_area": "name",
            "description": "description",
            "extent": "extent",
            "uri": "uri",
        },
    ),
    "required_documents": (
        "required_documents",
        {"id": "id", "service_id": "service_id", "document": "document"},
    ),
    "languages": (
        "languages",
        {"id": "id", "service_id": "service_id", "location_id": "location_id"},
    ),
    "accessibility_for_disabilities": (
        "accessibility",
        {"id": "id", "location_id": "location_id", "accessibility": "description"}
        | {"details": "details"},
    ),
    "taxonomy": (
        "taxonomy_terms",
        {"id": "id", "name": "name", "parent_id": "parent_id", "vocabulary": "taxonomy"},
    ),
    "metadata": (
        "metadata",
        {
            key: key
            for key in (
                "id",
                "resource_id",
                "last_action_date",
                "last_action_type",
                "field_name",
                "previous_value",
                "replacement_value",
                "updated_by",
            )
        },
    ),
    "cost_options": (
        "cost_options",
        {
            key: key
            for key in (
                "id",
                "service_id",
                "valid_from",
                "valid_to",
                "option",
                "amount",
                "amount_description",
            )
        },
    ),
}
COLUMNS["postal_addresses"] = ("addresses", COLUMNS["physical_addresses"][1])

#: Columns a table's conversion reads itself (so they are mapped, not dropped).
READ_BY_CONVERSION: dict[str, frozenset[str]] = {
    "services": frozenset({"taxonomy_ids", "attending_type", "attending_access"}),
    "service_taxonomy": frozenset({"id", "service_id", "taxonomy_id", "taxonomy_detail"}),
    "phones": frozenset({"language"}),
    "physical_addresses": frozenset({"address_3", "address_4", "uprn"}),
    "postal_addresses": frozenset({"address_3", "address_4"}),
    "languages": frozenset({"language"}),
    "regular_schedules": frozenset(
        {
            "id",
            "service_id",
            "location_id",
            "service_at_location_id",
            "weekday",
            "opens_at",
            "closes_at",
            "valid_from",
            "valid_to",
            "dtstart",
            "freq",
            "interval",
            "byday",
            "bymonthday",
            "description",
        }
    ),
    "holiday_schedules": frozenset(
        {
            "id",
            "service_id",
            "location_id",
            "service_at_location_id",
            "closed",
            "opens_at",
            "closes_at",
            "start_date",
            "end_date",
        }
    ),
    "eligibility": frozenset(
        {"id", "service_id", "eligibility", "minimum_age", "maximum_age", "gender"}
    ),
}

DAYS = tuple(DAY_NAMES.values())
_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*$")
_CODE = re.compile(r"^[A-Za-z]{2,3}$")
_TRUE = frozenset({"true", "yes", "1", "y"})


def _day(value: str) -> tuple[str, str] | None:
    """The RFC 5545 code and the name of a 1.x weekday (1 = Monday ... 7 = Sunday, or a name)."""
    text = value.strip()
    index: int | None = None
    if text.isdigit() and 1 <= int(text) <= 7:
        index = int(text) - 1
    else:
        index = next((i for i, d in enumerate(DAYS) if text.lower()[:3] == d.lower()[:3]), None)
    if index is None:
        return None
    return DAYS[index][:2].upper(), DAYS[index]


def _time(value: Any) -> str:
    """A time as HH:MM:SS when it reads as one; otherwise as given."""
    text = str(value or "").strip()
    match = _TIME.match(text)
    if match is None:
        return text
    hours, minutes, seconds = match.groups()
    return f"{int(hours):02d}:{minutes}:{seconds or '00'}"


def _short(time: str) -> str:
    return time[:5] if _TIME.match(time) else time


def _number(value: Any) -> float | None:
    try:
        return float(str(value).strip())
    except ValueError:
        return None


@dataclass
class Converted:
    """The 3.0 tables of a 1.x package, with what was dropped."""

    tables: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))
    issues: list[FieldIssue] = field(default_factory=list)


@dataclass
class _Converter:
    source_rows: dict[str, list[Row]]
    files: dict[str, str]
    position: dict[int, str]
    out: Converted = field(default_factory=Converted)
    terms: set[tuple[Any, Any]] = field(default_factory=set)  # (service, term) linked
    flag_terms: set[str] = field(default_factory=set)  # the directory's flag terms added

    def add(self, table: str, row: Row, origin: Row) -> None:
        self.position[id(row)] = self.position.get(id(origin), "")
        self.out.tables[table].append(row)

    def report_dropped(self, table: str, rows: list[Row], kept: set[str]) -> None:
        counts: dict[str, int] = defaultdict(int)
        for row in rows:
            for column in row:
                if column not in kept:
                    counts[column] += 1
        name = self.files[table]
        for column, count in counts.items():
            self.out.issues.append(
                FieldIssue(
                    column,
                    f"HSDS 1.x column {column!r} of {name} has no place in HSDS 3.0 here; "
                    f"dropped ({count} row{'s' if count != 1 else ''} with a value)",
                    WARNING,
                    at=name,
                    kind="unmapped",
                )
            )

    def run(self) -> Converted:
        for table, rows in self.source_rows.items():
            mapped = COLUMNS.get(table)
            reads = READ_BY_CONVERSION.get(table, frozenset())
            if mapped is None and not reads:
                self.out.issues.append(
                    FieldIssue(
                        "(table)",
                        f"{self.files[table]}: HSDS 1.x table {table} has no place in HSDS "
                        f"3.0 here; its {len(rows)} row{'s' if len(rows) != 1 else ''} "
                        "were not imported",
                        WARNING,
                        at=self.files[table],
                        kind="unmapped",
                    )
                )
                continue
            self.report_dropped(table, rows, set(mapped[1] if mapped else ()) | reads)
            special = _SPECIAL.get(table)
            for row in rows:
                if mapped is not None:
                    renamed = {mapped[1][k]: v for k, v in row.items() if k in mapped[1]}
                    if special is None:
                        self.add(mapped[0], renamed, row)
                        continue
                    special(self, row, renamed)
                elif special is not None:
                    special(self, row, {})
        self._eligibility()
        return self.out

    def _eligibility(self) -> None:
        rows = self.source_rows.get("eligibility", [])
        by_service: dict[str, list[Row]] = defaultdict(list)
        for row in rows:
            if row.get("service_id"):
                by_service[row["service_id"]].append(row)
        for service in self.out.tables.get("services", []):
            found = by_service.get(str(service.get("id", "")), [])
            if not found:
                continue
            lows = [n for r in found if (n := _number(r.get("minimum_age", ""))) is not None]
            highs = [n for r in found if (n := _number(r.get("maximum_age", ""))) is not None]
            if lows and "minimum_age" not in service:
                service["minimum_age"] = int(min(lows))
            if highs and "maximum_age" not in service:
                service["maximum_age"] = int(max(highs))
            words: list[str] = []
            for r in found:
                for text in (r.get("eligibility"), r.get("gender")):
                    if text and text.strip() and text.strip() not in words:
                        words.append(text.strip())
            if words and "eligibility_description" not in service:
                service["eligibility_description"] = "; ".join(w[:1].upper() + w[1:] for w in words)


def _services(conv: _Converter, row: Row, renamed: Row) -> None:
    conv.add("services", renamed, row)
    _attending(conv, row, renamed)
    for term_id in str(row.get("taxonomy_ids", "")).split(","):
        if term_id.strip():
            attribute = {
                "id": f"{row.get('id')}:taxonomy:{term_id.strip()}",
                "link_id": row.get("id"),
                "link_type": "taxonomy",
                "link_entity": "service",
                "taxonomy_term_id": term_id.strip(),
            }
            conv.terms.add((row.get("id"), term_id.strip()))
            conv.add("attributes", attribute, row)


def _attending(conv: _Converter, row: Row, service: Row) -> None:
    """ORUK v1's `attending_type` and `attending_access` columns, mapped as in v1 JSON
    (`ingest.attending`): flags as attributes, the access in words as how to get help."""
    found = read_attending(row.get("attending_access"), row.get("attending_type"))
    for column, value in found.unknown:
        conv.out.issues.append(
            FieldIssue(
                column,
                f"{value!r} is not an Open Referral UK v1 value of {column}; dropped",
                WARNING,
                at=conv.position.get(id(row), conv.files["services"]),
                kind="unmapped",
            )
        )
    if found.words and not service.get("application_process"):
        service["application_process"] = ", ".join(found.words)
    for attribute in flags(str(row.get("id", "")), found.codes):
        term = attribute.pop("taxonomy_term")
        if term["id"] not in conv.flag_terms:
            conv.flag_terms.add(term["id"])
            conv.add("taxonomy_terms", term, row)
        conv.add(
            "attributes",
            attribute
            | {"link_id": row.get("id"), "link_type": "taxonomy", "link_entity": "service"},
            row,
        )


def _service_taxonomy(conv: _Converter, row: Row, renamed: Row) -> None:
    attribute = {
        "id": row.get("id"),
        "link_id": row.get("service_id"),
        "link_type": "taxonomy",
        "link_entity": "service",
        "taxonomy_term_id": row.get("taxonomy_id"),
    }
    if row.get("taxonomy_detail"):
        attribute["value"] = row["taxonomy_detail"]
    key = (row.get("service_id"), row.get("taxonomy_id"))
    if key in conv.terms:
        return
    conv.terms.add(key)
    conv.add("attributes", {k: v for k, v in attribute.items() if v}, row)


def _phones(conv: _Converter, row: Row, renamed: Row) -> None:
    conv.add("phones", renamed, row)
    if row.get("language") and row.get("id"):
        conv.add("languages", _language(f"{row['id']}:language", row["language"]), row)
        conv.out.tables["languages"][-1]["phone_id"] = row["id"]


def _language(language_id: str, text: str) -> Row:
    value = text.strip()
    if _CODE.match(value):
        return {"id": language_id, "code": value.lower()}
    return {"id": language_id, "name": value}


def _languages(conv: _Converter, row: Row, renamed: Row) -> None:
    if row.get("language"):
        renamed |= _language(str(row.get("id", "")), row["language"])
    conv.add("languages", renamed, row)


def _addresses(kind: str) -> Callable[[_Converter, Row, Row], None]:
    def convert(conv: _Converter, row: Row, renamed: Row) -> None:
        extra = [row[k].strip() for k in ("address_2", "address_3", "address_4") if row.get(k)]
        if extra:
            renamed["address_2"] = ", ".join(extra)
        renamed["address_type"] = kind
        conv.add("addresses", renamed, row)
        if row.get("uprn") and row.get("location_id"):
            for location in conv.out.tables.get("locations", []):
                if location.get("id") == row["location_id"]:
                    location.setdefault("external_identifier", row["uprn"].strip())
                    location.setdefault("external_identifier_type", "uprn")

    return convert


def _regular(conv: _Converter, row: Row, renamed: Row) -> None:
    schedule: Row = {
        k: row[k]
        for k in (
            "id",
            "service_id",
            "location_id",
            "service_at_location_id",
            "valid_from",
            "valid_to",
            "dtstart",
            "interval",
            "bymonthday",
        )
        if row.get(k)
    }
    schedule["freq"] = (row.get("freq") or "WEEKLY").upper()
    day = _day(str(row.get("weekday", ""))) if row.get("weekday") else None
    if row.get("byday"):
        schedule["byday"] = row["byday"].upper()
    elif day is not None:
        schedule["byday"] = day[0]
    opens, closes = _time(row.get("opens_at")), _time(row.get("closes_at"))
    if opens:
        schedule["opens_at"] = opens
    if closes:
        schedule["closes_at"] = closes
    described = str(row.get("description") or "").strip()
    if not described:
        hours = f"{_short(opens)} to {_short(closes)}" if opens and closes else ""
        described = " ".join(p for p in (day[1] if day else "", hours) if p)
    if described:
        schedule["description"] = described
    conv.add("schedules", schedule, row)


def _holiday(conv: _Converter, row: Row, renamed: Row) -> None:
    schedule: Row = {
        k: row[k]
        for k in ("id", "service_id", "location_id", "service_at_location_id")
        if row.get(k)
    }
    start = str(row.get("start_date") or "")
    end = str(row.get("end_date") or start)
    if start:
        schedule["valid_from"] = start
    if end:
        schedule["valid_to"] = end
    span = start if start == end else f"{start} to {end}"
    closed = str(row.get("closed", "")).strip().lower() in _TRUE
    opens, closes = _time(row.get("opens_at")), _time(row.get("closes_at"))
    if closed or not (opens and closes):
        schedule["description"] = f"Closed {span}".strip()
    else:
        schedule |= {"opens_at": opens, "closes_at": closes}
        schedule["description"] = f"Open {_short(opens)} to {_short(closes)}, {span}"
    conv.add("schedules", schedule, row)


def _eligibility_row(conv: _Converter, row: Row, renamed: Row) -> None:
    return None  # read per service by _Converter._eligibility


_SPECIAL: dict[str, Callable[[_Converter, Row, Row], None]] = {
    "services": _services,
    "service_taxonomy": _service_taxonomy,
    "phones": _phones,
    "languages": _languages,
    "physical_addresses": _addresses("physical"),
    "postal_addresses": _addresses("postal"),
    "regular_schedules": _regular,
    "holiday_schedules": _holiday,
    "eligibility": _eligibility_row,
}

#: The order tables are converted in: locations before addresses (for `uprn`), physical
#: addresses before postal ones (a location's first address is where it is).
ORDER = (
    "organizations",
    "identifiers",
    "programs",
    "services",
    "service_taxonomy",
    "service_at_location",
    "locations",
    "physical_addresses",
    "postal_addresses",
)


def to_hsds3(
    rows: dict[str, list[Row]], files: dict[str, str], position: dict[int, str]
) -> Converted:
    """The 3.0 tables of a 1.x package's tables (`rows`, by 1.x table; `files`, each table's
    file), with an `unmapped` warning for each dropped column and table. Each new row's
    position (file and row) is added to `position`, keyed by `id(row)` as the reader keeps it."""
    ordered = {t: rows[t] for t in ORDER if t in rows} | {
        t: r for t, r in rows.items() if t not in ORDER
    }
    return _Converter(ordered, files, position).run()
