"""When a service runs, in words, from the schedules its listing holds.

HSDS 3.0 puts schedules on the service, on each service-at-location and on each location. A
schedule's own `description` is used when it has one; otherwise a weekly one with days and
times is written out ("Monday and Wednesday, 09:30 to 11:30"). Nothing is said for a schedule
with neither: a page then says to ask the service, rather than guess.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

DAY_NAMES = {
    "MO": "Monday",
    "TU": "Tuesday",
    "WE": "Wednesday",
    "TH": "Thursday",
    "FR": "Friday",
    "SA": "Saturday",
    "SU": "Sunday",
}


def _schedules(record: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each schedule of a published record with the name of the place it belongs to ("" for
    the service's own)."""
    for schedule in record.get("schedules") or []:
        if isinstance(schedule, dict):
            yield "", schedule
    for sal in record.get("service_at_locations") or []:
        if not isinstance(sal, dict):
            continue
        found = sal.get("location")
        location: dict[str, Any] = found if isinstance(found, dict) else {}
        place = str(location.get("name") or "").strip()
        for schedule in [*(sal.get("schedules") or []), *(location.get("schedules") or [])]:
            if isinstance(schedule, dict):
                yield place, schedule


def _time(value: Any) -> str:
    text = str(value or "").strip()
    return text[:5] if len(text) >= 5 and text[2] == ":" else text


def _days(byday: Any) -> str:
    names = [
        DAY_NAMES[part.strip().upper()[-2:]]
        for part in str(byday or "").split(",")
        if part.strip().upper()[-2:] in DAY_NAMES
    ]
    if len(names) > 1:
        return ", ".join(names[:-1]) + " and " + names[-1]
    return names[0] if names else ""


def written_out(schedule: dict[str, Any]) -> str:
    """A schedule in words: its description, else its days and times; "" when it has
    neither."""
    description = str(schedule.get("description") or "").strip()
    if description:
        return " ".join(description.split())
    days = _days(schedule.get("byday"))
    opens, closes = _time(schedule.get("opens_at")), _time(schedule.get("closes_at"))
    hours = (
        f"{opens} to {closes}"
        if opens and closes
        else (f"from {opens}" if opens else (f"until {closes}" if closes else ""))
    )
    if not days and not hours:
        return ""
    if days and str(schedule.get("freq") or "").upper() == "MONTHLY":
        days = f"{days} (monthly)"
    return ", ".join(part for part in (days, hours) if part)


def opening_times(record: dict[str, Any]) -> list[str]:
    """Every schedule of the listing in words, each once (the first time it is given), in
    the record's order; a location's schedule is prefixed with the location's name when the
    service has more than one place."""
    places = {place for place, _ in _schedules(record) if place}
    lines: list[str] = []
    said: set[str] = set()
    for place, schedule in _schedules(record):
        text = written_out(schedule)
        if not text or text in said:
            continue
        said.add(text)
        lines.append(f"{place}: {text}" if place and len(places) > 1 else text)
    return lines
