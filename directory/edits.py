"""Directory editors' changes to listings: what they set, every change in the HSDS metadata
shape, and conflicts with later feed imports.

An editor's value for a field is kept as an override and laid over the feed's record on every
import, so the next import never silently undoes it. When a feed changes a field an editor
has set (the feed's value differs both from the editor's and from what the editor replaced),
the editor's value is kept and the conflict is recorded for an editor to resolve.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from appdb import AppDatabase
from directory.safe_values import LINK_FIELDS, checked_link, shown
from directory.timestamps import utc_stamp

#: The fields of a service an editor may change from the app.
EDITABLE = (
    "name",
    "description",
    "eligibility_description",
    "application_process",
    "fees_description",
    "url",
    "email",
    "minimum_age",
    "maximum_age",
    "status",
    "assured_date",
    "attributes",
    "earlyhelp_eligibility",
    "earlyhelp_rejected_tags",
    "earlyhelp_confirmed_facts",
    "earlyhelp_rejected_facts",
    # The parts of a listing reports are about, each kept whole (see directory.listing_form).
    "phones",
    "contacts",
    "service_at_locations",
    "schedules",
    "languages",
    "service_areas",
    "cost_options",
)


@dataclass(frozen=True)
class Conflict:
    id: int
    service_id: str
    field: str
    editor_value: Any
    feed_value: Any
    at: str


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _check_links(changes: dict[str, Any]) -> None:
    """Raise ValueError when a changed link field holds anything but an allowed link."""
    for field, value in changes.items():
        schemes = LINK_FIELDS.get(field)
        if not schemes or not isinstance(value, str) or not value.strip():
            continue
        if checked_link(value, schemes) is None:
            raise ValueError(
                f"{field} must be a web address ({' or '.join(schemes)}), got {shown(value)}"
            )


@dataclass(frozen=True)
class FeedConflict:
    """A feed's new value for a field an editor has set, not yet recorded."""

    service_id: str
    field: str
    editor_value: Any
    feed_value: Any


