"""EARLYHELP_DATABASE_POOL_SIZE: checked when read, and the most PostgreSQL connections each
process holds at once (measured on a real server by the backends that served the work)."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from appdb import AppDatabase
from earlyhelp.settings import Settings, SettingsError
from earlyhelp.wiring import open_app_database


def test_the_pool_size_setting_is_checked() -> None:
    assert Settings.from_env({}).database_pool_size == 10
    assert Settings.from_env({"EARLYHELP_DATABASE_POOL_SIZE": "3"}).database_pool_size == 3
    assert Settings.from_env({"EARLYHELP_DATABASE_POOL_SIZE": "100"}).database_pool_size == 100
    for value, message in [
        ("0", "EARLYHELP_DATABASE_POOL_SIZE=0 must be at least 1"),
        ("-2", "EARLYHELP_DATABASE_POOL_SIZE=-2 must be at least 1"),
        ("ten", "EARLYHELP_DATABASE_POOL_SIZE='ten' is not a whole number"),
        ("2.5", "EARLYHELP_DATABASE_POOL_SIZE='2.5' is not a whole number"),
        ("101", "EARLYHELP_DATABASE_POOL_SIZE=101 must be at most 100"),
    ]:
        with pytest.raises(SettingsError) as raised:
            Settings.from_env({"EARLYHELP_DATABASE_POOL_SIZE": value})
        assert str(raised.value).startswith(message), str(raised.value)


def busy_backends(database: AppDatabase, workers: int, together: bool) -> tuple[int, int]:
    """Run `workers` transactions on as many threads, each holding its connection a moment:
    how many different server backends served them, and the most that ran at once. With
    `together`, each waits inside its transaction until all are inside."""
    inside = 0
    most = 0
    lock = threading.Lock()
    barrier = threading.Barrier(workers, timeout=20)

    def work(_: int) -> int:
        nonlocal inside, most
        with database.transaction() as transaction:
            row = transaction.execute("SELECT pg_backend_pid()").fetchone()
            with lock:
                inside += 1
                most = max(most, inside)
            if together:
                barrier.wait()
            else:
                time.sleep(0.2)
            with lock:
                inside -= 1
        assert row is not None
        return int(row[0])

    with ThreadPoolExecutor(workers) as threads:
        backends = set(threads.map(work, range(workers)))
    return len(backends), most


def test_each_process_holds_at_most_the_pool_size(postgres_schema_url: str, tmp_path: Path) -> None:
    small = open_app_database(
        Settings(
            db_path=tmp_path / "unused.db", database_url=postgres_schema_url, database_pool_size=2
        )
    )
    try:
        backends, most = busy_backends(small, workers=5, together=False)
    finally:
        small.close()
    assert backends <= 2 and most == 2, (backends, most)

    larger = open_app_database(
        Settings(
            db_path=tmp_path / "unused.db", database_url=postgres_schema_url, database_pool_size=4
        )
    )
    try:
        assert busy_backends(larger, workers=4, together=True) == (4, 4)
    finally:
        larger.close()
