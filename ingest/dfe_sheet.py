"""Read the DfE Family Hubs "Local Authority Data Capture" spreadsheet (v5.0) as HSDS 3.0
service records: the .xlsx itself, or its "Data Capture" sheet saved as CSV.

The sheet has a header row, a guidance row, a row mapping each column to an Open Referral
field, an example row (whose multi-line opening hours may spill into the next row), then one
row per service and location. Columns are found by their header, or by the field the mapping
row gives them when a council renamed a header. Costs, ages and opening hours are free text
and are read as far as they can be; anything not understood stays in the text it came from.
"""

from __future__ import annotations

import csv
import io
import json
import re
import uuid
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, time
from importlib.resources import files
from pathlib import Path
from typing import Any

from ingest.json_source import SourceError, SourceRecord
from ingest.problems import WARNING, FieldIssue

SHEET = "Data Capture"
FLAGS_TAXONOMY = "earlyhelp-flags"

#: Our name for each column, its header in the sheet, and the Open Referral field the sheet's
#: mapping row gives it.
COLUMNS: dict[str, tuple[str, str]] = {
    "service_ref": ("service unique identifier", "service.id"),
    "local_authority": ("local authority", ""),
    "organisation": ("name of organisation", "organization.name"),
    "name": ("name of service", "service.name"),
    "delivery": ("delivery method", "service.attending_type"),
    "location_name": ("location name", "location.name"),
    "location_description": ("location description", "location.description"),
    "address_1": ("address line 1", "physical_address.address_1"),
    "address_2": ("address line 2", ""),
    "city": ("town or city", "physical_address.city"),
    "county": ("county", "physical_address.state_province"),
    "postcode": ("postcode", "physical_address.postal_code"),
    "email": ("contact email", "service.email"),
    "phone": ("contact phone", "contact.telephone"),
    "website": ("website", "service.url"),
    "sms": ("contact sms", "contact.text"),
    "categories": ("sub-category", ""),
    "has_cost": ("cost", ""),
    "amount": ("cost (£ in pounds)", "cost.amount"),
    "cost_per": ("cost per", "cost.option"),
    "languages": ("language", "language.language"),
    "age_from": ("age from", "eligibility.minimum_age"),
    "age_to": ("age to", "eligibility.maximum_age"),
    "hours": ("opening hours description", "regular_schedule.description"),
    "description": ("more details (service description)", "service.description"),
}
SKIPPED_LABELS = ("guidance", "open referral standard source", "example data")
DELIVERY_FLAGS = {
    "in person": ("in-person", "In person"),
    "online": ("online", "Online"),
    "telephone": ("phone", "By phone"),
    "phone": ("phone", "By phone"),
}
DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = r"(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*"
_DAY_LINE = re.compile(rf"^\s*{_DAY}(?:\s*(?:-|–|to)\s*{_DAY})?\b[\s:,]*(.*)$", re.IGNORECASE)
_TIME_RANGE = re.compile(r"(\d{1,2})[:.](\d{2})\s*(?:-|–|to)\s*(\d{1,2})[:.](\d{2})")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_LIST_SPLIT = re.compile(r"\s*(?:\n|;|,|/|\band\b)\s*", re.IGNORECASE)


def _id(*parts: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "dfe-capture:" + ":".join(parts)))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | time):
        return value.isoformat()
    return str(value).strip()


