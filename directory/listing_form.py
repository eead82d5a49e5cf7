"""The parts of a listing a directory editor fixes when someone reports them wrong: phones and
emails (the service's and its contacts'), places (address, postcode, coordinates and the
confidential flag), weekly times and holiday closures, languages, categories, service areas
and cost. Each part is read from the form's fields into the HSDS 3.0 shape the importer
takes; every problem is said against the form field that holds it.

A form field is named after the part it edits: `phone-0`, `contact-1-email`,
`location-0-postal_code`, `schedule-2-opens_at`, `holiday-new-valid_from`, `languages`,
`categories`, `service_areas`, `cost`. Only the top-level fields that changed are returned, as
whole new values (the editors' override keeps a whole field, see `directory.edits`)."""

from __future__ import annotations

import copy
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from directory.area_shapes import ShapeError, read_geojson
from directory.areas import UNRESOLVED, Councils, resolve_area
from directory.geography import (
    PostcodeDirectory,
    PostcodeError,
    normalise_postcode,
    not_a_place,
    not_in_directory,
)
from directory.opening_times import DAY_NAMES
from directory.published import CONFIDENTIAL_FLAG_ATTRIBUTE, has_confidential_flag
from directory.records import FLAGS_TAXONOMY, TaxonomyTerm

#: What the form sent: each field's values (a checkbox group sends several).
Typed = Mapping[str, Sequence[str]]

