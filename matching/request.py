"""The match request (the contract of `POST /api/match` and `earlyhelp match`), checked."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from matching.reading import FACT_VALUES, NeedFacts

MAX_NEEDS = 20
MAX_NEED_LENGTH = 500
MAX_LIMIT = 50
DEFAULT_LIMIT = 5
MAX_CHILDREN = 20
MAX_CHILD_AGE = 25
MAX_LANGUAGES = 20
MAX_POSTCODE_LENGTH = 16
KNOWN_KEYS = ("needs", "children", "postcode", "languages", "free_only", "limit")
NEED_KEYS = ("text", *FACT_VALUES, "categories", "diagnosed", "child_age")
MAX_CATEGORIES = 5


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str


class MatchRequestError(ValueError):
    """The request is not valid; `errors` names each field that is wrong and why."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))
        self.errors = errors

    def as_dict(self) -> dict[str, Any]:
        return {"errors": [{"field": e.field, "message": e.message} for e in self.errors]}


@dataclass(frozen=True)
class MatchRequest:
    needs: tuple[str, ...]
    child_ages: tuple[int, ...] = ()
    postcode: str | None = None
    languages: tuple[str, ...] = ()
    free_only: bool = False
    limit: int = DEFAULT_LIMIT
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
    #: What the practitioner confirmed of each need (None where only text was given).
    facts: tuple[NeedFacts | None, ...] = ()

    def facts_of(self, index: int) -> NeedFacts | None:
        return self.facts[index] if index < len(self.facts) else None


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def is_text(value: str) -> bool:
    """Whether a string is text that can be stored and shown: no lone surrogate code points
    (JSON's "\\ud800" decodes to one, and no UTF-8 encoder accepts it)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _need_facts(value: dict[str, Any], where: str, errors: list[FieldError]) -> NeedFacts:
    """The facts a practitioner confirmed in a need given as an object."""
    for key in value:
        if key not in NEED_KEYS:
            errors.append(FieldError(f"{where}.{key}", "is not a known field"))
    chosen: dict[str, Any] = {}
    for name, allowed in FACT_VALUES.items():
        given = value.get(name)
        if given is None:
            continue
        if given not in allowed:
            errors.append(FieldError(f"{where}.{name}", f"must be one of {', '.join(allowed)}"))
        else:
            chosen[name] = given
    categories = value.get("categories")
    if categories is not None:
        if (
            not isinstance(categories, list)
            or len(categories) > MAX_CATEGORIES
            or not all(isinstance(c, str) and 0 < len(c) <= 100 and is_text(c) for c in categories)
        ):
            errors.append(
                FieldError(f"{where}.categories", f"must be a list of up to {MAX_CATEGORIES} names")
            )
        else:
            chosen["categories"] = tuple(c.strip() for c in categories)
    diagnosed = value.get("diagnosed")
    if diagnosed is not None:
        if not isinstance(diagnosed, bool):
            errors.append(FieldError(f"{where}.diagnosed", "must be true or false"))
        else:
            chosen["diagnosed"] = diagnosed
    age = value.get("child_age")
    if age is not None:
        if not _is_int(age) or not 0 <= age <= MAX_CHILD_AGE:
            errors.append(
                FieldError(
                    f"{where}.child_age", f"must be a whole number from 0 to {MAX_CHILD_AGE}"
                )
            )
        else:
            chosen["child_age"] = age
    return NeedFacts(**chosen)


def _needs(
    value: Any, errors: list[FieldError]
) -> tuple[tuple[str, ...], tuple[NeedFacts | None, ...]]:
    if value is None:
        errors.append(FieldError("needs", "is required: a list of 1 to 20 needs"))
        return (), ()
    if not isinstance(value, list):
        errors.append(FieldError("needs", "must be a list of needs (strings or objects)"))
        return (), ()
    if not 1 <= len(value) <= MAX_NEEDS:
        errors.append(FieldError("needs", f"must have 1 to {MAX_NEEDS} needs, got {len(value)}"))
        return (), ()
    needs: list[str] = []
    facts: list[NeedFacts | None] = []
    for index, item in enumerate(value):
        where = f"needs[{index}]"
        need = item
        given: NeedFacts | None = None
        if isinstance(item, dict):
            need = item.get("text")
            given = _need_facts(item, where, errors)
            where = f"{where}.text"
        if not isinstance(need, str):
            errors.append(FieldError(where, "must be a string, or an object with a text"))
        elif not need.strip():
            errors.append(FieldError(where, "must not be empty"))
        elif not is_text(need):
            errors.append(FieldError(where, "must be text (it holds an unpaired surrogate)"))
        elif len(need) > MAX_NEED_LENGTH:
            errors.append(
                FieldError(where, f"must be at most {MAX_NEED_LENGTH} characters, got {len(need)}")
            )
        else:
            needs.append(need.strip())
            facts.append(given)
    return tuple(needs), tuple(facts)


def _children(value: Any, errors: list[FieldError]) -> tuple[int, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or len(value) > MAX_CHILDREN:
        errors.append(FieldError("children", f"must be a list of up to {MAX_CHILDREN} children"))
        return ()
    ages: list[int] = []
    for index, child in enumerate(value):
        where = f"children[{index}]"
        if not isinstance(child, dict):
            errors.append(FieldError(where, 'must be an object like {"age": 6}'))
            continue
        unknown = sorted(set(child) - {"age"})
        if unknown:
            errors.append(FieldError(f"{where}.{unknown[0]}", "is not a known field"))
        age = child.get("age")
        if not isinstance(age, int) or isinstance(age, bool) or not 0 <= age <= MAX_CHILD_AGE:
            errors.append(
                FieldError(f"{where}.age", f"must be a whole number from 0 to {MAX_CHILD_AGE}")
            )
        else:
            ages.append(age)
    return tuple(ages)


def _languages(value: Any, errors: list[FieldError]) -> tuple[str, ...]:
    if value is None:
        return ()
    if (
        not isinstance(value, list)
        or len(value) > MAX_LANGUAGES
        or not all(isinstance(v, str) and 2 <= len(v.strip()) <= 8 and v.isascii() for v in value)
    ):
        errors.append(
            FieldError("languages", f'must be a list of up to {MAX_LANGUAGES} codes such as "pl"')
        )
        return ()
    return tuple(dict.fromkeys(v.strip().lower() for v in value))


def parse_match_request(data: Any) -> MatchRequest:
    """Check a decoded JSON request; raise MatchRequestError listing every problem.

    The postcode is checked for shape here; whether it exists is the matcher's to say.
    """
    if not isinstance(data, dict):
        raise MatchRequestError([FieldError("(body)", "must be a JSON object")])
    errors: list[FieldError] = [
        FieldError(key, "is not a known field") for key in data if key not in KNOWN_KEYS
    ]
    needs, facts = _needs(data.get("needs"), errors)
    ages = _children(data.get("children"), errors)
    languages = _languages(data.get("languages"), errors)
    postcode = data.get("postcode")
    if postcode is not None and (
        not isinstance(postcode, str)
        or not postcode.strip()
        or not postcode.isascii()
        or len(postcode) > MAX_POSTCODE_LENGTH
    ):
        errors.append(FieldError("postcode", "must be a UK postcode such as BA2 3AB"))
        postcode = None
    free_only = data.get("free_only", False)
    if not isinstance(free_only, bool):
        errors.append(FieldError("free_only", "must be true or false"))
    limit = data.get("limit", DEFAULT_LIMIT)
    if not _is_int(limit) or not 1 <= limit <= MAX_LIMIT:
        errors.append(FieldError("limit", f"must be a whole number from 1 to {MAX_LIMIT}"))
    if errors:
        raise MatchRequestError(errors)
    return MatchRequest(
        needs=needs,
        child_ages=ages,
        postcode=postcode.strip() if isinstance(postcode, str) else None,
        languages=languages,
        free_only=free_only,
        limit=limit,
        facts=facts if any(f is not None for f in facts) else (),
    )