def is_dfe_capture(path: Path) -> bool:
    """An .xlsx with a "Data Capture" sheet, or a CSV whose header has the sheet's columns."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".xlsx":
            with zipfile.ZipFile(path) as archive:
                workbook = archive.read("xl/workbook.xml").decode("utf-8", "replace")
            return f'name="{SHEET}"' in workbook
        if suffix == ".csv":
            head = path.read_text(encoding="utf-8-sig", errors="replace")[:20_000].lower()
            return "name of service" in head and "service unique identifier" in head
    except (OSError, zipfile.BadZipFile, KeyError):
        return False
    return False


def _rows_of_xlsx(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook  # loaded only for spreadsheets

    with warnings.catch_warnings():
        # The sheet's drop-down lists use an extension openpyxl does not read; the values in
        # the cells are all that is needed.
        warnings.filterwarnings("ignore", message="Data Validation extension")
        try:
            workbook = load_workbook(path, read_only=True, data_only=True)
        except (zipfile.BadZipFile, OSError, KeyError, ValueError) as error:
            raise SourceError(f"{path}: not a readable .xlsx workbook ({error})") from None
        try:
            if SHEET not in workbook.sheetnames:
                raise SourceError(
                    f"{path}: no '{SHEET}' sheet (sheets: {', '.join(workbook.sheetnames)}); "
                    "expected the DfE Local Authority Data Capture spreadsheet"
                )
            sheet = workbook[SHEET]
            return [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        finally:
            workbook.close()


def _rows_of_csv(path: Path) -> list[list[str]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        text = path.read_text(encoding="cp1252")  # CSV saved by Excel on Windows
    except OSError as error:
        raise SourceError(f"{path}: cannot be read ({error.strerror})") from None
    return [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text, newline=""))]


@dataclass(frozen=True)
class _Layout:
    header_row: int
    columns: dict[str, int]
    label_column: int | None


def _layout(rows: list[list[str]], source: str) -> _Layout:
    header_row = next(
        (i for i, row in enumerate(rows[:20]) if "name of service" in [c.lower() for c in row]),
        None,
    )
    if header_row is None:
        raise SourceError(
            f"{source}: no header row with 'Name of service' in the first 20 rows; expected "
            "the DfE Local Authority Data Capture spreadsheet"
        )
    header = [c.lower().strip() for c in rows[header_row]]
    mapping = next(
        (
            [c.lower().strip() for c in row]
            for row in rows[header_row + 1 : header_row + 4]
            if row and row[0].lower().startswith("open referral standard source")
        ),
        [],
    )
    columns: dict[str, int] = {}
    for key, (title, field) in COLUMNS.items():
        if title in header:
            columns[key] = header.index(title)
        elif field and field in mapping:
            columns[key] = mapping.index(field)
    missing = [COLUMNS[k][0] for k in ("name", "service_ref") if k not in columns]
    if missing:
        raise SourceError(f"{source}: no column {' or '.join(repr(m) for m in missing)}")
    label_column = 0 if header and header[0] == "" else None
    return _Layout(header_row, columns, label_column)


def read_dfe_capture(path: Path) -> Iterator[SourceRecord]:
    """Every service of the spreadsheet, with positions as the sheet's row numbers."""
    if not path.is_file():
        raise SourceError(f"{path}: no such file")
    rows = _rows_of_xlsx(path) if path.suffix.lower() == ".xlsx" else _rows_of_csv(path)
    layout = _layout(rows, str(path))
    categories = _Categories.load()
    records: list[tuple[int, dict[str, str]]] = []
    skipping = True  # rows after a skipped row (such as the example) until a real one
    for number, row in enumerate(rows[layout.header_row + 1 :], start=layout.header_row + 2):
        label = row[layout.label_column].lower() if layout.label_column is not None else ""
        values = {
            key: row[index] if index < len(row) else "" for key, index in layout.columns.items()
        }
        if label.startswith(SKIPPED_LABELS):
            skipping = True
            continue
        if not any(values.values()):
            continue
        if not values.get("service_ref") and not values.get("name"):
            if values.get("hours") and not skipping and records:
                previous = records[-1][1]
                previous["hours"] = f"{previous.get('hours', '')}\n{values['hours']}".strip()
            continue
        skipping = False
        records.append((number, values))
    for number, values in records:
        yield _record(str(path), number, values, categories)


