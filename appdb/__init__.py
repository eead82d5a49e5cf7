"""The application's own records (staff, sessions, sign-in throttling, decisions and letters,
editors' changes, problem reports, the quality log, feed state) in one database: SQLite by
default, PostgreSQL when several instances share them."""

from appdb.database import AppDatabase, Transaction
from appdb.errors import DatabaseError, IntegrityError, SchemaError
from appdb.opening import open_app_database

__all__ = [
    "AppDatabase",
    "DatabaseError",
    "IntegrityError",
    "SchemaError",
    "Transaction",
    "open_app_database",
]
