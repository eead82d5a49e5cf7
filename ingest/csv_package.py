"""Read an HSDS 3.0 / Open Referral UK CSV data package (a folder or a zip) as service records.

The package's tables (`services.csv`, `organizations.csv`, `locations.csv`,
`service_at_location.csv`, `attributes.csv`, `taxonomy_terms.csv`, ...) are joined by their
ids into the nested service records the JSON API would give. The file of each table comes from
`datapackage.json` when the package has a readable one, otherwise from the standard's file
names (the UK profile's names, such as `address.csv`, win over HSDS's `addresses.csv` when a
package has both). Rows whose link points at nothing are reported as warnings, never guessed.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from directory.safe_values import read_spreadsheet_cell
from ingest.file_checks import bad_byte_message, binary_kind
from ingest.hsds1_csv import FILES as HSDS1_FILES
from ingest.hsds1_csv import RESOURCES as HSDS1_RESOURCES
from ingest.hsds1_csv import is_hsds1, to_hsds3
from ingest.json_source import SourceError, SourceRecord
from ingest.problems import WARNING, FieldIssue
from ingest.shapes import list_message, other_kind

#: Each table's file names: the UK profile's first, then HSDS 3.0's.
TABLE_FILES: dict[str, tuple[str, ...]] = {
    "services": ("services.csv", "service.csv"),
    "organizations": ("organizations.csv", "organization.csv"),
    "organization_identifiers": ("organization_identifiers.csv",),
    "programs": ("programs.csv", "program.csv"),
    "locations": ("locations.csv", "location.csv"),
    "service_at_location": ("service_at_location.csv", "service_at_locations.csv"),
    "addresses": ("address.csv", "addresses.csv"),
    "accessibility": ("accessibility.csv",),
    "phones": ("phones.csv", "phone.csv"),
    "contacts": ("contacts.csv", "contact.csv"),
    "languages": ("languages.csv", "language.csv"),
    "schedules": ("schedule.csv", "schedules.csv"),
    "service_areas": ("service_areas.csv", "service_area.csv"),
    "cost_options": ("cost_options.csv", "cost_option.csv"),
    "funding": ("funding.csv",),
    "required_documents": ("required_documents.csv", "required_document.csv"),
    "attributes": ("attribute.csv", "attributes.csv"),
    "taxonomy_terms": ("taxonomy_terms.csv", "taxonomy_term.csv"),
    "taxonomies": ("taxonomy.csv", "taxonomies.csv"),
    "metadata": ("metadata.csv",),
}

#: Columns whose values are numbers in HSDS 3.0.
NUMBERS: dict[str, frozenset[str]] = {
    "services": frozenset({"minimum_age", "maximum_age"}),
    "locations": frozenset({"latitude", "longitude"}),
    "cost_options": frozenset({"amount"}),
    "organizations": frozenset({"year_incorporated"}),
    "phones": frozenset({"extension"}),
    "schedules": frozenset({"timezone", "count", "interval"}),
}

#: Columns that only join tables; they are dropped from the nested record.
LINKS = frozenset(
    {
        "organization_id",
        "service_id",
        "location_id",
        "service_at_location_id",
        "contact_id",
        "phone_id",
        "program_id",
        "link_id",
        "taxonomy_term_id",
        "resource_id",
    }
)

Row = dict[str, Any]


def _stem(name: str) -> str:
    return name.rsplit(".", 1)[0]


def is_csv_package(path: Path) -> bool:
    """Whether `path` is a folder or zip holding a datapackage.json or any table of a package
    (one without a services table is refused when read, saying what it holds)."""
    if path.is_dir():
        tables = (*TABLE_FILES.values(), *HSDS1_FILES.values())
        return (path / "datapackage.json").is_file() or any(
            (path / name).is_file() for names in tables for name in names
        )
    return path.suffix.lower() == ".zip" and zipfile.is_zipfile(path)


class _Files:
    """The CSV files of a package, by file name, from a folder or a zip."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._texts: dict[str, str] = {}
        if path.is_dir():
            for item in path.iterdir():
                if item.is_file():
                    self._texts[item.name] = ""
            self._zip: zipfile.ZipFile | None = None
            self._prefix = ""
            return
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as error:
            raise SourceError(f"{path}: not a readable zip file ({error})") from None
        names = [n for n in self._zip.namelist() if not n.endswith("/")]
        if "xl/workbook.xml" in names or "mimetype" in names:
            self._zip.close()
            raise SourceError(f"{path}: this is {binary_kind(path) or 'a spreadsheet'}")
        roots = {PurePosixPath(n).parent for n in names if PurePosixPath(n).name.endswith(".csv")}
        marker = [n for n in names if PurePosixPath(n).name == "datapackage.json"]
        if marker:
            base = PurePosixPath(marker[0]).parent
        else:
            base = next(iter(roots)) if len(roots) == 1 else PurePosixPath(".")
        self._prefix = "" if str(base) == "." else f"{base}/"
        for name in names:
            if name.startswith(self._prefix) and "/" not in name[len(self._prefix) :]:
                self._texts[name[len(self._prefix) :]] = ""

    def names(self) -> set[str]:
        return set(self._texts)

    def read(self, name: str) -> str:
        where = f"{self._path}: {name}"
        try:
            if self._zip is not None:
                data = self._zip.read(self._prefix + name)
            else:
                data = (self._path / name).read_bytes()
        except (OSError, KeyError, zipfile.BadZipFile) as error:
            raise SourceError(f"{where}: cannot be read ({error})") from None
        if name.endswith(".csv") and data[:4] in (b"PK\x03\x04", b"SQLi", b"\xd0\xcf\x11\xe0"):
            raise SourceError(
                f"{where}: this is not a CSV file but a spreadsheet or database saved with a "
                ".csv name; save the table as CSV (UTF-8)"
            )
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise SourceError(
                bad_byte_message(where, data, error.start, str(error.reason))
            ) from None

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()


