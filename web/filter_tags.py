"""The filters a search uses, as tags that each link to the same search without that filter
(the GOV.UK / MOJ filter pattern's "selected filters"), and the search's own address."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from matching.finder import DAYS, DELIVERY, FindQuery

#: Query-string keys a search keeps; anything else (a confirmation, a page) is left out of
#: the links built from it.
SEARCH_KEYS = (
    "q",
    "category",
    "postcode",
    "distance",
    "age",
    "free",
    "language",
    "delivery",
    "day",
    "sort",
)


@dataclass(frozen=True)
class FilterTag:
    """One filter in use: what it says, and the search without it."""

    label: str
    remove_href: str


def search_params(params: dict[str, str]) -> dict[str, str]:
    """The keys of a search (SEARCH_KEYS) that have a value, in a stable order."""
    return {k: params[k] for k in SEARCH_KEYS if params.get(k)}


def search_href(params: dict[str, str], page: int = 1) -> str:
    """The search's address, on a given page (the first page has no page number)."""
    wanted = search_params(params)
    if page > 1:
        wanted["page"] = str(page)
    return "/search?" + urlencode(wanted) if wanted else "/"


def filter_tags(
    params: dict[str, str],
    query: FindQuery,
    category_name: str | None,
    language_names: dict[str, str],
) -> list[FilterTag]:
    """A tag for each filter the search uses (the words are the search itself: not a tag)."""
    present = search_params(params)
    labels: list[tuple[tuple[str, ...], str]] = []
    if query.category_id:
        labels.append((("category",), f"Type of help: {category_name or query.category_id}"))
    if query.postcode:
        # Without a postcode, a distance and nearest-first sorting mean nothing.
        labels.append((("postcode", "distance", "sort"), f"Near {query.postcode}"))
    if query.within_km is not None and query.postcode:
        labels.append((("distance",), f"Within {query.within_km:g} km"))
    if query.child_age is not None:
        labels.append((("age",), f"Child aged {query.child_age}"))
    if query.free_only:
        labels.append((("free",), "Free only"))
    if query.language:
        name = language_names.get(query.language, query.language)
        labels.append((("language",), f"Language: {name}"))
    if query.delivery:
        labels.append((("delivery",), DELIVERY.get(query.delivery, query.delivery)))
    if query.day:
        labels.append((("day",), f"On {DAYS.get(query.day, query.day)}"))
    tags = []
    for keys, label in labels:
        rest = {k: v for k, v in present.items() if k not in keys}
        tags.append(FilterTag(label, search_href(rest)))
    return tags
