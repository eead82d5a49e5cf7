"""Likely problems in listings that are valid but probably wrong, for the data-quality report.

None of these rejects a record: each is a warning a directory officer can act on. Suspected
duplicates are reported with both listings named and are never merged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from directory.records import Service
from ingest.problems import WARNING, FieldIssue

STALE_AFTER = timedelta(days=365)
#: At least this many distinct words before two texts' word sets count as near-identical.
MIN_DUPLICATE_WORDS = 12

_PLACEHOLDER_DOMAIN = re.compile(r"\bexample\.(com|org|net|co\.uk)\b", re.IGNORECASE)
_PLACEHOLDER_TEXT = re.compile(
    r"\b(lorem ipsum|placeholder|to be confirmed|dummy text|test service)\b|^\s*(tbc|tba|tbd|"
    r"n/?a|test|xxx+|-+|\?+)\s*$",
    re.IGNORECASE,
)
_PLACEHOLDER_PHONE = re.compile(r"^\D*(?:0\D*){10,}$|(\d)(?:\D*\1){9,}|^\D*01234\D*567\D*89\d\D*$")
_IN_PERSON = re.compile(r"\bin[- ]person\b|\bface[- ]to[- ]face\b|\bdrop[- ]in\b", re.IGNORECASE)
#: Wording of services that come to the family, so need no address of their own.
_OUTREACH = re.compile(
    r"\b(home[- ]visit(?:s|ing|or)?|visits? (?:you|families|parents) at home|"
    r"in (?:your|the family|their) homes?|at home|outreach|comes? to you|in schools?|"
    r"at school|wherever|meet (?:you|them|families|young people)|where you (?:are|live|feel))\b",
    re.IGNORECASE,
)
_AGE_RANGE = re.compile(
    r"\b(?:aged?|ages)\s+(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\b"
    r"|\b(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})[- ]?(?:years?|yrs?)[- ]?olds?\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z0-9]+")


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _walk(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Every (path, scalar) of a nested record."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, f"{path}[{index}]")
    else:
        yield path, value


def _contact_ways(record: dict[str, Any]) -> list[str]:
    ways = []
    for path, value in _walk(record):
        leaf = path.rsplit(".", 1)[-1]
        if _text(value) and leaf in ("email", "url", "website", "number"):
            ways.append(path)
    return ways


def _parse_time(text: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _placeholders(record: dict[str, Any]) -> list[tuple[str, str]]:
    """Fields holding placeholder text: example.com addresses, made-up phone numbers, TBC."""
    found = []
    for path, value in _walk(record):
        text = _text(value)
        if not text or path.startswith("earlyhelp_"):
            continue
        leaf = path.rsplit(".", 1)[-1]
        if (
            _PLACEHOLDER_DOMAIN.search(text)
            or (leaf == "number" and _PLACEHOLDER_PHONE.search(text))
            or (leaf in ("name", "description", "email", "url") and _PLACEHOLDER_TEXT.search(text))
        ):
            found.append((path, text[:60]))
    return found


def check_listing(service: Service, record: dict[str, Any], today: date) -> list[FieldIssue]:
    """Warnings for one normalised listing (and its record) that is otherwise valid."""
    issues: list[FieldIssue] = []
    if not _contact_ways(record):
        issues.append(
            FieldIssue(
                "(contact)",
                "no way to contact: no phone, email or website",
                WARNING,
                kind="no-contact",
            )
        )
    placeholders = _placeholders(record)
    if placeholders:
        shown = "; ".join(f"{path}: {text!r}" for path, text in placeholders[:5])
        more = f" and {len(placeholders) - 5} more" if len(placeholders) > 5 else ""
        issues.append(
            FieldIssue(
                placeholders[0][0],
                f"placeholder text in {len(placeholders)} field(s): {shown}{more}",
                WARNING,
                kind="placeholder",
            )
        )
    stale = [
        f"{label} {when.isoformat()}"
        for label, when in (
            ("assured", service.assured_date),
            ("last modified", _parse_time(service.last_modified or "")),
        )
        if when is not None and today - when > STALE_AFTER
    ]
    if stale:
        issues.append(
            FieldIssue(
                "assured_date",
                f"{' and '.join(stale)}: more than 12 months ago, the listing may be out of date",
                WARNING,
                kind="stale",
            )
        )
    if _needs_a_venue(service, record) and not any(
        loc.address or loc.postcode for loc in service.locations
    ):
        issues.append(
            FieldIssue(
                "service_at_locations",
                "the service is delivered in person but has no address",
                WARNING,
                kind="no-address",
            )
        )
    issues.extend(_age_contradictions(service))
    return issues


def _needs_a_venue(service: Service, record: dict[str, Any]) -> bool:
    """Delivered in person, at set times or in person only, and not by coming to the family."""
    if not _in_person(service, record):
        return False
    if _OUTREACH.search(f"{service.name} {service.description} {service.application_process}"):
        return False
    timed = any(path.endswith("opens_at") and _text(v) for path, v in _walk(record))
    remote = {"online", "phone"} & set(service.flags)
    return timed or not remote


def _in_person(service: Service, record: dict[str, Any]) -> bool:
    if "in-person" in service.flags:
        return True
    attending = " ".join(
        _text(value) for path, value in _walk(record) if path.endswith("attending_type")
    )
    return bool(_IN_PERSON.search(attending))


def _age_contradictions(service: Service) -> list[FieldIssue]:
    low, high = service.minimum_age, service.maximum_age
    if low is None and high is None:
        return []
    issues = []
    for field, text in (
        ("description", service.description),
        ("eligibility_description", service.eligibility_description),
    ):
        for match in _AGE_RANGE.finditer(text):
            numbers = [int(g) for g in match.groups() if g is not None]
            said_low, said_high = min(numbers), max(numbers)
            if (low is not None and said_high < low) or (high is not None and said_low > high):
                shown = f"{low if low is not None else '?'}-{high if high is not None else '?'}"
                issues.append(
                    FieldIssue(
                        field,
                        f"says {match.group(0)!r} but the listing's ages are {shown}",
                        WARNING,
                        kind="ages",
                    )
                )
    return issues


@dataclass(frozen=True)
class Listing:
    """What duplicate detection needs to know of a listing, and where it came from."""

    id: str
    where: str
    name_key: str
    text_key: frozenset[str] | None


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def listing_of(service: Service, where: str) -> Listing:
    postcodes = sorted(loc.postcode for loc in service.locations if loc.postcode)
    name_key = "|".join(
        (
            " ".join(_words(service.organization_name)),
            " ".join(_words(service.name)),
            postcodes[0] if postcodes else "",
        )
    )
    words = frozenset(_words(f"{service.name} {service.description}"))
    return Listing(
        service.id, where, name_key, words if len(words) >= MIN_DUPLICATE_WORDS else None
    )


def find_duplicates(
    incoming: Iterable[Listing], stored: Iterable[Listing]
) -> list[tuple[Listing, FieldIssue]]:
    """Suspected duplicates among the incoming listings and between them and stored ones:
    the same organisation, name and postcode, or the same words in name and description.
    Each pair is reported once, on the incoming listing."""
    by_name: dict[str, list[Listing]] = {}
    by_text: dict[frozenset[str], list[Listing]] = {}
    for listing in stored:
        by_name.setdefault(listing.name_key, []).append(listing)
        if listing.text_key is not None:
            by_text.setdefault(listing.text_key, []).append(listing)
    found: list[tuple[Listing, FieldIssue]] = []
    for listing in incoming:
        reported: set[str] = set()
        for kind, others in (
            ("the same organisation, name and postcode", by_name.get(listing.name_key, [])),
            (
                "near-identical name and description",
                by_text.get(listing.text_key, []) if listing.text_key is not None else [],
            ),
        ):
            for other in others:
                if other.id == listing.id or other.id in reported:
                    continue
                reported.add(other.id)
                found.append(
                    (
                        listing,
                        FieldIssue(
                            "(duplicate)",
                            f"suspected duplicate of {other.id} ({other.where}): {kind}; "
                            "both kept, not merged",
                            WARNING,
                            kind="duplicate",
                        ),
                    )
                )
        by_name.setdefault(listing.name_key, []).append(listing)
        if listing.text_key is not None:
            by_text.setdefault(listing.text_key, []).append(listing)
    return found
