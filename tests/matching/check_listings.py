"""Check sets' listings read as the importer reads them, for the tests of the readers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from directory.records import Service
from matching.embedding import Embedder
from matching.languages import language_codes
from matching.listing_reader import AUDIENCE, ListingReader
from matching.training import heads_for

#: The audience facts a listing's sex is read from (girls count as female, boys as male).
SEX_OF = {"female": "female", "girls": "female", "male": "male", "boys": "male"}


def listing_facts(listings: list[dict[str, Any]], embedder: Embedder) -> list[set[str]]:
    """The facts of each check listing (`name`, `description`, `eligibility`)."""
    names = language_codes()
    reader = ListingReader(embedder, heads_for(embedder), names)
    services = [
        Service(
            id=str(n),
            name=listing["name"],
            status="active",
            description=listing["description"],
            eligibility_description=listing["eligibility"],
        )
        for n, listing in enumerate(listings)
    ]
    return [set(facts) for facts in reader.read_many(services)]


def sexes(facts: set[str]) -> set[str]:
    """The sexes a listing's facts make it for."""
    return {SEX_OF[f[len(AUDIENCE) :]] for f in facts if f.startswith(AUDIENCE)}


@dataclass
class SexTally:
    """Listings for one sex read as another's too, read as open, and open ones read as for
    one sex (names)."""

    other: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    restricted: list[str] = field(default_factory=list)

    def count(self, listing: dict[str, Any], facts: set[str]) -> None:
        read, wanted = sexes(facts), SEX_OF.get(listing["sex"] or "")
        if wanted and read - {wanted}:
            self.other.append(listing["name"])
        elif wanted and not read:
            self.missed.append(listing["name"])
        elif not wanted and read:
            self.restricted.append(listing["name"])
