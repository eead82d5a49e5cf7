"""An editor's change to a listing in words: "phones: 0117 496 0241 -> 01632 960 123", not
the JSON the change log keeps. Shown only to directory editors (a confidential place's
address is in their log, as they may fix it)."""

from __future__ import annotations

import json
from typing import Any

from directory.opening_times import written_out
from directory.published import has_confidential_flag
from directory.records import FLAGS_TAXONOMY

#: Fields by the names editors know them by.
FIELD_WORDS = {
    "name": "name",
    "description": "description",
    "eligibility_description": "who it is for",
    "application_process": "how to get it",
    "fees_description": "cost in words",
    "url": "website",
    "email": "email",
    "minimum_age": "lowest age",
    "maximum_age": "highest age",
    "status": "status",
    "assured_date": "last checked",
    "phones": "phones",
    "contacts": "contacts",
    "service_at_locations": "places",
    "schedules": "times",
    "languages": "languages",
    "service_areas": "service areas",
    "cost_options": "cost",
    "attributes": "categories and flags",
    "earlyhelp_eligibility": "eligibility confirmed",
    "earlyhelp_rejected_tags": "suggested categories rejected",
    "earlyhelp_confirmed_facts": "readings confirmed",
    "earlyhelp_rejected_facts": "readings rejected",
}
NOTHING = "(none)"
LONGEST = 160


def _items(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _place(sal: dict[str, Any]) -> str:
    location = sal.get("location") if isinstance(sal.get("location"), dict) else sal
    assert isinstance(location, dict)
    address = next(iter(_items(location.get("addresses"))), {})
    parts = [str(location.get("name") or "")] + [
        str(address.get(k) or "") for k in ("address_1", "city", "postal_code")
    ]
    text = ", ".join(p for p in parts if p.strip())
    if has_confidential_flag(location) or has_confidential_flag(sal):
        text += " (confidential)"
    return text


def _cost(option: dict[str, Any]) -> str:
    amount = option.get("amount")
    if isinstance(amount, int | float):
        return "free" if amount == 0 else f"£{amount:.2f}"
    return str(option.get("option") or option.get("amount_description") or "")


def _attribute(attribute: dict[str, Any]) -> str:
    term = attribute.get("taxonomy_term")
    if not isinstance(term, dict):
        return ""
    name = str(term.get("name") or term.get("code") or "")
    return f"{name} (flag)" if term.get("taxonomy") == FLAGS_TAXONOMY else name


def in_words(field: str, value: Any) -> str:
    """A field's value as an editor reads it."""
    if value is None or value == "" or value == []:
        return NOTHING
    if field == "phones":
        parts = [str(p.get("number") or "") for p in _items(value)]
    elif field == "contacts":
        parts = [
            " ".join(
                [str(c.get("name") or ""), str(c.get("email") or "")]
                + [str(p.get("number") or "") for p in _items(c.get("phones"))]
            )
            for c in _items(value)
        ]
    elif field == "service_at_locations":
        parts = [_place(sal) for sal in _items(value)]
    elif field == "schedules":
        parts = [written_out(s) or "(no times)" for s in _items(value)]
    elif field == "languages":
        parts = [str(item.get("name") or item.get("code") or "") for item in _items(value)]
    elif field == "service_areas":
        parts = [str(a.get("name") or a.get("extent") or a.get("uri") or "") for a in _items(value)]
    elif field == "cost_options":
        parts = [_cost(option) for option in _items(value)]
    elif field == "attributes":
        parts = [_attribute(attribute) for attribute in _items(value)]
    elif isinstance(value, list):
        parts = [str(v.get("value") or v) if isinstance(v, dict) else str(v) for v in value]
    else:
        parts = [str(value)]
    text = "; ".join(p.strip() for p in parts if p.strip()) or NOTHING
    return text if len(text) <= LONGEST else text[: LONGEST - 1] + "…"


def change_words(field: str, previous: str, replacement: str) -> str:
    """One logged change, from the JSON the log keeps, as "field: old -> new"."""

    def read(text: str) -> Any:
        try:
            return json.loads(text)
        except ValueError:
            return text

    return (
        f"{FIELD_WORDS.get(field, field.replace('_', ' '))}: "
        f"{in_words(field, read(previous))} -> {in_words(field, read(replacement))}"
    )
