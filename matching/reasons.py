"""Reasons a referrer can read and paste into feedback: which needs, who it is for, where,
what it costs, in which language, and how to get it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from directory.access import for_staff
from directory.records import Service
from matching.index import ADULT_AGE
from matching.languages import language_names as language_names


def access_route(service: Service) -> str | None:
    """How a family gets the service, from its flags or else its application text, in the
    words for staff (`directory.access`)."""
    return for_staff(service)


def age_reason(service: Service, child_ages: tuple[int, ...]) -> str | None:
    """What the listing says of ages, or None when it says nothing (never "all ages")."""
    low, high = service.minimum_age, service.maximum_age
    if low is not None and low >= ADULT_AGE:
        return f"For adults aged {low} and over"
    if high is None and low is not None and low >= ADULT_AGE - 2:
        return f"For young people and adults aged {low} and over"
    if low is None and high is None:
        return None
    span = f"aged {low or 0}-{high}" if high is not None else f"aged {low} and over"
    fitting = [
        age for age in child_ages if (low is None or age >= low) and (high is None or age <= high)
    ]
    if fitting:
        who = " and ".join(f"the {age}-year-old" for age in sorted(set(fitting)))
        return f"For children and young people {span} (fits {who})"
    return f"For children and young people {span}"


def cost_reason(service: Service) -> str:
    if service.free:
        return "Free"
    if service.free is False:
        fees = service.fees_description
        return f"Cost: {fees[:120]}" if fees else "There is a charge"
    return "Cost not stated: check with the service"


@dataclass(frozen=True)
class ReasonWriter:
    languages: dict[str, str]

    def reasons(
        self,
        service: Service,
        met: list[tuple[int, str, tuple[str, ...]]],
        child_ages: tuple[int, ...],
        distance_km: float | None,
        postcode: str | None,
        family_languages: tuple[str, ...],
        today: date,
    ) -> list[str]:
        """`met` lists (need index, need text, agreeing category names) for each need met."""
        out: list[str] = []
        for index, text, categories in met:
            short = text if len(text) <= 60 else text[:57].rstrip() + "..."
            what = ", ".join(categories) if categories else "matches what the listing offers"
            out.append(f"Need {index + 1} ({short}): {what}")
        ages = age_reason(service, child_ages)
        if ages:
            out.append(ages)
        if distance_km is not None and postcode:
            out.append(f"{distance_km:.1f} km from {postcode}")
        elif not service.locations:
            out.append("Online or by phone")
        out.append(cost_reason(service))
        wanted = [code for code in family_languages if code != "en"]
        spoken = [self.languages.get(code, code) for code in wanted if code in service.languages]
        if spoken:
            out.append("Offered in " + " and ".join(spoken))
        elif wanted and service.interpretation:
            out.append("Interpreters available")
        route = access_route(service)
        if route:
            out.append(route)
        if service.assured_date:
            age_days = (today - service.assured_date).days
            when = service.assured_date.strftime("%B %Y")
            note = " (over a year ago)" if age_days > 365 else ""
            out.append(f"Listing checked {when}{note}")
        return out
