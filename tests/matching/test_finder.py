"""The public directory's finder: browsing is remembered until the directory changes."""

from __future__ import annotations

from pathlib import Path

from directory.geography import PostcodeDirectory
from directory.sqlite_store import SQLiteServiceStore
from ingest.importer import Importer
from ingest.json_source import read_json_file
from matching.finder import Finder, FindQuery
from tests.conftest import CountingEmbedder, service, write_json

TERM = {"taxonomy_term": {"id": "cat", "name": "Parenting support", "taxonomy": "DfE"}}


def test_a_category_page_is_remembered_until_the_directory_changes(
    tmp_path: Path, store: SQLiteServiceStore
) -> None:
    importer = Importer(store, CountingEmbedder())
    records = [service(f"s{i}", f"Group {i}", attributes=[TERM]) for i in range(3)]
    importer.run(read_json_file(write_json(tmp_path / "a.json", records)))
    finder = Finder(store, None, PostcodeDirectory(), per_page=10)
    first = finder.find(FindQuery(category_id="cat"))
    again = finder.find(FindQuery(category_id="cat"))
    assert first.total == again.total == 3
    assert first.items[0] is again.items[0], "the second visit is served from memory"
    more = [service("s9", "Group 9", attributes=[TERM])]
    importer.run(read_json_file(write_json(tmp_path / "b.json", more)))
    assert finder.find(FindQuery(category_id="cat")).total == 4


def test_inactive_services_are_not_listed(tmp_path: Path, store: SQLiteServiceStore) -> None:
    records = [
        service("open", "Open group", attributes=[TERM]),
        service("closed", "Closed group", status="inactive", attributes=[TERM]),
    ]
    Importer(store, CountingEmbedder()).run(
        read_json_file(write_json(tmp_path / "a.json", records))
    )
    found = Finder(store, None, PostcodeDirectory()).find(FindQuery(category_id="cat"))
    assert [item.service.id for item in found.items] == ["open"]