def _record(
    source: str, number: int, values: dict[str, str], categories: _Categories
) -> SourceRecord:
    position = f"row {number}"
    name = values.get("name", "")
    reference = values.get("service_ref", "")
    if not name:
        return SourceRecord(source, position, None, "Name of service: empty")
    if not reference:
        return SourceRecord(source, position, None, "Service unique identifier: empty")
    council = values.get("local_authority", "")
    service_id = _id(council, reference)
    warnings: list[FieldIssue] = []
    organisation = values.get("organisation") or council
    record: dict[str, Any] = {
        "id": service_id,
        "name": name,
        "status": "active",
        "description": values.get("description", ""),
        "url": values.get("website", ""),
        "email": values.get("email", "").lower(),
        "organization": {"id": _id("organisation", organisation), "name": organisation},
        "dfe_capture": {"local_authority": council, "service_id": reference},
    }
    record = {k: v for k, v in record.items() if v != ""}
    phones = [
        {"id": _id(service_id, kind), "number": values[key], "type": kind}
        for key, kind in (("phone", "voice"), ("sms", "sms"))
        if values.get(key)
    ]
    if phones:
        record["phones"] = phones
    for key, field in (("age_from", "minimum_age"), ("age_to", "maximum_age")):
        age = _age(values.get(key, ""))
        if age is not None:
            record[field] = age
    if record.get("minimum_age", 0) > record.get("maximum_age", 200):
        record["minimum_age"], record["maximum_age"] = record["maximum_age"], record["minimum_age"]
        warnings.append(FieldIssue("Age from", "was above 'Age to'; the two were swapped", WARNING))
    record.update(_costs(service_id, values))
    languages = _languages(service_id, values.get("languages", ""))
    if languages:
        record["languages"] = languages
    if council:
        record["service_areas"] = [
            {"id": _id(service_id, "area"), "name": council, "description": council}
        ]
    location = _location(service_id, values)
    if location is not None:
        record["service_at_locations"] = [
            {"id": _id(service_id, "service-at-location"), "location": location}
        ]
    schedules = _schedules(service_id, values.get("hours", ""), values.get("delivery", ""))
    if schedules:
        record["schedules"] = schedules
    attributes, unknown = categories.attributes(service_id, values.get("categories", ""))
    attributes += _delivery_flags(service_id, values.get("delivery", ""))
    if attributes:
        record["attributes"] = attributes
    for text in unknown:
        warnings.append(
            FieldIssue(
                "Sub-category",
                f"{text!r} is not a DfE Family Hubs category; not imported as one",
                WARNING,
                kind="category",
            )
        )
    return SourceRecord(source, position, record, None, tuple(warnings))


def _age(text: str) -> int | None:
    found = re.search(r"\d{1,3}", text)
    if found is None:
        return None
    age = int(found.group(0))
    return age if age <= 130 else None


def _costs(service_id: str, values: dict[str, str]) -> dict[str, Any]:
    has_cost = values.get("has_cost", "").strip().lower()
    amount_text = values.get("amount", "")
    unit = values.get("cost_per", "").strip()
    if has_cost in ("no", "free"):
        return {
            "fees_description": "Free",
            "cost_options": [
                {"id": _id(service_id, "cost"), "option": "Free", "currency": "GBP", "amount": 0}
            ],
        }
    number = _NUMBER.search(amount_text.replace(",", ""))
    if number is None:
        if has_cost == "yes" or amount_text:
            text = amount_text or "There is a cost; contact the service for details"
            return {"fees_description": text}
        return {}
    amount = float(number.group(0))
    per = f" per {unit.lower()}" if unit else ""
    description = f"£{amount:.2f}{per}"
    return {
        "fees_description": description,
        "cost_options": [
            {
                "id": _id(service_id, "cost"),
                "option": f"Per {unit.lower()}" if unit else "Charge",
                "currency": "GBP",
                "amount": int(amount) if amount.is_integer() else amount,
                "amount_description": description,
            }
        ],
    }


def _language_codes() -> dict[str, str]:
    data = json.loads(files("matching").joinpath("data/languages.json").read_text())
    codes = {name.lower(): code for code, name in data["names"].items()}
    codes.update({"persian/farsi": "fa", "farsi": "fa", "persian": "fa", "ukranian": "uk"})
    return codes


def _languages(service_id: str, text: str) -> list[dict[str, str]]:
    codes = _language_codes()
    out: list[dict[str, str]] = []
    for name in (n.strip() for n in re.split(r"[\n,;]+", text)):
        if not name:
            continue
        entry = {"id": _id(service_id, "language", name.lower()), "name": name}
        code = codes.get(name.lower())
        if code:
            entry["code"] = code
        out.append(entry)
    return out


def _location(service_id: str, values: dict[str, str]) -> dict[str, Any] | None:
    address = {
        "address_1": values.get("address_1", ""),
        "address_2": values.get("address_2", ""),
        "city": values.get("city", ""),
        "state_province": values.get("county", ""),
        "postal_code": values.get("postcode", "").upper(),
    }
    address = {k: v for k, v in address.items() if v}
    name = values.get("location_name", "")
    if not address and not name:
        return None
    location: dict[str, Any] = {
        "id": _id(service_id, "location"),
        "location_type": "physical",
        "name": name,
    }
    if values.get("location_description"):
        location["description"] = values["location_description"]
    if address:
        location["addresses"] = [
            {"id": _id(service_id, "address"), "country": "GB", "address_type": "physical"}
            | address
        ]
    return location


