"""The application database in PostgreSQL, for several instances sharing their records: a
pool of connections per process (psycopg 3), each transaction on one connection."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from psycopg import conninfo
from psycopg_pool import ConnectionPool, PoolTimeout

from appdb.database import AppDatabase, Transaction
from appdb.dialect import PostgresDialect
from appdb.errors import DatabaseError, IntegrityError
from appdb.migrations import migrate

#: Seconds to wait for a connection (at start, and from a busy pool).
CONNECT_TIMEOUT = 10.0


def safe_address(url: str) -> str:
    """The database's address for messages: host, port and name, never the password."""
    try:
        parts = conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "PostgreSQL (an address that cannot be read)"
    host = parts.get("host") or "localhost"
    port = parts.get("port") or "5432"
    return f"PostgreSQL database {parts.get('dbname') or '(default)'} at {host}:{port}"


class PostgresDatabase(AppDatabase):
    """The records in the PostgreSQL database at `url` (a `postgresql://` address), brought
    up to date on opening, with a pool of up to `max_connections` (at least 1). DatabaseError,
    saying where and why, when it cannot be reached."""

    def __init__(self, url: str, max_connections: int = 10) -> None:
        if max_connections < 1:
            raise ValueError(f"a pool needs at least 1 connection, not {max_connections}")
        self.dialect = PostgresDialect()
        self.max_connections = max_connections
        self.description = safe_address(url)
        self._local = threading.local()
        try:
            # One connection first: a server that is down or refuses us is reported at once,
            # where the pool would keep trying until its timeout.
            psycopg.connect(url, connect_timeout=int(CONNECT_TIMEOUT)).close()
            self._pool: ConnectionPool[psycopg.Connection[tuple[object, ...]]] = ConnectionPool(
                url,
                min_size=1,
                max_size=max_connections,
                kwargs={"autocommit": True},
                # A connection the server closed (a restart) is replaced, not handed out.
                check=ConnectionPool.check_connection,
                timeout=CONNECT_TIMEOUT,
                open=False,
                name="earlyhelp-app",
            )
            self._pool.open(wait=True, timeout=CONNECT_TIMEOUT)
        except (PoolTimeout, psycopg.Error) as error:
            raise DatabaseError(
                f"cannot reach the {self.description} (EARLYHELP_DATABASE_URL): "
                f"{str(error).splitlines()[0] if str(error) else type(error).__name__}"
            ) from None
        try:
            migrate(self)
        except BaseException:
            self._pool.close()
            raise

    def _translate(self, error: BaseException) -> DatabaseError | None:
        if isinstance(error, psycopg.errors.IntegrityError):
            return IntegrityError(str(error).splitlines()[0])
        if isinstance(error, psycopg.Error):
            return DatabaseError(f"{self.description}: {str(error).splitlines()[0]}")
        return None

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        joined: Transaction | None = getattr(self._local, "current", None)
        if joined is not None:  # a transaction within one on this thread joins it
            yield joined
            return
        try:
            connection = self._pool.getconn()
        except psycopg.Error as error:  # none free in time, or the pool is closed
            raise DatabaseError(f"{self.description}: no connection: {error}") from None
        try:
            with connection.transaction(), connection.cursor() as cursor:
                current = Transaction(cursor, self.dialect, self._translate)
                self._local.current = current
                try:
                    yield current
                finally:
                    self._local.current = None
        except psycopg.Error as error:
            mine = self._translate(error)
            assert mine is not None
            raise mine from error
        finally:
            self._pool.putconn(connection)

    def close(self) -> None:
        self._pool.close()
