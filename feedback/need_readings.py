"""How a need was read, in words a practitioner reads at a glance, and the practitioner's
correction of it (the decision page's "Change how this need was read" form), checked.

A reading here is the matcher's `NeedReading.as_dict()` as stored with the decision. A
correction keeps only what the practitioner changed: the fields they left as read stay the
matcher's to read, and what they confirmed before stays confirmed."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from matching.reading import NONE, NeedFacts
from matching.request import MAX_CATEGORIES
from matching.training import category_names

#: Who a need is about, as a practitioner would say it (with and without an article).
ABOUT_WORDS = {
    "child": "child",
    "young_person": "young person",
    "mother": "mother",
    "father": "father",
    "parent": "parent",
    "couple": "couple",
    "family": "whole family",
    "adult": "adult",
}
ABOUT_PHRASES = {
    "child": "a child",
    "young_person": "a young person",
    "mother": "a mother",
    "father": "a father",
    "parent": "a parent",
    "couple": "a couple",
    "family": "the whole family",
    "adult": "an adult",
}
ROLE_WORDS = {
    NONE: "no role in harm",
    "harmed": "someone harmed",
    "witnessed": "a child who witnessed harm",
    "causes_harm": "someone who causes harm",
    "conflict": "conflict without abuse",
}
CONDITION_WORDS = {
    NONE: "none",
    "autism": "autism",
    "adhd": "ADHD",
    "downs_syndrome": "Down's syndrome",
    "hearing_impairment": "hearing impairment",
    "visual_impairment": "visual impairment",
    "eating_disorder": "an eating disorder",
    "fasd": "fetal alcohol spectrum disorder (FASD)",
    "learning_disability": "a learning disability",
    "perinatal_mental_health": "perinatal mental health (in pregnancy or after a birth)",
    "physical_disability": "a physical disability",
    "speech_language": "speech, language and communication needs",
    "developmental_delay": "developmental delay",
    "epilepsy": "epilepsy",
    "dyslexia": "dyslexia, dyspraxia or another specific learning difficulty",
    "serious_illness": "a serious, long-term or life-limiting illness",
}
DIAGNOSED_WORDS = {"yes": "diagnosed", "no": "not diagnosed, or waiting for an assessment"}
#: What each field of the form is, in messages and in the audit trail.
FIELD_WORDS = {
    "about": "about",
    "role": "role",
    "categories": "categories",
    "condition": "condition",
    "diagnosed": "diagnosed",
}
#: The longest value any field of the form can hold (the longest category name is shorter).
MAX_VALUE_LENGTH = 100


@functools.cache
def known_categories() -> tuple[str, ...]:
    """The category names the matcher reads needs into (the directory's categories, the DfE
    Family Hubs sub-categories), which a practitioner may choose from."""
    return category_names()


def category_choices(reading: Mapping[str, Any] | None) -> tuple[str, ...]:
    """The categories a practitioner may choose for a need: the known ones, and any others
    its reading holds (so that saving the form never drops one unasked)."""
    own = [str(c) for c in (reading or {}).get("categories") or ()]
    return tuple(dict.fromkeys([*known_categories(), *own]))


@dataclass(frozen=True)
class ReadingChoice:
    """One need's reading as the form shows it: every field has a value."""

    about: str
    role: str
    categories: tuple[str, ...]
    condition: str
    diagnosed: str

    @classmethod
    def of(cls, reading: Mapping[str, Any]) -> ReadingChoice:
        """The form's values for a stored reading."""
        about = str(reading.get("about") or "")
        return cls(
            about=about if about in ABOUT_WORDS else "parent",
            role=str(reading.get("role") or NONE),
            categories=tuple(str(c) for c in reading.get("categories") or ()),
            condition=str(reading.get("condition") or NONE),
            diagnosed="yes" if reading.get("diagnosed") is True else "no",
        )


def describe(reading: Mapping[str, Any]) -> list[str]:
    """The parts of a reading in plain words, to be shown joined by " · ": "About: a mother",
    the categories, "Role: someone harmed", "Condition: autism, diagnosed", whether the
    need signals immediate risk, and whether it asks for what early help does not offer."""
    about = str(reading.get("about") or "")
    who = ABOUT_PHRASES.get(about, about.replace("_", " "))
    age = reading.get("child_age")
    if about in ("child", "young_person") and isinstance(age, int):
        who = f"{who} aged {age}"
    parts = [f"About: {who}"]
    categories = [str(c) for c in reading.get("categories") or ()]
    parts.append("; ".join(categories) if categories else "No category")
    role = reading.get("role")
    if role:
        parts.append(f"Role: {ROLE_WORDS.get(str(role), str(role))}")
    condition = reading.get("condition")
    if condition:
        words = CONDITION_WORDS.get(str(condition), str(condition))
        diagnosed = reading.get("diagnosed")
        if diagnosed is not None:
            words += ", diagnosed" if diagnosed else ", not diagnosed"
        parts.append(f"Condition: {words}")
    if reading.get("crisis"):
        parts.append("Signals immediate risk")
    if reading.get("outside"):
        parts.append("Asks for what early-help services do not offer")
    return parts


