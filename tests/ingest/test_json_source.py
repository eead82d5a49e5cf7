from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.json_source import SourceError, read_json_file
from tests.conftest import service, write_json


def ids(path: Path) -> list[object]:
    return [r.data["id"] if isinstance(r.data, dict) else r.error for r in read_json_file(path)]


def test_one_service_an_array_and_a_page(tmp_path: Path) -> None:
    assert ids(write_json(tmp_path / "one.json", service("a"))) == ["a"]
    assert ids(write_json(tmp_path / "many.json", [service("a"), service("b")])) == ["a", "b"]
    page = {"total_items": 2, "page_number": 1, "contents": [service("a"), service("b")]}
    assert ids(write_json(tmp_path / "page.json", page)) == ["a", "b"]
    old = {"totalElements": 1, "number": 0, "content": [service("c")]}
    assert ids(write_json(tmp_path / "v1.json", old)) == ["c"]


def test_ndjson_with_a_broken_line(tmp_path: Path) -> None:
    path = tmp_path / "services.ndjson"
    path.write_text(json.dumps(service("a")) + "\n{broken\n\n" + json.dumps(service("b")) + "\n")
    records = list(read_json_file(path))
    assert [r.position for r in records] == ["line 1", "line 2", "line 4"]
    assert records[1].error is not None and records[1].error.startswith("invalid JSON")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ('"a string"', "expected a service, an array or a page"),
        ('{"contents": {"a": 1}}', "'contents' must be an array"),
    ],
)
def test_unreadable_sources_say_why(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(SourceError, match=message):
        list(read_json_file(path))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no such file"):
        list(read_json_file(tmp_path / "nope.json"))