class ListingEdits:
    """Editors' overrides, change log and conflicts, in the application database."""

    def __init__(
        self, database: AppDatabase, clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    ) -> None:
        self._db = database
        self._clock = clock

    def now(self) -> datetime:
        return self._clock()

    def set(
        self, service_id: str, source: dict[str, Any], changes: dict[str, Any], who: str
    ) -> dict[str, Any]:
        """Record an editor's changes to a listing; the source record with them applied.

        Raises ValueError, recording nothing, for a field that is not EDITABLE or a link
        (a website) that is not an http(s) address."""
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise ValueError(f"these fields cannot be edited here: {', '.join(sorted(unknown))}")
        _check_links(changes)
        now = utc_stamp(self._clock())
        updated = copy.deepcopy(source)
        with self._db.transaction() as db:
            db.hold(f"listing edits {service_id}")  # two editors' changes take turns
            for field, value in changes.items():
                before = source.get(field)
                if before == value:
                    continue
                existing = db.execute(
                    "SELECT replaced FROM listing_overrides WHERE service_id = ? AND field = ?",
                    (service_id, field),
                ).fetchone()
                replaced = existing[0] if existing else _dump(before)
                db.execute(
                    "INSERT INTO listing_overrides (service_id, field, value, replaced, who, at) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (service_id, field) DO UPDATE SET "
                    "value = excluded.value, replaced = excluded.replaced, who = excluded.who, "
                    "at = excluded.at",
                    (service_id, field, _dump(value), replaced, who, now),
                )
                db.execute(
                    "INSERT INTO listing_changes (service_id, at, who, action, field, previous, "
                    "replacement) VALUES (?, ?, ?, 'update', ?, ?, ?)",
                    (service_id, now, who, field, _dump(before), _dump(value)),
                )
                updated[field] = value
        return updated

    def overrides(self, service_id: str) -> dict[str, tuple[Any, Any]]:
        """Field -> (the editor's value, the value it replaced)."""
        with self._db.read() as db:
            rows = db.execute(
                "SELECT field, value, replaced FROM listing_overrides WHERE service_id = ?",
                (service_id,),
            ).fetchall()
        return {f: (json.loads(v), json.loads(r)) for f, v, r in rows}

    def apply(self, data: Any) -> Any:
        """A feed's record with the editors' values laid over it; a feed change to an edited
        field is recorded as a conflict (once per distinct feed value)."""
        updated, conflicts = self.overlay(data)
        self.record_conflicts(conflicts)
        return updated

    def overlay(self, data: Any) -> tuple[Any, list[FeedConflict]]:
        """A feed's record with the editors' values laid over it, and the feed's changes to
        edited fields, recording nothing (an import records them once it has written)."""
        if not isinstance(data, dict) or not isinstance(data.get("id"), str | int):
            return data, []
        service_id = str(data["id"]).strip()
        overrides = self.overrides(service_id)
        if not overrides:
            return data, []
        updated = copy.deepcopy(data)
        conflicts: list[FeedConflict] = []
        for field, (value, replaced) in overrides.items():
            feed_value = data.get(field)
            if feed_value not in (value, replaced):
                conflicts.append(FeedConflict(service_id, field, value, feed_value))
            updated[field] = value
        return updated, conflicts

    def record_conflicts(self, conflicts: Iterable[FeedConflict]) -> None:
        """Record each conflict not already open (once per distinct feed value)."""
        for c in conflicts:
            self._conflict(c.service_id, c.field, c.editor_value, c.feed_value)

    def _conflict(self, service_id: str, field: str, mine: Any, theirs: Any) -> None:
        with self._db.transaction() as db:
            db.hold(f"listing conflicts {service_id}")  # recorded once by concurrent imports
            seen = db.execute(
                "SELECT 1 FROM listing_conflicts WHERE service_id = ? AND field = ? AND "
                "feed_value = ? AND resolved = 0",
                (service_id, field, _dump(theirs)),
            ).fetchone()
            if seen is None:
                db.execute(
                    "INSERT INTO listing_conflicts (service_id, field, editor_value, feed_value, "
                    "at) VALUES (?, ?, ?, ?, ?)",
                    (service_id, field, _dump(mine), _dump(theirs), utc_stamp(self._clock())),
                )

    def resolve(self, conflict_id: int, keep_mine: bool, who: str) -> Conflict | None:
        """Settle a conflict: keep the editor's value (the feed's value is then known, and no
        longer raised), or take the feed's (the editor's override is dropped). Logged."""
        with self._db.transaction() as db:
            row = db.execute(
                "SELECT id, service_id, field, editor_value, feed_value, at FROM "
                "listing_conflicts WHERE id = ? AND resolved = 0",
                (conflict_id,),
            ).fetchone()
            if row is None:
                return None
            conflict = Conflict(
                row[0], row[1], row[2], json.loads(row[3]), json.loads(row[4]), row[5]
            )
            now = utc_stamp(self._clock())
            if keep_mine:
                db.execute(
                    "UPDATE listing_overrides SET replaced = ? WHERE service_id = ? AND field = ?",
                    (row[4], conflict.service_id, conflict.field),
                )
            else:
                db.execute(
                    "DELETE FROM listing_overrides WHERE service_id = ? AND field = ?",
                    (conflict.service_id, conflict.field),
                )
            db.execute("UPDATE listing_conflicts SET resolved = 1 WHERE id = ?", (conflict_id,))
            db.execute(
                "INSERT INTO listing_changes (service_id, at, who, action, field, previous, "
                "replacement) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    conflict.service_id,
                    now,
                    who,
                    "kept the editor's value" if keep_mine else "took the feed's value",
                    conflict.field,
                    row[3] if not keep_mine else row[4],
                    row[4] if not keep_mine else row[3],
                ),
            )
        return conflict

    def conflicts(self, service_id: str | None = None) -> list[Conflict]:
        query = (
            "SELECT id, service_id, field, editor_value, feed_value, at FROM listing_conflicts "
            "WHERE resolved = 0"
        )
        params: tuple[str, ...] = ()
        if service_id is not None:
            query += " AND service_id = ?"
            params = (service_id,)
        with self._db.read() as db:
            rows = db.execute(query + " ORDER BY id", params).fetchall()
        return [Conflict(r[0], r[1], r[2], json.loads(r[3]), json.loads(r[4]), r[5]) for r in rows]

    def changes(self, service_id: str) -> list[dict[str, Any]]:
        """The listing's change log in the HSDS 3.0 metadata shape, oldest first."""
        with self._db.read() as db:
            rows = db.execute(
                "SELECT id, at, who, action, field, previous, replacement FROM listing_changes "
                "WHERE service_id = ? ORDER BY id",
                (service_id,),
            ).fetchall()
        return [
            {
                "id": f"change-{r[0]}",
                "resource_id": service_id,
                "resource_type": "service",
                "last_action_date": r[1],
                "last_action_type": r[3],
                "field_name": r[4],
                "previous_value": r[5],
                "replacement_value": r[6],
                "updated_by": r[2],
            }
            for r in rows
        ]
