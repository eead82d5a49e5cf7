"""The match request (the contract of `POST /api/match` and `earlyhelp match`): one typed model,
built for a set of limits, that checks a decoded JSON body into a `MatchRequest` and gives the
JSON Schema the OpenAPI document publishes. So each limit is stated once, in `RequestLimits`."""

from __future__ import annotations

import copy
import functools
from dataclasses import dataclass, field
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    GetCoreSchemaHandler,
    StringConstraints,
    Tag,
    ValidationError,
)
from pydantic.json_schema import GenerateJsonSchema
from pydantic_core import ErrorDetails, PydanticCustomError, core_schema

from matching.reading import FACT_VALUES, NeedFacts


@dataclass(frozen=True)
class RequestLimits:
    """The limits of a match request. The checks, their messages and the published schema all
    read them from here."""

    needs: int = 20
    need_length: int = 500
    limit: int = 50
    default_limit: int = 5
    children: int = 20
    child_age: int = 25
    languages: int = 20
    language_length: tuple[int, int] = (2, 8)
    postcode_length: int = 16
    categories: int = 5
    category_length: int = 100


LIMITS = RequestLimits()
MAX_NEEDS = LIMITS.needs
MAX_NEED_LENGTH = LIMITS.need_length
MAX_LIMIT = LIMITS.limit
DEFAULT_LIMIT = LIMITS.default_limit
MAX_CHILDREN = LIMITS.children
MAX_CHILD_AGE = LIMITS.child_age
MAX_LANGUAGES = LIMITS.languages
MAX_POSTCODE_LENGTH = LIMITS.postcode_length
MAX_CATEGORIES = LIMITS.categories


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


@dataclass(frozen=True)
class _OneOf:
    """A string that must be one of `values` (a JSON Schema `enum`)."""

    values: tuple[str, ...]

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.literal_schema(list(self.values))


