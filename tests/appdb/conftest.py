"""The application database's fixtures: the same tests on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from appdb import AppDatabase
from appdb.postgres import PostgresDatabase
from appdb.sqlite import SQLiteDatabase

Opener = Callable[[], AppDatabase]


@pytest.fixture(params=["sqlite", "postgresql"])
def dialect(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def open_database(dialect: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Opener]:
    """Opens the test's database, as many times as asked (as several instances would); each
    is closed after the test."""
    opened: list[AppDatabase] = []
    url = request.getfixturevalue("postgres_schema_url") if dialect == "postgresql" else ""

    def open_one() -> AppDatabase:
        opened.append(PostgresDatabase(url) if url else SQLiteDatabase(tmp_path / "app.db"))
        return opened[-1]

    yield open_one
    for database in opened:
        database.close()


@pytest.fixture
def database(open_database: Opener) -> AppDatabase:
    """The test's application database, on SQLite and on PostgreSQL."""
    return open_database()