def confirmed_words(reading: Mapping[str, Any]) -> str:
    """Which fields of the reading a practitioner confirmed ("about, role"); empty if none."""
    confirmed = [str(f) for f in reading.get("confirmed") or () if f in FIELD_WORDS]
    return ", ".join(FIELD_WORDS[f] for f in confirmed)


def parse_choice(
    form: Mapping[str, str | Sequence[str]], known: Sequence[str], number: int
) -> tuple[ReadingChoice | None, dict[str, str]]:
    """The practitioner's reading of need `number` (counted from 1) from the form, and what is
    wrong with it by field ("about", "role", "categories", "condition", "diagnosed"), each
    message naming the field. `known` are the category names that may be chosen."""
    errors: dict[str, str] = {}

    def one(name: str, allowed: Sequence[str], message: str) -> str:
        value = form.get(name)
        if not isinstance(value, str) or value not in allowed:
            errors[name] = message
            return ""
        return value

    about = one("about", tuple(ABOUT_WORDS), f"Select who need {number} is about")
    role = one("role", tuple(ROLE_WORDS), f"Select the role in harm in need {number}")
    condition = one(
        "condition",
        tuple(CONDITION_WORDS),
        f"Select the condition in need {number} from the list, or None",
    )
    diagnosed = one(
        "diagnosed",
        tuple(DIAGNOSED_WORDS),
        f"Select whether the condition in need {number} is diagnosed",
    )
    given = form.get("categories") or ()
    chosen = [given] if isinstance(given, str) else list(given)
    if any(len(c) > MAX_VALUE_LENGTH or c not in known for c in chosen):
        errors["categories"] = f"Select the categories of need {number} from the list"
    elif not 1 <= len(chosen) <= MAX_CATEGORIES:
        errors["categories"] = f"Select 1 to {MAX_CATEGORIES} categories for need {number}"
    if errors:
        return None, errors
    categories = tuple(dict.fromkeys(chosen))
    return ReadingChoice(about, role, categories, condition, diagnosed), {}


def _words(name: str, choice: ReadingChoice) -> str:
    value = getattr(choice, name)
    if name == "categories":
        return "; ".join(value) or "none"
    words = {"about": ABOUT_WORDS, "role": ROLE_WORDS, "condition": CONDITION_WORDS}
    return str(words.get(name, {}).get(value, value))


def changed_fields(before: ReadingChoice, after: ReadingChoice) -> tuple[str, ...]:
    """The fields the practitioner changed (the categories' order does not count)."""
    out = [
        name
        for name in ("about", "role", "condition", "diagnosed")
        if getattr(before, name) != getattr(after, name)
    ]
    if set(before.categories) != set(after.categories):
        out.insert(1, "categories")
    return tuple(out)


def change_words(before: ReadingChoice, after: ReadingChoice) -> str:
    """The change for the audit trail: "about: mother -> father; role: ..."."""
    return "; ".join(
        f"{FIELD_WORDS[name]}: {_words(name, before)} -> {_words(name, after)}"
        for name in changed_fields(before, after)
    )


def corrected_facts(
    previous: NeedFacts | None, before: ReadingChoice, after: ReadingChoice
) -> NeedFacts:
    """What the practitioners have confirmed of a need: what was confirmed before, with the
    fields changed now set as chosen."""
    facts: dict[str, Any] = {
        name: getattr(previous, name)
        for name in NeedFacts.__dataclass_fields__
        if previous is not None and getattr(previous, name) is not None
    }
    for name in changed_fields(before, after):
        if name == "diagnosed":
            facts[name] = after.diagnosed == "yes"
        else:
            facts[name] = getattr(after, name)
    return NeedFacts(**facts)


def facts_json(facts: NeedFacts) -> dict[str, Any]:
    """The facts that were given, for storing as JSON."""
    out: dict[str, Any] = {}
    for name in facts.given():
        value = getattr(facts, name)
        out[name] = list(value) if isinstance(value, tuple) else value
    return out


def facts_from_json(data: Mapping[str, Any]) -> NeedFacts:
    """Facts as `facts_json` stored them (names this version does not know are left out)."""
    known = {k: v for k, v in data.items() if k in NeedFacts.__dataclass_fields__}
    if isinstance(known.get("categories"), list):
        known["categories"] = tuple(str(c) for c in known["categories"])
    return NeedFacts(**known)
