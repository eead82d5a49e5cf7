"""The application database in one SQLite file: write-ahead logging so readers never wait,
one writer at a time (writers in this process queue on a lock, other processes on the file's
lock, waiting up to BUSY_TIMEOUT), a connection per thread, foreign keys enforced, and removed
rows overwritten (`secure_delete`)."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from appdb.database import AppDatabase, Transaction
from appdb.dialect import SQLiteDialect
from appdb.errors import DatabaseError, IntegrityError
from appdb.migrations import migrate

#: Seconds a writer waits for another process's write to end before giving up.
BUSY_TIMEOUT = 30.0


class SQLiteDatabase(AppDatabase):
    """The records in the SQLite file at `path` (made, and brought up to date, on opening)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.dialect = SQLiteDialect()
        self.description = f"the SQLite file {self.path}"
        self._writer = threading.Lock()
        self._local = threading.local()
        self._opened: list[sqlite3.Connection] = []
        self._opened_lock = threading.Lock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseError(f"cannot make the folder of {self.description}: {error}") from None
        migrate(self)

    def _translate(self, error: BaseException) -> DatabaseError | None:
        if isinstance(error, sqlite3.IntegrityError):
            return IntegrityError(str(error))
        if isinstance(error, sqlite3.Error):
            return DatabaseError(f"{self.description}: {error}")
        return None

    def _connection(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is not None:
            return db
        try:
            db = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False
            )
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA secure_delete = ON")
        except sqlite3.Error as error:
            raise DatabaseError(f"cannot open {self.description}: {error}") from None
        self._local.db = db
        with self._opened_lock:
            self._opened.append(db)
        return db

    @contextmanager
    def _begin(self, mode: str) -> Iterator[Transaction]:
        db = self._connection()
        cursor = db.cursor()
        transaction = Transaction(cursor, self.dialect, self._translate)
        if db.in_transaction:  # a transaction within one on this thread joins it
            yield transaction
            return
        try:
            db.execute(f"BEGIN {mode}")
        except sqlite3.Error as error:
            raise DatabaseError(f"{self.description}: {error}") from None
        try:
            yield transaction
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        try:
            db.execute("COMMIT")
        except sqlite3.Error as error:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise DatabaseError(f"{self.description}: {error}") from None

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        db = self._connection()
        if db.in_transaction:
            with self._begin("IMMEDIATE") as joined:
                yield joined
            return
        with self._writer, self._begin("IMMEDIATE") as transaction:
            yield transaction

    @contextmanager
    def read(self) -> Iterator[Transaction]:
        with self._begin("DEFERRED") as transaction:
            yield transaction

    def scrub(self) -> bool:
        """Copy the write-ahead log into the file and empty it, so that removed rows (already
        overwritten in the file) are not left in the log either; False when another
        connection was reading, and the log is emptied at its next checkpoint."""
        db = self._connection()
        row = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        busy = bool(row and row[0])
        if busy:
            logging.getLogger(__name__).warning(
                "%s: removed records stay in the write-ahead log until its next checkpoint: "
                "another connection was reading",
                self.path,
            )
        return not busy

    def close(self) -> None:
        with self._opened_lock:
            opened, self._opened = self._opened, []
        for db in opened:
            db.close()
        self._local = threading.local()
