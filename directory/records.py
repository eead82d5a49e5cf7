"""Normalised directory records, modelled on Open Referral HSDS 3.0.

A `Service` holds what search and matching need as typed fields, plus `record`: the whole nested
HSDS record as the directory publishes it (the source record with its values normalised), so
nothing a feed said is lost.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from directory.timestamps import utc_stamp

JSONDict = dict[str, Any]

#: Taxonomy of the service's own flags (access route, audience, confidential address);
#: terms in any other taxonomy are need categories.
FLAGS_TAXONOMY = "earlyhelp-flags"

ACTIVE_STATUS = "active"
STATUSES = ("active", "inactive", "defunct", "temporarily closed")


@dataclass(frozen=True)
class TaxonomyTerm:
    """A category of the directory's taxonomy (DfE Family Hubs categories by default)."""

    id: str
    name: str
    taxonomy: str = ""
    code: str = ""
    parent_id: str | None = None
    parent_name: str | None = None


@dataclass(frozen=True)
class Location:
    """Where a service is delivered. `hide_address` marks a confidential place (a refuge)."""

    id: str
    name: str = ""
    address: str = ""
    postcode: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    la_code: str | None = None
    hide_address: bool = False


@dataclass(frozen=True)
class Service:
    """One service of the directory, normalised for search and matching."""

    id: str
    name: str
    status: str
    description: str = ""
    organization_id: str | None = None
    organization_name: str = ""
    minimum_age: int | None = None
    maximum_age: int | None = None
    eligibility_description: str = ""
    application_process: str = ""
    free: bool | None = None
    fees_description: str = ""
    languages: tuple[str, ...] = ()
    interpretation: bool = False
    categories: tuple[TaxonomyTerm, ...] = ()
    flags: tuple[str, ...] = ()
    #: Who the listing is and is not for, as read from its prose (matching/listing_reader.py).
    facts: tuple[str, ...] = ()
    area_codes: tuple[str, ...] = ()
    locations: tuple[Location, ...] = ()
    assured_date: date | None = None
    last_modified: str | None = None
    record: JSONDict = field(default_factory=dict, compare=False, repr=False)

    @property
    def is_active(self) -> bool:
        return self.status == ACTIVE_STATUS

    @property
    def category_names(self) -> tuple[str, ...]:
        return tuple(term.name for term in self.categories)

    def embedding_text(self) -> str:
        """The text the sentence embedding is computed from; a change to it re-embeds."""
        parts = [self.name, self.description, self.eligibility_description]
        if self.category_names:
            parts.append("Categories: " + "; ".join(self.category_names))
        return "\n".join(part for part in parts if part)

    def summary(self) -> JSONDict:
        """Every typed field, JSON-serialisable, without the nested record."""
        data = asdict(self)
        data.pop("record")
        data["assured_date"] = self.assured_date.isoformat() if self.assured_date else None
        return data

    @classmethod
    def from_summary(cls, data: JSONDict, record: JSONDict | None = None) -> Service:
        """Rebuild a service from `summary()` output (and optionally its record)."""
        fields = dict(data)
        fields["languages"] = tuple(fields.get("languages") or ())
        fields["flags"] = tuple(fields.get("flags") or ())
        fields["facts"] = tuple(fields.get("facts") or ())
        fields["area_codes"] = tuple(fields.get("area_codes") or ())
        fields["categories"] = tuple(TaxonomyTerm(**t) for t in fields.get("categories") or ())
        fields["locations"] = tuple(Location(**loc) for loc in fields.get("locations") or ())
        assured = fields.get("assured_date")
        fields["assured_date"] = date.fromisoformat(assured) if assured else None
        return cls(**fields, record=record or {})


def utc_timestamp(text: str | None) -> str | None:
    """An ISO date-time as UTC in one sortable form ("2026-03-15T10:30:45Z"), or None."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    try:
        return utc_stamp(moment)
    except OverflowError:  # 9999-12-31T23:59:59-23:59 is past the last representable moment
        return None
