"""Where the evaluation's safety problems come from, told from what the matcher read of each
listing suggested, so that a class of failure can be worked on from totals without reading
the held-out cases one by one.

A problem in a class with a listing restriction (a harm programme, one sex, some conditions,
a diagnosis, an exclusion) comes either from a listing whose restriction the reader missed
(it was read as open, so it is offered to anyone) or from one read as restricted and a need
read as fitting it when its judged reading does not ("restriction read, need read to fit").
Out of area has no listing reading: its places are resolved from the listing's areas.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from benchmarks.evaluation import SAFETY, Source
from directory.records import Service
from matching.glossary import Glossary
from matching.listing_reader import (
    AUDIENCE,
    CONDITION_SPECIFIC,
    DIAGNOSIS_REQUIRED,
    EXCLUDES,
    HARM_PROGRAMME,
    SURVIVORS_ONLY,
)
from matching.rules import listing_facts

MISSED = "restriction missed"
NEED = "restriction read, need read to fit"
PLACES = "places resolved"
#: For each class with a listing restriction, whether a listing's facts carry it.
RESTRICTED: dict[str, Callable[[frozenset[str]], bool]] = {
    SAFETY[0]: lambda facts: HARM_PROGRAMME in facts,
    SAFETY[1]: lambda facts: any(f.startswith(AUDIENCE) for f in facts),
    SAFETY[2]: lambda facts: CONDITION_SPECIFIC in facts,
    SAFETY[4]: lambda facts: DIAGNOSIS_REQUIRED in facts,
    SAFETY[5]: lambda facts: any(f.startswith(EXCLUDES) for f in facts),
    SAFETY[6]: lambda facts: SURVIVORS_ONLY in facts,
}


def listing_sources(services: Iterable[Service], glossary: Glossary) -> Source:
    """A function telling, for a listing suggested and the safety class it broke, where the
    problem comes from: `MISSED`, `NEED` or `PLACES`."""
    facts = {service.id: listing_facts(service, glossary) for service in services}

    def source(service_id: str, problem: str) -> str:
        restricted = RESTRICTED.get(problem)
        if restricted is None:
            return PLACES
        return NEED if restricted(facts.get(service_id, frozenset())) else MISSED

    return source