@dataclass
class _Tables:
    """The package's rows by table, with where each row came from."""

    rows: dict[str, list[Row]] = field(default_factory=dict)
    position: dict[int, str] = field(default_factory=dict)
    issues: list[FieldIssue] = field(default_factory=list)

    def by(self, table: str, column: str) -> dict[str, list[Row]]:
        index: dict[str, list[Row]] = defaultdict(list)
        for row in self.rows.get(table, []):
            key = row.get(column)
            if isinstance(key, str) and key:
                index[key].append(row)
        return index

    def by_id(self, table: str) -> dict[str, Row]:
        return {row["id"]: row for row in self.rows.get(table, []) if row.get("id")}


def _datapackage(files: _Files) -> dict[str, Any]:
    """The package's datapackage.json when it has a readable one, else {}."""
    if "datapackage.json" not in files.names():
        return {}
    try:
        package = json.loads(files.read("datapackage.json"))
    except (json.JSONDecodeError, SourceError):
        return {}
    return package if isinstance(package, dict) else {}


def _resources(package: dict[str, Any]) -> list[tuple[str, str]]:
    """(name, path) of each resource the datapackage.json lists."""
    listed = package.get("resources")
    return [
        (str(r.get("name") or ""), r["path"])
        for r in (listed if isinstance(listed, list) else [])
        if isinstance(r, dict) and isinstance(r.get("path"), str)
    ]


def _no_services(files: _Files, source: str) -> SourceError:
    """The error for a package without a services table, saying what it holds instead."""
    names = files.names()
    for table in ("organizations", "locations", "taxonomy_terms", "taxonomies"):
        for name in TABLE_FILES[table]:
            if name in names:
                header, _ = _read_csv(files, name, header_only=True)
                other = other_kind(header) or (
                    {"organizations": "organisation", "locations": "location"}.get(
                        table, "taxonomy term"
                    ),
                    tuple(header[:4]),
                )
                return SourceError(
                    f"{source}: {list_message(other[0], other[1], name)}; the package has "
                    "no services table (services.csv)"
                )
    return SourceError(f"{source}: no services table (services.csv) in the data package")


