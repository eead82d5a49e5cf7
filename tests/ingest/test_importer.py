from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from directory.records import Service
from directory.sqlite_store import SQLiteServiceStore
from earlyhelp.wiring import make_listing_reader
from ingest.importer import Importer
from ingest.json_source import read_json_file
from matching.listing_reader import READ_MARK
from matching.onnx_embedding import MiniLMInt8Embedder
from tests.conftest import CountingEmbedder, service, write_json

MIXED = [
    service("good-1", "Bumps and babies group", minimum_age=0, maximum_age=2),
    {"name": "No id here"},
    service("no-name", ""),
    service("neg-age", minimum_age=-3),
    service("reversed", minimum_age=16, maximum_age=4),
    service("wrong-type", name=["a", "list"]),
    service("bad-status", status="sort of open"),
    service("bad-nesting", service_at_locations={"location": "Bath"}),
    service("good-2", "Money advice drop-in", minimum_age=18),
]


def test_good_records_land_and_each_bad_one_is_reported(
    tmp_path: Path, store: SQLiteServiceStore, embedder: CountingEmbedder
) -> None:
    path = write_json(tmp_path / "mixed.json", MIXED)
    summary = Importer(store, embedder).run(read_json_file(path))
    assert (summary.read, summary.added, summary.rejected) == (9, 2, 7)
    assert store.count() == 2
    reported = {(p.position, p.record_id, p.field) for p in summary.errors}
    assert reported == {
        ("record 2", None, "id"),
        ("record 3", "no-name", "name"),
        ("record 4", "neg-age", "minimum_age"),
        ("record 5", "reversed", "minimum_age"),
        ("record 6", "wrong-type", "name"),
        ("record 7", "bad-status", "status"),
        ("record 8", "bad-nesting", "service_at_locations"),
    }
    assert all(p.message for p in summary.errors)


def test_strict_writes_nothing(
    tmp_path: Path, store: SQLiteServiceStore, embedder: CountingEmbedder
) -> None:
    path = write_json(tmp_path / "mixed.json", MIXED)
    summary = Importer(store, embedder).run(read_json_file(path), strict=True)
    assert summary.rejected == 7 and not summary.written
    assert store.count() == 0
    assert embedder.texts == []


def test_dry_run_writes_nothing_but_counts(
    tmp_path: Path, store: SQLiteServiceStore, embedder: CountingEmbedder
) -> None:
    path = write_json(tmp_path / "mixed.json", MIXED)
    summary = Importer(store, embedder).run(read_json_file(path), dry_run=True)
    assert (summary.added, summary.rejected, summary.written) == (2, 7, False)
    assert store.count() == 0


def test_reimport_changes_nothing_and_embeds_nothing(
    tmp_path: Path, store: SQLiteServiceStore, embedder: CountingEmbedder
) -> None:
    path = write_json(tmp_path / "good.json", [service(f"s{i}", f"Group {i}") for i in range(5)])
    first = Importer(store, embedder).run(read_json_file(path))
    assert (first.added, first.embedded) == (5, 5)
    before = _dump(store.path)
    embedder.texts.clear()
    again = Importer(store, embedder).run(read_json_file(path))
    assert (again.added, again.updated, again.unchanged, again.embedded) == (0, 0, 5, 0)
    assert embedder.texts == []
    assert _dump(store.path) == before


def test_a_change_outside_the_text_updates_without_re_embedding(
    tmp_path: Path, store: SQLiteServiceStore, embedder: CountingEmbedder
) -> None:
    path = write_json(tmp_path / "v1.json", [service("s1", "Group"), service("s2", "Club")])
    Importer(store, embedder).run(read_json_file(path))
    embedder.texts.clear()
    changed = [service("s1", "Group", email="new@family-hub.org.uk"), service("s2", "Youth club")]
    summary = Importer(store, embedder).run(
        read_json_file(write_json(tmp_path / "v2.json", changed))
    )
    assert (summary.updated, summary.embedded) == (2, 1)
    assert len(embedder.texts) == 1 and "Youth club" in embedder.texts[0]
    stored = store.get("s1")
    assert stored is not None and stored.record["email"] == "new@family-hub.org.uk"


def test_a_repeated_id_in_one_import_is_rejected(
    tmp_path: Path, store: SQLiteServiceStore, embedder: CountingEmbedder
) -> None:
    path = write_json(tmp_path / "dup.json", [service("s1", "First"), service("s1", "Second")])
    summary = Importer(store, embedder).run(read_json_file(path))
    assert (summary.added, summary.rejected) == (1, 1)
    assert summary.errors[0].message == f"appears again; first seen at {path} record 1"
    stored = store.get("s1")
    assert stored is not None and stored.service.name == "First"


def _dump(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT id, summary, record, source, content_hash, text_hash, embedding, updated_at "
            "FROM services ORDER BY id"
        ).fetchall()


class VersionedReader:
    """Reads one fact, its version's, from every listing (a stand-in for the listing reader,
    whose own reading is tested in tests/matching)."""

    def __init__(self, version: str) -> None:
        self.version = version
        self.read: list[str] = []

    def read_many(self, services: Sequence[Service]) -> list[tuple[str, ...]]:
        self.read.extend(s.id for s in services)
        return [(f"read-by:{self.version}",) for _ in services]


def test_listings_read_by_an_older_reader_are_read_again_but_not_re_embedded(
    tmp_path: Path, store: SQLiteServiceStore, embedder: CountingEmbedder
) -> None:
    path = write_json(tmp_path / "good.json", [service(f"s{i}", f"Group {i}") for i in range(3)])
    Importer(store, embedder, reader=VersionedReader("1")).run(read_json_file(path))
    same = VersionedReader("1")
    again = Importer(store, embedder, reader=same).run(read_json_file(path))
    assert (again.updated, again.unchanged, same.read) == (0, 3, [])
    embedder.texts.clear()
    newer = VersionedReader("2")
    upgraded = Importer(store, embedder, reader=newer).run(read_json_file(path))
    assert (upgraded.updated, upgraded.embedded, embedder.texts) == (3, 0, [])
    assert sorted(newer.read) == ["s0", "s1", "s2"]
    for i in range(3):
        stored = store.get(f"s{i}")
        assert stored is not None and stored.service.facts == ("read-by:2",)


def test_the_listing_reader_names_its_rules_and_model(int8: MiniLMInt8Embedder) -> None:
    reader = make_listing_reader(int8)
    assert reader.version == f"{READ_MARK} {int8.name}"
