"""Checks of request parameters, each failure naming the parameter."""

from __future__ import annotations

from collections.abc import Mapping

from directory.geography import (
    PostcodeDirectory,
    PostcodeError,
    not_a_postcode,
    not_in_directory,
)
from directory.records import utc_timestamp
from directory.store import ServiceQuery

MAX_PER_PAGE = 100
DEFAULT_PER_PAGE = 20
DEFAULT_PROXIMITY_M = 10_000
MAX_PROXIMITY_M = 1_000_000


def error_body(field: str, message: str) -> dict[str, list[dict[str, str]]]:
    """The one error shape of the JSON API."""
    return {"errors": [{"field": field, "message": message}]}


class ParameterError(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def _whole_number(
    params: Mapping[str, str], name: str, default: int | None, low: int, high: int
) -> int | None:
    text = params.get(name)
    if text is None or text.strip() == "":
        return default
    try:
        value = int(text)
    except ValueError:
        raise ParameterError(name, f"must be a whole number, got {text!r}") from None
    if not low <= value <= high:
        raise ParameterError(name, f"must be between {low} and {high}, got {value}")
    return value


def page_parameters(params: Mapping[str, str]) -> tuple[int, int]:
    """`page` (from 1) and `per_page` (1 to MAX_PER_PAGE)."""
    page = _whole_number(params, "page", 1, 1, 1_000_000)
    per_page = _whole_number(params, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE)
    assert page is not None and per_page is not None
    return page, per_page


def service_query(
    params: Mapping[str, str], postcodes: PostcodeDirectory | None, known_term: bool | None
) -> ServiceQuery:
    """The Open Referral UK filters of `/api/services`, checked. `known_term` says whether the
    store knows the `taxonomy_term_id` asked for (None when none was asked)."""
    page, per_page = page_parameters(params)
    minimum = _whole_number(params, "minimum_age", None, 0, 130)
    maximum = _whole_number(params, "maximum_age", None, 0, 130)
    if minimum is not None and maximum is not None and minimum > maximum:
        raise ParameterError("minimum_age", "must not be above maximum_age")
    term = params.get("taxonomy_term_id") or None
    if term is not None and not known_term:
        raise ParameterError("taxonomy_term_id", f"no taxonomy term has the id {term!r}")
    modified_text = params.get("modified_after")
    modified = None
    if modified_text:
        modified = utc_timestamp(modified_text)
        if modified is None:
            raise ParameterError(
                "modified_after", f"{modified_text!r} is not a date-time like 2026-01-31T09:00:00Z"
            )
    proximity = _whole_number(params, "proximity", None, 1, MAX_PROXIMITY_M)
    near = None
    postcode = params.get("postcode")
    if postcode:
        if postcodes is None:
            raise ParameterError("postcode", "postcode search is not available on this server")
        try:
            place = postcodes.lookup(postcode)
        except PostcodeError:
            raise ParameterError("postcode", not_a_postcode(postcode)) from None
        if place is None:
            raise ParameterError("postcode", not_in_directory(postcode))
        near = (place.latitude, place.longitude)
        proximity = proximity or DEFAULT_PROXIMITY_M
    elif proximity is not None:
        raise ParameterError("proximity", "needs a postcode to measure from")
    return ServiceQuery(
        text=params.get("search", ""),
        taxonomy_term_id=term,
        minimum_age=minimum,
        maximum_age=maximum,
        near=near,
        within_km=None if proximity is None else proximity / 1000,
        modified_after=modified,
        limit=per_page,
        offset=(page - 1) * per_page,
    )
