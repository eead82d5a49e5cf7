"""`earlyhelp ingest --sample`: note the services loaded as the made-up sample, so pages say
they are made up (directory/sample.py)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from appdb import AppDatabase
from directory.sample import SampleCheck, SampleMark
from directory.store import ServiceStore
from ingest.json_source import SourceError
from ingest.sources import read_path


def mark_sample(database: AppDatabase, ids: Iterable[str]) -> None:
    """Note services just imported from the sample as sample ones."""
    SampleMark(database).record(ids)


def mark_stored_sample(database: AppDatabase, store: ServiceStore, sources: Sequence[str]) -> int:
    """Note as sample the services of these sample files that the store already holds (a
    store loaded before samples were noted); how many it holds. Unreadable files are skipped:
    the import that follows says what is wrong with them."""
    ids: list[str] = []
    for name in sources:
        try:
            for record in read_path(Path(name)):
                if isinstance(record.data, dict) and isinstance(record.data.get("id"), str | int):
                    ids.append(str(record.data["id"]).strip())
        except SourceError:
            continue
    held = list(store.fingerprints(ids)) if ids else []
    mark_sample(database, held)
    return len(held)


def sample_check(database: AppDatabase, store: ServiceStore) -> SampleCheck:
    """Whether the store holds the sample, for the pages' banner."""
    return SampleCheck(store, SampleMark(database))