def _resource_files(files: _Files, source: str, package: dict[str, Any]) -> dict[str, str]:
    """Each table's file: from datapackage.json where it names one, else the standard names."""
    found: dict[str, str] = {}
    names = files.names()
    for name, path in _resources(package):
        table = next(
            (t for t, options in TABLE_FILES.items() if name in (t, *map(_stem, options))),
            None,
        )
        if table and path in names:
            found[table] = path
    for table, options in TABLE_FILES.items():
        if table not in found:
            present = [name for name in options if name in names]
            if present:
                found[table] = present[0]
    if "services" not in found:
        raise _no_services(files, source)
    return found


def _value(table: str, column: str, text: Any) -> Any:
    if column in NUMBERS.get(table, frozenset()) and isinstance(text, str):
        try:
            number = float(text)
        except ValueError:
            return text  # left for validation to report with the field's path
        return int(number) if number.is_integer() else number
    return text


def _cell(column: str, text: str) -> str:
    """Ids and links lose surrounding spaces; text keeps what the publisher wrote, less the
    `'` our exports put before a cell that a spreadsheet would run as a formula."""
    if column == "id" or column in LINKS:
        return read_spreadsheet_cell(text.strip())
    return read_spreadsheet_cell(text)


def _read_csv(
    files: _Files, name: str, header_only: bool = False
) -> tuple[list[str], list[tuple[int, Row]]]:
    """A table's header and its rows (cells as text, empty cells left out) with row numbers."""
    # Some exports end lines with CR CR LF, which would read as an empty row after each.
    text = files.read(name).replace("\r\r\n", "\r\n")
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [column.strip() for column in next(reader, [])]
    rows: list[tuple[int, Row]] = []
    if header_only:
        return header, rows
    for number, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue
        rows.append(
            (
                number,
                {
                    column: _cell(column, cell)
                    for column, cell in zip(header, cells, strict=False)
                    if column and cell.strip()
                },
            )
        )
    return header, rows


def _read_rows(tables: _Tables, files: _Files, name: str) -> list[Row] | None:
    """A table's rows, each with its position noted; None (and a warning) without an id column."""
    header, numbered = _read_csv(files, name)
    if "id" not in header:
        tables.issues.append(
            FieldIssue("id", "the table has no id column; not read", WARNING, at=f"{name} row 1")
        )
        return None
    for number, row in numbered:
        tables.position[id(row)] = f"{name} row {number}"
    return [row for _, row in numbered]


def _read_tables(files: _Files, source: str) -> _Tables:
    package = _datapackage(files)
    names = files.names()
    services_file = next((n for n in TABLE_FILES["services"] if n in names), None)
    header = _read_csv(files, services_file, header_only=True)[0] if services_file else []
    resources = {name for name, _ in _resources(package)}
    if is_hsds1(names, header, resources):
        return _read_hsds1_tables(files, source, package)
    tables = _Tables()
    for table, name in _resource_files(files, source, package).items():
        rows = _read_rows(tables, files, name)
        if rows is None:
            continue
        for row in rows:
            for column, text in row.items():
                row[column] = _value(table, column, text)
        tables.rows[table] = rows
    return tables


def _read_hsds1_tables(files: _Files, source: str, package: dict[str, Any]) -> _Tables:
    """An HSDS 1.x package's tables, rewritten as the 3.0 tables (`ingest.hsds1_csv`)."""
    names = files.names()
    found: dict[str, str] = {}
    for name, path in _resources(package):
        table = HSDS1_RESOURCES.get(name)
        if table is not None and path in names:
            found[table] = path
    for table, options in HSDS1_FILES.items():
        present = [name for name in options if name in names]
        if table not in found and present:
            found[table] = present[0]
    if "services" not in found:
        raise _no_services(files, source)
    tables = _Tables()
    raw: dict[str, list[Row]] = {}
    for table, name in found.items():
        rows = _read_rows(tables, files, name)
        if rows is not None:
            raw[table] = rows
    converted = to_hsds3(raw, found, tables.position)
    for table, rows in converted.tables.items():
        for row in rows:
            for column, text in row.items():
                row[column] = _value(table, column, text)
        tables.rows[table] = rows
    tables.issues.extend(converted.issues)
    return tables