def _days(first: str, last: str | None) -> list[str]:
    start = next(i for i, d in enumerate(DAYS) if d.startswith(first.lower()[:3]))
    if last is None:
        return [DAYS[start][:2].upper()]
    end = next(i for i, d in enumerate(DAYS) if d.startswith(last.lower()[:3]))
    span = range(start, end + 1) if end >= start else [*range(start, 7), *range(0, end + 1)]
    return [DAYS[i][:2].upper() for i in span]


def _schedules(service_id: str, hours: str, delivery: str) -> list[dict[str, Any]]:
    text = "\n".join(line.rstrip() for line in hours.strip().splitlines() if line.strip())
    attending = ", ".join(p for p in _LIST_SPLIT.split(delivery.strip()) if p).lower()
    if not text:
        return []
    schedules: list[dict[str, Any]] = [
        {"id": _id(service_id, "hours"), "description": text}
        | ({"attending_type": attending} if attending else {})
    ]
    for n, line in enumerate(text.splitlines()):
        match = _DAY_LINE.match(line)
        if match is None:
            continue
        days = _days(match.group(1), match.group(2))
        for m, (h1, m1, h2, m2) in enumerate(_TIME_RANGE.findall(match.group(3))):
            schedules.append(
                {
                    "id": _id(service_id, "hours", str(n), str(m)),
                    "freq": "WEEKLY",
                    "byday": ",".join(days),
                    "opens_at": f"{int(h1):02d}:{m1}:00",
                    "closes_at": f"{int(h2):02d}:{m2}:00",
                    "description": line.strip(),
                }
            )
    return schedules


def _flag(service_id: str, code: str, name: str) -> dict[str, Any]:
    taxonomy_id = _id("taxonomy", FLAGS_TAXONOMY)
    term_id = _id("flag", code)
    return {
        "id": _id(service_id, "flag", code),
        "link_id": service_id,
        "link_type": "taxonomy",
        "link_entity": "service",
        "taxonomy_term_id": term_id,
        "taxonomy_term": {
            "id": term_id,
            "code": code,
            "name": name,
            "description": name,
            "taxonomy": FLAGS_TAXONOMY,
            "taxonomy_id": taxonomy_id,
        },
    }


def _delivery_flags(service_id: str, delivery: str) -> list[dict[str, Any]]:
    flags: dict[str, str] = {}
    for part in _LIST_SPLIT.split(delivery.lower()):
        found = DELIVERY_FLAGS.get(part.strip())
        if found:
            flags[found[0]] = found[1]
    return [_flag(service_id, code, name) for code, name in flags.items()]


@dataclass(frozen=True)
class _Categories:
    """The DfE Family Hubs categories, with the term ids the directory uses."""

    taxonomy: dict[str, Any]
    terms: dict[str, dict[str, Any]]

    @classmethod
    def load(cls) -> _Categories:
        data = json.loads(files("ingest").joinpath("data/dfe_categories.json").read_text())
        terms = {" ".join(t["name"].lower().split()): t for t in data["terms"]}
        return cls(data["taxonomy"], terms)

    def attributes(self, service_id: str, text: str) -> tuple[list[dict[str, Any]], list[str]]:
        """Attributes for the category names in a cell, and the text not understood. Names
        with commas ("Money, benefits and housing") are matched whole, longest first."""
        rest = " ".join(text.lower().split())
        found: list[dict[str, Any]] = []
        for name in sorted(self.terms, key=len, reverse=True):
            if name and name in rest:
                found.append(self.terms[name])
                rest = rest.replace(name, " ")
        unknown = [p.strip() for p in re.split(r"[\n,;]+", rest) if p.strip(" .-")]
        attributes = []
        for term in found:
            attributes.append(
                {
                    "id": _id(service_id, "category", term["id"]),
                    "link_id": service_id,
                    "link_type": "taxonomy",
                    "link_entity": "service",
                    "taxonomy_term_id": term["id"],
                    "taxonomy_term": {
                        "id": term["id"],
                        "code": term["code"],
                        "name": term["name"],
                        "description": term["description"],
                        "parent_id": term["parent_id"],
                        "taxonomy": self.taxonomy["name"],
                        "taxonomy_id": self.taxonomy["id"],
                        "taxonomy_detail": self.taxonomy,
                    },
                }
            )
        return attributes, unknown
