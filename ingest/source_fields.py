"""Reading one object of a source record key by key, so that every key not read is reported.

A reader that maps another standard's record to HSDS 3.0 takes each field it understands
through `SourceObject`; whatever is left holding a value is reported with kind `unmapped`
(left out of the directory's record, never dropped without a word).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from directory.safe_values import shown
from ingest.problems import WARNING, FieldIssue

UNMAPPED = "unmapped"


def is_empty(value: Any) -> bool:
    """Whether a value says nothing: None, blank text, an empty list or object."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, list | dict) and not value


def described(value: Any) -> str:
    """A value as a report quotes it: text and numbers shortened, lists and objects counted."""
    if isinstance(value, list):
        return f"a list of {len(value)}"
    if isinstance(value, dict):
        return f"an object with {', '.join(sorted(map(str, value))[:5])}"
    return shown(str(value)) if isinstance(value, str) else str(value)


def unmapped(where: str, value: Any, why: str = "") -> FieldIssue:
    """The warning for a field that HSDS 3.0 has no place for."""
    reason = why or "HSDS 3.0 has no place for it"
    return FieldIssue(
        where,
        f"{described(value)}: {reason}; left out of the directory's record (the record as the "
        "feed sent it is kept)",
        WARNING,
        kind=UNMAPPED,
    )


class SourceObject:
    """One object of a source record at `path`, remembering which keys were read."""

    def __init__(self, data: dict[str, Any], path: str, issues: list[FieldIssue]) -> None:
        self.data = data
        self.path = path
        self.issues = issues
        self._read: set[str] = set()

    def where(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def get(self, *keys: str) -> Any:
        """The value of the first of `keys` that says something (None when none does); every
        one of `keys` counts as read."""
        self._read.update(keys)
        for key in keys:
            value = self.data.get(key)
            if not is_empty(value):
                return value
        return None

    def has(self, key: str) -> bool:
        return not is_empty(self.data.get(key))

    def objects(self, *keys: str) -> Iterator[tuple[str, dict[str, Any]]]:
        """Each object in the lists under `keys`, in order, with its path. A value that is not
        a list, or an item that is not an object, is reported and skipped."""
        for key in keys:
            items = self.get(key)
            if items is None:
                continue
            if not isinstance(items, list):
                self.issues.append(
                    FieldIssue(self.where(key), f"must be a list, got {described(items)}; left out")
                )
                continue
            for index, item in enumerate(items):
                where = f"{self.where(key)}[{index}]"
                if isinstance(item, dict):
                    yield where, item
                elif not is_empty(item):
                    self.issues.append(
                        FieldIssue(where, f"must be an object, got {described(item)}; left out")
                    )

    def copy_into(self, out: dict[str, Any], *keys: str) -> None:
        """Copy each of `keys` that says something into `out`, under the same name."""
        for key in keys:
            value = self.get(key)
            if value is not None:
                out[key] = value

    def report_rest(self) -> None:
        """Report every key not read that holds a value, as `unmapped`."""
        for key, value in self.data.items():
            if key not in self._read and not is_empty(value):
                self.issues.append(unmapped(self.where(str(key)), value))
