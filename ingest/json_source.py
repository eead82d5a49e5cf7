"""Read HSDS 3.0 / Open Referral UK JSON: one service, an array, a paged list, or NDJSON.

A file is read twice, one record at a time (`ingest.json_stream`), never whole: first to check
that it is JSON (or NDJSON) and holds services, so a broken or wrong file is refused before any
of its records is given, then to give its records. Memory holds one record at a time.
"""

from __future__ import annotations

import io
import json
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from ingest.file_checks import bad_byte_in_file, bad_byte_message, binary_kind
from ingest.json_stream import (
    PAGE_KEYS as PAGE_KEYS,
)
from ingest.json_stream import (
    BadByteError,
    JsonSyntaxError,
    NotRecordsError,
    read_items,
    read_lines,
)
from ingest.problems import FieldIssue
from ingest.shapes import list_message, record_kind


class SourceError(Exception):
    """Nothing could be read from a source (missing file, not JSON, not a directory shape)."""


@dataclass(frozen=True)
class SourceRecord:
    """One record as read, with where it was found. `error` is set when it could not be parsed;
    `warnings` are problems the reader found that do not stop the record being imported;
    `listed` when it came from a page of a list (a list endpoint's answer, or one saved to a
    file), whose records may be short versions of the full ones."""

    source: str
    position: str
    data: Any
    error: str | None = None
    warnings: tuple[FieldIssue, ...] = ()
    listed: bool = False


Opener = Callable[[], BinaryIO]


@dataclass
class _Kinds:
    """What the records of a source look like: services, or something else fed as services."""

    services: int = 0
    others: Counter[str] = field(default_factory=Counter)
    first: dict[str, tuple[tuple[str, ...], str]] = field(default_factory=dict)

    def add(self, data: Any, position: str) -> None:
        if not isinstance(data, dict):
            return
        found = record_kind(data)
        if found is None:
            self.services += 1
            return
        kind, fields = found
        self.others[kind] += 1
        self.first.setdefault(kind, (fields, position))

    def refuse_if_none_are_services(self, source: str) -> None:
        if self.services or not self.others:
            return
        kind = self.others.most_common(1)[0][0]
        fields, position = self.first[kind]
        raise SourceError(f"{source}: {list_message(kind, fields, position)}")


def _survey(opener: Opener, source: str, bad_byte: Callable[[BadByteError], str]) -> bool:
    """Check a whole source; True when it is one JSON document, False when NDJSON. Raises
    SourceError saying what is wrong and where."""
    kinds = _Kinds()
    try:
        with opener() as handle:
            for index, item in enumerate(read_items(handle), start=1):
                kinds.add(item.data, f"record {index}")
        kinds.refuse_if_none_are_services(source)
        return True
    except NotRecordsError as error:
        raise SourceError(f"{source}: {error}") from None
    except BadByteError as error:
        raise SourceError(bad_byte(error)) from None
    except JsonSyntaxError as whole_error:
        kinds = _Kinds()
        good = lines = 0
        try:
            with opener() as handle:
                for number, line in read_lines(handle):
                    lines += 1
                    try:
                        kinds.add(json.loads(line), f"line {number}")
                        good += 1
                    except json.JSONDecodeError:
                        continue
        except BadByteError as error:
            raise SourceError(bad_byte(error)) from None
        if good == 0 or lines < 2:
            raise SourceError(f"{source}: not valid JSON ({whole_error})") from None
        kinds.refuse_if_none_are_services(source)
        return False


def _records(opener: Opener, source: str, document: bool) -> Iterator[SourceRecord]:
    try:
        with opener() as handle:
            if document:
                for index, item in enumerate(read_items(handle), start=1):
                    yield SourceRecord(source, f"record {index}", item.data, listed=item.listed)
                return
            for number, line in read_lines(handle):
                try:
                    yield SourceRecord(source, f"line {number}", json.loads(line))
                except json.JSONDecodeError as error:
                    yield SourceRecord(source, f"line {number}", None, f"invalid JSON: {error.msg}")
    except (JsonSyntaxError, NotRecordsError, BadByteError, OSError) as error:
        raise SourceError(f"{source}: changed while it was being read ({error})") from None


def parse_json_text(text: str, source: str) -> Iterator[SourceRecord]:
    """Every record of a JSON or NDJSON text. Raises SourceError (when called) when the text
    is neither JSON nor NDJSON with at least one good line."""
    data = text.encode("utf-8")

    def opener() -> BinaryIO:
        return io.BytesIO(data)

    def bad_byte(error: BadByteError) -> str:
        return bad_byte_message(source, data, error.offset, error.reason)

    return _records(opener, source, _survey(opener, source, bad_byte))


def read_json_file(path: Path) -> Iterator[SourceRecord]:
    """Every record of a JSON or NDJSON file, one at a time. The whole file is checked when
    this is called: SourceError (saying what and where) if it cannot be read, is not UTF-8,
    is not JSON, is a database or a spreadsheet, or holds organisations, locations or taxonomy
    terms instead of services."""
    if not path.exists():
        raise SourceError(f"{path}: no such file")
    if path.is_dir():
        raise SourceError(f"{path}: is a folder, not a JSON file")
    kind = binary_kind(path)
    if kind is not None:
        raise SourceError(f"{path}: this is {kind}")
    source = str(path)

    def opener() -> BinaryIO:
        return path.open("rb")

    def bad_byte(error: BadByteError) -> str:
        return bad_byte_in_file(path, error.offset, error.value, error.reason)

    try:
        document = _survey(opener, source, bad_byte)
    except OSError as error:
        raise SourceError(f"{path}: cannot be read ({error.strerror})") from None
    return _records(opener, source, document)
