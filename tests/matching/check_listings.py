"""Check sets' listings read as the importer reads them, for the tests of the readers."""

from __future__ import annotations

from typing import Any

from directory.records import Service
from matching.embedding import Embedder
from matching.listing_reader import AUDIENCE, ListingReader
from matching.reasons import language_names
from matching.training import heads_for

#: The audience facts a listing's sex is read from (girls count as female, boys as male).
SEX_OF = {"female": "female", "girls": "female", "male": "male", "boys": "male"}


def listing_facts(listings: list[dict[str, Any]], embedder: Embedder) -> list[set[str]]:
    """The facts of each check listing (`name`, `description`, `eligibility`)."""
    names = {name: code for code, name in language_names().items()}
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
