"""Read HSDS 3.0 / Open Referral UK JSON: one service, an array, a paged list, or NDJSON."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.problems import FieldIssue


class SourceError(Exception):
    """Nothing could be read from a source (missing file, not JSON, not a directory shape)."""


@dataclass(frozen=True)
class SourceRecord:
    """One record as read, with where it was found. `error` is set when it could not be parsed;
    `warnings` are problems the reader found that do not stop the record being imported."""

    source: str
    position: str
    data: Any
    error: str | None = None
    warnings: tuple[FieldIssue, ...] = ()


PAGE_KEYS = ("contents", "content")


def _items(document: Any, source: str) -> list[Any]:
    if isinstance(document, list):
        return document
    if isinstance(document, dict):
        for key in PAGE_KEYS:
            if key in document:
                items = document[key]
                if not isinstance(items, list):
                    raise SourceError(f"{source}: '{key}' must be an array of services")
                return items
        return [document]
    raise SourceError(f"{source}: expected a service, an array or a page of services")


def parse_json_text(text: str, source: str) -> Iterator[SourceRecord]:
    """Yield every record of a JSON or NDJSON text.

    Raises SourceError when the text is neither JSON nor NDJSON with at least one good line.
    """
    try:
        document = json.loads(text)
    except json.JSONDecodeError as whole_error:
        yield from _parse_ndjson(text, source, whole_error)
        return
    for index, item in enumerate(_items(document, source), start=1):
        yield SourceRecord(source, f"record {index}", item)


def _parse_ndjson(
    text: str, source: str, whole_error: json.JSONDecodeError
) -> Iterator[SourceRecord]:
    lines = [(n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]
    parsed: list[SourceRecord] = []
    good = 0
    for number, line in lines:
        try:
            parsed.append(SourceRecord(source, f"line {number}", json.loads(line)))
            good += 1
        except json.JSONDecodeError as error:
            parsed.append(
                SourceRecord(source, f"line {number}", None, f"invalid JSON: {error.msg}")
            )
    if good == 0 or len(lines) < 2:
        raise SourceError(
            f"{source}: not valid JSON ({whole_error.msg} at line {whole_error.lineno}, "
            f"column {whole_error.colno})"
        )
    yield from parsed


def read_json_file(path: Path) -> Iterator[SourceRecord]:
    """Every record of a JSON or NDJSON file; SourceError if the file cannot be read."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise SourceError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise SourceError(f"{path}: is a folder, not a JSON file") from None
    except UnicodeDecodeError as error:
        raise SourceError(f"{path}: not UTF-8 text ({error.reason})") from None
    except OSError as error:
        raise SourceError(f"{path}: cannot be read ({error.strerror})") from None
    yield from parse_json_text(text, str(path))
