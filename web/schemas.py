"""Checks of request parameters, each failure naming the parameter."""

from __future__ import annotations

from collections.abc import Mapping

MAX_PER_PAGE = 100
DEFAULT_PER_PAGE = 20


class ParameterError(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def _whole_number(params: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    text = params.get(name)
    if text is None or text == "":
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
    return page, per_page
