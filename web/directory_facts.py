"""What the public pages need to know of the whole directory: each service's short id (for
share links a family can send in a text message) and the councils its venues are in (to say
when a postcode is outside the area the directory covers). Worked out once for each
generation of the store, so a page pays for it only after the directory changes."""

from __future__ import annotations

import base64
import hashlib
import threading
from collections import Counter
from dataclasses import dataclass

from directory.store import ServiceStore

SHORT_ID_LENGTH = 7  # 35 bits: no two of a directory's services share one in practice
#: A council is one the directory covers when at least this share of its venues are in it (a
#: few venues over the border, such as a hospital in the next city, do not make it one).
MAIN_SHARE = 0.2


def short_id(service_id: str) -> str:
    """A service id as 7 letters and digits, the same for the id wherever it is worked out."""
    digest = hashlib.sha256(service_id.encode()).digest()
    return base64.b32encode(digest).decode()[:SHORT_ID_LENGTH].lower()


@dataclass(frozen=True)
class DirectoryFacts:
    """Service ids by short id, and the council codes (GSS) where the directory's venues
    mostly are (see MAIN_SHARE)."""

    by_short_id: dict[str, str]
    councils: frozenset[str]


class DirectoryFactsCache:
    """The directory's facts, recomputed when the store's generation changes."""

    def __init__(self, store: ServiceStore) -> None:
        self._store = store
        self._lock = threading.Lock()
        self._facts: tuple[int, DirectoryFacts] | None = None

    def facts(self) -> DirectoryFacts:
        generation = self._store.generation()
        with self._lock:
            if self._facts is not None and self._facts[0] == generation:
                return self._facts[1]
        by_short_id: dict[str, str] = {}
        venues: Counter[str] = Counter()
        for service in self._store.iter_services():
            by_short_id[short_id(service.id)] = service.id
            if service.is_active:
                venues.update(loc.la_code for loc in service.locations if loc.la_code)
        total = sum(venues.values())
        main = frozenset(code for code, n in venues.items() if n >= MAIN_SHARE * total)
        facts = DirectoryFacts(by_short_id, main)
        with self._lock:
            self._facts = (generation, facts)
        return facts
