"""What a file given to a text reader really is, and where a file stops being UTF-8.

Directory officers sometimes give the JSON or CSV reader the wrong file: the directory's own
SQLite store, or a spreadsheet. The readers say so instead of reporting broken JSON, and a
byte that is not UTF-8 is reported with its line, column and byte, with the fix.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

_SPREADSHEET_ADVICE = (
    "save each table as CSV (UTF-8) into a folder for an HSDS CSV data package, or give the "
    "DfE data-capture spreadsheet as .xlsx"
)


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = (
                archive.read("mimetype").decode("ascii", "replace") if ("mimetype" in names) else ""
            )
    except (OSError, zipfile.BadZipFile, KeyError):
        return "a zip file"
    if "xl/workbook.xml" in names:
        return f"an Excel spreadsheet (.xlsx), not text; {_SPREADSHEET_ADVICE}"
    if "opendocument.spreadsheet" in mimetype:
        return f"an OpenDocument spreadsheet (.ods), not text; {_SPREADSHEET_ADVICE}"
    if "word/document.xml" in names:
        return "a Word document, not text"
    return "a zip file, not text; give a zip of CSV files as the whole package, not one table"


def binary_kind(path: Path) -> str | None:
    """What the file is, with what to do, when it is a database, a spreadsheet or another
    binary file that no text reader can read; None when it may be text."""
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError:
        return None
    if head.startswith(b"SQLite format 3\x00"):
        return (
            "a SQLite database, not JSON or CSV (perhaps a directory's store, EARLYHELP_DB); "
            "export it first with `earlyhelp export --json FILE` and import that file"
        )
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(path)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return f"an old-style Excel (.xls) or other Office file, not text; {_SPREADSHEET_ADVICE}"
    if head.startswith(b"%PDF"):
        return "a PDF document, not text"
    return None


def _message(source: str, line: int, column: int, offset: int, value: int, reason: str) -> str:
    guess = bytes([value]).decode("cp1252", "replace")
    hint = (
        f"; in Windows-1252, the encoding older Excel saves in, it would be {guess!r}"
        if value >= 0x80 and guess != "\ufffd"
        else ""
    )
    return (
        f"{source}: not UTF-8 text: byte 0x{value:02x} at line {line}, column {column} "
        f"(byte {offset}) cannot be read ({reason}){hint}. Save the file as UTF-8 (in Excel, "
        "Save As 'CSV UTF-8'; in a text editor, choose the UTF-8 encoding) and import it again"
    )


def bad_byte_message(source: str, data: bytes, offset: int, reason: str) -> str:
    """Where the byte at `offset` of `data`, which is not UTF-8, is, and what to do."""
    line = data.count(b"\n", 0, offset) + 1
    column = offset - data.rfind(b"\n", 0, offset)
    return _message(source, line, column, offset, data[offset], reason)


def bad_byte_in_file(path: Path, offset: int, value: int, reason: str) -> str:
    """`bad_byte_message` for the byte `offset` bytes into a file, read in chunks."""
    lines, last_newline, done = 0, -1, 0
    with path.open("rb") as handle:
        while done < offset:
            chunk = handle.read(min(1 << 20, offset - done))
            if not chunk:
                break
            found = chunk.count(b"\n")
            if found:
                lines += found
                last_newline = done + chunk.rfind(b"\n")
            done += len(chunk)
    return _message(str(path), lines + 1, offset - last_newline, offset, value, reason)
