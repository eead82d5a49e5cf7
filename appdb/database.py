"""`AppDatabase`: one object owning the connections to the application database, its
transactions and its dialect. Stores write their SQL once, with `?` for parameters, and run it
through a `Transaction`, which translates it for the database and turns the driver's errors
into `DatabaseError` / `IntegrityError`."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from appdb.dialect import Dialect
from appdb.errors import DatabaseError

Row = tuple[Any, ...]
#: Turns a driver's exception into the database's own error (None: not a database error).
ErrorTranslator = Callable[[BaseException], DatabaseError | None]


@dataclass(frozen=True)
class Result:
    """What a statement returned: its rows (read at once) and how many rows it changed."""

    rows: list[Row]
    rowcount: int

    def fetchone(self) -> Row | None:
        return self.rows[0] if self.rows else None

    def fetchall(self) -> list[Row]:
        return self.rows

    def __iter__(self) -> Iterator[Row]:
        return iter(self.rows)


class Transaction:
    """Statements run in one transaction: committed when the `with` block ends, rolled back
    if it raises."""

    def __init__(self, cursor: Any, dialect: Dialect, translate: ErrorTranslator) -> None:
        self._cursor = cursor
        self.dialect = dialect
        self._translate = translate

    def _run(self, call: Callable[[], object]) -> None:
        try:
            call()
        except Exception as error:
            mine = self._translate(error)
            if mine is None:
                raise
            raise mine from error

    def execute(self, sql: str, params: Sequence[object] = ()) -> Result:
        """Run one statement (`?` marks each parameter)."""
        text = self.dialect.translate(sql, with_params=bool(params))
        if params:
            self._run(lambda: self._cursor.execute(text, tuple(params)))
        else:
            self._run(lambda: self._cursor.execute(text))
        rows: list[Row] = []
        if self._cursor.description is not None:
            rows = [tuple(row) for row in self._cursor.fetchall()]
        return Result(rows, self._cursor.rowcount)

    def executemany(self, sql: str, params: Iterable[Sequence[object]]) -> None:
        batch = [tuple(p) for p in params]
        if batch:
            text = self.dialect.translate(sql)
            self._run(lambda: self._cursor.executemany(text, batch))

    def insert(self, sql: str, params: Sequence[object]) -> int:
        """Run an INSERT into a table with an `id` column; the new row's id."""
        row = self.execute(f"{sql} RETURNING id", params).fetchone()
        assert row is not None
        return int(row[0])

    def hold(self, name: str) -> None:
        """Until this transaction ends, make any other that holds `name` wait (so that,
        for example, two instances' migrations take turns)."""
        if self.dialect.hold_statement:
            self.execute(self.dialect.hold_statement, (name,))

    def columns(self, table: str) -> set[str]:
        """The names of a table's columns (empty if there is no such table)."""
        return {str(r[0]) for r in self.execute(*self.dialect.columns_query(table))}


class AppDatabase(ABC):
    """The application database. Stores are given one and never open connections of their
    own; `transaction()` is for anything that writes, `read()` for reading only."""

    dialect: Dialect
    #: Which database this is, for messages (never with a password).
    description: str

    @abstractmethod
    def transaction(self) -> AbstractContextManager[Transaction]:
        """A transaction that may write. Writers queue for each other; a transaction begun
        inside another on the same thread joins it."""

    def read(self) -> AbstractContextManager[Transaction]:
        """A transaction that only reads (it does not wait for writers)."""
        return self.transaction()

    def scrub(self) -> bool:
        """After records were removed: leave none of their text in the database's logs.
        Whether that was done now (False: it will be at the database's next checkpoint)."""
        return True

    @abstractmethod
    def close(self) -> None:
        """Close every connection this object opened."""
