"""An import records editors' conflicts only when it writes: never in a dry run, never when a
strict run fails, never for a record it rejected."""

from __future__ import annotations

from pathlib import Path

from appdb.sqlite import SQLiteDatabase
from directory.edits import ListingEdits
from directory.sqlite_store import SQLiteServiceStore
from ingest.importer import Importer
from ingest.json_source import read_json_file
from tests.conftest import CountingEmbedder, service, write_json

EDITED = "The editor's careful wording for families."
FEED_NEW = "The feed's own new wording."


def _edited_directory(
    tmp_path: Path, store: SQLiteServiceStore, embedder: CountingEmbedder
) -> ListingEdits:
    """A directory holding `talk-1` from a feed, whose description an editor then changed."""
    edits = ListingEdits(SQLiteDatabase(tmp_path / "app.db"))
    first = service("talk-1", "Talking therapies for parents", description="As the feed said.")
    Importer(store, embedder, overrides=edits).run(
        read_json_file(write_json(tmp_path / "first.json", [first]))
    )
    stored = store.get("talk-1")
    assert stored is not None and isinstance(stored.source, dict)
    edits.set("talk-1", stored.source, {"description": EDITED}, "editor@council.example")
    return edits


def _feed(tmp_path: Path, *extra: dict[str, object]) -> Path:
    changed = service("talk-1", "Talking therapies for parents", description=FEED_NEW)
    return write_json(tmp_path / "second.json", [changed, *extra])


def test_a_dry_run_records_no_conflict(
    tmp_path: Path, store: SQLiteServiceStore, embedder: CountingEmbedder
) -> None:
    edits = _edited_directory(tmp_path, store, embedder)
    summary = Importer(store, embedder, overrides=edits).run(
        read_json_file(_feed(tmp_path)), dry_run=True
    )
    assert not summary.written and summary.rejected == 0
    assert edits.conflicts() == []
    # The same feed imported for real raises it once.
    Importer(store, embedder, overrides=edits).run(read_json_file(_feed(tmp_path)))
    [conflict] = edits.conflicts()
    assert (conflict.field, conflict.feed_value) == ("description", FEED_NEW)
    stored = store.get("talk-1")
    assert stored is not None and stored.service.description == EDITED


def test_a_failed_strict_run_records_no_conflict(
    tmp_path: Path, store: SQLiteServiceStore, embedder: CountingEmbedder
) -> None:
    edits = _edited_directory(tmp_path, store, embedder)
    broken = service("bad-ages", "Youth club", minimum_age=16, maximum_age=4)
    summary = Importer(store, embedder, overrides=edits).run(
        read_json_file(_feed(tmp_path, broken)), strict=True
    )
    assert summary.rejected == 1 and not summary.written
    assert edits.conflicts() == []


def test_a_rejected_record_raises_no_conflict(
    tmp_path: Path, store: SQLiteServiceStore, embedder: CountingEmbedder
) -> None:
    edits = _edited_directory(tmp_path, store, embedder)
    # The feed's new record for the edited listing is itself broken: it is not imported, so
    # its description is not a change an editor needs to settle.
    broken = service("talk-1", "Talking therapies", description=FEED_NEW, minimum_age=-1)
    path = write_json(tmp_path / "broken.json", [broken])
    summary = Importer(store, embedder, overrides=edits).run(read_json_file(path))
    assert summary.rejected == 1
    assert edits.conflicts() == []