_PHONE_CHARACTERS = re.compile(r"^\+?[0-9 ()-]+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TIME = re.compile(r"^([01]?[0-9]|2[0-3])[:.]([0-5][0-9])$")
_AMOUNT = re.compile(r"^£?\s*([0-9]{1,5})(\.[0-9]{1,2})?$")
#: The parts of a location's first address the form edits.
ADDRESS_PARTS = (("address_1", "Street"), ("city", "Town or city"), ("postal_code", "Postcode"))
COSTS = {"free": "Free", "paid": "There is a charge", "unknown": "Not said"}
PHONE_MESSAGE = (
    "Enter a phone number like 01632 960 123, with only digits, spaces, brackets and dashes "
    "(a + only at the start), or leave it empty to remove it"
)
EMAIL_MESSAGE = "Enter an email address like name@example.com, or leave it empty"
TIME_MESSAGE = "Enter a time on the 24-hour clock, like 09:30 or 17:00"
DATE_MESSAGE = "Enter a date like 2026-12-24"


def _one(typed: Typed, name: str) -> str:
    values = typed.get(name) or ()
    return str(values[0]).strip() if values else ""


def _text(value: Any) -> str:
    return str(value).strip() if isinstance(value, str | int | float) else ""


def _list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else []


def _new_id(service_id: str, part: str) -> str:
    return f"{service_id}-{part}-{uuid.uuid4()}"


def phone_problem(text: str) -> str | None:
    """Why `text` is not a phone number a family could dial, or None. Three to fifteen
    digits: short lines (111, 116 123) and international numbers are numbers too."""
    digits = sum(c.isdigit() for c in text)
    if not _PHONE_CHARACTERS.match(text) or not 3 <= digits <= 15:
        return PHONE_MESSAGE
    return None


def _time(typed: Typed, name: str, errors: dict[str, str]) -> str:
    text = _one(typed, name)
    if not text:
        return ""
    found = _TIME.match(text)
    if found is None:
        errors[name] = TIME_MESSAGE
        return text
    return f"{int(found.group(1)):02d}:{found.group(2)}"


def _date(typed: Typed, name: str, errors: dict[str, str]) -> str:
    text = _one(typed, name)
    if not text:
        return ""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        errors[name] = DATE_MESSAGE
        return text


@dataclass(frozen=True)
class ListingForm:
    """Reads the form's parts into a listing. `categories` are the directory's categories an
    editor may choose from; `languages` maps a language's name and code (lower case) to its
    code; `councils` places service areas."""

    postcodes: PostcodeDirectory
    councils: Councils
    languages: Mapping[str, str]
    language_names: Mapping[str, str]
    categories: Sequence[TaxonomyTerm]

    # Reading the listing into what the form shows.

    def shown(self, source: dict[str, Any]) -> dict[str, Any]:
        """The form's parts as the listing holds them now (its source record, editors'
        values included): confidential places too, for the editor alone."""
        return {
            "phones": [
                _text(p.get("number")) for p in _list(source.get("phones")) if isinstance(p, dict)
            ],
            "contacts": [
                {
                    "name": _text(c.get("name")),
                    "email": _text(c.get("email")),
                    "phones": [
                        _text(p.get("number"))
                        for p in _list(c.get("phones"))
                        if isinstance(p, dict)
                    ],
                }
                for c in _list(source.get("contacts"))
                if isinstance(c, dict)
            ],
            "locations": [self._place(sal) for sal in _list(source.get("service_at_locations"))],
            "schedules": [
                self._schedule(s) for s in _list(source.get("schedules")) if isinstance(s, dict)
            ],
            "languages": ", ".join(self._language(item) for item in _list(source.get("languages"))),
            "categories": [t.id for t in self._chosen_terms(source)],
            "category_items": self.category_items(source),
            "service_areas": "\n".join(
                _text(a.get("name")) or _text(a.get("extent")) or _text(a.get("uri"))
                for a in _list(source.get("service_areas"))
                if isinstance(a, dict)
            ),
            "cost": self._cost(source),
            "cost_amount": self._amount(source),
        }

    @staticmethod
    def _place(sal: Any) -> dict[str, Any]:
        location = sal.get("location") if isinstance(sal, dict) else None
        location = location if isinstance(location, dict) else {}
        first: Any = next(iter(_list(location.get("addresses"))), {})
        address: dict[str, Any] = first if isinstance(first, dict) else {}
        confidential = has_confidential_flag(location) or (
            isinstance(sal, dict) and has_confidential_flag(sal)
        )
        return {
            "name": _text(location.get("name")),
            **{part: _text(address.get(part)) for part, _label in ADDRESS_PARTS},
            "latitude": _text(location.get("latitude")),
            "longitude": _text(location.get("longitude")),
            "confidential": confidential,
        }

    @staticmethod
    def _schedule(schedule: dict[str, Any]) -> dict[str, Any]:
        days = [d.strip().upper()[-2:] for d in _text(schedule.get("byday")).split(",")]
        return {
            "holiday": bool(schedule.get("valid_from") or schedule.get("valid_to")),
            "days": [d for d in days if d in DAY_NAMES],
            "opens_at": _text(schedule.get("opens_at"))[:5],
            "closes_at": _text(schedule.get("closes_at"))[:5],
            "valid_from": _text(schedule.get("valid_from"))[:10],
            "valid_to": _text(schedule.get("valid_to"))[:10],
            "description": _text(schedule.get("description")),
        }

    def _language(self, item: Any) -> str:
        if not isinstance(item, dict):
            return ""
        code = _text(item.get("code")).lower()
        return _text(item.get("name")) or self.language_names.get(code, code)

    def _terms_of(self, source: dict[str, Any]) -> list[dict[str, Any]]:
        terms = []
        for attribute in _list(source.get("attributes")):
            term = attribute.get("taxonomy_term") if isinstance(attribute, dict) else None
            if isinstance(term, dict) and _text(term.get("taxonomy")) != FLAGS_TAXONOMY:
                terms.append(term)
        return terms

    def _chosen_terms(self, source: dict[str, Any]) -> list[TaxonomyTerm]:
        known = {t.id: t for t in self.categories}
        by_name = {t.name: t for t in self.categories}
        chosen = []
        for term in self._terms_of(source):
            found = known.get(_text(term.get("id"))) or by_name.get(_text(term.get("name")))
            chosen.append(found or self._term(term))
        return chosen

    @staticmethod
    def _term(term: dict[str, Any]) -> TaxonomyTerm:
        name = _text(term.get("name"))
        return TaxonomyTerm(
            id=_text(term.get("id")) or name,
            name=name,
            taxonomy=_text(term.get("taxonomy")),
            code=_text(term.get("code")),
            parent_id=_text(term.get("parent_id")) or None,
        )

    def category_items(self, source: dict[str, Any]) -> list[TaxonomyTerm]:
        """Every category an editor may choose: the directory's, and any the listing has."""
        items = {t.id: t for t in self.categories}
        for term in self._chosen_terms(source):
            items.setdefault(term.id, term)
        return sorted(items.values(), key=lambda t: t.name)

    @staticmethod
    def _cost(source: dict[str, Any]) -> str:
        options = [c for c in _list(source.get("cost_options")) if isinstance(c, dict)]
        if not options:
            return "unknown"
        amounts = [c.get("amount") for c in options]
        if all(isinstance(a, int | float) and a == 0 for a in amounts):
            return "free"
        return "paid"

    @staticmethod
    def _amount(source: dict[str, Any]) -> str:
        for option in _list(source.get("cost_options")):
            amount = option.get("amount") if isinstance(option, dict) else None
            if isinstance(amount, int | float) and amount > 0:
                return f"{amount:.2f}"
        return ""

    # Reading the form into the listing.

    def changes(
        self, service_id: str, source: dict[str, Any], typed: Typed
    ) -> tuple[dict[str, Any], dict[str, str]]:
        """The listing's top-level fields the form changes (whole new values), and what is
        wrong, by form field (nothing is changed when anything is wrong)."""
        errors: dict[str, str] = {}
        updated: dict[str, Any] = {
            "phones": self._phones(service_id, _list(source.get("phones")), "phone", typed, errors),
            "contacts": self._contacts(service_id, source, typed, errors),
            "service_at_locations": self._places(service_id, source, typed, errors),
            "schedules": self._schedules(service_id, source, typed, errors),
            "languages": self._languages(source, typed, errors),
            "attributes": self._categories(service_id, source, typed, errors),
            "service_areas": self._areas(source, typed, errors),
            "cost_options": self._costs(service_id, source, typed, errors),
        }
        changed = {
            field: value
            for field, value in updated.items()
            if value != (source.get(field) if field in source else [])
            and not (value == [] and source.get(field) in (None, []))
        }
        return changed, errors

    @staticmethod
    def _phones(
        service_id: str, phones: list[Any], prefix: str, typed: Typed, errors: dict[str, str]
    ) -> list[Any]:
        out: list[Any] = []
        for n, phone in enumerate(phones):
            if not isinstance(phone, dict):
                out.append(phone)
                continue
            name = f"{prefix}-{n}"
            if name not in typed:
                out.append(phone)
                continue
            number = _one(typed, name)
            if not number:
                continue
            problem = phone_problem(number)
            if problem:
                errors[name] = problem
            out.append(
                phone if _text(phone.get("number")) == number else phone | {"number": number}
            )
        added = _one(typed, f"{prefix}-new")
        if added:
            problem = phone_problem(added)
            if problem:
                errors[f"{prefix}-new"] = problem
            out.append({"id": _new_id(service_id, "phone"), "number": added})
        return out

    def _contacts(
        self, service_id: str, source: dict[str, Any], typed: Typed, errors: dict[str, str]
    ) -> list[Any]:
        out: list[Any] = []
        for c, contact in enumerate(_list(source.get("contacts"))):
            if not isinstance(contact, dict):
                out.append(contact)
                continue
            updated = dict(contact)
            email_field = f"contact-{c}-email"
            if email_field in typed:
                email = _one(typed, email_field)
                if email and not _EMAIL.match(email):
                    errors[email_field] = EMAIL_MESSAGE
                if email != _text(contact.get("email")):
                    if email:
                        updated["email"] = email
                    else:
                        updated.pop("email", None)
            phones = self._phones(
                service_id, _list(contact.get("phones")), f"contact-{c}-phone", typed, errors
            )
            if phones != _list(contact.get("phones")):
                updated["phones"] = phones
            out.append(updated)
        return out

    def _places(
        self, service_id: str, source: dict[str, Any], typed: Typed, errors: dict[str, str]
    ) -> list[Any]:
        out: list[Any] = []
        for n, sal in enumerate(_list(source.get("service_at_locations"))):
            prefix = f"location-{n}"
            location = sal.get("location") if isinstance(sal, dict) else None
            if not isinstance(location, dict) or f"{prefix}-postal_code" not in typed:
                out.append(sal)
                continue
            out.append(
                sal | {"location": self._place_from(service_id, location, prefix, typed, errors)}
            )
        return out

    def _place_from(
        self,
        service_id: str,
        location: dict[str, Any],
        prefix: str,
        typed: Typed,
        errors: dict[str, str],
    ) -> dict[str, Any]:
        updated = copy.deepcopy(location)
        name = _one(typed, f"{prefix}-name")
        if name != _text(location.get("name")):
            updated["name"] = name
        addresses = _list(updated.get("addresses"))
        address: dict[str, Any] = (
            dict(addresses[0]) if addresses and isinstance(addresses[0], dict) else {}
        )
        before = dict(address)
        for part, _label in ADDRESS_PARTS:
            value = _one(typed, f"{prefix}-{part}")
            if part == "postal_code" and value:
                value = self._postcode(value, f"{prefix}-postal_code", errors)
            if value:
                address[part] = value
            else:
                address.pop(part, None)
        if address != before:
            address.setdefault("country", "GB")
            address.setdefault("address_type", "physical")
            updated["addresses"] = [address, *addresses[1:]] if addresses else [address]
        coordinates = self._coordinates(location, prefix, typed, errors)
        moved = _text(address.get("postal_code")) != _text(before.get("postal_code"))
        if coordinates is not None:
            updated["latitude"], updated["longitude"] = coordinates
        elif moved or (
            not _one(typed, f"{prefix}-latitude") and not _one(typed, f"{prefix}-longitude")
        ):
            # A new postcode with the old coordinates would put the place where it was: the
            # importer places it from the postcode instead.
            updated.pop("latitude", None)
            updated.pop("longitude", None)
        confidential = _one(typed, f"{prefix}-confidential") == "yes"
        if (
            has_confidential_flag(location)
            and not confidential
            and _one(typed, f"{prefix}-publish") != "yes"
        ):
            # Publishing a refuge's address by a slip of the mouse must not be possible.
            errors[f"{prefix}-confidential"] = (
                "This address is confidential. To publish it, untick this box and also tick "
                "'I have checked that this address may be published'"
            )
            confidential = True
        if confidential != has_confidential_flag(location):
            attributes = [a for a in _list(updated.get("attributes")) if not _is_hide_flag(a)]
            if confidential:
                attributes.append(
                    {
                        "id": _new_id(service_id, "confidential"),
                        **copy.deepcopy(CONFIDENTIAL_FLAG_ATTRIBUTE),
                    }
                )
                if not _text(updated.get("id")):
                    updated["id"] = _new_id(service_id, "location")
            updated["attributes"] = attributes
        return updated

    def _postcode(self, text: str, field: str, errors: dict[str, str]) -> str:
        try:
            postcode = normalise_postcode(text)
        except PostcodeError:
            errors[field] = "Enter a full UK postcode, like BA14 8JN"
            return text
        place = self.postcodes.lookup(postcode)
        if place is None:
            errors[field] = f"{not_in_directory(postcode)}; check it"
        elif place.is_delivery_point:
            errors[field] = f"{postcode} is a PO box postcode; give the postcode of the street"
        return postcode

    @staticmethod
    def _coordinates(
        location: dict[str, Any], prefix: str, typed: Typed, errors: dict[str, str]
    ) -> tuple[float, float] | None:
        """The coordinates typed, when they differ from the stored ones; None otherwise."""
        lat_text, lon_text = _one(typed, f"{prefix}-latitude"), _one(typed, f"{prefix}-longitude")
        if not lat_text and not lon_text:
            return None
        if (lat_text, lon_text) == (
            _text(location.get("latitude")),
            _text(location.get("longitude")),
        ):
            return None
        try:
            latitude, longitude = float(lat_text), float(lon_text)
        except ValueError:
            errors[f"{prefix}-latitude"] = (
                "Enter the latitude and longitude as numbers, like 51.3121 and -2.2309, or "
                "leave both empty to place it by its postcode"
            )
            return None
        problem = not_a_place(latitude, longitude)
        if problem:
            errors[f"{prefix}-latitude"] = f"These coordinates {problem}; check them"
            return None
        return latitude, longitude

    def _schedules(
        self, service_id: str, source: dict[str, Any], typed: Typed, errors: dict[str, str]
    ) -> list[Any]:
        out: list[Any] = []
        for n, schedule in enumerate(_list(source.get("schedules"))):
            prefix = f"schedule-{n}"
            if not isinstance(schedule, dict) or f"{prefix}-description" not in typed:
                out.append(schedule)
                continue
            holiday = bool(schedule.get("valid_from") or schedule.get("valid_to"))
            read = self._schedule_from(prefix, holiday, typed, errors)
            if read is not None:
                kept = {k: v for k, v in schedule.items() if k not in _SCHEDULE_PARTS}
                out.append(kept | read)
        for prefix, holiday in (("schedule-new", False), ("holiday-new", True)):
            read = self._schedule_from(prefix, holiday, typed, errors)
            if read is not None:
                weekly = {} if holiday else {"freq": "WEEKLY", "interval": 1}
                out.append({"id": _new_id(service_id, "schedule"), **weekly, **read})
        return out

    @staticmethod
    def _schedule_from(
        prefix: str, holiday: bool, typed: Typed, errors: dict[str, str]
    ) -> dict[str, Any] | None:
        """A schedule's parts from the form; None when its fields are all empty (removed)."""
        description = _one(typed, f"{prefix}-description")
        opens, closes = (
            _time(typed, f"{prefix}-opens_at", errors),
            _time(typed, f"{prefix}-closes_at", errors),
        )
        out: dict[str, Any] = {}
        if holiday:
            start, end = (
                _date(typed, f"{prefix}-valid_from", errors),
                _date(typed, f"{prefix}-valid_to", errors),
            )
            if not (start or end or description or opens or closes):
                return None
            if not start:
                errors.setdefault(f"{prefix}-valid_from", "Enter the first day of the closure")
            elif end and end < start and f"{prefix}-valid_to" not in errors:
                errors[f"{prefix}-valid_to"] = "The last day must not be before the first"
            out = {"valid_from": start, "valid_to": end or start}
            out["description"] = description or (
                f"Closed {start} to {end}" if end and end != start else f"Closed {start}"
            )
        else:
            days = [d for d in typed.get(f"{prefix}-days") or () if d in DAY_NAMES]
            if not (days or description or opens or closes):
                return None
            if not days and not description:
                errors[f"{prefix}-days"] = "Select the days it runs, or describe when it runs"
            out = {"byday": ",".join(d for d in DAY_NAMES if d in days)} if days else {}
            if description:
                out["description"] = description
        if opens:
            out["opens_at"] = opens
        if closes:
            out["closes_at"] = closes
        if opens and closes and closes <= opens and f"{prefix}-closes_at" not in errors:
            errors[f"{prefix}-closes_at"] = "The closing time must be after the opening time"
        return out

    def _languages(self, source: dict[str, Any], typed: Typed, errors: dict[str, str]) -> list[Any]:
        if "languages" not in typed:
            return _list(source.get("languages"))
        existing = {
            self._language(item).casefold(): item
            for item in _list(source.get("languages"))
            if isinstance(item, dict)
        }
        out: list[Any] = []
        unknown: list[str] = []
        for part in re.split(r"[,;\n]+", _one(typed, "languages")):
            word = part.strip()
            if not word:
                continue
            if word.casefold() in existing:
                out.append(existing[word.casefold()])
                continue
            code = self.languages.get(word.casefold())
            if code is None:
                unknown.append(word)
            else:
                out.append({"name": self.language_names.get(code, word), "code": code})
        if unknown:
            errors["languages"] = (
                f"We do not know the language {', '.join(unknown)}: give its English name, "
                "like Polish or British Sign Language, separated by commas"
            )
        return out

    def _categories(
        self, service_id: str, source: dict[str, Any], typed: Typed, errors: dict[str, str]
    ) -> list[Any]:
        attributes = _list(source.get("attributes"))
        if "categories-shown" not in typed:
            return attributes
        chosen = set(typed.get("categories") or ())
        items = {t.id: t for t in self.category_items(source)}
        unknown = chosen - set(items)
        if unknown:
            errors["categories"] = "Choose categories from the list"
        kept: list[Any] = []
        have: set[str] = set()
        for attribute in attributes:
            term = attribute.get("taxonomy_term") if isinstance(attribute, dict) else None
            if not isinstance(term, dict) or _text(term.get("taxonomy")) == FLAGS_TAXONOMY:
                kept.append(attribute)
                continue
            found = self._chosen_terms({"attributes": [attribute]})
            if found and found[0].id in chosen:
                kept.append(attribute)
                have.add(found[0].id)
        for term_id in sorted(chosen - have - unknown):
            term = items[term_id]
            kept.append(category_attribute(service_id, term))
        return kept

    def _areas(self, source: dict[str, Any], typed: Typed, errors: dict[str, str]) -> list[Any]:
        if "service_areas" not in typed:
            return _list(source.get("service_areas"))
        existing: dict[str, Any] = {}
        for item in _list(source.get("service_areas")):
            if isinstance(item, dict):
                label = (
                    _text(item.get("name")) or _text(item.get("extent")) or _text(item.get("uri"))
                )
                existing.setdefault(label.casefold(), item)
        out: list[Any] = []
        unplaced: list[str] = []
        for line in _one(typed, "service_areas").splitlines():
            label = line.strip()
            if not label:
                continue
            if label.casefold() in existing:
                out.append(existing[label.casefold()])
                continue
            if label.startswith("{"):  # an area drawn as GeoJSON, on one line
                try:
                    read_geojson(label)
                except ShapeError as error:
                    errors["service_areas"] = f"The drawn area cannot be used: {error}"
                    return out
                out.append({"extent": label, "extent_type": "geojson"})
                continue
            area: dict[str, Any] = {"name": label}
            resolved = resolve_area(area, (), self.councils)
            if resolved.warning or not resolved.codes or resolved.codes == (UNRESOLVED,):
                unplaced.append(label)
            out.append(area)
        if unplaced:
            errors["service_areas"] = (
                f"We cannot place {', '.join(repr(u) for u in unplaced)}: give a council, "
                "county or nation (like Wiltshire or England), an ONS code (like E06000054), "
                "postcode districts (like BA14) or a GeoJSON polygon, one a line"
            )
        return out

    @staticmethod
    def _costs(
        service_id: str, source: dict[str, Any], typed: Typed, errors: dict[str, str]
    ) -> list[Any]:
        options = _list(source.get("cost_options"))
        if "cost" not in typed:
            return options
        cost = _one(typed, "cost")
        if cost not in COSTS:
            errors["cost"] = "Select whether the service is free"
            return options
        if cost == ListingForm._cost(source) and (
            cost != "paid" or _one(typed, "cost_amount") == ListingForm._amount(source)
        ):
            return options
        if cost == "unknown":
            return []
        if cost == "free":
            return [
                {
                    "id": _new_id(service_id, "cost"),
                    "option": "Free",
                    "currency": "GBP",
                    "amount": 0,
                    "amount_description": "Free",
                }
            ]
        text = _one(typed, "cost_amount")
        found = _AMOUNT.match(text)
        if found is None or float(found.group(0).lstrip("£ ")) <= 0:
            errors["cost_amount"] = "Enter the charge in pounds, like 5 or 12.50"
            return options
        amount = float(found.group(0).lstrip("£ "))
        return [
            {
                "id": _new_id(service_id, "cost"),
                "option": "Charge",
                "currency": "GBP",
                "amount": amount,
                "amount_description": f"£{amount:.2f}",
            }
        ]


#: A schedule's parts the form sets (the rest of it, such as its id, is kept).
_SCHEDULE_PARTS = frozenset(
    {"byday", "opens_at", "closes_at", "valid_from", "valid_to", "description"}
)


def _is_hide_flag(attribute: Any) -> bool:
    return isinstance(attribute, dict) and has_confidential_flag({"attributes": [attribute]})


def language_lookup(names: Mapping[str, str]) -> dict[str, str]:
    """A language's code by its name or code, in lower case (from `matching.reasons`' list)."""
    lookup = {code.casefold(): code for code in names}
    lookup.update({name.casefold(): code for code, name in names.items()})
    return lookup


def category_attribute(service_id: str, term: TaxonomyTerm) -> dict[str, Any]:
    """The HSDS attribute that files a service under a category of the directory."""
    return {
        "id": f"{service_id}-tag-{term.id}",
        "link_id": service_id,
        "link_type": "taxonomy",
        "link_entity": "service",
        "taxonomy_term_id": term.id,
        "taxonomy_term": {
            "id": term.id,
            "name": term.name,
            "code": term.code,
            "taxonomy": term.taxonomy,
            **({"parent_id": term.parent_id} if term.parent_id else {}),
        },
    }
