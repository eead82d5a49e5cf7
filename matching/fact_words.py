"""A listing's facts in an editor's words, and the editors' decisions on the uncertain ones.

The listing reader (matching/listing_reader.py) marks the facts it read with little confidence
`uncertain:`; until an editor decides, they apply the safe way. An editor's decision is kept in
the listing's record (`earlyhelp_confirmed_facts`, `earlyhelp_rejected_facts`), so it holds
through the next import and reaches both backends through `rules.listing_facts`.
"""

from __future__ import annotations

from directory.records import Service
from matching.languages import language_names
from matching.listing_reader import (
    AUDIENCE,
    CLOSED,
    CONDITION,
    DIAGNOSIS_REQUIRED,
    EXCLUDES,
    GROUP,
    HARM_PROGRAMME,
    LANGUAGE,
    SURVIVORS_ONLY,
    UNCERTAIN,
)
from matching.reading import DISABILITY

CONFIRMED_KEY = "earlyhelp_confirmed_facts"
REJECTED_KEY = "earlyhelp_rejected_facts"

_WORDS = {
    HARM_PROGRAMME: "a programme for people who cause harm",
    SURVIVORS_ONLY: "only for people who have been harmed",
    DIAGNOSIS_REQUIRED: "only with a diagnosis",
    CLOSED: "closed or paused",
    CONDITION + DISABILITY: "only for disabled people or those with special educational needs",
}
_PREFIXES = {
    AUDIENCE: "only for",
    CONDITION: "only for the condition",
    GROUP: "only for the group",
    LANGUAGE: "delivered only in the language",
    EXCLUDES: "not where there is",
}


def fact_words(fact: str) -> str:
    """ "audience:female" -> "only for female"; "language-only:pl" -> "delivered only in
    the language Polish"."""
    if fact in _WORDS:
        return _WORDS[fact]
    if fact.startswith(LANGUAGE):
        code = fact[len(LANGUAGE) :]
        return f"{_PREFIXES[LANGUAGE]} {language_names().get(code, code)}"
    for prefix, words in _PREFIXES.items():
        if fact.startswith(prefix):
            return f"{words} {fact[len(prefix) :].replace('_', ' ')}"
    return fact.replace("-", " ").replace("_", " ")


def decided_facts(service: Service, key: str) -> frozenset[str]:
    found = service.record.get(key)
    return (
        frozenset(f for f in found if isinstance(f, str))
        if isinstance(found, list)
        else frozenset()
    )


def uncertain_facts(service: Service) -> list[str]:
    """The facts read with little confidence that no editor has decided on yet."""
    decided = decided_facts(service, CONFIRMED_KEY) | decided_facts(service, REJECTED_KEY)
    return [
        f[len(UNCERTAIN) :]
        for f in service.facts
        if f.startswith(UNCERTAIN) and f[len(UNCERTAIN) :] not in decided
    ]
