"""The hard rules between a need, as read, and listings' facts, as read.

A need's rule says which listing facts rule a listing out for it: programmes for people who
cause harm unless the need is surely about such a person, services only for people harmed
unless it is about someone harmed, another sex's services, a condition's services for another
(or no) condition (services for disabled people in general only for a condition they take),
diagnosis-only services without a diagnosis, one group's services for
families outside it, one language's services for families who do not speak it, and services
whose listing excludes what is present in the family. The rule is data (`FactRule`), so the
in-memory index and the search engine apply the same one.
"""

from __future__ import annotations

from dataclasses import dataclass

from directory.records import Service
from matching.eligibility import listing_gender
from matching.fact_words import CONFIRMED_KEY, REJECTED_KEY, decided_facts
from matching.glossary import Glossary
from matching.listing_reader import (
    AUDIENCE,
    CLOSED,
    CONDITION,
    CONDITION_SPECIFIC,
    DIAGNOSIS_REQUIRED,
    EXCLUDES,
    GROUP,
    GROUP_ONLY,
    HARM_PROGRAMME,
    LANGUAGE,
    LANGUAGE_ONLY,
    READ_PREFIX,
    SURVIVORS_ONLY,
    UNCERTAIN,
)
from matching.reading import DISABILITY, DISABLING, NeedReading

#: Editors' confirmed flags (taxonomy `earlyhelp-flags`) and the facts they settle.
HARM_PROGRAMME_FLAG = "for-people-who-harm"
SURVIVORS_ONLY_FLAG = "survivors-only"
WOMEN_ONLY_FLAG, MEN_ONLY_FLAG = "women-only", "men-only"
#: Roles in which a need is about someone harmed (services only for those harmed fit).
HARMED_ROLES = frozenset({"harmed", "witnessed"})
#: Who a need is about when services open to adults fit it.
ADULTS = frozenset({"mother", "father", "parent", "couple", "adult", "family"})


@dataclass(frozen=True)
class Family:
    """What the whole request says of the family: languages spoken, groups it belongs to,
    and issues possibly present in it (from every need: `NeedReading.possible`)."""

    languages: frozenset[str]
    groups: frozenset[str]
    present: frozenset[str]


@dataclass(frozen=True)
class FactRule:
    """Facts that rule a listing out for one need. `excluded`: any of them rules it out.
    `only_with`: a listing with the first fact is ruled out unless it has one of the others.
    `harm_programmes`: whether programmes for people who cause harm may be offered at all
    (then only those whose ages fit the person, which the caller checks)."""

    excluded: frozenset[str]
    only_with: tuple[tuple[str, frozenset[str]], ...]
    harm_programmes: bool
    causer_is_child: bool
    #: The need is about an adult (or the whole family): services open to adults fit it,
    #: besides those for the children's ages.
    about_adult: bool = False

    def admits(self, facts: frozenset[str]) -> bool:
        """Whether a listing with these facts passes (ages of harm programmes aside)."""
        if facts & self.excluded:
            return False
        return all(fact not in facts or facts & allowed for fact, allowed in self.only_with)


def need_rule(reading: NeedReading, family: Family) -> FactRule:
    """The rule for one need of a family."""
    excluded: set[str] = {EXCLUDES + issue for issue in family.present}
    causer = reading.causes_harm_surely
    if not causer:
        excluded.add(HARM_PROGRAMME)
    # A service only for people harmed (a refuge, a survivors' group) is offered for a need
    # read as about someone harmed, and never for one read as about the person who harms,
    # however unsurely: its contact must not reach him.
    if reading.role == "causes_harm" or not (
        reading.role in HARMED_ROLES or "domestic_abuse" in reading.present
    ):
        excluded.add(SURVIVORS_ONLY)
    sex = reading.sure_sex
    if sex != "female":
        excluded |= {AUDIENCE + "female", AUDIENCE + "girls"}
    if sex != "male":
        excluded |= {AUDIENCE + "male", AUDIENCE + "boys"}
    if not reading.diagnosed_surely:
        excluded.add(DIAGNOSIS_REQUIRED)
    condition = _condition_facts(reading.condition)
    only_with = (
        (CONDITION_SPECIFIC, condition),
        (GROUP_ONLY, frozenset(GROUP + g for g in family.groups)),
        (LANGUAGE_ONLY, frozenset(LANGUAGE + code for code in family.languages)),
    )
    return FactRule(
        excluded=frozenset(excluded),
        only_with=only_with,
        harm_programmes=causer,
        causer_is_child=reading.about in ("child", "young_person"),
        about_adult=reading.about in ADULTS,
    )


def _condition_facts(condition: str | None) -> frozenset[str]:
    """The conditions whose services a need about `condition` may be offered: its own, and
    services for disabled people in general when it is one such services take."""
    if not condition:
        return frozenset()
    names = {condition, *([DISABILITY] if condition in DISABLING else [])}
    return frozenset(CONDITION + name for name in names)


def listing_facts(service: Service, glossary: Glossary) -> frozenset[str]:
    """A listing's facts: as read from its prose at import, or (for listings imported before
    the reader) from the glossary's wording; editors' decisions on uncertain facts and their
    confirmed flags settle either."""
    facts = set(service.facts)
    if not any(fact.startswith(READ_PREFIX) for fact in facts):  # any version's reading
        text = f"{service.name}\n{service.description}\n{service.eligibility_description}"
        if glossary.describes_harm_programme(text):
            facts.add(HARM_PROGRAMME)
        gender = listing_gender(service.eligibility_description, service.name)
        if gender is not None:
            facts.add(AUDIENCE + gender)
    facts |= decided_facts(service, CONFIRMED_KEY)
    facts -= decided_facts(service, REJECTED_KEY)
    flags = set(service.flags)
    if HARM_PROGRAMME_FLAG in flags:
        facts.add(HARM_PROGRAMME)
    if SURVIVORS_ONLY_FLAG in flags:
        facts.add(SURVIVORS_ONLY)
        if HARM_PROGRAMME_FLAG not in flags:
            facts.discard(HARM_PROGRAMME)  # confirmed as for people harmed, not who harm
    if flags & {WOMEN_ONLY_FLAG, MEN_ONLY_FLAG}:
        facts -= {f for f in facts if f.startswith(AUDIENCE)}
        facts.add(AUDIENCE + ("male" if MEN_ONLY_FLAG in flags else "female"))
    if not service.is_active:
        facts.add(CLOSED)
    return frozenset(f for f in facts if not f.startswith(UNCERTAIN))
