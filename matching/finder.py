"""Finding services for the public directory: the words people use, a category, filters.

Free text goes through the matcher, as one need, so "my son won't go to school" finds school
attendance support and "money worries" finds debt advice, with the matcher's eligibility rules
(active only, the children's ages, the council area of a postcode, free only). Browsing a
category, or no words at all, lists the directory. The filters the matcher does not know
(language, how the service is delivered, day of the week, distance) are applied to the
services found; results sort by relevance or by distance, and are paged.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

from directory.geography import PostcodeDirectory, PostcodeError, PostcodePlace, distance_km
from directory.opening_times import DAY_NAMES
from directory.records import Service
from directory.store import ServiceQuery, ServiceStore
from matching.crisis import CrisisLines
from matching.engine import Matcher
from matching.request import MAX_LIMIT, MatchRequest

DELIVERY = {"in-person": "In person", "online": "Online", "phone": "By phone"}
#: Days of the week by their iCalendar code, as schedules name them.
DAYS = DAY_NAMES
PER_PAGE = 10
BROWSE_LIMIT = 2000
BROWSE_CACHE = 256


@dataclass(frozen=True)
class FindQuery:
    """What someone asked for. `page` counts from 1."""

    text: str = ""
    category_id: str | None = None
    child_age: int | None = None
    postcode: str | None = None
    within_km: float | None = None
    free_only: bool = False
    language: str | None = None
    delivery: str | None = None
    day: str | None = None
    sort: str = "relevance"
    page: int = 1

    @property
    def is_empty(self) -> bool:
        return not self.text and self.category_id is None


@dataclass(frozen=True)
class Found:
    """One service in the results, with why it is there and how far it is."""

    service: Service
    reasons: tuple[str, ...] = ()
    distance_km: float | None = None


@dataclass(frozen=True)
class FindResult:
    total: int
    page: int
    pages: int
    items: list[Found] = field(default_factory=list)
    place: PostcodePlace | None = None
    problem: str | None = None  # a postcode that could not be used, in plain words
    #: Crisis lines, when the words signal immediate risk: the page shows them first.
    crisis: CrisisLines | None = None
    #: The words ask for what no early-help service offers (a car, private school fees): the
    #: page says so instead of only "No services found".
    outside: bool = False


def _offered_on(service: Service, day: str) -> bool:
    schedules = service.record.get("schedules") or []
    for sal in service.record.get("service_at_locations") or []:
        schedules = [*schedules, *(sal.get("schedules") or [])]
    days = {
        part.strip().upper()
        for schedule in schedules
        if isinstance(schedule, dict)
        for part in str(schedule.get("byday") or "").split(",")
    }
    return day in days


def _nearest(service: Service, place: PostcodePlace | None) -> float | None:
    if place is None:
        return None
    found = [
        distance_km(place.latitude, place.longitude, loc.latitude, loc.longitude)
        for loc in service.locations
        if not loc.hide_address and loc.latitude is not None and loc.longitude is not None
    ]
    return min(found) if found else None


class Finder:
    """Answers the public directory's searches from a store and a matcher."""

    def __init__(
        self,
        store: ServiceStore,
        matcher: Matcher | None,
        postcodes: PostcodeDirectory,
        per_page: int = PER_PAGE,
    ) -> None:
        self._store = store
        self._matcher = matcher
        self._postcodes = postcodes
        self._per_page = per_page
        self._browsed: OrderedDict[tuple[object, ...], list[Found]] = OrderedDict()
        self._lock = threading.Lock()

    def place(self, postcode: str | None) -> tuple[PostcodePlace | None, str | None]:
        """The place of a postcode, or a plain-words problem with it."""
        if not postcode:
            return None, None
        try:
            place = self._postcodes.lookup(postcode)
        except PostcodeError:
            try:  # the first part alone ("BA2"): the centre of that postcode district
                place = self._postcodes.outcode(postcode)
            except PostcodeError:
                return None, f"{postcode} is not a postcode. Check it, for example BA2 3AB."
        if place is None:
            return None, f"We could not find the postcode {postcode}. Check it and try again."
        return place, None

    def distance(self, service: Service, place: PostcodePlace | None) -> float | None:
        """Kilometres from a place to the service's nearest published location."""
        return _nearest(service, place)

    def find(self, query: FindQuery) -> FindResult:
        place, problem = self.place(query.postcode)
        if problem is not None:
            return FindResult(0, 1, 1, [], None, problem)
        crisis, outside = None, False
        if query.text and self._matcher is not None:
            found, crisis, outside = self._by_words(query, place)
        else:
            found = self._by_browsing(query, place)
        keep = self._filters(query, place)
        items = [item for item in found if keep(item)]
        if query.sort == "distance" and place is not None:
            items.sort(key=lambda i: (i.distance_km is None, i.distance_km or 0.0))
        pages = max(1, math.ceil(len(items) / self._per_page))
        page = min(max(1, query.page), pages)
        start = (page - 1) * self._per_page
        shown = items[start : start + self._per_page]
        return FindResult(len(items), page, pages, shown, place, crisis=crisis, outside=outside)

    def _by_words(
        self, query: FindQuery, place: PostcodePlace | None
    ) -> tuple[list[Found], CrisisLines | None, bool]:
        """The services found for the words, any crisis lines, and whether the words ask for
        what no early-help service offers."""
        assert self._matcher is not None
        request = MatchRequest(
            needs=(query.text,),
            child_ages=(query.child_age,) if query.child_age is not None else (),
            postcode=place.postcode if place else None,
            languages=(query.language,) if query.language else (),
            free_only=query.free_only,
            limit=MAX_LIMIT,
        )
        result = self._matcher.suggest(request)
        found: list[Found] = []
        stored_by_id = self._store.get_many([s.service_id for s in result.suggestions])
        for suggestion in result.suggestions:
            stored = stored_by_id.get(suggestion.service_id)
            if stored is None:
                continue
            wanted = query.category_id
            if wanted and wanted not in {t.id for t in stored.service.categories}:
                continue
            found.append(Found(stored.service, suggestion.reasons, suggestion.distance_km))
        outside = any(n.reading is not None and n.reading.outside for n in result.needs)
        return found, result.crisis, outside

    def _by_browsing(self, query: FindQuery, place: PostcodePlace | None) -> list[Found]:
        """A category's services (or all), remembered until the directory changes."""
        key = (
            self._store.generation(),
            query.category_id,
            query.child_age,
            query.free_only,
            place.postcode if place else None,
        )
        with self._lock:
            if key in self._browsed:
                self._browsed.move_to_end(key)
                return self._browsed[key]
        found = self._browse(query, place)
        with self._lock:
            self._browsed[key] = found
            while len(self._browsed) > BROWSE_CACHE:
                self._browsed.popitem(last=False)
        return found

    def _browse(self, query: FindQuery, place: PostcodePlace | None) -> list[Found]:
        page = self._store.query(
            ServiceQuery(
                taxonomy_term_id=query.category_id,
                minimum_age=query.child_age,
                maximum_age=query.child_age,
                limit=BROWSE_LIMIT,
            )
        )
        kept = [
            service
            for service in page.services
            if service.is_active and (service.free is True or not query.free_only)
        ]
        stored_by_id = self._store.get_many([service.id for service in kept])
        found = []
        for service in kept:
            stored = stored_by_id.get(service.id)
            full = stored.service if stored else service
            found.append(Found(full, (), _nearest(full, place)))
        return found

    def _filters(self, query: FindQuery, place: PostcodePlace | None) -> Callable[[Found], bool]:
        def keep(item: Found) -> bool:
            service = item.service
            if query.language and not (
                query.language in service.languages or service.interpretation
            ):
                return False
            if query.delivery and query.delivery not in service.flags:
                return False
            if query.day and not _offered_on(service, query.day):
                return False
            if query.free_only and service.free is not True:
                return False
            if place is not None and query.within_km is not None:
                distance = item.distance_km
                if distance is None:
                    distance = _nearest(service, place)
                return distance is not None and distance <= query.within_km
            return True

        return keep
