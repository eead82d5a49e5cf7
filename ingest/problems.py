"""Problems found in source records, reported to the directory officer."""

from __future__ import annotations

from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"

#: What each kind of warning means, for the report's summary.
KINDS = {
    "invalid": "rejected: not a valid record",
    "no-contact": "no way to contact",
    "placeholder": "placeholder text",
    "stale": "not checked or changed for over 12 months",
    "no-address": "delivered in person without an address",
    "ages": "ages contradict the description",
    "duplicate": "suspected duplicates (kept, not merged)",
    "postcode": "postcode not geocoded",
    "coordinates": "coordinates far from the postcode or not a place",
    "closed": "says the service is closed or suspended",
    "link": "rows linked to nothing",
    "category": "categories not understood",
    "url": "links that are not web addresses (left out)",
    "unmapped": "fields with no place in HSDS 3.0 (left out; the record as sent is kept)",
    "partial": "short records from a list page (the stored listing's other fields kept)",
    "other": "other warnings",
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one record: where it is, which field, and why.

    An `error` rejects the record; a `warning` is reported and the record is kept.
    """

    source: str
    position: str
    record_id: str | None
    field: str
    message: str
    severity: str = ERROR
    kind: str = ""

    def describe(self) -> str:
        who = f"id {self.record_id}" if self.record_id else "no id"
        return f"{self.source} {self.position} ({who}): {self.field}: {self.message}"

    def as_dict(self) -> dict[str, str | None]:
        return {
            "source": self.source,
            "position": self.position,
            "record_id": self.record_id,
            "field": self.field,
            "message": self.message,
            "severity": self.severity,
            "kind": self.kind or ("invalid" if self.severity == ERROR else "other"),
        }


@dataclass(frozen=True)
class FieldIssue:
    """A problem with one field, before it is placed in its source and record. `at` is set
    when the problem is somewhere else in the source than the record (another table's row)."""

    field: str
    message: str
    severity: str = ERROR
    at: str | None = None
    kind: str = ""
