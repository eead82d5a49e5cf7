"""The store contract: what every backend of the directory (SQLite, Elasticsearch) provides."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from directory.records import Service

Progress = Callable[[int, int], None]


class StoreError(Exception):
    """The store could not do what was asked (unreadable file, newer schema, server down)."""


@dataclass(frozen=True)
class Fingerprint:
    """What tells whether a stored service changed: its source content and its embedded text."""

    content_hash: str
    text_hash: str


@dataclass(frozen=True)
class ServiceChange:
    """One service to add or update. `embedding` None keeps the stored vector."""

    service: Service
    source: dict[str, Any]
    source_name: str
    fingerprint: Fingerprint
    embedding: npt.NDArray[np.float32] | None = None


@dataclass(frozen=True)
class StoredService:
    """A service as stored: normalised, its published record and the source verbatim."""

    service: Service
    record: dict[str, Any]
    source: dict[str, Any]
    source_name: str
    updated_at: str
    #: The stored sentence embedding, when it was asked for (`get_many(..., embeddings=True)`)
    #: and the service has one; else None.
    embedding: npt.NDArray[np.float32] | None = None


@dataclass(frozen=True)
class SearchPage:
    """One page of search results, best first, and how many matched in all."""

    total: int
    services: list[Service] = field(default_factory=list)


@dataclass(frozen=True)
class ServiceQuery:
    """Filters of the directory, all combined with AND.

    `minimum_age`/`maximum_age` keep services whose age range overlaps that range; `near` and
    `within_km` keep services with a published location that close; `modified_after` is a UTC
    time in the form "2026-03-15T10:30:45Z".
    """

    text: str = ""
    taxonomy_term_id: str | None = None
    minimum_age: int | None = None
    maximum_age: int | None = None
    near: tuple[float, float] | None = None
    within_km: float | None = None
    modified_after: str | None = None
    limit: int = 20
    offset: int = 0


class ServiceStore(Protocol):
    """The directory's services, kept by their source id.

    Every method raises StoreError when the backend cannot answer.
    """

    def fingerprints(self, ids: Sequence[str]) -> dict[str, Fingerprint]:
        """The fingerprint of each of these ids that is stored; unknown ids are left out."""
        ...

    def write(self, changes: Sequence[ServiceChange], progress: Progress | None = None) -> None:
        """Add or update all the changes at once: either every one is stored or none is."""
        ...

    def get(self, service_id: str) -> StoredService | None:
        """The stored service with this source id, or None."""
        ...

    def get_many(self, ids: Sequence[str], embeddings: bool = False) -> dict[str, StoredService]:
        """The stored services with these source ids, in the order asked (each once), read
        together rather than one by one; unknown ids are left out. With `embeddings`, each
        carries its stored embedding (None when it has none)."""
        ...

    def generation(self) -> int:
        """A number that changes whenever the stored services change."""
        ...

    def count(self) -> int:
        """How many services are stored, whatever their status."""
        ...

    def statuses_from(self, source_name: str) -> dict[str, str]:
        """The id and status of every service last written from this source."""
        ...

    def search(self, text: str, limit: int = 20, offset: int = 0) -> SearchPage:
        """Services whose text matches the words, best first; all services when `text` is blank."""
        ...

    def query(self, query: ServiceQuery) -> SearchPage:
        """Services passing every filter; by relevance when there is text, else by name."""
        ...

    def taxonomy_term(self, term_id: str) -> dict[str, Any] | None:
        """A taxonomy term used by the directory, as HSDS, or None."""
        ...

    def taxonomy_terms(self) -> list[dict[str, Any]]:
        """Every taxonomy term an active service is in, as HSDS: terms that only inactive
        services use, or that no stored service uses any more, are left out."""
        ...

    def taxonomies(self) -> list[dict[str, Any]]:
        """Every taxonomy those terms belong to, as HSDS."""
        ...

    def iter_services(self) -> Iterator[Service]:
        """Every stored service, normalised, in a stable order."""
        ...

    def embeddings(self) -> tuple[list[str], npt.NDArray[np.float32]]:
        """Ids and the matrix of their stored embeddings (one row each), same order."""
        ...

    def close(self) -> None:
        """Release connections."""
        ...


def stored_changes(store: ServiceStore, batch: int = 500) -> Iterator[ServiceChange]:
    """Every stored service as the change that would store it again elsewhere (its record,
    source, fingerprint and embedding): what a copy into another backend writes. Read in
    batches of `batch`, so a large directory is never in memory whole."""
    every = [service.id for service in store.iter_services()]
    for start in range(0, len(every), batch):
        chunk = every[start : start + batch]
        fingerprints = store.fingerprints(chunk)
        for service_id, stored in store.get_many(chunk, embeddings=True).items():
            if service_id not in fingerprints:  # removed while copying
                continue
            yield ServiceChange(
                stored.service,
                stored.source,
                stored.source_name,
                fingerprints[service_id],
                stored.embedding,
            )