def _not_blank(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("blank", "blank")
    return value


def _ascii(value: str) -> str:
    if not value.isascii():
        raise PydanticCustomError("not_ascii", "not ASCII")
    return value


def _need_kind(value: Any) -> str:
    """Which form of need a JSON value is meant as: an object, or else the text itself."""
    return "object" if isinstance(value, dict) else "text"


#: The tags of the two forms of a need; pydantic puts the tag in an error's location.
_NEED_FORMS = ("object", "text")


class RequestBody(BaseModel):
    """A checked match request body; `to_request` gives what the matcher works with."""

    def to_request(self) -> MatchRequest:
        raise NotImplementedError


def request_body_model(limits: RequestLimits) -> type[RequestBody]:
    """The model of a match request body under `limits`. Unknown keys are refused, types are
    strict (a number is not a string, `true` is not 1)."""
    strict = ConfigDict(strict=True, extra="forbid")
    need_text = Annotated[
        str,
        StringConstraints(min_length=1, max_length=limits.need_length),
        AfterValidator(_not_blank),
    ]
    age = Annotated[int, Field(ge=0, le=limits.child_age)]

    class MatchNeed(BaseModel):
        """A need and what the practitioner confirmed of it, which wins over what is read."""

        model_config = strict
        text: need_text
        about: Annotated[str, _OneOf(FACT_VALUES["about"])] | None = None
        role: Annotated[str, _OneOf(FACT_VALUES["role"])] | None = None
        sex: Annotated[str, _OneOf(FACT_VALUES["sex"])] | None = None
        condition: Annotated[str, _OneOf(FACT_VALUES["condition"])] | None = None
        categories: (
            Annotated[
                list[
                    Annotated[
                        str, StringConstraints(min_length=1, max_length=limits.category_length)
                    ]
                ],
                Field(max_length=limits.categories),
            ]
            | None
        ) = None
        diagnosed: bool | None = None
        child_age: age | None = None

        def facts(self) -> NeedFacts:
            given = self.model_dump(exclude={"text"}, exclude_none=True)
            if "categories" in given:
                given["categories"] = tuple(c.strip() for c in given["categories"])
            return NeedFacts(**given)

    class MatchChild(BaseModel):
        model_config = strict
        age: age

    need = Annotated[
        Annotated[need_text, Tag("text")] | Annotated[MatchNeed, Tag("object")],
        Discriminator(_need_kind),
    ]
    low, high = limits.language_length

    class MatchRequestBody(RequestBody):
        model_config = ConfigDict(strict=True, extra="forbid", title="MatchRequest")
        needs: Annotated[list[need], Field(min_length=1, max_length=limits.needs)]
        children: Annotated[list[MatchChild], Field(max_length=limits.children)] | None = None
        postcode: (
            Annotated[
                str,
                StringConstraints(max_length=limits.postcode_length),
                AfterValidator(_not_blank),
                AfterValidator(_ascii),
                Field(examples=["BA2 3AB"]),
            ]
            | None
        ) = None
        languages: (
            Annotated[
                list[
                    Annotated[
                        str,
                        StringConstraints(strip_whitespace=True, min_length=low, max_length=high),
                        AfterValidator(_ascii),
                    ]
                ],
                Field(max_length=limits.languages, examples=[["pl"]]),
            ]
            | None
        ) = None
        free_only: bool = False
        limit: Annotated[int, Field(ge=1, le=limits.limit)] = limits.default_limit

        def to_request(self) -> MatchRequest:
            texts = tuple(n if isinstance(n, str) else n.text for n in self.needs)
            facts = tuple(None if isinstance(n, str) else n.facts() for n in self.needs)
            return MatchRequest(
                needs=tuple(t.strip() for t in texts),
                child_ages=tuple(c.age for c in self.children or ()),
                postcode=self.postcode.strip() if self.postcode is not None else None,
                languages=tuple(dict.fromkeys(v.lower() for v in self.languages or ())),
                free_only=self.free_only,
                limit=self.limit,
                facts=facts if any(f is not None for f in facts) else (),
            )

    return MatchRequestBody


def _field(loc: tuple[int | str, ...]) -> tuple[str, tuple[str, ...]]:
    """The field an error is about as the API names it (`needs[2].about`), and its shape with
    every index as `*` (`needs.*.about`). The need's form (text or object) is left out."""
    parts = [
        p
        for i, p in enumerate(loc)
        if not (i == 2 and loc[0] == "needs" and isinstance(loc[1], int) and p in _NEED_FORMS)
    ]
    # A list that is checked as a whole is named as a whole.
    for whole in (("languages",), ("needs", "*", "categories")):
        shape = tuple("*" if isinstance(p, int) else p for p in parts)
        if shape[: len(whole)] == whole:
            parts = parts[: len(whole)]
    name = ""
    for p in parts:
        name += f"[{p}]" if isinstance(p, int) else (f".{p}" if name else p)
    return name or "(body)", tuple("*" if isinstance(p, int) else p for p in parts)


@dataclass(frozen=True)
class _Messages:
    """What a practitioner is told about each field, from the same limits as the model."""

    limits: RequestLimits

    def about(self, shape: tuple[str, ...], error: ErrorDetails) -> str:
        kind = error["type"]
        given = error.get("input")
        if kind == "extra_forbidden":
            return "is not a known field"
        limits = self.limits
        whole_age = f"must be a whole number from 0 to {limits.child_age}"
        if shape == ():
            return "must be a JSON object"
        if shape == ("needs",):
            if kind == "missing" or given is None:
                return f"is required: a list of 1 to {limits.needs} needs"
            if kind in ("too_short", "too_long"):
                return f"must have 1 to {limits.needs} needs, got {len(given)}"
            return "must be a list of needs (strings or objects)"
        if shape in (("needs", "*"), ("needs", "*", "text")):
            if kind in ("string_too_short", "blank"):
                return "must not be empty"
            if kind == "string_too_long":
                return f"must be at most {limits.need_length} characters, got {len(given)}"
            if kind == "string_unicode":
                return "must be text (it holds an unpaired surrogate)"
            return "must be a string, or an object with a text"
        if len(shape) == 3 and shape[:2] == ("needs", "*"):
            name = shape[2]
            if name in FACT_VALUES:
                return f"must be one of {', '.join(FACT_VALUES[name])}"
            if name == "categories":
                return f"must be a list of up to {limits.categories} names"
            if name == "diagnosed":
                return "must be true or false"
            if name == "child_age":
                return whole_age
        fixed: dict[tuple[str, ...], str] = {
            ("children",): f"must be a list of up to {limits.children} children",
            ("children", "*"): 'must be an object like {"age": 6}',
            ("children", "*", "age"): whole_age,
            ("postcode",): "must be a UK postcode such as BA2 3AB",
            ("languages",): f'must be a list of up to {limits.languages} codes such as "pl"',
            ("free_only",): "must be true or false",
            ("limit",): f"must be a whole number from 1 to {limits.limit}",
        }
        return fixed.get(shape, "is not valid")


class MatchRequestModel:
    """The match request under one set of limits: `parse` checks a body, `json_schemas` gives
    the schemas the OpenAPI document publishes, both from one pydantic model."""

    def __init__(self, limits: RequestLimits = LIMITS) -> None:
        self.limits = limits
        self._body = request_body_model(limits)
        self._messages = _Messages(limits)

    def parse(self, data: Any) -> MatchRequest:
        """Check a decoded JSON request; raise MatchRequestError listing every problem, one per
        field. The postcode is checked for shape here; whether it exists is the matcher's to
        say."""
        try:
            body = self._body.model_validate(data)
        except ValidationError as invalid:
            raise MatchRequestError(self._errors(invalid.errors(include_url=False))) from None
        return body.to_request()

    def _errors(self, details: list[ErrorDetails]) -> list[FieldError]:
        errors: dict[str, str] = {}
        for detail in details:
            name, shape = _field(detail["loc"])
            errors.setdefault(name, self._messages.about(shape, detail))
        return [FieldError(name, message) for name, message in errors.items()]

    def keys(self) -> tuple[str, ...]:
        """The keys a request may have."""
        return tuple(self._body.model_fields)

    def json_schemas(self) -> dict[str, Any]:
        """The request's JSON Schema (2020-12) as named schemas: `MatchRequest` and those it
        refers to, referred to as an OpenAPI document's `#/components/schemas/...`."""
        schema = copy.deepcopy(self._schema)
        named: dict[str, Any] = schema.pop("$defs", {})
        return {"MatchRequest": schema, **named}

    @functools.cached_property
    def _schema(self) -> dict[str, Any]:
        return self._body.model_json_schema(
            ref_template="#/components/schemas/{model}", schema_generator=_Untitled
        )


class _Untitled(GenerateJsonSchema):
    """pydantic's JSON Schema without the titles it makes up from field names."""

    def field_title_should_be_set(self, schema: Any) -> bool:
        return False


#: The match request under the published limits.
MATCH_REQUEST = MatchRequestModel()
KNOWN_KEYS = MATCH_REQUEST.keys()
NEED_KEYS = ("text", *FACT_VALUES, "categories", "diagnosed", "child_age")


def parse_match_request(data: Any) -> MatchRequest:
    """Check a decoded JSON request under the published limits; MatchRequestError lists every
    problem, one per field."""
    return MATCH_REQUEST.parse(data)
