"""Records waiting to be embedded or written, kept in a temporary file instead of in memory.

An import reads records a batch at a time, then embeds and writes them all in one
transaction; between the steps, `Staged` holds them on disk (pickled, one after another) and
gives them back as a sequence, one at a time (the store's `write` takes a sequence).
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from types import TracebackType
from typing import IO, Generic, TypeVar, overload

T = TypeVar("T")


class Staged(Sequence[T], Generic[T]):
    """Items in a temporary file, removed on `close` (or on leaving a `with` block)."""

    def __init__(self) -> None:
        # Closed by close() (or by leaving a with block), not by a block here.
        self._file: IO[bytes] = tempfile.TemporaryFile(prefix="earlyhelp-import-")  # noqa: SIM115
        self._offsets: list[int] = []
        self._end = 0

    def extend(self, items: Iterable[T]) -> None:
        self._file.seek(self._end)
        for item in items:
            self._offsets.append(self._end)
            self._end += self._file.write(pickle.dumps(item, pickle.HIGHEST_PROTOCOL))

    def __len__(self) -> int:
        return len(self._offsets)

    def _at(self, offset: int) -> T:
        self._file.seek(offset)
        item: T = pickle.load(self._file)
        return item

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self._at(offset) for offset in self._offsets[index]]
        return self._at(self._offsets[index])

    def __iter__(self) -> Iterator[T]:
        for offset in self._offsets:
            yield self._at(offset)

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> Staged[T]:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()