def _plain(row: Row) -> Row:
    return {key: value for key, value in row.items() if key not in LINKS}


@dataclass
class _Joiner:
    """Builds nested service records from the tables, noting every row used."""

    tables: _Tables
    used: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        t = self.tables
        self.organizations = t.by_id("organizations")
        self.programs = t.by_id("programs")
        self.locations = t.by_id("locations")
        self.terms = t.by_id("taxonomy_terms")
        self.taxonomies = t.by_id("taxonomies")
        self.identifiers = t.by("organization_identifiers", "organization_id")
        self.attributes = t.by("attributes", "link_id")
        self.metadata = t.by("metadata", "resource_id")
        self.languages_by_phone = t.by("languages", "phone_id")
        self.phones_by_contact = t.by("phones", "contact_id")
        self.per: dict[tuple[str, str], dict[str, list[Row]]] = {}

    def rows(self, table: str, column: str, key: str) -> list[Row]:
        if (table, column) not in self.per:
            self.per[table, column] = self.tables.by(table, column)
        found = self.per[table, column].get(key, [])
        self.used.update(id(row) for row in found)
        return found

    def _attributes(self, owner_id: str) -> list[Row]:
        out = []
        for row in self.attributes.get(owner_id, []):
            self.used.add(id(row))
            attribute = _plain(row)
            term = self.terms.get(str(row.get("taxonomy_term_id", "")))
            if term is not None:
                attribute["taxonomy_term_id"] = term["id"]
                attribute["taxonomy_term"] = self._term(term)
            out.append(attribute)
        return out

    def _organization_phones(self, org_id: str) -> list[Row]:
        """The organisation's own phones: rows naming it and no service, location, contact
        or service at a location (pages show them when a service has no number of its own)."""
        owners = ("service_id", "location_id", "contact_id", "service_at_location_id")
        return [
            row
            for row in self.rows("phones", "organization_id", org_id)
            if not any(row.get(owner) for owner in owners)
        ]

    def _term(self, row: Row) -> Row:
        term = {k: v for k, v in row.items() if k != "taxonomy_id"}
        taxonomy = self.taxonomies.get(str(row.get("taxonomy_id", "")))
        if taxonomy is not None:
            term["taxonomy_id"] = taxonomy["id"]
            term["taxonomy_detail"] = dict(taxonomy)
        elif row.get("taxonomy_id"):
            term["taxonomy_id"] = row["taxonomy_id"]
        return term

    def _phones(self, rows: list[Row]) -> list[Row]:
        out = []
        for row in rows:
            phone = _plain(row)
            languages = [_plain(r) for r in self.languages_by_phone.get(row["id"], [])]
            if languages:
                phone["languages"] = languages
            out.append(phone)
        return out

    def _contacts(self, rows: list[Row]) -> list[Row]:
        out = []
        for row in rows:
            contact = _plain(row)
            phones = self._phones(self.phones_by_contact.get(row["id"], []))
            if phones:
                contact["phones"] = phones
            out.append(contact)
        return out

    def _location(self, row: Row) -> Row:
        location = _plain(row)
        lid = row["id"]
        nested = {
            "addresses": [_plain(r) for r in self.rows("addresses", "location_id", lid)],
            "accessibility": [_plain(r) for r in self.rows("accessibility", "location_id", lid)],
            "phones": self._phones(self.rows("phones", "location_id", lid)),
            "languages": [_plain(r) for r in self.rows("languages", "location_id", lid)],
            "attributes": self._attributes(lid),
        }
        location.update({key: value for key, value in nested.items() if value})
        return location

    def service(self, row: Row, issues: list[FieldIssue]) -> Row:
        sid = row["id"]
        record = _plain(row)
        org_id = row.get("organization_id")
        if org_id:
            organization = self.organizations.get(org_id)
            if organization is None:
                issues.append(_dangling("organization_id", org_id, "organizations"))
                record["organization_id"] = org_id
            else:
                record["organization"] = _plain(organization) | _some(
                    organization_identifiers=[
                        _plain(r) for r in self.identifiers.get(organization["id"], [])
                    ],
                    phones=self._phones(self._organization_phones(organization["id"])),
                )
        program_id = row.get("program_id")
        if program_id and program_id in self.programs:
            record["program"] = _plain(self.programs[program_id])
        sals = []
        for index, sal_row in enumerate(self.rows("service_at_location", "service_id", sid)):
            sal = _plain(sal_row)
            location = self.locations.get(str(sal_row.get("location_id", "")))
            if location is None:
                issues.append(
                    _dangling(
                        f"service_at_locations[{index}].location_id",
                        str(sal_row.get("location_id", "")),
                        "locations",
                    )
                )
            else:
                sal["location"] = self._location(location)
            sal_id = sal_row["id"]
            sal.update(
                _some(
                    contacts=self._contacts(
                        self.rows("contacts", "service_at_location_id", sal_id)
                    ),
                    phones=self._phones(self.rows("phones", "service_at_location_id", sal_id)),
                    schedules=[
                        _plain(r) for r in self.rows("schedules", "service_at_location_id", sal_id)
                    ],
                    attributes=self._attributes(sal_id),
                )
            )
            sals.append(sal)
        record.update(
            _some(
                phones=self._phones(self.rows("phones", "service_id", sid)),
                schedules=[_plain(r) for r in self.rows("schedules", "service_id", sid)],
                service_areas=[_plain(r) for r in self.rows("service_areas", "service_id", sid)],
                service_at_locations=sals,
                languages=[_plain(r) for r in self.rows("languages", "service_id", sid)],
                funding=[_plain(r) for r in self.rows("funding", "service_id", sid)],
                cost_options=[_plain(r) for r in self.rows("cost_options", "service_id", sid)],
                required_documents=[
                    _plain(r) for r in self.rows("required_documents", "service_id", sid)
                ],
                contacts=self._contacts(self.rows("contacts", "service_id", sid)),
                attributes=self._attributes(sid),
                metadata=[_plain(r) for r in self.metadata.get(sid, [])],
            )
        )
        return record


