"""Things said or measured in one place only: what is wrong with a postcode (the match API,
the read API, an import's warnings and the editors' form all say it the same way), the
distance between two places (one formula, for one point or many), and how a family gets a
service, worded for each reader."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

import numpy as np
import pytest

from directory.access import Routes, for_family, for_practitioner, for_staff
from directory.gazetteer import km_between
from directory.geography import (
    EARTH_RADIUS_KM,
    PostcodeDirectory,
    distance_km,
    distances_km,
    not_a_postcode,
    not_in_directory,
)
from directory.records import Service
from directory.sqlite_store import SQLiteServiceStore
from feedback.letter import letter_service
from ingest.normalise import normalise_service
from matching.embedding import HashingEmbedder
from matching.engine import Matcher
from matching.reasons import ReasonWriter
from matching.request import MatchRequestError
from tests.conftest import service
from web.schemas import ParameterError, service_query

MALFORMED = "BA2 3A"
UNKNOWN = "ZZ9 9ZZ"


def test_the_postcode_wording_names_the_postcode() -> None:
    assert not_a_postcode(MALFORMED) == "'BA2 3A' is not a UK postcode (like BA2 3AB)"
    assert not_in_directory(UNKNOWN) == "ZZ9 9ZZ is not in the ONS Postcode Directory"


def test_the_read_api_says_what_is_wrong_with_a_postcode(postcodes: PostcodeDirectory) -> None:
    for given, message in [
        (MALFORMED, not_a_postcode(MALFORMED)),
        (UNKNOWN, not_in_directory(UNKNOWN)),
    ]:
        with pytest.raises(ParameterError) as raised:
            service_query({"postcode": given}, postcodes, None)
        assert (raised.value.field, raised.value.message) == ("postcode", message)


def test_the_match_api_says_what_is_wrong_with_a_postcode(
    store: SQLiteServiceStore, postcodes: PostcodeDirectory
) -> None:
    matcher = Matcher(store, HashingEmbedder(), postcodes)
    for given, message in [
        (MALFORMED, not_a_postcode(MALFORMED)),
        (UNKNOWN, f"{not_in_directory(UNKNOWN)}; check it, or leave it out"),
    ]:
        with pytest.raises(MatchRequestError) as raised:
            matcher.place_of(given)
        assert [(e.field, e.message) for e in raised.value.errors] == [("postcode", message)]


def venue(postcode: str) -> dict[str, Any]:
    return service(
        "venue",
        service_at_locations=[
            {
                "location": {
                    "name": "Hall",
                    "addresses": [{"address_1": "1 High Street", "postal_code": postcode}],
                }
            }
        ],
    )


def test_an_import_warns_in_the_same_words(postcodes: PostcodeDirectory) -> None:
    where = "service_at_locations[0].location.addresses[0].postal_code"
    _, malformed = normalise_service(venue(MALFORMED), postcodes)
    _, unknown = normalise_service(venue(UNKNOWN), postcodes)
    assert (where, not_a_postcode(MALFORMED)) in [(i.field, i.message) for i in malformed]
    assert (where, f"{not_in_directory(UNKNOWN)}; not geocoded") in [
        (i.field, i.message) for i in unknown
    ]


# Bath to Wells; London to Edinburgh (about 534 km); one place twice; half the equator.
PAIRS = [
    ((51.3815, -2.3590), (51.2103, -2.6430)),
    ((51.5074, -0.1278), (55.9533, -3.1883)),
    ((51.0, 0.0), (51.0, 0.0)),
    ((0.0, 0.0), (0.0, 180.0)),
]


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_one_distance_for_one_point_or_many(a: tuple[float, float], b: tuple[float, float]) -> None:
    one = distance_km(*a, *b)
    many = distances_km(*a, np.array([b[0], b[0]]), np.array([b[1], b[1]]))
    assert many.tolist() == pytest.approx([one, one], abs=1e-9)
    assert distance_km(*b, *a) == pytest.approx(one, abs=1e-9)


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_the_gazetteer_measures_with_the_one_distance(
    a: tuple[float, float], b: tuple[float, float]
) -> None:
    # Its own copy used a radius of 6371.0 km: London to Edinburgh came out 0.7 m shorter.
    assert km_between(a, b) == pytest.approx(distance_km(*a, *b), rel=0, abs=1e-9)


def test_the_distance_is_the_great_circle_on_the_mean_earth() -> None:
    one_degree = math.pi * EARTH_RADIUS_KM / 180  # along a meridian: 111.195 km
    assert distance_km(51.0, -2.0, 52.0, -2.0) == pytest.approx(one_degree)
    assert distance_km(51.5074, -0.1278, 55.9533, -3.1883) == pytest.approx(534, abs=2)
    assert distance_km(0.0, 0.0, 0.0, 180.0) == pytest.approx(math.pi * EARTH_RADIUS_KM)


def flagged(*flags: str, said: str = "") -> Service:
    return Service(
        id="s", name="Group", status="active", flags=tuple(flags), application_process=said
    )


@pytest.mark.parametrize(
    ("flags", "family", "practitioner", "staff"),
    [
        (
            ("self-referral", "professional-referral"),
            [
                "You can contact the service yourself",
                "A professional (such as a GP, health visitor or school) can refer you",
            ],
            "The family can contact the service themselves, or you can refer them.",
            "Families can refer themselves, or a professional can refer them",
        ),
        (
            ("professional-referral",),
            ["A professional (such as a GP, health visitor or school) can refer you"],
            "A professional referral is needed: you can refer the family.",
            "Needs a referral from a professional",
        ),
        (
            ("self-referral",),
            ["You can contact the service yourself"],
            "The family can contact the service themselves.",
            "Families can refer themselves",
        ),
        ((), [], "Contact the service to ask how to get help.", None),
    ],
)
def test_how_to_get_a_service_is_worded_for_each_reader(
    flags: tuple[str, ...], family: list[str], practitioner: str, staff: str | None
) -> None:
    listing = flagged(*flags)
    assert (for_family(listing), for_practitioner(listing), for_staff(listing)) == (
        family,
        practitioner,
        staff,
    )


def test_without_flags_the_listings_own_words_are_used() -> None:
    listing = flagged(said="Drop in on Tuesdays, 10 to 12.")
    assert Routes.flagged(listing) == Routes(False, False)
    assert Routes.read(listing) == Routes(True, False)
    assert for_family(listing) == []
    assert for_practitioner(listing) == "Drop in on Tuesdays, 10 to 12."
    assert for_staff(listing) == "Families can refer themselves"


def test_the_letter_says_how_to_get_the_service_from_the_one_wording() -> None:
    listing = flagged("professional-referral")
    assert letter_service(listing, "", "https://example.org").access == for_practitioner(listing)


@pytest.mark.parametrize(
    "listing",
    [
        flagged("self-referral", "professional-referral"),
        flagged(said="You must be referred by your GP."),
        flagged(said="Drop in on Tuesdays, 10 to 12."),
        flagged(said="Phone us."),
    ],
)
def test_a_suggestions_reasons_say_how_to_get_it_in_the_words_for_staff(listing: Service) -> None:
    reasons = ReasonWriter({}).reasons(listing, [], (), None, None, (), date(2026, 11, 30))
    said = for_staff(listing)
    routes = {
        for_staff(flagged(*flags)) for flags in [("self-referral",), ("professional-referral",)]
    }
    routes |= {for_staff(flagged("self-referral", "professional-referral"))}
    assert [r for r in reasons if r in routes] == ([said] if said else [])
