"""The served app closes the application database's connections when it shuts down (its
lifespan), on SQLite (no file handle left on the database) and on PostgreSQL (no session left
on the server), served by a real uvicorn."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import httpx
import psycopg

from directory.sqlite_store import SQLiteServiceStore
from earlyhelp.cli import serving_app
from earlyhelp.settings import Settings
from tests.web.browser import LiveServer

#: How the served app's PostgreSQL sessions are told apart from the test's own.
APPLICATION_NAME = "earlyhelp-shutdown-test"


def handles_on(path: Path) -> int:
    """How many of this process's open files are the SQLite file `path` or its journals."""
    names = {str(path), f"{path}-wal", f"{path}-shm"}
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            count += os.readlink(f"/proc/self/fd/{fd}") in names
        except OSError:  # closed since it was listed
            continue
    return count


def sessions_of(server_url: str) -> int:
    with psycopg.connect(server_url, autocommit=True) as admin:
        row = admin.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = %s",
            (APPLICATION_NAME,),
        ).fetchone()
    assert row is not None
    return int(row[0])


def serve_once(settings: Settings, store: SQLiteServiceStore, open_now: Callable[[], int]) -> None:
    """Serve the app, answer a page and shut it down; while it serves, `open_now()` (what it
    holds of the database) is above 0, so the checks after shutdown can fail."""
    with LiveServer(serving_app(settings, store)) as server:
        assert httpx.get(server.url + "/sign-in", timeout=30).status_code == 200
        assert open_now() >= 1


def test_the_sqlite_file_is_closed_at_shutdown(tmp_path: Path) -> None:
    settings = Settings(db_path=tmp_path / "app.db", embedder="hashing")
    store = SQLiteServiceStore(tmp_path / "directory.db")
    try:
        serve_once(settings, store, lambda: handles_on(settings.db_path))
    finally:
        store.close()
    assert handles_on(settings.db_path) == 0


def test_the_postgresql_sessions_end_at_shutdown(tmp_path: Path, postgres_schema_url: str) -> None:
    url = f"{postgres_schema_url}&application_name={APPLICATION_NAME}"
    settings = Settings(db_path=tmp_path / "unused.db", database_url=url, embedder="hashing")
    store = SQLiteServiceStore(tmp_path / "directory.db")
    try:
        serve_once(settings, store, lambda: sessions_of(postgres_schema_url))
    finally:
        store.close()
    assert sessions_of(postgres_schema_url) == 0
