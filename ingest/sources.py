"""Which reader a local source needs: a CSV data package, the DfE spreadsheet, or JSON."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ingest.csv_package import is_csv_package, read_csv_package
from ingest.dfe_sheet import is_dfe_capture, read_dfe_capture
from ingest.json_source import SourceError, SourceRecord, read_json_file


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
            return read_dfe_capture(path)
        raise SourceError(
            f"{path}: not the DfE data-capture spreadsheet (no 'Data Capture' sheet or no "
            "'Name of service' column); for an HSDS CSV data package give its folder or zip"
        )
    return read_json_file(path)
