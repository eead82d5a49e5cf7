"""Each hard rule, coverage and the unmatched case, on a small directory and a lexical embedder."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from directory.geography import PostcodeDirectory
from directory.sqlite_store import SQLiteServiceStore
from ingest.importer import Importer
from ingest.json_source import read_json_file
from matching.embedding import HashingEmbedder
from matching.engine import Matcher, Weights
from matching.reading import NeedFacts
from matching.request import MatchRequest, MatchRequestError
from tests.conftest import service, write_json

BANES = "http://statistics.data.gov.uk/id/statistical-geography/E06000022"
BRISTOL = "http://statistics.data.gov.uk/id/statistical-geography/E06000023"
FLAGS = "earlyhelp-flags"


def flag(code: str) -> dict[str, Any]:
    return {"taxonomy_term": {"id": code, "code": code, "name": code, "taxonomy": FLAGS}}


def category(name: str) -> dict[str, Any]:
    return {"taxonomy_term": {"id": name, "name": name, "taxonomy": "DfE"}}


CHILDREN_COURSE = "Parenting course for parents of children with tantrums and difficult behaviour."
DIRECTORY = [
    service(
        "parenting-5-11",
        "Parenting course for tantrums and behaviour",
        description=CHILDREN_COURSE,
        minimum_age=5,
        maximum_age=11,
        attributes=[category("Parenting support")],
    ),
    service(
        "parenting-teens",
        "Parenting teenagers course for tantrums and behaviour",
        description=CHILDREN_COURSE.replace("children", "teenagers"),
        minimum_age=12,
        maximum_age=18,
        attributes=[category("Parenting support")],
    ),
    service(
        "closed-parenting",
        "Old parenting course for tantrums and behaviour",
        status="inactive",
        description=CHILDREN_COURSE,
    ),
    service(
        "rent-advice",
        "Rent arrears and eviction advice",
        description="Advice for families with rent arrears facing eviction from their home.",
        minimum_age=18,
        service_areas=[{"name": "B&NES", "uri": BANES}],
        fees_description="Free",
        attributes=[category("Money, benefits and housing")],
    ),
    service(
        "bristol-rent",
        "Bristol rent arrears and eviction advice",
        description="Advice for families with rent arrears facing eviction from their home.",
        minimum_age=18,
        service_areas=[{"name": "Bristol", "uri": BRISTOL}],
    ),
    service(
        "paid-rent",
        "Paid rent arrears and eviction advice clinic",
        description="Advice for families with rent arrears facing eviction from their home.",
        minimum_age=18,
        cost_options=[{"amount": 40, "currency": "GBP"}],
    ),
    service(
        "da-victims",
        "Domestic abuse support for women",
        description="Support and advocacy for women experiencing domestic abuse from a partner.",
        minimum_age=16,
        attributes=[flag("survivors-only")],
    ),
    service(
        "da-programme",
        "Domestic abuse behaviour change programme",
        description="A programme for men who use abusive behaviour towards a partner and want to "
        "change. Domestic abuse support.",
        minimum_age=18,
        attributes=[flag("for-people-who-harm")],
    ),
    service(
        "cpv-programme",
        "Programme for teenagers violent towards parents",
        description="For young people aged 11 to 17 who are violent towards their parents; "
        "domestic abuse in the family home.",
        minimum_age=11,
        maximum_age=17,
    ),
]


@pytest.fixture
def matcher(tmp_path: Path, store: SQLiteServiceStore) -> Matcher:
    embedder = HashingEmbedder()
    summary = Importer(store, embedder).run(
        read_json_file(write_json(tmp_path / "d.json", DIRECTORY))
    )
    assert summary.rejected == 0, summary.problems
    return Matcher(
        store,
        embedder,
        PostcodeDirectory(),
        weights=Weights(threshold=0.2),
        today=lambda: date(2026, 11, 22),
    )


def ids(matcher: Matcher, **fields: Any) -> list[str]:
    request = MatchRequest(**({"limit": 10} | fields))
    return [s.service_id for s in matcher.suggest(request).suggestions]


def test_inactive_services_are_never_suggested(matcher: Matcher) -> None:
    result = matcher.suggest(MatchRequest(needs=("parenting course tantrums behaviour",), limit=10))
    assert "closed-parenting" not in [s.service_id for s in result.suggestions]
    assert result.as_dict()["excluded"]["by_reason"]["inactive"] == 1


def test_children_services_must_admit_a_child(matcher: Matcher) -> None:
    found = ids(matcher, needs=("parenting course tantrums behaviour",), child_ages=(6, 2))
    assert "parenting-5-11" in found and "parenting-teens" not in found
    teen = ids(matcher, needs=("parenting course tantrums behaviour",), child_ages=(14,))
    assert "parenting-teens" in teen and "parenting-5-11" not in teen


def test_adult_services_stay_for_needs_about_a_parent(matcher: Matcher) -> None:
    found = ids(matcher, needs=("rent arrears eviction",), child_ages=(6,))
    assert "rent-advice" in found


def test_services_only_for_another_council_are_out(matcher: Matcher) -> None:
    result = matcher.suggest(
        MatchRequest(needs=("rent arrears eviction",), postcode="BA2 3AB", limit=10)
    )
    found = [s.service_id for s in result.suggestions]
    assert "rent-advice" in found and "bristol-rent" not in found
    assert result.as_dict()["excluded"]["by_reason"]["area"] == 1
    in_bristol = ids(matcher, needs=("rent arrears eviction",), postcode="BS1 4DJ")
    assert "bristol-rent" in in_bristol and "rent-advice" not in in_bristol


def test_free_only_drops_paid_services(matcher: Matcher) -> None:
    assert "paid-rent" in ids(matcher, needs=("rent arrears eviction",))
    assert "paid-rent" not in ids(matcher, needs=("rent arrears eviction",), free_only=True)


def test_programmes_for_people_who_harm_never_meet_a_victims_need(matcher: Matcher) -> None:
    harmed = NeedFacts(about="mother", role="harmed")
    victim = ids(
        matcher, needs=("Mum experiencing DA from partner, wants support",), facts=(harmed,)
    )
    assert "da-victims" in victim
    assert "da-programme" not in victim and "cpv-programme" not in victim
    result = matcher.suggest(MatchRequest(needs=("domestic abuse support",), limit=10))
    # Both programmes, and the women's service: the need does not say it is about a woman.
    assert result.as_dict()["excluded"]["by_reason"]["harm"] == 3
    assert "da-victims" not in [s.service_id for s in result.suggestions]


def test_a_programme_for_people_who_harm_is_offered_when_the_need_is_theirs(
    matcher: Matcher,
) -> None:
    """As the practitioner confirms it: the matcher's own reading is tested with the real
    model (tests/matching/test_reading.py)."""
    father = NeedFacts(about="father", role="causes_harm")
    adult = ids(
        matcher,
        needs=("Dad wants to change his abusive behaviour towards partner",),
        facts=(father,),
    )
    assert "da-programme" in adult and "da-victims" not in adult
    assert "cpv-programme" not in adult
    teenager = NeedFacts(about="young_person", role="causes_harm")
    child = ids(
        matcher, needs=("14yo CPV, violent towards mum",), child_ages=(14,), facts=(teenager,)
    )
    assert "cpv-programme" in child and "da-programme" not in child
    unsure = ids(matcher, needs=("Dad wants to change his abusive behaviour towards partner",))
    reading = matcher.reader.read(["Dad wants to change his abusive behaviour towards partner"])
    if not reading[0][0].causes_harm_surely:
        assert "da-programme" not in unsure, "an unsure reading never offers a harm programme"


def test_every_need_is_covered_before_a_second_suggestion_for_one(matcher: Matcher) -> None:
    result = matcher.suggest(
        MatchRequest(
            needs=("parenting course tantrums behaviour", "rent arrears eviction"),
            child_ages=(6,),
            limit=2,
        )
    )
    met = sorted(n for s in result.suggestions for n in s.needs_met)
    assert met == [0, 1]


def test_a_need_with_nothing_suitable_is_unmatched_not_padded(matcher: Matcher) -> None:
    result = matcher.suggest(
        MatchRequest(needs=("rent arrears eviction", "vintage motorcycle restoration"))
    )
    needs = result.as_dict()["needs"]
    assert [n["matched"] for n in needs] == [True, False]
    assert all(1 not in s.needs_met for s in result.suggestions)


def test_reasons_say_which_need_age_distance_cost_and_access(matcher: Matcher) -> None:
    result = matcher.suggest(
        MatchRequest(needs=("rent arrears eviction",), postcode="BA2 3AB", child_ages=(6,))
    )
    top = next(s for s in result.suggestions if s.service_id == "rent-advice")
    assert top.reasons[0].startswith("Need 1 (rent arrears eviction)")
    assert "For adults aged 18 and over" in top.reasons
    assert "Free" in top.reasons


def test_unknown_and_malformed_postcodes_are_request_errors(matcher: Matcher) -> None:
    with pytest.raises(MatchRequestError, match="not a UK postcode"):
        matcher.suggest(MatchRequest(needs=("x",), postcode="12345"))
    with pytest.raises(MatchRequestError, match="not in the ONS Postcode Directory"):
        matcher.suggest(MatchRequest(needs=("x",), postcode="ZZ9 9ZZ"))


def test_services_only_for_women_are_not_offered_for_a_mans_need(matcher: Matcher) -> None:
    mum = NeedFacts(about="mother", role="harmed")
    dad_facts = NeedFacts(about="father", role="harmed")
    need = "Mum experiencing domestic abuse from partner"
    assert "da-victims" in ids(matcher, needs=(need,), facts=(mum,))
    dad = ids(
        matcher, needs=("Dad experiencing domestic abuse from his partner",), facts=(dad_facts,)
    )
    assert "da-victims" not in dad


def test_role_words_are_left_out_of_the_text_that_is_matched(matcher: Matcher) -> None:
    text = matcher.glossary.matching_text("Mum struggling with 6yo's tantrums")
    assert text == "with 6 yo (year old)'s tantrums"
