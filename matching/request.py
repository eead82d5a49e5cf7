"""The match request (the contract of `POST /api/match` and `earlyhelp match`), checked."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

MAX_NEEDS = 20
MAX_NEED_LENGTH = 500
MAX_LIMIT = 50
DEFAULT_LIMIT = 5
MAX_CHILDREN = 20
MAX_CHILD_AGE = 25
KNOWN_KEYS = ("needs", "children", "postcode", "languages", "free_only", "limit")


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


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _needs(value: Any, errors: list[FieldError]) -> tuple[str, ...]:
    if value is None:
        errors.append(FieldError("needs", "is required: a list of 1 to 20 needs"))
        return ()
    if not isinstance(value, list):
        errors.append(FieldError("needs", "must be a list of strings"))
        return ()
    if not 1 <= len(value) <= MAX_NEEDS:
        errors.append(FieldError("needs", f"must have 1 to {MAX_NEEDS} needs, got {len(value)}"))
    needs: list[str] = []
    for index, need in enumerate(value):
        where = f"needs[{index}]"
        if not isinstance(need, str):
            errors.append(FieldError(where, "must be a string"))
        elif not need.strip():
            errors.append(FieldError(where, "must not be empty"))
        elif len(need) > MAX_NEED_LENGTH:
            errors.append(
                FieldError(where, f"must be at most {MAX_NEED_LENGTH} characters, got {len(need)}")
            )
        else:
            needs.append(need.strip())
    return tuple(needs)


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
    if not isinstance(value, list) or not all(
        isinstance(v, str) and 2 <= len(v.strip()) <= 8 for v in value
    ):
        errors.append(FieldError("languages", 'must be a list of language codes such as "pl"'))
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
    needs = _needs(data.get("needs"), errors)
    ages = _children(data.get("children"), errors)
    languages = _languages(data.get("languages"), errors)
    postcode = data.get("postcode")
    if postcode is not None and (not isinstance(postcode, str) or not postcode.strip()):
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
    )
