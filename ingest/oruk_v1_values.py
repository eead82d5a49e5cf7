"""Values of Open Referral UK v1 and Outpost records in HSDS 3.0 form: ids, numbers, yes/no,
times and weekly schedules, holiday closures, languages."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from importlib.resources import files
from typing import Any

from ingest.problems import WARNING, FieldIssue
from ingest.source_fields import SourceObject, described, unmapped

DAY_CODES = {
    "monday": "MO",
    "tuesday": "TU",
    "wednesday": "WE",
    "thursday": "TH",
    "friday": "FR",
    "saturday": "SA",
    "sunday": "SU",
}
#: Outpost numbers the weekdays from Monday (1) to Sunday (7).
DAY_NUMBERS = dict(enumerate(DAY_CODES.values(), start=1))
DAY_NAMES = {code: name.title() for name, code in DAY_CODES.items()}
#: Keys of an HSDS 3.0 schedule taken as they are.
SCHEDULE_KEYS = (
    "valid_from",
    "valid_to",
    "dtstart",
    "timezone",
    "until",
    "count",
    "wkst",
    "byweekno",
    "bymonthday",
    "byyearday",
    "schedule_link",
    "attending_type",
    "notes",
)
_TIME = re.compile(r"(?:^|T)(\d{1,2}):(\d{2})")
_AMOUNT = re.compile(r"^\s*£?\s*(\d+(?:\.\d+)?)\s*$")
_TRUE = frozenset({"true", "yes", "y", "1"})
_FALSE = frozenset({"false", "no", "n", "0"})


def id_text(value: Any) -> str | None:
    """An id as text: a string stripped, or a whole number written out; None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def number(value: Any) -> float | int | None:
    """A number, or a numeric string (`"£3.50"` is 3.5); None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return value
    found = _AMOUNT.match(value) if isinstance(value, str) else None
    if found is None:
        return None
    amount = float(found.group(1))
    return int(amount) if amount.is_integer() else amount


def truth(value: Any, where: str, issues: list[FieldIssue]) -> bool | None:
    """A yes/no field: true or false, "yes"/"no" and the like; anything else is reported."""
    if value is None or isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    issues.append(FieldIssue(where, f"{described(value)} is not yes or no; left out", WARNING))
    return None


def visible_objects(source: SourceObject, key: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """The objects of a list that the feed publishes: Outpost marks a contact or a location
    it keeps to itself `visible: false`; those are left out and reported."""
    for where, item in source.objects(key):
        if truth(item.get("visible"), f"{where}.visible", source.issues) is False:
            source.issues.append(unmapped(where, item, "the feed marks it not visible"))
            continue
        yield where, item


def clock(value: Any) -> str | None:
    """A time of day as HH:MM from "9:00", "09:00:00Z" or Outpost's "2000-01-01T09:00:00Z"."""
    found = _TIME.search(value) if isinstance(value, str) else None
    if found is None:
        return None
    hours, minutes = int(found.group(1)), int(found.group(2))
    return f"{hours:02d}:{minutes:02d}" if hours < 24 and minutes < 60 else None


def _days(value: Any) -> list[str]:
    """Weekday codes from "Monday", 1 (Outpost: Monday is 1), or "MO,TU"."""
    if isinstance(value, int) and not isinstance(value, bool):
        return [DAY_NUMBERS[value]] if value in DAY_NUMBERS else []
    codes = []
    for part in re.split(r"[,\s]+", str(value or "")):
        text = part.strip().lower()
        code = DAY_CODES.get(text) or (text.upper() if text.upper() in DAY_NAMES else None)
        if code is None and text.isdigit():
            code = DAY_NUMBERS.get(int(text))
        if code is None:
            return []
        codes.append(code)
    return codes


def _hours(opens: str | None, closes: str | None) -> str:
    if opens and closes:
        return f"{opens} to {closes}"
    return f"from {opens}" if opens else (f"until {closes}" if closes else "")


