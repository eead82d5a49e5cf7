from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from directory.records import Service, TaxonomyTerm
from directory.sqlite_store import MIGRATIONS, SQLiteServiceStore, fts_query
from directory.store import Fingerprint, ServiceChange, StoreError


def change(service_id: str, name: str, vector: list[float] | None = None) -> ServiceChange:
    service = Service(
        id=service_id,
        name=name,
        status="active",
        description=f"{name} for families",
        categories=(TaxonomyTerm("t1", "Parenting support", "DfE"),),
        record={"id": service_id, "name": name},
    )
    embedding = None if vector is None else np.array(vector, dtype=np.float32)
    return ServiceChange(service, {"id": service_id}, "test", Fingerprint("c", "t"), embedding)


def test_the_file_is_in_wal_mode_at_the_latest_schema(store: SQLiteServiceStore) -> None:
    assert store.schema_version() == len(MIGRATIONS)
    with sqlite3.connect(store.path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(StoreError, match="newer than this program"):
        SQLiteServiceStore(path)


def test_write_get_search_and_keep_the_embedding(store: SQLiteServiceStore) -> None:
    store.write([change("a", "Toddler group", [1, 0]), change("b", "Youth club", [0, 1])])
    store.write([change("a", "Toddler play group")])
    stored = store.get("a")
    assert stored is not None and stored.service.name == "Toddler play group"
    ids, matrix = store.embeddings()
    assert ids == ["a", "b"] and matrix.tolist() == [[1, 0], [0, 1]]
    assert [s.id for s in store.search("toddlers").services] == ["a"]
    assert store.search("parenting").total == 2
    assert store.search("").total == 2


def test_a_failed_write_stores_nothing(store: SQLiteServiceStore) -> None:
    store.write([change("a", "Toddler group")])
    broken = ServiceChange(
        Service(id="b", name="B", status="active"),
        {"bad": {1, 2}},  # not JSON
        "test",
        Fingerprint("c", "t"),
    )
    with pytest.raises(TypeError):
        store.write([change("c", "Club"), broken])
    assert store.count() == 1 and store.get("c") is None


def test_fts_query_quotes_words_and_drops_stop_words() -> None:
    assert fts_query('the "child" AND her mum') == '"child" OR "mum"'
