"""Which listings carry the "Exit this page" button: the rule in matching/data/exit_topics.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from directory.records import Service, TaxonomyTerm
from matching.listing_reader import HARM_PROGRAMME, SURVIVORS_ONLY, UNCERTAIN
from matching.sensitive import ExitTopics, ExitTopicsError

DOMESTIC_ABUSE_ID = "621b2972-a704-53b2-891f-f57359074acc"  # DfE "Domestic abuse"


def listing(name: str, *categories: tuple[str, str], facts: tuple[str, ...] = ()) -> Service:
    return Service(
        id=name.lower().replace(" ", "-"),
        name=name,
        status="active",
        categories=tuple(TaxonomyTerm(id=i, name=n) for i, n in categories),
        facts=facts,
    )


@pytest.fixture(scope="module")
def topics() -> ExitTopics:
    return ExitTopics.load()


def test_a_domestic_abuse_service_has_the_button_and_a_toddler_group_does_not(
    topics: ExitTopics,
) -> None:
    advocacy = listing("Advocacy service", (DOMESTIC_ABUSE_ID, "Domestic abuse"))
    toddlers = listing("Chew Valley toddler group", ("t1", "Parent, baby and toddler groups"))
    assert topics.covers(advocacy)
    assert not topics.covers(toddlers)


@pytest.mark.parametrize(
    "category",
    ["Sexual violence", "Rape and sexual abuse support", "Forced marriage", "Honour based abuse"],
)
def test_categories_of_other_councils_taxonomies_are_recognised_by_name(
    topics: ExitTopics, category: str
) -> None:
    assert topics.covers(listing("A service", ("own-1", category)))


def test_words_are_matched_whole(topics: ExitTopics) -> None:
    assert not topics.covers(listing("Therapeutic play", ("c", "Therapeutic support")))
    assert not topics.covers(listing("Refugee family welcome", ("c", "Refugee support")))
    assert topics.covers(listing("Women's Refuge", ("c", "Housing")))


@pytest.mark.parametrize(
    "fact", [SURVIVORS_ONLY, HARM_PROGRAMME, UNCERTAIN + SURVIVORS_ONLY, UNCERTAIN + HARM_PROGRAMME]
)
def test_facts_read_from_the_listing_bring_the_button_even_when_uncertain(
    topics: ExitTopics, fact: str
) -> None:
    assert topics.covers(listing("Freedom Programme", ("c", "Parenting support"), facts=(fact,)))


def test_search_words_and_category_terms(topics: ExitTopics) -> None:
    assert topics.names_topic("help with domestic abuse")
    assert topics.names_topic("DOMESTIC VIOLENCE")
    assert not topics.names_topic("money worries")
    assert topics.covers_category({"id": DOMESTIC_ABUSE_ID, "name": "Renamed"})
    assert not topics.covers_category({"id": "x", "name": "Holiday clubs and schemes"})


def test_a_file_that_cannot_be_used_is_refused_with_its_reason(tmp_path: Path) -> None:
    broken = tmp_path / "topics.json"
    broken.write_text(json.dumps({"category_ids": []}))
    with pytest.raises(ExitTopicsError, match="category_words"):
        ExitTopics.load(broken)
    empty = tmp_path / "empty.json"
    empty.write_text(json.dumps({"category_ids": [], "category_words": [], "facts": []}))
    with pytest.raises(ExitTopicsError, match="names no categories"):
        ExitTopics.load(empty)