def regular_schedule(
    raw: dict[str, Any], path: str, default_id: str, issues: list[FieldIssue]
) -> dict[str, Any]:
    """An HSDS 3.0 schedule from a v1 regular schedule or an Outpost weekday."""
    source = SourceObject(raw, path, issues)
    out: dict[str, Any] = {"id": id_text(source.get("id")) or default_id}
    source.copy_into(out, *SCHEDULE_KEYS)
    day_value = source.get("byday", "weekday")
    days = _days(day_value)
    if day_value is not None and not days and not source.has("byday"):
        issues.append(
            FieldIssue(
                source.where("weekday"),
                f"{described(day_value)} is not a day of the week; left out",
                WARNING,
            )
        )
    if days:
        out["byday"] = ",".join(days)
        out["freq"] = "WEEKLY"
    elif source.has("byday"):
        out["byday"] = source.get("byday")  # monthly rules such as "2MO" are kept as given
    frequency = source.get("freq")
    if isinstance(frequency, str) and frequency.strip():
        out["freq"] = frequency.strip().upper()
    interval = number(source.get("interval"))
    if interval is not None:
        out["interval"] = interval
    hours: dict[str, str | None] = {}
    for key in ("opens_at", "closes_at"):
        given = source.get(key)
        hours[key] = clock(given)
        if hours[key] is not None or given is not None:
            out[key] = hours[key] or given
    description = source.get("description")
    if description is None and days:
        named = ", ".join(DAY_NAMES[d] for d in days)
        description = f"{named} {_hours(hours['opens_at'], hours['closes_at'])}".strip()
    if description is not None:
        out["description"] = description
    source.get("service_id", "service_at_location_id", "location_id", "service_at_location")
    source.report_rest()
    return out


def holiday_schedule(
    raw: dict[str, Any], path: str, default_id: str, issues: list[FieldIssue]
) -> dict[str, Any]:
    """An HSDS 3.0 schedule for a v1 holiday schedule: the dates it applies from and to, and
    whether the service is closed or open other hours then, in its description."""
    source = SourceObject(raw, path, issues)
    out: dict[str, Any] = {"id": id_text(source.get("id")) or default_id}
    start, end = source.get("start_date"), source.get("end_date")
    if start is not None:
        out["valid_from"] = str(start)[:10]
    if end is not None:
        out["valid_to"] = str(end)[:10]
    span = " to ".join(str(d)[:10] for d in (start, end) if d is not None)
    closed = truth(source.get("closed"), source.where("closed"), issues)
    opens, closes = clock(source.get("opens_at")), clock(source.get("closes_at"))
    if closed or (closed is None and not (opens or closes)):
        out["description"] = f"Closed {span}".strip()
    elif opens or closes:
        out |= {k: v for k, v in (("opens_at", opens), ("closes_at", closes)) if v is not None}
        out["description"] = f"Open {_hours(opens, closes)} {span}".strip()
    else:
        out["description"] = f"Different hours {span}: ask the service".replace("  ", " ")
    source.get("service_id", "service_at_location_id", "location_id", "service_at_location")
    source.report_rest()
    return out


def schedules(source: SourceObject, owner_id: str) -> list[dict[str, Any]]:
    """HSDS 3.0 `schedules` as given, then the v1 `regular_schedules` and
    `holiday_schedules` of a service or a service-at-location."""
    found: list[dict[str, Any]] = list(source.get("schedules") or [])
    for n, (where, item) in enumerate(source.objects("regular_schedules")):
        found.append(regular_schedule(item, where, f"{owner_id}-schedule-{n}", source.issues))
    for n, (where, item) in enumerate(source.objects("holiday_schedules")):
        found.append(holiday_schedule(item, where, f"{owner_id}-holiday-{n}", source.issues))
    return found


@cache
def _language_names() -> dict[str, str]:
    data = json.loads(files("matching").joinpath("data/languages.json").read_text())
    names: dict[str, str] = data["names"]
    return names


def language(
    raw: dict[str, Any], path: str, default_id: str, issues: list[FieldIssue]
) -> dict[str, Any]:
    """An HSDS 3.0 language from a v1 one (`language`: an ISO 639-1 code, or in practice often
    the language's name)."""
    source = SourceObject(raw, path, issues)
    out: dict[str, Any] = {"id": id_text(source.get("id")) or default_id}
    source.copy_into(out, "name", "code", "note")
    given = source.get("language")
    if isinstance(given, str):
        text = given.strip()
        names = _language_names()
        codes = {name.lower(): code for code, name in names.items()}
        if text.lower() in names or (len(text) in (2, 3) and text.isalpha()):
            out.setdefault("code", text.lower())
            if text.lower() in names:
                out.setdefault("name", names[text.lower()])
        else:
            out.setdefault("name", text)
            if text.lower() in codes:
                out.setdefault("code", codes[text.lower()])
    elif given is not None:
        issues.append(
            FieldIssue(source.where("language"), f"{described(given)} is not a language", WARNING)
        )
    source.get("service_id", "location_id", "phone_id")
    source.report_rest()
    return out