def _some(**lists: list[Row]) -> Row:
    return {key: value for key, value in lists.items() if value}


def _dangling(column: str, value: str, table: str) -> FieldIssue:
    return FieldIssue(column, f"{value!r} is not an id in the {table} table", WARNING, kind="link")


def read_csv_package(path: Path) -> Iterator[SourceRecord]:
    """Every service of a CSV data package (folder or zip; HSDS 3.0, or HSDS 1.x rewritten
    as 3.0 by `ingest.hsds1_csv`), joined with its related rows.

    The whole package is read when this is called: SourceError when it cannot be read or has
    no services table. Attributes linked to nothing in the package, and 1.x columns with no
    place in 3.0, are reported as warnings on the first record.
    """
    if not path.exists():
        raise SourceError(f"{path}: no such file or folder")
    source = str(path)
    files = _Files(path)
    try:
        tables = _read_tables(files, source)
    finally:
        files.close()
    joiner = _Joiner(tables)
    records: list[SourceRecord] = []
    for row in tables.rows.get("services", []):
        position = tables.position[id(row)]
        if not row.get("id"):
            records.append(SourceRecord(source, position, None, "id: the row has no id"))
            continue
        issues: list[FieldIssue] = []
        record = joiner.service(row, issues)
        records.append(SourceRecord(source, position, record, None, tuple(issues)))
    owners = {
        row["id"]
        for table in ("services", "locations", "organizations", "service_at_location")
        for row in tables.rows.get(table, [])
        if row.get("id")
    }
    orphans: list[FieldIssue] = list(tables.issues)
    for link_id, rows in joiner.attributes.items():
        if link_id not in owners:
            for row in rows:
                orphans.append(
                    FieldIssue(
                        "link_id",
                        f"attribute {row.get('id')} links to {link_id!r}, which is in no "
                        "table of the package; not imported",
                        WARNING,
                        at=tables.position[id(row)],
                        kind="link",
                    )
                )
    if orphans and records:
        first = records[0]
        records[0] = SourceRecord(
            first.source, first.position, first.data, first.error, (*first.warnings, *orphans)
        )
    return iter(records)
