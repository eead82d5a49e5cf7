"""The JSON reader reads one record at a time: the same records as reading the whole document,
whatever the read chunk, errors placed by line and column, and wrong files named."""

from __future__ import annotations

import json
import re
import sqlite3
import tracemalloc
import zipfile
from pathlib import Path
from typing import Any

import pytest

from ingest import json_stream
from ingest.json_source import SourceError, read_json_file
from tests.conftest import SEED, service, shared_path, write_json

FIXTURES = [
    SEED,
    shared_path("standards", "hsds-3.0", "examples", "service_full.json"),
    shared_path("standards", "oruk-uk-profile", "examples", "service_full.json"),
    shared_path("standards", "oruk-uk-profile", "examples", "service_list.json"),
]


def whole(path: Path) -> list[Any]:
    """The records as reading the whole document gives them."""
    document = json.loads(path.read_text(encoding="utf-8-sig"))
    if isinstance(document, list):
        return document
    for key in ("contents", "content"):
        if key in document:
            return list(document[key])
    return [document]


@pytest.mark.parametrize("chunk", [json_stream.CHUNK, 7])
@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_the_same_records_as_the_whole_document(
    path: Path, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(json_stream, "CHUNK", chunk)
    records = list(read_json_file(path))
    assert [r.data for r in records] == whole(path)
    assert [r.position for r in records] == [f"record {n}" for n in range(1, len(records) + 1)]


def test_page_records_are_marked_as_listed_and_array_records_not(tmp_path: Path) -> None:
    page = write_json(tmp_path / "page.json", {"page_number": 1, "content": [service("a")]})
    array = write_json(tmp_path / "array.json", [service("a")])
    assert [r.listed for r in read_json_file(page)] == [True]
    assert [r.listed for r in read_json_file(array)] == [False]


def test_a_byte_order_mark_and_numbers_cut_by_a_chunk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(json_stream, "CHUNK", 3)
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps([service("a", minimum_age=12345)]).encode())
    assert [r.data["minimum_age"] for r in read_json_file(path)] == [12345]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('[{"id": "a"},\n {"id": "b" "name": "x"}]', "line 2, column 13"),
        ('{"total_items": 2,\n "contents": [{"id": "a"}, \n  {"id": }]}', "line 3, column 10"),
        ('[{"id": "a"},\n {"id": "b"', "line 2, column 12"),
        ('[{"id": "a"}] [', "line 1, column 15"),
    ],
)
def test_broken_json_is_placed_and_nothing_is_given(tmp_path: Path, text: str, where: str) -> None:
    path = tmp_path / "broken.json"
    path.write_text(text)
    with pytest.raises(SourceError, match="not valid JSON") as raised:
        read_json_file(path)
    assert where in str(raised.value)


def test_a_byte_that_is_not_utf8_is_placed_with_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    records = [service("a"), service("b", fees_description="£5")]
    text = json.dumps(records, indent=1, ensure_ascii=False)
    path.write_bytes(text.encode("cp1252"))
    at = text.index("£")  # one byte in Windows-1252, so also the byte offset
    line, column = text[:at].count("\n") + 1, at - text.rfind("\n", 0, at)
    with pytest.raises(SourceError) as raised:
        read_json_file(path)
    message = str(raised.value)
    assert f"not UTF-8 text: byte 0xa3 at line {line}, column {column} (byte {at})" in message
    assert "'£'" in message and "Save the file as UTF-8" in message


def test_a_sqlite_database_is_named(tmp_path: Path) -> None:
    path = tmp_path / "directory.json"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE services (id TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(SourceError, match="this is a SQLite database, not JSON or CSV"):
        read_json_file(path)


@pytest.mark.parametrize(
    ("member", "content", "named"),
    [
        ("xl/workbook.xml", b"<workbook/>", "an Excel spreadsheet (.xlsx)"),
        (
            "mimetype",
            b"application/vnd.oasis.opendocument.spreadsheet",
            "an OpenDocument spreadsheet (.ods)",
        ),
    ],
)
def test_a_spreadsheet_is_named(tmp_path: Path, member: str, content: bytes, named: str) -> None:
    path = tmp_path / "services.json"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(member, content)
    with pytest.raises(SourceError, match=re.escape(f"this is {named}")):
        read_json_file(path)


def test_reading_holds_one_record_at_a_time(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    with path.open("w") as out:
        out.write('{"total_items": 20000, "contents": [')
        for n in range(20_000):
            item = service(f"s{n}", description="A weekly group for parents. " * 20)
            out.write(("," if n else "") + json.dumps(item))
        out.write("]}")
    size = path.stat().st_size
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_json_file(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 20_000
    assert size > 10_000_000 and peak < 8_000_000, (size, peak)
