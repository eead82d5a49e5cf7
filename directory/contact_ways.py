"""How a family reaches a service: the phone numbers pages and letters show."""

from __future__ import annotations

from typing import Any


def service_phones(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The service's own phones with a number; when it has none, those of its contacts
    (`contacts[].phones`), each number once, in the record's order; when they have none,
    those of the organisation that runs it (`organization.phones`)."""
    own = [p for p in record.get("phones") or [] if _number(p)]
    if own:
        return own
    found: list[dict[str, Any]] = []
    seen: set[str] = set()
    for contact in record.get("contacts") or []:
        if not isinstance(contact, dict):
            continue
        for phone in contact.get("phones") or []:
            number = _number(phone)
            if number and number not in seen:
                seen.add(number)
                found.append(phone)
    if found:
        return found
    organization = record.get("organization")
    if not isinstance(organization, dict):
        return []
    return [p for p in organization.get("phones") or [] if _number(p)]


def _number(phone: Any) -> str:
    if not isinstance(phone, dict):
        return ""
    number = phone.get("number")
    return str(number).strip() if isinstance(number, str | int) else ""
