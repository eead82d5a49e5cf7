"""Which reader a local source needs: a CSV data package, the DfE spreadsheet, or JSON.

Every reader checks its whole source before giving the first record, so `read_path` raises
SourceError (saying what and where) instead of failing half way through an import.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from ingest.csv_package import is_csv_package, read_csv_package
from ingest.dfe_sheet import is_dfe_capture, read_dfe_capture
from ingest.file_checks import binary_kind
from ingest.json_source import SourceError, SourceRecord, read_json_file
from ingest.shapes import list_message, other_kind


def _header(path: Path) -> list[str]:
    try:
        with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
            return [cell.strip() for cell in next(csv.reader(handle), [])]
    except (OSError, csv.Error):
        return []


def _refuse_csv(path: Path) -> SourceError:
    kind = binary_kind(path)
    if kind is not None:
        return SourceError(f"{path}: this is {kind}")
    header = _header(path)
    other = other_kind(header)
    if other is not None:
        return SourceError(f"{path}: {list_message(other[0], other[1], 'its header row')}")
    return SourceError(
        f"{path}: not the DfE data-capture spreadsheet (no 'Data Capture' sheet or no "
        "'Name of service' column); for an HSDS CSV data package give its folder or zip"
    )


def read_path(path: Path) -> Iterator[SourceRecord]:
    """Every record of a file or folder, by what it is: a folder or zip is an HSDS CSV data
    package, an .xlsx (or a CSV saved from it) the DfE data-capture spreadsheet, anything else
    Open Referral JSON or NDJSON. Raises SourceError when the source cannot be read."""
    if is_csv_package(path):
        return read_csv_package(path)
    if path.is_dir():
        raise SourceError(
            f"{path}: a folder without datapackage.json or services.csv; "
            "expected an HSDS CSV data package"
        )
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".csv") and path.is_file():
        if is_dfe_capture(path):
            return iter(list(read_dfe_capture(path)))
        raise _refuse_csv(path)
    if suffix in (".ods", ".xls") and path.is_file():
        kind = binary_kind(path) or "a spreadsheet"
        raise SourceError(f"{path}: this is {kind}")
    return read_json_file(path)
