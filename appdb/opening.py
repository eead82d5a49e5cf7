"""Opening the application database the settings name."""

from __future__ import annotations

from pathlib import Path

from appdb.database import AppDatabase


def open_app_database(
    db_path: Path, database_url: str | None = None, pool_size: int = 10
) -> AppDatabase:
    """PostgreSQL at `database_url` when one is given (EARLYHELP_DATABASE_URL), with a pool of
    up to `pool_size` connections (EARLYHELP_DATABASE_POOL_SIZE), otherwise the SQLite file at
    `db_path` (EARLYHELP_DB); made and brought up to date. DatabaseError when it cannot be
    opened or reached, SchemaError when a newer program wrote it."""
    if database_url:
        from appdb.postgres import PostgresDatabase  # psycopg loads only when it is used

        return PostgresDatabase(database_url, max_connections=pool_size)
    from appdb.sqlite import SQLiteDatabase

    return SQLiteDatabase(db_path)
